// Step 7 (预算总额控制, PINGHU 附则2 and 003（十一）): with a budget N (万元), the rows of every namespace that declares
// `budget` are scaled together when their total T after step 6 exceeds N: each row gets amount × N ÷ T rounded
// half-up to 0.000001万元, and the rounding remainder is handed out by the largest-remainder method (one 0.000001万元
// unit per row; ties in ledger order) so that the rows sum to N exactly. Without a budget nothing is scaled, and the
// rows that a budget would scale say so.
import type { Decimal } from "decimal.js";
import { Exact, RESULT_DECIMALS } from "../exact.js";
import { change, wan, ZERO, type Claim, type Note } from "./model.js";
import type { RuleOf } from "./rule-index.js";

const UNIT = new Exact(1).div(new Exact(10).pow(RESULT_DECIMALS));

/** A budget must be a whole number of units, or the rows (each a whole number of units) could not sum to it. */
export function budgetError(budget: Decimal): string | undefined {
  if (budget.isNeg()) return `预算不能为负数，收到 ${budget.toFixed()}`;
  if (budget.decimalPlaces() > RESULT_DECIMALS) return `预算须精确到 0.000001万元（1分），收到 ${budget.toFixed()}`;
  return undefined;
}

export function applyBudget(claims: readonly Claim[], budget: Decimal | undefined): void {
  const rows = claims.filter((c) => c.rules?.budget);
  if (!rows.length) return;
  if (budget === undefined) {
    const notes = new Map<RuleOf<"budget">, Note>();
    for (const c of rows) {
      const rule = c.rules!.budget!;
      let n = notes.get(rule);
      if (!n) notes.set(rule, (n = { rule, text: `未给出预算总额（--budget），未按${rule.title}（${rule.article}）缩减` }));
      (c.notes ??= []).push(n);
    }
    return;
  }
  const total = rows.reduce((s, c) => s.plus(c.amount), ZERO);
  if (total.lte(budget)) return;
  scale(rows.filter((c) => c.amount.gt(0)), budget, total);
}

function scale(rows: readonly Claim[], budget: Decimal, total: Decimal): void {
  const exact = rows.map((c) => c.amount.times(budget).div(total));
  const rounded = exact.map((q) => q.toDecimalPlaces(RESULT_DECIMALS, Exact.ROUND_HALF_UP));
  const short = rounded.reduce((s, r) => s.minus(r), budget).div(UNIT).toNumber(); // a whole number of units, |short| < rows/2
  if (short !== 0) {
    // Largest remainder: units go to the rows rounded down the most (short > 0), or come from those rounded up the
    // most (short < 0); Array.prototype.sort is stable, so ties stay in ledger order.
    // Compared as doubles first: rounding to a double is monotone, so different doubles order as the exact values
    // do; only equal doubles need the exact comparison.
    const remainder = exact.map((q, i) => q.minus(rounded[i]!));
    const approx = remainder.map((r) => r.toNumber());
    const ascending = (a: number, b: number) => approx[a]! - approx[b]! || remainder[a]!.comparedTo(remainder[b]!);
    const order = rows.map((_, i) => i).sort((a, b) => (short > 0 ? ascending(b, a) : ascending(a, b)));
    const step = short > 0 ? UNIT : UNIT.neg();
    for (const i of order.slice(0, Math.abs(short))) rounded[i] = rounded[i]!.plus(step);
  }
  const reason = `预算总额控制：合计 ${wan(total)} 超过预算 ${wan(budget)}，按 ${wan(budget)} ÷ ${wan(total)} 同比例分配，尾差按最大余数法`;
  rows.forEach((c, i) => change(c, c.rules!.budget!, rounded[i]!, reason));
}
