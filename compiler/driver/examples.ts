// Running the examples in policy files: one example of a clause through the same argument adapter as Excel, and
// each 结算示例 through the settlement engine. Browser-safe (no node: imports): the CLI's `zhengce test` (through
// project.ts) and the studio's worker both run examples with it.
import { callFunction } from "../../runtime/adapter.js";
import { formatResult, Exact } from "../../runtime/exact.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { CheckedExample } from "../check/ir.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Compilation } from "./compile.js";
import type { CheckedLedgerLine, CheckedSettlementExample } from "../check/rules.js";
import { FunctionIndex } from "../../runtime/functions.js";
import { settle, type LineAnswer } from "../../runtime/settlement/engine.js";
import type { LedgerLine } from "../../runtime/settlement/ledger.js";

export interface ExampleOutcome {
  readonly id: string;
  readonly example: CheckedExample;
  readonly passed: boolean;
  readonly actual: string;
  /** For a failed example: Z0702 at the example's line, naming what was expected and what came out. */
  readonly diagnostic?: Diagnostic;
}

export function runExample(fn: CompiledFunction, ex: CheckedExample): ExampleOutcome {
  const outcome = callFunction(fn, trimOmitted(ex.args));
  const id = fn.meta.id;
  const actual = outcome.ok ? `${outcome.value}万元` : `错误：${outcome.error}`;
  let passed: boolean, expected: string;
  if (ex.expected.kind === "error") {
    const fragment = ex.expected.fragment;
    passed = !outcome.ok && (!fragment || outcome.error.includes(fragment));
    expected = `错误${fragment ? `（含“${fragment}”）` : ""}`;
  } else {
    const want = formatResult(new Exact(ex.expected.value));
    passed = outcome.ok && outcome.value === want;
    expected = `${want}万元`;
  }
  if (passed) return { id, example: ex, passed, actual };
  return { id, example: ex, passed, actual, diagnostic: diagnostic("Z0702", ex.span, { fn: id, expected, actual }) };
}

/** Omitted trailing arguments are not passed at all (as in Excel); omitted middle ones arrive as null. */
function trimOmitted(args: CheckedExample["args"]): (number | string | boolean | null)[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n).map((a) => (a === undefined ? null : a));
}

export interface SettlementOutcome {
  readonly example: CheckedSettlementExample;
  /** Each claim line of the ledger with its expectation, and whether the engine's answer met it. */
  readonly rows: readonly { readonly line: Extract<CheckedLedgerLine, { kind: "claim" }>; readonly passed: boolean; readonly actual: string; readonly diagnostic?: Diagnostic }[];
}

/**
 * Settles each 结算示例 with the same engine `zhengce settle` uses (every namespace's rules, every loaded function)
 * and compares each claim's settled amount with the one worked by hand; a mismatch is Z0705 at its line.
 */
export function runSettlementExamples(comp: Compilation, registry: ReadonlyMap<string, CompiledFunction>): SettlementOutcome[] {
  const rules = [...comp.namespaces.values()].map((ns) => ns.settlement);
  const functions = new FunctionIndex([...registry.values()]);
  const out: SettlementOutcome[] = [];
  for (const [, ns] of comp.namespaces) {
    for (const example of ns.settlementExamples) {
      const answers = settle(example.lines.map((l) => ledgerLineOf(l, example.namespace)), {
        rules, functions, ...(example.budget !== undefined ? { budget: new Exact(example.budget) } : {}),
      });
      const rows = example.lines.flatMap((line, i) => (line.kind === "claim" ? [judge(line, answers[i]!)] : []));
      out.push({ example, rows });
    }
  }
  return out;
}

function ledgerLineOf(l: CheckedLedgerLine, namespace: string): LedgerLine {
  switch (l.kind) {
    case "claim": return { kind: "claim", enterprise: l.enterprise, project: l.project, year: l.year, fn: l.fn, args: l.args };
    case "history": return { kind: "history", enterprise: l.enterprise, project: l.project, year: l.year, fn: l.fn, args: l.args, paid: new Exact(l.paid) };
    case "exclusion": return { kind: "exclusion", enterprise: l.enterprise, namespace, ...(l.year !== undefined ? { year: l.year } : {}), ...(l.reason ? { reason: l.reason } : {}) };
    case "contributionCap": return { kind: "contributionCap", enterprise: l.enterprise, namespace, cap: new Exact(l.cap), ...(l.year !== undefined ? { year: l.year } : {}) };
  }
}

function judge(line: Extract<CheckedLedgerLine, { kind: "claim" }>, answer: LineAnswer): SettlementOutcome["rows"][number] {
  const actual = answer.kind === "claim" ? `${formatResult(answer.value)}万元` : answer.kind === "error" ? `错误：${answer.error}` : "（无结算额）";
  const passed = line.expected.kind === "value"
    ? answer.kind === "claim" && formatResult(answer.value) === formatResult(new Exact(line.expected.value))
    : answer.kind === "error" && (!line.expected.fragment || answer.error.includes(line.expected.fragment));
  if (passed) return { line, passed, actual };
  const expected = line.expected.kind === "value" ? `${formatResult(new Exact(line.expected.value))}万元` : `错误${line.expected.fragment ? `（含“${line.expected.fragment}”）` : ""}`;
  return { line, passed, actual, diagnostic: diagnostic("Z0705", line.span, { fn: line.fn, expected, actual }) };
}

/** How `zhengce test` (and the studio, in the same words) sums up settlement examples. */
export function ledgersSummaryLine(ledgers: number, rows: number, mismatched: number): string {
  return `结算了 ${ledgers} 本示例台账：${rows - mismatched} 行相符，${mismatched} 行不符`;
}

/** How `zhengce test` (and the studio, in the same words) sums up clause examples. */
export function examplesSummaryLine(total: number, passed: number, failed: number): string {
  return `运行了 ${total} 个示例：${passed} 个通过，${failed} 个失败`;
}
