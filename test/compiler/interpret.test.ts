// Evaluation: hand-computed values for every construct, checked on both the reference interpreter and the
// emitted evaluator, and the explanation (trace) of the reference example.
import { describe, expect, it } from "vitest";
import { bothEvaluators, call, clauseProgram } from "./helpers.js";
import { callFunction, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction } from "../../runtime/types.js";

const EQUIPMENT = clauseProgram([
  "  参数：",
  "    设备投资额：金额",
  "    企业类别：枚举（A类、数字经济项目、其他） = 其他",
  "  加点 = 若 企业类别 属于 A类、数字经济项目 则 1个百分点 否则 0个百分点",
  "  分段奖励 = 分段 设备投资额：",
  "    1000万元（含）到3000万元：3% + 加点",
  "    3000万元（含）到5000万元：4% + 加点",
  "    5000万元（含）以上：5% + 加点",
  "  结果 = 分段奖励 封顶 500万元",
].join("\n"), { text: "完成1000万元（含）到3000万元的，给予3%的奖励；3000万元（含）到5000万元的，给予4%的奖励；5000万元（含）以上的，给予5%的奖励。以上分段计算，单个企业当年度最高奖励500万元。A类企业提高1个百分点。" });

/** Runs the same call on the interpreter and on the emitted code; both must give `want`. */
function expectBoth(program: string, args: ExcelValue[], want: string, index = 0): void {
  const { compiled, interpreted } = bothEvaluators(program);
  expect(call(interpreted[index]!, ...args)).toBe(want);
  expect(call(compiled[index]!, ...args)).toBe(want);
}

describe("分段 (marginal slices, the first from 0 once the threshold is met)", () => {
  it.each([
    [[2000], "60"], // 2000 × 3%
    [[4000, "A类"], "170"], // 3000 × 4% + 1000 × 5% (rates raised by 1 point)
    [[4000], "130"], // 3000 × 3% + 1000 × 4% = 90 + 40
    [[999], "0"], // below the 1000万元 threshold
    [[999.999999], "0"],
    [[1000], "30"], // 1000 × 3%
    [[3000], "90"], // 3000 × 3%
    [[5000], "170"], // 3000 × 3% + 2000 × 4% = 90 + 80
    [[6000], "220"], // 90 + 80 + 1000 × 5%
    [[16600], "500"], // 90 + 80 + 11600 × 5% = 750, capped at 500
    [[14600], "500"], // 90 + 80 + 9600 × 5% = 650 → 500
    [[8600], "350"], // 90 + 80 + 3600 × 5% = 350, under the cap
    [["0.4亿元"], "130"], // 4000万元
    [["40000000元"], "130"],
    [[1000.5], "30.015"], // 1000.5 × 3%
  ] as [ExcelValue[], string][])("%j → %s万元", (args, want) => {
    expectBoth(EQUIPMENT, args, want);
  });

  it("the explanation lists inputs, steps, slices and the result with their 原文", () => {
    const { compiled, interpreted } = bothEvaluators(EQUIPMENT);
    for (const fn of [interpreted[0]!, compiled[0]!]) {
      const o = callFunction(fn, [4000, "A类"], true);
      if (!o.ok) throw new Error(o.error);
      expect(o.trace!.map((t) => [t.step, t.value])).toEqual([
        ["输入「设备投资额」", "4,000万元"], // amounts grouped by thousands (runtime/show.ts)
        ["输入「企业类别」", "A类"],
        ["加点（企业类别 属于 A类、数字经济项目 成立）", "1个百分点"],
        // The first slice covers 0–3000 (1000 is the entry threshold), at 3% + 1个百分点 for an A类 enterprise.
        ["设备投资额 在 0 到 3,000万元 的部分（达到 1,000万元 起，本档从 0 起算）：3,000万元 × 4%（3% + 1个百分点）", "120万元"],
        ["设备投资额 在「3000万元（含）到5000万元」的部分：1,000万元 × 5%（4% + 1个百分点）", "50万元"],
        ["分段奖励", "170万元"],
        ["结果 = 170万元 封顶 500万元", "170万元"],
      ]);
      expect(o.trace!.find((t) => t.step.startsWith("结果"))!.source).toContain("500万元");
    }
  });
});

const WHOLE = clauseProgram([
  "  参数：",
  "    租金：金额",
  "    营收：金额",
  "  比率 = 分档 营收：",
  "    不满2000万元：5%",
  "    2000万元（含）到1亿元：15%",
  "    1亿元（含）以上：20%",
  "  上限 = 分档 营收：",
  "    不满2000万元：取小（100万元，营收 × 20%）",
  "    2000万元（含）到1亿元：400万元",
  "    1亿元（含）以上：600万元",
  "  结果 = 租金 × 比率 封顶 上限",
].join("\n"));

describe("分档 (the whole amount at its band's value)", () => {
  it.each([
    [[1000, 1500], "50"], // 1000 × 5% = 50; cap min(100, 300) = 100
    [[1000, 100], "20"], // 50, cap min(100, 20) = 20
    [[1000, 1999.999999], "50"],
    [[1000, 2000], "150"], // 2000万元（含）: 1000 × 15%
    [[3000, 5000], "400"], // 450 capped at 400
    [[2000, 9999.999999], "300"],
    [[2000, 10000], "400"], // 1亿元（含）: 2000 × 20%
    [[4000, "2亿元"], "600"], // 800 capped at 600
    [[0, 0], "0"],
  ] as [ExcelValue[], string][])("%j → %s万元", (args, want) => {
    expectBoth(WHOLE, args, want);
  });
});

const OPS = clauseProgram([
  "  参数：",
  "    营收：金额",
  "    已获：金额 = 0万元",
  "    面积：平方米 = 0平方米",
  "    级别：枚举（国家级、省级、市级） = 市级",
  "    年度：年份 = 2024",
  "    示范：是否 = 否",
  "  满额 = 营收 每满 100亿元",
  "  满额奖 = 满额 × 10万元",
  "  差额 = 200万元 扣除 已获",
  "  面积奖 = 面积 × 50元/平方米 减半",
  "  取整 = 向下取整（营收 ÷ 3万元）",
  "  级别奖 = 按 级别：",
  "    国家级：100万元",
  "    省级：50万元",
  "    其余：0万元",
  "  年度比率 = 按 年度：",
  "    2024：1%",
  "    2025：2%",
  "    2026：3%",
  "  示范奖 = 若 示范 且 非 （级别 是 市级） 则 5万元 否则若 示范 则 1万元 否则 0万元",
  "  结果 = 满额奖 + 差额 + 面积奖 + 取整 × 1万元 + 级别奖 + 营收 × 年度比率 + 示范奖",
].join("\n"));

describe("operators", () => {
  // Each row: arguments, then the hand computation of every term.
  it.each([
    // 营收 0: 满额 0, 差额 200 − 0 = 200, rest 0.
    [[0], "200"],
    // 营收 250亿元 = 2500000万元: 满额 2 → 20; 差额 200; 取整 floor(2500000/3) = 833333; 比率 1% → 25000.
    [["250亿元"], String(20 + 200 + 833333 + 25000)],
    // 营收 9: 满额 0; 差额 200 − 300 → 0 (扣除 never goes below 0); 取整 3; 国家级 100; 2026: 9 × 3% = 0.27.
    [[9, 300, null, "国家级", 2026], String(0 + 0 + 3 + 100 + 0.27)],
    // 面积 1000平方米 × 50元 = 50000元 = 5万元, 减半 2.5; 省级 50; 示范 且 非 市级 → 5.
    [[0, 0, 1000, "省级", 2025, true], String(200 + 2.5 + 50 + 5)],
    // 示范 but 市级 → the 否则若 branch: 1.
    [[0, 0, 0, "市级", 2024, "是"], String(200 + 1)],
  ] as [ExcelValue[], string][])("%j → %s万元", (args, want) => {
    expectBoth(OPS, args, want);
  });
});

describe("适用、要求 and runtime errors", () => {
  const program = clauseProgram([
    "  参数：",
    "    第几年：年，范围 [1, ∞) = 1年",
    "    投资额：金额 = 0万元",
    "    份数：数 = 1",
    "  要求：投资额 ≤ 1亿元，否则 “投资额超过了1亿元，请核对”",
    "  适用：第几年 ≤ 3年",
    "  结果 = 投资额 × 10% ÷ 份数",
  ].join("\n"));

  it("适用 false → 0 with the reason in the explanation", () => {
    expectBoth(program, [4, 100], "0");
    const { compiled, interpreted } = bothEvaluators(program);
    for (const fn of [compiled[0]!, interpreted[0]!]) {
      const o = callFunction(fn, [4, 100], true);
      expect(o.ok && o.trace!.slice(-2).map((t) => [t.step, t.value])).toEqual([["适用：第几年 ≤ 3年", "否"], ["结果", "0万元"]]);
    }
  });

  it("适用 true → the result", () => {
    expectBoth(program, [3, 100], "10");
  });

  it("要求 false → the drafter's message as an input error", () => {
    expectBoth(program, [1, 10001], "错误：投资额超过了1亿元，请核对");
  });

  it("division by zero → an input error naming the divisor", () => {
    expectBoth(program, [1, 100, 0], "错误：计算时除数「份数」为零");
  });

  it("a numeric lookup without the key → a lookup error (#N/A), not a crash", () => {
    const p = clauseProgram("  参数：\n    年度：年份\n  结果 = 按 年度：\n    2024：1万元\n    2025：2万元\n    2026：3万元");
    expectBoth(p, [2025], "2");
    const { compiled, interpreted } = bothEvaluators(p);
    // 2027 is outside the validity: the adapter refuses it before the lookup.
    for (const fn of [compiled[0]!, interpreted[0]!] as CompiledFunction[]) {
      const o = callFunction(fn, [2027]);
      expect(o.ok).toBe(false);
      expect(!o.ok && o.error).toContain("「年度」");
    }
  });
});

describe("exactness and rounding", () => {
  const program = clauseProgram("  参数：\n    额：金额\n    率：比例\n  结果 = 额 × 率");
  it.each([
    [[0.1, 0.2], "0.02"],
    [[33.333333, 0.03], "1"], // 0.99999999 rounds half-up at 6 decimals to 1
    [[0.000001, 0.03], "0"], // 0.00000003 → 0
    [[0.000001, 0.5], "0.000001"], // 0.0000005 → half up → 0.000001
    [[0.1, "5%"], "0.005"],
    [["50元", 1], "0.005"], // 50元 = 0.005万元
    [[123456789.123456, 1], "123456789.123456"],
  ] as [ExcelValue[], string][])("%j → %s", (args, want) => {
    expectBoth(program, args, want);
  });
});
