// The layout pass turns line structure into tokens, as in Python: a line indented deeper than the previous one
// opens a block (Indent), a shallower one closes blocks (Dedent), a line at the same depth separates items
// (Newline). Inside brackets, and after a token that cannot end an expression (an operator, a comma), a line
// break only continues the current line. Linear in the number of tokens.
import { createTokenInstance, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";
import type { DiagnosticSink } from "../diagnostics/diagnostic.js";
import { indentWidthAt, lineIndexOf, type LineIndex } from "./lines.js";

const OPENERS = new Set<TokenType>([T.LParen, T.LBracket]);
const CLOSERS = new Set<TokenType>([T.RParen, T.RBracket]);
/** Tokens after which the expression must go on: a line break after them is a continuation. */
const CONTINUES = new Set<TokenType>([...T.NEEDS_OPERAND, T.Comma, T.ListComma, T.Arrow]);
/** Words that begin a line whose block follows (even when the drafter forgot the 「：」, which the parser reports). */
const BLOCK_LINE_STARTS = new Set<TokenType>([T.KwClause, T.KwRule, T.KwParams, T.KwExamples, T.KwSettleExamples, T.KwTable]);
const TABLE_WORDS = new Set<TokenType>([T.KwBands, T.KwWholeBands, T.KwSlices, T.KwLookup, T.KwLadder]);

export function synthetic(type: TokenType, at: IToken): IToken {
  return createTokenInstance(
    type, "", at.startOffset, at.startOffset, at.startLine ?? 1, at.startLine ?? 1,
    at.startColumn ?? 1, at.startColumn ?? 1,
  );
}

/** A closing bracket the drafter forgot, supplied so that parsing goes on at the next line (image "" = synthetic). */
function closerAfter(opener: IToken, prev: IToken): IToken {
  const type = opener.tokenType === T.LBracket ? T.RBracket : T.RParen;
  const at = (prev.endOffset ?? prev.startOffset) + 1;
  return createTokenInstance(type, "", at, at, prev.endLine ?? 1, prev.endLine ?? 1, (prev.endColumn ?? 1) + 1, (prev.endColumn ?? 1) + 1);
}

interface Opened {
  readonly token: IToken;
  /** Indentation of the line the bracket was opened on. */
  readonly lineIndent: number;
}

class Layout {
  readonly out: IToken[] = [];
  private readonly stack = [0];
  private readonly opened: Opened[] = [];
  private prev: IToken | undefined;
  /** Index in `out` of the first real token of the current physical line. */
  private lineFirst = 0;
  /**
   * A line indented deeper than a line that opens no block (Z0109), reported when the line ends — unless it is an
   * example line (it has 「→」): then its real mistake is the missing 「示例：」 above it, which the parser names.
   */
  private deeper: { span: { file: string; start: number; end: number }; example: boolean } | undefined;
  private readonly lines: LineIndex;

  constructor(private readonly text: string, private readonly file: string, private readonly sink: DiagnosticSink) {
    this.lines = lineIndexOf(text);
  }

  private indentOf(tok: IToken): number {
    return indentWidthAt(this.text, this.lines.lineStart(tok.startOffset));
  }

  private get level(): number {
    return this.stack[this.stack.length - 1]!;
  }

  push(tok: IToken): void {
    const prev = this.prev;
    const startsLine = prev !== undefined && (tok.startLine ?? 0) > (prev.endLine ?? prev.startLine ?? 0);
    if (startsLine && this.opened.length > 0) this.closeForgotten(tok, prev);
    // A line break after an operator continues the line only when the next line is indented deeper than the
    // statement: a dangling 「×」 at the end of a step must not swallow the next step.
    const continues = startsLine && CONTINUES.has(prev.tokenType) && this.indentOf(tok) > this.level;
    if (startsLine && this.opened.length === 0 && !continues) this.newLine(tok);
    else if (prev === undefined && this.indentOf(tok) > 0) {
      this.stack.push(this.indentOf(tok));
      this.out.push(synthetic(T.Indent, tok));
    }
    if (startsLine || prev === undefined) this.lineFirst = this.out.length;
    if (tok.tokenType === T.Arrow && this.deeper) this.deeper.example = true;
    if (OPENERS.has(tok.tokenType)) this.opened.push({ token: tok, lineIndent: this.indentOf(this.out[this.lineFirst] ?? tok) });
    if (CLOSERS.has(tok.tokenType)) this.opened.pop();
    this.out.push(tok);
    this.prev = tok;
  }

  private flushDeeper(): void {
    if (this.deeper && !this.deeper.example) this.sink.report("Z0109", this.deeper.span, {});
    this.deeper = undefined;
  }

  private newLine(tok: IToken): void {
    this.flushDeeper();
    const indent = this.indentOf(tok);
    const span = { file: this.file, start: tok.startOffset, end: (tok.endOffset ?? tok.startOffset) + 1 };
    if (indent > this.level && this.opensBlock()) {
      this.stack.push(indent);
      this.out.push(synthetic(T.Indent, tok));
      return;
    }
    if (indent > this.level) {
      // Deeper, but the line before does not open a block: keep the line at the current level so the rest of the
      // clause still parses.
      this.deeper = { span, example: false };
      this.out.push(synthetic(T.Newline, tok));
      return;
    }
    while (indent < this.level) {
      // Between two levels: report it and keep the line in the inner block, so the block's items still parse.
      if (indent > this.stack[this.stack.length - 2]!) {
        this.sink.report("Z0103", span, {});
        break;
      }
      this.stack.pop();
      this.out.push(synthetic(T.Dedent, tok));
    }
    this.out.push(synthetic(T.Newline, tok));
  }

  /** Whether the line just written opens a block: it ends in 「：」 (or 「：据“…”」), starts a block line, or heads a table. */
  private opensBlock(): boolean {
    const out = this.out;
    const last = out[out.length - 1];
    if (!last) return false;
    if (last.tokenType === T.Colon) return true;
    if (last.tokenType === T.StringLit && out[out.length - 2]?.tokenType === T.KwBasis && out[out.length - 3]?.tokenType === T.Colon) return true;
    const first = out[this.lineFirst];
    if (first && BLOCK_LINE_STARTS.has(first.tokenType)) return true;
    for (let i = out.length - 1; i >= this.lineFirst; i--) if (TABLE_WORDS.has(out[i]!.tokenType)) return true;
    return false;
  }

  /**
   * A line inside brackets that is indented no deeper than the line that opened them (and does not start with a
   * closer) is a new item: the brackets were never closed. Report it at the opener and close them, so one missing
   * 「）」 does not swallow the rest of the file.
   */
  private closeForgotten(tok: IToken, prev: IToken): void {
    const outer = this.opened[0]!;
    if (CLOSERS.has(tok.tokenType) || this.indentOf(tok) > outer.lineIndent) return;
    const open = outer.token;
    this.sink.report("Z0104", { file: this.file, start: open.startOffset, end: open.startOffset + 1 }, {
      open: open.image, close: open.tokenType === T.LBracket ? "］" : "）",
    });
    while (this.opened.length) this.out.push(closerAfter(this.opened.pop()!.token, prev));
  }

  finish(): IToken[] {
    this.flushDeeper();
    const end = this.prev ?? createTokenInstance(T.Newline, "", 0, 0, 1, 1, 1, 1);
    while (this.stack.length > 1) {
      this.stack.pop();
      this.out.push(synthetic(T.Dedent, end));
    }
    this.out.push(synthetic(T.Newline, end));
    return this.out;
  }
}

export function layout(text: string, file: string, tokens: readonly IToken[], sink: DiagnosticSink): IToken[] {
  const l = new Layout(text, file, sink);
  for (const tok of tokens) l.push(tok);
  return l.finish();
}
