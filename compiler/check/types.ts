// Types of the policy language: numbers with units of measure, flags, and enums.
import {
  type Dims, type DimensionlessKind, MONEY, formatDims, isDimensionless, sameDims,
  multiplyDims as multiply, divideDims as divide,
} from "../units/units.js";

export type Ty =
  | { readonly t: "num"; readonly dims: Dims; readonly kind: DimensionlessKind }
  | { readonly t: "bool" }
  | { readonly t: "enum"; readonly name: string; readonly values: readonly string[] }
  | { readonly t: "error" };

export const ERROR: Ty = { t: "error" };
export const BOOL: Ty = { t: "bool" };
export const num = (dims: Dims, kind: DimensionlessKind = "plain"): Ty => ({ t: "num", dims, kind: isDimensionless(dims) ? kind : "plain" });
export const MONEY_TY = num({ [MONEY]: 1 });
export const RATIO_TY = num({}, "ratio");
export const PLAIN_TY = num({}, "plain");

export function isMoney(ty: Ty): boolean {
  return ty.t === "num" && sameDims(ty.dims, { [MONEY]: 1 });
}

/** How a type is named to a drafter: 金额（万元）, 比例, 百分点, 平方米, 元/平方米 … */
export function describeType(ty: Ty): string {
  switch (ty.t) {
    case "bool": return "是否";
    case "enum": return `枚举「${ty.name}」`;
    case "error": return "（有误）";
    case "num":
      if (isDimensionless(ty.dims)) return ty.kind === "ratio" ? "比例" : ty.kind === "points" ? "百分点" : "纯数";
      if (sameDims(ty.dims, { [MONEY]: 1 })) return "金额（万元）";
      return formatDims(ty.dims);
  }
}

export function sameType(a: Ty, b: Ty): boolean {
  if (a.t === "error" || b.t === "error") return true;
  if (a.t !== b.t) return false;
  if (a.t === "num" && b.t === "num") return sameDims(a.dims, b.dims) && (isDimensionless(a.dims) ? compatibleKinds(a.kind, b.kind) : true);
  if (a.t === "enum" && b.t === "enum") return a.name === b.name;
  return true;
}

function compatibleKinds(a: DimensionlessKind, b: DimensionlessKind): boolean {
  if (a === b) return true;
  return (a === "ratio" && b === "plain") || (a === "plain" && b === "ratio");
}

/** Why two operands cannot be combined, as data for the checker's report. */
export type ArithResult =
  | { ok: true; ty: Ty }
  | { ok: false; code: "Z0401"; left: Ty; right: Ty; hint?: "ratio" }
  | { ok: false; code: "Z0403"; other: Ty }
  | { ok: false; code: "Z0412" };

const isPoints = (x: Ty) => x.t === "num" && isDimensionless(x.dims) && x.kind === "points";

/** + and −: same dimension; ratio ± points → ratio; points never meet plain numbers or money. */
export function addTypes(a: Ty, b: Ty, op: "+" | "-"): ArithResult {
  if (a.t === "error" || b.t === "error") return { ok: true, ty: ERROR };
  if (a.t !== "num" || b.t !== "num") return { ok: false, code: "Z0401", left: a, right: b };
  if (!sameDims(a.dims, b.dims)) {
    const ratioish = (x: Ty) => x.t === "num" && isDimensionless(x.dims) && x.kind !== "plain";
    return { ok: false, code: "Z0401", left: a, right: b, hint: ratioish(a) || ratioish(b) ? "ratio" : undefined };
  }
  if (!isDimensionless(a.dims)) return { ok: true, ty: a };
  const kinds = new Set([a.kind, b.kind]);
  if (kinds.has("points") && kinds.has("plain")) return { ok: false, code: "Z0403", other: PLAIN_TY };
  if (kinds.has("points") && kinds.has("ratio")) {
    if (op === "-" && a.kind === "points") return { ok: false, code: "Z0412" };
    return { ok: true, ty: RATIO_TY };
  }
  if (kinds.has("ratio")) return { ok: true, ty: RATIO_TY };
  return { ok: true, ty: a };
}

/** × and ÷: dimensions multiply; a ratio scales what it multiplies; points only scale by plain numbers. */
export function mulTypes(a: Ty, b: Ty, op: "*" | "/"): ArithResult {
  if (a.t === "error" || b.t === "error") return { ok: true, ty: ERROR };
  if (a.t !== "num" || b.t !== "num") return { ok: false, code: "Z0401", left: a, right: b };
  if (isPoints(a) || isPoints(b)) {
    const other = isPoints(a) ? b : a;
    const okPlain = isDimensionless(other.dims) && other.kind === "plain" && !(op === "/" && isPoints(b));
    if (!okPlain) return { ok: false, code: "Z0403", other };
    return { ok: true, ty: num({}, "points") };
  }
  const dims = op === "*" ? multiply(a.dims, b.dims) : divide(a.dims, b.dims);
  if (!isDimensionless(dims)) return { ok: true, ty: num(dims) };
  // Dimensionless result: ratio × ratio is a ratio; money ÷ money is a ratio (growth, shares); plain stays plain.
  const ratioish = a.kind === "ratio" || b.kind === "ratio" || !isDimensionless(a.dims);
  return { ok: true, ty: num({}, ratioish ? "ratio" : "plain") };
}


/** Comparison needs the same dimension (ratios and plain numbers compare freely). */
export function comparable(a: Ty, b: Ty): boolean {
  if (a.t === "error" || b.t === "error") return true;
  if (a.t === "num" && b.t === "num") {
    if (!sameDims(a.dims, b.dims)) return false;
    return !isDimensionless(a.dims) || compatibleKinds(a.kind, b.kind);
  }
  return false;
}
