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
import { change, note, wan, type Claim, type Note } from "./model.js";
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
      if (!n) notes.set(rule, (n = { rule, text: `未给出预算总额，未按${rule.title}（${rule.article}）缩减` }));
      note(c, n);
    }
    return;
  }
  const problem = budgetError(budget);
  if (problem) throw new Error(problem); // the caller checks the budget first (SettleOptions)
  const grid = onGrid(rows.map((c) => c.amount), budget);
  const total = grid.amounts.reduce((s, x) => s + x, BIG_0);
  if (total <= grid.budget) return;
  const scaled: Claim[] = [], amounts: bigint[] = [];
  rows.forEach((c, i) => {
    if (grid.amounts[i]! > BIG_0) scaled.push(c), amounts.push(grid.amounts[i]!);
  });
  const shares = sharesOf(amounts, total, grid.budget, grid.places);
  const [t, b] = [wan(fromUnits(total, grid.places)), wan(budget)];
  const reason = `预算总额控制：合计 ${t} 超过预算 ${b}，按 ${b} ÷ ${t} 同比例分配，尾差按最大余数法`;
  for (let i = 0; i < scaled.length; i++) {
    const c = scaled[i]!;
    change(c, c.on!.namespace.budget!, fromUnits(shares[i]!, RESULT_DECIMALS), reason);
  }
}

// BigInt(…) rather than literals (0n): the add-in bundles are built for es2017, where esbuild warns on literals.
const BIG_0 = BigInt(0), BIG_2 = BigInt(2);
const POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);
const BIG_POWERS = POWERS.map((p) => BigInt(p));

/** The amounts and the budget as whole numbers of 10^-places: places = 6, or more if an amount has more decimals. */
function onGrid(amounts: readonly Decimal[], budget: Decimal): { amounts: bigint[]; budget: bigint; places: number } {
  let places = RESULT_DECIMALS;
  for (const a of amounts) places = Math.max(places, a.decimalPlaces());
  return { amounts: amounts.map((a) => units(a, places)), budget: units(budget, places), places };
}

/**
 * A decimal with at most `places` decimals as a whole number of 10^-places. Read from the decimal's digits (decimal.js
 * documents them as read-only: `d`, base-10^7 words, most significant first; `e`, the base-10 exponent of the first
 * digit) while they fit a double exactly (two words, < 10^14), else through its text. Exported for the tests.
 */
export function units(x: Decimal, places: number): bigint {
  const d = x.d;
  if (d && d.length <= 2 && x.s > 0) {
    const w = d[0]!;
    const width = w >= 1e6 ? 7 : w >= 1e5 ? 6 : w >= 1e4 ? 5 : w >= 1e3 ? 4 : w >= 100 ? 3 : w >= 10 ? 2 : 1;
    const whole = d.length === 1 ? w : w * 1e7 + d[1]!; // the digits as an integer, < 10^14
    const shift = x.e - width - 7 * (d.length - 1) + 1 + places; // value × 10^places = whole × 10^shift
    if (shift >= 0 && shift < BIG_POWERS.length) return BigInt(whole) * BIG_POWERS[shift]!;
    // A negative shift drops trailing zeros of the last word (the value has at most `places` decimals): exact.
    if (shift < 0 && -shift < POWERS.length) return BigInt(whole / POWERS[-shift]!);
  }
  const text = x.toFixed(places);
  return BigInt(places ? text.replace(".", "") : text);
}

const UNIT = new Exact(`1e-${RESULT_DECIMALS}`);
const SMALL = BigInt(1e7);

/**
 * A whole number of 10^-places as a decimal. Below 10^7 units (most shares) through decimal.js's fast path for small
 * integers and one exact multiplication, else through text.
 */
function fromUnits(n: bigint, places: number): Decimal {
  if (places === RESULT_DECIMALS && n >= BIG_0 && n < SMALL) return new Exact(Number(n)).times(UNIT);
  return new Exact(`${n}e-${places}`);
}

/**
 * The rows' shares of the budget, rounded half-up to 0.000001万元 (in those units), with the rounding remainder
 * handed out so that they sum to the budget (the total is the rows' sum). For the tests.
 */
export function budgetShares(amounts: readonly Decimal[], budget: Decimal): bigint[] {
  const grid = onGrid(amounts, budget);
  return sharesOf(grid.amounts, grid.amounts.reduce((s, x) => s + x, BIG_0), grid.budget, grid.places);
}

/**
 * Each positive amount a's share a·N/T of the budget N (amounts, total T and N in 10^-places) in 0.000001万元:
 * rounded half-up with one integer division, then the rounding remainder handed out so that the shares sum to N.
 */
function sharesOf(a: readonly bigint[], total: bigint, n: bigint, places: number): bigint[] {
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
  // Whole units: |short| < rows/2 + 1. The budget is a whole number of 0.000001万元 (budgetError).
  const short = Number(n / BigInt(`1${"0".repeat(places - RESULT_DECIMALS)}`) - sum);
  if (short !== 0) {
    const step = BigInt(short > 0 ? 1 : -1);
    for (const i of largestRemainders(remainders, Math.abs(short), short > 0)) shares[i] = shares[i]! + step;
  }
  return shares;
}

/**
 * The `count` rows whose remainders come first — largest first when `largest`, else smallest first — equal
 * remainders in ledger order (the largest-remainder method: units go to the rows rounded down the most, or come from
 * those rounded up the most). Compared as doubles first: Number() is monotone, so different doubles order as the
 * integers do and only equal doubles need the exact comparison. Only the rows at or beyond the count-th double can be
 * among them, so only those are sorted.
 */
function largestRemainders(remainders: readonly bigint[], count: number, largest: boolean): number[] {
  const sign = largest ? -1 : 1;
  const approx = Float64Array.from(remainders, (x) => sign * Number(x)); // ascending = the order wanted
  const threshold = Float64Array.from(approx).sort()[count - 1]!;
  const candidates: number[] = [];
  for (let i = 0; i < approx.length; i++) if (approx[i]! <= threshold) candidates.push(i);
  candidates.sort((i, j) => approx[i]! - approx[j]! || sign * compareBig(remainders[i]!, remainders[j]!) || i - j);
  return candidates.slice(0, count);
}

function compareBig(x: bigint, y: bigint): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
