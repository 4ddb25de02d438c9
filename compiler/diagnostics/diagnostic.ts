// Diagnostics are data: a stable code, a span and the arguments of the code's templates (codes.ts). The message,
// hint and related labels are filled in once, when the diagnostic is made; every renderer (CLI, studio, tests)
// shows those same strings.
import { CODES, fill, type Code, type HintKey, type MessageArgs } from "./codes.js";

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
  /** The arguments the templates were filled with (for tools that want the data, not the words). */
  readonly args: Readonly<Record<string, string | number>>;
  readonly message: string;
  readonly hint?: string;
  readonly related?: readonly Related[];
}

export interface ReportOptions<C extends Code> {
  /** Which of the code's hints applies (default: its `default` hint, if it has one); "none" for no hint. */
  readonly hint?: HintKey<C> | "none";
  /** Related spans, each labelled with the code's `related` template. */
  readonly related?: readonly Span[];
}

export function diagnostic<C extends Code>(code: C, span: Span, args: MessageArgs<C>, opts: ReportOptions<C> = {}): Diagnostic {
  const info = CODES[code] as (typeof CODES)[Code];
  const values = args as Record<string, string | number>;
  const hints = "hints" in info ? (info.hints as Readonly<Record<string, string>>) : undefined;
  const hintTemplate = opts.hint === "none" ? undefined : hints?.[opts.hint ?? "default"];
  const relatedLabel = "related" in info ? fill(info.related, values) : "";
  return {
    code,
    severity: info.severity,
    span,
    args: values,
    message: fill(info.message, values),
    ...(hintTemplate ? { hint: fill(hintTemplate, values) } : {}),
    ...(opts.related?.length ? { related: opts.related.map((s) => ({ span: s, message: relatedLabel })) } : {}),
  };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === "error");

/** Collects diagnostics while a phase runs; phases never throw on bad input, they report. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  report<C extends Code>(code: C, span: Span, args: MessageArgs<C>, opts: ReportOptions<C> = {}): void {
    this.items.push(diagnostic(code, span, args, opts));
  }
}
