// Each step of SETTLEMENT.md on small ledgers worked by hand. Gross amounts come from the real evaluators; every
// expected value is derived in the comment beside it from the 原文 amounts, never copied from the engine's output.
//   PINGHU.GREEN_FACTORY 嘉兴市级/省级/国家级绿色工厂 = 10/25/50; GREEN_FACTORY_2024 = 20/50/100; 绿色产品认证 = 10
//   PINGHU.TECH_CENTER 嘉兴市级/省级/国家级 = 10/25/50; TECH_CENTER_2024 = 20/50/100
//   PINGHU.EQUIPMENT(x) = x × 3% for 1000 ≤ x < 3000 (A类 +1 point); IC_FULL_MASK_TAPEOUT(mask, 0) = min(mask × 40%, 200)
//   PINGHU.IC_MPW_TAPEOUT(x) = min(x × 20%, 100); SOFTWARE_PRODUCT(n, 0) = n × 0.5
//   SHAOXING.EQUIPMENT(x, 一般项目) = x × 6%; FUTURE_INDUSTRY_EXTRA(x, 氢能产业项目) = x × 6% (≤ 300); TECH_CENTER 市级 5
//   HUZHOU.CRAFT_MASTER 国家级 = 50
import { describe, expect, it } from "vitest";
import { claim, paid, run, values } from "./helpers.js";
import { project } from "../addin/helpers.js";

const title = (id: string) => project().registry.get(id)!.meta.title;

describe("step 1: gross", () => {
  it("a namespace without rules pays the gross; the claim carries gross, value and no steps", () => {
    const [a] = run([claim("甲公司", "传承", 2024, "HUZHOU.CRAFT_MASTER", "国家级")]);
    expect(a).toEqual({ value: "50", gross: "50", steps: [] });
  });

  it("the issue's example: PINGHU.EQUIPMENT 4000 A类 → 170 (3000 × 4% + 1000 × 5%)", () => {
    const [a] = run([claim("甲公司", "一期技改", 2024, "PINGHU.EQUIPMENT", 4000, "A类")]);
    expect(a!.value).toBe("170");
    expect(a!.gross).toBe("170");
    expect(a!.steps).toEqual([]);
    // PINGHU declares a budget and a contribution cap over EQUIPMENT, and neither was given: the row says so.
    expect(a!.notes.map((n: { step: string; note: string }) => [n.step, n.note])).toEqual([
      ["贡献封顶", "未给出该企业的贡献封顶额（财政专项资金贡献封顶，附则4），本次未封顶"],
      ["预算总额控制", "未给出预算总额，未按预算总额控制（附则2）缩减"],
    ]);
  });

  it("Chinese function names are looked up like in Excel", () => {
    const [a] = run([claim("甲公司", "一期技改", 2024, "PINGHU.设备投资奖励", 2000)]);
    expect(a!.value).toBe("60"); // 2000 × 3%
  });
});

describe("step 2: exclusion", () => {
  it("zeroes the excluded enterprise's claims in namespaces that declare it, for the year given; the input line says where it applied", () => {
    const out = run([
      claim("甲公司", "一期", 2024, "PINGHU.EQUIPMENT", 2000), // 60 → 0 (excluded in 2024)
      { enterprise: "甲公司", exclude: true, reason: "列入一票否决事项名单", year: 2024 },
      claim("甲公司", "二期", 2025, "PINGHU.EQUIPMENT", 2000), // 2025: not excluded → 60
      claim("甲公司", "传承", 2024, "HUZHOU.CRAFT_MASTER", "国家级"), // HUZHOU declares no exclusion → 50
      claim("乙公司", "一期", 2024, "PINGHU.EQUIPMENT", 1000), // another enterprise: 1000 × 3% = 30
    ]);
    expect(values(out)).toEqual(["0", "input", "60", "50", "30"]);
    expect(out[0]!.gross).toBe("60");
    expect(out[0]!.steps).toHaveLength(1);
    expect(out[0]!.steps[0]).toMatchObject({ step: "排除", rule: "VETO", article: "附则5", before: "60", after: "0" });
    expect(out[0]!.steps[0].reason).toContain("列入一票否决事项名单（第2行）");
    expect(out[0]!.steps[0].basis).toContain("一票否决");
    expect(out[0]!.steps[0].document).toContain("征求意见稿");
    expect(out[1]).toMatchObject({ exclude: true, applied: ["PINGHU", "SHAOXING"], notApplicable: ["HUZHOU"], claims: 1 });
    expect(out[1]!.note).toContain("HUZHOU 未规定排除");
  });

  it("an exclusion limited to one namespace leaves the others alone", () => {
    const out = run([
      { enterprise: "丙公司", exclude: true, namespace: "SHAOXING" },
      claim("丙公司", "一期", 2025, "SHAOXING.EQUIPMENT", 1000, "一般项目"), // 60 → 0
      claim("丙公司", "一期", 2025, "PINGHU.EQUIPMENT", 1000), // PINGHU not in scope: 30
    ]);
    expect(values(out)).toEqual(["input", "0", "30"]);
    expect(out[0]).toMatchObject({ applied: ["SHAOXING"], notApplicable: [], claims: 1 });
    expect(out[1]!.steps[0].reason).toContain("该企业不予享受政策（第1行）");
  });
});

describe("step 3: 进档差额", () => {
  it("pays the difference over history and earlier years' settled amounts, processes years in order, and pays 0 on a downgrade", () => {
    const out = run([
      // Ledger order is not year order: 2025 is settled after 2024.
      claim("甲公司", "厂区", 2025, "PINGHU.GREEN_FACTORY_2024", "国家级绿色工厂"), // 100 − (10 + 15) = 75
      paid("甲公司", "厂区", 2023, "PINGHU.GREEN_FACTORY", 10, "嘉兴市级绿色工厂"),
      claim("甲公司", "厂区", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂"), // 25 − 10 = 15
      claim("甲公司", "厂区", 2026, "PINGHU.GREEN_FACTORY", "省级绿色工厂"), // basis 10 + 15 + 75 = 100 ≥ 25 → 0
      claim("甲公司", "二厂", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂"), // another project: 25
      claim("甲公司", "产品", 2024, "PINGHU.GREEN_FACTORY", "绿色产品认证"), // not on the ladder: 10
      claim("甲公司", "厂区", 2024, "PINGHU.TECH_CENTER", "省级"), // another ladder, same project and year → 就高 group with the 15 above
    ]);
    // The last row: TECH_CENTER 省级 25 (no basis on its ladder) and GREEN_FACTORY 15 are one 就高 group: 25 wins,
    // so GREEN_FACTORY 2024 pays 0 and its settled amount (0) is the basis later: 2025 pays 100 − 10 = 90,
    // and 2026: 10 + 0 + 90 = 100 ≥ 25 → 0.
    expect(values(out)).toEqual(["90", "history", "0", "0", "25", "10", "25"]);
    expect(out[2]!.steps.map((s: { step: string; after: string }) => [s.step, s.after])).toEqual([["进档差额", "15"], ["就高", "0"]]);
    expect(out[2]!.steps[0].reason).toContain("只奖励差额 25万元 − 10万元 = 15万元");
    expect(out[0]!.steps[0]).toMatchObject({ step: "进档差额", before: "100", after: "90", rule: "LADDER_GREEN" });
    expect(out[3]!.steps[0]).toMatchObject({ step: "进档差额", before: "25", after: "0" });
    expect(out[3]!.steps[0].reason).toContain("已兑现 100万元，不低于本次 25万元");
  });

  it("without a competing claim the ladder pays level by level so the project totals its highest level", () => {
    const out = run([
      paid("甲公司", "厂区", 2023, "PINGHU.GREEN_FACTORY", "10", "嘉兴市级绿色工厂"),
      claim("甲公司", "厂区", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂"), // 25 − 10 = 15
      claim("甲公司", "厂区", 2025, "PINGHU.GREEN_FACTORY_2024", "国家级绿色工厂"), // 100 − (10 + 15) = 75
    ]);
    expect(values(out)).toEqual(["history", "15", "75"]); // 10 + 15 + 75 = 100, the highest level
  });

  it("same-year claims on one ladder compete in 就高 instead of reducing each other (省级 50 and 国家级 100 pay 100)", () => {
    const out = run([
      claim("乙公司", "技术中心", 2024, "PINGHU.TECH_CENTER_2024", "省级"), // 50 → 0 by 就高
      claim("乙公司", "技术中心", 2024, "PINGHU.TECH_CENTER_2024", "国家级"), // 100
    ]);
    expect(values(out)).toEqual(["0", "100"]);
    expect(out[0]!.steps).toHaveLength(1);
    expect(out[0]!.steps[0].reason).toBe(`就高：已按「${title("PINGHU.TECH_CENTER_2024")}」（二十一）计（第2行，100万元）`);
  });

  it("SHAOXING's ladder: 市级 5 paid earlier, 国家级 100 now pays 95; HUZHOU states no 差额 and pays in full", () => {
    const out = run([
      paid("丙公司", "中心", 2025, "SHAOXING.TECH_CENTER", 5, "市级企业技术中心"),
      claim("丙公司", "中心", 2026, "SHAOXING.TECH_CENTER", "国家级企业技术中心"), // 100 − 5 = 95
      paid("丙公司", "大师", 2023, "HUZHOU.CRAFT_MASTER", 10, "省级"),
      claim("丙公司", "大师", 2024, "HUZHOU.CRAFT_MASTER", "国家级"), // no rules: 50
    ]);
    expect(values(out)).toEqual(["history", "95", "history", "50"]);
  });

  it("a history row on a ladder function must give its level", () => {
    const out = run([paid("甲公司", "厂区", 2023, "PINGHU.GREEN_FACTORY", 10)]);
    expect(out[0]!.error).toContain("「认定类别」");
    expect(out[0]!.error).toContain("进档差额");
  });
});

describe("step 4: 就高", () => {
  it("the highest after step 3 wins (差额 first, then 就高)", () => {
    const out = run([
      paid("丁公司", "新厂", 2023, "PINGHU.TECH_CENTER_2024", 50, "省级"),
      claim("丁公司", "新厂", 2024, "PINGHU.TECH_CENTER_2024", "国家级"), // 100 − 50 = 50, then loses to 80
      claim("丁公司", "新厂", 2024, "PINGHU.EQUIPMENT", 2000, "A类"), // 2000 × (3% + 1 point) = 80
    ]);
    // Had 就高 come first, 100 would have won and been cut to 50.
    expect(values(out)).toEqual(["history", "0", "80"]);
    expect(out[1]!.steps.map((s: { step: string; after: string }) => [s.step, s.after])).toEqual([["进档差额", "50"], ["就高", "0"]]);
  });

  it("a tie goes to the first in ledger order", () => {
    const out = run([
      claim("戊公司", "园区", 2024, "PINGHU.TECH_CENTER", "省级"), // 25, first: paid
      claim("戊公司", "园区", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂"), // 25, tie: 0
    ]);
    expect(values(out)).toEqual(["25", "0"]);
    expect(out[1]!.steps[0].reason).toBe(`就高：已按「${title("PINGHU.TECH_CENTER")}」第32条计（第1行，25万元）`);
  });

  it("one enterprise or project typed with full-width and half-width forms is one group (NFKC), shown as typed", () => {
    const out = run([
      claim("戊公司（平湖）", "Ａ区", 2024, "PINGHU.TECH_CENTER", "省级"), // 25, first: paid
      claim("戊公司(平湖)", "A区", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂"), // 25, the same project: tie → 0
    ]);
    expect(values(out)).toEqual(["25", "0"]);
    expect(out[1]!.steps[0].reason).toBe(`就高：已按「${title("PINGHU.TECH_CENTER")}」第32条计（第1行，25万元）`);
  });

  it("groups are per namespace, enterprise, project and year", () => {
    const out = run([
      claim("戊公司", "园区", 2024, "PINGHU.TECH_CENTER", "省级"), // 25
      claim("戊公司", "园区", 2025, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂"), // other year: 10
      claim("己公司", "园区", 2024, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂"), // other enterprise: 10
      claim("戊公司", "园区", 2024, "SHAOXING.TECH_CENTER", "市级企业技术中心"), // other namespace: 5
    ]);
    expect(values(out)).toEqual(["25", "10", "10", "5"]);
  });

  it("a stacking add-on is paid on top; the other claims of the project still compete", () => {
    const out = run([
      claim("丙公司", "氢能项目", 2025, "SHAOXING.EQUIPMENT", 1000, "一般项目"), // 1000 × 6% = 60
      claim("丙公司", "氢能项目", 2025, "SHAOXING.FUTURE_INDUSTRY_EXTRA", 1000, "氢能产业项目"), // add-on: 60 on top
      claim("丙公司", "氢能项目", 2025, "SHAOXING.TECH_CENTER", "市级企业技术中心"), // 5 < 60 → 0
    ]);
    expect(values(out)).toEqual(["60", "60", "0"]);
    expect(out[1]!.notes[0]).toMatchObject({ step: "叠加", rule: "FUTURE_ON_EQUIPMENT", article: "（三）" });
    expect(out[2]!.steps[0].reason).toContain("（第1行，60万元）");
  });

  it("a bad claim takes no part: the group settles without it", () => {
    const out = run([
      claim("戊公司", "园区", 2024, "PINGHU.TECH_CENTER", "部级"), // not a level: error
      claim("戊公司", "园区", 2024, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂"), // alone in its group: 10
    ]);
    expect(out[0]!.error).toContain("「级别」须为以下之一");
    expect(out[1]!.value).toBe("10");
  });
});

describe("step 5: annual caps across rows", () => {
  it("history counts first; the row that crosses 500 is cut to what remains, later rows get 0; other years are apart", () => {
    const out = run([
      paid("庚公司", "旧产品", 2024, "PINGHU.IC_MPW_TAPEOUT", 150), // used 150
      paid("庚公司", "老产品", 2023, "PINGHU.IC_MPW_TAPEOUT", 300), // 2023: does not count for 2024
      claim("庚公司", "芯片A", 2024, "PINGHU.IC_FULL_MASK_TAPEOUT", 500, 0), // 500 × 40% = 200 → used 350
      claim("庚公司", "芯片A", 2024, "PINGHU.IC_MPW_TAPEOUT", 1000), // 100, same project → 就高 loser 0, counts nothing
      claim("庚公司", "芯片B", 2024, "PINGHU.IC_FULL_MASK_TAPEOUT", 600, 0), // min(240, 200) = 200 > 500 − 350 = 150 → 150
      claim("庚公司", "芯片C", 2024, "PINGHU.IC_MPW_TAPEOUT", 300), // 300 × 20% = 60, nothing left → 0
      claim("庚公司", "芯片D", 2025, "PINGHU.IC_MPW_TAPEOUT", 300), // 2025: 60
      claim("辛公司", "芯片", 2024, "PINGHU.IC_MPW_TAPEOUT", 300), // another enterprise: 60
    ]);
    expect(values(out)).toEqual(["history", "history", "200", "0", "150", "0", "60", "60"]);
    expect(out[4]!.steps[0]).toMatchObject({ step: "年度上限", rule: "TAPEOUT_CAP", article: "第2条", before: "200", after: "150" });
    expect(out[4]!.steps[0].reason).toBe("年度上限：单个企业2024年度不超过 500万元，已计 350万元，余 150万元");
    expect(out[5]!.steps[0].reason).toBe("年度上限：单个企业2024年度不超过 500万元，已计 500万元，额度已用完");
    expect(out[3]!.steps.map((s: { step: string }) => s.step)).toEqual(["就高"]);
  });

  it("a count cap counts rows with a positive amount, history included", () => {
    const software = (p: string, n: number) => claim("壬公司", p, 2024, "PINGHU.SOFTWARE_PRODUCT", n, 0);
    const out = run([
      paid("壬公司", "软件0", 2024, "PINGHU.SOFTWARE_PRODUCT", 0.5, 1, 0), // 1 item
      paid("壬公司", "软件9", 2024, "PINGHU.SOFTWARE_PRODUCT", 0, 1, 0), // paid 0: not counted
      software("软件A", 1), // 0.5 → 2 items
      software("软件B", 1), // 0.5 → 3
      software("软件Z", 0), // 0 × 0.5 = 0: not counted
      software("软件C", 1), // 0.5 → 4
      software("软件D", 1), // 0.5 → 5
      software("软件E", 1), // 0.5 → already 5 items: 0
    ]);
    expect(values(out)).toEqual(["history", "history", "0.5", "0.5", "0", "0.5", "0.5", "0"]);
    expect(out[4]!.steps).toEqual([]);
    expect(out[7]!.steps[0]).toMatchObject({ step: "年度上限", rule: "SOFTWARE_COUNT", before: "0.5", after: "0" });
    expect(out[7]!.steps[0].reason).toBe("年度上限：单个企业2024年度不超过 5 项，已有 5 项");
  });
});

describe("step 6: contribution cap", () => {
  it("cuts the cap's functions in ledger order after history of the year; other functions and years are apart", () => {
    const out = run([
      paid("癸公司", "旧线", 2024, "PINGHU.EQUIPMENT", 30), // used 30
      { enterprise: "癸公司", contributionCap: "100万元", year: 2024 },
      claim("癸公司", "一线", 2024, "PINGHU.EQUIPMENT", 2000), // 60 → used 90
      claim("癸公司", "二线", 2024, "PINGHU.EQUIPMENT", 1000), // 30 > 100 − 90 = 10 → 10
      claim("癸公司", "中心", 2024, "PINGHU.TECH_CENTER", "省级"), // not under the cap: 25
      claim("癸公司", "三线", 2025, "PINGHU.EQUIPMENT", 2000), // 2025 has no cap given: 60, with a note
      claim("癸公司", "传承", 2024, "HUZHOU.CRAFT_MASTER", "国家级"), // HUZHOU: 50
    ]);
    expect(values(out)).toEqual(["history", "input", "60", "10", "25", "60", "50"]);
    expect(out[3]!.steps[0]).toMatchObject({ step: "贡献封顶", rule: "CONTRIBUTION", article: "附则4", before: "30", after: "10" });
    expect(out[3]!.steps[0].reason).toBe("贡献封顶：按第2行给出的封顶额，2024年度不超过 100万元，已计 90万元，余 10万元");
    expect(out[5]!.notes.some((n: { note: string }) => n.note.includes("未给出该企业的贡献封顶额"))).toBe(true);
    expect(out[1]).toMatchObject({ contributionCap: true, applied: ["PINGHU"], notApplicable: ["HUZHOU"], claims: 2 });
  });

  it("without a year the cap spans all years, in ledger order", () => {
    const out = run([
      { enterprise: "子公司", contributionCap: 50 },
      claim("子公司", "一线", 2025, "PINGHU.EQUIPMENT", 1000), // 30 → used 30
      claim("子公司", "二线", 2024, "PINGHU.EQUIPMENT", 1000), // 30 > 50 − 30 = 20 → 20
    ]);
    expect(values(out)).toEqual(["input", "30", "20"]);
    expect(out[2]!.steps[0].reason).toContain("各年度合计不超过 50万元，已计 30万元，余 20万元");
  });
});

describe("step 7: budget", () => {
  const tens = (n: number) => Array.from({ length: n }, (_, i) => claim(`企业${i + 1}`, "中心", 2024, "PINGHU.TECH_CENTER", "嘉兴市级"));

  it("7 rows of 10 in a budget of 10: 10/7 = 1.4285714… → 1.428571 each, 3 units short, given to the first three (equal remainders)", () => {
    const out = run(tens(7), { budget: "10" });
    // 7 × 1.428571 = 9.999997; the three missing 0.000001 go to rows 1–3 (ties: ledger order).
    expect(values(out)).toEqual(["1.428572", "1.428572", "1.428572", "1.428571", "1.428571", "1.428571", "1.428571"]);
    expect(out[0]!.steps[0]).toMatchObject({ step: "预算总额控制", rule: "BUDGET", before: "10", after: "1.428572" });
    expect(out[0]!.steps[0].reason).toContain("合计 70万元 超过预算 10万元");
  });

  it("the unit goes to the largest remainder, and rows of namespaces without a budget rule are neither scaled nor counted", () => {
    const out = run([
      claim("甲", "x", 2024, "PINGHU.TECH_CENTER", "嘉兴市级"), // 10 × 1/105 = 0.0952380952… → 0.095238 (remainder 0.095 unit)
      claim("乙", "x", 2024, "PINGHU.TECH_CENTER", "省级"), // 25/105 = 0.2380952380… → 0.238095 (0.238 unit)
      claim("丙", "x", 2024, "PINGHU.TECH_CENTER", "国家级"), // 50/105 = 0.4761904761… → 0.476190 (0.476 unit, the largest)
      claim("丁", "x", 2024, "PINGHU.GREEN_FACTORY_2024", "嘉兴市级绿色工厂"), // 20/105 = 0.1904761904… → 0.190476 (0.190 unit)
      claim("戊", "x", 2024, "HUZHOU.CRAFT_MASTER", "国家级"), // HUZHOU: no budget rule, 50 untouched
    ], { budget: "1" });
    // 0.095238 + 0.238095 + 0.476190 + 0.190476 = 0.999999: one unit short → the third row → 0.476191; sum 1.
    expect(values(out)).toEqual(["0.095238", "0.238095", "0.476191", "0.190476", "50"]);
  });

  it("too much rounded up: 3 rows of 10 in 20 → 6.666667 each = 20.000001, one unit taken from the first", () => {
    expect(values(run(tens(3), { budget: "20" }))).toEqual(["6.666666", "6.666667", "6.666667"]);
  });

  it("a budget not below the total scales nothing; no budget leaves a note", () => {
    const within = run(tens(3), { budget: "30" }); // total 30 ≤ 30
    expect(values(within)).toEqual(["10", "10", "10"]);
    expect(within[0]!.steps).toEqual([]);
    const none = run(tens(1));
    expect(none[0]!.notes.map((n: { note: string }) => n.note)).toContain("未给出预算总额，未按预算总额控制（附则2）缩减");
  });
});

describe("bad lines", () => {
  it("each gets a Chinese error and the rest settles", () => {
    const out = run([
      claim("甲公司", "一期", 2024, "PINGHU.NO_SUCH", 1),
      claim("甲公司", "一期", 2024, "PINGHU.EQUIPMEN", 2000),
      claim("甲公司", "一期", 2024, "EQUIPMENT", 2000),
      claim("甲公司", "一期", 2024, "PINGHU.EQUIPMENT", "abc"),
      { project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT", args: [2000] },
      { enterprise: "甲公司", year: 2024, fn: "PINGHU.EQUIPMENT", args: [2000] },
      { enterprise: "甲公司", project: "一期", fn: "PINGHU.EQUIPMENT", args: [2000] },
      { enterprise: "甲公司", project: "一期", year: "明年", fn: "PINGHU.EQUIPMENT", args: [2000] },
      { enterprise: "甲公司", project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT", args: [2000], paied: 3 },
      paid("甲公司", "一期", 2023, "PINGHU.EQUIPMENT", -5, 2000),
      { enterprise: "甲公司", exclude: true, paid: 1 },
      { enterprise: "甲公司", exclude: true, namespace: "BEIJING" },
      [1, 2],
      "text",
      claim("甲公司", "一期", 2024, "PINGHU.EQUIPMENT", 2000), // 60
    ]);
    const e = out.map((a) => a.error);
    expect(e[0]).toContain("没有函数「PINGHU.NO_SUCH」");
    expect(e[1]).toContain("你是不是想写 PINGHU.EQUIPMENT");
    expect(e[2]).toMatch(/在 .*PINGHU.*SHAOXING.* 中都有，请写全名/);
    expect(e[3]).toContain("「设备投资额」");
    expect(e[4]).toBe("缺少「企业」");
    expect(e[5]).toBe("缺少「项目」");
    expect(e[6]).toBe("缺少「年度」");
    expect(e[7]).toContain("「年度」须为四位年份");
    expect(e[8]).toContain("未知的字段「paied」");
    expect(e[9]).toContain("「已兑现」不能为负数");
    expect(e[10]).toContain("一行只能是一种输入");
    expect(e[11]).toContain("没有命名空间「BEIJING」");
    expect(e[12]).toContain("须为一个 JSON 对象");
    expect(e[13]).toContain("须为一个 JSON 对象");
    expect(out[14]).toMatchObject({ value: "60", gross: "60" });
  });

  it("hostile values never throw: huge texts, control characters, wrong types", () => {
    const out = run([
      claim("甲".repeat(100_000), "一期", 2024, "PINGHU.EQUIPMENT", 2000),
      claim("甲\u0000公司", "一期", 2024, "PINGHU.EQUIPMENT", 2000),
      { enterprise: { a: 1 }, project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT" },
      { enterprise: "甲", project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT", args: [{ deep: [[[1]]] }] },
      { enterprise: "甲", project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT", args: "2000" },
      { enterprise: "甲", project: "一期", year: 1e300, fn: "PINGHU.EQUIPMENT", args: [2000] },
      { enterprise: "甲", project: "一期", year: 2024, fn: "X".repeat(1_000_000) },
    ]);
    expect(out.map((a) => a.error)).toEqual([
      "「企业」过长（最多200字）",
      "「企业」含有控制字符（如换行、制表符）",
      "「企业」须为文字，收到对象",
      "参数只能是数、文字、true/false 或 null",
      "「参数」须为数组，如 [4000, \"A类\"]",
      "「年度」须为四位年份，如 2024；收到1e+300",
      "「函数」过长（最多200字）",
    ]);
  });
});

describe("many unknown names", () => {
  it("10,000 distinct long unknown function names are answered quickly, each with its error", () => {
    const records = Array.from({ length: 10_000 }, (_, i) => claim("甲", "一期", 2024, `PINGHU.${"X".repeat(150)}${i}`, 1));
    const t0 = Date.now();
    const out = run(records);
    expect(out.every((a) => typeof a.error === "string" && a.error.startsWith("没有函数"))).toBe(true);
    expect(Date.now() - t0).toBeLessThan(20_000); // with a suggestion per name this took minutes
  });
});
