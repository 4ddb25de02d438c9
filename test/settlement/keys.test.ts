// How the engine keys and explains rows (runtime/settlement/model.ts): groups by small integers (a list per
// enterprise, a map past 32 pairs), several exclusion inputs for one enterprise, reasons written when read.
// Amounts as in engine.test.ts: PINGHU.GREEN_FACTORY 嘉兴市级/省级绿色工厂 = 10/25, TECH_CENTER 省级 = 25,
// EQUIPMENT(x) = x × 3% for 1000 ≤ x < 3000.
import { describe, expect, it } from "vitest";
import { Exact } from "../../runtime/exact.js";
import { ledgerLine, settle, stepJson } from "../../runtime/settlement/index.js";
import { claim, functions, paid, run, values } from "./helpers.js";
import { RULES } from "./fixtures.js";

describe("groups", () => {
  it("an enterprise with 40 projects (past the 32 pairs kept in a list) still has one 就高 group and one ladder per project", () => {
    const records: unknown[] = [];
    for (let p = 0; p < 40; p++) {
      records.push(claim("甲", `项目${p}`, 2024, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂")); // 10, loses to 25 → 0
      records.push(claim("甲", `项目${p}`, 2024, "PINGHU.TECH_CENTER", "省级")); // 25
    }
    records.push(paid("甲", "项目39", 2023, "PINGHU.GREEN_FACTORY", 10, "嘉兴市级绿色工厂"));
    // 2025 on the green ladder of 项目39: 25 − (10 paid in 2023 + 0 settled in 2024) = 15; of 项目0: 25 − 0 = 25.
    records.push(claim("甲", "项目39", 2025, "PINGHU.GREEN_FACTORY", "省级绿色工厂"));
    records.push(claim("甲", "项目0", 2025, "PINGHU.GREEN_FACTORY", "省级绿色工厂"));
    const out = values(run(records));
    expect(out.slice(0, 80)).toEqual(Array.from({ length: 40 }, () => ["0", "25"]).flat());
    expect(out.slice(80)).toEqual(["history", "15", "25"]);
  });
});

describe("several exclusion inputs for one enterprise", () => {
  it("a claim is zeroed by the first input in scope, whose line its reason names", () => {
    const out = run([
      { enterprise: "乙", exclude: true, reason: "亩均效益评价D类", year: 2024 },
      { enterprise: "乙", exclude: true, reason: "列入严重失信名单" },
      claim("乙", "一期", 2024, "PINGHU.EQUIPMENT", 2000), // 60 → 0 by line 1 (line 2 also covers 2024: no second step)
      claim("乙", "二期", 2025, "PINGHU.EQUIPMENT", 1000), // 30 → 0 by line 2 only
    ]);
    expect(values(out)).toEqual(["input", "input", "0", "0"]);
    expect(out[2]!.steps.map((s: { reason: string }) => s.reason)).toEqual(["排除：亩均效益评价D类（第1行）"]);
    expect(out[3]!.steps.map((s: { reason: string }) => s.reason)).toEqual(["排除：列入严重失信名单（第2行）"]);
    expect(out[0]).toMatchObject({ claims: 1 });
    expect(out[1]).toMatchObject({ claims: 2 });
  });
});

describe("reasons written when read", () => {
  const records = [
    claim("丙", "园区", 2024, "PINGHU.TECH_CENTER", "省级"), // 25
    claim("丙", "园区", 2024, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂"), // 10 → 0 by 就高
  ];

  it("a 就高 reason names the winning line through `label` only when it is read, and reads the same every time", () => {
    const calls: number[] = [];
    const answers = settle(records.map(ledgerLine), {
      rules: RULES, functions: functions(), label: (i) => (calls.push(i), `第${i + 10}行`),
    });
    expect(calls).toEqual([]);
    const loser = answers[1]!;
    if (loser.kind !== "claim") throw new Error(loser.kind);
    const reason = loser.steps[0]!.reason;
    expect(reason).toContain("（第10行，25万元）");
    expect(calls).toEqual([0]);
    expect(loser.steps[0]!.reason).toBe(reason);
  });

  it("a step serialises with its reason (JSON.stringify of the step itself, not only stepJson)", () => {
    const answers = settle(records.map(ledgerLine), { rules: RULES, functions: functions(), budget: new Exact(1000) });
    const loser = answers[1]!;
    if (loser.kind !== "claim") throw new Error(loser.kind);
    const json = JSON.parse(JSON.stringify(loser.steps[0]));
    expect(json.reason).toBe(stepJson(loser.steps[0]!).reason);
    expect(json).toMatchObject({ before: "10", after: "0" });
  });
});
