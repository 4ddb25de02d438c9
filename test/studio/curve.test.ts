// The payout curve's findings, against values worked by hand from the policy text (and, for the drop, the CLI's
// own evaluation): PINGHU.ENERGY_SAVING drops at 300万元 for tier-2 savings, jumps at both band edges; EQUIPMENT
// reaches its 500万元 cap at exactly 11600万元.
import { describe, expect, it } from "vitest";
import { CheckSession } from "../../dsl/studio/check/session.js";
import { analyseCurve, defaultParam, showArg, stepOf } from "../../dsl/studio/curve/analyse.js";
import { capsOf, edgesOf } from "../../dsl/studio/curve/edges.js";
import type { CheckedClause } from "../../compiler/check/ir.js";
import { cli, LARGEST, policyText, projectSources } from "./helpers.js";

const clauses = new CheckSession(projectSources()).check({ path: LARGEST, text: policyText(LARGEST) }).clauses!;
const clause = (name: string) => clauses.find((c) => c.meta.name === name)!;
const evalCli = (args: string[]) => cli(["eval", ...args], {}).split("\n")[0];

describe("payout curve", () => {
  const energy = clause("ENERGY_SAVING");

  it("charts the investment of ENERGY_SAVING by default, with its band edges 50万元 and 300万元 and its 300万元 cap", () => {
    const i = defaultParam(energy);
    expect(energy.meta.params[i]!.name).toBe("设备投资额");
    expect(edgesOf(energy, i).map((e) => e.value.toFixed())).toEqual(["50", "300"]);
    expect(capsOf(energy).map((c) => c.value.toFixed())).toEqual(["300"]);
    expect(stepOf(energy.meta.params[i]!).toFixed()).toBe("0.000001");
  });

  it("reports the drop at 300万元 with tier-2 savings (节能量 50吨标煤): 299.999999 × 8% ≈ 24万元, then nothing", () => {
    const i = defaultParam(energy);
    const curve = analyseCurve(energy, i, [50, 0, null, null]);
    const drops = curve.findings.filter((f) => f.kind === "drop");
    expect(drops).toHaveLength(1);
    // By hand: below 300万元 the second band's 8% applies (节能量 ≥ 40); from 300万元 the first band needs ≥ 200吨标煤.
    expect(drops[0]!.text).toBe("设备投资额 从 299.999999万元 增到 300万元，结果从 24万元 降到 0万元");
    expect(drops[0]!.at.toFixed()).toBe("300");
    expect(curve.others).toBe("节能量 = 50吨标煤，二氧化碳减排量 = 0吨，示范项目 = （省略，默认 否）");
    // The same two inputs through the CLI (the compiled evaluator, not the interpreter).
    expect(evalCli(["PINGHU.ENERGY_SAVING", "50", "0", "299.999999"])).toBe("24");
    expect(evalCli(["PINGHU.ENERGY_SAVING", "50", "0", "300"])).toBe("0");
    // The cliffs: up at 50万元 (0 → 50 × 8% = 4), down at 300万元.
    const cliffs = curve.findings.filter((f) => f.kind === "cliff").map((f) => f.text);
    expect(cliffs).toHaveLength(2);
    expect(cliffs[0]).toContain("从 49.999999万元 到 50万元，结果从 0万元 跳升到 4万元");
    expect(cliffs[1]).toContain("从 299.999999万元 到 300万元，结果从 24万元 跳降到 0万元");
    expect(curve.findings.filter((f) => f.kind === "cap")).toEqual([]);
  });

  it("with tier-1 savings (节能量 250) there is no drop: the step at 300万元 goes up (24 → 30万元) and the cap is reached at 3000万元", () => {
    const curve = analyseCurve(energy, defaultParam(energy), [250, 0, null, null]);
    expect(curve.findings.filter((f) => f.kind === "drop")).toEqual([]);
    const cliff = curve.findings.find((f) => f.kind === "cliff" && f.at.eq(300))!;
    expect(cliff.text).toContain("结果从 24万元 跳升到 30万元");
    // 10% of the investment reaches 300万元 at 3000万元.
    const cap = curve.findings.find((f) => f.kind === "cap")!;
    expect(cap.text).toBe("设备投资额 = 3000万元 起结果达到封顶 300万元（设备投资额 = 2999.999999万元 时为 299.9999999万元）");
  });

  it("EQUIPMENT (分段) is continuous at 3000 and 5000万元, jumps at the 1000万元 threshold, and reaches 500万元 at 11600万元", () => {
    const eq = clause("EQUIPMENT");
    const curve = analyseCurve(eq, defaultParam(eq), [null, null]);
    const cliffs = curve.findings.filter((f) => f.kind === "cliff");
    // 0 below the threshold; at 1000万元 the whole 1000 × 3% = 30万元.
    expect(cliffs.map((f) => f.at.toFixed())).toEqual(["1000"]);
    expect(cliffs[0]!.text).toContain("结果从 0万元 跳升到 30万元");
    expect(curve.findings.filter((f) => f.kind === "drop")).toEqual([]);
    // 3000 × 3% + 2000 × 4% + (x − 5000) × 5% = 500 → x = 11600; one 分 less gives 499.99999995.
    const cap = curve.findings.find((f) => f.kind === "cap")!;
    expect(cap.text).toBe("设备投资额 = 11600万元 起结果达到封顶 500万元（设备投资额 = 11599.999999万元 时为 499.99999995万元）");
  });

  it("samples densely and at every edge ±1分 and ±2分, with exact decimals", () => {
    const eq = clause("EQUIPMENT");
    const xs = new Set(analyseCurve(eq, 0, [null, null]).points.map((p) => p.x.toFixed()));
    for (const e of [999, 2999, 4999]) {
      for (const x of [`${e}.999998`, `${e}.999999`, `${e + 1}`, `${e + 1}.000001`, `${e + 1}.000002`]) expect(xs.has(x), x).toBe(true);
    }
    expect(xs.size).toBeGreaterThan(200);
  });

  it("fills required parameters left empty from the first example and says so; refused inputs give a message, not a crash", () => {
    const curve = analyseCurve(energy, 2, [null, null, null, null]);
    expect(curve.filled).toEqual(["节能量", "二氧化碳减排量"]);
    const bad = analyseCurve(energy, 2, [-5, 0, null, null]);
    expect(bad.error).toContain("节能量");
    expect(bad.findings).toEqual([]);
  });

  it("shows arguments with their units", () => {
    const p = energy.meta.params;
    expect(showArg(p[0]!, 50)).toBe("50吨标煤");
    expect(showArg(p[3]!, true)).toBe("是");
    const eq = clause("EQUIPMENT");
    expect(showArg(eq.meta.params[0]!, "4000")).toBe("4000万元");
  });
});

// Keeps the type import honest (a clause is what the worker sends to the page).
export type { CheckedClause };

describe("scan of the other inputs", () => {
  it("finds ENERGY_SAVING's drop at 300万元 even when the form holds tier-1 savings, with the inputs that show it", async () => {
    const { combinations, dropsFor } = await import("../../dsl/studio/curve/scan.js");
    const energy = clause("ENERGY_SAVING");
    const { combos, total } = combinations(energy, 2, [250, 0, null, null]);
    // 节能量: its edges 40 and 200 and one step (0.01) below each, and the form's 250; 二氧化碳减排量: 80, 79.99,
    // 400, 399.99 and the form's 0; 示范项目: 否, 是 → 5 × 5 × 2 = 50 combinations.
    expect(total).toBe(50);
    expect(combos).toHaveLength(50);
    const drops = combos.flatMap((c) => dropsFor(energy, 2, c));
    expect(drops.length).toBeGreaterThan(0);
    expect(new Set(drops.map((d) => d.at))).toEqual(new Set(["300"]));
    // 节能量 40 meets the second band (≥ 40吨标煤) and not the first (≥ 200): 299.999999 × 8% ≈ 24, then 0.
    expect(drops[0]).toEqual({
      at: "300", text: "设备投资额 从 299.999999万元 增到 300万元，结果从 24万元 降到 0万元",
      inputs: "节能量 = 40吨标煤，二氧化碳减排量 = 80吨，示范项目 = 否",
    });
    // With 节能量 ≥ 200 or 二氧化碳减排量 ≥ 400 the first band applies at 300万元: no drop in those combinations.
    for (const c of combos.filter((c) => Number(c[0]) >= 200 || Number(c[1]) >= 400)) expect(dropsFor(energy, 2, c)).toEqual([]);
  });

  it("EQUIPMENT never drops, whatever the enterprise category", async () => {
    const { combinations, dropsFor } = await import("../../dsl/studio/curve/scan.js");
    const eq = clause("EQUIPMENT");
    const { combos } = combinations(eq, 0, [null, null]);
    expect(combos.map((c) => c[1])).toEqual(["A类", "数字经济项目", "其他"]);
    expect(combos.flatMap((c) => dropsFor(eq, 0, c))).toEqual([]);
  });
});
