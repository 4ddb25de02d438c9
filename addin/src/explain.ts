// Explanations as Excel sees them: a trace turned into rows of [步骤, 值, 依据], and function names as users type them.
import type { CompiledFunction, FunctionMeta, TraceStep } from "../../runtime/types.js";

export const EXPLAIN_HEADER: readonly string[] = ["步骤", "值", "依据"];

/** [[步骤, 值, 依据], …] — the same columns as `zhengce eval`; the 依据 column names the article it quotes. */
export function explainRows(meta: FunctionMeta, trace: readonly TraceStep[]): string[][] {
  return [
    [...EXPLAIN_HEADER],
    ...trace.map((t) => [t.step, t.value, t.source ? `${meta.article}：${t.source}` : ""]),
  ];
}

/** A function as a user may name it: EQUIPMENT, equipment, PINGHU.EQUIPMENT, or its Chinese name 设备投资奖励. */
export function findByName(fns: readonly CompiledFunction[], name: string): CompiledFunction | undefined {
  const t = name.trim().replace(/^=/, "").replace(/\(.*$/s, "").trim();
  const upper = t.toUpperCase();
  return fns.find((f) => f.meta.name.toUpperCase() === upper || f.meta.id.toUpperCase() === upper)
    ?? fns.find((f) => f.meta.zhName === t || `${f.meta.namespace}.${f.meta.zhName}` === t);
}
