// Type-checks expressions (units of measure included) and lowers them to the checked program's Ir.
import type * as A from "../ast/ast.js";
import type { DiagnosticSink } from "../diagnostics/diagnostic.js";
import type { ResolvedClause, ResolvedFile } from "../resolve/index.js";
import { BOOL, ERROR, addTypes, comparable, describeType, mulTypes, sameType, type Ty, PLAIN_TY, RATIO_TY } from "./types.js";
import { literalValue, writtenForm } from "./literals.js";
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
  /** [first, last] year accepted by 年份 parameters, for exhaustiveness of year lookups. */
  readonly yearRange?: readonly [number, number];
  readonly yearParams: ReadonlySet<number>;
  readonly originalText: string;
  readonly sink: DiagnosticSink;
  /** Number literals met while checking the current step, for locating its 原文 fragment. */
  readonly literals: string[];
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
    ctx.sink.report("Z0102", e.span, `未知的单位「${v.unknownUnit}」`, { hint: "可用的单位见语言参考的“数与单位”一节" });
    return ERR;
  }
  ctx.literals.push(writtenForm(e));
  return { ir: { op: "const", value: v.value, ty: v.ty }, ty: v.ty };
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
  const c = checkExpr(e, ctx);
  if (c.ty.t !== "bool" && c.ty.t !== "error") {
    const capWord = e.kind === "binary" && (e.op === "cap" || e.op === "floor");
    ctx.sink.report("Z0404", e.span, `${where}须为是否值（条件），这里是${describeType(c.ty)}`, {
      hint: capWord ? "「不超过」「不低于」在表达式里表示封顶、保底（取较小、较大值），作比较请用 ≤、≥" : "用比较（≥ ≤ > < =）、是、属于、且、或 写成条件",
    });
  }
  return c.ir;
}

function checkNumeric(e: A.Expr, ctx: ExprContext, what: string): Typed {
  const x = checkExpr(e, ctx);
  if (x.ty.t !== "num" && x.ty.t !== "error") {
    ctx.sink.report("Z0402", e.span, `${what}需要一个数，这里是${describeType(x.ty)}`);
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
      ctx.sink.report("Z0306", e.span, `「向下取整」只接受一个参数，这里有 ${args.length} 个`);
      return ERR;
    }
    return { ir: { op: "floorInt", operand: args[0]!.ir, ty: args[0]!.ty }, ty: args[0]!.ty };
  }
  if (name === "取小" || name === "取大") {
    if (args.length < 2) {
      ctx.sink.report("Z0306", e.span, `「${name}」至少需要两个参数`);
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
      ctx.sink.report("Z0401", exprs[i]!.span, `${what}单位须相同：${describeType(ty)}与${describeType(it.ty)}`, {
        related: [{ span: exprs[0]!.span, message: `这一项是${describeType(ty)}` }],
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
      const l = checkNumeric(e.left, ctx, "比较"), r = checkNumeric(e.right, ctx, "比较");
      if (!comparable(l.ty, r.ty)) {
        ctx.sink.report("Z0401", e.span, `不能比较${describeType(l.ty)}与${describeType(r.ty)}：单位不同`, { hint: unitHint(l.ty, r.ty) });
      }
      return { ir: { op: "cmp", fn: e.op, left: l.ir, right: r.ir }, ty: BOOL };
    }
    case "cap": case "floor": {
      const l = checkNumeric(e.left, ctx, "封顶/保底"), r = checkNumeric(e.right, ctx, "封顶/保底");
      const ty = unifyComparable([l, r], [e.left, e.right], ctx, e.op === "cap" ? "封顶的两边" : "保底的两边");
      return { ir: { op: "minmax", fn: e.op === "cap" ? "min" : "max", args: [l.ir, r.ir], ty }, ty };
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
      const l = checkNumeric(e.left, ctx, "乘除"), r = checkNumeric(e.right, ctx, "乘除");
      const res = mulTypes(l.ty, r.ty, e.op);
      if (!res.ok) return reportArith(res, e, ctx);
      if (e.op === "*") warnWholeAmountCliff(l, r, e, ctx);
      return { ir: { op: "arith", fn: e.op === "*" ? "mul" : "div", left: l.ir, right: r.ir, text: textOf(ctx, e.right.span), ty: res.ty }, ty: res.ty };
    }
    case "perFull": {
      const l = checkNumeric(e.left, ctx, "每满"), r = checkNumeric(e.right, ctx, "每满");
      if (!comparable(l.ty, r.ty)) {
        ctx.sink.report("Z0401", e.opSpan, `「每满」两边单位须相同：${describeType(l.ty)}与${describeType(r.ty)}`);
      }
      return { ir: { op: "perFull", left: l.ir, right: r.ir, text: textOf(ctx, e.right.span), ty: PLAIN_TY }, ty: PLAIN_TY };
    }
  }
}

function unitHint(a: Ty, b: Ty): string | undefined {
  const plain = (t: Ty) => t.t === "num" && isDimensionless(t.dims) && t.kind === "plain";
  if (plain(a) && b.t === "num" && !isDimensionless(b.dims)) return `数要带单位，例如 3${describeType(b).replace("金额（万元）", "万元")}`;
  if (plain(b) && a.t === "num" && !isDimensionless(a.dims)) return `数要带单位，例如 3${describeType(a).replace("金额（万元）", "万元")}`;
  return undefined;
}

/** Marks the whole expression: the message already names both sides' types. */
function reportArith(res: Extract<ReturnType<typeof addTypes>, { ok: false }>, e: Extract<A.Expr, { kind: "binary" }>, ctx: ExprContext): Typed {
  ctx.sink.report(res.code, e.span, res.why, { hint: res.hint });
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
      ctx.sink.report("Z0506", e.span, `整额分档：在 ${showValue(new Exact(edge), tag)} 处，结果从 ${before} 跳到 ${after}`, {
        hint: "若原文是“分段计算”（超额累进），请用「分段」；确认原文就是整额分档时，把关键字写成「整额分档」",
      });
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
    ctx.sink.report("Z0402", e.subject.span, `「是」「属于」只用于枚举，这里是${describeType(s.ty)}`, { hint: "数的比较请用 ≥ ≤ > < =" });
    return { ir: { op: "bool", value: false }, ty: BOOL };
  }
  const values = e.values.map((v) => checkEnumValue(v, s.ty as Extract<Ty, { t: "enum" }>, ctx));
  return { ir: { op: "is", subject: s.ir, values, negated: e.negated }, ty: BOOL };
}

export function checkEnumValue(v: A.Name, ty: Extract<Ty, { t: "enum" }>, ctx: ExprContext): string {
  if (!ty.values.includes(v.text)) {
    ctx.sink.report("Z0303", v.span, `「${v.text}」不是${ty.name ? `枚举「${ty.name}」` : "该参数"}的值`, {
      hint: `可选的值：${ty.values.join("、")}`,
    });
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
      ctx.sink.report("Z0402", exprs[i]!.span, `「若…则…否则」各分支的类型须相同：${describeType(ty)}与${describeType(t.ty)}`, {
        related: [{ span: exprs[0]!.span, message: `这一支是${describeType(ty)}` }],
        hint: unitHint(ty, t.ty) ?? "例如两支都写成金额：若 … 则 10万元 否则 0万元",
      });
    } else if (ty.t === "error") ty = t.ty;
  });
  if (ty.t === "num" && isDimensionless(ty.dims) && all.some((t) => t.ty.t === "num" && t.ty.kind === "ratio")) ty = RATIO_TY;
  return { ir: { op: "if", branches: branches.map((b) => ({ cond: b.cond, then: b.then.ir })), otherwise: otherwise.ir, ty }, ty };
}
