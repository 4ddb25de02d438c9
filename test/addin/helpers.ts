// Shared by the add-in tests: the in-process registry (what `zhengce eval` runs) and a CustomFunctions stand-in
// that follows the rules of Excel's custom-functions runtime.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { compileSources, type Compilation } from "../../compiler/driver/compile.js";
import { emitAll, loadAll, readSources, type EmittedNamespace } from "../../compiler/driver/project.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { CheckedExample } from "../../compiler/check/ir.js";
import type { CustomFunctionsApi } from "../../addin/src/excel/functions.js";

export const ROOT = join(__dirname, "..", "..");

export interface Project {
  readonly comp: Compilation;
  readonly emitted: readonly EmittedNamespace[];
  readonly registry: ReadonlyMap<string, CompiledFunction>;
  /** Namespace → its functions, in the order of the generated modules. */
  readonly namespaces: Record<string, CompiledFunction[]>;
  readonly examples: { fn: CompiledFunction; example: CheckedExample }[];
}

let cached: Project | undefined;

/** Every policy file that checks clean, compiled and loaded in-process (files with errors are left out, as in eval). */
export function project(): Project {
  if (cached) return cached;
  const comp = compileSources(readSources([join(ROOT, "policies")]));
  const emitted = emitAll(comp);
  const registry = loadAll(emitted);
  const namespaces: Record<string, CompiledFunction[]> = {};
  for (const fn of registry.values()) (namespaces[fn.meta.namespace] ??= []).push(fn);
  const examples: Project["examples"] = [];
  for (const [, ns] of comp.namespaces) {
    for (const clause of ns.clauses) {
      const fn = registry.get(clause.meta.id);
      if (fn) for (const example of clause.examples) examples.push({ fn, example });
    }
  }
  cached = { comp, emitted, registry, namespaces, examples };
  return cached;
}

/** Excel-style arguments of an example: omitted trailing ones dropped, omitted middle ones null. */
export function exampleArgs(ex: CheckedExample): (number | string | boolean | null)[] {
  let n = ex.args.length;
  while (n > 0 && ex.args[n - 1] === undefined) n--;
  return ex.args.slice(0, n).map((a) => (a === undefined ? null : a));
}

// ---- the CustomFunctions stand-in ----------------------------------------------------------------------------

export const ErrorCode = {
  invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!",
} as const;

export class StandInError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? "");
  }
}

/** What a cell shows: a value, or an error code with the message Excel keeps (only for #VALUE! and #N/A). */
export type CellResult = { value: unknown } | { error: string; message?: string };

export interface StandInRuntime {
  readonly CustomFunctions: CustomFunctionsApi;
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  /** Calls an associated function as Excel does: declared parameters (omitted → null), then the invocation object. */
  call(id: string, declared: number, args: readonly unknown[]): CellResult;
}

export function standInRuntime(): StandInRuntime {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions: CustomFunctionsApi = {
    associate(id, fn) {
      if (typeof id !== "string" || typeof fn !== "function") throw new Error("[InvalidArg] Function=associate");
      const key = id.toUpperCase();
      if (associated.has(key)) throw new Error(`[DuplicatedName] Function=${id}`);
      associated.set(key, fn);
    },
    Error: StandInError as unknown as CustomFunctionsApi["Error"],
    ErrorCode,
  };
  const call = (id: string, declared: number, args: readonly unknown[]): CellResult => {
    const fn = associated.get(id.toUpperCase());
    if (!fn) return { error: "#NAME?" };
    if (args.length > declared) throw new Error(`Excel would refuse the formula: ${id} takes at most ${declared} arguments`);
    const values = Array.from({ length: declared }, (_, i) => (args[i] === undefined ? null : args[i]));
    const invocation = { functionName: id, address: "Sheet1!A1", parameterAddresses: undefined, setResult: undefined };
    let result: unknown;
    try {
      result = fn(...values, invocation);
    } catch (e) {
      if (e instanceof StandInError) {
        const keepsMessage = e.code === ErrorCode.invalidValue || e.code === ErrorCode.notAvailable;
        return keepsMessage ? { error: e.code, message: e.message } : { error: e.code };
      }
      return { error: "#VALUE!" }; // any other exception: #VALUE! without our message
    }
    if (typeof result === "number" && !Number.isFinite(result)) return { error: Number.isNaN(result) ? "#VALUE!" : "#NUM!" };
    if (result === null || result === undefined) return { value: 0 }; // Excel shows an empty result as 0
    return { value: result };
  };
  return { CustomFunctions, associated, call };
}

// ---- `zhengce eval`, the independent path ---------------------------------------------------------------------

export type EvalLine = { value: string } | { error: string };

/** Runs `node bin/zhengce.cjs eval --jsonl` (the CLI, a separate process) on the calls; one answer per call. */
export function zhengceEval(calls: readonly { fn: string; args: readonly unknown[] }[]): EvalLine[] {
  const input = calls.map((c) => JSON.stringify({ fn: c.fn, args: c.args })).join("\n") + "\n";
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "zhengce.cjs"), "eval", "--jsonl"], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const lines = run.stdout.split("\n").filter(Boolean);
  if (lines.length !== calls.length) throw new Error(`zhengce eval --jsonl answered ${lines.length} of ${calls.length} lines (exit ${run.status}): ${run.stderr.slice(0, 400)}`);
  return lines.map((l) => JSON.parse(l) as EvalLine);
}

export type SettleLine = { value: string; gross: string; steps: { reason: string }[] } | { history: true } | { error: string } | { exclude: true; note: string } | { contributionCap: true; note: string };

/** Runs `node bin/zhengce.cjs settle --jsonl` (the CLI, a separate process) on the records; one answer per record. */
export function zhengceSettle(records: readonly unknown[], budget?: string): SettleLine[] {
  const input = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const args = [join(ROOT, "bin", "zhengce.cjs"), "settle", "--jsonl", ...(budget === undefined ? [] : ["--budget", budget])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const lines = run.stdout.split("\n").filter(Boolean);
  if (lines.length !== records.length) throw new Error(`zhengce settle --jsonl answered ${lines.length} of ${records.length} lines (exit ${run.status}): ${run.stderr.slice(0, 400)}`);
  return lines.map((l) => JSON.parse(l) as SettleLine);
}

/**
 * Bundles the CLI into `outfile` (scripts/build-cli.mjs): for tests that run it while test/compiler/cli.test.ts
 * rebuilds dist/ in a parallel worker.
 */
export function bundleCli(outfile: string): void {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), outfile], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`scripts/build-cli.mjs ${outfile} failed (exit ${run.status}): ${run.stderr.slice(0, 400)}`);
}
