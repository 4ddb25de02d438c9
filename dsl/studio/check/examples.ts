// Every clause's examples of the edited file, run with the reference interpreter (a browser cannot load emitted
// code; the interpreter is differential-tested against it) through the same runExample as `zhengce test`.
import type { CheckedClause } from "../../../compiler/check/ir.js";
import { runExample } from "../../../compiler/driver/examples.js";
import { interpretedFunction } from "../../../compiler/interpret/index.js";
import { positionIn, type SourceFile } from "../../../compiler/diagnostics/render.js";
import type { ExampleReport, ExamplesSummary } from "../protocol.js";

export function runClauseExamples(clauses: readonly CheckedClause[], source: SourceFile): ExamplesSummary {
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
  return { total: reports.length, passed, failed: reports.length - passed, reports, ms: performance.now() - started };
}

/** Worded exactly as `zhengce test` ends: 运行了 N 个示例：N 个通过，N 个失败 */
export function examplesSummaryText(s: Pick<ExamplesSummary, "total" | "passed" | "failed">): string {
  return `运行了 ${s.total} 个示例：${s.passed} 个通过，${s.failed} 个失败`;
}
