// The messages between the page and the compiler worker. Everything here is plain data (structured-cloneable).
import type { CheckedClause } from "../../compiler/check/ir.js";
import type { Code } from "../../compiler/diagnostics/codes.js";
import type { Severity } from "../../compiler/diagnostics/diagnostic.js";

/** A diagnostic of the edited file, with the position the list shows (1-based line and column). */
export interface StudioDiagnostic {
  readonly code: Code;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly hint?: string;
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly column: number;
  /** Related places, as “label（file 第N行）”; in the edited file they also carry offsets to jump to. */
  readonly related: readonly { readonly message: string; readonly where: string; readonly from?: number }[];
}

/** Declared names of the edited file, for completion and for finding the clause under the cursor. */
export interface Outline {
  readonly namespace?: string;
  readonly clauses: readonly ClauseOutline[];
  /** Enum names and their values, table names, clause names: names declared at file level. */
  readonly fileNames: readonly string[];
}

export interface ClauseOutline {
  readonly name: string;
  readonly title: string;
  readonly from: number;
  readonly to: number;
  /** Parameters and step names of the clause. */
  readonly names: readonly string[];
}

export interface ExampleReport {
  readonly id: string;
  readonly passed: boolean;
  readonly expected: string;
  readonly actual: string;
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly line: number;
  /** Z0702's message, as `zhengce test` prints it. */
  readonly message?: string;
}

export interface ExamplesSummary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly reports: readonly ExampleReport[];
  /** The file's 结算示例 (settlement ledgers), when it has any. */
  readonly ledgers?: LedgersSummary;
  readonly ms: number;
}

export interface LedgersSummary {
  readonly count: number;
  /** Claim rows with a hand-worked amount. */
  readonly rows: number;
  /** Rows whose settled amount differs (Z0705), with expected and actual. */
  readonly mismatched: readonly ExampleReport[];
}

export type ToWorker =
  | { readonly type: "check"; readonly seq: number; readonly path: string; readonly text: string }
  /** Look for drops over combinations of the other parameters (curve/scan.ts), in the last clauses checked clean. */
  | { readonly type: "scan"; readonly seq: number; readonly clause: string; readonly index: number; readonly form: readonly (number | string | boolean | null)[] };

export interface ScanReport {
  readonly clause: string;
  readonly index: number;
  readonly tried: number;
  readonly total: number;
  /** One per place: the first combination that shows a drop there. */
  readonly findings: readonly { readonly text: string; readonly inputs: string }[];
  /** Set when the scan itself failed (a bug): shown, not swallowed. */
  readonly error?: string;
}

export type FromWorker =
  | {
      readonly type: "checked"; readonly seq: number; readonly path: string;
      readonly diagnostics: readonly StudioDiagnostic[]; readonly errors: number; readonly warnings: number;
      readonly outline: Outline; readonly ms: number;
    }
  /** After a check without errors: the checked clauses (for try-it and the curve) and the examples' outcome. */
  | { readonly type: "examples"; readonly seq: number; readonly clauses: readonly CheckedClause[]; readonly examples: ExamplesSummary }
  /** The file has errors: examples were not run. */
  | { readonly type: "skipped"; readonly seq: number }
  | { readonly type: "scanned"; readonly seq: number; readonly report: ScanReport }
  /** Something went wrong inside the worker itself (a bug): shown to the drafter, never swallowed. */
  | { readonly type: "crash"; readonly seq: number; readonly message: string };
