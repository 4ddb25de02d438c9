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
    default: return `${trim(v.toDecimalPlaces(6).toFixed())}${unit}`;
  }
}
