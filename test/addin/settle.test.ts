// =NS.SETTLE(台账区域, [预算]) and =NS.SETTLE_REASONS(…) through the add-in glue and a CustomFunctions stand-in that
// follows the runtime's rules (test/addin/helpers.ts), with the hand-built PINGHU rules of test/settlement/fixtures.ts
// (written from SETTLEMENT.md and the 原文, independently of the policy files' own 规则), so that every expected
// amount below is worked by hand from the policy text and the rules, not from the program.
// The same ledger through Microsoft's real runtime in Chromium is in browser.test.ts.
import { describe, expect, it } from "vitest";
import { associateAll } from "../../addin/src/excel/functions.js";
import { registerWps, wpsFunctionsJson } from "../../addin/src/wps/functions.js";
import { functionsJson } from "../../addin/src/metadata.js";
import { rangeCell } from "../../addin/src/core/settle.js";
import { SETTLE_ID, SETTLE_REASONS_ID } from "../../addin/src/cities.js";
import { PINGHU_RULES } from "../settlement/fixtures.js";
import { project, standInRuntime } from "./helpers.js";
import { LEDGER } from "./ledger-fixture.js";

const { namespaces } = project();

function pinghu(rules = PINGHU_RULES) {
  const rt = standInRuntime();
  associateAll("PINGHU", namespaces.PINGHU!, rt.CustomFunctions, rules);
  return (id: string, ...args: unknown[]) => rt.call(id, 2, args);
}

describe("SETTLE through the add-in glue", () => {
  it("spills one cell per row: header, amounts worked by hand, statuses, an error text in the bad row's own cell", () => {
    const call = pinghu();
    const got = call(SETTLE_ID, LEDGER);
    expect(got).toEqual({
      value: [["结算额（万元）"], ["已兑现"], [15], [170], [0], [""], [expect.stringMatching(/^错误：「参数1」列：PINGHU\.EQUIPMENT：「设备投资额」须为数/)], [0], ["排除"]],
    });
  });

  it("SETTLE_REASONS: the steps that changed each row with their 原文, cross-references by the row within the range", () => {
    const call = pinghu();
    const got = call(SETTLE_REASONS_ID, LEDGER) as { value: string[][] };
    const text = got.value.map((r) => r[0]!);
    expect(text).toHaveLength(9);
    expect(text[0]).toBe("说明");
    expect(text[1]).toBe("已兑现：不再支付，计入进档差额与上限");
    expect(text[2]).toContain("申报额 25万元 → 结算额 15万元");
    expect(text[2]).toContain("进档差额（附则6，据“同一项目进档升级，属定额奖励的给予两档之间的差额奖励”）25 → 15");
    expect(text[2]).toContain("已兑现 10万元，只奖励差额 25万元 − 10万元 = 15万元");
    expect(text[3]).toMatch(/^按申报额兑现 170万元/);
    expect(text[4]).toContain("申报额 25万元 → 结算额 0万元");
    expect(text[4]).toContain("就高：已按「鼓励企业开展制造业投资」第20条计（区域第4行，170万元）");
    expect(text[5]).toBe("");
    expect(text[6]).toMatch(/^错误：「参数1」列：/);
    expect(text[7]).toContain("排除：列入一票否决事项名单（区域第9行）");
    expect(text[8]).toContain("排除（不予享受政策）适用于 PINGHU");
  });

  it("a budget scales the rows of a namespace that declares 预算总额控制, summing to it exactly", () => {
    const call = pinghu();
    // Before the budget: 15 + 170 + 0 + 0 = 185. Budget 100: 15 × 100 ÷ 185 = 8.108108108… → 8.108108;
    // 170 × 100 ÷ 185 = 91.891891891… → 91.891892; 8.108108 + 91.891892 = 100 exactly (no remainder to hand out).
    const got = call(SETTLE_ID, LEDGER, "100万元") as { value: unknown[][] };
    expect(got.value.slice(2, 6).map((r) => r[0])).toEqual([8.108108, 91.891892, 0, ""]);
    expect(call(SETTLE_ID, LEDGER, 100)).toEqual(got);
    // Budget ≥ the total: nothing is scaled.
    expect((call(SETTLE_ID, LEDGER, 185) as { value: unknown[][] }).value.slice(2, 4).map((r) => r[0])).toEqual([15, 170]);
  });

  it("without rules (a namespace that declares none) every claim is paid its gross", () => {
    const call = pinghu({ namespace: "PINGHU", rules: [] });
    const got = call(SETTLE_ID, LEDGER) as { value: unknown[][] };
    // 3: 25 (no ladder); 5: 25 (no 就高); 8: 60 (exclusion not declared).
    expect(got.value.map((r) => r[0])).toEqual(["结算额（万元）", "已兑现", 25, 170, 25, "", expect.stringMatching(/^错误/), 60, "排除"]);
    const reasons = (call(SETTLE_REASONS_ID, LEDGER) as { value: string[][] }).value;
    expect(reasons[8]![0]).toContain("未规定排除");
  });

  it("a range that is no ledger, or a bad budget, is #VALUE! with the reason", () => {
    const call = pinghu();
    expect(call(SETTLE_ID, "A1")).toEqual({ error: "#VALUE!", message: expect.stringContaining("第一个参数须为台账区域") });
    expect(call(SETTLE_ID, [["企业", "项目", "年度", "函数"]])).toEqual({ error: "#VALUE!", message: expect.stringContaining("只有表头、没有数据行") });
    expect(call(SETTLE_ID, [["企业", "项目", "函数"], ["甲公司", "一期", "PINGHU.EQUIPMENT"]]))
      .toEqual({ error: "#VALUE!", message: "台账区域的第一行须为表头：表头缺少「年度」列；表头应为：企业、项目、年度、函数、各参数、已兑现" });
    expect(call(SETTLE_ID, LEDGER, "-5")).toEqual({ error: "#VALUE!", message: expect.stringContaining("预算") });
    expect(call(SETTLE_ID, LEDGER, "0.0000001")).toEqual({ error: "#VALUE!", message: "预算须精确到 0.000001万元（1分），收到 0.0000001" });
    expect(call(SETTLE_ID, LEDGER, true)).toEqual({ error: "#VALUE!", message: expect.stringContaining("「预算」须为") });
    expect(call(SETTLE_REASONS_ID, [["x"]])).toEqual({ error: "#VALUE!", message: expect.stringContaining("须为台账区域") }); // 1×1 range
  });

  it("a pasted-over range: full-width year, numbers as text, a ragged row, blank rows in the middle; two 企业 columns are #VALUE!", () => {
    const call = pinghu();
    const H = ["企业", "项目", "年度", "函数", "参数1", "参数2"];
    // 4000 A类: 3000 × 4% + 1000 × 5% = 170; 4000 with 企业类别 left out (其他): 3000 × 3% + 1000 × 4% = 130.
    const range = [H, ["甲公司", "一期", "２０２４年", "PINGHU.EQUIPMENT", " 4,000 ", "Ａ类"], ["", "", "", "", "", ""], [null, null], ["甲公司", "二期", "2024", "PINGHU.EQUIPMENT", "4000"]];
    expect(call(SETTLE_ID, range)).toEqual({ value: [["结算额（万元）"], [170], [""], [""], [130]] });
    expect(call(SETTLE_ID, [["企业", "企业", "项目", "年度", "函数", "参数1"], ["甲公司", "乙公司", "一期", 2024, "PINGHU.EQUIPMENT", 4000]]))
      .toEqual({ error: "#VALUE!", message: "台账区域的第一行须为表头：表头有两列「企业」（A列、B列）" });
  });

  it("an error value in a cell is that row's problem, named by its column; the other rows settle", () => {
    const call = pinghu();
    const withError = LEDGER.map((r) => [...r]) as unknown[][];
    withError[3]![4] = { type: "CustomFunctionError", code: "#DIV/0!" };
    const got = call(SETTLE_ID, withError) as { value: unknown[][] };
    expect(got.value[3]).toEqual(["错误：「参数1」列：是错误值 #DIV/0!"]);
    // Row 5 (TECH_CENTER 省级 25) no longer meets row 4 in 就高: it keeps 25.
    expect(got.value[4]).toEqual([25]);
    expect(rangeCell(Number.NaN)).toEqual({ problem: "不是有效的数" });
    expect(rangeCell("  ")).toBe(null);
  });

  it("functions.json: a matrix ledger parameter, an optional budget, Chinese help, a mixed column for SETTLE", () => {
    const json = functionsJson("PINGHU", namespaces.PINGHU!, "zh-cn", "https://x.test/");
    const s = json.functions.find((f) => f.id === SETTLE_ID)!;
    const r = json.functions.find((f) => f.id === SETTLE_REASONS_ID)!;
    expect(s.name).toBe("兑现测算");
    expect(s.result).toEqual({ type: "any", dimensionality: "matrix" });
    expect(r.result).toEqual({ type: "string", dimensionality: "matrix" });
    expect(s.parameters).toEqual([
      { name: "台账区域", description: expect.stringContaining("第一行为表头：企业、项目、年度、函数"), type: "any", dimensionality: "matrix" },
      { name: "预算", description: expect.stringContaining("预算总额（万元）"), type: "any", dimensionality: "scalar", optional: true },
    ]);
    expect(s.description).toContain("=PINGHU.SETTLE(A1:H20, 300)");
    expect(s.helpUrl).toBe("https://x.test/PINGHU/taskpane.html#SETTLE");
  });
});

describe("SETTLE in WPS (same shared registration, recording stand-in)", () => {
  it("is registered with its metadata and answers like Excel; a failure is a text inside the table", () => {
    const calls = new Map<string, (...a: unknown[]) => unknown>();
    const meta = new Map<string, unknown>();
    registerWps("PINGHU", namespaces.PINGHU!, { AddCustomFunction: (_ns, name, cb, m) => { calls.set(name, cb as never); meta.set(name, m); } }, PINGHU_RULES);
    const wpsJson = wpsFunctionsJson("PINGHU", namespaces.PINGHU!).functions.find((f) => f.name === SETTLE_ID)!;
    expect(meta.get(SETTLE_ID)).toEqual({ description: wpsJson.description, result: { type: "any[][]" }, parameters: wpsJson.parameters });
    expect(wpsJson.parameters.map((p) => p.type)).toEqual(["any[][]", "any?"]);
    // WPS passes the arguments as written (no invocation object), an omitted budget left out.
    const got = calls.get(SETTLE_ID)!(LEDGER) as unknown[][];
    expect(got.map((r) => r[0])).toEqual(["结算额（万元）", "已兑现", 15, 170, 0, "", expect.stringMatching(/^错误：「参数1」列/), 0, "排除"]);
    expect(calls.get(SETTLE_ID)!([["企业", "项目"]], 5)).toEqual([[expect.stringMatching(/^错误：#VALUE! 台账区域只有表头/)]]);
  });
});
