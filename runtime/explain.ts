// An explanation as every host shows it — Excel's and WPS's EXPLAIN spill, the task pane's table, the CLI's
// `zhengce eval` — a trace turned into rows of [步骤, 值, 依据], the 依据 naming the article it quotes.
import type { FunctionMeta, TraceStep } from "./types.js";

export const EXPLAIN_HEADER: readonly string[] = ["步骤", "值", "依据"];

/** [[步骤, 值, 依据], …]: the header, then one row per step; the 依据 column names the article it quotes. */
export function explainRows(meta: FunctionMeta, trace: readonly TraceStep[]): string[][] {
  return [
    [...EXPLAIN_HEADER],
    ...trace.map((t) => [t.step, t.value, t.source ? `${meta.article}：${t.source}` : ""]),
  ];
}
