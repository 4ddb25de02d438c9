// Explanations as a spreadsheet shows them: a trace turned into rows of [步骤, 值, 依据].
import type { FunctionMeta, TraceStep } from "../../runtime/types.js";

export const EXPLAIN_HEADER: readonly string[] = ["步骤", "值", "依据"];

/** [[步骤, 值, 依据], …] — the same columns as `zhengce eval`; the 依据 column names the article it quotes. */
export function explainRows(meta: FunctionMeta, trace: readonly TraceStep[]): string[][] {
  return [
    [...EXPLAIN_HEADER],
    ...trace.map((t) => [t.step, t.value, t.source ? `${meta.article}：${t.source}` : ""]),
  ];
}
