// The layout pass turns line structure into tokens, as in Python: a line indented deeper than the previous one
// opens a block (Indent), a shallower one closes blocks (Dedent), a line at the same depth separates items
// (Newline). Inside brackets, and after a token that cannot end an expression (an operator, a comma), a line
// break only continues the current line.
import { createTokenInstance, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";
import { DiagnosticSink } from "../diagnostics/diagnostic.js";

const OPENERS = new Set<TokenType>([T.LParen, T.LBracket]);
const CLOSERS = new Set<TokenType>([T.RParen, T.RBracket]);
/** Tokens after which the expression must go on: a line break after them is a continuation. */
const CONTINUES = new Set<TokenType>([
  T.Plus, T.Minus, T.Times, T.Divide, T.Comma, T.ListComma, T.Equals, T.GreaterEq, T.LessEq, T.Greater,
  T.Less, T.NotEq, T.KwAnd, T.KwOr, T.KwNot, T.KwIf, T.KwThen, T.KwElse, T.KwElseIf, T.KwCap, T.KwFloor,
  T.KwDeduct, T.KwPerFull, T.KwIs, T.KwIsNot, T.KwIn, T.Arrow, T.KwTo,
]);

function synthetic(type: TokenType, at: IToken): IToken {
  return createTokenInstance(
    type, "", at.startOffset, at.startOffset, at.startLine ?? 1, at.startLine ?? 1,
    at.startColumn ?? 1, at.startColumn ?? 1,
  );
}

function indentOf(text: string, token: IToken): number {
  const lineStart = text.lastIndexOf("\n", token.startOffset - 1) + 1;
  let w = 0;
  for (let i = lineStart; i < token.startOffset; i++) {
    const ch = text[i];
    w += ch === "\u3000" ? 2 : ch === "\t" ? 4 : 1;
  }
  return w;
}

/** A closing bracket the drafter forgot, supplied so that parsing goes on at the next line (image "" = synthetic). */
function closerAfter(opener: IToken, prev: IToken): IToken {
  const type = opener.tokenType === T.LBracket ? T.RBracket : T.RParen;
  const at = (prev.endOffset ?? prev.startOffset) + 1;
  return createTokenInstance(type, "", at, at, prev.endLine ?? 1, prev.endLine ?? 1, (prev.endColumn ?? 1) + 1, (prev.endColumn ?? 1) + 1);
}

/**
 * A line inside brackets that is indented no deeper than the line that opened them (and does not start with a
 * closer) is a new item: the brackets were never closed. Report it at the opener and close them, so one missing
 * 「）」 does not swallow the rest of the file.
 */
function closeForgotten(opened: IToken[], tok: IToken, prev: IToken, text: string, file: string, out: IToken[], sink: DiagnosticSink): void {
  const outer = opened[0]!;
  if (CLOSERS.has(tok.tokenType) || indentOf(text, tok) > indentOf(text, firstOnLine(out, outer))) return;
  sink.report("Z0104", { file, start: outer.startOffset, end: outer.startOffset + 1 }, `「${outer.image}」没有对应的「${outer.tokenType === T.LBracket ? "］" : "）"}」`, {
    hint: "括号须成对：在这一行末尾补上右括号",
  });
  while (opened.length) out.push(closerAfter(opened.pop()!, prev));
}

/** The first real token on the line of `tok` (its indentation is the line's). */
function firstOnLine(out: readonly IToken[], tok: IToken): IToken {
  let first = tok;
  for (let i = out.indexOf(tok) - 1; i >= 0 && out[i]!.startLine === tok.startLine; i--) if (out[i]!.image !== "") first = out[i]!;
  return first;
}

/** Words that begin a line whose block follows (even when the drafter forgot the 「：」, which the parser reports). */
const BLOCK_LINE_STARTS = new Set<TokenType>([T.KwClause, T.KwParams, T.KwExamples, T.KwTable]);
const TABLE_WORDS = new Set<TokenType>([T.KwBands, T.KwWholeBands, T.KwSlices, T.KwLookup]);

/** Whether the line just written opens a block: it ends in 「：」 (or 「：据“…”」), starts a 条款, or heads a table. */
function opensBlock(out: readonly IToken[]): boolean {
  const last = out[out.length - 1];
  if (!last) return false;
  if (last.tokenType === T.Colon) return true;
  if (last.tokenType === T.StringLit && out[out.length - 2]?.tokenType === T.KwBasis && out[out.length - 3]?.tokenType === T.Colon) return true;
  const first = firstOnLine(out, last);
  if (BLOCK_LINE_STARTS.has(first.tokenType)) return true;
  for (let i = out.length - 1; i >= 0 && out[i] !== first; i--) if (TABLE_WORDS.has(out[i]!.tokenType)) return true;
  return false;
}

export function layout(text: string, file: string, tokens: IToken[], sink: DiagnosticSink): IToken[] {
  const out: IToken[] = [];
  const stack = [0];
  const opened: IToken[] = [];
  let prev: IToken | undefined;
  for (const tok of tokens) {
    const startsLine = prev !== undefined && (tok.startLine ?? 0) > (prev.endLine ?? prev.startLine ?? 0);
    if (startsLine && opened.length > 0) closeForgotten(opened, tok, prev!, text, file, out, sink);
    const depth = opened.length;
    // A line break after an operator continues the line only when the next line is indented deeper than the
    // statement: a dangling 「×」 at the end of a step must not swallow the next step.
    const continues = startsLine && CONTINUES.has(prev!.tokenType) && indentOf(text, tok) > stack[stack.length - 1]!;
    if (startsLine && depth === 0 && !continues) {
      const indent = indentOf(text, tok);
      if (indent > stack[stack.length - 1]! && opensBlock(out)) {
        stack.push(indent);
        out.push(synthetic(T.Indent, tok));
      } else if (indent > stack[stack.length - 1]!) {
        // Deeper, but the line before does not open a block: keep the line at the current level so the rest of
        // the clause still parses.
        sink.report("Z0103", { file, start: tok.startOffset, end: tok.endOffset! + 1 }, "这一行比上一行缩进更深，但上一行并不开始一个块", {
          hint: "只有以「：」结尾的行（参数：、示例：、表头）下面才缩进；续行须以运算符或逗号结束上一行",
        });
        out.push(synthetic(T.Newline, tok));
      } else {
        while (indent < stack[stack.length - 1]!) {
          // Between two levels: report it and keep the line in the inner block, so the block's items still parse.
          if (indent > stack[stack.length - 2]!) {
            sink.report("Z0103", { file, start: tok.startOffset, end: tok.endOffset! + 1 },
              "这一行的缩进与前面任何一层都对不齐", { hint: "同一块里的行须缩进相同的空格数" });
            break;
          }
          stack.pop();
          out.push(synthetic(T.Dedent, tok));
        }
        out.push(synthetic(T.Newline, tok));
      }
    } else if (prev === undefined) {
      const indent = indentOf(text, tok);
      if (indent > 0) {
        stack.push(indent);
        out.push(synthetic(T.Indent, tok));
      }
    }
    if (OPENERS.has(tok.tokenType)) opened.push(tok);
    if (CLOSERS.has(tok.tokenType)) opened.pop();
    out.push(tok);
    prev = tok;
  }
  const end = prev ?? createTokenInstance(T.Newline, "", 0, 0, 1, 1, 1, 1);
  while (stack.length > 1) {
    stack.pop();
    out.push(synthetic(T.Dedent, end));
  }
  out.push(synthetic(T.Newline, end));
  return out;
}
