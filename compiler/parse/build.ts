// CST → AST for the file, its header, clauses, parameters, examples, settlement rules and settlement examples.
// Each function takes a CST node whose every child may be absent (cst.ts) and returns an honest AST node.
import type { IToken } from "chevrotain";
import type * as A from "../ast/ast.js";
import type * as C from "./cst.js";
import { BuildContext, first, isReal, joinRawLines } from "./buildSupport.js";
import { ExprBuilder } from "./buildExpr.js";

type Header = { -readonly [K in "title" | "namespace" | "source" | "issuer" | "docNumber" | "date" | "validity" | "note"]?: A.PolicyFile[K] };

export class AstBuilder {
  private readonly e: ExprBuilder;

  constructor(private readonly cx: BuildContext) {
    this.e = new ExprBuilder(cx);
  }

  policyFile(node: C.PolicyFileCstNode | undefined, textLength: number): A.PolicyFile {
    const c = node?.children;
    const header: Header = {};
    for (const h of c?.headerItem ?? []) this.headerItem(h, header);
    return {
      path: this.cx.file,
      ...header,
      enums: (c?.enumDecl ?? []).map((n) => this.enumDecl(n)),
      tables: (c?.tableDecl ?? []).map((n) => this.tableDecl(n)),
      clauses: (c?.clause ?? []).map((n) => this.clause(n)),
      rules: (c?.ruleDecl ?? []).map((n) => this.ruleDecl(n)),
      settlementExamples: (c?.settlementExamples ?? []).map((n) => this.settlementExamples(n)),
      span: { file: this.cx.file, start: 0, end: textLength },
    };
  }

  private headerItem(node: C.HeaderItemCstNode, header: Header): void {
    const c = node.children;
    const raw = first(c.RawLine)?.image.trim();
    const date = first(c.DateLit), identifier = first(c.Identifier);
    if (first(c.KwPolicy) && raw) header.title = raw;
    else if (first(c.KwSource) && raw) header.source = raw;
    else if (first(c.KwIssuer) && raw) header.issuer = raw;
    else if (first(c.KwDocNo) && raw) header.docNumber = raw;
    else if (first(c.KwNamespace) && identifier) header.namespace = this.cx.nameOf(identifier);
    else if (first(c.KwDate) && date) header.date = { text: date.image, span: this.cx.tokenSpan(date) };
    else if (c.validity?.[0]) header.validity = this.validity(c.validity[0]) ?? header.validity;
    else if (c.noteBlock?.[0]) header.note = this.rawText(c.noteBlock[0].children.RawBlock);
  }

  private validity(node: C.ValidityCstNode): A.Validity | undefined {
    const c = node.children;
    const [from, to] = (c.DateLit ?? []).filter(isReal);
    if (!from || !to) return undefined;
    const kw = this.cx.spanOr(first(c.KwValidity));
    return { from: { text: from.image, span: this.cx.tokenSpan(from) }, to: { text: to.image, span: this.cx.tokenSpan(to) }, span: this.cx.join(kw, this.cx.tokenSpan(to)) };
  }

  private rawText(tokens: readonly IToken[] | undefined): A.RawText | undefined {
    const raw = first(tokens);
    return raw ? { value: joinRawLines(raw.image), span: this.cx.tokenSpan(raw) } : undefined;
  }

  private enumDecl(node: C.EnumDeclCstNode): A.EnumDecl {
    const c = node.children;
    const name = this.e.name(c.name?.[0]);
    const values = (c.values ?? []).map((v) => this.e.name(v)).filter((v) => v.text !== "");
    return { name, values, span: this.cx.join(this.cx.spanOr(first(c.KwEnum)), name.span, values[values.length - 1]?.span) };
  }

  private tableDecl(node: C.TableDeclCstNode): A.TableDecl {
    const c = node.children;
    const name = this.e.name(c.name?.[0]);
    const keyType = this.e.name(c.keyType?.[0]);
    const rows: A.TableRow[] = (c.tableRow ?? []).flatMap((r): A.TableRow[] =>
      r.children.band?.length ? this.e.bandRow(r).map((row) => ({ kind: "banded", row })) : this.e.lookupRow(r).map((row) => ({ kind: "keyed", row })));
    return { name, keyType, rows, basis: this.e.basis(c.basis?.[0]), span: this.cx.join(this.cx.spanOr(first(c.KwTable)), name.span) };
  }

  // ── clause ─────────────────────────────────────────────────────────────────────────────────────────────────
  /** 「标题」第20条 → the title (a quoted name with its own span) and the article reference. */
  private head(tok: IToken | undefined): { title: A.Name; article: string } {
    if (!isReal(tok)) return { title: { text: "", quoted: true, span: this.cx.here() }, article: "" };
    const close = tok.image.indexOf("」");
    const span = this.cx.tokenSpan(tok);
    if (close < 0) return { title: { text: "", quoted: true, span }, article: "" };
    return {
      title: { text: tok.image.slice(1, close), quoted: true, span: { file: this.cx.file, start: tok.startOffset, end: tok.startOffset + close + 1 } },
      article: tok.image.slice(close + 1).trim(),
    };
  }

  private clause(node: C.ClauseCstNode): A.Clause {
    const c = node.children;
    const name = this.cx.nameOf(first(c.Identifier));
    const head = this.head(first(c.ClauseHead));
    let zhName: A.Name | undefined, validity: A.Validity | undefined, text: A.RawText | undefined, note: A.RawText | undefined;
    const params: A.ParamDecl[] = [], statements: A.Statement[] = [], examples: A.Example[] = [];
    let strayExample: A.Example | undefined;
    for (const item of c.clauseItem ?? []) {
      const i = item.children;
      if (first(i.KwZhName)) zhName ??= this.e.name(i.name?.[0]);
      else if (i.validity?.[0]) validity ??= this.validity(i.validity[0]);
      else if (i.textBlock?.[0]) text ??= this.rawText(i.textBlock[0].children.RawBlock);
      else if (i.noteBlock?.[0]) note ??= this.rawText(i.noteBlock[0].children.RawBlock);
      else if (i.paramsBlock?.[0]) params.push(...(i.paramsBlock[0].children.paramDecl ?? []).map((p) => this.paramDecl(p)));
      else if (i.examplesBlock?.[0]) examples.push(...(i.examplesBlock[0].children.example ?? []).map((x) => this.example(x)));
      else if (i.example?.[0]) {
        const x = this.example(i.example[0]);
        strayExample ??= x;
        examples.push(x);
      } else if (i.statement?.[0]) {
        const s = this.statement(i.statement[0]);
        if (s) statements.push(s);
      }
    }
    if (strayExample) this.cx.sink.report("Z0207", strayExample.span, {});
    const kw = this.cx.spanOr(first(c.KwClause));
    const parts = [kw, head.title.span, ...params.map((p) => p.span), ...statements.map((s) => s.span), ...examples.map((x) => x.span), text?.span, note?.span];
    return { name, ...head, zhName, validity, text, note, params, statements, examples, span: this.cx.join(...parts) };
  }

  private paramDecl(node: C.ParamDeclCstNode): A.ParamDecl {
    const c = node.children;
    const name = this.e.name(c.name?.[0]);
    const type = this.typeRef(c.typeRef?.[0], name.span);
    const intervals = c.interval ?? [];
    const range = intervals.length ? this.e.interval(intervals[intervals.length - 1]) : undefined;
    const def = first(c.Equals) ? this.exampleValue(c.exampleValue?.[0]) : undefined;
    return {
      name, type, integer: first(c.KwInteger) !== undefined, range, default: def,
      description: this.cx.stringOf(first(c.StringLit)), span: this.cx.join(name.span, type.span),
    };
  }

  /** The parameter's type; one that did not parse is an empty name, which the resolver leaves untyped. */
  private typeRef(node: C.TypeRefCstNode | undefined, after: A.Node["span"]): A.TypeRef {
    const c = node?.children;
    if (c && first(c.KwEnum)) {
      const values = this.e.names(c.nameList?.[0]);
      return { kind: "inlineEnum", values, span: this.cx.join(this.cx.spanOr(first(c.KwEnum)), ...values.map((v) => v.span), isReal(c.RParen?.[0]) ? this.cx.tokenSpan(c.RParen[0]) : undefined) };
    }
    const name = c?.name?.[0] ? this.e.name(c.name[0]) : { text: "", quoted: false, span: { file: this.cx.file, start: after.end, end: after.end } };
    return { kind: "named", name, span: name.span };
  }

  // ── examples ───────────────────────────────────────────────────────────────────────────────────────────────
  private example(node: C.ExampleCstNode): A.Example {
    const c = node.children;
    const inputs = (c.exampleInput ?? []).flatMap((input) => {
      const name = this.e.name(input.children.name?.[0]);
      const value = this.exampleValue(input.children.exampleValue?.[0]);
      return name.text && value ? [{ name, value }] : []; // (parts that did not parse were reported)
    });
    const arrow = first(c.Arrow);
    const expected = this.expected(c.expected?.[0], arrow);
    const arrowSpan = this.cx.spanOr(arrow);
    return { inputs, expected, span: this.cx.join(inputs[0]?.name.span ?? arrowSpan, arrowSpan) };
  }

  /** After 「→」: an amount, an error, or — reported here — nothing, or arithmetic where a number belongs. */
  private expected(node: C.ExpectedCstNode | undefined, arrow: IToken | undefined): A.ExpectedResult {
    const c = node?.children;
    const kwError = first(c?.KwError);
    if (kwError) return { kind: "error", fragment: this.cx.stringOf(first(c?.StringLit)), span: this.cx.tokenSpan(kwError) };
    if (!c?.addExpr?.[0]) {
      if (isReal(arrow)) {
        const span = this.cx.tokenSpan(arrow);
        this.cx.sink.report("Z0206", span, {});
        return { kind: "missing", span };
      }
      return { kind: "missing", span: this.cx.here() };
    }
    const value = this.e.addExpr(c.addExpr[0]);
    const number = literalAmount(value);
    if (number) return { kind: "value", value: number };
    if (value.kind !== "missing") this.cx.sink.report("Z0208", value.span, { text: this.cx.textOf(value.span) });
    return { kind: "missing", span: value.span };
  }

  private exampleValue(node: C.ExampleValueCstNode | undefined): A.ExampleValue | undefined {
    const c = node?.children;
    if (!c) return undefined;
    if (c.signedNumber?.[0]) return this.e.signedNumber(c.signedNumber[0]);
    if (c.name?.[0]) {
      const name = this.e.name(c.name[0]);
      return name.text ? { kind: "name", name, span: name.span } : undefined;
    }
    if (first(c.KwIs)) return { kind: "bool", value: true, span: this.cx.spanOr(first(c.KwIs)) };
    if (first(c.KwNo)) return { kind: "bool", value: false, span: this.cx.spanOr(first(c.KwNo)) };
    const text = first(c.StringLit);
    if (text) return { kind: "text", value: text.image.slice(1, -1), span: this.cx.tokenSpan(text) };
    return undefined;
  }

  // ── statements ─────────────────────────────────────────────────────────────────────────────────────────────
  private statement(node: C.StatementCstNode): A.Statement | undefined {
    const c = node.children;
    const basis = this.e.basis(c.basis?.[0]);
    if (first(c.KwApplies)) {
      const cond = this.e.expr(c.expr?.[0]);
      return { kind: "applies", cond, basis, span: this.cx.join(this.cx.spanOr(first(c.KwApplies)), cond.span) };
    }
    if (first(c.KwRequire)) {
      const cond = this.e.expr(c.expr?.[0]);
      const message = this.cx.stringOf(first(c.StringLit)) ?? { value: "", span: this.cx.here() };
      return { kind: "require", cond, message, span: this.cx.join(this.cx.spanOr(first(c.KwRequire)), cond.span) };
    }
    if (!c.name?.[0]) return undefined;
    const name = this.e.name(c.name[0]);
    const value = this.e.expr(c.expr?.[0]);
    return { kind: "define", name, value, basis, span: this.cx.join(name.span, value.span) };
  }

  // ── settlement rules ───────────────────────────────────────────────────────────────────────────────────────
  private ruleDecl(node: C.RuleDeclCstNode): A.RuleDecl {
    const c = node.children;
    const name = this.cx.nameOf(first(c.Identifier));
    const head = this.head(first(c.ClauseHead));
    let text: A.RawText | undefined, note: A.RawText | undefined;
    const bodies: A.RuleBody[] = [];
    for (const item of c.ruleItem ?? []) {
      const i = item.children;
      if (i.textBlock?.[0]) text ??= this.rawText(i.textBlock[0].children.RawBlock);
      else if (i.noteBlock?.[0]) note ??= this.rawText(i.noteBlock[0].children.RawBlock);
      else {
        const body = this.ruleBody(i);
        if (body) bodies.push(body);
      }
    }
    const kw = this.cx.spanOr(first(c.KwRule));
    return { name, ...head, text, note, bodies, span: this.cx.join(kw, head.title.span, ...bodies.map((b) => b.span), text?.span) };
  }

  private ruleBody(i: C.RuleItemCstNode["children"]): A.RuleBody | undefined {
    const basis = this.e.basis(i.basis?.[0]);
    for (const [tok, kind] of [[i.KwHighest, "highest"], [i.KwExclusion, "exclusion"], [i.KwBudgetRule, "budget"]] as const) {
      const t = first(tok);
      if (t) return { kind, basis, span: this.cx.join(this.cx.tokenSpan(t), basis?.span) };
    }
    if (i.stackRule?.[0]) {
      const s = i.stackRule[0].children;
      const addOn = this.e.names(s.addOn?.[0]), base = this.e.names(s.base?.[0]);
      return { kind: "stack", addOn, base, basis: this.e.basis(s.basis?.[0]), span: this.cx.join(this.cx.spanOr(first(s.KwStack)), ...addOn.map((n) => n.span), ...base.map((n) => n.span)) };
    }
    if (i.ladderRule?.[0]) {
      const l = i.ladderRule[0].children;
      const members = (l.ladderMember ?? []).flatMap((m): A.LadderMember[] => {
        const fn = this.cx.nameOf(first(m.children.Identifier));
        const levels = this.e.names(m.children.nameList?.[0]);
        return fn.text ? [{ fn, levels, span: this.cx.join(fn.span, ...levels.map((v) => v.span)) }] : [];
      });
      const name = this.e.name(l.name?.[0]);
      return { kind: "ladder", name, members, basis: this.e.basis(l.basis?.[0]), span: this.cx.join(this.cx.spanOr(first(l.KwLadder)), name.span) };
    }
    if (i.annualCapRule?.[0]) {
      const a = i.annualCapRule[0].children;
      const limits = (a.NumberLit ?? []).flatMap((t) => this.cx.numberOf(t) ?? []);
      const functions = this.e.names(a.nameList?.[0]);
      return { kind: "annualCap", limits, functions, basis: this.e.basis(a.basis?.[0]), span: this.cx.join(this.cx.spanOr(first(a.KwAnnualCap)), ...limits.map((n) => n.span)) };
    }
    if (i.contributionRule?.[0]) {
      const a = i.contributionRule[0].children;
      const functions = this.e.names(a.nameList?.[0]);
      return { kind: "contributionCap", functions, basis: this.e.basis(a.basis?.[0]), span: this.cx.spanOr(first(a.KwContribution)) };
    }
    return undefined;
  }

  // ── settlement examples ────────────────────────────────────────────────────────────────────────────────────
  private settlementExamples(node: C.SettlementExamplesCstNode): A.SettlementExample {
    const c = node.children;
    const kw = this.cx.spanOr(first(c.KwSettleExamples));
    const title = this.cx.nameOf(first(c.QuotedName));
    const lines = (c.ledgerLine ?? []).flatMap((l) => this.ledgerLine(l) ?? []);
    return { title, lines, span: this.cx.join(kw, ...lines.map((l) => l.span)) };
  }

  private ledgerLine(node: C.LedgerLineCstNode): A.LedgerLine | undefined {
    const c = node.children;
    if (first(c.KwBudget)) {
      const amount = this.cx.numberOf(first(c.NumberLit));
      return amount && { kind: "budget", amount, span: this.cx.join(this.cx.spanOr(first(c.KwBudget)), amount.span) };
    }
    if (c.enterpriseInput?.[0]) return this.enterpriseInput(c.enterpriseInput[0]);
    if (c.ledgerClaim?.[0]) return this.ledgerClaim(c.ledgerClaim[0]);
    return undefined;
  }

  private enterpriseInput(node: C.EnterpriseInputCstNode): A.LedgerLine | undefined {
    const c = node.children;
    const enterprise = this.e.name(c.name?.[0]);
    const year = this.cx.numberOf(first(c.year));
    if (!enterprise.text) return undefined;
    if (first(c.KwExclusion)) {
      const reason = this.cx.stringOf(first(c.StringLit));
      return { kind: "exclusion", enterprise, year, reason, span: this.cx.join(enterprise.span, this.cx.spanOr(first(c.KwExclusion)), reason?.span) };
    }
    const cap = this.cx.numberOf(first(c.amount));
    return cap && { kind: "contributionCap", enterprise, cap, year, span: this.cx.join(enterprise.span, cap.span) };
  }

  private ledgerClaim(node: C.LedgerClaimCstNode): A.LedgerLine | undefined {
    const c = node.children;
    const enterprise = this.e.name(c.enterprise?.[0]);
    const project = this.e.name(c.project?.[0]);
    const year = this.cx.numberOf(first(c.year));
    const fn = this.cx.nameOf(first(c.fn));
    if (!enterprise.text || !project.text || !year || !fn.text) return undefined; // (reported by the parser)
    const args = (c.args ?? []).flatMap((a) => this.exampleValue(a) ?? []);
    const base = { enterprise, project, year, fn, args };
    if (first(c.KwPaid)) {
      const paid = this.e.signedNumber(c.paid?.[0]);
      return paid && { kind: "history", ...base, paid, span: this.cx.join(enterprise.span, paid.span) };
    }
    const arrow = first(c.Arrow);
    const expected = this.expected(c.expected?.[0], arrow);
    const end = expected.kind === "value" ? expected.value.span : expected.span;
    return { kind: "claim", ...base, expected, span: this.cx.join(enterprise.span, this.cx.spanOr(arrow), end) };
  }
}

/** An expected result written as one (possibly negative) number: 60万元, −5万元. */
function literalAmount(e: A.Expr): A.NumberLiteral | undefined {
  if (e.kind === "number") return e;
  if (e.kind === "unary" && e.op === "neg" && e.operand.kind === "number" && !e.operand.negative) {
    return { ...e.operand, negative: true, span: e.span };
  }
  return undefined;
}

