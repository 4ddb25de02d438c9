// Renders a diagnostic the way compilers do: header, file:line:col, the source line, a caret under the span
// (aligned for wide characters, which take two columns in a terminal), then related spans and the hint.
// Positions come from a line index built once per file, so rendering thousands of diagnostics stays linear.
import type { Diagnostic, Span } from "./diagnostic.js";
import { CODES } from "./codes.js";
import { LineIndex } from "../lex/lines.js";

export interface SourceFile {
  readonly path: string;
  readonly text: string;
  /** Set when the file's bytes were not UTF-8 (text is then empty): the first line that could not be read. */
  readonly notUtf8Line?: number;
}

export interface Position {
  readonly line: number; // 1-based
  readonly column: number; // 1-based, in characters
}

const indexes = new WeakMap<SourceFile, LineIndex>();

function indexOf(file: SourceFile): LineIndex {
  let index = indexes.get(file);
  if (!index) indexes.set(file, (index = new LineIndex(file.text)));
  return index;
}

/** Line and column of an offset in a file (1-based). */
export function positionIn(file: SourceFile, offset: number): Position {
  return indexOf(file).position(offset);
}

/** Line and column of an offset in a text; prefer positionIn for many lookups in one file. */
export function positionOf(text: string, offset: number): Position {
  return new LineIndex(text).position(offset);
}

/** Display width of a character: CJK and full-width forms take two terminal columns. */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  const wide =
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || c === 0x221e;
  return wide ? 2 : 1;
}

export const displayWidth = (s: string): number => [...s].reduce((w, ch) => w + charWidth(ch), 0);

/** The longest source line shown under a diagnostic; longer lines are cut around the span. */
const MAX_SHOWN = 160;

function excerpt(file: SourceFile, span: Span, label: string): string[] {
  const index = indexOf(file);
  const start = index.position(span.start);
  const end = index.position(Math.max(span.start, span.end));
  let src = index.lineText(start.line).replace(/\t/g, " ");
  let col = start.column;
  let lastCol = end.line === start.line ? Math.max(end.column, start.column + 1) : src.length + 1;
  if (src.length > MAX_SHOWN) {
    // A very long line (minified or garbage input): show a window around the span.
    const from = Math.max(0, col - 1 - 40);
    src = (from > 0 ? "…" : "") + src.slice(from, from + MAX_SHOWN) + (from + MAX_SHOWN < src.length ? "…" : "");
    const shift = from - (from > 0 ? 1 : 0);
    col -= shift;
    lastCol = Math.min(lastCol - shift, src.length + 1);
  }
  const chars = [...src];
  const before = chars.slice(0, col - 1).join("");
  const marked = chars.slice(col - 1, lastCol - 1).join("") || " ";
  const gutter = String(start.line).length;
  const pad = " ".repeat(gutter);
  return [
    `${pad} ┌─ ${file.path}:${start.line}:${start.column}`,
    `${pad} │`,
    `${start.line} │ ${src}`,
    `${pad} │ ${" ".repeat(displayWidth(before))}${"^".repeat(Math.max(1, Math.min(MAX_SHOWN, displayWidth(marked))))}${label ? " " + label : ""}`,
  ];
}

/** A diagnostic's header line: 错误[Z0401] 单位不相容：… (also the studio's, from the same parts). */
export function diagnosticHeadline(d: Pick<Diagnostic, "severity" | "code" | "message">, title: string = CODES[d.code].title): string {
  return `${d.severity === "error" ? "错误" : "警告"}[${d.code}] ${title}：${d.message}`;
}

export function renderDiagnostic(d: Diagnostic, files: ReadonlyMap<string, SourceFile>): string {
  const out = [diagnosticHeadline(d)];
  const file = files.get(d.span.file);
  if (file) out.push(...excerpt(file, d.span, ""));
  for (const r of d.related ?? []) {
    const rf = files.get(r.span.file);
    if (rf) out.push(...excerpt(rf, r.span, r.message));
  }
  if (d.hint) out.push(`  = 提示：${d.hint}`);
  return out.join("\n");
}
