// Bundles the CLI into dist/zhengce.mjs (run by `npm install` via "prepare", and before the tests).
// `node scripts/build-cli.mjs <outfile>` bundles it elsewhere instead: tests that run the CLI while another test
// rebuilds dist/ use a file of their own.
import { build } from "esbuild";
import { mkdirSync, symlinkSync, lstatSync, unlinkSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = process.argv[2] ?? "dist/zhengce.mjs";

await build({
  entryPoints: [resolve(root, "compiler/cli/bin.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: resolve(root, outfile),
  external: ["esbuild", "exceljs"],
  banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" },
  logLevel: "warning",
});

// `npx zhengce` in a checkout looks in node_modules/.bin; npm does not link a package's own bin there.
if (!process.argv[2]) {
  const link = resolve(root, "node_modules/.bin/zhengce");
  try {
    mkdirSync(dirname(link), { recursive: true });
    try { lstatSync(link); unlinkSync(link); } catch { /* not there yet */ }
    symlinkSync("../../bin/zhengce.cjs", link);
  } catch (e) {
    console.warn(`could not link ${link}: ${e.message}`);
  }
}
