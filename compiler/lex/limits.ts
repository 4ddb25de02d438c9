// Limits that keep every later phase safe and linear: an expression nested deeper than MAX_DEPTH (brackets,
// 若…则…否则, runs of 非 or unary minus) or with more than MAX_OPERATORS operators is reported where it goes over
// the limit and replaced by one Omitted token, which the parser reads as an expression that is already reported.
// The recursive phases (parser, checker, emitter, interpreter) then never recurse deeper than these limits allow.
import type { IToken, TokenType } from "chevrotain";
import * as T from "./tokens.js";
import type { DiagnosticSink } from "../diagnostics/diagnostic.js";
import { synthetic } from "./layout.js";

export const MAX_DEPTH = 40;
export const MAX_OPERATORS = 400;

const LAYOUT = new Set<TokenType>([T.Newline, T.Indent, T.Dedent]);
const OPENERS = new Set<TokenType>([T.LParen, T.LBracket]);
const CLOSERS = new Set<TokenType>([T.RParen, T.RBracket]);
const PREFIX = new Set<TokenType>([T.KwNot, T.Minus]);
/** After these, 非 or − is a prefix operator (nothing to its left to subtract from). */
const BEFORE_OPERAND = new Set<TokenType>([...T.NEEDS_OPERAND, ...OPENERS, T.Colon, T.Comma, T.ListComma, T.Arrow, T.KwHalve]);

interface Excess {
  readonly at: IToken;
  readonly code: "Z0105" | "Z0108";
  readonly value: number;
}

/** The first place a logical line goes over a limit, if it does. */
function findExcess(tokens: readonly IToken[], from: number, to: number): Excess | undefined {
  let brackets = 0, ifs = 0, prefixRun = 0, operators = 0;
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!, type = tok.tokenType;
    const prev = i > from ? tokens[i - 1]!.tokenType : undefined;
    if (OPENERS.has(type)) brackets++;
    else if (CLOSERS.has(type)) brackets = Math.max(0, brackets - 1);
    else if (type === T.KwIf) ifs++;
    else if (type === T.KwElse) ifs = Math.max(0, ifs - 1);
    prefixRun = PREFIX.has(type) && (prev === undefined || BEFORE_OPERAND.has(prev)) ? prefixRun + 1 : 0;
    if (T.NEEDS_OPERAND.has(type)) operators++;
    const depth = brackets + ifs + prefixRun;
    if (depth > MAX_DEPTH) return { at: tok, code: "Z0105", value: depth };
    if (operators > MAX_OPERATORS) return { at: tok, code: "Z0108", value: operators };
  }
  return undefined;
}

/** Where the expression of a logical line starts: after its first top-level 「=」 or 「：」, else at its start. */
function expressionStart(tokens: readonly IToken[], from: number, to: number): number {
  let brackets = 0;
  for (let i = from; i < to; i++) {
    const type = tokens[i]!.tokenType;
    if (OPENERS.has(type)) brackets++;
    else if (CLOSERS.has(type)) brackets--;
    else if (brackets === 0 && (type === T.Equals || type === T.Colon)) return i + 1;
  }
  return from;
}

export function applyLimits(file: string, tokens: IToken[], sink: DiagnosticSink): IToken[] {
  const out: IToken[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !LAYOUT.has(tokens[i]!.tokenType)) continue;
    const excess = findExcess(tokens, start, i);
    if (excess) {
      const from = Math.min(expressionStart(tokens, start, i), i - 1);
      const at = excess.at;
      const span = { file, start: at.startOffset, end: (at.endOffset ?? at.startOffset) + 1 };
      if (excess.code === "Z0105") sink.report("Z0105", span, { depth: excess.value, limit: MAX_DEPTH });
      else sink.report("Z0108", span, { count: excess.value, limit: MAX_OPERATORS });
      for (let k = start; k < from; k++) out.push(tokens[k]!);
      out.push(synthetic(T.Omitted, tokens[from]!));
    } else {
      for (let k = start; k < i; k++) out.push(tokens[k]!);
    }
    if (i < tokens.length) out.push(tokens[i]!);
    start = i + 1;
  }
  return out;
}
