// Parsing phase: tokens → AST, with every syntax error reported in Chinese and parsing resumed after it.
import type { IRecognitionException, IToken } from "chevrotain";
import { parserInstance } from "./parser.js";
import type { PolicyFile } from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import { describeToken, expectedHint } from "./messages.js";

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
  return { ast: ast ?? { path: file, enums: [], tables: [], clauses: [], span: { file, start: 0, end: 0 } }, diagnostics: sink.items };
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
  const { message, hint } = expectedHint(err, describeToken(err.token));
  sink.report("Z0201", { file, start, end: Math.max(start + 1, end) }, message, hint ? { hint } : {});
}
