// Step 7 in exact integers (runtime/settlement/budget.ts `budgetShares`): each share a·N/T rounded half-up to
// 0.000001万元 with one integer division, remainders compared exactly, ties in ledger order. Every expected value is
// worked by hand in the comment beside it; "unit" means 0.000001万元.
import { describe, expect, it } from "vitest";
import { Exact } from "../../runtime/exact.js";
import { budgetShares, units } from "../../runtime/settlement/budget.js";
import { seededRandom } from "../support/rng.js";
import { claim, run, values } from "./helpers.js";

const shares = (amounts: readonly string[], budget: string) => budgetShares(amounts.map((a) => new Exact(a)), new Exact(budget)).map(String);

describe("budget shares in whole units", () => {
  it("7 rows of 10 in 10: 10/7 = 1.428571|428… → 1428571 units each, 3 units short, to rows 1–3 (equal remainders: ledger order)", () => {
    expect(shares(Array(7).fill("10"), "10")).toEqual(["1428572", "1428572", "1428572", "1428571", "1428571", "1428571", "1428571"]);
  });

  it("a share exactly on a half unit rounds up; the extra units come back from the first rows (equal remainders −½)", () => {
    // 4 rows of 1 in 0.000002: each share 0.5 unit → 1 (half-up); 4 units for a budget of 2 → the first two give one back.
    expect(shares(["1", "1", "1", "1"], "0.000002")).toEqual(["0", "0", "1", "1"]);
    // 1 and 3 in 0.000002: shares 0.5 and 1.5 units → 1 and 2 (both half-up); 3 > 2: equal remainders −½ → row 1 gives back.
    expect(shares(["1", "3"], "0.000002")).toEqual(["0", "2"]);
    // 1, 1, 2 in 0.000004: shares 1, 1, 2 units exactly: no rounding, nothing to hand out.
    expect(shares(["1", "1", "2"], "0.000004")).toEqual(["1", "1", "2"]);
  });

  it("a unit short goes to the largest remainder, not to ledger order", () => {
    // 10, 25, 50, 20 in 1 (T = 105): 95238.09…, 238095.23…, 476190.47…, 190476.19… units → rounded down, sum 999999;
    // the missing unit goes to the largest remainder, .47 (row 3).
    expect(shares(["10", "25", "50", "20"], "1")).toEqual(["95238", "238095", "476191", "190476"]);
  });

  it("equal remainders on shares of different size are a tie (ledger order), however many digits a decimal division would keep", () => {
    // 10 and five rows of 1 in 1 (T = 15): 10/15 = 666666.6̅ units → 666667, 1/15 = 66666.6̅ units → 66667: every
    // row rounded up by exactly ⅓ unit. Sum 666667 + 5 × 66667 = 1000002: two units too many, taken back from the
    // rows rounded up the most — all six tie — so from the first two in ledger order: 666666, 66666, 66667 × 4.
    expect(shares(["10", "1", "1", "1", "1", "1"], "1")).toEqual(["666666", "66666", "66667", "66667", "66667", "66667"]);
  });

  it("amounts with more decimals than a unit (a history row paid 0.0000005) are scaled exactly too", () => {
    // 0.0000005 and 0.0000015 in 0.000001 (T = 0.000002): shares ¼ and ¾ unit → 0 and 1; sum 1 = budget.
    expect(shares(["0.0000005", "0.0000015"], "0.000001")).toEqual(["0", "1"]);
  });

  it("amounts far beyond a double's 15 digits: the shares still sum to the budget and each is within one unit of its exact share", () => {
    const amounts = ["123456789012345678901234.567891", "987654321098765432109876.543219", "0.000001", "5"];
    const budget = "100000000000000000000000.000001";
    const got = budgetShares(amounts.map((a) => new Exact(a)), new Exact(budget));
    expect(got.reduce((s, x) => s + x, BigInt(0)).toString()).toBe("100000000000000000000000000001");
    const P = Exact.clone({ precision: 200 });
    const total = amounts.reduce((s, a) => s.plus(a), new P(0));
    amounts.forEach((a, i) => {
      const exact = new P(a).times(budget).div(total).times(1_000_000);
      expect(exact.minus(got[i]!.toString()).abs().lt(1)).toBe(true);
    });
  });
});

describe("amounts as whole units", () => {
  it("read from the decimal's digits, they equal the amount's text without its point, for every size and number of decimals", () => {
    const r = seededRandom(5);
    const texts = ["0", "1", "10", "1e10", "1e13", "1e14", "99999999999999.999999", "0.000001", "0.5", "1234567.1234567", "1e-7",
      "10000000", "12345678901234567890.123456"];
    for (let i = 0; i < 20_000; i++) {
      const digits = Math.floor(r() * 9), whole = Math.floor(r() * 10 ** Math.floor(r() * 16));
      texts.push(digits ? `${whole}.${String(Math.floor(r() * 10 ** digits)).padStart(digits, "0")}` : String(whole));
    }
    let checked = 0;
    for (const t of texts) {
      for (const places of [6, 7, 12]) {
        const x = new Exact(t);
        if (x.decimalPlaces() > places) continue;
        expect(units(x, places)).toBe(BigInt(x.toFixed(places).replace(".", "")));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });
});

describe("the budget step on a ledger", () => {
  it("10 and five claims of 1 in a budget of 1: the tie of equal remainders goes by ledger order (a 60-digit division ordered it by size)", () => {
    // PINGHU.TECH_CENTER 嘉兴市级 = 10; SOFTWARE_PRODUCT(2, 0) = 2 × 0.5 = 1. As above: 0.666666, 0.066666, then 0.066667.
    const out = run([
      claim("甲", "中心", 2024, "PINGHU.TECH_CENTER", "嘉兴市级"),
      ...["乙", "丙", "丁", "戊", "己"].map((e) => claim(e, "软件", 2024, "PINGHU.SOFTWARE_PRODUCT", 2, 0)),
    ], { budget: "1" });
    expect(values(out)).toEqual(["0.666666", "0.066666", "0.066667", "0.066667", "0.066667", "0.066667"]);
    expect(out[0]!.steps[0]).toMatchObject({ step: "预算总额控制", before: "10", after: "0.666666" });
    expect(out[0]!.steps[0].reason).toBe("预算总额控制：合计 15万元 超过预算 1万元，按 1万元 ÷ 15万元 同比例分配，尾差按最大余数法");
  });

  it("a budget that is not a whole number of units is refused (callers check it with budgetError)", () => {
    expect(() => run([claim("甲", "中心", 2024, "PINGHU.TECH_CENTER", "嘉兴市级")], { budget: "0.0000001" })).toThrow("预算须精确到 0.000001万元");
  });
});
