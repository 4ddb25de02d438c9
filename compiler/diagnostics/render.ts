// Renders a diagnostic the way compilers do: header, file:line:col, the source line, a caret under the span
// (aligned for wide characters, which take two columns in a terminal), then related spans and the hint.
import type { Diagnostic, Span } from "./diagnostic.js";
import { CODES } from "./codes.js";

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface Position {
  readonly line: number; // 1-based
  readonly column: number; // 1-based, in characters
}

export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
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

function lineText(text: string, line: number): string {
  return text.split("\n")[line - 1]?.replace(/\r$/, "") ?? "";
}

function excerpt(file: SourceFile, span: Span, label: string): string[] {
  const start = positionOf(file.text, span.start);
  const end = positionOf(file.text, Math.max(span.start, span.end));
  const src = lineText(file.text, start.line).replace(/\t/g, " ");
  const chars = [...src];
  const before = chars.slice(0, start.column - 1).join("");
  const lastCol = end.line === start.line ? Math.max(end.column, start.column + 1) : chars.length + 1;
  const marked = chars.slice(start.column - 1, lastCol - 1).join("") || " ";
  const gutter = String(start.line).length;
  const pad = " ".repeat(gutter);
  return [
    `${pad} ┌─ ${file.path}:${start.line}:${start.column}`,
    `${pad} │`,
    `${start.line} │ ${src}`,
    `${pad} │ ${" ".repeat(displayWidth(before))}${"^".repeat(Math.max(1, displayWidth(marked)))}${label ? " " + label : ""}`,
  ];
}

export function renderDiagnostic(d: Diagnostic, files: ReadonlyMap<string, SourceFile>): string {
  const kind = d.severity === "error" ? "错误" : "警告";
  const out = [`${kind}[${d.code}] ${CODES[d.code].title}：${d.message}`];
  const file = files.get(d.span.file);
  if (file) out.push(...excerpt(file, d.span, ""));
  for (const r of d.related ?? []) {
    const rf = files.get(r.span.file);
    if (rf) out.push(...excerpt(rf, r.span, r.message));
  }
  if (d.hint) out.push(`  = 提示：${d.hint}`);
  return out.join("\n");
}
