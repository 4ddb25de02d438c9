// How values are written in an explanation: 170万元, 4%, 1个百分点, 3款, 是.
import type { Decimal } from "decimal.js";

export type UnitTag = "money" | "ratio" | "points" | "plain" | string;

const trim = (s: string) => (s.includes(".") ? s.replace(/\.?0+$/, "") : s);

export function showValue(v: Decimal | boolean | string, unit: UnitTag): string {
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "string") return v;
  switch (unit) {
    case "money": return `${trim(v.toDecimalPlaces(6).toFixed())}万元`;
    case "ratio": return `${trim(v.times(100).toDecimalPlaces(6).toFixed())}%`;
    case "points": return `${trim(v.times(100).toDecimalPlaces(6).toFixed())}个百分点`;
    case "plain": return trim(v.toDecimalPlaces(6).toFixed());
    default:
      // A unit price like 0.2元/斤 is held as 0.00002万元/斤; show it in 元 as the documents write it.
      if (unit.startsWith("万元/") && !v.isZero() && v.abs().lt(0.01)) return `${trim(v.times(10000).toDecimalPlaces(6).toFixed())}元${unit.slice(2)}`;
      return `${trim(v.toDecimalPlaces(6).toFixed())}${unit}`;
  }
}
