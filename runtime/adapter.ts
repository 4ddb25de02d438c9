// The one place where Excel-style values become validated arguments, and results become Excel-style values.
// The CLI (`zhengce eval`, `eval --jsonl`), the policy examples and the Excel add-in all call through here, so a
// bad cell gets the same Chinese message everywhere.
import type { Decimal } from "decimal.js";
import { Exact, formatResult } from "./exact.js";
import { PolicyInputError, PolicyLookupError } from "./errors.js";
import type { ArgValue, CompiledFunction, ParamMeta, RangeBound, TraceStep } from "./types.js";

/** What Excel (or a JSON line) hands us for one argument. */
export type ExcelValue = number | string | boolean | null | undefined;

const MONEY_UNITS: Record<string, string> = { "元": "0.0001", "万元": "1", "亿元": "10000" };
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

const quote = (p: ParamMeta) => `「${p.name}」`;

function isMissing(v: ExcelValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A JS number from Excel → exact decimal via its shortest round-trip text (what Excel shows). */
function fromNumber(p: ParamMeta, n: number): Decimal {
  if (!Number.isFinite(n)) throw new PolicyInputError(`${quote(p)}不是有效的数`);
  return new Exact(String(n));
}

function parseNumberText(p: ParamMeta, text: string, unitScale: Record<string, string>, unitHelp: string): Decimal {
  const t = text.trim().replace(/\s+/g, "").replace(/，/g, ",");
  const m = /^(.*?)(元|万元|亿元|%|％)?$/.exec(t)!;
  const digits = m[1]!, unit = m[2];
  if (!NUMBER_TEXT.test(digits)) {
    throw new PolicyInputError(`${quote(p)}须为数${unitHelp}，收到文字「${text.trim().slice(0, 20)}」`);
  }
  const value = new Exact(digits.replace(/,/g, ""));
  if (unit === undefined) return value;
  const scale = unitScale[unit === "％" ? "%" : unit];
  if (!scale) throw new PolicyInputError(`${quote(p)}的单位「${unit}」不对${unitHelp}`);
  return value.times(scale);
}

/** Range bounds as decimals, parsed once per parameter (batch evaluation checks them on every call). */
const boundCache = new WeakMap<RangeBound, Decimal>();
function boundOf(b: RangeBound): Decimal {
  let d = boundCache.get(b);
  if (!d) boundCache.set(b, (d = new Exact(b.value)));
  return d;
}

function checkRange(p: ParamMeta, v: Decimal): void {
  const below = (b: RangeBound) => (b.inclusive ? v.lt(boundOf(b)) : v.lte(boundOf(b)));
  const above = (b: RangeBound) => (b.inclusive ? v.gt(boundOf(b)) : v.gte(boundOf(b)));
  if (p.integer && !v.isInteger()) throw new PolicyInputError(`${quote(p)}须为整数，收到 ${v.toFixed()}`);
  if ((p.min && below(p.min)) || (p.max && above(p.max))) {
    if (p.min?.value === "0" && p.min.inclusive && !p.max) throw new PolicyInputError(`${quote(p)}不能为负数，收到 ${v.toFixed()}`);
    const got = p.kind === "ratio" ? `${v.times(100).toFixed()}%` : v.toFixed();
    throw new PolicyInputError(`${quote(p)}须${describeRange(p)}，收到 ${got}`);
  }
}

/** The allowed range in words: 在 2024 到 2026 之间, 不小于 1, 大于 0, 在 [0.15, 0.3) 之内. */
export function describeRange(p: ParamMeta): string {
  const show = (b: RangeBound) => (p.kind === "ratio" ? `${new Exact(b.value).times(100).toFixed()}%` : b.value);
  const { min, max } = p;
  if (min && max && min.inclusive && max.inclusive) return `在 ${show(min)} 到 ${show(max)} 之间`;
  if (min && !max) return min.inclusive ? `不小于 ${show(min)}` : `大于 ${show(min)}`;
  if (max && !min) return max.inclusive ? `不大于 ${show(max)}` : `小于 ${show(max)}`;
  const lo = min ? `${min.inclusive ? "[" : "("}${show(min)}` : "(-∞";
  const hi = max ? `${show(max)}${max.inclusive ? "]" : ")"}` : "∞)";
  return `在 ${lo}, ${hi} 之内`;
}

function coerceNumber(p: ParamMeta, v: ExcelValue): Decimal {
  if (typeof v === "boolean") throw new PolicyInputError(`${quote(p)}须为数，收到 ${v ? "TRUE" : "FALSE"}`);
  let d: Decimal;
  if (typeof v === "number") d = fromNumber(p, v);
  else if (p.kind === "money") d = parseNumberText(p, String(v), MONEY_UNITS, "（万元；也可写“4000万元”“0.4亿元”“40000000元”）");
  else if (p.kind === "ratio") d = parseNumberText(p, String(v), { "%": "0.01" }, "（比例，如 0.05 或 5%）");
  else d = parseNumberText(p, String(v).replace(new RegExp(`${p.unit ?? "$^"}$`), ""), {}, p.unit ? `（${p.unit}）` : "");
  checkRange(p, d);
  return d;
}

function coerceFlag(p: ParamMeta, v: ExcelValue): boolean {
  if (typeof v === "boolean") return v;
  const t = typeof v === "string" ? v.trim().toUpperCase() : "";
  if (t === "TRUE" || t === "是") return true;
  if (t === "FALSE" || t === "否") return false;
  throw new PolicyInputError(`${quote(p)}须为 TRUE 或 FALSE（是/否），收到「${String(v)}」`);
}

function coerceEnum(p: ParamMeta, v: ExcelValue): string {
  const values = p.values ?? [];
  const t = typeof v === "string" ? v.trim() : String(v);
  if (typeof v === "string" && values.includes(t)) return t;
  throw new PolicyInputError(`${quote(p)}须为以下之一：${values.join("、")}；收到「${t}」`);
}

export function coerceArg(p: ParamMeta, v: ExcelValue): ArgValue {
  if (isMissing(v)) {
    if (!p.optional) throw new PolicyInputError(`缺少必填参数${quote(p)}`);
    return coerceArg({ ...p, optional: false }, p.default as ExcelValue);
  }
  switch (p.kind) {
    case "flag": return coerceFlag(p, v);
    case "enum": return coerceEnum(p, v);
    default: return coerceNumber(p, v);
  }
}

export function coerceArgs(fn: CompiledFunction, raw: readonly ExcelValue[]): ArgValue[] {
  const params = fn.meta.params;
  if (raw.length > params.length) {
    throw new PolicyInputError(`${fn.meta.id} 最多接受 ${params.length} 个参数，收到 ${raw.length} 个`);
  }
  return params.map((p, i) => coerceArg(p, raw[i]));
}

export type CallOutcome =
  | { readonly ok: true; readonly value: string; readonly trace?: readonly TraceStep[] }
  | { readonly ok: false; readonly error: string; readonly lookup: boolean };

/** Validates, evaluates and formats one call. Never throws for bad input: the outcome carries the message. */
export function callFunction(fn: CompiledFunction, raw: readonly ExcelValue[], wantTrace = false): CallOutcome {
  try {
    const args = coerceArgs(fn, raw);
    const trace: TraceStep[] | null = wantTrace ? [] : null;
    const result = fn.evaluate(args, trace);
    const value = formatResult(result);
    return trace ? { ok: true, value, trace } : { ok: true, value };
  } catch (e) {
    if (e instanceof PolicyInputError) return { ok: false, error: e.message, lookup: false };
    if (e instanceof PolicyLookupError) return { ok: false, error: e.message, lookup: true };
    return { ok: false, error: `内部错误：${(e as Error).message ?? String(e)}`, lookup: false };
  }
}

/** A command-line word as Excel would hand it over: numbers, TRUE/FALSE, empty or `null` for an empty cell, else text. */
export function parseCliArg(word: string): ExcelValue {
  const t = word.trim();
  if (t === "" || t.toLowerCase() === "null") return null;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  return word;
}

/** A JSON value from `eval --jsonl` as an Excel value; anything else (objects, arrays) is refused. */
export function jsonArg(v: unknown): ExcelValue | undefined {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return undefined;
}
