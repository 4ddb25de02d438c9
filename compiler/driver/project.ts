// The project around the phases: finding policy files, emitting and loading each namespace's evaluators, and
// running every clause's examples through the same argument adapter as Excel.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve as resolvePath, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../diagnostics/render.js";
import type { Compilation } from "./compile.js";
import { emitModule } from "../emit/index.js";
import { loadEmitted } from "./load.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { runExample, type ExampleOutcome } from "./examples.js";

export { runExample, type ExampleOutcome } from "./examples.js";
import { decodePolicyFile } from "./decode.js";

/** The checkout this CLI belongs to (dist/ or compiler/driver/ sit two levels or one level below it). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "policies"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function defaultPolicyDir(): string {
  const local = resolvePath("policies");
  return existsSync(local) ? local : join(packageRoot(), "policies");
}

/** Expands directories to their .zc files (sorted, so output order is stable). */
export function findPolicyFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`找不到文件或目录：${p}`);
    if (statSync(p).isDirectory()) {
      out.push(...readdirSync(p).filter((f) => f.endsWith(".zc")).sort().map((f) => join(p, f)));
    } else out.push(p);
  }
  return out;
}

export class UsageError extends Error {}

export function readSources(paths: readonly string[]): SourceFile[] {
  return findPolicyFiles(paths).map((p) => decodePolicyFile(relative(process.cwd(), p) || p, readFileSync(p)));
}

export interface EmittedNamespace {
  readonly namespace: string;
  readonly files: readonly string[];
  readonly code: string;
}

/**
 * One module per namespace. Only files without errors are emitted (a clause that failed to check has no
 * meaning to run); `zhengce build` refuses to run at all when any file has errors.
 */
export function emitAll(comp: Compilation): EmittedNamespace[] {
  const broken = new Set(comp.files.filter((f) => hasErrors(f.diagnostics)).map((f) => f.source.path));
  const out: EmittedNamespace[] = [];
  for (const [namespace, ns] of comp.namespaces) {
    const files = ns.files.filter((f) => !broken.has(f));
    const clauses = ns.clauses.filter((c) => !broken.has(c.span.file));
    if (clauses.length) out.push({ namespace, files, code: emitModule({ namespace, file: files.join(","), clauses }, files, ns.settlement) });
  }
  return out;
}

export function loadAll(emitted: readonly EmittedNamespace[]): Map<string, CompiledFunction> {
  const registry = new Map<string, CompiledFunction>();
  for (const e of emitted) for (const fn of loadEmitted(e.code)) registry.set(fn.meta.id, fn);
  return registry;
}

export function runExamples(comp: Compilation, registry: ReadonlyMap<string, CompiledFunction>): ExampleOutcome[] {
  const out: ExampleOutcome[] = [];
  for (const [, ns] of comp.namespaces) {
    for (const clause of ns.clauses) {
      const fn = registry.get(clause.meta.id);
      if (!fn) continue;
      for (const ex of clause.examples) out.push(runExample(fn, ex));
    }
  }
  return out;
}
