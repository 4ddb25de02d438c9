// Band tables (分档, 分段) and lookups (按, 表): types, overlaps, gaps, coverage, exhaustiveness, cliffs.
// Rows carry their 据 (verified here) and an empty `source`, which the citation pass fills in.
import type * as A from "../ast/ast.js";
import type { BandRowIr, BandsIr, Ir, IrBound, LookupIr, RowSource } from "./ir.js";
import { ERROR, comparable, describeType, mulTypes, sameType, type Ty } from "./types.js";
import { checkEnumValue, checkExpr, textOf, type ExprContext, type Typed } from "./expr.js";
import { literalValue, writtenForm } from "./literals.js";
import { fragmentContains } from "../cite/fragments.js";
import { isDimensionless, unitHelp } from "../units/units.js";
import { Exact } from "../../runtime/exact.js";
import { showValue } from "../../runtime/show.js";
import { unitTag } from "./unitTag.js";
import { paramTy } from "./params.js";

const ERR: Typed = { ir: { op: "const", value: "0", ty: ERROR }, ty: ERROR };

interface RowBand {
  readonly lower: IrBound;
  readonly upper: IrBound;
  readonly row: A.BandRow;
}

/** −∞ < finite < +∞, exactly. */
function cmpBound(a: IrBound | undefined, aInf: -1 | 1, b: IrBound | undefined, bInf: -1 | 1): number {
  const av = a?.value, bv = b?.value;
  if (av === undefined && bv === undefined) return aInf - bInf;
  if (av === undefined) return aInf;
  if (bv === undefined) return -bInf;
  return new Exact(av).cmp(bv);
}

function boundValue(b: A.Bound | undefined, subject: Ty, ctx: ExprContext): IrBound | "error" {
  if (!b) return { inclusive: false };
  if (b.value.kind === "infinity") return { inclusive: false };
  const v = literalValue(b.value);
  if ("unknownUnit" in v) {
    ctx.sink.report("Z0102", b.value.span, { unit: v.unknownUnit, units: unitHelp() });
    return "error";
  }
  if (!comparable(subject, v.ty)) {
    ctx.sink.report("Z0414", b.value.span, { what: "档的界限", bound: describeType(v.ty), subject: "分档的对象", target: describeType(subject) });
    return "error";
  }
  return { value: v.value, inclusive: b.inclusive, written: writtenForm(b.value) };
}

/** A row's 据, verified against the 原文. */
export function checkBasis(basis: A.StringLiteral | undefined, ctx: ExprContext, owner = "条款"): string | undefined {
  if (!basis) return undefined;
  if (!fragmentContains(ctx.originalText, basis.value)) ctx.sink.report("Z0604", basis.span, { fragment: basis.value, owner });
  return basis.value;
}

const rowSource = (row: A.BandRow | A.LookupRow, ctx: ExprContext): RowSource => ({
  basis: checkBasis(row.basis, ctx),
  source: "",
  nested: !row.basis && (row.value.kind === "bands" || row.value.kind === "lookup"),
});

export function checkBands(e: A.BandTable, ctx: ExprContext): Typed {
  const subject = checkExpr(e.subject, ctx);
  if (subject.ty.t !== "num" && subject.ty.t !== "error") {
    ctx.sink.report("Z0402", e.subject.span, { what: "分档的对象", expected: "数", actual: describeType(subject.ty) }, { hint: "none" });
    return ERR;
  }
  return bandsOf(e.mode, e.acknowledged, e.rows, subject, textOf(ctx, e.subject.span), e.span, ctx);
}

/** The checked band table over `subject` (a 分档/分段 expression, or a band-keyed named table called with it). */
function bandsOf(
  mode: BandsIr["mode"], acknowledged: boolean, rows: readonly A.BandRow[], subject: Typed, subjectText: string, span: A.Node["span"], ctx: ExprContext,
): Typed {
  const bands: RowBand[] = [];
  let otherRow: A.BandRow | undefined;
  const values = new Map<A.BandRow, { typed: Typed; source: RowSource }>();
  for (const row of rows) {
    if (!row.band) {
      if (otherRow) ctx.sink.report("Z0513", row.span, {});
      otherRow = row;
    } else {
      const lower = boundValue(row.band.lower, subject.ty, ctx);
      const upper = boundValue(row.band.upper, subject.ty, ctx);
      if (lower !== "error" && upper !== "error") bands.push({ lower, upper, row });
    }
    values.set(row, { typed: checkExpr(row.value, ctx), source: rowSource(row, ctx) });
  }
  bands.sort((a, b) => cmpBound(a.lower, -1, b.lower, -1));
  checkBandLayout(bands, otherRow, boundShower(subject.ty), ctx);
  const valueTy = unifyRowTypes(rows.map((r) => values.get(r)!.typed), rows.map((r) => r.value), ctx);
  const resultTy = mode === "slices" ? slicesType(subject.ty, valueTy, span, ctx) : valueTy;
  const otherwise = otherRow ? values.get(otherRow)!.typed.ir : zeroOf(valueTy, span, ctx);
  if (mode === "slices" && otherRow) ctx.sink.report("Z0509", otherRow.span, {});
  const ir: BandsIr = {
    op: "bands", mode, acknowledged, subject: subject.ir, subjectText,
    rows: bands.map((b): BandRowIr => ({
      lower: b.lower, upper: b.upper, value: values.get(b.row)!.typed.ir, label: textOf(ctx, b.row.band!.span), ...values.get(b.row)!.source,
    })),
    otherwise, otherwiseSource: otherRow ? values.get(otherRow)!.source : { source: "", nested: false },
    ty: resultTy,
  };
  return { ir, ty: resultTy };
}

function zeroOf(ty: Ty, span: A.Node["span"], ctx: ExprContext): Ir {
  if (ty.t === "num" || ty.t === "error") return { op: "const", value: "0", ty };
  ctx.sink.report("Z0510", span, {});
  return { op: "const", value: "0", ty: ERROR };
}

function slicesType(subject: Ty, value: Ty, span: A.Node["span"], ctx: ExprContext): Ty {
  if (value.t === "error" || subject.t === "error") return ERROR;
  const res = mulTypes(subject, value, "*");
  if (value.t !== "num" || !res.ok || !isRateOf(subject, value)) {
    ctx.sink.report("Z0508", span, { actual: describeType(value) });
    return ERROR;
  }
  return res.ty;
}

/** A slice rate is a ratio (or plain number), or a unit price per unit of the subject (元/平方米 for 平方米). */
function isRateOf(subject: Ty, value: Extract<Ty, { t: "num" }>): boolean {
  if (isDimensionless(value.dims) || subject.t !== "num") return true;
  return Object.entries(subject.dims).every(([dim, exp]) => value.dims[dim] === -exp);
}

function unifyRowTypes(items: Typed[], exprs: readonly A.Expr[], ctx: ExprContext): Ty {
  let ty: Ty = ERROR;
  items.forEach((it, i) => {
    if (ty.t === "error") { ty = it.ty; return; }
    if (!sameType(ty, it.ty)) ctx.sink.report("Z0410", exprs[i]!.span, { left: describeType(ty), right: describeType(it.ty) });
  });
  return ty;
}

/** Band bounds in diagnostics are written with the subject's unit, as the drafter wrote them (2000万元, 5%). */
export function boundShower(subject: Ty): (value: string | undefined, infinity: string) => string {
  return (value, infinity) => (value === undefined ? infinity : showValue(new Exact(value), unitTag(subject)));
}

function checkBandLayout(bands: RowBand[], otherRow: A.BandRow | undefined, show: ReturnType<typeof boundShower>, ctx: ExprContext): void {
  for (const b of bands) {
    const c = cmpBound(b.lower, -1, b.upper, 1);
    if (c > 0 || (c === 0 && !(b.lower.inclusive && b.upper.inclusive))) ctx.sink.report("Z0507", b.row.band!.span, {});
  }
  for (let i = 0; i + 1 < bands.length; i++) {
    const a = bands[i]!, b = bands[i + 1]!;
    const c = cmpBound(a.upper, 1, b.lower, -1);
    const at = show(a.upper.value, "∞");
    if (c > 0 || (c === 0 && a.upper.inclusive && b.lower.inclusive)) {
      ctx.sink.report("Z0501", b.row.band!.span, { where: c === 0 ? `在 ${at} 处` : `在 ${show(b.lower.value, "-∞")} 到 ${at}` }, {
        related: [a.row.band!.span], hint: c === 0 ? "edge" : "default",
      });
    } else if (c < 0 || (c === 0 && !a.upper.inclusive && !b.lower.inclusive)) {
      ctx.sink.report("Z0502", b.row.band!.span, { where: c === 0 ? `${at} 本身` : `${at} 到 ${show(b.lower.value, "-∞")}` }, {
        related: [a.row.band!.span], hint: c === 0 ? "edge" : "default",
      });
    }
  }
  const last = bands[bands.length - 1];
  if (last && last.upper.value !== undefined && !otherRow) ctx.sink.report("Z0503", last.row.band!.span, { top: show(last.upper.value, "∞") });
}

export function checkLookup(e: A.LookupTable, ctx: ExprContext): Typed {
  const subject = checkExpr(e.subject, ctx);
  return lookupRows(e.rows, subject, textOf(ctx, e.subject.span), e.span, ctx, e.subject);
}

function lookupRows(rows: readonly A.LookupRow[], subject: Typed, subjectText: string, span: A.Node["span"], ctx: ExprContext, subjectExpr?: A.Expr): Typed {
  if (subject.ty.t === "error") { rows.forEach((r) => checkExpr(r.value, ctx)); return ERR; }
  if (subject.ty.t === "bool") {
    ctx.sink.report("Z0402", span, { what: "按…对照的对象", expected: "枚举、年份或数", actual: "是否" }, { hint: "lookupBool" });
    return ERR;
  }
  const numeric = subject.ty.t === "num";
  const seen = new Map<string, A.Node["span"]>();
  let other: { typed: Typed; source: RowSource } | undefined;
  const out: LookupIr["rows"][number][] = [];
  const typed: Typed[] = [];
  for (const row of rows) {
    const keys = row.key ? lookupKeys(row.key, subject.ty, ctx) : [];
    for (const k of keys) {
      if (seen.has(k)) ctx.sink.report("Z0505", row.span, { key: k }, { related: [seen.get(k)!] });
      seen.set(k, row.span);
    }
    const v = checkExpr(row.value, ctx);
    typed.push(v);
    const source = rowSource(row, ctx);
    if (!row.key) {
      if (other) ctx.sink.report("Z0513", row.span, {});
      other = { typed: v, source };
    } else out.push({ keys, value: v.ir, ...source });
  }
  const ty = unifyRowTypes(typed, rows.map((r) => r.value), ctx);
  if (!other) checkExhaustive(subject, seen, span, ctx, subjectExpr);
  const ir: LookupIr = {
    op: "lookup", subject: subject.ir, subjectText, rows: out, numeric, otherwise: other?.typed.ir,
    otherwiseSource: other?.source ?? { source: "", nested: false }, ty,
  };
  return { ir, ty };
}

function lookupKeys(key: A.LookupKey, subject: Ty, ctx: ExprContext): string[] {
  if (subject.t === "enum") {
    if (key.kind === "number") {
      ctx.sink.report("Z0303", key.literal.span, { value: writtenForm(key.literal), owner: `枚举「${subject.name}」`, values: subject.values.join("、") });
      return [];
    }
    return key.names.map((n) => checkEnumValue(n, subject, ctx));
  }
  if (key.kind === "names") {
    ctx.sink.report("Z0402", key.names[0]!.span, { what: "对照表的键", expected: "数", actual: "名称" }, { hint: "none" });
    return [];
  }
  const v = literalValue(key.literal);
  if ("unknownUnit" in v) {
    ctx.sink.report("Z0102", key.literal.span, { unit: v.unknownUnit, units: unitHelp() });
    return [];
  }
  // A year is written 2024 or 2024年 (年份 is a plain number; 年 on a year key is just how years are written).
  const yearKey = key.literal.unit === "年" && subject.t === "num" && isDimensionless(subject.dims);
  if (!yearKey && !comparable(subject, v.ty)) {
    ctx.sink.report("Z0414", key.literal.span, { what: "键", bound: describeType(v.ty), subject: "对照的对象", target: describeType(subject) });
    return [];
  }
  return [new Exact(yearKey ? key.literal.digits : v.value).toFixed()];
}

function checkExhaustive(subject: Typed, seen: Map<string, unknown>, span: A.Node["span"], ctx: ExprContext, subjectExpr?: A.Expr): void {
  const ty = subject.ty;
  if (ty.t === "enum") {
    const missing = ty.values.filter((v) => !seen.has(v));
    if (missing.length) ctx.sink.report("Z0504", span, { missing: missing.join("、") });
    return;
  }
  const years = subject.ir.op === "param" ? ctx.yearRanges.get(subject.ir.index) : undefined;
  if (years && years !== "open") {
    const missing: number[] = [];
    for (let y = years[0]; y <= years[1]; y++) if (!seen.has(String(y))) missing.push(y);
    if (missing.length) {
      const param = subject.ir.op === "param" ? ctx.paramNames[subject.ir.index] ?? "" : "";
      ctx.sink.report("Z0511", span, { param, from: years[0], to: years[1], missing: missing.join("、") });
    }
    return;
  }
  ctx.sink.report("Z0512", subjectExpr?.span ?? span, {});
}

/** `表名（参数）`: a named table, keyed by an enum (a lookup) or by bands of an amount (read whole, as 分档). */
export function checkTableCall(e: Extract<A.Expr, { kind: "call" }>, ctx: ExprContext): Typed {
  const decl = ctx.resolved.tables.get(e.callee.text)!;
  if (e.args.length !== 1) {
    ctx.sink.report("Z0306", e.span, { name: decl.name.text, expected: 1, count: e.args.length });
    return ERR;
  }
  const arg = checkExpr(e.args[0]!, ctx);
  const key = ctx.resolved.tableKeys.get(decl.name.text);
  if (!key) return ERR;
  const keyTy = paramTy(key, decl.keyType.text);
  const argText = `${decl.name.text}（${textOf(ctx, e.args[0]!.span)}）`;
  const fits = arg.ty.t === "error" || (keyTy.t === "enum"
    ? arg.ty.t === "enum" && (arg.ty.name === keyTy.name || arg.ty.values.join() === keyTy.values.join())
    : comparable(keyTy, arg.ty));
  if (!fits) {
    ctx.sink.report("Z0402", e.args[0]!.span, { what: `表「${decl.name.text}」的键`, expected: describeType(keyTy), actual: describeType(arg.ty) }, { hint: "none" });
    return ERR;
  }
  const banded = keyTy.t !== "enum";
  for (const r of decl.rows) {
    if ((r.kind === "banded") !== banded && (r.kind === "banded" || r.row.key)) {
      ctx.sink.report("Z0514", r.row.span, { name: decl.name.text, key: describeType(keyTy), expected: banded ? "一档（如 1000万元（含）到2000万元）" : "枚举值" });
    }
  }
  if (banded) {
    const rows = decl.rows.flatMap((r) => (r.kind === "banded" ? [r.row] : !r.row.key ? [{ value: r.row.value, basis: r.row.basis, span: r.row.span }] : []));
    return bandsOf("whole", true, rows, arg, argText, decl.span, ctx);
  }
  const rows = decl.rows.flatMap((r) => (r.kind === "keyed" ? [r.row] : []));
  return lookupRows(rows, arg, argText, decl.span, ctx);
}
