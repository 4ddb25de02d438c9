// Type-checks expressions (units of measure included) and lowers them to the checked program's Ir.
import type * as A from "../ast/ast.js";
import type { DiagnosticSink } from "../diagnostics/diagnostic.js";
import type { ResolvedClause, ResolvedFile } from "../resolve/index.js";
import { BOOL, ERROR, addTypes, comparable, describeType, isMoney, mulTypes, sameType, type Ty, PLAIN_TY, RATIO_TY } from "./types.js";
import { literalValue, writtenForm } from "./literals.js";
import { unitHelp } from "../units/units.js";
import { checkBands, checkLookup, checkTableCall } from "./tables.js";
import { isDimensionless } from "../units/units.js";
import { Exact } from "../../runtime/exact.js";
import { showValue } from "../../runtime/show.js";
import { unitTag } from "./unitTag.js";
import { tyOf, type Ir } from "./ir.js";

export interface ExprContext {
  readonly src: string;
  readonly resolved: ResolvedFile;
  readonly clause: ResolvedClause;
  readonly paramTys: readonly Ty[];
  readonly localTys: Ty[];
  readonly localIrs: Ir[];
  /**
   * The years each 年份 parameter accepts (by parameter index): its 范围, else the validity period; "open" when
   * unbounded. Year lookups must cover them all.
   */
  readonly yearRanges: ReadonlyMap<number, readonly [number, number] | "open">;
  readonly paramNames: readonly string[];
  readonly originalText: string;
  readonly sink: DiagnosticSink;
}

export interface Typed {
  readonly ir: Ir;
  readonly ty: Ty;
}

const ERR: Typed = { ir: { op: "const", value: "0", ty: ERROR }, ty: ERROR };
export const textOf = (ctx: ExprContext, span: A.Node["span"]): string => ctx.src.slice(span.start, span.end).replace(/\s+/g, " ").trim();

export function checkExpr(e: A.Expr, ctx: ExprContext): Typed {
  switch (e.kind) {
    case "missing": return ERR;
    case "number": return checkNumber(e, ctx);
    case "bool": return { ir: { op: "bool", value: e.value }, ty: BOOL };
    case "ref": return checkRef(e, ctx);
    case "call": return checkCall(e, ctx);
    case "unary": return e.op === "not" ? checkNot(e, ctx) : checkNeg(e, ctx);
    case "halve": {
      const x = checkNumeric(e.operand, ctx, "减半");
      return { ir: { op: "halve", operand: x.ir, ty: x.ty }, ty: x.ty };
    }
    case "binary": return checkBinary(e, ctx);
    case "is": return checkIs(e, ctx);
    case "if": return checkIf(e, ctx);
    case "bands": return checkBands(e, ctx);
    case "lookup": return checkLookup(e, ctx);
  }
}

function checkNumber(e: A.NumberLiteral, ctx: ExprContext): Typed {
  const v = literalValue(e);
  if ("unknownUnit" in v) {
    ctx.sink.report("Z0102", e.span, { unit: v.unknownUnit, units: unitHelp() });
    return ERR;
  }
  return { ir: { op: "const", value: v.value, ty: v.ty, written: writtenForm(e) }, ty: v.ty };
}

function checkRef(e: Extract<A.Expr, { kind: "ref" }>, ctx: ExprContext): Typed {
  const sym = ctx.clause.refs.get(e.name);
  if (!sym) return ERR;
  if (sym.kind === "param") {
    const ty = ctx.paramTys[sym.index] ?? ERROR;
    return { ir: { op: "param", index: sym.index, ty }, ty };
  }
  const ty = ctx.localTys[sym.index] ?? ERROR;
  return { ir: { op: "local", index: sym.index, ty }, ty };
}

export function checkCondition(e: A.Expr, ctx: ExprContext, where: string): Ir {
  if (e.kind === "binary" && (e.op === "cap" || e.op === "floor")) {
    // 「不超过」 written as a comparison: 封顶 in an expression, never a condition. What its sides would be as
    // operands of 封顶 is beside the point, so they are not checked (their names were resolved already).
    reportCapAsComparison(e, ctx);
    return { op: "bool", value: false };
  }
  const c = checkExpr(e, ctx);
  if (c.ty.t !== "bool" && c.ty.t !== "error") ctx.sink.report("Z0404", e.span, { where, actual: describeType(c.ty) });
  return c.ir;
}

function reportCapAsComparison(e: Extract<A.Expr, { kind: "binary" }>, ctx: ExprContext): void {
  const cap = e.op === "cap";
  ctx.sink.report("Z0413", e.opSpan, { word: textOf(ctx, e.opSpan), meaning: cap ? "封顶（取两者中较小的值）" : "保底（取两者中较大的值）", compare: cap ? "≤" : "≥" });
}

function checkNumeric(e: A.Expr, ctx: ExprContext, what: string): Typed {
  const x = checkExpr(e, ctx);
  if (x.ty.t !== "num" && x.ty.t !== "error") {
    ctx.sink.report("Z0402", e.span, { what, expected: "数", actual: describeType(x.ty) }, { hint: "none" });
    return ERR;
  }
  return x;
}

function checkNot(e: Extract<A.Expr, { kind: "unary" }>, ctx: ExprContext): Typed {
  return { ir: { op: "not", operand: checkCondition(e.operand, ctx, "「非」的对象") }, ty: BOOL };
}

function checkNeg(e: Extract<A.Expr, { kind: "unary" }>, ctx: ExprContext): Typed {
  const x = checkNumeric(e.operand, ctx, "取负");
  return { ir: { op: "neg", operand: x.ir, ty: x.ty }, ty: x.ty };
}

function checkCall(e: Extract<A.Expr, { kind: "call" }>, ctx: ExprContext): Typed {
  const name = e.callee.text;
  if (ctx.resolved.tables.has(name)) return checkTableCall(e, ctx);
  const args = e.args.map((a) => checkNumeric(a, ctx, name));
  if (name === "向下取整") {
    if (args.length !== 1) {
      ctx.sink.report("Z0306", e.span, { name, expected: 1, count: args.length });
      return ERR;
    }
    return { ir: { op: "floorInt", operand: args[0]!.ir, ty: args[0]!.ty }, ty: args[0]!.ty };
  }
  if (name === "取小" || name === "取大") {
    if (args.length < 2) {
      ctx.sink.report("Z0306", e.span, { name, expected: "至少 2", count: args.length });
      return ERR;
    }
    const ty = unifyComparable(args, e.args, ctx, `「${name}」的各项`);
    return { ir: { op: "minmax", fn: name === "取小" ? "min" : "max", args: args.map((a) => a.ir), ty }, ty };
  }
  return ERR; // unknown function: reported by resolve
}

/** The common type of values that must be comparable (min/max, caps, branches); reports the first misfit. */
function unifyComparable(items: readonly Typed[], exprs: readonly A.Expr[], ctx: ExprContext, what: string): Ty {
  let ty: Ty = items[0]?.ty ?? ERROR;
  items.forEach((it, i) => {
    if (i === 0 || ty.t === "error") return;
    if (!comparable(ty, it.ty)) {
      const hint = plainUnitHint(ty, it.ty);
      ctx.sink.report("Z0409", exprs[i]!.span, { what, left: describeType(ty), right: describeType(it.ty), unit: hint ?? "" }, {
        related: [exprs[0]!.span], hint: hint ? "plain" : "none",
      });
    } else if (ty.t === "num" && it.ty.t === "num" && isDimensionless(ty.dims) && it.ty.kind === "ratio") ty = RATIO_TY;
  });
  return ty;
}

function checkBinary(e: Extract<A.Expr, { kind: "binary" }>, ctx: ExprContext): Typed {
  switch (e.op) {
    case "and": case "or": {
      const left = checkCondition(e.left, ctx, `「${e.op === "and" ? "且" : "或"}」的左边`);
      const right = checkCondition(e.right, ctx, `「${e.op === "and" ? "且" : "或"}」的右边`);
      return { ir: { op: "logic", fn: e.op, left, right }, ty: BOOL };
    }
    case ">=": case "<=": case ">": case "<": case "=": case "!=": {
      const l = checkNumeric(e.left, ctx, "比较的左边"), r = checkNumeric(e.right, ctx, "比较的右边");
      if (!comparable(l.ty, r.ty)) {
        const hint = plainUnitHint(l.ty, r.ty);
        ctx.sink.report("Z0408", e.span, { left: describeType(l.ty), right: describeType(r.ty), unit: hint ?? "" }, { hint: hint ? "plain" : "none" });
      }
      return { ir: { op: "cmp", fn: e.op, left: l.ir, right: r.ir }, ty: BOOL };
    }
    case "cap": case "floor": {
      const mark = ctx.sink.items.length;
      const lt = checkExpr(e.left, ctx), rt = checkExpr(e.right, ctx);
      if (lt.ty.t === "bool" || rt.ty.t === "bool") {
        // `若 甲 且 投资额 不超过 100万元` reads as (甲 且 投资额) 封顶 100万元: whatever its sides reported follows
        // from that misreading, so only the misreading is reported.
        ctx.sink.items.length = mark;
        reportCapAsComparison(e, ctx);
        return ERR;
      }
      const l = numericOr(lt, e.left, ctx, "封顶、保底的两边"), r = numericOr(rt, e.right, ctx, "封顶、保底的两边");
      const ty = unifyComparable([l, r], [e.left, e.right], ctx, e.op === "cap" ? "封顶的两边" : "保底的两边");
      return { ir: { op: "minmax", fn: e.op === "cap" ? "min" : "max", args: [l.ir, r.ir], ty, form: e.op }, ty };
    }
    case "deduct": {
      const l = checkNumeric(e.left, ctx, "扣除"), r = checkNumeric(e.right, ctx, "扣除");
      const res = addTypes(l.ty, r.ty, "-");
      if (!res.ok) return reportArith(res, e, ctx);
      return { ir: { op: "deduct", left: l.ir, right: r.ir, ty: res.ty }, ty: res.ty };
    }
    case "+": case "-": {
      const l = checkNumeric(e.left, ctx, "加减"), r = checkNumeric(e.right, ctx, "加减");
      const res = addTypes(l.ty, r.ty, e.op);
      if (!res.ok) return reportArith(res, e, ctx);
      return { ir: { op: "arith", fn: e.op === "+" ? "add" : "sub", left: l.ir, right: r.ir, text: textOf(ctx, e.span), ty: res.ty }, ty: res.ty };
    }
    case "*": case "/": {
      const l = checkNumeric(e.left, ctx, "乘除的左边"), r = checkNumeric(e.right, ctx, "乘除的右边");
      const res = mulTypes(l.ty, r.ty, e.op);
      if (!res.ok) return reportArith(res, e, ctx);
      if (e.op === "*") {
        warnWholeAmountCliff(l, r, e, ctx);
        warnBareFactor(e, l.ty, r.ty, ctx);
      } else if (isZeroConst(r.ir)) ctx.sink.report("Z0407", e.right.span, { what: "除数" });
      return { ir: { op: "arith", fn: e.op === "*" ? "mul" : "div", left: l.ir, right: r.ir, text: textOf(ctx, e.right.span), ty: res.ty }, ty: res.ty };
    }
    case "perFull": {
      const l = checkNumeric(e.left, ctx, "「每满」的左边"), r = checkNumeric(e.right, ctx, "「每满」的步长");
      if (!comparable(l.ty, r.ty)) {
        ctx.sink.report("Z0409", e.opSpan, { what: "「每满」的两边", left: describeType(l.ty), right: describeType(r.ty), unit: "" }, { hint: "none" });
      } else if (isZeroConst(r.ir)) ctx.sink.report("Z0407", e.right.span, { what: "「每满」的步长" });
      return { ir: { op: "perFull", left: l.ir, right: r.ir, text: textOf(ctx, e.right.span), ty: PLAIN_TY }, ty: PLAIN_TY };
    }
  }
}

const isZeroConst = (ir: Ir) => ir.op === "const" && new Exact(ir.value).isZero();

/** A checked operand that must be a number; a non-number (already typed) is reported once. */
function numericOr(x: Typed, e: A.Expr, ctx: ExprContext, what: string): Typed {
  if (x.ty.t === "num" || x.ty.t === "error") return x;
  ctx.sink.report("Z0402", e.span, { what, expected: "数", actual: describeType(x.ty) }, { hint: "none" });
  return ERR;
}

/** 投资额 × 30 where the 原文 says 30%: a bare number multiplying money is almost always a forgotten %. */
function warnBareFactor(e: Extract<A.Expr, { kind: "binary" }>, l: Ty, r: Ty, ctx: ExprContext): void {
  for (const [side, other] of [[e.left, r], [e.right, l]] as const) {
    if (side.kind === "number" && side.unit === "" && isMoney(other)) {
      ctx.sink.report("Z0804", side.span, { number: `${side.negative ? "-" : ""}${side.digits}` });
    }
  }
}

/** “数要带单位，例如 3万元”: when one side is a plain number and the other has a unit, the unit to suggest. */
function plainUnitHint(a: Ty, b: Ty): string | undefined {
  const plain = (t: Ty) => t.t === "num" && isDimensionless(t.dims) && t.kind === "plain";
  const unitOf = (t: Ty) => describeType(t).replace("金额（万元）", "万元");
  if (plain(a) && b.t === "num" && !isDimensionless(b.dims)) return unitOf(b);
  if (plain(b) && a.t === "num" && !isDimensionless(a.dims)) return unitOf(a);
  return undefined;
}

/** Marks the whole expression: the message already names both sides' types. */
function reportArith(res: Extract<ReturnType<typeof addTypes>, { ok: false }>, e: Extract<A.Expr, { kind: "binary" }>, ctx: ExprContext): Typed {
  const op = e.op === "+" ? "相加" : e.op === "-" || e.op === "deduct" ? "相减" : "相乘除";
  if (res.code === "Z0401") {
    const hint = res.hint === "ratio" ? "ratio" : plainUnitHint(res.left, res.right) ? "plain" : "none";
    ctx.sink.report("Z0401", e.span, { left: describeType(res.left), right: describeType(res.right), op, unit: plainUnitHint(res.left, res.right) ?? "" }, { hint });
  } else if (res.code === "Z0403") {
    ctx.sink.report("Z0403", e.span, { other: describeType(res.other), op });
  } else ctx.sink.report("Z0412", e.span, {});
  return ERR;
}

/** x × 分档(x) with rates: the whole amount jumps at each band edge. Warn with the size of the jump. */
function warnWholeAmountCliff(l: Typed, r: Typed, e: Extract<A.Expr, { kind: "binary" }>, ctx: ExprContext): void {
  const bandsOf = (t: Typed) => (t.ir.op === "bands" ? t.ir : t.ir.op === "local" ? ctx.localIrs[t.ir.index] : undefined);
  const pairs: [Typed, Typed][] = [[l, r], [r, l]];
  for (const [tableSide, amountSide] of pairs) {
    const table = bandsOf(tableSide);
    if (!table || table.op !== "bands" || table.mode !== "whole"|| table.acknowledged) continue;
    if (!sameRef(table.subject, amountSide.ir)) continue;
    for (let i = 0; i + 1 < table.rows.length; i++) {
      const a = table.rows[i]!, b = table.rows[i + 1]!;
      if (a.value.op !== "const" || b.value.op !== "const" || a.upper.value === undefined) continue;
      if (a.value.value === b.value.value) continue;
      const edge = a.upper.value, tag = unitTag(tyOf(table.subject)), resultTag = unitTag(mulTypeOf(l, r));
      const before = showValue(mul(edge, a.value.value), resultTag), after = showValue(mul(edge, b.value.value), resultTag);
      ctx.sink.report("Z0506", e.span, { edge: showValue(new Exact(edge), tag), before, after });
      return;
    }
  }
}

const mul = (a: string, b: string) => new Exact(a).times(b);
const mulTypeOf = (l: Typed, r: Typed): Ty => {
  const res = mulTypes(l.ty, r.ty, "*");
  return res.ok ? res.ty : ERROR;
};

function sameRef(a: Ir, b: Ir): boolean {
  return (a.op === "param" && b.op === "param" && a.index === b.index) || (a.op === "local" && b.op === "local" && a.index === b.index);
}

function checkIs(e: Extract<A.Expr, { kind: "is" }>, ctx: ExprContext): Typed {
  const s = checkExpr(e.subject, ctx);
  if (s.ty.t === "error") return { ir: { op: "bool", value: false }, ty: BOOL };
  if (s.ty.t !== "enum") {
    ctx.sink.report("Z0402", e.subject.span, { what: "「是」「属于」的对象", expected: "枚举", actual: describeType(s.ty) }, { hint: "isEnum" });
    return { ir: { op: "bool", value: false }, ty: BOOL };
  }
  const values = e.values.map((v) => checkEnumValue(v, s.ty as Extract<Ty, { t: "enum" }>, ctx));
  return { ir: { op: "is", subject: s.ir, values, negated: e.negated }, ty: BOOL };
}

export function checkEnumValue(v: A.Name, ty: Extract<Ty, { t: "enum" }>, ctx: ExprContext): string {
  if (!ty.values.includes(v.text)) {
    ctx.sink.report("Z0303", v.span, { value: v.text, owner: ty.name ? `枚举「${ty.name}」` : "该参数", values: ty.values.join("、") });
  }
  return v.text;
}

function checkIf(e: Extract<A.Expr, { kind: "if" }>, ctx: ExprContext): Typed {
  const branches = e.branches.map((b) => ({ cond: checkCondition(b.cond, ctx, "「若」的条件"), then: checkExpr(b.then, ctx) }));
  const otherwise = checkExpr(e.otherwise, ctx);
  const all = [...branches.map((b) => b.then), otherwise];
  const exprs = [...e.branches.map((b) => b.then), e.otherwise];
  let ty = all[0]!.ty;
  all.forEach((t, i) => {
    if (i === 0) return;
    if (!sameType(ty, t.ty)) {
      const unit = plainUnitHint(ty, t.ty);
      ctx.sink.report("Z0411", exprs[i]!.span, { left: describeType(ty), right: describeType(t.ty), unit: unit ?? "" }, {
        related: [exprs[0]!.span], hint: unit ? "plain" : "default",
      });
    } else if (ty.t === "error") ty = t.ty;
  });
  if (ty.t === "num" && isDimensionless(ty.dims) && all.some((t) => t.ty.t === "num" && t.ty.kind === "ratio")) ty = RATIO_TY;
  const condTexts = e.branches.map((b) => textOf(ctx, b.cond.span));
  return { ir: { op: "if", branches: branches.map((b, i) => ({ cond: b.cond, then: b.then.ir, condText: condTexts[i]! })), otherwise: otherwise.ir, ty }, ty };
}
