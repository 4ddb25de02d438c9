// Comparison of two decimals without a copy. decimal.js's cmp/lt/gte first convert their argument with
// `new Decimal(y)` (it may be a string or number), which costs as much as a multiplication; every operand here is
// already a Decimal, so the evaluators compare sign, exponent and digit words directly (the documented instance
// properties s, e and d: sign, base-10 exponent, base-1e7 digit words, most significant first).
import type { Decimal } from "decimal.js";

/** −1, 0 or 1 as a is less than, equal to or greater than b. Both must be finite. */
export function cmp(a: Decimal, b: Decimal): number {
  const ad = a.d, bd = b.d;
  const aZero = ad[0] === 0, bZero = bd[0] === 0;
  if (aZero || bZero) return aZero ? (bZero ? 0 : -b.s) : a.s;
  if (a.s !== b.s) return a.s;
  const flip = a.s < 0 ? -1 : 1;
  if (a.e !== b.e) return a.e > b.e ? flip : -flip;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! ? flip : -flip;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? flip : -flip;
}
