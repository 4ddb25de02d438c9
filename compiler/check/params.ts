// Parameters: their types in the language, and their metadata for Excel, the CLI and the argument adapter.
import type * as A from "../ast/ast.js";
import type { ParamMeta, ParamKind, RangeBound } from "../../runtime/types.js";
import type { ParamType } from "../resolve/index.js";
import type { DiagnosticSink } from "../diagnostics/diagnostic.js";
import { BOOL, ERROR, MONEY_TY, PLAIN_TY, RATIO_TY, num, sameType, describeType, type Ty } from "./types.js";
import { COUNTING_UNITS } from "../units/units.js";
import { literalValue } from "./literals.js";
import { unitHelp } from "../units/units.js";

export function paramTy(t: ParamType | undefined, paramName: string): Ty {
  if (!t) return ERROR;
  switch (t.kind) {
    case "money": return MONEY_TY;
    case "ratio": return RATIO_TY;
    case "flag": return BOOL;
    case "year": case "number": return PLAIN_TY;
    case "quantity": return num({ [t.unit]: 1 });
    case "enum": return { t: "enum", name: t.name || paramName, values: t.values };
  }
}

const KIND: Record<ParamType["kind"], ParamKind> = {
  money: "money", ratio: "ratio", flag: "flag", year: "year", number: "number", quantity: "quantity", enum: "enum",
};

/**
 * The value an example or default literal stands for, as Excel would pass it (a number as exact decimal text in
 * the parameter's unit); undefined if it does not fit.
 */
export function excelValueOf(v: A.ExampleValue, t: ParamType | undefined, paramName: string): string | boolean | undefined {
  if (!t) return undefined;
  switch (v.kind) {
    case "bool": return t.kind === "flag" ? v.value : undefined;
    case "text": return v.value;
    case "name": return t.kind === "enum" ? v.name.text : undefined;
    case "number": {
      const lit = literalValue(v);
      if ("unknownUnit" in lit) return undefined;
      const ty = paramTy(t, paramName);
      const yearOk = t.kind === "year" && (v.unit === "" || v.unit === "年");
      if (!yearOk && !sameType(ty, lit.ty)) return undefined;
      return yearOk ? (v.negative ? "-" : "") + v.digits : lit.value;
    }
  }
}

function rangeOf(p: A.ParamDecl, sink: DiagnosticSink, ty: Ty): { min?: RangeBound; max?: RangeBound } {
  const r = p.range;
  if (!r) return {};
  const side = (b: A.Bound): RangeBound | undefined => {
    if (b.value.kind === "infinity") return undefined;
    const lit = literalValue(b.value);
    if ("unknownUnit" in lit) {
      sink.report("Z0102", b.value.span, { unit: lit.unknownUnit, units: unitHelp() });
      return undefined;
    }
    if (!sameType(ty, lit.ty) && !(ty.t === "num" && b.value.unit === "")) {
      sink.report("Z0414", b.value.span, { what: "范围的界限", bound: describeType(lit.ty), subject: "参数", target: describeType(ty) });
    }
    return { value: lit.value, inclusive: b.inclusive };
  };
  return { min: side(r.lower), max: side(r.upper) };
}

export function paramMeta(
  p: A.ParamDecl, t: ParamType | undefined, yearRange: readonly [number, number] | undefined, sink: DiagnosticSink,
): ParamMeta {
  const ty = paramTy(t, p.name.text);
  const kind = t ? KIND[t.kind] : "number";
  const explicit = rangeOf(p, sink, ty);
  const numeric = t && (t.kind === "money" || t.kind === "ratio" || t.kind === "quantity");
  const defaults: { min?: RangeBound; max?: RangeBound } =
    t?.kind === "year" && yearRange
      ? { min: { value: String(yearRange[0]), inclusive: true }, max: { value: String(yearRange[1]), inclusive: true } }
      : numeric ? { min: { value: "0", inclusive: true } } : {};
  const range = p.range ? explicit : defaults;
  const integer = p.integer || t?.kind === "year" || (t?.kind === "quantity" && COUNTING_UNITS.has(t.unit));
  let def: number | string | boolean | undefined;
  if (p.default) {
    const value = excelValueOf(p.default, t, p.name.text);
    if (value === undefined || p.default.kind === "text") {
      sink.report("Z0406", p.default.span, { name: p.name.text, type: describeType(ty) }, {
        hint: t?.kind === "money" ? "money" : t?.kind === "flag" ? "flag" : "none",
      });
    } else if (t?.kind === "enum" && !t.values.includes(String(value))) {
      sink.report("Z0303", p.default.span, { value: String(value), owner: `参数「${p.name.text}」`, values: t.values.join("、") });
    }
    // The catalog's form: numbers as numbers (their text is a short exact decimal, so the round trip is exact).
    def = typeof value === "string" && t?.kind !== "enum" ? Number(value) : value;
  }
  return {
    name: p.name.text,
    kind,
    ...(t?.kind === "quantity" ? { unit: t.unit } : {}),
    ...(t?.kind === "enum" ? { values: t.values } : {}),
    optional: p.default !== undefined,
    ...(def !== undefined ? { default: def } : {}),
    integer,
    ...(range.min ? { min: range.min } : {}),
    ...(range.max ? { max: range.max } : {}),
    description: p.description?.value ?? "",
  };
}

/** Unit word shown after a parameter's value in an explanation. */
export function unitLabel(t: ParamType | undefined): string {
  if (!t) return "";
  return t.kind === "money" ? "万元" : t.kind === "quantity" ? t.unit : "";
}
