// The argument adapter (runtime/adapter.ts): Excel-style cells → validated arguments, with Chinese errors that
// name the parameter in 「」.
import { describe, expect, it } from "vitest";
import { callFunction, coerceArgs, parseCliArg, jsonArg, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction, FunctionMeta, ParamMeta } from "../../runtime/types.js";
import { Exact } from "../../runtime/exact.js";
import { checkedClauses, clauseProgram } from "./helpers.js";
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
function coerce(...raw: ExcelValue[]): unknown[] {
  return coerceArgs(fn, raw).map((a) => (typeof a === "object" ? (a as InstanceType<typeof Exact>).toFixed() : a));
}
function errorOf(...raw: ExcelValue[]): string {
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

  it("too many arguments", () => {
    const e = errorOf(1, 0, 0, 0, false, "A类", 2025, "多余");
    expect(e).toContain("7");
    expect(e).toContain("8");
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
  it("jsonArg refuses objects and arrays", () => {
    expect(jsonArg({})).toBeUndefined();
    expect(jsonArg([1])).toBeUndefined();
    expect([jsonArg(1), jsonArg("x"), jsonArg(null), jsonArg(false)]).toEqual([1, "x", null, false]);
  });
});
