// Syntax errors in the words drafters type. Chevrotain reports what it expected by token type; the label of each
// token type (lex/tokens.ts) names it, and layout tokens are named by what they mean on the page.
import type { IRecognitionException, IToken } from "chevrotain";
import * as T from "../lex/tokens.js";

/** What was expected, for “这里应有…”: layout tokens by what they mean (the end of the line, an indented line). */
export function describeExpected(name: string | undefined): string {
  if (name === undefined) return "别的内容";
  if (name === "Newline" || name === "Dedent") return "这一行的结尾";
  const type = T.allTokens.find((t) => t.name === name);
  return type ? T.tokenLabel(type) : name;
}

/** What was found, for “却是…”: the text written (shortened), or for a layout token where the line ended. */
export function describeFound(tok: IToken): string {
  if (tok.tokenType.name === "EOF") return "文件结尾";
  if (tok.tokenType === T.Indent) return "缩进的下一行";
  if (tok.image === "") return "行尾";
  const image = tok.image.length > 16 ? tok.image.slice(0, 16) + "…" : tok.image;
  return `「${image.replace(/\n/g, " ")}」`;
}

/** The token type Chevrotain's message says was expected (“--> ： <--”, by label, or by name when it has none). */
export function expectedTokenName(err: IRecognitionException): string | undefined {
  const said = /--> (.+?) <--/.exec(err.message)?.[1];
  if (said === undefined) return undefined;
  return T.allTokens.find((t) => t.name === said || t.LABEL === said)?.name ?? said;
}

/** Which of Z0201's hints fits what was expected. */
export function mismatchHint(expected: string | undefined): "colon" | "rparen" | "indent" | "none" {
  switch (expected) {
    case "Colon": return "colon";
    case "RParen": return "rparen";
    case "Indent": return "indent";
    default: return "none";
  }
}
