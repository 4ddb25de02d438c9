// A compiler diagnostic as the studio lists it: the diagnostic's own message and hint, the code's title from
// codes.ts (as `zhengce check` prints them), and positions for the editor.
import { CODES } from "../../../compiler/diagnostics/codes.js";
import type { Diagnostic } from "../../../compiler/diagnostics/diagnostic.js";
import { diagnosticHeadline, positionIn, type SourceFile } from "../../../compiler/diagnostics/render.js";
import type { StudioDiagnostic } from "../protocol.js";

export function toStudioDiagnostic(d: Diagnostic, sources: ReadonlyMap<string, SourceFile>): StudioDiagnostic {
  const file = sources.get(d.span.file);
  const at = file ? positionIn(file, d.span.start) : { line: 1, column: 1 };
  return {
    code: d.code, severity: d.severity, title: CODES[d.code].title, message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    from: d.span.start, to: Math.max(d.span.start, d.span.end), line: at.line, column: at.column,
    related: (d.related ?? []).map((r) => {
      const rf = sources.get(r.span.file);
      const line = rf ? positionIn(rf, r.span.start).line : 0;
      const own = r.span.file === d.span.file;
      return { message: r.message, where: own ? `第 ${line} 行` : `${r.span.file} 第 ${line} 行`, ...(own ? { from: r.span.start } : {}) };
    }),
  };
}

/** The header line `zhengce check` prints for a diagnostic: 错误[Z0401] 单位不相容：… */
export function headline(d: Pick<StudioDiagnostic, "severity" | "code" | "title" | "message">): string {
  return diagnosticHeadline(d, d.title);
}
