// What the editor knows about the language, all derived from the lexer's own token definitions
// (compiler/lex/tokens.ts, the one home of the keywords) and the unit table (compiler/units/units.ts):
// the keyword words for completion, and which highlighting class each token type gets.
import type { TokenType } from "chevrotain";
import * as T from "../../../compiler/lex/tokens.js";
import { UNIT_SPELLINGS } from "../../../compiler/units/units.js";

/** Keyword tokens are the ones that fall back to a name when the run of name characters is longer. */
const isKeyword = (t: TokenType) => t.LONGER_ALT === T.Identifier;

/** The spellings of a keyword token (its pattern is the alternation of its words). */
export const wordsOf = (t: TokenType): string[] => (t.PATTERN as RegExp).source.split("|");

export const KEYWORD_TOKENS: readonly TokenType[] = T.allTokens.filter(isKeyword);

/** Every keyword word, in token order (for completion). */
export const KEYWORDS: readonly string[] = [...new Set(KEYWORD_TOKENS.flatMap(wordsOf))];

export const UNITS: readonly string[] = UNIT_SPELLINGS;

export type TokenClass = "keyword" | "operator" | "table" | "number" | "string" | "name" | "quoted" | "raw" | "title" | "header" | "punct";

const operatorWords = new Set(T.OPERATOR_WORDS);
const tableWords = new Set(T.KEYWORD_WORDS);

/** Structure keywords; words that read as operators (若 则 封顶 …); table and bound words (分档 以上 …). */
function keywordClass(t: TokenType): TokenClass {
  const words = wordsOf(t);
  if (words.some((w) => operatorWords.has(w))) return "operator";
  if (words.some((w) => tableWords.has(w))) return "table";
  return "keyword";
}

const FIXED = new Map<TokenType, TokenClass>([
  [T.NumberLit, "number"], [T.DateLit, "number"], [T.Infinity_, "number"],
  [T.StringLit, "string"], [T.QuotedName, "quoted"], [T.Identifier, "name"],
  [T.RawBlock, "raw"], [T.ClauseHead, "title"], [T.RawLine, "header"],
  [T.Inclusive, "table"], [T.Exclusive, "table"],
]);

const CLASSES = new Map<TokenType, TokenClass>(T.allTokens.map((t) => [t, FIXED.get(t) ?? (isKeyword(t) ? keywordClass(t) : "punct")]));

export function tokenClass(t: TokenType): TokenClass {
  return CLASSES.get(t) ?? "punct";
}
