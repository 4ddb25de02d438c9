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
  const unit = unknownUnitAfterNumber(err.token, tokens);
  if (unit) {
    sink.report("Z0102", spanOf(file, err.token), `「${unit}」不是已知的单位`, {
      hint: "可用的单位：元、万元、亿元、%、个百分点、平方米、亩、吨、吨标煤、斤、台、套、项、个、人、家、家次、款、件、次、级、位、张、年、月、天，以及用 / 组成的单价",
    });
    return;
  }
  const layoutToken = !Number.isFinite(err.token.startOffset) || err.token.image === "";
  const prev = layoutToken ? lastRealTokenBefore(err.token, tokens) : undefined;
  const dangling = prev && OPERATOR_IMAGES.has(prev.tokenType.name) ? prev : undefined;
  if (dangling) {
    sink.report("Z0201", spanOf(file, dangling), `这一行没有写完：「${dangling.image}」后面缺少内容`, {
      hint: "补上运算的另一边；若要换行接着写，下一行须比这一步缩进更深",
    });
    return;
  }
  // An error at a line break or the end of the file is shown just after the last thing written.
  const after = prev ? (prev.endOffset ?? prev.startOffset) + 1 : 0;
  // (Zero width: at the end of the file there is no character to mark; the renderer draws one caret.)
  const span = layoutToken ? { file, start: after, end: after } : spanOf(file, err.token);
  const { message, hint } = expectedHint(err, describeToken(err.token));
  sink.report("Z0201", span, message, { hint: spacedKeywordHint(err.token) ?? hint });
}

function spanOf(file: string, tok: IToken) {
  const start = tok.startOffset;
  return { file, start, end: Math.max(start + 1, (tok.endOffset ?? start) + 1) };
}

function lastRealTokenBefore(at: IToken, tokens: IToken[]): IToken | undefined {
  const idx = tokens.indexOf(at);
  return tokens.slice(0, idx < 0 ? tokens.length : idx).reverse().find((t) => t.image !== "");
}

/** `以上不满3000万元` reads 以上不满 as one name: say where the spaces go. */
function spacedKeywordHint(tok: IToken): string | undefined {
  if (tok.tokenType !== T.Identifier) return undefined;
  const words = [...T.KEYWORD_WORDS].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(words.join("|"), "g");
  if (!pattern.test(tok.image)) return undefined;
  const spaced = tok.image.replace(pattern, (w) => ` ${w} `).replace(/\s+/g, " ").trim();
  return `「${tok.image}」被读成了一个名称；关键字两侧须留空格，例如「${spaced}」`;
}

/** `3美元`: a name written right after a number is almost always a unit the language does not know. */
function unknownUnitAfterNumber(at: IToken, tokens: IToken[]): string | undefined {
  if (at.tokenType !== T.Identifier) return undefined;
  const prev = tokens[tokens.indexOf(at) - 1];
  const adjacent = prev?.tokenType === T.NumberLit && (prev.endOffset ?? -2) + 1 === at.startOffset;
  // 1000万元以上不满…: bound words glued together, not a unit (spacedKeywordHint explains it).
  const gluedKeywords = T.KEYWORD_WORDS.some((w) => at.image.startsWith(w));
  return adjacent && !gluedKeywords ? at.image : undefined;
}
