// Loading a namespace's settlement rules beside its functions: the generated module's `export const settlement`
// (absent → no rules), through loadEmittedModule and through the CLI's evaluator cache.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEmittedModule, runModule } from "../../compiler/driver/load.js";
import { loadEvaluators } from "../../compiler/driver/cache.js";
import { PINGHU_RULES } from "./fixtures.js";

const policy = `政策 规则加载
命名空间 LOADTEST
来源 load.txt
条款 FIXED「定额」第1条
  中文名 定额奖励
  原文：
    给予10万元奖励。
  结果 = 10万元
  示例：
    → 10万元
`;

describe("loading settlement rules", () => {
  it("a module that exports settlement gives its rules; one that does not gives none", () => {
    const withRules = loadEmittedModule(`import type { SettlementRules } from "../runtime/settlement/rules.js";
export const functions = [];
export const settlement: SettlementRules = ${JSON.stringify(PINGHU_RULES)};`);
    expect(withRules.settlement).toEqual(PINGHU_RULES);
    expect(runModule("exports.functions = [];")).toEqual({ functions: [] });
  });

  it("the evaluator cache returns the rules of the modules that export them", () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-rules-"));
    const first = loadEvaluators([{ path: "l.zc", text: policy }], dir);
    expect(first.registry.has("LOADTEST.FIXED")).toBe(true);
    expect(first.rules).toEqual([]); // today's emitter exports no settlement
    // The cached script as a module that also exports rules (what the emitter will produce):
    const [file] = readdirSync(dir);
    const cached = JSON.parse(readFileSync(join(dir, file!), "utf8"));
    cached.scripts[0] += `\nmodule.exports.settlement = ${JSON.stringify({ ...PINGHU_RULES, namespace: "LOADTEST" })};`;
    writeFileSync(join(dir, file!), JSON.stringify(cached));
    const again = loadEvaluators([{ path: "l.zc", text: policy }], dir);
    expect(again.rules.map((r) => [r.namespace, r.rules.length])).toEqual([["LOADTEST", PINGHU_RULES.rules.length]]);
    expect(again.registry.has("LOADTEST.FIXED")).toBe(true);
  });
});
