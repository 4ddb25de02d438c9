// Settlement rules (规则) and settlement examples (结算示例), checked once per namespace: a rule may name the
// functions of any document of its namespace (PINGHU's 附则6 ladders span the draft and 平政发〔2024〕10号). The
// checker verifies what it can — every function exists, a ladder's levels are values of one enum parameter and its
// functions are fixed-amount awards, a cap is money or a count, each 据 is in the rule's 原文 — and produces the
// namespace's SettlementRules (runtime data) and its checked ledgers.
import type * as A from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { CheckedClause, Ir } from "./ir.js";
import type { ExcelValue } from "../../runtime/adapter.js";
import type { ParamMeta, PolicyDocument } from "../../runtime/types.js";
import type { LadderMember, RuleOrigin, SettlementRule, SettlementRules } from "../../runtime/settlement/rules.js";
import { fragmentContains } from "../cite/fragments.js";
import { literalValue } from "./literals.js";
import { describeType, isMoney } from "./types.js";
import { checkExpected, documentOf } from "./index.js";
import { COUNTING_UNITS } from "../units/units.js";
import { editDistance } from "../../runtime/functions.js";

/** One file of the namespace, as the rules check needs it. */
export interface NamespaceFile {
  readonly ast: A.PolicyFile;
  readonly clauses: readonly CheckedClause[];
}

/** A ledger line of a settlement example, ready for the engine: Excel-style arguments, exact amounts as text. */
export type CheckedLedgerLine =
  | { readonly kind: "claim"; readonly enterprise: string; readonly project: string; readonly year: number; readonly fn: string; readonly args: readonly ExcelValue[]; readonly expected: { kind: "value"; value: string } | { kind: "error"; fragment?: string }; readonly span: A.Node["span"]; readonly text: string }
  | { readonly kind: "history"; readonly enterprise: string; readonly project: string; readonly year: number; readonly fn: string; readonly args: readonly ExcelValue[]; readonly paid: string; readonly span: A.Node["span"] }
  | { readonly kind: "exclusion"; readonly enterprise: string; readonly year?: number; readonly reason?: string; readonly span: A.Node["span"] }
  | { readonly kind: "contributionCap"; readonly enterprise: string; readonly cap: string; readonly year?: number; readonly span: A.Node["span"] };

export interface CheckedSettlementExample {
  readonly namespace: string;
  readonly title: string;
  readonly lines: readonly CheckedLedgerLine[];
  /** 万元, exact decimal text; absent: no budget. */
  readonly budget?: string;
  readonly span: A.Node["span"];
}

export interface NamespaceRules {
  readonly rules: SettlementRules;
  readonly examples: readonly CheckedSettlementExample[];
  readonly diagnostics: readonly Diagnostic[];
}

export function checkNamespaceRules(namespace: string, files: readonly NamespaceFile[]): NamespaceRules {
  const sink = new DiagnosticSink();
  const fns = new Map(files.flatMap((f) => f.clauses.map((c) => [c.meta.name, c] as const)));
  const cx: RulesContext = { namespace, fns, sink, ladders: new Map(), ids: new Map() };
  const rules = files.flatMap((f) => f.ast.rules.flatMap((r) => checkRule(r, documentOf(f.ast), cx)));
  const examples = files.flatMap((f) => f.ast.settlementExamples.map((e) => checkLedger(e, cx)));
  return { rules: { namespace, rules }, examples, diagnostics: sink.items };
}

interface RulesContext {
  readonly namespace: string;
  readonly fns: ReadonlyMap<string, CheckedClause>;
  readonly sink: DiagnosticSink;
  readonly ladders: Map<string, A.Name>;
  readonly ids: Map<string, A.Name>;
}

function checkRule(r: A.RuleDecl, document: PolicyDocument, cx: RulesContext): SettlementRule[] {
  const owner = `规则「${r.name.text}」`;
  const prior = cx.ids.get(r.name.text);
  if (prior) cx.sink.report("Z0614", r.name.span, { namespace: cx.namespace, what: `规则「${r.name.text}」` }, { related: [prior.span] });
  else if (r.name.text) cx.ids.set(r.name.text, r.name);
  if (!r.article) cx.sink.report("Z0601", r.title.span, { owner, item: "条款号" }, { hint: "article" });
  if (!r.text) cx.sink.report("Z0601", r.name.span, { owner, item: "「原文：」" }, { hint: "text" });
  if (!r.bodies.length) cx.sink.report("Z0601", r.name.span, { owner, item: "规则的内容" }, { hint: "rule" });
  const text = r.text?.value ?? "";
  return r.bodies.flatMap((body): SettlementRule[] => {
    const basis = checkRuleBasis(body.basis, text, cx);
    const origin: RuleOrigin = { id: r.name.text, title: r.title.text, article: r.article, document, text, basis: basis ?? text };
    switch (body.kind) {
      case "highest": case "exclusion": case "budget":
        return [{ ...origin, kind: body.kind }];
      case "stack":
        return [{ ...origin, kind: "stack", addOn: functionNames(body.addOn, cx), base: functionNames(body.base, cx) }];
      case "contributionCap":
        return [{ ...origin, kind: "contributionCap", functions: functionNames(body.functions, cx) }];
      case "annualCap": {
        const limits = annualLimits(body.limits, cx);
        return [{ ...origin, kind: "annualCap", functions: functionNames(body.functions, cx), ...limits }];
      }
      case "ladder": {
        const prior = cx.ladders.get(body.name.text);
        if (prior) cx.sink.report("Z0614", body.name.span, { namespace: cx.namespace, what: `进档「${body.name.text}」` }, { related: [prior.span] });
        else cx.ladders.set(body.name.text, body.name);
        return [{ ...origin, kind: "ladder", name: body.name.text, members: body.members.flatMap((m) => ladderMember(m, cx)) }];
      }
    }
  });
}

function checkRuleBasis(basis: A.StringLiteral | undefined, text: string, cx: RulesContext): string | undefined {
  if (!basis) return undefined;
  if (!fragmentContains(text, basis.value)) cx.sink.report("Z0604", basis.span, { fragment: basis.value, owner: "规则" });
  return basis.value;
}

/** The functions a rule names, each checked to exist in the namespace. */
function functionNames(names: readonly A.Name[], cx: RulesContext): string[] {
  return names.filter((n) => knownFunction(n, cx)).map((n) => n.text);
}

function knownFunction(n: A.Name, cx: RulesContext): boolean {
  if (cx.fns.has(n.text)) return true;
  const near = [...cx.fns.keys()].find((k) => editDistance(k, n.text) <= Math.max(1, Math.floor(n.text.length / 4)));
  cx.sink.report("Z0307", n.span, { namespace: cx.namespace, name: n.text, suggestion: near ?? "" }, { hint: near ? "near" : "default" });
  return false;
}

/** `500万元` is a sum cap, `5项` a count cap; anything else is Z0613. */
function annualLimits(limits: readonly A.NumberLiteral[], cx: RulesContext): { sum?: string; count?: number } {
  const out: { sum?: string; count?: number } = {};
  for (const lit of limits) {
    const v = literalValue(lit);
    if ("unknownUnit" in v) {
      cx.sink.report("Z0613", lit.span, { actual: `「${v.unknownUnit}」` });
      continue;
    }
    if (isMoney(v.ty)) out.sum = v.value;
    else if (COUNTING_UNITS.has(lit.unit) && Number.isInteger(Number(lit.digits))) out.count = Number(lit.digits);
    else cx.sink.report("Z0613", lit.span, { actual: describeType(v.ty) });
  }
  return out;
}

/** A ladder step: the function, the enum parameter its levels are values of, and the levels; fixed amounts only. */
function ladderMember(m: A.LadderMember, cx: RulesContext): LadderMember[] {
  if (!knownFunction(m.fn, cx)) return [];
  const clause = cx.fns.get(m.fn.text)!;
  const varying = varyingParam(clause);
  if (varying !== undefined) cx.sink.report("Z0612", m.fn.span, { fn: m.fn.text, param: `「${varying}」` });
  if (!m.levels.length) return [{ fn: m.fn.text }];
  const params = clause.meta.params;
  const param = params.findIndex((p) => p.kind === "enum" && m.levels.every((l) => p.values?.includes(l.text)));
  if (param < 0) {
    const stray = m.levels.find((l) => !params.some((p) => p.values?.includes(l.text))) ?? m.levels[0]!;
    const values = params.filter((p) => p.kind === "enum").map((p) => `${p.name}：${(p.values ?? []).join("、")}`).join("；");
    cx.sink.report("Z0308", stray.span, { fn: m.fn.text, value: stray.text, values: values || "（没有枚举参数）" });
    return [];
  }
  return [{ fn: m.fn.text, param, values: m.levels.map((l) => l.text) }];
}

/**
 * The parameter a function's result varies with as an amount (an investment, a count, a rate), if any: a ladder is
 * for fixed awards, chosen by levels and recognitions. Enum and yes/no parameters that only select among fixed
 * amounts, and amounts that only choose a band of fixed amounts (a milestone), keep it fixed.
 */
function varyingParam(c: CheckedClause): string | undefined {
  const locals: Ir[] = [];
  for (const s of c.statements) {
    if (s.kind !== "define" && s.kind !== "result") continue;
    if (s.kind === "define") locals[s.index] = s.value;
    if (s.kind === "result") return amountParam(s.value, locals, c);
  }
  return undefined;
}

function amountParam(ir: Ir, locals: readonly Ir[], c: CheckedClause): string | undefined {
  const first = (xs: readonly Ir[]) => xs.map((x) => amountParam(x, locals, c)).find((p) => p !== undefined);
  switch (ir.op) {
    case "const": case "bool": case "enumConst": return undefined;
    case "param": return c.params[ir.index]?.name;
    case "local": return locals[ir.index] ? amountParam(locals[ir.index]!, locals, c) : undefined;
    case "lookup": return first([...ir.rows.map((r) => r.value), ...(ir.otherwise ? [ir.otherwise] : [])]);
    case "bands": return ir.mode === "slices" ? amountParam(ir.subject, locals, c) ?? "分段" : first([...ir.rows.map((r) => r.value), ir.otherwise]);
    case "if": return first([...ir.branches.map((b) => b.then), ir.otherwise]);
    case "arith": case "deduct": return first([ir.left, ir.right]);
    case "perFull": return amountParam(ir.left, locals, c) ?? "每满";
    case "minmax": return first(ir.args);
    case "neg": case "halve": case "floorInt": return amountParam(ir.operand, locals, c);
    default: return undefined;
  }
}

// ── settlement examples ──────────────────────────────────────────────────────────────────────────────────────

function checkLedger(e: A.SettlementExample, cx: RulesContext): CheckedSettlementExample {
  let budget: string | undefined;
  const lines = e.lines.flatMap((line): CheckedLedgerLine[] => {
    switch (line.kind) {
      case "budget": {
        const amount = moneyOf(line.amount, cx, "预算总额");
        if (amount !== undefined) budget = amount;
        return [];
      }
      case "exclusion":
        return [{ kind: "exclusion", enterprise: line.enterprise.text, ...yearOf(line.year, cx), ...(line.reason ? { reason: line.reason.value } : {}), span: line.span }];
      case "contributionCap": {
        const cap = moneyOf(line.cap, cx, "贡献封顶");
        return cap === undefined ? [] : [{ kind: "contributionCap", enterprise: line.enterprise.text, cap, ...yearOf(line.year, cx), span: line.span }];
      }
      case "claim": case "history":
        return claimLine(line, cx);
    }
  });
  return { namespace: cx.namespace, title: e.title.text, lines, ...(budget !== undefined ? { budget } : {}), span: e.span };
}

function claimLine(line: Extract<A.LedgerLine, { kind: "claim" | "history" }>, cx: RulesContext): CheckedLedgerLine[] {
  const clause = cx.fns.get(line.fn.text);
  if (!clause) {
    cx.sink.report("Z0706", line.fn.span, { problem: `命名空间 ${cx.namespace} 里没有函数「${line.fn.text}」` });
    return [];
  }
  const year = yearOf(line.year, cx).year;
  const params = clause.meta.params;
  if (line.args.length > params.length) {
    cx.sink.report("Z0706", line.args[params.length]!.span, { problem: `${line.fn.text} 只有 ${params.length} 个参数，这里写了 ${line.args.length} 个` });
    return [];
  }
  const args = line.args.map((a, i) => ledgerArg(a, params[i]!, cx));
  if (year === undefined || args.some((a) => a === undefined)) return [];
  const base = { enterprise: line.enterprise.text, project: line.project.text, year, fn: `${cx.namespace}.${line.fn.text}`, args: args as ExcelValue[], span: line.span };
  if (line.kind === "history") {
    const paid = moneyOf(line.paid, cx, "已兑现");
    return paid === undefined ? [] : [{ kind: "history", ...base, paid }];
  }
  const expected = checkExpected(line.expected, cx.sink);
  return expected ? [{ kind: "claim", ...base, expected, text: `${line.enterprise.text}，${line.project.text}，${year}，${line.fn.text}` }] : [];
}

/** An argument of a ledger line as Excel would pass it: exact decimal text in the parameter's unit, a flag, a value. */
function ledgerArg(v: A.ExampleValue, p: ParamMeta, cx: RulesContext): ExcelValue | undefined {
  const bad = (what: string) => {
    cx.sink.report("Z0706", v.span, { problem: `参数「${p.name}」须是${what}` });
    return undefined;
  };
  switch (v.kind) {
    case "bool": return p.kind === "flag" ? v.value : bad("是 或 否");
    case "name": return p.kind === "enum" && p.values?.includes(v.name.text) ? v.name.text : bad(p.kind === "enum" ? `以下之一：${(p.values ?? []).join("、")}` : "数");
    case "text": return v.value;
    case "number": {
      if (p.kind === "year" || p.kind === "number") return v.unit === "" || v.unit === "年" ? `${v.negative ? "-" : ""}${v.digits}` : bad("不带单位的数");
      const lit = literalValue(v);
      if ("unknownUnit" in lit) return bad("带已知单位的数");
      const fits = p.kind === "money" ? isMoney(lit.ty) : p.kind === "ratio" ? lit.ty.t === "num" && lit.ty.kind === "ratio"
        : lit.ty.t === "num" && p.unit !== undefined && lit.ty.dims[p.unit] === 1 && Object.keys(lit.ty.dims).length === 1;
      return fits ? lit.value : bad(p.kind === "money" ? "金额（如 4000万元）" : p.kind === "ratio" ? "比例（如 5%）" : `以${p.unit ?? ""}计的数`);
    }
  }
}

function moneyOf(lit: A.NumberLiteral, cx: RulesContext, what: string): string | undefined {
  const v = literalValue(lit);
  if (!("unknownUnit" in v) && isMoney(v.ty)) return v.value;
  cx.sink.report("Z0706", lit.span, { problem: `${what}须是金额（如 100万元）` });
  return undefined;
}

function yearOf(lit: A.NumberLiteral | undefined, cx: RulesContext): { year?: number } {
  if (!lit) return {};
  const ok = (lit.unit === "" || lit.unit === "年") && /^[0-9]{4}$/.test(lit.digits);
  if (!ok) {
    cx.sink.report("Z0706", lit.span, { problem: "年度须写成 2024 或 2024年" });
    return {};
  }
  return { year: Number(lit.digits) };
}
