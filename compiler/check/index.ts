// The checking phase: file and clause rules, parameters, statements with types and units, tables, examples.
// Produces the checked program that the citation pass annotates, the interpreter runs and the emitter translates.
import type * as A from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResolvedClause, ResolvedFile } from "../resolve/index.js";
import type { CheckedClause, CheckedExample, CheckedProgram, CheckedStatement } from "./ir.js";
import type { FunctionMeta, ParamMeta, PolicyDocument } from "../../runtime/types.js";
import { checkCondition, checkExpr, textOf, type ExprContext } from "./expr.js";
import { checkBasis } from "./tables.js";
import { excelValueOf, paramMeta, paramTy, unitLabel } from "./params.js";
import { describeType, isMoney, type Ty } from "./types.js";
import { literalValue } from "./literals.js";
import { cite } from "../cite/index.js";
import { lineIndexOf } from "../lex/lines.js";

export const EXCEL_ID = /^[A-Za-z][A-Za-z0-9._]{2,63}$/;
export const NAMESPACE_RULE = /^[A-Z][A-Z0-9]{0,31}$/;
export const ZH_NAME_RULE = /^[\u4e00-\u9fffA-Za-z]{3,}$/;

export function check(resolved: ResolvedFile, src: string): { program: CheckedProgram; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink();
  const ast = resolved.ast;
  checkHeader(ast, src, sink);
  const years = validityYears(ast.validity, sink);
  const document = documentOf(ast);
  const clauses = resolved.clauses.map((c) => cite(checkClause(c, resolved, document, src, years, sink)));
  return { program: { namespace: ast.namespace?.text ?? "", file: ast.path, clauses }, diagnostics: sink.items };
}

/** The document a file is: title, issuer, 文号, date and whether it is a 征求意见稿 (one file = one document). */
export function documentOf(ast: A.PolicyFile): PolicyDocument {
  const title = ast.title ?? "";
  return {
    title,
    ...(ast.issuer ? { issuer: ast.issuer } : {}),
    ...(ast.docNumber ? { docNumber: ast.docNumber } : {}),
    ...(ast.date ? { date: ast.date.text } : {}),
    draft: title.includes("征求意见稿"),
  };
}

/** The first character of the file (nothing, for an empty file): where file-level omissions are reported. */
function fileStart(ast: A.PolicyFile, src: string): A.Node["span"] {
  return { file: ast.path, start: 0, end: Math.min(1, src.length) };
}

function checkHeader(ast: A.PolicyFile, src: string, sink: DiagnosticSink): void {
  const need: [unknown, string][] = [[ast.title, "政策"], [ast.namespace, "命名空间"], [ast.source, "来源"]];
  for (const [value, word] of need) {
    if (!value) sink.report("Z0601", fileStart(ast, src), { owner: "文件头", item: `「${word}」` }, { hint: "header" });
  }
  if (ast.namespace && !NAMESPACE_RULE.test(ast.namespace.text)) sink.report("Z0606", ast.namespace.span, { name: ast.namespace.text });
  if (ast.date) checkDate(ast.date, sink);
}

function checkDate(d: { text: string; span: A.Node["span"] }, sink: DiagnosticSink): Date | undefined {
  const [y, m, day] = d.text.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, day!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== day) {
    sink.report("Z0608", d.span, { date: d.text });
    return undefined;
  }
  return date;
}

function validityYears(v: A.Validity | undefined, sink: DiagnosticSink): readonly [number, number] | undefined {
  if (!v) return undefined;
  const from = checkDate(v.from, sink), to = checkDate(v.to, sink);
  if (!from || !to) return undefined;
  if (from > to) {
    sink.report("Z0610", v.span, { from: v.from.text, to: v.to.text });
    return undefined;
  }
  return [from.getUTCFullYear(), to.getUTCFullYear()];
}

function checkClauseHeader(c: A.Clause, sink: DiagnosticSink): void {
  const owner = `条款「${c.name.text}」`;
  if (c.name.text && !EXCEL_ID.test(c.name.text)) sink.report("Z0602", c.name.span, { name: c.name.text });
  if (!c.article) sink.report("Z0601", c.title.span, { owner, item: "条款号" }, { hint: "article" });
  if (!c.text) sink.report("Z0601", c.name.span, { owner, item: "「原文：」" }, { hint: "text" });
  if (!c.zhName) sink.report("Z0601", c.name.span, { owner, item: "「中文名」" }, { hint: "zhName" });
  else if (!ZH_NAME_RULE.test(c.zhName.text)) sink.report("Z0605", c.zhName.span, { name: c.zhName.text });
  if (c.examples.length === 0) sink.report("Z0803", c.name.span, { name: c.name.text });
}

/**
 * The years a 年份 parameter accepts, as the argument adapter will enforce them: its 范围 if written, else the
 * validity period (paramMeta turns either into min/max); "open" when a side is unbounded.
 */
function yearRangeOf(meta: ParamMeta): readonly [number, number] | "open" | undefined {
  if (meta.kind !== "year") return undefined;
  if (!meta.min || !meta.max) return "open";
  const from = Math.ceil(Number(meta.min.value) + (meta.min.inclusive ? 0 : 0.5));
  const to = Math.floor(Number(meta.max.value) - (meta.max.inclusive ? 0 : 0.5));
  return [from, to];
}

function checkClause(
  c: ResolvedClause, resolved: ResolvedFile, document: PolicyDocument, src: string, fileYears: readonly [number, number] | undefined, sink: DiagnosticSink,
): CheckedClause {
  const ast = c.ast;
  checkClauseHeader(ast, sink);
  const validity = ast.validity ? validityYears(ast.validity, sink) : fileYears;
  const paramTys = ast.params.map((p, i) => paramTy(c.paramTypes[i], p.name.text));
  const params = ast.params.map((p, i) => paramMeta(p, c.paramTypes[i], validity, sink));
  params.forEach((p, i) => {
    if (!p.optional && params.slice(0, i).some((q) => q.optional)) sink.report("Z0603", ast.params[i]!.name.span, { name: p.name });
  });
  const yearRanges = new Map(params.flatMap((p, i) => {
    const range = yearRangeOf(p);
    return range ? [[i, range] as const] : [];
  }));
  const originalText = ast.text?.value ?? "";
  const ctx: ExprContext = {
    src, resolved, clause: c, paramTys, localTys: [], localIrs: [], yearRanges,
    paramNames: ast.params.map((p) => p.name.text), originalText, sink,
  };
  const statements = checkStatements(ast, ctx, sink);
  const namespace = resolved.ast.namespace?.text ?? "";
  const meta: FunctionMeta = {
    id: `${namespace}.${ast.name.text}`, namespace, name: ast.name.text, zhName: ast.zhName?.text ?? "",
    title: ast.title.text, article: ast.article, source: resolved.ast.source ?? "", document,
    text: originalText, note: ast.note?.value ?? "", params, result: "money",
  };
  return {
    meta, originalText, line: lineIndexOf(src).position(ast.span.start).line, nameSpan: ast.name.span,
    ...(ast.zhName ? { zhNameSpan: ast.zhName.span } : {}),
    params: ast.params.map((p, i) => ({ name: p.name.text, ty: paramTys[i]!, unitLabel: unitLabel(c.paramTypes[i]) })),
    statements,
    localCount: ctx.localTys.length,
    examples: checkExamples(ast, c, src, sink),
    span: ast.span,
  };
}

function checkStatements(ast: A.Clause, ctx: ExprContext, sink: DiagnosticSink): CheckedStatement[] {
  const out: CheckedStatement[] = [];
  let result: CheckedStatement | undefined;
  const lines = lineIndexOf(ctx.src);
  ast.statements.forEach((s, i) => {
    const line = lines.position(s.span.start).line;
    if (s.kind === "applies") {
      const cond = checkCondition(s.cond, ctx, "「适用」");
      out.push({ kind: "applies", cond, text: textOf(ctx, s.cond.span), basis: checkBasis(s.basis, ctx), source: "", line });
      return;
    }
    if (s.kind === "require") {
      out.push({ kind: "require", cond: checkCondition(s.cond, ctx, "「要求」"), message: s.message.value, line });
      return;
    }
    const typed = checkExpr(s.value, ctx);
    const tableBasis = s.value.kind === "bands" || s.value.kind === "lookup" ? s.value.basis : undefined;
    const basis = checkBasis(s.basis ?? tableBasis, ctx);
    // A whole-band or lookup step with no 据 cites the row actually taken (a 分段 step cites 分段计算: see cite/).
    const sourceFromRow = !basis && (typed.ir.op === "lookup" || (typed.ir.op === "bands" && typed.ir.mode === "whole"));
    if (s.name.text === "结果") {
      if (typed.ty.t !== "error" && !isMoney(typed.ty)) {
        const r = resultHint(typed.ty);
        sink.report("Z0405", s.value.span, { actual: describeType(typed.ty), unit: r.unit }, { hint: r.hint });
      }
      if (i !== ast.statements.length - 1) sink.report("Z0611", s.name.span, {});
      result = { kind: "result", value: typed.ir, basis, source: "", sourceFromRow, line };
      out.push(result);
      return;
    }
    const index = ctx.localTys.length;
    ctx.localTys.push(typed.ty);
    ctx.localIrs.push(typed.ir);
    out.push({ kind: "define", index, name: s.name.text, value: typed.ir, ty: typed.ty, basis, source: "", sourceFromRow, line });
  });
  if (!result) sink.report("Z0601", ast.name.span, { owner: `条款「${ast.name.text}」`, item: "「结果 = …」" }, { hint: "result" });
  return out;
}

/** Which of Z0405's hints fits a result that is not money, and the unit it mentions. */
function resultHint(ty: Ty): { hint: "ratio" | "plain" | "perUnit" | "quantity" | "default"; unit: string } {
  if (ty.t !== "num") return { hint: "default", unit: "" };
  if (Object.keys(ty.dims).length === 0) return { hint: ty.kind === "ratio" ? "ratio" : "plain", unit: "" };
  const perUnit = Object.keys(ty.dims).find((d) => ty.dims[d]! < 0);
  if (perUnit) return { hint: "perUnit", unit: perUnit };
  return { hint: "quantity", unit: Object.keys(ty.dims).find((d) => d !== "金额") ?? "项" };
}

function checkExamples(ast: A.Clause, c: ResolvedClause, src: string, sink: DiagnosticSink): CheckedExample[] {
  const index = new Map(ast.params.map((p, i) => [p.name.text, i]));
  return ast.examples.flatMap((ex): CheckedExample[] => {
    const args: (string | boolean | null | undefined)[] = ast.params.map(() => undefined);
    const expectsError = ex.expected.kind === "error";
    for (const input of ex.inputs) {
      const i = index.get(input.name.text);
      if (i === undefined) {
        sink.report("Z0701", input.name.span, { name: input.name.text, params: [...index.keys()].join("、") || "（无）" });
        continue;
      }
      const t = c.paramTypes[i];
      const v = excelValueOf(input.value, t, input.name.text);
      if (v === undefined || (!expectsError && t?.kind === "enum" && !t.values.includes(String(v)))) {
        if (!expectsError) {
          sink.report("Z0703", input.value.span, { name: input.name.text, type: describeType(paramTy(t, input.name.text)), values: t?.kind === "enum" ? t.values.join("、") : "" }, {
            hint: t?.kind === "enum" ? "enum" : t?.kind === "ratio" ? "ratio" : "default",
          });
        }
        args[i] = asWritten(input.value);
        continue;
      }
      args[i] = v;
    }
    const expected = checkExpected(ex.expected, sink);
    if (!expected) return []; // nothing to compare against (reported)
    return [{ span: ex.span, args, expected, text: src.slice(ex.span.start, lineEnd(src, ex.span.start)).trim() }];
  });
}

/** An example value that does not fit its parameter, handed over as written (the example expects an error). */
function asWritten(v: A.ExampleValue): string | boolean {
  switch (v.kind) {
    case "number": return `${v.negative ? "-" : ""}${v.digits}${v.unit}`;
    case "name": return v.name.text;
    case "bool": return v.value;
    case "text": return v.value;
  }
}

/** What an example expects, checked: an amount in 万元, or an error. Undefined when nothing usable was written. */
export function checkExpected(e: A.ExpectedResult, sink: DiagnosticSink): CheckedExample["expected"] | undefined {
  if (e.kind === "missing") return undefined;
  if (e.kind === "error") return { kind: "error", fragment: e.fragment?.value };
  const lit = literalValue(e.value);
  if ("unknownUnit" in lit || !isMoney(lit.ty)) {
    sink.report("Z0704", e.value.span, { actual: "unknownUnit" in lit ? `「${lit.unknownUnit}」` : describeType(lit.ty) });
    return undefined;
  }
  return { kind: "value", value: lit.value };
}

const lineEnd = (src: string, from: number) => {
  const i = src.indexOf("\n", from);
  return i < 0 ? src.length : i;
};
