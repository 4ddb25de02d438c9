// Units: scales into the canonical unit (万元 for money, 1 for ratios), dimensions of compound units, literal values.
import { describe, expect, it } from "vitest";
import { parseUnit, lookupUnit, multiplyDims, divideDims, sameDims, formatDims } from "../../compiler/units/units.js";
import { literalValue } from "../../compiler/check/literals.js";
import type * as A from "../../compiler/ast/ast.js";
import { Exact } from "../../runtime/exact.js";

const span = { file: "t", start: 0, end: 0 };
const lit = (digits: string, unit: string, negative = false): A.NumberLiteral => ({ kind: "number", digits, unit, negative, span });
const valueOf = (digits: string, unit: string): string => {
  const v = literalValue(lit(digits, unit));
  if ("unknownUnit" in v) throw new Error(`unknown unit ${v.unknownUnit}`);
  return v.value;
};
const scaleOf = (unit: string): string => {
  const u = parseUnit(unit);
  if ("unknown" in u) throw new Error(`unknown ${u.unknown}`);
  return u.scale.toFixed();
};

describe("parseUnit scales", () => {
  it.each([
    ["万元", "1"], ["亿元", "10000"], ["元", "0.0001"], ["%", "0.01"], ["％", "0.01"], ["个百分点", "0.01"], ["百分点", "0.01"],
    ["平方米", "1"], ["元/平方米", "0.0001"], ["元/平方米/月", "0.0001"], ["万元/台", "1"], ["亿元/人", "10000"],
  ])("%s scales by %s", (unit, scale) => {
    expect(scaleOf(unit)).toBe(scale);
  });

  it("money units share one dimension; quantities are their own", () => {
    const a = parseUnit("亿元"), b = parseUnit("元");
    if ("unknown" in a || "unknown" in b) throw new Error();
    expect(sameDims(a.dims, b.dims)).toBe(true);
    const m2 = parseUnit("平方米");
    if ("unknown" in m2) throw new Error();
    expect(sameDims(a.dims, m2.dims)).toBe(false);
  });

  it("元/平方米/月 is money per square metre per month", () => {
    const u = parseUnit("元/平方米/月");
    if ("unknown" in u) throw new Error();
    expect(u.dims).toEqual({ 金额: 1, 平方米: -1, 月: -1 });
    expect(u.kind).toBe("plain");
    expect(formatDims(u.dims)).toBe("万元/平方米/月");
  });

  it("% is a ratio, 个百分点 is points, 万元 is plain money", () => {
    const kind = (w: string) => { const u = parseUnit(w); if ("unknown" in u) throw new Error(); return u.kind; };
    expect(kind("%")).toBe("ratio");
    expect(kind("个百分点")).toBe("points");
    expect(kind("万元")).toBe("plain");
  });

  it("unknown words are named", () => {
    expect(parseUnit("美元")).toEqual({ unknown: "美元" });
    expect(parseUnit("元/公斤")).toEqual({ unknown: "公斤" });
  });

  it("aliases: ㎡ is 平方米, 个月 is 月", () => {
    expect(lookupUnit("㎡")?.word).toBe("平方米");
    expect(lookupUnit("个月")?.word).toBe("月");
  });

  it("dimension algebra: (元/平方米) × 平方米 = 元", () => {
    const perM2 = parseUnit("元/平方米"), m2 = parseUnit("平方米");
    if ("unknown" in perM2 || "unknown" in m2) throw new Error();
    expect(multiplyDims(perM2.dims, m2.dims)).toEqual({ 金额: 1 });
    expect(divideDims(m2.dims, m2.dims)).toEqual({});
  });
});

describe("literal values in the canonical unit", () => {
  it.each([
    ["1", "亿元", "10000"], // 1亿元 = 10000万元
    ["1.5", "亿元", "15000"],
    ["50", "元", "0.005"], // 50元 = 0.005万元
    ["40000000", "元", "4000"],
    ["10", "元/平方米/月", "0.001"], // 10元 = 0.001万元, per 平方米 per 月
    ["3", "%", "0.03"],
    ["0.8", "%", "0.008"],
    ["1", "个百分点", "0.01"],
    ["1000", "万元", "1000"],
    ["42", "", "42"],
  ])("%s%s = %s", (digits, unit, value) => {
    expect(valueOf(digits, unit)).toBe(value);
  });

  it("1亿元 equals 10000万元 exactly", () => {
    expect(new Exact(valueOf("1", "亿元")).eq(valueOf("10000", "万元"))).toBe(true);
  });

  it("a negative literal keeps its sign", () => {
    const v = literalValue(lit("5", "万元", true));
    expect("value" in v && v.value).toBe("-5");
  });
});
