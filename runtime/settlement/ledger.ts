// A ledger line as the engine reads it, and the one place where a loose record (a JSON line, a workbook row, later an
// Excel range row) becomes one: every field checked, with a Chinese message naming the field. Amounts go through
// the argument adapter (`coerceArg`), so “300”, 300, “300万元” and “0.03亿元” mean the same here as in a formula.
//
// Shapes (JSON; the workbook reader builds the same records from its columns):
//   申报 claim      {"enterprise":"甲公司","project":"一期技改","year":2024,"fn":"PINGHU.EQUIPMENT","args":[4000,"A类"]}
//   已兑现 history  the same plus "paid": 10 (万元, number or text)
//   排除 exclusion  {"enterprise":"乙公司","exclude":true,"reason":"亩均效益评价D类","year":2024,"namespace":"SHAOXING"}
//                   (reason, year and namespace optional: no year = every year, no namespace = every namespace that
//                   declares 排除)
//   贡献封顶        {"enterprise":"甲公司","contributionCap":300,"year":2024,"namespace":"PINGHU"}
//                   (万元; year and namespace optional: no year = across all years)
import type { Decimal } from "decimal.js";
import { coerceArg, jsonArg, type ArgInput } from "../adapter.js";
import { PolicyInputError } from "../errors.js";
import { Exact } from "../exact.js";
import { normalizeTyped, WrittenNumber } from "../numtext.js";
import { codepoint, firstInvisible, hasLoneSurrogate } from "../invisible.js";
import type { ParamMeta } from "../types.js";

export interface ClaimLine {
  readonly kind: "claim";
  readonly enterprise: string;
  readonly project: string;
  readonly year: number;
  /** The function name as typed: PINGHU.EQUIPMENT, 设备投资奖励, … (looked up by runtime/functions.ts). */
  readonly fn: string;
  readonly args: readonly ArgInput[];
}

export interface HistoryLine extends Omit<ClaimLine, "kind"> {
  readonly kind: "history";
  /** 万元, exact. */
  readonly paid: Decimal;
}

export interface ExclusionLine {
  readonly kind: "exclusion";
  readonly enterprise: string;
  readonly year?: number;
  readonly namespace?: string;
  readonly reason?: string;
}

export interface ContributionCapLine {
  readonly kind: "contributionCap";
  readonly enterprise: string;
  /** 万元, exact. */
  readonly cap: Decimal;
  readonly year?: number;
  readonly namespace?: string;
}

/** A line that could not be read: answered with its message, the rest of the ledger goes on. */
export interface InvalidLine {
  readonly kind: "invalid";
  readonly error: string;
  /** The record field at fault (the workbook reader turns it into a column). */
  readonly field?: LedgerField;
}

export type LedgerLine = ClaimLine | HistoryLine | ExclusionLine | ContributionCapLine | InvalidLine;

/** The fields of a record, with the Chinese name a message uses. */
export const FIELD_NAMES = {
  enterprise: "企业",
  project: "项目",
  year: "年度",
  fn: "函数",
  args: "参数",
  paid: "已兑现",
  exclude: "排除",
  reason: "原因",
  contributionCap: "贡献封顶",
  namespace: "命名空间",
} as const;
export type LedgerField = keyof typeof FIELD_NAMES;

/** Longest enterprise, project, function or reason text accepted: keys, not documents. */
export const MAX_TEXT = 200;
const YEAR_MIN = 1900, YEAR_MAX = 2200;

const moneyParam = (name: string): ParamMeta => ({
  name, kind: "money", unit: "万元", optional: false, integer: false, min: { value: "0", inclusive: true }, description: "",
});
const PAID = moneyParam(FIELD_NAMES.paid);
const CAP = moneyParam(FIELD_NAMES.contributionCap);

class FieldError extends Error {
  constructor(readonly field: LedgerField, message: string) {
    super(message);
  }
}

const show = (v: unknown) => (typeof v === "string" ? `「${v.slice(0, 20)}${v.length > 20 ? "…" : ""}」` : v instanceof WrittenNumber ? v.text.slice(0, 40) : Array.isArray(v) ? "数组" : v === null ? "null" : typeof v === "object" ? "对象" : String(v));

function text(field: LedgerField, v: unknown, required: boolean): string | undefined {
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
    if (required) throw new FieldError(field, `缺少「${FIELD_NAMES[field]}」`);
    return undefined;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (v instanceof WrittenNumber) return v.text;
  if (typeof v !== "string") throw new FieldError(field, `「${FIELD_NAMES[field]}」须为文字，收到${show(v)}`);
  const t = v.trim();
  if (t.length > MAX_TEXT) throw new FieldError(field, `「${FIELD_NAMES[field]}」过长（最多${MAX_TEXT}字）`);
  // Texts are keys and appear in messages and cells: no control characters (line breaks, NUL, escapes).
  if (/[\u0000-\u001f\u007f]/.test(t)) throw new FieldError(field, `「${FIELD_NAMES[field]}」含有控制字符（如换行、制表符）`);
  // Invisible format characters (zero-width space, word joiner) make two names that look the same different keys.
  const invisible = firstInvisible(t);
  if (invisible) throw new FieldError(field, `「${FIELD_NAMES[field]}」含有看不见的字符 ${codepoint(invisible)}（如零宽空格）`);
  if (hasLoneSurrogate(t)) throw new FieldError(field, `「${FIELD_NAMES[field]}」含有无效的字符（不成对的代理项）`);
  return t;
}

function year(v: unknown, required: boolean): number | undefined {
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
    if (required) throw new FieldError("year", "缺少「年度」");
    return undefined;
  }
  const n = yearNumber(v);
  if (!(n >= YEAR_MIN && n <= YEAR_MAX)) throw new FieldError("year", `「年度」须为四位年份，如 2024；收到${show(v)}`);
  return n;
}

/** A number is a year when whole (a cell's 2024, JSON's 2024.0, exactly); text is read as typed (２０２４年, 2024年度 → 2024). */
function yearNumber(v: unknown): number {
  if (typeof v === "number") return Number.isInteger(v) ? v : NaN;
  if (v instanceof WrittenNumber) {
    const d = new Exact(v.text);
    return d.isInteger() && d.abs().lt(1e6) ? d.toNumber() : NaN;
  }
  const t = typeof v === "string" ? normalizeTyped(v).replace(/\s*年度?$/, "") : "";
  return /^\d{4}$/.test(t) ? Number(t) : NaN;
}

function money(field: LedgerField, param: ParamMeta, v: unknown): Decimal {
  const raw = jsonArg(v);
  if (raw === undefined || typeof raw === "boolean") throw new FieldError(field, `「${param.name}」须为金额（万元），收到${show(v)}`);
  try {
    return coerceArg(param, raw) as Decimal;
  } catch (e) {
    throw new FieldError(field, e instanceof PolicyInputError ? e.message : `「${param.name}」不是有效的金额`);
  }
}

const namespaceOf = (v: unknown) => text("namespace", v, false)?.normalize("NFKC").toUpperCase();

function args(v: unknown): ArgInput[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new FieldError("args", "「参数」须为数组，如 [4000, \"A类\"]");
  const out: ArgInput[] = [];
  for (const a of v) {
    const x = jsonArg(a);
    if (x === undefined) throw new FieldError("args", "参数只能是数、文字、true/false 或 null");
    out.push(x);
  }
  return out;
}

const ALLOWED: Record<Exclude<LedgerLine["kind"], "invalid">, readonly LedgerField[]> = {
  claim: ["enterprise", "project", "year", "fn", "args"],
  history: ["enterprise", "project", "year", "fn", "args", "paid"],
  exclusion: ["enterprise", "exclude", "reason", "year", "namespace"],
  contributionCap: ["enterprise", "contributionCap", "year", "namespace"],
};
/** What each kind of ledger line is called (in messages and in a row's status). */
export const KIND_NAMES = { claim: "申报", history: "已兑现", exclusion: "排除", contributionCap: "贡献封顶" } as const;

function kindOf(r: Record<string, unknown>): Exclude<LedgerLine["kind"], "invalid"> {
  const marks = (["exclude", "contributionCap", "paid"] as const).filter((k) => k in r);
  if (marks.length > 1) throw new FieldError(marks[1]!, `一行只能是一种输入：「${FIELD_NAMES[marks[0]!]}」与「${FIELD_NAMES[marks[1]!]}」不能同时给出`);
  return marks[0] === "exclude" ? "exclusion" : marks[0] === "contributionCap" ? "contributionCap" : marks[0] === "paid" ? "history" : "claim";
}

function checkFields(r: Record<string, unknown>, kind: keyof typeof ALLOWED): void {
  const allowed = ALLOWED[kind];
  for (const key of Object.keys(r)) {
    if ((allowed as readonly string[]).includes(key)) continue;
    const known = Object.prototype.hasOwnProperty.call(FIELD_NAMES, key); // not __proto__, constructor, toString
    throw new FieldError(known ? (key as LedgerField) : "enterprise",
      known ? `${KIND_NAMES[kind]}行不接受「${FIELD_NAMES[key as LedgerField]}」（"${key}"）`
        : `未知的字段「${key.slice(0, 40)}」；${KIND_NAMES[kind]}行可用：${allowed.map((f) => `"${f}"`).join("、")}`);
  }
}

function build(r: Record<string, unknown>): LedgerLine {
  const kind = kindOf(r);
  checkFields(r, kind);
  const enterprise = text("enterprise", r.enterprise, true)!;
  switch (kind) {
    case "exclusion": {
      if (r.exclude !== true) throw new FieldError("exclude", `「排除」须为 true，收到${show(r.exclude)}`);
      return { kind, enterprise, year: year(r.year, false), namespace: namespaceOf(r.namespace), reason: text("reason", r.reason, false) };
    }
    case "contributionCap":
      return { kind, enterprise, cap: money("contributionCap", CAP, r.contributionCap), year: year(r.year, false), namespace: namespaceOf(r.namespace) };
    default: {
      const base = { enterprise, project: text("project", r.project, true)!, year: year(r.year, true)!, fn: text("fn", r.fn, true)!, args: args(r.args) };
      return kind === "history" ? { kind, ...base, paid: money("paid", PAID, r.paid) } : { kind, ...base };
    }
  }
}

/** A parsed JSON value (or a record built from a row) as a ledger line. Never throws. */
export function ledgerLine(record: unknown): LedgerLine {
  if (typeof record !== "object" || record === null || Array.isArray(record) || record instanceof WrittenNumber) {
    return { kind: "invalid", error: "须为一个 JSON 对象，如 {\"enterprise\":\"甲公司\",\"project\":\"一期技改\",\"year\":2024,\"fn\":\"PINGHU.EQUIPMENT\",\"args\":[4000,\"A类\"]}" };
  }
  try {
    return build(record as Record<string, unknown>);
  } catch (e) {
    if (e instanceof FieldError) return { kind: "invalid", error: e.message, field: e.field };
    return { kind: "invalid", error: `无法读取：${(e as Error)?.message ?? String(e)}` };
  }
}
