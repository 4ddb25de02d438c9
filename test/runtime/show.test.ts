// runtime/show.ts: values as a person reads them — digits grouped by thousands (issue 14.1), trailing zeros
// trimmed, years left alone, and a result with its 元 amount to the 分. Expected texts are written by hand.
import { describe, expect, it } from "vitest";
import { Exact } from "../../runtime/exact.js";
import { groupByHand, groupDigits, showMoneyWithYuan, showValue } from "../../runtime/show.js";

const d = (s: string) => new Exact(s);

describe("showValue groups digits wherever an amount is read", () => {
  it("money, with trailing zeros trimmed", () => {
    expect(showValue(d("123456.789"), "money")).toBe("123,456.789万元");
    expect(showValue(d("1000.500000"), "money")).toBe("1,000.5万元");
    expect(showValue(d("170"), "money")).toBe("170万元");
    expect(showValue(d("-2500"), "money")).toBe("-2,500万元");
    expect(showValue(d("0.0000004"), "money")).toBe("0万元"); // below half a 分
    expect(showValue(d("-0.0000004"), "money")).toBe("0万元"); // never "-0"
    expect(showValue(d("0.0000005"), "money")).toBe("0.000001万元"); // half a 分 rounds up
  });
  it("amounts beyond a double's 15–17 digits keep every digit (never through a float)", () => {
    expect(showValue(d("12345678901234567890.123456"), "money")).toBe("12,345,678,901,234,567,890.123456万元");
    expect(groupDigits("-12345678901234567890123456789.5")).toBe("-12,345,678,901,234,567,890,123,456,789.5");
  });
  it("ratios, points and quantities with units", () => {
    expect(showValue(d("0.04"), "ratio")).toBe("4%");
    expect(showValue(d("12.5"), "ratio")).toBe("1,250%");
    expect(showValue(d("0.01"), "points")).toBe("1个百分点");
    expect(showValue(d("12000"), "平方米")).toBe("12,000平方米");
    expect(showValue(d("0.00002"), "万元/斤")).toBe("0.2元/斤");
  });
  it("a bare number is not grouped: it is often a year", () => {
    expect(showValue(d("2024"), "plain")).toBe("2024");
    expect(showValue(d("12345.50"), "plain")).toBe("12345.5");
  });
  it("flags and enum values", () => {
    expect([showValue(true, "plain"), showValue(false, "plain"), showValue("A类", "plain")]).toEqual(["是", "否", "A类"]);
  });
});

describe("grouping without Intl (the fallback) agrees with Intl", () => {
  it("on integers of every length, signed", () => {
    for (let n = 1; n <= 31; n++) {
      const digits = "1234567890".repeat(4).slice(0, n);
      for (const t of [digits, `-${digits}`]) expect(groupByHand(t), t).toBe(groupDigits(t));
    }
    expect(groupByHand("1234567")).toBe("1,234,567");
  });
});

describe("showMoneyWithYuan: the result in 万元 and in 元 to the 分", () => {
  it("170万元（1,700,000.00元）", () => {
    expect(showMoneyWithYuan("170")).toBe("170万元（1,700,000.00元）");
    expect(showMoneyWithYuan(d("170"))).toBe("170万元（1,700,000.00元）");
  });
  it("fractions of a 万元, rounded half up to the 分 the same way in both units", () => {
    expect(showMoneyWithYuan("0.1234565")).toBe("0.123457万元（1,234.57元）"); // 1234.565元 → 1234.57
    expect(showMoneyWithYuan("30.015")).toBe("30.015万元（300,150.00元）");
    expect(showMoneyWithYuan("0")).toBe("0万元（0.00元）");
  });
  it("large amounts exactly", () => {
    expect(showMoneyWithYuan("12345678901234567890.123456")).toBe("12,345,678,901,234,567,890.123456万元（123,456,789,012,345,678,901,234.56元）");
  });
});
