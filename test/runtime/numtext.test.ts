// runtime/numtext.ts, the one home of the number patterns: cell text split into number and unit, blanks inside a
// number reported, and formula literals read exactly (for the add-in's formula reader).
import { describe, expect, it } from "vitest";
import { MACHINE_NUMBER, readFormulaNumber, readTypedNumber, TYPED_NUMBER, WrittenNumber } from "../../runtime/numtext.js";
import { Exact } from "../../runtime/exact.js";

describe("readTypedNumber", () => {
  it("splits number and unit; commas group thousands", () => {
    expect(readTypedNumber("4,000万元")).toEqual({ ok: true, digits: "4000", unit: "万元" });
    expect(readTypedNumber("4000 万元")).toEqual({ ok: true, digits: "4000", unit: "万元" });
    expect(readTypedNumber("-5%")).toEqual({ ok: true, digits: "-5", unit: "%" });
    expect(readTypedNumber("120.5")).toEqual({ ok: true, digits: "120.5", unit: "" });
  });
  it("a blank inside the number is reported as such; other text is not a number", () => {
    expect(readTypedNumber("4 000万元")).toEqual({ ok: false, why: "blank-inside", unit: "万元" });
    expect(readTypedNumber("3.5 2")).toEqual({ ok: false, why: "blank-inside", unit: "" });
    expect(readTypedNumber("abc")).toEqual({ ok: false, why: "not-a-number", unit: "abc" });
    expect(readTypedNumber("1e3")).toMatchObject({ ok: false, why: "not-a-number" });
    expect(readTypedNumber("4,00")).toMatchObject({ ok: false, why: "not-a-number" });
  });
  it("the two patterns", () => {
    expect(["1,234,567.5", "-0.5", "+7"].every((t) => TYPED_NUMBER.test(t))).toBe(true);
    expect([".5", "1e3", "1,2345", "1 000"].some((t) => TYPED_NUMBER.test(t))).toBe(false);
    expect(["1e3", ".5", "5.", "-1.5E-7"].every((t) => MACHINE_NUMBER.test(t))).toBe(true);
    expect(["1,000", "e3", "1e", "--1"].some((t) => MACHINE_NUMBER.test(t))).toBe(false);
  });
});

describe("readFormulaNumber (for addin/src/formula.ts)", () => {
  const value = (t: string) => {
    const w = readFormulaNumber(t);
    return w instanceof WrittenNumber ? new Exact(w.text).toFixed() : w;
  };
  it("number literals exactly, percentages as hundredths", () => {
    expect(value("4000")).toBe("4000");
    expect(value("12345678901234567890.123456")).toBe("12345678901234567890.123456");
    expect(value("5%")).toBe("0.05");
    expect(value("12.5%")).toBe("0.125");
    expect(value("1.5E3%")).toBe("15");
    expect(value("０．５％")).toBe("0.005");
  });
  it("anything else is not a literal", () => {
    expect([readFormulaNumber("B2"), readFormulaNumber('"4000"'), readFormulaNumber("%"), readFormulaNumber("9".repeat(300))]).toEqual([null, null, null, null]);
  });
});
