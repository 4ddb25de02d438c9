// Lexing phase: text → tokens with layout (Newline/Indent/Dedent), plus diagnostics for what could not be read.
import { Lexer, type IToken } from "chevrotain";
import { allTokens } from "./tokens.js";
import { layout } from "./layout.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";

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
    const ch = text.slice(err.offset, err.offset + err.length);
    sink.report("Z0101", { file, start: err.offset, end: err.offset + Math.max(1, err.length) },
      `无法识别「${ch.slice(0, 12)}」`, {
        hint: /[0-9]/.test(ch[0] ?? "")
          ? "数后面的单位不认识，或者名称以数字开头；含数字的名称请用「」括起"
          : "这里不能出现这个字符；名称里的特殊字符请用「」括起，文字请用“”括起",
      });
  }
  return { tokens: layout(text, file, result.tokens, sink), diagnostics: sink.items };
}
