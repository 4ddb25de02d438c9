// Loading a namespace's settlement rules beside its functions: the generated module's `export const settlement`
// (absent → no rules), through loadEmittedModule and through the CLI's evaluator cache.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEmittedModule, runModule } from "../../compiler/driver/load.js";
import { loadEvaluators } from "../../compiler/driver/cache.js";
import { PINGHU_RULES } from "./fixtures.js";
import { FunctionIndex } from "../../runtime/functions.js";
import { answerJson, ledgerLine, settle } from "../../runtime/settlement/index.js";

const HEAD = `政策 规则加载
命名空间 LOADTEST
来源 load.txt
有效期 2024-01-01 至 2026-12-31

条款 LEVEL_AWARD「称号奖励」第1条
  中文名 称号奖励
  原文：
    国家级奖励100万元，省级奖励50万元。
  参数：
    级别：枚举（国家级、省级）
  结果 = 按 级别：
    国家级：100万元
    省级：50万元
  示例：
    级别 = 省级 → 50万元
`;
const RULE = `
规则 UPGRADE「进档升级给予差额」附则1
  原文：
    同一项目进档升级的，给予两档之间的差额奖励。
  进档差额 称号：
    LEVEL_AWARD：省级、国家级
`;

describe("loading settlement rules", () => {
  it("a module that exports settlement gives its rules; one that does not gives none", () => {
    const withRules = loadEmittedModule(`import type { SettlementRules } from "../runtime/settlement/rules.js";
export const functions = [];
export const settlement: SettlementRules = ${JSON.stringify(PINGHU_RULES)};`);
    expect(withRules.settlement).toEqual(PINGHU_RULES);
    expect(runModule("exports.functions = [];")).toEqual({ functions: [] });
  });

  it("the evaluator cache returns each namespace's compiled rules, and the engine applies them", () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-rules-"));
    const plain = loadEvaluators([{ path: "l.zc", text: HEAD }], dir);
    expect(plain.registry.has("LOADTEST.LEVEL_AWARD")).toBe(true);
    expect(plain.rules.flatMap((r) => r.rules)).toEqual([]); // no 规则 declared: no rules
    const withRule = loadEvaluators([{ path: "l.zc", text: HEAD + RULE }], dir);
    expect(withRule.broken).toEqual([]);
    const ladder = withRule.rules.find((r) => r.namespace === "LOADTEST")!.rules[0]!;
    expect(ladder).toMatchObject({ kind: "ladder", id: "UPGRADE", article: "附则1", members: [{ fn: "LEVEL_AWARD", param: 0, values: ["省级", "国家级"] }] });
    // 省级 50 paid in 2024; 国家级 in 2025 pays 100 − 50 = 50.
    const answers = settle([
      ledgerLine({ enterprise: "甲公司", project: "称号", year: 2024, fn: "LOADTEST.LEVEL_AWARD", args: ["省级"], paid: 50 }),
      ledgerLine({ enterprise: "甲公司", project: "称号", year: 2025, fn: "LOADTEST.LEVEL_AWARD", args: ["国家级"] }),
    ], { rules: withRule.rules, functions: new FunctionIndex([...withRule.registry.values()]) });
    expect(answers.map(answerJson).map((a) => a.value ?? a.history)).toEqual([true, "50"]);
  });
});
