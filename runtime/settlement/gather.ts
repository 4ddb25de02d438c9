// Step 1 (gross): every line read once. A claim's function is looked up by the name a person types
// (runtime/functions.ts) and called through the argument adapter (runtime/adapter.ts `callFunctionExact`: the
// validation and messages of `callFunction`, the value kept as a decimal), so a bad cell gets the same message as in
// a formula; a history row's arguments are checked the same way but not evaluated (what was paid is given). A line
// that fails becomes an error answer; the other lines go on. Enterprise ids and groups are handed out after the last
// line (model.ts `Ids`).
import { callFunctionExact, coerceArg, type ArgInput } from "../adapter.js";
import { PolicyInputError } from "../errors.js";
import type { FunctionIndex } from "../functions.js";
import type { CompiledFunction } from "../types.js";
import type { ClaimLine, ContributionCapLine, ExclusionLine, LedgerField, LedgerLine } from "./ledger.js";
import { Claim, Ids, type History, type Input, type Ledger } from "./model.js";
import type { FunctionRules, NamespaceRules, RuleOf } from "./rule-index.js";

export type LineError = { readonly kind: "error"; readonly error: string; readonly field?: LedgerField; readonly argIndex?: number };

class LineFailure extends Error {
  constructor(message: string, readonly field?: LedgerField, readonly argIndex?: number) {
    super(message);
  }
}

/** A function a ledger names, with what the later steps need of it, worked out once per name. */
interface Callee {
  readonly fn: CompiledFunction;
  /** Its namespace's rules and what they say about it; absent when the namespace declares none. */
  readonly rules: NamespaceRules | undefined;
  readonly on: FunctionRules | undefined;
}

/** Names already looked up in this ledger (a ledger repeats a few names many times): one look-up per line. */
type Found = Map<string, Callee | LineFailure>;

/**
 * Suggestions (edit distance against every function) are offered for the first few unknown names only, and for
 * names of a plausible length: a hostile ledger of many long unknown names must not cost seconds per line.
 */
const SUGGEST_NAMES = 50, SUGGEST_LENGTH = 60;

function lookUp(name: string, found: Found, functions: FunctionIndex, rules: ReadonlyMap<string, NamespaceRules>): Callee {
  let hit = found.get(name);
  if (!hit) {
    const suggest = found.size < SUGGEST_NAMES && name.length <= SUGGEST_LENGTH;
    try {
      const fn = findOrFail(functions, name, suggest);
      const ns = rules.get(fn.meta.namespace);
      hit = { fn, rules: ns, on: ns?.of(fn) };
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
  /** Answers of the lines that could not be read or evaluated. */
  readonly errors: Map<number, LineError>;
}

export function gather(lines: readonly LedgerLine[], functions: FunctionIndex, rules: ReadonlyMap<string, NamespaceRules>): Gathered {
  const claims: Claim[] = [], history: History[] = [];
  const exclusions: Input<ExclusionLine>[] = [], contributionCaps: Input<ContributionCapLine>[] = [];
  const errors = new Map<number, LineError>();
  const namespaces = new Set(functions.functions.map((f) => f.meta.namespace));
  const found: Found = new Map();
  const ids = new Ids();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    try {
      switch (line.kind) {
        case "invalid":
          throw new LineFailure(line.error, line.field);
        case "claim":
          claims.push(claimOf(line, index, lookUp(line.fn, found, functions, rules)));
          break;
        case "history": {
          const { fn, rules: ns } = lookUp(line.fn, found, functions, rules);
          checkHistoryArgs(fn, line.args);
          history.push({
            index, namespace: fn.meta.namespace, fn: fn.meta.name, enterprise: line.enterprise, project: line.project,
            year: line.year, enterpriseId: -1, group: -1, ladder: ladderOf(ns, fn, line.args), paid: line.paid,
          });
          break;
        }
        default:
          if (line.namespace !== undefined && !namespaces.has(line.namespace)) {
            throw new LineFailure(`没有命名空间「${line.namespace.slice(0, 40)}」（可用：${[...namespaces].sort().join("、")}）`, "namespace");
          }
          if (line.kind === "exclusion") exclusions.push(exclusionOf(line, index));
          else contributionCaps.push(contributionCapOf(line, index));
      }
    } catch (e) {
      const f = e instanceof LineFailure ? e : new LineFailure(`内部错误：${(e as Error)?.message ?? String(e)}`);
      errors.set(index, { kind: "error", error: f.message, field: f.field, argIndex: f.argIndex });
    }
  }
  // Enterprise ids and groups are handed out once every line is read (Ids); only rules group claims.
  ids.assign(claims, (c) => (c.on ? c.fn.meta.namespace : undefined));
  ids.assign(history, (h) => h.namespace);
  for (const x of exclusions) x.enterpriseId = ids.enterprise(x.enterprise);
  for (const x of contributionCaps) x.enterpriseId = ids.enterprise(x.enterprise);
  const ledger: Ledger = { claims, history, exclusions, contributionCaps, enterprises: ids.enterprises, groups: ids.groups };
  return { ledger, errors };
}

// An input line with its place (its fields written out: an object spread is several times slower).
function exclusionOf(l: ExclusionLine, index: number): Input<ExclusionLine> {
  return { kind: l.kind, enterprise: l.enterprise, year: l.year, namespace: l.namespace, reason: l.reason, index, enterpriseId: -1 };
}

function contributionCapOf(l: ContributionCapLine, index: number): Input<ContributionCapLine> {
  return { kind: l.kind, enterprise: l.enterprise, cap: l.cap, year: l.year, namespace: l.namespace, index, enterpriseId: -1 };
}

/** Step 1 for one claim line: its gross, and the keys and rules the later steps read. Throws LineFailure. */
function claimOf(line: ClaimLine, index: number, callee: Callee): Claim {
  const { fn, rules } = callee;
  const outcome = callFunctionExact(fn, line.args);
  if (!outcome.ok) throw new LineFailure(`${fn.meta.id}：${outcome.error}`, "args", badArgument(fn, line.args));
  // A claim's ladder is read from the arguments the adapter has just validated.
  return new Claim(index, fn, callee.on, line.enterprise, line.project, line.year, rules?.ladderOfValidated(fn, outcome.args), outcome.value);
}
