// The one place where Excel-style values become validated arguments, and results become Excel-style values.
// The CLI (`zhengce eval`, `eval --jsonl`), the policy examples and the Excel add-in all call through here, so a
// bad cell gets the same Chinese message everywhere.
import { MONEY_SCALES, RATIO_SCALES } from "./unitScales.js";
import type { Decimal } from "decimal.js";
import { Exact, formatResult, MAX_INPUT_DIGITS, RESULT_DECIMALS } from "./exact.js";
import { PolicyInputError, PolicyLookupError } from "./errors.js";
import { MACHINE_NUMBER, MAX_TEXT_LENGTH, normalizeTyped, readTypedNumber, WrittenNumber } from "./numtext.js";
import type { ArgValue, CompiledFunction, ParamMeta, RangeBound, TraceStep } from "./types.js";

export { WrittenNumber } from "./numtext.js";

/** What Excel (or the task pane's form) hands us for one argument. */
export type ExcelValue = number | string | boolean | null | undefined;

/** What a caller may hand the adapter: an Excel value, or a number written out exactly (a JSON number). */
export type ArgInput = ExcelValue | WrittenNumber;

const MONEY_HELP = "（万元；也可写“4000万元”“0.4亿元”“40000000元”）";
const RATIO_HELP = "（比例，如 0.05 或 5%）";

/**
 * The smallest decimal places an input may need: every value a double can hold (down to 5e-324) is accepted, and
 * a JSON number like 1e-999999999 is refused before anything writes its digits out.
 */
const MAX_DECIMAL_PLACES = 340;

const quote = (p: ParamMeta) => `「${p.name}」`;

/** At most 20 characters of what was typed, for a message. */
const excerpt = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function isMissing(v: ArgInput): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function refuseLongText(p: ParamMeta, text: string): void {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new PolicyInputError(`${quote(p)}的文字太长（${text.length} 个字符，最多 ${MAX_TEXT_LENGTH} 个）`);
  }
}

/**
 * A JS number from Excel → exact decimal via its shortest round-trip text (what Excel shows). decimal.js reads a
 * number through that same text (its `toString`), except small integers, which it takes without writing them out;
 * −0 is read as 0, as its text is.
 */
function fromNumber(p: ParamMeta, n: number): Decimal {
  if (!Number.isFinite(n)) throw new PolicyInputError(`${quote(p)}不是有效的数`);
  return new Exact(n === 0 ? 0 : n);
}

/**
 * Whether a double's shortest text is sure to pass `checkDigits`: from 1e-7 up to 1e21 it is written without an
 * exponent, with at most 17 significant digits, at most 21 integer digits and at most 23 decimals. Every cell a
 * sheet recalculates is such a number, so the digit count is taken only for the rare ones outside.
 */
const holdsEveryDigit = (n: number) => n === 0 || (Math.abs(n) >= 1e-7 && Math.abs(n) < 1e21);

/** A number written out exactly (JSON, a command-line word), read digit for digit. */
function fromWritten(p: ParamMeta, w: WrittenNumber): Decimal {
  refuseLongText(p, w.text);
  if (!MACHINE_NUMBER.test(w.text)) throw new PolicyInputError(`${quote(p)}不是有效的数：「${excerpt(w.text)}」`);
  return new Exact(w.text);
}

/** Cell text such as "4,000万元", "0.4亿元", "5%", "120平方米": the number, scaled by its unit to the canonical unit. */
function fromText(p: ParamMeta, raw: string, units: Readonly<Record<string, string>>, help: string): Decimal {
  refuseLongText(p, raw);
  const text = normalizeTyped(raw);
  const typed = readTypedNumber(text);
  if (!typed.ok) {
    if (typed.why === "blank-inside") {
      throw new PolicyInputError(`${quote(p)}的数字中间有空格：「${excerpt(text)}」。请去掉空格（千分位用逗号，如 4,000）`);
    }
    throw new PolicyInputError(`${quote(p)}须为数${help}，收到文字「${excerpt(text)}」`);
  }
  const value = new Exact(typed.digits);
  if (typed.unit === "") return value;
  const scale = units[typed.unit];
  if (!scale) throw new PolicyInputError(`${quote(p)}的单位「${typed.unit}」不对${help}`);
  return value.times(scale);
}

/**
 * Inputs hold at most MAX_INPUT_DIGITS significant digits (zeros of the integer part counted, so this also bounds
 * the size), so that the evaluators' precision keeps every digit: a longer input is refused, never rounded.
 */
function checkDigits(p: ParamMeta, v: Decimal): void {
  if (!v.isFinite()) throw new PolicyInputError(`${quote(p)}不是有效的数`);
  if (v.isZero()) return;
  const digits = v.precision(true);
  if (digits > MAX_INPUT_DIGITS) {
    throw new PolicyInputError(`${quote(p)}的数位太多：最多 ${MAX_INPUT_DIGITS} 位有效数字（整数部分的 0 也算），收到 ${digits} 位`);
  }
  if (v.decimalPlaces() > MAX_DECIMAL_PLACES) throw new PolicyInputError(`${quote(p)}太小：最多 ${MAX_DECIMAL_PLACES} 位小数`);
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

/** The unit words a parameter's cell text may end in, each with its scale to the canonical unit. */
function unitsOf(p: ParamMeta): { units: Readonly<Record<string, string>>; help: string } {
  // Money units as multiples of 万元 (the canonical unit of money); ratio units as multiples of 1.
  if (p.kind === "money") return { units: MONEY_SCALES, help: MONEY_HELP };
  if (p.kind === "ratio") return { units: RATIO_SCALES, help: RATIO_HELP };
  return p.unit ? { units: { [p.unit.normalize("NFKC")]: "1" }, help: `（${p.unit}）` } : { units: {}, help: "" };
}

function coerceNumber(p: ParamMeta, v: ArgInput): Decimal {
  if (typeof v === "boolean") throw new PolicyInputError(`${quote(p)}须为数，收到 ${v ? "TRUE" : "FALSE"}`);
  let d: Decimal;
  if (typeof v === "number") d = fromNumber(p, v);
  else if (v instanceof WrittenNumber) d = fromWritten(p, v);
  else {
    const { units, help } = unitsOf(p);
    d = fromText(p, String(v), units, help);
  }
  if (typeof v !== "number" || !holdsEveryDigit(v)) checkDigits(p, d);
  checkRange(p, d);
  return d;
}

/** Text of a flag or an enum value as compared: NFKC, trimmed; numbers written out count as their text. */
function choiceText(p: ParamMeta, v: ArgInput): string | undefined {
  if (v instanceof WrittenNumber) return v.text;
  if (typeof v !== "string") return undefined;
  refuseLongText(p, v);
  return normalizeTyped(v);
}

function coerceFlag(p: ParamMeta, v: ArgInput): boolean {
  if (typeof v === "boolean") return v;
  const t = choiceText(p, v)?.toUpperCase();
  if (t === "TRUE" || t === "是") return true;
  if (t === "FALSE" || t === "否") return false;
  const shown = v instanceof WrittenNumber ? v.text : String(v);
  throw new PolicyInputError(`${quote(p)}须为 TRUE 或 FALSE（是/否），收到「${excerpt(shown)}」`);
}

/**
 * Each parameter's enum values by the form a typed value is compared in: NFKC (so "(" matches a declared "（"),
 * then also upper case where that is unambiguous (so "cmmi" matches CMMI).
 */
const enumKeys = new WeakMap<readonly string[], Map<string, string>>();
const NO_VALUES: readonly string[] = [];
function enumLookup(p: ParamMeta): Map<string, string> {
  // Keyed by the values list, which a parameter shares with the copy made to apply its default.
  const values = p.values ?? NO_VALUES;
  let keys = enumKeys.get(values);
  if (keys) return keys;
  keys = new Map();
  for (const value of values) keys.set(value.normalize("NFKC"), value);
  const folded = new Map<string, string[]>();
  for (const value of values) {
    const key = value.normalize("NFKC").toUpperCase();
    folded.set(key, [...(folded.get(key) ?? []), value]);
  }
  for (const [key, same] of folded) if (same.length === 1 && !keys.has(key)) keys.set(key, same[0]!);
  enumKeys.set(values, keys);
  return keys;
}

function coerceEnum(p: ParamMeta, v: ArgInput): string {
  const keys = enumLookup(p);
  // A value typed exactly in its compared form (the common case: the sheet's cells hold the declared words) needs
  // no normalising: NFKC is idempotent, and a text without surrounding blanks is what trimming would give.
  if (typeof v === "string") {
    const exact = keys.get(v);
    if (exact !== undefined && v.trim() === v) return exact;
  }
  const t = choiceText(p, v);
  const found = t === undefined ? undefined : keys.get(t) ?? keys.get(t.toUpperCase());
  if (found !== undefined) return found;
  const shown = t ?? (v instanceof WrittenNumber ? v.text : String(v));
  throw new PolicyInputError(`${quote(p)}须为以下之一：${(p.values ?? []).join("、")}；收到「${excerpt(shown)}」`);
}

export function coerceArg(p: ParamMeta, v: ArgInput): ArgValue {
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

export function coerceArgs(fn: CompiledFunction, raw: readonly ArgInput[]): ArgValue[] {
  const params = fn.meta.params;
  if (raw.length > params.length) {
    // No function name here: every caller (a cell, the CLI's "PINGHU.EQUIPMENT：…") already shows it.
    throw new PolicyInputError(`最多接受 ${params.length} 个参数（${params.map((p) => p.name).join("、") || "无"}），收到 ${raw.length} 个`);
  }
  return params.map((p, i) => coerceArg(p, raw[i]));
}

export type CallOutcome =
  | { readonly ok: true; readonly value: string; readonly trace?: readonly TraceStep[] }
  | { readonly ok: false; readonly error: string; readonly lookup: boolean };

type CallFailure = Extract<CallOutcome, { ok: false }>;

/** What a call that threw becomes: the adapter's and the rule's own messages as they are, anything else internal. */
function callFailure(e: unknown): CallFailure {
  if (e instanceof PolicyInputError) return { ok: false, error: e.message, lookup: false };
  if (e instanceof PolicyLookupError) return { ok: false, error: e.message, lookup: true };
  return { ok: false, error: `内部错误：${(e as Error).message ?? String(e)}`, lookup: false };
}

/** Validates, evaluates and formats one call. Never throws for bad input: the outcome carries the message. */
export function callFunction(fn: CompiledFunction, raw: readonly ArgInput[], wantTrace = false): CallOutcome {
  try {
    const args = coerceArgs(fn, raw);
    const trace: TraceStep[] | null = wantTrace ? [] : null;
    const result = fn.evaluate(args, trace);
    const value = formatResult(result);
    return trace ? { ok: true, value, trace } : { ok: true, value };
  } catch (e) {
    return callFailure(e);
  }
}

export type ExactCallOutcome =
  | { readonly ok: true; readonly value: Decimal; readonly args: readonly ArgValue[] }
  | CallFailure;

const ZERO_RESULT = new Exact(0);

/**
 * A result as `callFunction` shows it, kept as a decimal: rounded half-up to 0.000001万元 exactly as `formatResult`
 * rounds (the same `finalise` inside decimal.js), and a negative result that rounds to zero is 0, as its text reads.
 * So `callFunctionExact(…).value` equals `new Exact(callFunction(…).value)` without writing it out and reading it back.
 */
function roundedResult(result: Decimal): Decimal {
  // An evaluator of another Decimal clone (a bundle of its own) is read into this one, digit for digit.
  const r = (result.constructor === Exact ? result : new Exact(result)).toDecimalPlaces(RESULT_DECIMALS, Exact.ROUND_HALF_UP);
  return r.isZero() ? ZERO_RESULT : r;
}

/**
 * `callFunction` for a caller that keeps computing with the value (the settlement engine): the same validation,
 * evaluation and messages, the value as an exact decimal instead of text, and the validated arguments (defaults
 * applied), so the caller need not read a raw argument a second time. Never throws for bad input.
 */
export function callFunctionExact(fn: CompiledFunction, raw: readonly ArgInput[]): ExactCallOutcome {
  try {
    const args = coerceArgs(fn, raw);
    return { ok: true, value: roundedResult(fn.evaluate(args, null)), args };
  } catch (e) {
    return callFailure(e);
  }
}

/**
 * A command-line word (or a task-pane field) as Excel would hand it over: numbers, TRUE/FALSE, empty or `null` for
 * an empty cell, else text. Full-width forms read as half-width (４０００ → 4000). A number is handed over as a JS
 * number only when a double holds it exactly; otherwise (12345678901234567890.123456) as its text, which the
 * adapter reads digit for digit — never a rounded double.
 */
export function parseCliArg(word: string): ExcelValue {
  const t = normalizeTyped(word);
  if (t === "" || t.toLowerCase() === "null") return null;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  if (t.length <= MAX_TEXT_LENGTH && MACHINE_NUMBER.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n) && new Exact(String(n)).eq(new Exact(t))) return n;
    return t;
  }
  return word;
}

/** A JSON value from `eval --jsonl` (numbers read as WrittenNumber) as an argument; objects and arrays are refused. */
export function jsonArg(v: unknown): ArgInput | undefined {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof WrittenNumber) return v;
  return undefined;
}
