// Line arithmetic over a source text in O(log n) per question: where a line starts, which line an offset is on,
// how wide a line's indentation is. The index of the last text asked about is kept, so the lexer's custom patterns
// (which see only the text and an offset) do not rescan the file for every token.
export class LineIndex {
  /** Offsets at which each line starts; starts[0] = 0. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(offset: number): number {
    return this.starts[this.lineOf(offset)]!;
  }

  /** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.starts[line]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    const next = this.starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, "");
  }
}

let last: LineIndex | undefined;

/** The index of `text`, reused while the same text is asked about. */
export function lineIndexOf(text: string): LineIndex {
  if (last?.text !== text) last = new LineIndex(text);
  return last;
}

export function lineStartOf(text: string, offset: number): number {
  return lineIndexOf(text).lineStart(offset);
}

/** Indentation width from a line start: a space counts 1, a full-width space 2, a tab 4. */
export function indentWidthAt(text: string, lineStart: number): number {
  let w = 0;
  for (let i = lineStart; i < text.length; i++) {
    const ch = text[i];
    if (ch === " ") w += 1;
    else if (ch === "\u3000") w += 2;
    else if (ch === "\t") w += 4;
    else break;
  }
  return w;
}
