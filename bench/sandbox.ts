// A throw-away copy of the project for the benchmark: the policy files as they are when the run starts, the built
// CLI, and links to node_modules/ and runtime/. Every section reads this snapshot, so the numbers of one run belong
// together even while policies/ is being edited, and `zhengce build` writes into the copy's generated/, never into
// the checkout's.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { SourceFile } from "../compiler/diagnostics/render.js";

export const ROOT = resolve(process.cwd());

export interface Sandbox {
  readonly dir: string;
  readonly cli: string;
  readonly sources: readonly SourceFile[];
  cleanup(): void;
}

export function makeSandbox(): Sandbox {
  const cliBundle = join(ROOT, "dist", "zhengce.mjs");
  if (!existsSync(cliBundle)) throw new Error("dist/zhengce.mjs is missing: run `node scripts/build-cli.mjs` first (npm run bench does)");
  const dir = mkdtempSync(join(tmpdir(), "zhengce-bench-"));
  for (const sub of ["bin", "dist", "policies"]) mkdirSync(join(dir, sub));
  cpSync(join(ROOT, "package.json"), join(dir, "package.json"));
  cpSync(join(ROOT, "bin", "zhengce.cjs"), join(dir, "bin", "zhengce.cjs"));
  cpSync(cliBundle, join(dir, "dist", "zhengce.mjs"));
  const files = readdirSync(join(ROOT, "policies")).filter((f) => f.endsWith(".zc")).sort();
  for (const f of files) cpSync(join(ROOT, "policies", f), join(dir, "policies", f));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  symlinkSync(join(ROOT, "runtime"), join(dir, "runtime"));
  const sources = files.map((f) => ({ path: `policies/${f}`, text: readFileSync(join(dir, "policies", f), "utf8") }));
  return {
    dir, sources, cli: join(dir, "bin", "zhengce.cjs"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
