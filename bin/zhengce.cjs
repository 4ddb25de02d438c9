#!/usr/bin/env node
// The `zhengce` command: runs the bundled CLI, building it first if this checkout has not been built yet.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { execFileSync } = require("node:child_process");

const root = join(__dirname, "..");
const bundle = join(root, "dist", "zhengce.mjs");
if (!existsSync(bundle)) {
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "inherit" });
}
import(require("node:url").pathToFileURL(bundle).href);
