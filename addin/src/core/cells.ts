// What a spreadsheet cell's call goes through in every host (Excel and WPS 表格): the arguments as the host hands
// them over, the one argument adapter (runtime/adapter.ts `callFunction`), and the outcome as a cell should show it —
// a finite number in 万元, the explanation rows, or a failure with its kind and Chinese message. How a failure is
// shown is the only host difference (excel/functions.ts, wps/functions.ts). No DOM here: Excel runs this in its
// JavaScript-only custom-functions runtime.
import { callFunction, type ExcelValue } from "../../../runtime/adapter.js";
import { FunctionIndex } from "../../../runtime/functions.js";
import type { CompiledFunction } from "../../../runtime/types.js";
import { EXPLAIN_ID } from "../cities.js";
import { explainRows } from "../../../runtime/explain.js";

/** #VALUE! (bad input), #N/A (a lookup without a row), #NUM! (a result the sheet cannot hold). */
export type FailureKind = "value" | "notAvailable" | "number";

export interface CellFailure {
  readonly kind: FailureKind;
  /** Chinese, fit to show a finance user as it is. */
  readonly message: string;
}

export type CellOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: CellFailure };

/** The error text a spreadsheet shows for each kind. */
export const FAILURE_CODE: Readonly<Record<FailureKind, string>> = { value: "#VALUE!", notAvailable: "#N/A", number: "#NUM!" };

/**
 * The arguments of a call as the evaluators want them. Excel appends an invocation object after the declared
 * arguments (a host may append such a context object; no cell value is a plain object): drop it. A caller that
 * passed fewer arguments leaves undefined: that is an empty cell, null. A single cell passed as a 1×1 range is
 * unwrapped.
 */
export function hostArgs(args: readonly unknown[]): ExcelValue[] {
  const last = args[args.length - 1];
  const n = last !== null && typeof last === "object" && !Array.isArray(last) ? args.length - 1 : args.length;
  // One pass into one array: this runs for every cell of every recalculation.
  const values = new Array<ExcelValue>(n);
  for (let i = 0; i < n; i++) values[i] = cellValue(args[i]);
  return values;
}

function cellValue(v: unknown): ExcelValue {
  if (v === undefined) return null;
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0] as ExcelValue;
  return v as ExcelValue;
}

const fail = (kind: FailureKind, message: string): CellOutcome<never> => ({ ok: false, failure: { kind, message } });

/**
 * A result in 万元 (already rounded to 分 by the adapter) as the one binary number handed to the sheet; never NaN,
 * ±Infinity or -0.
 */
export function cellNumber(value: string): CellOutcome<number> {
  const n = Number(value);
  if (!Number.isFinite(n)) return fail("number", `结果 ${value} 超出电子表格能表示的范围`);
  return { ok: true, value: n === 0 ? 0 : n };
}

/** One call of a policy function from a cell. */
export function callCell(fn: CompiledFunction, args: readonly unknown[]): CellOutcome<number> {
  const outcome = callFunction(fn, hostArgs(args));
  if (!outcome.ok) return fail(outcome.lookup ? "notAvailable" : "value", outcome.error);
  return cellNumber(outcome.value);
}

/** The functions of one add-in (namespace), looked up by the names people type (runtime/functions.ts). */
export class AddinFunctions {
  readonly index: FunctionIndex;
  constructor(readonly namespace: string, readonly functions: readonly CompiledFunction[]) {
    this.index = new FunctionIndex(functions.filter((f) => f.meta.namespace === namespace));
  }

  find(name: string): CompiledFunction | undefined {
    return this.index.find(name, this.namespace);
  }

  /** A function name to show in examples and messages. */
  get example(): CompiledFunction["meta"] | undefined {
    return this.index.functions[0]?.meta;
  }
}

/** Arguments after the function's own are the explanation function's unused optional slots: drop them when empty. */
function ownArgs(fn: CompiledFunction, rest: readonly ExcelValue[]): ExcelValue[] {
  const n = fn.meta.params.length;
  const extra = rest.slice(n);
  return extra.every((v) => v === null || v === undefined || v === "") ? rest.slice(0, n) : [...rest];
}

/** NS.EXPLAIN("EQUIPMENT", B2, C2) → [[步骤, 值, 依据], …], the same trace as `zhengce eval`. */
export function explainCell(addin: AddinFunctions, args: readonly unknown[]): CellOutcome<string[][]> {
  const [name, ...rest] = hostArgs(args);
  const ns = addin.namespace, ex = addin.example;
  if (typeof name !== "string" || !name.trim()) {
    return fail("value", `第一个参数须为函数名，例如 =${ns}.${EXPLAIN_ID}("${ex?.name ?? "NAME"}", B2, C2)`);
  }
  const fn = addin.find(name);
  if (!fn) return fail("value", `${ns} 没有函数「${name.trim().slice(0, 40)}」（可写函数名如 ${ex?.name ?? ""} 或中文名如 ${ex?.zhName ?? ""}）`);
  const outcome = callFunction(fn, ownArgs(fn, rest), true);
  if (!outcome.ok) return fail(outcome.lookup ? "notAvailable" : "value", outcome.error);
  return { ok: true, value: explainRows(fn.meta, outcome.trace ?? []) };
}
