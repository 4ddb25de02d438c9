// Number literals: the unit as written → the type and the exact value in the canonical unit.
import type * as A from "../ast/ast.js";
import { parseUnit } from "../units/units.js";
import { Exact } from "../../runtime/exact.js";
import { num, PLAIN_TY, type Ty } from "./types.js";

export interface LiteralValue {
  readonly value: string;
  readonly ty: Ty;
}

export function literalValue(lit: A.NumberLiteral): LiteralValue | { unknownUnit: string } {
  if (!lit.unit) return { value: signed(lit, new Exact(lit.digits)), ty: PLAIN_TY };
  const unit = parseUnit(lit.unit);
  if ("unknown" in unit) return { unknownUnit: unit.unknown };
  return { value: signed(lit, new Exact(lit.digits).times(unit.scale)), ty: num(unit.dims, unit.kind) };
}

function signed(lit: A.NumberLiteral, v: InstanceType<typeof Exact>): string {
  return (lit.negative ? v.negated() : v).toFixed();
}

/** The literal as written (for finding it in the 原文). */
export const writtenForm = (lit: A.NumberLiteral): string => `${lit.digits}${lit.unit}`;
