// CST → AST for expressions, tables and bands. Every child may be absent after recovery: an absent operand is a
// `missing` expression (already reported by the parser), an absent band drops its row.
import type { IToken } from "chevrotain";
import type * as A from "../ast/ast.js";
import type * as C from "./cst.js";
import * as T from "../lex/tokens.js";
import { BuildContext, first, isReal } from "./buildSupport.js";
import { COMPARISONS } from "./grammar.js";

const COMPARISON_OPS = new Map<string, A.BinaryOp>(
  COMPARISONS.map((t, i) => [t.name, ([">=", "<=", ">", "<", "=", "!="] as const)[i]!]),
);

export class ExprBuilder {
  constructor(readonly cx: BuildContext) {}

  missing(): A.Expr {
    return { kind: "missing", span: this.cx.here() };
  }

  expr(node: C.ExprCstNode | undefined): A.Expr {
    const c = node?.children;
    if (c?.ifExpr?.[0]) return this.ifExpr(c.ifExpr[0]);
    if (c?.capExpr?.[0]) return this.capExpr(c.capExpr[0]);
    return this.missing();
  }

  private ifExpr(node: C.IfExprCstNode): A.Expr {
    const c = node.children;
    const kw = this.cx.spanOr(first(c.KwIf));
    const conditions = c.conditions ?? [], thens = c.branches ?? [];
    const branches: { cond: A.Expr; then: A.Expr }[] = [];
    for (let i = 0; i < Math.max(1, conditions.length); i++) branches.push({ cond: this.expr(conditions[i]), then: this.expr(thens[i]) });
    const otherwise = this.expr(c.otherwise?.[0]);
    return { kind: "if", branches, otherwise, span: this.cx.join(kw, otherwise.span) };
  }

  /** `x 封顶 a 减半 扣除 b`: postfix operators in the order written (the CST keeps them in two lists). */
  private capExpr(node: C.CapExprCstNode): A.Expr {
    const c = node.children;
    let left = this.orExpr(c.orExpr?.[0]);
    type Tail = { at: number; kind: "cap"; tail: C.CapTailCstNode } | { at: number; kind: "halve"; halve: IToken };
    const tails: Tail[] = [
      ...(c.capTail ?? []).map((tail): Tail => ({ at: opOf(tail)?.startOffset ?? Infinity, kind: "cap", tail })),
      ...(c.KwHalve ?? []).filter(isReal).map((halve): Tail => ({ at: halve.startOffset, kind: "halve", halve })),
    ].sort((a, b) => a.at - b.at);
    for (const t of tails) {
      if (t.kind === "halve") {
        left = { kind: "halve", operand: left, span: this.cx.join(left.span, this.cx.tokenSpan(t.halve)) };
        continue;
      }
      const op = opOf(t.tail);
      const right = this.orExpr(t.tail.children.orExpr?.[0]);
      const kind: A.BinaryOp = op?.tokenType === T.KwFloor ? "floor" : op?.tokenType === T.KwDeduct ? "deduct" : "cap";
      left = { kind: "binary", op: kind, left, right, span: this.cx.join(left.span, right.span), opSpan: this.cx.spanOr(op) };
    }
    return left;
  }

  private orExpr(node: C.OrExprCstNode | undefined): A.Expr {
    const c = node?.children;
    return this.fold((c?.andExpr ?? []).map((n) => this.andExpr(n)), c?.KwOr, () => "or");
  }

  private andExpr(node: C.AndExprCstNode): A.Expr {
    const c = node.children;
    return this.fold((c.notExpr ?? []).map((n) => this.notExpr(n)), c.KwAnd, () => "and");
  }

  /** Left-associative chain of operands and the operators between them. */
  private fold(operands: A.Expr[], ops: readonly IToken[] | undefined, opOf: (t: IToken) => A.BinaryOp): A.Expr {
    let left = operands[0] ?? this.missing();
    (ops ?? []).forEach((op, i) => {
      const right = operands[i + 1] ?? this.missing();
      left = { kind: "binary", op: opOf(op), left, right, span: this.cx.join(left.span, right.span), opSpan: this.cx.spanOr(op) };
    });
    return left;
  }

  private notExpr(node: C.NotExprCstNode): A.Expr {
    const c = node.children;
    let e = this.cmpExpr(c.cmpExpr?.[0]);
    for (const kw of [...(c.KwNot ?? [])].reverse()) {
      e = { kind: "unary", op: "not", operand: e, span: this.cx.join(this.cx.spanOr(kw), e.span) };
    }
    return e;
  }

  private cmpExpr(node: C.CmpExprCstNode | undefined): A.Expr {
    const c = node?.children;
    const left = this.addExpr(c?.addExpr?.[0]);
    const cmp = c?.comparison?.[0];
    if (cmp) {
      const right = this.addExpr(c?.addExpr?.[1]);
      return { kind: "binary", op: COMPARISON_OPS.get(cmp.tokenType.name) ?? "=", left, right, span: this.cx.join(left.span, right.span), opSpan: this.cx.spanOr(cmp) };
    }
    const is = c?.isWord?.[0];
    if (is) {
      const values = this.names(c?.nameList?.[0]);
      const last = values[values.length - 1];
      return { kind: "is", subject: left, values, negated: is.tokenType === T.KwIsNot, span: this.cx.join(left.span, last?.span ?? this.cx.spanOr(is)) };
    }
    return left;
  }

  addExpr(node: C.AddExprCstNode | undefined): A.Expr {
    const c = node?.children;
    return this.fold((c?.mulExpr ?? []).map((n) => this.mulExpr(n)), c?.operators, (t) => (t.tokenType === T.Plus ? "+" : "-"));
  }

  private mulExpr(node: C.MulExprCstNode): A.Expr {
    const c = node.children;
    return this.fold((c.unaryExpr ?? []).map((n) => this.unaryExpr(n)), c.operators,
      (t) => (t.tokenType === T.Times ? "*" : t.tokenType === T.Divide ? "/" : "perFull"));
  }

  private unaryExpr(node: C.UnaryExprCstNode): A.Expr {
    const c = node.children;
    let e = this.primary(c.primary?.[0]);
    for (const m of [...(c.Minus ?? [])].reverse()) {
      e = { kind: "unary", op: "neg", operand: e, span: this.cx.join(this.cx.spanOr(m), e.span) };
    }
    return e;
  }

  private primary(node: C.PrimaryCstNode | undefined): A.Expr {
    const c = node?.children;
    if (!c) return this.missing();
    const number = this.cx.numberOf(first(c.NumberLit));
    if (number) return number;
    if (first(c.KwIs)) return { kind: "bool", value: true, span: this.cx.spanOr(first(c.KwIs)) };
    if (first(c.KwNo)) return { kind: "bool", value: false, span: this.cx.spanOr(first(c.KwNo)) };
    const omitted = c.Omitted?.[0];
    if (omitted) return { kind: "missing", span: { file: this.cx.file, start: omitted.startOffset, end: omitted.startOffset } };
    if (c.parenthesized?.[0]) {
      const p = c.parenthesized[0].children;
      const inner = this.expr(p.expr?.[0]);
      return { ...inner, span: this.cx.join(this.cx.spanOr(first(p.LParen)), inner.span, isReal(p.RParen?.[0]) ? this.cx.tokenSpan(p.RParen[0]) : undefined) };
    }
    if (c.refOrCall?.[0]) return this.refOrCall(c.refOrCall[0]);
    if (c.bandTable?.[0]) return this.bandTable(c.bandTable[0]);
    if (c.lookupTable?.[0]) return this.lookupTable(c.lookupTable[0]);
    return this.missing();
  }

  private refOrCall(node: C.RefOrCallCstNode): A.Expr {
    const c = node.children;
    const name = this.name(c.name?.[0]);
    if (!c.LParen?.length) return { kind: "ref", name, span: name.span };
    const args = (c.args ?? []).map((a) => this.expr(a));
    const close = isReal(c.RParen?.[0]) ? this.cx.tokenSpan(c.RParen[0]) : undefined;
    return { kind: "call", callee: name, args, span: this.cx.join(name.span, ...args.map((a) => a.span), close) };
  }

  // ── names ──────────────────────────────────────────────────────────────────────────────────────────────────
  name(node: C.NameCstNode | undefined): A.Name {
    const c = node?.children;
    return this.cx.nameOf(first(c?.Identifier) ?? first(c?.QuotedName));
  }

  names(node: C.NameListCstNode | undefined): A.Name[] {
    return (node?.children.name ?? []).map((n) => this.name(n)).filter((n) => n.text !== "");
  }

  basis(node: C.BasisCstNode | undefined): A.StringLiteral | undefined {
    return this.cx.stringOf(first(node?.children.StringLit));
  }

  // ── tables ─────────────────────────────────────────────────────────────────────────────────────────────────
  private bandTable(node: C.BandTableCstNode): A.Expr {
    const c = node.children;
    const head = first(c.head);
    const subject = this.addExpr(c.addExpr?.[0]);
    const basis = this.basis(c.basis?.[0]);
    const rows = (c.bandRow ?? []).flatMap((r) => this.bandRow(r));
    return {
      kind: "bands",
      mode: head?.tokenType === T.KwSlices ? "slices" : "whole",
      acknowledged: head?.tokenType === T.KwWholeBands,
      subject, rows, basis, span: this.cx.join(this.cx.spanOr(head), subject.span, ...rows.map((r) => r.span)),
    };
  }

  /** A band row, or nothing when its band did not parse (reported): dropping it beats reading it as 其余. */
  bandRow(node: C.BandRowCstNode | C.TableRowCstNode): A.BandRow[] {
    const c = node.children;
    const other = first(c.KwOther);
    const band = c.band?.[0] ? this.band(c.band[0]) : undefined;
    if (!band && !other) return [];
    const value = this.expr(c.expr?.[0]);
    const basis = this.basis(c.basis?.[0]);
    return [{ band, value, basis, span: this.cx.join(band?.span ?? this.cx.spanOr(other), value.span) }];
  }

  private lookupTable(node: C.LookupTableCstNode): A.Expr {
    const c = node.children;
    const kw = this.cx.spanOr(first(c.KwLookup));
    const subject = this.addExpr(c.addExpr?.[0]);
    const basis = this.basis(c.basis?.[0]);
    const rows = (c.lookupRow ?? []).flatMap((r) => this.lookupRow(r));
    return { kind: "lookup", subject, rows, basis, span: this.cx.join(kw, subject.span, ...rows.map((r) => r.span)) };
  }

  /** A lookup row, or nothing when its key did not parse (reported). */
  lookupRow(node: C.LookupRowCstNode | C.TableRowCstNode): A.LookupRow[] {
    const c = node.children;
    const other = first(c.KwOther);
    const key = c.lookupKey?.[0] ? this.lookupKey(c.lookupKey[0]) : undefined;
    if (!key && !other) return [];
    const value = this.expr(c.expr?.[0]);
    const basis = this.basis(c.basis?.[0]);
    const keySpan = key?.kind === "number" ? key.literal.span : key?.names[0]?.span;
    return [{ key, value, basis, span: this.cx.join(keySpan ?? this.cx.spanOr(other), value.span) }];
  }

  private lookupKey(node: C.LookupKeyCstNode): A.LookupKey | undefined {
    const c = node.children;
    if (c.signedNumber?.[0]) {
      const literal = this.signedNumber(c.signedNumber[0]);
      return literal ? { kind: "number", literal } : undefined;
    }
    const names = this.names(c.nameList?.[0]);
    return names.length ? { kind: "names", names } : undefined;
  }

  signedNumber(node: C.SignedNumberCstNode | undefined): A.NumberLiteral | undefined {
    return this.cx.numberOf(first(node?.children.NumberLit), first(node?.children.Minus));
  }

  // ── bands and intervals (民法典 第1259条) ────────────────────────────────────────────────────────────────────
  private boundValue(node: C.BoundValueCstNode | undefined): A.BoundValue | undefined {
    const c = node?.children;
    const minus = first(c?.Minus);
    const inf = first(c?.Infinity);
    if (inf) return { kind: "infinity", negative: isReal(minus), span: this.cx.join(isReal(minus) ? this.cx.tokenSpan(minus) : undefined, this.cx.tokenSpan(inf)) };
    return this.cx.numberOf(first(c?.NumberLit), minus);
  }

  interval(node: C.IntervalCstNode | undefined): A.Interval | undefined {
    const c = node?.children;
    const lo = this.boundValue(c?.lower?.[0]), hi = this.boundValue(c?.upper?.[0]);
    const open = first(c?.open), close = first(c?.close);
    if (!lo || !hi || !open || !close) return undefined;
    return {
      lower: { value: lo, inclusive: open.tokenType === T.LBracket },
      upper: { value: hi, inclusive: close.tokenType === T.RBracket },
      span: this.cx.join(this.cx.tokenSpan(open), this.cx.tokenSpan(close)),
    };
  }

  /** （含） → true, （不含） → false, nothing written → undefined. */
  private mark(node: C.MarkCstNode | undefined): boolean | undefined {
    if (first(node?.children.Inclusive)) return true;
    if (first(node?.children.Exclusive)) return false;
    return undefined;
  }

  private upperWords(node: C.UpperWordsCstNode | undefined): A.Bound | undefined | "broken" {
    if (!node) return undefined;
    const c = node.children;
    const value = this.boundValue(c.boundValue?.[0]);
    if (!value) return "broken";
    if (first(c.KwUnder)) return { value, inclusive: false };
    return { value, inclusive: this.mark(c.mark?.[0]) ?? true };
  }

  /** A band in words or interval notation; undefined when a bound did not parse (already reported). */
  private band(node: C.BandCstNode): A.Band | undefined {
    const bounds = this.bandBounds(node);
    return bounds && { ...bounds, span: this.cx.extent(node) };
  }

  private bandBounds(node: C.BandCstNode): { lower?: A.Bound; upper?: A.Bound } | undefined {
    const c = node.children;
    if (c.interval?.[0]) return this.interval(c.interval[0]);
    const value = this.boundValue(c.boundValue?.[0]);
    if (!value) return undefined;
    if (first(c.KwOver)) {
      const upper = this.upperWords(c.upperWords?.[0]);
      return upper === "broken" ? undefined : { lower: { value, inclusive: false }, upper };
    }
    if (first(c.KwUnder)) return { upper: { value, inclusive: false } };
    const words = c.boundWords?.[0]?.children;
    if (!words) return undefined;
    const lower = { value, inclusive: this.mark(c.mark?.[0]) ?? true };
    if (first(words.KwTo) ?? first(words.Tilde)) {
      // 到 w[（含）][以下]: the upper bound is excluded unless marked （含） or followed by 以下.
      const hi = this.boundValue(words.boundValue?.[0]);
      if (!hi) return undefined;
      return { lower, upper: { value: hi, inclusive: this.mark(words.mark?.[0]) ?? (first(words.KwBelow) ? true : false) } };
    }
    if (first(words.KwAbove)) {
      const upper = this.upperWords(words.upperWords?.[0]);
      return upper === "broken" ? undefined : { lower, upper };
    }
    if (first(words.KwBelow)) return { upper: lower };
    return undefined;
  }
}

/** The operator token of a 封顶/保底/扣除 tail. */
function opOf(tail: C.CapTailCstNode): IToken | undefined {
  const c = tail.children;
  return first(c.KwCap) ?? first(c.KwFloor) ?? first(c.KwDeduct);
}
