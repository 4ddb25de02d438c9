// The argument adapter (runtime/adapter.ts): Excel-style cells → validated arguments, with Chinese errors that
// name the parameter in 「」.
import { describe, expect, it } from "vitest";
import { callFunction, coerceArgs, parseCliArg, jsonArg, WrittenNumber, type ArgInput, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction, FunctionMeta, ParamMeta } from "../../runtime/types.js";
import { Exact } from "../../runtime/exact.js";
import { bothEvaluators, checkedClauses, clauseProgram } from "./helpers.js";
import { interpretedFunction } from "../../compiler/interpret/index.js";

const PROGRAM = clauseProgram([
  "  参数：",
  "    投资额：金额",
  "    增长率：比例",
  "    台数：台",
  "    面积：平方米 = 0平方米",
  "    示范：是否 = 否",
  "    类别：枚举（A类、「B-类」、其他） = 其他",
  "    年度：年份 = 2025",
  "  结果 = 投资额",
].join("\n"));

const clause = checkedClauses(PROGRAM)[0]!;
const fn: CompiledFunction = interpretedFunction(clause);
const meta: FunctionMeta = fn.meta;
const param = (name: string): ParamMeta => meta.params.find((p) => p.name === name)!;

/** Coerces a full row (投资额, 增长率, 台数, …) and returns the arguments as plain JS values for comparison. */
function coerce(...raw: ArgInput[]): unknown[] {
  return coerceArgs(fn, raw).map((a) => (typeof a === "object" ? (a as InstanceType<typeof Exact>).toFixed() : a));
}
function errorOf(...raw: ArgInput[]): string {
  const o = callFunction(fn, raw);
  if (o.ok) throw new Error(`expected an error, got ${o.value}`);
  return o.error;
}

describe("parameter metadata from the declaration", () => {
  it("kinds, defaults, integer flags and default ranges", () => {
    expect(meta.params.map((p) => [p.name, p.kind, p.optional, p.integer])).toEqual([
      ["投资额", "money", false, false],
      ["增长率", "ratio", false, false],
      ["台数", "quantity", false, true], // 台 is a counting unit
      ["面积", "quantity", true, false],
      ["示范", "flag", true, false],
      ["类别", "enum", true, false],
      ["年度", "year", true, true],
    ]);
    expect(param("投资额").min).toEqual({ value: "0", inclusive: true });
    expect(param("年度").min).toEqual({ value: "2024", inclusive: true });
    expect(param("年度").max).toEqual({ value: "2026", inclusive: true });
    expect(param("类别").values).toEqual(["A类", "B-类", "其他"]);
    expect([param("示范").default, param("类别").default, param("年度").default, param("面积").default]).toEqual([false, "其他", 2025, 0]);
  });
});

describe("coercion", () => {
  it("a full row of good values", () => {
    expect(coerce(4000, 0.05, 3, 120.5, true, "A类", 2026)).toEqual(["4000", "0.05", "3", "120.5", true, "A类", "2026"]);
  });

  it("\"4000万元\", \"0.4亿元\" and \"40000000元\" are all 4000", () => {
    for (const v of ["4000万元", "0.4亿元", "40000000元", "4000", " 4,000 万元"]) {
      expect(coerce(v, 0, 0)[0]).toBe("4000");
    }
  });

  it("ratio \"5%\" is 0.05; a number is taken as the ratio itself", () => {
    expect(coerce(1, "5%", 0)[1]).toBe("0.05");
    expect(coerce(1, "5％", 0)[1]).toBe("0.05");
    expect(coerce(1, 0.05, 0)[1]).toBe("0.05");
  });

  it("null and empty cells for optional parameters take the defaults", () => {
    expect(coerce(1, 0, 0, null, null, null, null)).toEqual(["1", "0", "0", "0", false, "其他", "2025"]);
    expect(coerce(1, 0, 0, "", undefined, "  ")).toEqual(["1", "0", "0", "0", false, "其他", "2025"]);
    expect(coerce(1, 0, 0)).toEqual(["1", "0", "0", "0", false, "其他", "2025"]);
  });

  it("flags: TRUE/FALSE, \"TRUE\"/\"false\", \"是\"/\"否\"", () => {
    const flag = (v: ExcelValue) => coerce(1, 0, 0, 0, v)[4];
    expect([flag(true), flag(false), flag("TRUE"), flag("false"), flag("是"), flag("否")]).toEqual([true, false, true, false, true, false]);
  });

  it("enum values in 「」 are passed without the brackets", () => {
    expect(coerce(1, 0, 0, 0, false, "B-类")[5]).toBe("B-类");
  });
});

describe("errors name the parameter in 「」", () => {
  it("a missing required parameter", () => {
    const e = errorOf(null, 0.05, 1);
    expect(e).toContain("缺少必填参数");
    expect(e).toContain("「投资额」");
    expect(errorOf(1)).toContain("「增长率」");
  });

  it("text where a number belongs", () => {
    const e = errorOf("abc", 0.05, 1);
    expect(e).toContain("「投资额」");
    expect(e).toContain("abc");
  });

  it("a negative amount of money", () => {
    const e = errorOf(-1, 0.05, 1);
    expect(e).toContain("「投资额」");
    expect(e).toContain("负");
    expect(errorOf("-1万元", 0.05, 1)).toContain("「投资额」");
  });

  it("a money amount in a unit that is not money", () => {
    expect(errorOf("5%", 0.05, 1)).toContain("「投资额」");
  });

  it("a negative ratio", () => {
    expect(errorOf(1, "-5%", 1)).toContain("「增长率」");
  });

  it("an enum value not in the list lists the allowed values", () => {
    const e = errorOf(1, 0, 0, 0, false, "C类");
    expect(e).toContain("「类别」");
    expect(e).toContain("A类、B-类、其他");
    expect(e).toContain("C类");
  });

  it("a number where an enum value belongs", () => {
    expect(errorOf(1, 0, 0, 0, false, 3)).toContain("「类别」");
  });

  it("too many arguments: the counts and the parameters, not the function's name (every caller shows that)", () => {
    const e = errorOf(1, 0, 0, 0, false, "A类", 2025, "多余");
    expect(e).toBe("最多接受 7 个参数（投资额、增长率、台数、面积、示范、类别、年度），收到 8 个");
    expect(e).not.toContain(meta.id);
  });

  it("a flag that is neither TRUE nor FALSE", () => {
    const e = errorOf(1, 0, 0, 0, "也许");
    expect(e).toContain("「示范」");
    expect(e).toContain("也许");
  });

  it("a boolean where a number belongs", () => {
    expect(errorOf(true, 0, 0)).toContain("「投资额」");
  });

  it("a non-integer count", () => {
    const e = errorOf(1, 0, 2.5);
    expect(e).toContain("「台数」");
    expect(e).toContain("整数");
    expect(e).toContain("2.5");
  });

  it("a year outside the validity", () => {
    const e = errorOf(1, 0, 0, 0, false, "A类", 2023);
    expect(e).toContain("「年度」");
    expect(e).toContain("2023");
    expect(errorOf(1, 0, 0, 0, false, "A类", 2024.5)).toContain("「年度」");
  });

  it("infinite and NaN numbers", () => {
    expect(errorOf(Number.POSITIVE_INFINITY, 0, 0)).toContain("「投资额」");
    expect(errorOf(Number.NaN, 0, 0)).toContain("「投资额」");
  });
});

describe("explicit ranges", () => {
  const p = clauseProgram("  参数：\n    不良率：比例，范围 [0, 1]\n    增长：比例，范围 (-∞, ∞)\n  结果 = 1万元 × （不良率 + 增长）");
  const f = interpretedFunction(checkedClauses(p)[0]!);
  it("a ratio range [0, 1] refuses 101%, shown as a percentage range", () => {
    const o = callFunction(f, ["101%", 0]);
    expect(o.ok).toBe(false);
    expect(!o.ok && o.error).toContain("「不良率」");
    expect(!o.ok && o.error).toMatch(/0%.*100%.*101%/); // the range and the value, as percentages
  });
  it("(-∞, ∞) accepts negative ratios", () => {
    const o = callFunction(f, ["50%", "-20%"]);
    expect(o).toEqual({ ok: true, value: "0.3" }); // 1 × (0.5 − 0.2)
  });
});

describe("command-line and JSON words", () => {
  it("parseCliArg reads numbers, TRUE/FALSE, null and text", () => {
    expect([parseCliArg("4000"), parseCliArg("-1.5"), parseCliArg("TRUE"), parseCliArg("false"), parseCliArg("null"), parseCliArg(""), parseCliArg("A类"), parseCliArg("4000万元")])
      .toEqual([4000, -1.5, true, false, null, null, "A类", "4000万元"]);
  });
  it("parseCliArg never rounds: a number a double cannot hold is handed over as its text, read exactly", () => {
    expect(parseCliArg("12345678901234567890.123456")).toBe("12345678901234567890.123456");
    expect(coerce(parseCliArg("12345678901234567890.123456"), 0, 0)[0]).toBe("12345678901234567890.123456");
    expect(parseCliArg("0.1")).toBe(0.1); // a double's shortest text is 0.1 exactly: the adapter reads "0.1"
  });
  it("parseCliArg reads full-width digits and words typed by a Chinese IME", () => {
    expect([parseCliArg("４０００"), parseCliArg("－１．５"), parseCliArg("ＴＲＵＥ"), parseCliArg("ｎｕｌｌ")]).toEqual([4000, -1.5, true, null]);
  });
  it("jsonArg refuses objects and arrays", () => {
    expect(jsonArg({})).toBeUndefined();
    expect(jsonArg([1])).toBeUndefined();
    expect([jsonArg(1), jsonArg("x"), jsonArg(null), jsonArg(false)]).toEqual([1, "x", null, false]);
    const w = new WrittenNumber("4000");
    expect(jsonArg(w)).toBe(w);
  });
});

describe("blanks inside a number (issue 10.1)", () => {
  it("a blank inside the digits is an error naming the parameter, never deleted", () => {
    for (const text of ["3.5 2", "4 000万元", "4 000", "- 5", "12 345.6", "4\u00a0000", "4\u3000000"]) {
      const e = errorOf(text, 0, 0);
      expect(e, text).toContain("「投资额」");
      expect(e, text).toContain("空格");
    }
    expect(errorOf(1, "5 .5%", 0)).toContain("「增长率」");
  });
  it("blanks around the number, and between it and its unit, are fine", () => {
    expect(coerce(" 4000 ", 0, 0)[0]).toBe("4000");
    expect(coerce("4000 万元", 0, 0)[0]).toBe("4000");
    expect(coerce("\t4,000\u3000万元 ", 0, 0)[0]).toBe("4000");
    expect(coerce(1, "5 %", 0)[1]).toBe("0.05");
    expect(coerce(1, 0, "3 台")[2]).toBe("3");
  });
});

describe("full-width forms typed by a Chinese IME read as half-width (issue 10.15)", () => {
  it("digits, signs, the decimal point, commas and ％ in amounts", () => {
    expect(coerce("４０００", 0, 0)[0]).toBe("4000");
    expect(coerce("４，０００．５万元", 0, 0)[0]).toBe("4000.5");
    expect(coerce("０．４亿元", 0, 0)[0]).toBe("4000");
    expect(coerce(1, "５％", 0)[1]).toBe("0.05");
    expect(errorOf("－５", 0, 0)).toContain("负"); // －５ is −5: refused as negative, not as text
  });
  it("flags and enum values", () => {
    expect(coerce(1, 0, 0, 0, "ＴＲＵＥ")[4]).toBe(true);
    expect(coerce(1, 0, 0, 0, false, "Ａ类")[5]).toBe("A类");
    expect(coerce(1, 0, 0, 0, false, "Ｂ－类")[5]).toBe("B-类");
  });
  it("enum values match ( and （ either way, and upper or lower case where that is unambiguous", () => {
    const p = clauseProgram("  参数：\n    级别：枚举（「重点（含培育）」、CMMI、其他）\n  结果 = 按 级别：\n    「重点（含培育）」：1万元\n    CMMI：2万元\n    其他：0万元");
    const f = interpretedFunction(checkedClauses(p)[0]!);
    expect(callFunction(f, ["重点(含培育)"])).toEqual({ ok: true, value: "1" });
    expect(callFunction(f, ["重点（含培育）"])).toEqual({ ok: true, value: "1" });
    expect(callFunction(f, ["cmmi"])).toEqual({ ok: true, value: "2" });
    expect(callFunction(f, ["ｃｍｍｉ"])).toEqual({ ok: true, value: "2" });
    const o = callFunction(f, ["重点"]);
    expect(o.ok).toBe(false);
  });
});

describe("every input digit is held (issue 10.4)", () => {
  it("a written number is read digit for digit, never through a double", () => {
    expect(coerce(new WrittenNumber("12345678901234567890.123456"), 0, 0)[0]).toBe("12345678901234567890.123456");
    expect(coerce(new WrittenNumber("4e3"), new WrittenNumber("0.05"), new WrittenNumber("3"))).toEqual(["4000", "0.05", "3", "0", false, "其他", "2025"]);
  });
  it("30 significant digits are accepted; 31 are refused with the limit, never rounded", () => {
    const thirty = "123456789012345678901234.567891"; // 24 + 6 digits
    expect(coerce(thirty, 0, 0)[0]).toBe(thirty);
    expect(coerce(new WrittenNumber(thirty), 0, 0)[0]).toBe(thirty);
    const e = errorOf("123456789012345678901234.5678912", 0, 0); // 31 digits
    expect(e).toContain("「投资额」");
    expect(e).toContain("最多 30 位有效数字");
    expect(e).toContain("31 位");
    expect(errorOf(1e30, 0, 0)).toContain("31 位"); // 1 followed by 30 zeros: the zeros of the integer part count
    expect(errorOf(new WrittenNumber("1e99999999"), 0, 0)).toContain("「投资额」");
    expect(errorOf(1, new WrittenNumber("1e-999999999"), 0)).toContain("「增长率」");
  });
  it("a number from a cell is read as its shortest text, whole numbers and fractions, either side of the digit check's short cut", () => {
    // Written out by hand: what Excel shows for each double.
    expect(coerce(4000, 0.05, 3)[0]).toBe("4000");
    expect(coerce(9999999, 0, 0)[0]).toBe("9999999"); // decimal.js reads integers below 10^7 without writing them out
    expect(coerce(12345678, 0, 0)[0]).toBe("12345678");
    expect(coerce(1234.56, 0, 0)[0]).toBe("1234.56");
    expect(coerce(0.1 + 0.2, 0, 0)[0]).toBe("0.30000000000000004"); // the double as it is, never tidied up
    expect(coerce(-0, 0, 0)[0]).toBe("0");
    expect(coerce(1e-7, 0, 0)[0]).toBe("0.0000001");
    expect(coerce(1.5e-8, 0, 0)[0]).toBe("0.000000015");
    expect(coerce(999999999999999900000, 0, 0)[0]).toBe("999999999999999900000"); // 21 integer digits
    expect(coerce(1e21, 0, 0)[0]).toBe("1000000000000000000000");
    expect(coerce(1.2345e29, 0, 0)[0]).toBe("123450000000000000000000000000"); // 30 digits: the most there may be
    expect(errorOf(-3.5, 0, 0)).toContain("不能为负数");
  });
  it("the product of two 30-digit inputs is exact (not rounded to the precision)", () => {
    const { compiled, interpreted } = bothEvaluators(clauseProgram("  参数：\n    金额甲：金额\n    比例乙：比例\n  结果 = 金额甲 × 比例乙"));
    const a = "123456789012345678901234.567891", b = "0.123456789012345678901234567891";
    // Independent check with integers: a = A / 10^6, b = B / 10^30, so a × b = A × B / 10^36.
    const product = (BigInt(a.replace(".", "")) * BigInt(b.replace(".", ""))).toString();
    const exact = `${product.slice(0, -36)}.${product.slice(-36)}`;
    for (const fn of [compiled[0]!, interpreted[0]!]) {
      const args = coerceArgs(fn, [a, b]);
      expect(fn.evaluate(args, null).toFixed()).toBe(exact.replace(/0+$/, ""));
    }
  });
});

describe("long text is refused at once (issue 10.8)", () => {
  it("a 10 MB digit string to an uncapped parameter answers with an error in well under a second", () => {
    const huge = "9".repeat(10_000_000);
    const t0 = performance.now();
    const e = errorOf(huge, 0, 0);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(e).toBe("「投资额」的文字太长（10000000 个字符，最多 256 个）");
    expect(errorOf(new WrittenNumber(huge), 0, 0)).toContain("文字太长");
    expect(errorOf(1, 0, 0, 0, false, "类".repeat(100_000))).toContain("「类别」的文字太长");
  });
});
