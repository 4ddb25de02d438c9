// Checker: types and units, tables (overlap, gap, coverage, exhaustiveness, cliffs), names and lints, each with
// its stable code, its span and the Chinese words a drafter needs.
import { describe, expect, it } from "vitest";
import { bothEvaluators, call, clauseProgram, codes, diagnosticsOf, errors, spanText, HEADER } from "./helpers.js";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.js";

const PARAMS = [
  "  参数：",
  "    投资额：金额",
  "    营收：金额",
  "    面积：平方米",
  "    增长率：比例",
  "    示范：是否 = 否",
  "    企业类别：枚举（A类、数字经济项目、其他） = 其他",
].join("\n");

/** Diagnostics of a clause with the standard parameters and the given steps. */
function diags(steps: string, extra?: string): { text: string; ds: Diagnostic[] } {
  const text = clauseProgram(`${PARAMS}\n${steps}`, { extra });
  return { text, ds: diagnosticsOf(text).filter((d) => d.code !== "Z0802") };
}

function only(steps: string, code: string, extra?: string): { text: string; d: Diagnostic } {
  const { text, ds } = diags(steps, extra);
  expect(codes(ds)).toEqual([code]);
  return { text, d: ds[0]! };
}

describe("clean programs", () => {
  it("a program using every construct checks clean", () => {
    const { ds } = diags([
      "  加点 = 若 企业类别 属于 A类、数字经济项目 则 1个百分点 否则 0个百分点",
      "  比率 = 分档 营收：",
      "    不满2000万元：5%",
      "    2000万元（含）到1亿元：15%",
      "    1亿元（含）以上：20%",
      "  分段额 = 分段 投资额：",
      "    1000万元（含）到3000万元：3% + 加点",
      "    3000万元（含）以上：4% + 加点",
      "  面积奖 = 面积 × 50元/平方米",
      "  类别奖 = 按 企业类别：",
      "    A类：10万元",
      "    其余：0万元",
      "  结果 = 取大（分段额，面积奖，类别奖，投资额 × 比率） 封顶 500万元",
    ].join("\n"));
    expect(ds).toEqual([]);
  });
});

describe("types and units", () => {
  it("金额 + 比例 → Z0401 marking the whole sum, naming both types", () => {
    const { text, d } = only("  结果 = 投资额 + 3%", "Z0401");
    expect(spanText(text, d)).toBe("投资额 + 3%");
    expect(d.message).toContain("金额");
    expect(d.message).toContain("比例");
  });

  it("金额 compared with 平方米 → Z0408", () => {
    const { text, d } = only("  结果 = 若 投资额 > 面积 则 1万元 否则 0万元", "Z0408");
    expect(spanText(text, d)).toBe("投资额 > 面积");
  });

  it("金额 with 亿元 and 元 mixes freely (same dimension)", () => {
    expect(diags("  结果 = 投资额 + 1亿元 + 50元").ds).toEqual([]);
  });

  it("百分点 × 金额 → Z0403 with the hint to write %", () => {
    const { text, d } = only("  结果 = 投资额 × 1个百分点", "Z0403");
    expect(spanText(text, d)).toBe("投资额 × 1个百分点");
    expect(d.message).toContain("百分点");
    expect(d.hint).toContain("%");
  });

  it("百分点 + 纯数 → Z0403; 比例 + 百分点 is a ratio", () => {
    only("  x = 1个百分点 + 2\n  结果 = 投资额", "Z0403");
    expect(diags("  结果 = 投资额 × （3% + 1个百分点）").ds).toEqual([]);
  });

  it("result not money → Z0405 naming the type found", () => {
    const { text, d } = only("  结果 = 增长率 × 3", "Z0405");
    expect(spanText(text, d)).toBe("增长率 × 3");
    expect(d.message).toContain("比例");
  });

  it("result in 万元/平方米 → Z0405", () => {
    const { d } = only("  结果 = 投资额 ÷ 面积", "Z0405");
    expect(d.message).toContain("万元/平方米");
  });

  it("a condition that is a number → Z0404", () => {
    const { d } = only("  适用：投资额 + 100万元\n  结果 = 投资额", "Z0404");
    expect(d.message).toContain("金额");
  });

  it("不超过 written as a comparison → Z0413 at the word, with ≤, under 适用 and inside 若…且…", () => {
    const a = only("  适用：投资额 不超过 100万元\n  结果 = 投资额", "Z0413");
    expect(spanText(a.text, a.d)).toBe("不超过");
    expect(a.d.hint).toContain("≤");
    const b = only("  结果 = 若 示范 且 投资额 不超过 100万元 则 1万元 否则 0万元", "Z0413");
    expect(spanText(b.text, b.d)).toBe("不超过");
    expect(b.d.hint).toContain("≤");
    const c = only("  结果 = 若 投资额 不低于 100万元 则 1万元 否则 0万元", "Z0413");
    expect(c.d.hint).toContain("≥");
  });

  it("是 on a number → Z0402", () => {
    only("  结果 = 若 投资额 是 A类 则 1万元 否则 0万元", "Z0402");
  });

  it("a value that is not in the enum → Z0303 listing the values", () => {
    const { text, d } = only("  结果 = 若 企业类别 是 B类 则 1万元 否则 0万元", "Z0303");
    expect(spanText(text, d)).toBe("B类");
    expect(d.hint).toContain("A类、数字经济项目、其他");
  });

  it("branches of different units → Z0411", () => {
    only("  结果 = 若 示范 则 1万元 否则 3%", "Z0411");
  });

  it("a bare number multiplying money warns Z0804 (a forgotten %), written 30倍 it is meant", () => {
    const { text, d } = only("  结果 = 投资额 × 30", "Z0804");
    expect(d.severity).toBe("warning");
    expect(spanText(text, d)).toBe("30");
    expect(d.hint).toContain("30%");
    expect(d.hint).toContain("30倍");
    expect(diags("  结果 = 投资额 × 30倍").ds).toEqual([]);
    expect(diags("  结果 = 投资额 × 30%").ds).toEqual([]);
    expect(codes(diags("  结果 = 2 × 投资额").ds)).toEqual(["Z0804"]);
  });

  it("division by a literal zero is Z0407", () => {
    only("  结果 = 投资额 ÷ 0", "Z0407");
  });

  it("a number with an unknown unit word is an error that points at the word", () => {
    // The lexer only knows the listed units, so 3美元 is the number 3 followed by the stray name 美元.
    const { text, ds } = diags("  结果 = 投资额 + 3美元");
    expect(errors(ds).map((d) => spanText(text, d))).toContain("美元");
  });
});

describe("band tables", () => {
  it("overlapping bands → Z0501 at the second band, related to the first", () => {
    const { text, d } = only([
      "  比率 = 分档 营收：",
      "    1000万元以上：3%",
      "    2000万元以上：4%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0501");
    expect(spanText(text, d)).toBe("2000万元以上");
    expect(d.related?.map((r) => text.slice(r.span.start, r.span.end))).toEqual(["1000万元以上"]);
    expect(d.message).toContain("2,000万元"); // amounts in messages are grouped by thousands (runtime/show.ts)
  });

  it("bands touching at an inclusive bound on both sides overlap at that one number → Z0501", () => {
    const { d } = only([
      "  比率 = 分档 营收：",
      "    不满1000万元：3%",
      "    1000万元（含）到2000万元（含）：4%",
      "    2000万元（含）以上：5%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0501");
    expect(d.message).toContain("在 2,000万元 处");
  });

  it("a gap between bands → Z0502 naming the missing range", () => {
    const { text, d } = only([
      "  比率 = 分档 营收：",
      "    不满1000万元：3%",
      "    2000万元以上：4%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0502");
    expect(spanText(text, d)).toBe("2000万元以上");
    expect(d.message).toContain("1,000万元 到 2,000万元");
  });

  it("both sides exclusive leaves the bound itself uncovered → Z0502", () => {
    const { d } = only([
      "  比率 = 分档 营收：",
      "    不满1000万元：3%",
      "    超过1000万元：4%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0502");
    expect(d.message).toContain("1,000万元 本身");
  });

  it("the highest band not reaching ∞ → Z0503; a 其余 row makes it fine", () => {
    const { text, d } = only([
      "  比率 = 分档 营收：",
      "    1000万元（含）到2000万元：3%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0503");
    expect(spanText(text, d)).toBe("1000万元（含）到2000万元");
    expect(d.message).toContain("2,000万元");
    expect(diags([
      "  比率 = 分档 营收：",
      "    1000万元（含）到2000万元：3%",
      "    其余：0%",
      "  结果 = 投资额 × 比率",
    ].join("\n")).ds).toEqual([]);
  });

  it("an empty band → Z0507", () => {
    only([
      "  比率 = 分档 营收：",
      "    不满1000万元：3%",
      "    1000万元（含）到1000万元：4%",
      "    1000万元（含）以上：5%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0507");
  });

  it("a bound in the wrong unit → Z0414", () => {
    only("  比率 = 分档 营收：\n    1000平方米以上：3%\n  结果 = 投资额 × 比率", "Z0414");
  });

  it("投资额 × 分档 投资额 (rates) warns of the cliff Z0506 with its size", () => {
    const { d } = only([
      "  比率 = 分档 投资额：",
      "    不满2000万元：10%",
      "    2000万元（含）以上：15%",
      "  结果 = 投资额 × 比率",
    ].join("\n"), "Z0506");
    expect(d.severity).toBe("warning");
    // At 2000万元 the whole amount jumps from 2000 × 10% = 200 to 2000 × 15% = 300.
    expect(d.message).toContain("在 2,000万元 处，结果从 200万元 跳到 300万元");
  });

  it("…and 整额分档 acknowledges it: no warning", () => {
    expect(diags([
      "  比率 = 整额分档 投资额：",
      "    不满2000万元：10%",
      "    2000万元（含）以上：15%",
      "  结果 = 投资额 × 比率",
    ].join("\n")).ds).toEqual([]);
  });

  it("no cliff warning when the table is on another subject", () => {
    expect(diags([
      "  比率 = 分档 营收：",
      "    不满2000万元：10%",
      "    2000万元（含）以上：15%",
      "  结果 = 投资额 × 比率",
    ].join("\n")).ds).toEqual([]);
  });

  it("分段 with a 其余 row → Z0509; 分段 with money values → Z0508", () => {
    only("  x = 分段 投资额：\n    1000万元以上：3%\n    其余：0%\n  结果 = x", "Z0509");
    const { d } = only("  x = 分段 投资额：\n    1000万元以上：3万元\n  结果 = x", "Z0508");
    expect(d.message).toContain("金额（万元）");
    // A unit price per unit of the subject is a rate: 面积 × 50元/平方米 is money.
    expect(diags("  x = 分段 面积：\n    100平方米以上：50元/平方米\n  结果 = x").ds).toEqual([]);
  });
});

describe("lookups", () => {
  it("an enum lookup without all values → Z0504 listing the missing ones", () => {
    const { d } = only("  x = 按 企业类别：\n    A类：1万元\n  结果 = x", "Z0504");
    expect(d.message).toContain("数字经济项目、其他");
    expect(d.message).not.toContain("A类");
  });

  it("a duplicate key → Z0505", () => {
    only("  x = 按 企业类别：\n    A类：1万元\n    A类、其他：2万元\n    数字经济项目：0万元\n  结果 = x", "Z0505");
  });

  it("a year lookup must cover every year of the validity (2024–2026)", () => {
    const text = clauseProgram("  参数：\n    年度：年份\n  x = 按 年度：\n    2024：1万元\n    2026年：3万元\n  结果 = x");
    const ds = diagnosticsOf(text);
    expect(codes(ds)).toEqual(["Z0511"]);
    const d = ds[0]!;
    expect(d.message).toContain("缺少：2025");
    expect(d.message).toContain("2024 到 2026");
  });

  it("a year lookup must cover the parameter's own 范围 when it has one (2020–2030, not the validity)", () => {
    const rows = [2024, 2025, 2026].map((y) => `    ${y}：1万元`).join("\n");
    const text = clauseProgram(`  参数：\n    年度：年份，范围 [2020, 2030]\n  x = 按 年度：\n${rows}\n  结果 = x`);
    const ds = diagnosticsOf(text);
    expect(codes(ds)).toEqual(["Z0511"]);
    expect(ds[0]!.message).toContain("2020 到 2030");
    expect(ds[0]!.message).toContain("2020、2021、2022、2023、2027、2028、2029、2030");
    const open = clauseProgram(`  参数：\n    年度：年份，范围 [2020, ∞)\n  x = 按 年度：\n${rows}\n  结果 = x`);
    expect(codes(diagnosticsOf(open))).toEqual(["Z0512"]);
  });

  it("a 表 keyed by bands of an amount, used twice (this year and the previous best)", () => {
    const extra = [
      "表 里程碑奖（金额）：",
      "  不满1000万元：0万元",
      "  1000万元（含）到2000万元：10万元",
      "  2000万元（含）以上：30万元",
    ].join("\n") + "\n";
    const text = clauseProgram("  参数：\n    营收：金额\n    历史最高：金额\n  结果 = 里程碑奖（营收） 扣除 里程碑奖（历史最高）", { extra });
    expect(diagnosticsOf(text)).toEqual([]);
    const [fn] = bothEvaluators(text).compiled;
    expect(call(fn!, 2500, 1500)).toBe("20"); // 30 − 10
    expect(call(fn!, 1999.99, 0)).toBe("10"); // 10 − 0
    expect(call(fn!, 1500, 2500)).toBe("0"); // 10 − 30 < 0 → 0
    const gap = clauseProgram("  参数：\n    营收：金额\n  结果 = 里程碑奖（营收）", {
      extra: "表 里程碑奖（金额）：\n  1000万元（含）到2000万元：10万元\n  3000万元（含）以上：30万元\n",
    });
    expect(codes(diagnosticsOf(gap))).toEqual(["Z0502"]);
    const mixed = clauseProgram("  参数：\n    营收：金额\n  结果 = 里程碑奖（营收）", {
      extra: "枚举 级别：甲、乙\n表 里程碑奖（金额）：\n  甲：10万元\n  1000万元（含）以上：30万元\n",
    });
    expect(codes(diagnosticsOf(mixed))).toContain("Z0514");
  });

  it("a 表 over an enum, used as 表名（x）", () => {
    const extra = "枚举 级别：国家级、省级\n表 奖额（级别）：\n  国家级：100万元\n  省级：50万元\n";
    const text = clauseProgram("  参数：\n    级别：级别\n  结果 = 奖额（级别）", { extra });
    expect(diagnosticsOf(text)).toEqual([]);
    const missing = clauseProgram("  参数：\n    级别：级别\n  结果 = 奖额（级别）", {
      extra: "枚举 级别：国家级、省级\n表 奖额（级别）：\n  国家级：100万元\n",
    });
    const ds = diagnosticsOf(missing);
    expect(codes(ds)).toEqual(["Z0504"]);
    expect(ds[0]!.message).toContain("省级");
  });
});

describe("names", () => {
  it("an unknown name → Z0301 with the spaced-keyword hint", () => {
    const { text, d } = only("  结果 = 若 企业类别是A类 则 1万元 否则 0万元", "Z0301");
    expect(spanText(text, d)).toBe("企业类别是A类");
    expect(d.message).toContain("「企业类别是A类」");
    expect(d.hint).toContain("「企业类别 是 A类」");
    expect(d.hint).toContain("关键字两侧须留空格");
  });

  it("an unknown name with no keyword split suggests a near name", () => {
    const { d } = only("  结果 = 投资", "Z0301");
    expect(d.hint).toContain("投资额");
  });

  it("a step used before it is defined is unknown", () => {
    expect(codes(diags("  a = b\n  b = 1万元\n  结果 = a").ds)).toEqual(["Z0301"]);
  });

  it("redefining a name → Z0302", () => {
    only("  a = 1万元\n  a = 2万元\n  结果 = a", "Z0302");
  });

  it("a declared name containing an operator word → Z0801 (warning), gone when 「quoted」", () => {
    const lint = clauseProgram("  参数：\n    阶段：枚举（列入试点且验收认定、其他）\n  结果 = 若 阶段 是 其他 则 0万元 否则 1万元");
    const ds = diagnosticsOf(lint);
    expect(codes(ds)).toEqual(["Z0801"]);
    expect(ds[0]!.severity).toBe("warning");
    expect(ds[0]!.message).toContain("「且」");
    expect(spanText(lint, ds[0]!)).toBe("列入试点且验收认定");
    const quoted = clauseProgram("  参数：\n    阶段：枚举（「列入试点且验收认定」、其他）\n  结果 = 若 阶段 是 其他 则 0万元 否则 1万元");
    expect(diagnosticsOf(quoted)).toEqual([]);
  });

  it("a step that is never used → Z0802 (warning)", () => {
    const text = clauseProgram("  参数：\n    投资额：金额\n  没用 = 1万元\n  结果 = 投资额");
    const ds = diagnosticsOf(text);
    expect(codes(ds)).toEqual(["Z0802"]);
    expect(ds[0]!.severity).toBe("warning");
  });
});

describe("clauses and files", () => {
  it("missing 结果 → Z0601", () => {
    expect(codes(errors(diagnosticsOf(clauseProgram("  参数：\n    投资额：金额\n  a = 投资额"))))).toEqual(["Z0601"]);
  });

  it("missing header items → Z0601 each", () => {
    const ds = diagnosticsOf("条款 ABC「标题」第1条\n  中文名 测试条款\n  原文：\n    文。\n  结果 = 1万元\n");
    expect(ds.filter((d) => d.code === "Z0601").map((d) => d.message)).toEqual([
      "文件头缺少「政策」", "文件头缺少「命名空间」", "文件头缺少「来源」",
    ]);
  });

  it("a bad Excel id → Z0602; a bad namespace → Z0606", () => {
    const bad = clauseProgram("  结果 = 1万元").replace("条款 CLAUSE", "条款 AB");
    expect(codes(diagnosticsOf(bad))).toEqual(["Z0602"]);
    const ns = clauseProgram("  结果 = 1万元").replace("命名空间 TEST", "命名空间 test");
    expect(codes(diagnosticsOf(ns))).toEqual(["Z0606"]);
  });

  it("a required parameter after an optional one → Z0603", () => {
    const text = clauseProgram("  参数：\n    示范：是否 = 否\n    投资额：金额\n  结果 = 若 示范 则 投资额 否则 0万元");
    const ds = diagnosticsOf(text);
    expect(codes(ds)).toEqual(["Z0603"]);
    expect(spanText(text, ds[0]!)).toBe("投资额");
  });

  it("据 that is not in the 原文 → Z0604", () => {
    const text = clauseProgram("  结果 = 1万元 据“不存在的话”");
    expect(codes(diagnosticsOf(text))).toEqual(["Z0604"]);
    const ok = clauseProgram("  结果 = 1万元 据“原文 文字”"); // whitespace is ignored
    expect(diagnosticsOf(ok)).toEqual([]);
  });

  it("an impossible date → Z0608", () => {
    const text = clauseProgram("  结果 = 1万元").replace("有效期 2024-01-01", "有效期 2024-02-30");
    expect(codes(diagnosticsOf(text))).toEqual(["Z0608"]);
  });

  it("an example naming no parameter → Z0701", () => {
    const text = clauseProgram("  参数：\n    投资额：金额\n  结果 = 投资额\n  示例：\n    投资 = 1万元 → 1万元");
    expect(codes(diagnosticsOf(text))).toEqual(["Z0701"]);
  });

  it("a default of the wrong type → Z0406", () => {
    const text = clauseProgram("  参数：\n    投资额：金额 = 3%\n  结果 = 投资额");
    expect(codes(diagnosticsOf(text))).toEqual(["Z0406"]);
  });

  it("an unknown parameter type → Z0304", () => {
    const text = clauseProgram("  参数：\n    投资额：美金\n  结果 = 1万元");
    expect(codes(diagnosticsOf(text).filter((d) => d.code !== "Z0802"))).toEqual(["Z0304"]);
  });

  it("a duplicate clause → Z0607", () => {
    const one = "条款 CLAUSE「测试条款」第1条\n  中文名 测试条款甲\n  原文：\n    文。\n  结果 = 1万元\n";
    const text = `${HEADER}${one}\n${one.replace("测试条款甲", "测试条款乙")}`;
    expect(codes(diagnosticsOf(text))).toEqual(["Z0607"]);
  });
});
