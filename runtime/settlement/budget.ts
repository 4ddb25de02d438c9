// Step 7 (预算总额控制, PINGHU 附则2 and 003（十一）): with a budget N (万元), the rows of every namespace that declares
// `budget` are scaled together when their total T after step 6 exceeds N: each row gets amount × N ÷ T rounded
// half-up to 0.000001万元, and the rounding remainder is handed out by the largest-remainder method (one 0.000001万元
// unit per row; ties in ledger order) so that the rows sum to N exactly. Without a budget nothing is scaled, and the
// rows that a budget would scale say so.
//
// Exact integers, not decimals: every amount is a whole number of 10^-k万元 (k = 6, or more when a history row or a
// cap carried more decimals), so a row's share a·N/T is a fraction of integers, rounded with one integer division,
// and its remainder (a·N − r·T) is exact. Ties between remainders are real ties, broken by ledger order — a division
// rounded to 60 digits would instead keep more digits of a smaller share and order equal remainders by magnitude.
import type { Decimal } from "decimal.js";
import { Exact, RESULT_DECIMALS } from "../exact.js";
import { change, wan, ZERO, type Claim, type Note } from "./model.js";
import type { RuleOf } from "./rule-index.js";

/** A budget must be a whole number of units, or the rows (each a whole number of units) could not sum to it. */
export function budgetError(budget: Decimal): string | undefined {
  if (budget.isNeg()) return `预算不能为负数，收到 ${budget.toFixed()}`;
  if (budget.decimalPlaces() > RESULT_DECIMALS) return `预算须精确到 0.000001万元（1分），收到 ${budget.toFixed()}`;
  return undefined;
}

export function applyBudget(claims: readonly Claim[], budget: Decimal | undefined): void {
  const rows = claims.filter((c) => c.on?.namespace.budget);
  if (!rows.length) return;
  if (budget === undefined) {
    const notes = new Map<RuleOf<"budget">, Note>();
    for (const c of rows) {
      const rule = c.on!.namespace.budget!;
      let n = notes.get(rule);
      if (!n) notes.set(rule, (n = { rule, text: `未给出预算总额（--budget），未按${rule.title}（${rule.article}）缩减` }));
      (c.notes ??= []).push(n);
    }
    return;
  }
  const problem = budgetError(budget);
  if (problem) throw new Error(problem); // the caller checks the budget first (SettleOptions)
  const total = rows.reduce((s, c) => s.plus(c.amount), ZERO);
  if (total.lte(budget)) return;
  scale(rows.filter((c) => c.amount.gt(0)), budget, total);
}

// BigInt(…) rather than literals (0n): the add-in bundles are built for es2017, where esbuild warns on literals.
const BIG_0 = BigInt(0), BIG_2 = BigInt(2);

/** A non-negative decimal with at most `places` decimals as a whole number of 10^-places. */
function units(d: Decimal, places: number): bigint {
  const text = d.toFixed(places);
  return BigInt(places ? text.replace(".", "") : text);
}

/** A whole number of 0.000001万元 as a decimal. */
function fromResultUnits(n: bigint): Decimal {
  return new Exact(`${n}e-${RESULT_DECIMALS}`);
}

/**
 * The rows' shares of the budget, rounded half-up to 0.000001万元 (in those units), with the rounding remainder
 * handed out so that they sum to the budget. Exported for the tests.
 */
export function budgetShares(amounts: readonly Decimal[], budget: Decimal): bigint[] {
  let places = RESULT_DECIMALS;
  for (const a of amounts) places = Math.max(places, a.decimalPlaces());
  const a = amounts.map((x) => units(x, places));
  const total = a.reduce((s, x) => s + x, BIG_0);
  const n = units(budget, places); // N in 10^-places
  // share_i in 0.000001万元 = a_i·N / den, with den = T·10^(places−6); half-up: ⌊(2·a_i·N + den) / (2·den)⌋.
  const den = total * BigInt(`1${"0".repeat(places - RESULT_DECIMALS)}`);
  const den2 = BIG_2 * den;
  const shares: bigint[] = new Array(a.length);
  const remainders: bigint[] = new Array(a.length); // (exact share − rounded share) × den, in [−den/2, den/2)
  let sum = BIG_0;
  for (let i = 0; i < a.length; i++) {
    const numerator = a[i]! * n;
    const r = (BIG_2 * numerator + den) / den2;
    shares[i] = r;
    remainders[i] = numerator - r * den;
    sum += r;
  }
  const short = Number(units(budget, RESULT_DECIMALS) - sum); // whole units, |short| < rows/2 + 1
  if (short !== 0) {
    // Largest remainder: units go to the rows rounded down the most (short > 0), or come from those rounded up the
    // most (short < 0); equal remainders in ledger order. Compared as doubles first: Number() is monotone, so
    // different doubles order as the integers do; only equal doubles need the exact comparison.
    const approx = remainders.map((x) => Number(x));
    const sign = short > 0 ? -1 : 1; // descending when units are added
    const order = Array.from(a, (_, i) => i).sort((i, j) =>
      sign * (approx[i]! - approx[j]!) || sign * compareBig(remainders[i]!, remainders[j]!) || i - j);
    const step = BigInt(short > 0 ? 1 : -1);
    for (let k = 0; k < Math.abs(short); k++) shares[order[k]!]! += step;
  }
  return shares;
}

function compareBig(x: bigint, y: bigint): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function scale(rows: readonly Claim[], budget: Decimal, total: Decimal): void {
  const shares = budgetShares(rows.map((c) => c.amount), budget);
  const reason = `预算总额控制：合计 ${wan(total)} 超过预算 ${wan(budget)}，按 ${wan(budget)} ÷ ${wan(total)} 同比例分配，尾差按最大余数法`;
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i]!;
    change(c, c.on!.namespace.budget!, fromResultUnits(shares[i]!), reason);
  }
}
