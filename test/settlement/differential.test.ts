// The engine against the naive reference (reference.ts) on seeded random ledgers: enterprises, projects and years
// that collide often, ladders with history, caps, add-ons, exclusions, contribution caps and budgets. Every claim's
// settled amount must agree exactly; a failure prints the seed and the row so it reproduces.
import { describe, expect, it } from "vitest";
import { formatResult, Exact } from "../../runtime/exact.js";
import { seededRandom } from "../support/rng.js";
import { functions, settleRecords } from "./helpers.js";
import { RULES } from "./fixtures.js";
import { pick, RANDOM_CLAIMS } from "./randomClaims.js";
import { referenceSettle } from "./reference.js";

type Rec = Record<string, unknown>;

function ledger(seed: number, size: number): { records: Rec[]; budget?: string } {
  const r = seededRandom(seed);
  const records: Rec[] = [];
  for (let i = 0; i < size; i++) {
    // 丙(一) and 丙（一） (and the projects Ａ3 and A3) are one name typed two ways: the same enterprise (NFKC).
    const enterprise = pick(r, ["甲", "乙", "丙(一)", "丙（一）"]), year = 2023 + Math.floor(r() * 3);
    const u = r();
    if (u < 0.03) records.push({ enterprise, exclude: true, ...(r() < 0.5 ? { year } : {}), ...(r() < 0.3 ? { namespace: pick(r, ["PINGHU", "SHAOXING"]) } : {}) });
    else if (u < 0.06) records.push({ enterprise, contributionCap: Math.floor(r() * 150), ...(r() < 0.5 ? { year } : {}) });
    else {
      const [fn, args] = pick(r, RANDOM_CLAIMS);
      const rec: Rec = { enterprise, project: pick(r, ["一", "二", "三", "Ａ3", "A3"]), year, fn, args: args(r) };
      // History in whole 0.000001万元 units, like amounts actually paid.
      if (r() < 0.2) rec.paid = (Math.floor(r() * 100_000_000) / 1_000_000).toFixed(6);
      records.push(rec);
    }
  }
  return { records, budget: r() < 0.5 ? String(Math.floor(r() * 2000)) : undefined };
}

describe("engine vs naive reference on random ledgers", () => {
  it("agrees on every claim of 300 seeded ledgers (40–120 lines each)", () => {
    let compared = 0, changed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { records, budget } = ledger(seed, 40 + (seed % 81));
      const engine = settleRecords(records, { budget });
      const ref = referenceSettle(records, RULES, functions(), budget);
      records.forEach((rec, i) => {
        const a = engine[i]!;
        const got = a.kind === "claim" ? formatResult(a.value) : null;
        if (a.kind === "claim" && !a.value.eq(a.gross)) changed++;
        if (got !== ref[i]) expect.fail(`seed ${seed}, line ${i + 1} ${JSON.stringify(rec)}${budget ? ` budget ${budget}` : ""}: engine ${got}, reference ${ref[i]}`);
        if (got !== null) compared++;
      });
    }
    // The ledgers must exercise the rules, not just pay gross.
    expect(compared).toBeGreaterThan(15_000);
    expect(changed).toBeGreaterThan(3_000);
  });

  it("invariants: never negative, never above gross, budget rows sum to the budget exactly", () => {
    for (let seed = 1000; seed < 1100; seed++) {
      const { records } = ledger(seed, 80);
      const budget = "123.456789";
      const answers = settleRecords(records, { budget });
      let budgeted = new Exact(0), total = 0;
      for (const a of answers) {
        if (a.kind !== "claim") continue;
        expect(a.value.gte(0)).toBe(true);
        if (!a.steps.some((s) => s.rule.kind === "budget")) expect(a.value.lte(a.gross)).toBe(true);
        if (a.fn.namespace === "PINGHU") (budgeted = budgeted.plus(a.value)), total++;
      }
      const scaled = answers.some((a) => a.kind === "claim" && a.steps.some((s) => s.rule.kind === "budget"));
      if (scaled) expect(budgeted.toFixed()).toBe(budget);
      expect(total).toBeGreaterThan(0);
    }
  });
});
