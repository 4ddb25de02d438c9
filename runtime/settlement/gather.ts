// Step 1 (gross): every line read once. A claim's function is looked up by the name a person types
// (runtime/functions.ts) and called through the argument adapter (runtime/adapter.ts `callFunction`), so a bad cell
// gets the same message as in a formula; a history row's arguments are checked the same way but not evaluated (what
// was paid is given). A line that fails becomes an error answer; the other lines go on.
import { callFunction, coerceArg, type ArgInput } from "../adapter.js";
import { Exact } from "../exact.js";
import { PolicyInputError } from "../errors.js";
import type { FunctionIndex } from "../functions.js";
import type { CompiledFunction } from "../types.js";
import type { LedgerField, LedgerLine } from "./ledger.js";
import { Ids, type Claim, type History, type Ledger } from "./model.js";
import type { NamespaceRules, RuleOf } from "./rule-index.js";

export type LineError = { readonly kind: "error"; readonly error: string; readonly field?: LedgerField; readonly argIndex?: number };

class LineFailure extends Error {
  constructor(message: string, readonly field?: LedgerField, readonly argIndex?: number) {
    super(message);
  }
}

/** Names already looked up in this ledger (a ledger repeats a few names many times). */
type Found = Map<string, CompiledFunction | LineFailure>;

/**
 * Suggestions (edit distance against every function) are offered for the first few unknown names only, and for
 * names of a plausible length: a hostile ledger of many long unknown names must not cost seconds per line.
 */
const SUGGEST_NAMES = 50, SUGGEST_LENGTH = 60;

function lookUp(functions: FunctionIndex, name: string, found: Found): CompiledFunction {
  let hit = found.get(name);
  if (!hit) {
    const suggest = found.size < SUGGEST_NAMES && name.length <= SUGGEST_LENGTH;
    try {
      hit = findOrFail(functions, name, suggest);
    } catch (e) {
      hit = e instanceof LineFailure ? e : new LineFailure(String(e), "fn");
    }
    found.set(name, hit);
  }
  if (hit instanceof LineFailure) throw hit;
  return hit;
}

function findOrFail(functions: FunctionIndex, name: string, suggest: boolean): CompiledFunction {
  const fn = functions.find(name);
  if (fn) return fn;
  const same = functions.withBareName(name);
  if (same.length > 1) {
    const namespaces = same.map((f) => f.meta.namespace).sort().join("、");
    throw new LineFailure(`函数「${name}」在 ${namespaces} 中都有，请写全名，如 ${same[0]!.meta.id}`, "fn");
  }
  const near = suggest ? functions.suggest(name) : [];
  throw new LineFailure(`没有函数「${name.slice(0, 60)}」${near.length ? `；你是不是想写 ${near.join("、")}？` : ""}`, "fn");
}

/** The first argument the adapter refuses, so a workbook can name its column (the message names the parameter). */
function badArgument(fn: CompiledFunction, args: readonly ArgInput[]): number | undefined {
  const params = fn.meta.params;
  if (args.length > params.length) return params.length;
  for (let i = 0; i < params.length; i++) {
    try {
      coerceArg(params[i]!, args[i]);
    } catch {
      return i;
    }
  }
  return undefined;
}

function ladderOf(rules: NamespaceRules | undefined, fn: CompiledFunction, args: readonly ArgInput[]): RuleOf<"ladder"> | undefined {
  try {
    return rules?.ladderOf(fn, args);
  } catch (e) {
    const message = e instanceof PolicyInputError ? e.message : String(e);
    throw new LineFailure(`${fn.meta.id}：${message}（进档差额要按它确定阶梯）`, "args", badArgument(fn, args));
  }
}

/** A history row's arguments: each one given is checked; missing ones are allowed (only the ladder level is used). */
function checkHistoryArgs(fn: CompiledFunction, args: readonly ArgInput[]): void {
  const params = fn.meta.params;
  if (args.length > params.length) throw new LineFailure(`${fn.meta.id} 最多接受 ${params.length} 个参数，收到 ${args.length} 个`, "args", params.length);
  args.forEach((a, i) => {
    if (a === null || a === undefined || (typeof a === "string" && a.trim() === "")) return;
    try {
      coerceArg(params[i]!, a);
    } catch (e) {
      throw new LineFailure(`${fn.meta.id}：${e instanceof PolicyInputError ? e.message : String(e)}`, "args", i);
    }
  });
}

export interface Gathered {
  readonly ledger: Ledger;
  /** Answers of the lines that are not claims (history, enterprise inputs are filled in later, errors). */
  readonly errors: Map<number, LineError>;
  readonly historyLines: Set<number>;
}

export function gather(lines: readonly LedgerLine[], functions: FunctionIndex, rules: ReadonlyMap<string, NamespaceRules>): Gathered {
  const ledger: Ledger = { claims: [], history: [], exclusions: [], contributionCaps: [] };
  const errors = new Map<number, LineError>();
  const historyLines = new Set<number>();
  const namespaces = new Set(functions.functions.map((f) => f.meta.namespace));
  const found: Found = new Map();
  const ids = new Ids();
  lines.forEach((line, index) => {
    try {
      switch (line.kind) {
        case "invalid":
          throw new LineFailure(line.error, line.field);
        case "claim": {
          const fn = lookUp(functions, line.fn, found);
          const outcome = callFunction(fn, line.args);
          if (!outcome.ok) throw new LineFailure(`${fn.meta.id}：${outcome.error}`, "args", badArgument(fn, line.args));
          const ns = rules.get(fn.meta.namespace);
          const gross = new Exact(outcome.value);
          const enterpriseId = ids.enterprise(line.enterprise);
          ledger.claims.push({
            index, fn, rules: ns, enterprise: line.enterprise, project: line.project, year: line.year, enterpriseId,
            group: ns ? ids.group(fn.meta.namespace, enterpriseId, line.project) : -1, // only rules group claims
            ladder: ladderOf(ns, fn, line.args), gross, amount: gross, steps: undefined, notes: undefined,
          });
          return;
        }
        case "history": {
          const fn = lookUp(functions, line.fn, found);
          checkHistoryArgs(fn, line.args);
          const enterpriseId = ids.enterprise(line.enterprise);
          ledger.history.push({
            index, namespace: fn.meta.namespace, fn: fn.meta.name, enterprise: line.enterprise, project: line.project,
            year: line.year, enterpriseId, group: ids.group(fn.meta.namespace, enterpriseId, line.project),
            ladder: ladderOf(rules.get(fn.meta.namespace), fn, line.args), paid: line.paid,
          });
          historyLines.add(index);
          return;
        }
        default:
          if (line.namespace !== undefined && !namespaces.has(line.namespace)) {
            throw new LineFailure(`没有命名空间「${line.namespace.slice(0, 40)}」（可用：${[...namespaces].sort().join("、")}）`, "namespace");
          }
          if (line.kind === "exclusion") ledger.exclusions.push({ ...line, index });
          else ledger.contributionCaps.push({ ...line, index });
      }
    } catch (e) {
      const f = e instanceof LineFailure ? e : new LineFailure(`内部错误：${(e as Error)?.message ?? String(e)}`);
      errors.set(index, { kind: "error", error: f.message, field: f.field, argIndex: f.argIndex });
    }
  });
  return { ledger, errors, historyLines };
}
