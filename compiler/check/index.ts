// The checking phase: file and clause rules, parameters, statements with types and units, tables, examples.
// Produces the checked program that the interpreter runs and the emitter translates.
import type * as A from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResolvedClause, ResolvedFile } from "../resolve/index.js";
import type { CheckedClause, CheckedExample, CheckedProgram, CheckedStatement } from "./ir.js";
import type { FunctionMeta } from "../../runtime/types.js";
import { checkCondition, checkExpr, textOf, type ExprContext } from "./expr.js";
import { checkBasis } from "./tables.js";
import { excelValueOf, paramMeta, paramTy, unitLabel } from "./params.js";
import { describeType, isMoney, type Ty } from "./types.js";
import { firstSentenceOf } from "./fragments.js";
import { literalValue } from "./literals.js";

export const EXCEL_ID = /^[A-Za-z][A-Za-z0-9._]{2,63}$/;
export const NAMESPACE_RULE = /^[A-Z][A-Z0-9]{0,31}$/;
export const ZH_NAME_RULE = /^[\u4e00-\u9fffA-Za-z]{3,}$/;

export function check(resolved: ResolvedFile, src: string): { program: CheckedProgram; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink();
  const ast = resolved.ast;
  checkHeader(ast, src, sink);
  const yearRange = validityYears(ast.validity, sink);
  const zhNames = new Map<string, A.Name>();
  const clauses: CheckedClause[] = [];
  for (const c of resolved.clauses) {
    const checked = checkClause(c, resolved, src, yearRange, sink);
    const zh = c.ast.zhName;
    if (zh) {
      const prior = zhNames.get(zh.text);
      if (prior) sink.report("Z0605", zh.span, `中文函数名「${zh.text}」与另一条款重复`, { related: [{ span: prior.span, message: "已用在这里" }] });
      zhNames.set(zh.text, zh);
    }
    clauses.push(checked);
  }
  return { program: { namespace: ast.namespace?.text ?? "", file: ast.path, clauses }, diagnostics: sink.items };
}

/** The first character of the file (nothing, for an empty file): where file-level omissions are reported. */
function fileStart(ast: A.PolicyFile, src: string): A.Node["span"] {
  return { file: ast.path, start: 0, end: Math.min(1, src.length) };
}

function checkHeader(ast: A.PolicyFile, src: string, sink: DiagnosticSink): void {
  const need: [unknown, string][] = [[ast.title, "政策"], [ast.namespace, "命名空间"], [ast.source, "来源"]];
  for (const [value, word] of need) {
    if (!value) sink.report("Z0601", fileStart(ast, src), `文件头缺少「${word}」`, { hint: `在文件开头写一行：${word} …` });
  }
  if (ast.namespace && !NAMESPACE_RULE.test(ast.namespace.text)) {
    sink.report("Z0606", ast.namespace.span, `命名空间「${ast.namespace.text}」须为大写英文字母与数字，以字母开头，不超过 32 个字符`);
  }
  if (ast.date) checkDate(ast.date, sink);
}

function checkDate(d: { text: string; span: A.Node["span"] }, sink: DiagnosticSink): Date | undefined {
  const [y, m, day] = d.text.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, day!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== day) {
    sink.report("Z0608", d.span, `「${d.text}」不是有效的日期`);
    return undefined;
  }
  return date;
}

function validityYears(v: A.Validity | undefined, sink: DiagnosticSink): readonly [number, number] | undefined {
  if (!v) return undefined;
  const from = checkDate(v.from, sink), to = checkDate(v.to, sink);
  if (!from || !to) return undefined;
  if (from > to) {
    sink.report("Z0608", v.span, "有效期的起始日期晚于截止日期");
    return undefined;
  }
  return [from.getUTCFullYear(), to.getUTCFullYear()];
}

function checkClauseHeader(c: A.Clause, sink: DiagnosticSink): void {
  if (c.name.text && !EXCEL_ID.test(c.name.text)) {
    sink.report("Z0602", c.name.span, `函数名「${c.name.text}」不合 Excel 规则：须以英文字母开头，只含字母、数字、点、下划线，3–64 个字符`);
  }
  if (!c.article) sink.report("Z0601", c.title.span, "条款缺少条款号", { hint: "在「标题」后写条款号，如 第20条、（十一）" });
  if (!c.text) sink.report("Z0601", c.name.span, `条款「${c.name.text}」缺少「原文：」`, { hint: "逐字抄录政策原文，缩进写在「原文：」下面" });
  if (!c.zhName) sink.report("Z0601", c.name.span, `条款「${c.name.text}」缺少「中文名」`, { hint: "写一行：中文名 设备投资奖励（只含汉字和字母，至少 3 个字），它是 Excel 中文界面里的函数名" });
  else if (!ZH_NAME_RULE.test(c.zhName.text)) {
    sink.report("Z0605", c.zhName.span, `中文函数名「${c.zhName.text}」只能含汉字和英文字母，至少 3 个字`);
  }
  if (c.examples.length === 0) sink.report("Z0803", c.name.span, `条款「${c.name.text}」没有示例`, { hint: "写几行手算的示例：参数 = 值 → 期望结果" });
}

function checkClause(
  c: ResolvedClause, resolved: ResolvedFile, src: string, fileYears: readonly [number, number] | undefined, sink: DiagnosticSink,
): CheckedClause {
  const ast = c.ast;
  checkClauseHeader(ast, sink);
  const yearRange = ast.validity ? validityYears(ast.validity, sink) : fileYears;
  const paramTys = ast.params.map((p, i) => paramTy(c.paramTypes[i], p.name.text));
  const params = ast.params.map((p, i) => paramMeta(p, c.paramTypes[i], yearRange, sink));
  params.forEach((p, i) => {
    if (!p.optional && params.slice(0, i).some((q) => q.optional)) {
      sink.report("Z0603", ast.params[i]!.name.span, `必填参数「${p.name}」不能放在可选参数之后`, { hint: "Excel 按位置填参数：把有默认值的参数移到最后" });
    }
  });
  const originalText = ast.text?.value ?? "";
  const ctx: ExprContext = {
    src, resolved, clause: c, paramTys, localTys: [], localIrs: [], yearRange,
    yearParams: new Set(c.paramTypes.flatMap((t, i) => (t?.kind === "year" ? [i] : []))),
    originalText, sink, literals: [],
  };
  const statements = checkStatements(ast, ctx, sink);
  const meta: FunctionMeta = {
    id: `${resolved.ast.namespace?.text ?? ""}.${ast.name.text}`,
    namespace: resolved.ast.namespace?.text ?? "",
    name: ast.name.text,
    zhName: ast.zhName?.text ?? "",
    title: ast.title.text,
    article: ast.article,
    source: resolved.ast.source ?? "",
    document: documentOf(resolved.ast),
    text: originalText,
    note: ast.note?.value ?? "",
    params,
    result: "money",
  };
  return {
    meta,
    params: ast.params.map((p, i) => ({ name: p.name.text, ty: paramTys[i]!, unitLabel: unitLabel(c.paramTypes[i]) })),
    statements,
    localCount: ctx.localTys.length,
    examples: checkExamples(ast, c, src, sink),
    span: ast.span,
  };
}

/** The document a clause belongs to, from its file's header (one file = one document). */
function documentOf(ast: A.PolicyFile): FunctionMeta["document"] {
  const title = ast.title ?? "";
  return {
    title,
    ...(ast.issuer ? { issuer: ast.issuer } : {}),
    ...(ast.docNumber ? { docNumber: ast.docNumber } : {}),
    ...(ast.date ? { date: ast.date.text } : {}),
    draft: title.includes("征求意见稿"),
  };
}

function sourceOf(ctx: ExprContext, basis: A.StringLiteral | undefined, from: number): string {
  if (basis) return checkBasis(basis, ctx);
  return firstSentenceOf(ctx.originalText, ctx.literals.slice(from));
}

function checkStatements(ast: A.Clause, ctx: ExprContext, sink: DiagnosticSink): CheckedStatement[] {
  const out: CheckedStatement[] = [];
  let result: CheckedStatement | undefined;
  ast.statements.forEach((s, i) => {
    const mark = ctx.literals.length;
    if (s.kind === "applies") {
      const cond = checkCondition(s.cond, ctx, "「适用」");
      out.push({ kind: "applies", cond, text: textOf(ctx, s.cond.span), source: sourceOf(ctx, s.basis, mark) });
      return;
    }
    if (s.kind === "require") {
      out.push({ kind: "require", cond: checkCondition(s.cond, ctx, "「要求」"), message: s.message.value });
      return;
    }
    const typed = checkExpr(s.value, ctx);
    const tableBasis = s.value.kind === "bands" || s.value.kind === "lookup" ? s.value.basis : undefined;
    const source = sourceOf(ctx, s.basis ?? tableBasis, mark);
    const sourceFromRow = !s.basis && !tableBasis && (typed.ir.op === "bands" || typed.ir.op === "lookup");
    if (s.name.text === "结果") {
      if (typed.ty.t !== "error" && !isMoney(typed.ty)) {
        sink.report("Z0405", s.value.span, `结果须为金额，这里是${describeType(typed.ty)}`, { hint: resultHint(typed.ty) });
      }
      if (i !== ast.statements.length - 1) sink.report("Z0601", s.name.span, "「结果」须是条款的最后一步");
      result = { kind: "result", value: typed.ir, source, sourceFromRow };
      out.push(result);
      return;
    }
    const index = ctx.localTys.length;
    ctx.localTys.push(typed.ty);
    ctx.localIrs.push(typed.ir);
    out.push({ kind: "define", index, name: s.name.text, value: typed.ir, ty: typed.ty, source, sourceFromRow });
  });
  if (!result) sink.report("Z0601", ast.name.span, `条款「${ast.name.text}」缺少「结果 = …」`, { hint: "最后一步写：结果 = 计算式（须为金额）" });
  return out;
}

function resultHint(ty: Ty): string {
  if (ty.t === "num" && Object.keys(ty.dims).length === 0) return ty.kind === "ratio" ? "比例要乘到金额上：例如 投资额 × 3%" : "数要带金额单位，例如 10万元";
  const perUnit = ty.t === "num" ? Object.keys(ty.dims).find((d) => ty.dims[d]! < 0) : undefined;
  if (perUnit) return `这是每${perUnit}的金额：再乘以以${perUnit}计的数量，例如 × ${perUnit}数（参数类型写 ${perUnit}）`;
  if (ty.t === "num") return `金额 × 数量时，金额要写成单价，例如 5万元/${Object.keys(ty.dims).find((d) => d !== "金额") ?? "项"}`;
  return "结果须是一个金额";
}

function checkExamples(ast: A.Clause, c: ResolvedClause, src: string, sink: DiagnosticSink): CheckedExample[] {
  const index = new Map(ast.params.map((p, i) => [p.name.text, i]));
  return ast.examples.map((ex) => {
    const args: (number | string | boolean | null | undefined)[] = ast.params.map(() => undefined);
    const expectsError = ex.expected.kind === "error";
    for (const input of ex.inputs) {
      const i = index.get(input.name.text);
      if (i === undefined) {
        sink.report("Z0701", input.name.span, `示例里的「${input.name.text}」不是本条款的参数`, { hint: `参数有：${[...index.keys()].join("、") || "（无）"}` });
        continue;
      }
      const t = c.paramTypes[i];
      const v = excelValueOf(input.value, t, input.name.text);
      if (v === undefined || (!expectsError && t?.kind === "enum" && !t.values.includes(String(v)))) {
        if (!expectsError) {
          sink.report("Z0701", input.value.span, `示例值不符合参数「${input.name.text}」的类型（${describeType(paramTy(t, input.name.text))}）`, {
            hint: t?.kind === "enum" ? `可选的值：${t.values.join("、")}` : t?.kind === "ratio" ? "比例写成百分数，例如 5%" : "数要带单位，与参数一致",
          });
        }
        args[i] = input.value.kind === "number" ? Number((input.value.negative ? "-" : "") + input.value.digits) : input.value.kind === "name" ? input.value.name.text : input.value.kind === "bool" ? input.value.value : input.value.value;
        continue;
      }
      args[i] = v;
    }
    let expected: CheckedExample["expected"];
    if (ex.expected.kind === "error") expected = { kind: "error", fragment: ex.expected.fragment?.value };
    else {
      const lit = literalValue(ex.expected.value);
      if ("unknownUnit" in lit || !isMoney(lit.ty)) {
        sink.report("Z0701", ex.expected.value.span, "示例的期望结果须是金额，例如 60万元");
        expected = { kind: "value", value: "0" };
      } else expected = { kind: "value", value: lit.value };
    }
    return { span: ex.span, args, expected, text: src.slice(ex.span.start, lineEnd(src, ex.span.start)).trim() };
  });
}

const lineEnd = (src: string, from: number) => {
  const i = src.indexOf("\n", from);
  return i < 0 ? src.length : i;
};
