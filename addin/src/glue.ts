// The custom-functions glue: every Excel call goes through runtime/adapter.ts `callFunction` (the one argument
// adapter) and every failure becomes a CustomFunctions.Error carrying the adapter's Chinese message.
// No DOM here: this runs in Excel's JavaScript-only custom-functions runtime.
import { callFunction, type CallOutcome, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { EXPLAIN_ID } from "./cities.js";
import { explainRows, findByName } from "./explain.js";

/** The part of the runtime's `CustomFunctions` global this glue uses (the real one and the test stand-in). */
export interface CustomFunctionsApi {
  associate(id: string, fn: (...args: any[]) => unknown): void;
  Error: new (code: any, message?: string) => Error;
  ErrorCode: { readonly invalidValue: any; readonly notAvailable: any; readonly invalidNumber: any };
}

/**
 * Excel hands a custom function its declared arguments (an omitted optional one as null) and then, always as the
 * last argument, an invocation object. Strip that object; undefined (a caller that passed fewer) becomes null;
 * a single cell passed as a 1×1 array is unwrapped.
 */
export function excelArgs(args: readonly unknown[]): ExcelValue[] {
  const last = args[args.length - 1];
  const values = last !== null && typeof last === "object" && !Array.isArray(last) ? args.slice(0, -1) : args;
  return values.map((v) => {
    if (v === undefined) return null;
    if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0] as ExcelValue;
    return v as ExcelValue;
  });
}

function fail(CF: CustomFunctionsApi, outcome: Extract<CallOutcome, { ok: false }>): never {
  throw new CF.Error(outcome.lookup ? CF.ErrorCode.notAvailable : CF.ErrorCode.invalidValue, outcome.error);
}

/** A result in 万元 as the JS number Excel stores (already rounded to 分 by the adapter); never NaN or ±Infinity. */
export function excelNumber(CF: CustomFunctionsApi, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new CF.Error(CF.ErrorCode.invalidNumber, `结果 ${value} 超出 Excel 能表示的范围`);
  return n === 0 ? 0 : n; // no -0
}

export function customFunction(fn: CompiledFunction, CF: CustomFunctionsApi): (...args: unknown[]) => number {
  return (...args: unknown[]) => {
    const outcome = callFunction(fn, excelArgs(args));
    if (!outcome.ok) fail(CF, outcome);
    return excelNumber(CF, outcome.value);
  };
}

/** Arguments after the function's own are the EXPLAIN function's unused optional slots: drop them when empty. */
function ownArgs(fn: CompiledFunction, rest: readonly ExcelValue[]): ExcelValue[] {
  const n = fn.meta.params.length;
  const extra = rest.slice(n);
  return extra.every((v) => v === null || v === undefined || v === "") ? rest.slice(0, n) : [...rest];
}

/** NS.EXPLAIN("EQUIPMENT", B2, C2) → [[步骤, 值, 依据], …], spilled by Excel. */
export function explainFunction(namespace: string, fns: readonly CompiledFunction[], CF: CustomFunctionsApi): (...args: unknown[]) => string[][] {
  return (...args: unknown[]) => {
    const [name, ...rest] = excelArgs(args);
    if (typeof name !== "string" || !name.trim()) {
      throw new CF.Error(CF.ErrorCode.invalidValue, `第一个参数须为函数名，例如 =${namespace}.${EXPLAIN_ID}("${fns[0]?.meta.name ?? "NAME"}", B2, C2)`);
    }
    const fn = findByName(fns, name);
    if (!fn) throw new CF.Error(CF.ErrorCode.invalidValue, `${namespace} 没有函数「${name.trim().slice(0, 40)}」（可写函数名如 ${fns[0]?.meta.name ?? ""} 或中文名如 ${fns[0]?.meta.zhName ?? ""}）`);
    const outcome = callFunction(fn, ownArgs(fn, rest), true);
    if (!outcome.ok) fail(CF, outcome);
    return explainRows(fn.meta, outcome.trace ?? []);
  };
}

/** Associates every policy function of the namespace, and EXPLAIN. Returns the associated ids. */
export function associateAll(namespace: string, fns: readonly CompiledFunction[], CF: CustomFunctionsApi): string[] {
  const ids: string[] = [];
  for (const fn of fns) {
    if (fn.meta.namespace !== namespace) continue;
    CF.associate(fn.meta.name, customFunction(fn, CF));
    ids.push(fn.meta.name);
  }
  CF.associate(EXPLAIN_ID, explainFunction(namespace, fns, CF));
  ids.push(EXPLAIN_ID);
  return ids;
}
