// Every clause's examples of the edited file, run with the reference interpreter (a browser cannot load emitted
// code; the interpreter is differential-tested against it) through the same runExample as `zhengce test`.
import type { CheckedClause } from "../../../compiler/check/ir.js";
import { examplesSummaryLine, ledgersSummaryLine, runExample, runSettlementExamples } from "../../../compiler/driver/examples.js";
import type { Compilation } from "../../../compiler/driver/compile.js";
import { interpretedFunction } from "../../../compiler/interpret/index.js";
import { positionIn, type SourceFile } from "../../../compiler/diagnostics/render.js";
import type { ExampleReport, ExamplesSummary, LedgersSummary } from "../protocol.js";

/** The edited file's examples; with its namespace's compilation, its 结算示例 too (settled across the namespace). */
export function runClauseExamples(clauses: readonly CheckedClause[], source: SourceFile, comp?: Compilation): ExamplesSummary {
  const started = performance.now();
  const reports: ExampleReport[] = [];
  for (const clause of clauses) {
    const fn = interpretedFunction(clause);
    for (const ex of clause.examples) {
      const outcome = runExample(fn, ex);
      // A failed example's expected value as runExample words it (Z0702's arguments); a passed one got it.
      const expected = outcome.diagnostic ? String(outcome.diagnostic.args.expected) : outcome.actual;
      reports.push({
        id: outcome.id, passed: outcome.passed, expected, actual: outcome.actual, text: ex.text,
        from: ex.span.start, to: ex.span.end, line: positionIn(source, ex.span.start).line,
        ...(outcome.diagnostic ? { message: outcome.diagnostic.message } : {}),
      });
    }
  }
  const passed = reports.filter((r) => r.passed).length;
  const ledgers = comp ? runLedgers(comp, source) : undefined;
  return { total: reports.length, passed, failed: reports.length - passed, reports, ...(ledgers ? { ledgers } : {}), ms: performance.now() - started };
}

/** Each 结算示例 of the edited file through the settlement engine, with every function of the namespace interpreted. */
function runLedgers(comp: Compilation, source: SourceFile): LedgersSummary | undefined {
  const registry = new Map([...comp.namespaces.values()].flatMap((ns) => ns.clauses).map((c) => [c.meta.id, interpretedFunction(c)] as const));
  const mine = runSettlementExamples(comp, registry).filter((o) => o.example.span.file === source.path);
  if (!mine.length) return undefined;
  const rows = mine.flatMap((o) => o.rows);
  const wrong = rows.filter((r) => !r.passed).map((r): ExampleReport => ({
    id: `${r.line.fn}`, passed: false, expected: String(r.diagnostic?.args.expected ?? ""), actual: r.actual, text: r.line.text,
    from: r.line.span.start, to: r.line.span.end, line: positionIn(source, r.line.span.start).line,
    ...(r.diagnostic ? { message: r.diagnostic.message } : {}),
  }));
  return { count: mine.length, rows: rows.length, mismatched: wrong };
}

/** Worded as `zhengce test` says it: 结算了 N 本示例台账：N 行相符，N 行不符 */
export function ledgersSummaryText(l: Pick<LedgersSummary, "count" | "rows" | "mismatched">): string {
  return ledgersSummaryLine(l.count, l.rows, l.mismatched.length);
}

/** Worded as `zhengce test` ends: 运行了 N 个示例：N 个通过，N 个失败 */
export function examplesSummaryText(s: Pick<ExamplesSummary, "total" | "passed" | "failed">): string {
  return examplesSummaryLine(s.total, s.passed, s.failed);
}
