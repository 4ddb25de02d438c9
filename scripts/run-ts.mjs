// Runs a TypeScript entry point of this repository: bundles it with esbuild into .cache/ and imports it.
// Usage: node scripts/run-ts.mjs scripts/grammar.ts [args…]
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs <entry.ts> [args…]");
  process.exit(2);
}
mkdirSync(".cache", { recursive: true });
const outfile = resolve(".cache", basename(entry).replace(/\.ts$/, ".mjs"));
await build({
  entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile,
  external: ["esbuild", "playwright-core"], logLevel: "warning",
  banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" },
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
