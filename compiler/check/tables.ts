// Band tables (分档, 分段) and lookups (按, 表): types, overlaps, gaps, coverage, exhaustiveness, cliffs.
import type * as A from "../ast/ast.js";
import type { BandsIr, Ir, IrBound, LookupIr } from "./ir.js";
import { ERROR, comparable, describeType, mulTypes, sameType, type Ty } from "./types.js";
import { checkEnumValue, checkExpr, textOf, type ExprContext, type Typed } from "./expr.js";
import { literalValue } from "./literals.js";
import { firstSentenceOf, fragmentContains } from "./fragments.js";
import { isDimensionless } from "../units/units.js";
import { Exact } from "../../runtime/exact.js";
import { showValue } from "../../runtime/show.js";
import { unitTag } from "./unitTag.js";

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
    ctx.sink.report("Z0102", b.value.span, `未知的单位「${v.unknownUnit}」`);
    return "error";
  }
  ctx.literals.push(`${b.value.digits}${b.value.unit}`);
  if (!comparable(subject, v.ty)) {
    ctx.sink.report("Z0401", b.value.span, `档的界限是${describeType(v.ty)}，而分档的对象是${describeType(subject)}`, {
      hint: subject.t === "num" && !isDimensionless(subject.dims) && v.ty.t === "num" && isDimensionless(v.ty.dims)
        ? "界限要带单位，和对象一致" : undefined,
    });
    return "error";
  }
  return { value: v.value, inclusive: b.inclusive };
}

function rowSource(row: { basis?: A.StringLiteral; span: A.Node["span"] }, literals: string[], ctx: ExprContext): string {
  if (row.basis) return checkBasis(row.basis, ctx);
  return firstSentenceOf(ctx.originalText, literals);
}

const isNested = (row: A.BandRow | A.LookupRow) => !row.basis && (row.value.kind === "bands" || row.value.kind === "lookup");

export function checkBasis(basis: A.StringLiteral, ctx: ExprContext): string {
  if (!fragmentContains(ctx.originalText, basis.value)) {
    ctx.sink.report("Z0604", basis.span, `“${basis.value}”不在本条原文中`, { hint: "据“…”里的片段须逐字出现在原文中（空白不计）" });
  }
  return basis.value;
}

export function checkBands(e: A.BandTable, ctx: ExprContext): Typed {
  const subject = checkExpr(e.subject, ctx);
  if (subject.ty.t !== "num" && subject.ty.t !== "error") {
    ctx.sink.report("Z0402", e.subject.span, `分档的对象须是数，这里是${describeType(subject.ty)}`);
    return ERR;
  }
  const bands: RowBand[] = [];
  let otherRow: A.BandRow | undefined;
  const values: { row: A.BandRow; typed: Typed; source: string }[] = [];
  for (const row of e.rows) {
    const mark = ctx.literals.length;
    if (!row.band) {
      if (otherRow) ctx.sink.report("Z0505", row.span, "「其余」行只能有一行");
      otherRow = row;
    } else {
      const lower = boundValue(row.band.lower, subject.ty, ctx);
      const upper = boundValue(row.band.upper, subject.ty, ctx);
      if (lower !== "error" && upper !== "error") bands.push({ lower, upper, row });
    }
    const typed = checkExpr(row.value, ctx);
    values.push({ row, typed, source: rowSource(row, ctx.literals.slice(mark), ctx) });
  }
  bands.sort((a, b) => cmpBound(a.lower, -1, b.lower, -1));
  checkBandLayout(bands, otherRow, boundShower(subject.ty), ctx);
  const valueTy = unifyRowTypes(values.map((v) => v.typed), e.rows.map((r) => r.value), ctx);
  const resultTy = e.mode === "slices" ? slicesType(subject.ty, valueTy, e, ctx) : valueTy;
  const find = (row: A.BandRow) => values.find((v) => v.row === row)!;
  const otherwise = otherRow ? find(otherRow).typed.ir : zeroOf(valueTy, e, ctx);
  const otherwiseSource = otherRow ? find(otherRow).source : "";
  if (e.mode === "slices" && otherRow) {
    ctx.sink.report("Z0509", otherRow.span, "分段表不能有「其余」行：不满门槛时为 0，超出最高档的部分按最高档计算");
  }
  const ir: BandsIr = {
    op: "bands", mode: e.mode, acknowledged: e.acknowledged, subject: subject.ir, subjectText: textOf(ctx, e.subject.span),
    rows: bands.map((b) => ({
      lower: b.lower, upper: b.upper, value: find(b.row).typed.ir,
      label: textOf(ctx, b.row.band!.span), source: find(b.row).source, nested: isNested(b.row),
    })),
    otherwise, otherwiseSource, ty: resultTy,
  };
  return { ir, ty: resultTy };
}

function zeroOf(ty: Ty, e: A.BandTable, ctx: ExprContext): Ir {
  if (ty.t === "num" || ty.t === "error") return { op: "const", value: "0", ty };
  ctx.sink.report("Z0503", e.span, "这个分档表的值不是数，须写「其余：」行说明不在任何一档时的值");
  return { op: "const", value: "0", ty: ERROR };
}

function slicesType(subject: Ty, value: Ty, e: A.BandTable, ctx: ExprContext): Ty {
  if (value.t === "error" || subject.t === "error") return ERROR;
  const res = mulTypes(subject, value, "*");
  if (value.t !== "num" || !res.ok || !isRateOf(subject, value)) {
    ctx.sink.report("Z0508", e.span, `分段表的值须为比例或单价，这里是${describeType(value)}`, { hint: "分段计算是把每段金额乘以本段比例再相加" });
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
    if (!sameType(ty, it.ty)) {
      ctx.sink.report("Z0402", exprs[i]!.span, `表中各行的值须同一类型：${describeType(ty)}与${describeType(it.ty)}`);
    }
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
    if (c > 0 || (c === 0 && !(b.lower.inclusive && b.upper.inclusive))) {
      ctx.sink.report("Z0507", b.row.band!.span, "这一档是空的：下限不小于上限");
    }
  }
  for (let i = 0; i + 1 < bands.length; i++) {
    const a = bands[i]!, b = bands[i + 1]!;
    const c = cmpBound(a.upper, 1, b.lower, -1);
    const at = show(a.upper.value, "∞");
    if (c > 0 || (c === 0 && a.upper.inclusive && b.lower.inclusive)) {
      ctx.sink.report("Z0501", b.row.band!.span, `这一档与上一档重叠（在 ${c === 0 ? at : `${show(b.lower.value, "-∞")} 到 ${at}`} 处两档都适用）`, {
        related: [{ span: a.row.band!.span, message: "与这一档重叠" }],
        hint: c === 0 ? "同一个数只能落在一档：在其中一边写（不含），或用“不满”“超过”" : "检查两档的界限",
      });
    } else if (c < 0 || (c === 0 && !a.upper.inclusive && !b.lower.inclusive)) {
      ctx.sink.report("Z0502", b.row.band!.span, `这一档与上一档之间有缺口（${c === 0 ? `${at} 本身` : `${at} 到 ${show(b.lower.value, "-∞")}`} 不在任何一档）`, {
        related: [{ span: a.row.band!.span, message: "上一档" }],
        hint: c === 0 ? "在其中一边写（含）" : "补上缺失的一档，或调整界限",
      });
    }
  }
  const last = bands[bands.length - 1];
  if (last && last.upper.value !== undefined && !otherRow) {
    ctx.sink.report("Z0503", last.row.band!.span, `最高一档到 ${show(last.upper.value, "∞")} 为止，超出的数不在任何一档`, {
      hint: "最高一档写成“…以上”，或加一行「其余：…」写明超出时的值",
    });
  }
}

export function checkLookup(e: A.LookupTable, ctx: ExprContext): Typed {
  const subject = checkExpr(e.subject, ctx);
  return lookupRows(e.rows, subject, textOf(ctx, e.subject.span), e.span, ctx, e.subject);
}

function lookupRows(rows: readonly A.LookupRow[], subject: Typed, subjectText: string, span: A.Node["span"], ctx: ExprContext, subjectExpr?: A.Expr): Typed {
  if (subject.ty.t === "error") { rows.forEach((r) => checkExpr(r.value, ctx)); return ERR; }
  if (subject.ty.t === "bool") {
    ctx.sink.report("Z0402", span, "不能按是否值对照：请用「若…则…否则」");
    return ERR;
  }
  const numeric = subject.ty.t === "num";
  const seen = new Map<string, A.Node["span"]>();
  let other: Typed | undefined;
  let otherSource = "";
  const out: LookupIr["rows"][number][] = [];
  const typed: Typed[] = [];
  for (const row of rows) {
    const mark = ctx.literals.length;
    const keys = row.key ? lookupKeys(row.key, subject.ty, ctx) : [];
    for (const k of keys) {
      if (seen.has(k)) ctx.sink.report("Z0505", row.span, `「${k}」在表中出现了不止一次`, { related: [{ span: seen.get(k)!, message: "第一次在这里" }] });
      seen.set(k, row.span);
    }
    const v = checkExpr(row.value, ctx);
    typed.push(v);
    const words = row.key?.kind === "names" ? row.key.names.map((n) => n.text) : [];
    const source = row.basis ? checkBasis(row.basis, ctx) : firstSentenceOf(ctx.originalText, ctx.literals.slice(mark), words);
    if (!row.key) {
      other = v;
      otherSource = source;
    } else out.push({ keys, value: v.ir, source, nested: isNested(row) });
  }
  const ty = unifyRowTypes(typed, rows.map((r) => r.value), ctx);
  if (!other) checkExhaustive(subject, seen, span, ctx, subjectExpr);
  const ir: LookupIr = { op: "lookup", subject: subject.ir, subjectText, rows: out, numeric, otherwise: other?.ir, otherwiseSource: otherSource, ty };
  return { ir, ty };
}

function lookupKeys(key: A.LookupKey, subject: Ty, ctx: ExprContext): string[] {
  if (subject.t === "enum") {
    if (key.kind === "number") {
      ctx.sink.report("Z0303", key.literal.span, `对照的对象是枚举，键须是它的值（${subject.values.join("、")}）`);
      return [];
    }
    return key.names.map((n) => checkEnumValue(n, subject, ctx));
  }
  if (key.kind === "names") {
    ctx.sink.report("Z0402", key.names[0]!.span, `对照的对象是${describeType(subject)}，键须是数`);
    return [];
  }
  const v = literalValue(key.literal);
  if ("unknownUnit" in v) {
    ctx.sink.report("Z0102", key.literal.span, `未知的单位「${v.unknownUnit}」`);
    return [];
  }
  // A year is written 2024 or 2024年 (年份 is a plain number; 年 on a year key is just how years are written).
  const yearKey = key.literal.unit === "年" && subject.t === "num" && isDimensionless(subject.dims);
  if (!yearKey && !comparable(subject, v.ty)) {
    ctx.sink.report("Z0401", key.literal.span, `键是${describeType(v.ty)}，对照的对象是${describeType(subject)}`);
    return [];
  }
  return [new Exact(yearKey ? key.literal.digits : v.value).toFixed()];
}

function checkExhaustive(subject: Typed, seen: Map<string, unknown>, span: A.Node["span"], ctx: ExprContext, subjectExpr?: A.Expr): void {
  const ty = subject.ty;
  if (ty.t === "enum") {
    const missing = ty.values.filter((v) => !seen.has(v));
    if (missing.length) {
      ctx.sink.report("Z0504", span, `对照表缺少：${missing.join("、")}`, { hint: "为每个值各写一行，或加一行「其余：…」" });
    }
    return;
  }
  const isYearParam = subject.ir.op === "param" && ctx.yearParams.has(subject.ir.index);
  if (isYearParam && ctx.yearRange) {
    const missing: number[] = [];
    for (let y = ctx.yearRange[0]; y <= ctx.yearRange[1]; y++) if (!seen.has(String(y))) missing.push(y);
    if (missing.length) ctx.sink.report("Z0504", span, `按年份对照缺少有效期内的年份：${missing.join("、")}`, { hint: "为每一年各写一行，或加一行「其余：…」" });
    return;
  }
  ctx.sink.report("Z0504", subjectExpr?.span ?? span, "按数值对照须有「其余：」行，写明不在表中的数对应的值", {
    hint: "按年份参数对照时，列全有效期内的每一年即可",
  });
}

export function checkTableCall(e: Extract<A.Expr, { kind: "call" }>, ctx: ExprContext): Typed {
  const decl = ctx.resolved.tables.get(e.callee.text)!;
  if (e.args.length !== 1) {
    ctx.sink.report("Z0306", e.span, `表「${decl.name.text}」只接受一个参数，这里有 ${e.args.length} 个`);
    return ERR;
  }
  const arg = checkExpr(e.args[0]!, ctx);
  const keyEnum = ctx.resolved.enums.get(decl.keyType.text);
  if (arg.ty.t !== "error" && (arg.ty.t !== "enum" || (keyEnum && arg.ty.name !== decl.keyType.text && arg.ty.values.join() !== keyEnum.values.map((v) => v.text).join()))) {
    ctx.sink.report("Z0402", e.args[0]!.span, `表「${decl.name.text}」按枚举「${decl.keyType.text}」取值，这里是${describeType(arg.ty)}`);
    return ERR;
  }
  if (!keyEnum) return ERR;
  return lookupRows(decl.rows, arg, `${decl.name.text}（${textOf(ctx, e.args[0]!.span)}）`, decl.span, ctx);
}

