// What every part of the CST → AST builder shares: the file, the diagnostics sink, and spans made from the tokens
// that really are in the file. Tokens the parser invented while recovering (inserted tokens with no offset) and
// layout tokens (empty image) never widen a span.
import type { CstNode, IToken } from "chevrotain";
import type { Span } from "../diagnostics/diagnostic.js";
import type { DiagnosticSink } from "../diagnostics/diagnostic.js";
import type * as A from "../ast/ast.js";
import * as T from "../lex/tokens.js";
import { firstInvisible, codepoint } from "../../runtime/invisible.js";
import { POLICY_NUMBER } from "../../runtime/numtext.js";

const NUMBER_WITH_UNIT = new RegExp(`^(${POLICY_NUMBER})(.*)$`);

/** A token that is really in the file (not inserted by recovery, not a layout token). */
export function isReal(t: IToken | undefined): t is IToken {
  return t !== undefined && Number.isFinite(t.startOffset) && t.image !== "" && !t.isInsertedInRecovery;
}

/** The first real token of a CST child list. */
export function first(tokens: readonly IToken[] | undefined): IToken | undefined {
  return tokens?.find(isReal);
}

export class BuildContext {
  /** End of the furthest real token seen: where a missing part is placed. */
  private lastEnd = 0;

  constructor(readonly file: string, readonly text: string, readonly sink: DiagnosticSink) {}

  /** The source a span covers, on one line (for quoting what was written). */
  textOf(span: Span): string {
    return this.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  }

  tokenSpan(t: IToken): Span {
    const end = (t.endOffset ?? t.startOffset) + 1;
    this.lastEnd = Math.max(this.lastEnd, end);
    return { file: this.file, start: t.startOffset, end: Math.max(t.startOffset, end) };
  }

  /** The span of a token if it is real, else an empty span where parsing had got to. */
  spanOr(t: IToken | undefined): Span {
    return isReal(t) ? this.tokenSpan(t) : this.here();
  }

  /** An empty span at the furthest position seen so far. */
  here(): Span {
    return { file: this.file, start: this.lastEnd, end: this.lastEnd };
  }

  /** The smallest span covering the given ones (absent ones are skipped; none: here()). */
  join(...spans: readonly (Span | undefined)[]): Span {
    let start = Infinity, end = -Infinity;
    for (const s of spans) {
      if (!s) continue;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    return Number.isFinite(start) ? { file: this.file, start, end } : this.here();
  }

  /** The span of every real token under a CST node (for small nodes such as a band: it walks the subtree). */
  extent(node: CstNode): Span {
    let start = Infinity, end = -Infinity;
    const walk = (n: CstNode) => {
      for (const list of Object.values(n.children)) {
        for (const child of list) {
          if ("children" in child) walk(child);
          else if (isReal(child)) {
            const s = this.tokenSpan(child);
            start = Math.min(start, s.start);
            end = Math.max(end, s.end);
          }
        }
      }
    };
    walk(node);
    return Number.isFinite(start) ? { file: this.file, start, end } : this.here();
  }

  /** A token as a name; a quoted one may hold anything but invisible characters (reported). */
  nameOf(t: IToken | undefined): A.Name {
    if (!isReal(t)) return { text: "", quoted: false, span: this.here() };
    const quoted = t.tokenType === T.QuotedName;
    const text = quoted ? t.image.slice(1, -1) : t.image;
    const span = this.tokenSpan(t);
    const hidden = firstInvisible(text);
    if (hidden) this.sink.report("Z0107", span, { name: text.replace(hidden, ""), codepoint: codepoint(hidden) });
    return { text, quoted, span };
  }

  numberOf(t: IToken | undefined, minus?: IToken): A.NumberLiteral | undefined {
    if (!isReal(t)) return undefined;
    const m = NUMBER_WITH_UNIT.exec(t.image);
    if (!m) return undefined;
    return { kind: "number", digits: m[1] ?? "", unit: m[2] ?? "", negative: isReal(minus), span: this.join(isReal(minus) ? this.tokenSpan(minus) : undefined, this.tokenSpan(t)) };
  }

  stringOf(t: IToken | undefined): A.StringLiteral | undefined {
    return isReal(t) ? { value: t.image.slice(1, -1), span: this.tokenSpan(t) } : undefined;
  }
}

/** Joins the lines of a raw text block without indentation or line breaks (Chinese text has no word spaces). */
export function joinRawLines(image: string): string {
  return image
    .replace(/^[:：]/, "")
    .split("\n")
    .map((l) => l.replace(/^[ \t\u3000]+/, "").replace(/[ \t\u3000\r]+$/, ""))
    .join("");
}
