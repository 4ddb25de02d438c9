// How values are written for a person to read, in explanations, the CLI and the task pane: 123,456.789万元, 4%,
// 1个百分点, 3款, 是; and a result with its 元 amount, 170万元（1,700,000.00元）. The one home for showing a value.
import { Decimal } from "decimal.js";
import { Exact, formatResult } from "./exact.js";

export type UnitTag = "money" | "ratio" | "points" | "plain" | string;

// Intl.NumberFormat groups the digits of a decimal *string* exactly (ECMA-402 NumberFormat v3: Node ≥ 19,
// Chrome ≥ 106, Safari ≥ 15.4); older engines convert the string to a double first. Only the integer digits go
// through Intl (the fraction is appended as written), so Intl never rounds; where it cannot be trusted with
// strings, the digits are grouped by hand.
const intlGroup = exactIntlGrouping();

/** Intl's grouping of an integer's digits, if this engine has Intl and formats decimal strings exactly. */
function exactIntlGrouping(): ((digits: string) => string) | undefined {
  try {
    const integer = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
    const group = (digits: string): string => (integer.format as unknown as (v: string) => string)(digits);
    return group("-12345678901234567890123456789") === "-12,345,678,901,234,567,890,123,456,789" ? group : undefined;
  } catch {
    return undefined; // no Intl in this runtime
  }
}

/** The same grouping without Intl (engines whose Intl would go through a double). */
export const groupByHand = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ",");

/** Plain decimal text (no exponent) with its integer digits grouped by threes: "123456.789" → "123,456.789". */
export function groupDigits(plain: string): string {
  const dot = plain.indexOf(".");
  const whole = dot < 0 ? plain : plain.slice(0, dot);
  return (intlGroup ? intlGroup(whole) : groupByHand(whole)) + (dot < 0 ? "" : plain.slice(dot));
}

/** The value rounded half-up to 6 decimals (1 分 of 万元) as results are, trailing zeros trimmed, never "-0", grouped. */
const grouped = (v: Decimal) => groupDigits(formatResult(v));

export function showValue(v: Decimal | boolean | string, unit: UnitTag): string {
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "string") return v;
  switch (unit) {
    case "money": return `${grouped(v)}万元`;
    case "ratio": return `${grouped(v.times(100))}%`;
    case "points": return `${grouped(v.times(100))}个百分点`;
    // A bare number is often a year (2024, not 2,024) or a multiplier: shown as it is, ungrouped.
    case "plain": return formatResult(v);
    default:
      // A unit price like 0.2元/斤 is held as 0.00002万元/斤; show it in 元 as the documents write it.
      if (unit.startsWith("万元/") && !v.isZero() && v.abs().lt(0.01)) return `${grouped(v.times(10000))}元${unit.slice(2)}`;
      return `${grouped(v)}${unit}`;
  }
}

/**
 * An amount of money in 万元 with its 元 amount to the 分, for a result a reviewer signs:
 * 170 → "170万元（1,700,000.00元）". Takes the exact value or the adapter's result text ("170").
 */
export function showMoneyWithYuan(wan: Decimal | string): string {
  const v = typeof wan === "string" ? new Exact(wan) : wan;
  const yuan = v.times(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${grouped(v)}万元（${groupDigits(yuan.isZero() ? "0.00" : yuan.toFixed(2))}元）`;
}
