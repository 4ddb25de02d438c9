// Diagnostics are data: a stable code, a severity, a span, a Chinese message, optional related spans and a hint.
import { CODES, type Code } from "./codes.js";

export interface Span {
  readonly file: string;
  /** 0-based offsets into the file text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export type Severity = "error" | "warning";

export interface Related {
  readonly span: Span;
  readonly message: string;
}

export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly hint?: string;
  readonly related?: readonly Related[];
}

export function diagnostic(
  code: Code,
  span: Span,
  message: string,
  extra: { hint?: string; related?: Related[] } = {},
): Diagnostic {
  return { code, severity: CODES[code].severity, span, message, ...extra };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === "error");

/** Collects diagnostics while a phase runs; phases never throw on bad input, they report. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  report(code: Code, span: Span, message: string, extra: { hint?: string; related?: Related[] } = {}): void {
    this.items.push(diagnostic(code, span, message, extra));
  }
}
