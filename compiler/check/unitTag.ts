// The unit word an explanation writes after a value of a given type.
import { isDimensionless, formatDims } from "../units/units.js";
import { isMoney, type Ty } from "./types.js";

export function unitTag(ty: Ty): string {
  if (ty.t !== "num") return "plain";
  if (isMoney(ty)) return "money";
  if (isDimensionless(ty.dims)) return ty.kind;
  return formatDims(ty.dims);
}
