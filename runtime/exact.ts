// Exact decimal arithmetic shared by every evaluator, the interpreter and the argument adapter.
// One configured constructor so that every value in a computation has the same precision and rounding.
import { Decimal } from "decimal.js";

/**
 * The most significant digits an input may have (counting the zeros of its integer part, so it also bounds the
 * size: every accepted input is below 10^30). 30 digits hold any amount in 万元 to the 分 many times over
 * (10^23 万元 with 6 decimals); the adapter refuses longer inputs with a message instead of rounding them.
 */
export const MAX_INPUT_DIGITS = 30;

/**
 * Significant digits of every arithmetic result: twice the longest input, so that the product of any two accepted
 * inputs (投资额 × 比例, 面积 × 单价) is exact and only the final rounding to the 分 ever rounds. (decimal.js keeps
 * every digit of a value it reads; precision applies to the results of operations.)
 */
export const PRECISION = 2 * MAX_INPUT_DIGITS;

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
