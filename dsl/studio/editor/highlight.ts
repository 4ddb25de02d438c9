// Highlighting by the project's own lexer: the whole text is tokenised with the compiler's token definitions on
// every change (a few milliseconds for the largest policy), and the visible tokens are marked with a class per
// token kind (editor/vocabulary.ts). Comments are skipped by the lexer, so they are found in the gaps between
// tokens, which hold only white space, comments and characters the lexer could not read.
import { Lexer, type IToken } from "chevrotain";
import { RangeSetBuilder } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import { allTokens } from "../../../compiler/lex/tokens.js";
import { tokenClass, type TokenClass } from "./vocabulary.js";

/** The compiler's tokens as a lexer of the editor's own (offsets only); the indentation rules use it too. */
export const editorLexer = new Lexer(allTokens, { positionTracking: "onlyOffset", ensureOptimizations: true, skipValidations: true });

export interface Span {
  readonly from: number;
  readonly to: number;
  readonly cls: TokenClass | "comment";
}

/** Every highlighted span of a text, in order. */
export function highlightSpans(text: string): Span[] {
  const tokens: IToken[] = editorLexer.tokenize(text).tokens;
  const out: Span[] = [];
  let gapStart = 0;
  const gap = (from: number, to: number) => {
    const re = /[#＃][^\n]*/g;
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ from: m.index, to: Math.min(to, m.index + m[0].length), cls: "comment" });
  };
  for (const t of tokens) {
    const end = t.startOffset + t.image.length; // (offset-only tracking keeps no endOffset)
    gap(gapStart, t.startOffset);
    if (end > t.startOffset) out.push({ from: t.startOffset, to: end, cls: tokenClass(t.tokenType) });
    gapStart = end;
  }
  gap(gapStart, text.length);
  return out;
}

const marks = new Map<string, Decoration>();
const markFor = (cls: string) => marks.get(cls) ?? marks.set(cls, Decoration.mark({ class: `zc-${cls}` })).get(cls)!;

class Highlighter {
  decorations: DecorationSet;
  private spans: Span[];

  constructor(view: EditorView) {
    this.spans = highlightSpans(view.state.doc.toString());
    this.decorations = this.build(view);
  }

  update(u: ViewUpdate): void {
    if (u.docChanged) this.spans = highlightSpans(u.state.doc.toString());
    if (u.docChanged || u.viewportChanged) this.decorations = this.build(u.view);
  }

  /** Marks only the visible part (binary search to the first span there). */
  private build(view: EditorView): DecorationSet {
    const builder = new RangeSetBuilder<Decoration>();
    let next = 0; // a span across two visible ranges is added once
    for (const { from, to } of view.visibleRanges) {
      let lo = 0, hi = this.spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.spans[mid]!.to <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = Math.max(lo, next); i < this.spans.length && this.spans[i]!.from < to; i++, next = i) {
        const s = this.spans[i]!;
        if (s.cls !== "name" && s.cls !== "punct") builder.add(s.from, s.to, markFor(s.cls));
      }
    }
    return builder.finish();
  }
}

export const lexerHighlighting = ViewPlugin.fromClass(Highlighter, { decorations: (v) => v.decorations });
