// Running one example of a clause through the same argument adapter as Excel. Browser-safe (no node: imports):
// the CLI's `zhengce test` (through project.ts) and the studio's worker both run examples with it.
import { callFunction } from "../../runtime/adapter.js";
import { formatResult, Exact } from "../../runtime/exact.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { CheckedExample } from "../check/ir.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

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
