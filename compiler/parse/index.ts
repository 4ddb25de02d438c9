// Parsing phase: tokens → AST, with every syntax error reported in Chinese and parsing resumed after it.
import type { IRecognitionException, IToken } from "chevrotain";
import { parserInstance } from "./parser.js";
import type { PolicyFile } from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import { describeToken, expectedHint, OPERATOR_IMAGES } from "./messages.js";
import * as T from "../lex/tokens.js";

export interface ParseResult {
  readonly ast: PolicyFile;
  readonly diagnostics: Diagnostic[];
}

export function parse(file: string, tokens: IToken[]): ParseResult {
  const parser = parserInstance;
  parser.file = file;
  parser.input = tokens;
  (parser as unknown as { lastEnd: number }).lastEnd = 0;
  const ast = parser.policyFile();
  const sink = new DiagnosticSink();
  for (const err of parser.errors) reportSyntaxError(file, err, tokens, sink);
  const empty: PolicyFile = { path: file, enums: [], tables: [], clauses: [], span: { file, start: 0, end: 0 } };
  const result = ast ?? empty;
  return { ast: parser.errors.length ? { ...result, attemptedNames: attemptedDefinitions(tokens) } : result, diagnostics: sink.items };
}

/**
 * Names written as `名称 =` at the start of a line. When a step fails to parse it is dropped from the AST; knowing
 * its name lets the resolver stay quiet about later uses of it instead of piling “未定义的名称” on the real error.
 */
function attemptedDefinitions(tokens: IToken[]): string[] {
  const names: string[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.tokenType;
    const lineStart = i === 0 || before === T.Newline || before === T.Indent || before === T.Dedent;
    if (lineStart && (t.tokenType === T.Identifier || t.tokenType === T.QuotedName) && tokens[i + 1]?.tokenType === T.Equals) {
      names.push(t.tokenType === T.QuotedName ? t.image.slice(1, -1) : t.image);
    }
  });
  return names;
}

function reportSyntaxError(file: string, err: IRecognitionException, tokens: IToken[], sink: DiagnosticSink): void {
  let tok = err.token;
  // Errors at a synthetic layout token or at end of input point at the last real token before it.
  if (!Number.isFinite(tok.startOffset) || tok.image === "") {
    const idx = tokens.indexOf(tok);
    const before = (idx > 0 ? tokens.slice(0, idx) : tokens).filter((t) => t.image !== "");
    const prev = before[before.length - 1];
    if (prev) tok = { ...prev, startOffset: prev.endOffset ?? prev.startOffset, endOffset: prev.endOffset } as IToken;
  }
  const start = Number.isFinite(tok.startOffset) ? tok.startOffset : 0;
  const end = (tok.endOffset ?? start) + 1;
  const unit = unknownUnitAfterNumber(err.token, tokens);
  if (unit) {
    sink.report("Z0102", { file, start: err.token.startOffset, end: (err.token.endOffset ?? err.token.startOffset) + 1 }, `「${unit}」不是已知的单位`, {
      hint: "可用的单位：元、万元、亿元、%、个百分点、平方米、亩、吨、吨标煤、斤、台、套、项、个、人、家、家次、款、件、次、级、位、张、年、月、天，以及用 / 组成的单价",
    });
    return;
  }
  const dangling = err.token.image === "" ? danglingOperator(err.token, tokens) : undefined;
  const { message, hint } = dangling
    ? { message: `这一行没有写完：「${dangling}」后面缺少内容`, hint: "补上运算的另一边；若要换行接着写，下一行须比这一步缩进更深" }
    : expectedHint(err, describeToken(err.token));
  sink.report("Z0201", { file, start, end: Math.max(start + 1, end) }, message, hint ? { hint } : {});
}

/** The operator a line ended on, when a syntax error falls on the line break right after it. */
function danglingOperator(at: IToken, tokens: IToken[]): string | undefined {
  const idx = tokens.indexOf(at);
  const prev = tokens.slice(0, Math.max(0, idx)).reverse().find((t) => t.image !== "");
  return prev && OPERATOR_IMAGES.has(prev.tokenType.name) ? prev.image : undefined;
}

/** `3美元`: a name written right after a number is almost always a unit the language does not know. */
function unknownUnitAfterNumber(at: IToken, tokens: IToken[]): string | undefined {
  if (at.tokenType !== T.Identifier) return undefined;
  const prev = tokens[tokens.indexOf(at) - 1];
  const adjacent = prev?.tokenType === T.NumberLit && (prev.endOffset ?? -2) + 1 === at.startOffset;
  return adjacent ? at.image : undefined;
}
