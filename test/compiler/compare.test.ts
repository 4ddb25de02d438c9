// The copy-free comparison must agree with decimal.js's own cmp on every pair, including zeros, signs, equal
// exponents with different digit-word counts, and values that differ only far beyond the 7th digit.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Exact } from "../../runtime/exact.js";
import { cmp } from "../../runtime/compare.js";

const decimalText = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, "0");
    const text = scale ? `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}` : s;
    return neg ? `-${text}` : text;
  });

describe("cmp", () => {
  it("agrees with decimal.js on chosen edge cases", () => {
    const values = ["0", "-0", "1", "-1", "0.1", "0.10000001", "10000000", "9999999.9999999", "1e-7", "12345678.9", "12345678.90000001", "-2000", "2000"];
    for (const a of values) for (const b of values) expect([a, b, cmp(new Exact(a), new Exact(b))]).toEqual([a, b, new Exact(a).cmp(b)]);
  });

  it("agrees with decimal.js on random decimals", () => {
    fc.assert(fc.property(decimalText, decimalText, (a, b) => cmp(new Exact(a), new Exact(b)) === new Exact(a).cmp(b)), { seed: 20261122, numRuns: 5000 });
  });

  it("agrees on values computed by arithmetic (trailing digit words)", () => {
    fc.assert(fc.property(decimalText, decimalText, (a, b) => {
      const x = new Exact(a).times("0.03"), y = new Exact(b).div(7);
      return cmp(x, y) === x.cmp(y) && cmp(y, x) === y.cmp(x) && cmp(x, x) === 0;
    }), { seed: 7, numRuns: 3000 });
  });
});
