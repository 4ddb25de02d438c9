// Bundles the CLI into dist/zhengce.mjs (run by `npm install` via "prepare", and before the tests).
import { build } from "esbuild";

await build({
  entryPoints: ["compiler/cli/bin.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/zhengce.mjs",
  external: ["esbuild", "exceljs"],
  banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" },
  logLevel: "warning",
});

// `npx zhengce` in a checkout looks in node_modules/.bin; npm does not link a package's own bin there.
import { mkdirSync, symlinkSync, lstatSync, unlinkSync } from "node:fs";
const link = "node_modules/.bin/zhengce";
try {
  mkdirSync("node_modules/.bin", { recursive: true });
  try { lstatSync(link); unlinkSync(link); } catch { /* not there yet */ }
  symlinkSync("../../bin/zhengce.cjs", link);
} catch (e) {
  console.warn(`could not link ${link}: ${e.message}`);
}
