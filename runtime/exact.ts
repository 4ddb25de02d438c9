// Exact decimal arithmetic shared by every evaluator, the interpreter and the argument adapter.
// One configured constructor so that every value in a computation has the same precision and rounding.
import { Decimal } from "decimal.js";

/** Significant digits: far beyond any amount in 万元 with 6 decimals, so only the final rounding ever rounds. */
export const PRECISION = 40;

export const Exact = Decimal.clone({
  precision: PRECISION,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Exact = Decimal;

/** Results are rounded half-up to 1 分 = 0.000001 万元, only at the edge (Excel, printing, example comparison). */
export const RESULT_DECIMALS = 6;

/** Canonical text of a rounded result: no exponent, trailing zeros stripped ("170", "0.5", "-0"→"0"). */
export function formatResult(value: Decimal): string {
  const text = value.toFixed(RESULT_DECIMALS, Decimal.ROUND_HALF_UP).replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
}
