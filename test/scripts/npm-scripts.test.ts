// The npm scripts as the READMEs use them. npm appends the arguments written after `--` to the end of the script's
// command line, so they reach only its last command: `npm run build -- --base-url=…` must end in the add-in build
// (the one that reads --base-url), and `npm start -- --http` in the dev server.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/helpers.js";

const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const lastCommand = (name: string) => scripts[name]!.split("&&").at(-1)!.trim();

describe("npm scripts: where the arguments after -- go", () => {
  it("npm run build -- --base-url=… reaches scripts/build-addin.mjs", () => {
    expect(lastCommand("build")).toBe("node scripts/build-addin.mjs");
    expect(scripts.build).toMatch(/^zhengce build && /);
    expect(scripts.build).toContain("node scripts/build-studio.mjs");
  });
  it("npm start -- --http reaches the dev server", () => {
    expect(lastCommand("start")).toBe("node scripts/addin-dev-server.mjs --start");
  });
});
