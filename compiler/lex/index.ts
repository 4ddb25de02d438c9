// Lexing phase: text → tokens with layout (Newline/Indent/Dedent) and limits applied, plus diagnostics for what
// could not be read.
import { Lexer, type IToken } from "chevrotain";
import { allTokens } from "./tokens.js";
import { layout } from "./layout.js";
import { applyLimits } from "./limits.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import { describeCharacters } from "../../runtime/invisible.js";

const lexer = new Lexer(allTokens, {
  positionTracking: "full",
  ensureOptimizations: true,
  skipValidations: true,
});

export interface LexResult {
  readonly tokens: IToken[];
  readonly diagnostics: Diagnostic[];
}

export function lex(file: string, text: string): LexResult {
  const sink = new DiagnosticSink();
  const result = lexer.tokenize(text);
  for (const err of result.errors) {
    const chars = text.slice(err.offset, err.offset + Math.max(1, err.length));
    sink.report("Z0101", { file, start: err.offset, end: err.offset + Math.max(1, err.length) }, { text: describeCharacters(chars.slice(0, 12)) });
  }
  const laidOut = layout(text, file, result.tokens, sink);
  return { tokens: applyLimits(file, laidOut, sink), diagnostics: sink.items };
}
