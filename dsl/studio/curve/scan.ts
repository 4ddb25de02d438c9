// Drops that the form's values do not show: the curve is re-run for combinations of the other parameters' telling
// values — every enum value, both flags, and each numeric parameter at its own band edges and just below them —
// and every drop found is listed with the whole set of inputs that shows it. PINGHU.ENERGY_SAVING's drop at
// 300万元 appears for 节能量 in [40, 200) whatever the form says.
import type { Decimal } from "decimal.js";
import type { CheckedClause } from "../../../compiler/check/ir.js";
import type { ExcelValue } from "../../../runtime/adapter.js";
import type { ParamMeta } from "../../../runtime/types.js";
import { analyseCurve, showArg, stepOf } from "./analyse.js";
import { edgesOf } from "./edges.js";

/** The most combinations run for one scan. */
export const MAX_COMBINATIONS = 64;

export interface ScanFinding {
  /** Where the drop is (the charted amount), to keep one combination per place. */
  readonly at: string;
  readonly text: string;
  /** All inputs but the charted one, as “名称 = 值”. */
  readonly inputs: string;
}

/** Telling values of one parameter: each enum value, both flags, a number at its edges and one step below them. */
function candidates(clause: CheckedClause, p: ParamMeta, j: number, form: ExcelValue): ExcelValue[] {
  if (p.kind === "enum") return [...(p.values ?? [])];
  if (p.kind === "flag") return [false, true];
  const step = stepOf(p);
  const values = new Map<string, ExcelValue>();
  const add = (d: Decimal) => { if (d.gte(0)) values.set(d.toFixed(), d.toFixed()); };
  for (const e of edgesOf(clause, j)) {
    add(e.value);
    add(e.value.minus(step));
  }
  if (form !== null && form !== undefined && form !== "") values.set(String(form), form);
  if (!values.size) {
    const example = clause.examples.find((e) => typeof e.args[j] === "string")?.args[j];
    if (typeof example === "string") values.set(example, example);
  }
  return [...values.values()];
}

/** The combinations to try (at most MAX_COMBINATIONS, in order), and how many there are in all. */
export function combinations(clause: CheckedClause, index: number, form: readonly ExcelValue[]): { combos: ExcelValue[][]; total: number } {
  const lists = clause.meta.params.map((p, j) => (j === index ? [null] : candidates(clause, p, j, form[j] ?? null)));
  const total = lists.reduce((n, l) => n * Math.max(1, l.length), 1);
  const combos: ExcelValue[][] = [];
  const walk = (j: number, acc: ExcelValue[]) => {
    if (combos.length >= MAX_COMBINATIONS) return;
    if (j === lists.length) return void combos.push([...acc]);
    const list = lists[j]!.length ? lists[j]! : [form[j] ?? null];
    for (const v of list) walk(j + 1, [...acc, v]);
  };
  walk(0, []);
  return { combos, total };
}

/** The drops of one combination, each with its inputs. */
export function dropsFor(clause: CheckedClause, index: number, combo: readonly ExcelValue[]): ScanFinding[] {
  const curve = analyseCurve(clause, index, combo);
  if (curve.error) return [];
  const inputs = clause.meta.params.map((p, j) => (j === index ? "" : `${p.name} = ${showArg(p, combo[j] ?? null)}`)).filter(Boolean).join("，");
  return curve.findings.filter((f) => f.kind === "drop").map((f) => ({ at: f.at.toFixed(), text: f.text, inputs }));
}
