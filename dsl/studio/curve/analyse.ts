// The payout curve of one clause against one of its numeric parameters, with the other arguments fixed, and what a
// drafter must see before publishing: a drop (a larger amount gets less), a cliff (a jump at a band edge), a cap
// reached. Exact throughout: every input is a decimal string, every result a Decimal from the reference
// interpreter; only the chart turns them into floats to plot.
import type { Decimal } from "decimal.js";
import type { CheckedClause } from "../../../compiler/check/ir.js";
import { interpretedFunction } from "../../../compiler/interpret/index.js";
import { coerceArgs, type ExcelValue } from "../../../runtime/adapter.js";
import { Exact, formatResult } from "../../../runtime/exact.js";
import type { CompiledFunction, ParamMeta } from "../../../runtime/types.js";
import { capsOf, edgesOf, type Cap, type Edge } from "./edges.js";

/** Dense samples across the range (band edges and their neighbours come on top). */
export const SAMPLES = 240;

export interface CurvePoint {
  readonly x: Decimal;
  /** The unrounded result; null where the rule refuses the input. */
  readonly y: Decimal | null;
}

export type FindingKind = "drop" | "cliff" | "cap";

export interface Finding {
  readonly kind: FindingKind;
  /** x where it shows (for the chart's marker). */
  readonly at: Decimal;
  readonly text: string;
}

export interface Curve {
  readonly param: ParamMeta;
  readonly index: number;
  readonly points: readonly CurvePoint[];
  readonly edges: readonly Edge[];
  readonly caps: readonly Cap[];
  readonly findings: readonly Finding[];
  /** The other arguments, as “名称 = 值” (the concrete inputs every finding holds with). */
  readonly others: string;
  /** Parameters left empty in the form and taken from the clause's first example. */
  readonly filled: readonly string[];
  /** Set when the other arguments are refused, so nothing could be drawn. */
  readonly error?: string;
}

/** Parameters a curve can run along. */
export const chartable = (p: ParamMeta) => p.kind === "money" || p.kind === "ratio" || p.kind === "quantity" || p.kind === "number";

/** The parameter charted by default: the first amount that a band table or comparison is keyed on, else the first amount. */
export function defaultParam(clause: CheckedClause): number {
  const params = clause.meta.params;
  const banded = params.findIndex((p, i) => p.kind === "money" && edgesOf(clause, i).length > 0);
  if (banded >= 0) return banded;
  const money = params.findIndex((p) => p.kind === "money");
  return money >= 0 ? money : params.findIndex(chartable);
}

/** The smallest change of an input: 1分 for money, 0.01% for ratios, 1 for counts, 0.01 otherwise. */
export function stepOf(p: ParamMeta): Decimal {
  if (p.integer) return new Exact(1);
  if (p.kind === "money") return new Exact("0.000001");
  if (p.kind === "ratio") return new Exact("0.0001");
  return new Exact("0.01");
}

/** A value with its unit as a drafter writes it: 300万元, 5%, 50吨标煤, 是. */
export function showArg(p: ParamMeta, v: ExcelValue | Decimal): string {
  if (v === null || v === undefined || v === "") {
    const d = typeof p.default === "boolean" ? (p.default ? "是" : "否") : String(p.default ?? "");
    return p.optional ? `（省略，默认 ${d}）` : "（空）";
  }
  if (typeof v === "boolean") return v ? "是" : "否";
  if (p.kind === "enum" || p.kind === "flag") return String(v);
  const d = new Exact(typeof v === "object" ? v : String(v).replace(/万元$/, ""));
  if (p.kind === "ratio") return `${d.times(100).toFixed()}%`;
  return `${d.toFixed()}${p.kind === "money" ? "万元" : (p.unit ?? "")}`;
}

const money = (d: Decimal) => `${formatResult(d)}万元`;

/** A round upper end for the axis: 1, 2 or 5 times a power of ten, at least `v`. */
function niceAbove(v: Decimal): Decimal {
  if (v.lte(0)) return new Exact(1);
  const power = new Exact(10).pow(v.log(10).floor());
  for (const m of [1, 2, 5, 10]) if (power.times(m).gte(v)) return power.times(m);
  return power.times(10);
}

interface Setup {
  readonly fn: CompiledFunction;
  readonly p: ParamMeta;
  readonly index: number;
  readonly args: ExcelValue[];
  readonly step: Decimal;
}

function evaluateAt(s: Setup, x: Decimal): Decimal | null {
  const args = [...s.args];
  args[s.index] = x.toFixed();
  try {
    return s.fn.evaluate(coerceArgs(s.fn, args), null);
  } catch {
    return null;
  }
}

/** The other arguments: the form's values, and for required ones left empty the clause's first example's. */
function baseArgs(clause: CheckedClause, form: readonly ExcelValue[], index: number): { args: ExcelValue[]; filled: string[] } {
  const example = clause.examples.find((e) => e.expected.kind === "value") ?? clause.examples[0];
  const filled: string[] = [];
  const args = clause.meta.params.map((p, i) => {
    const v = form[i];
    if (i === index || (v !== null && v !== undefined && v !== "") || p.optional) return v ?? null;
    const fromExample = example?.args[i];
    if (fromExample === undefined || fromExample === null) return null;
    filled.push(p.name);
    return fromExample;
  });
  return { args, filled };
}

function range(clause: CheckedClause, s: Setup, edges: readonly Edge[], caps: readonly Cap[]): [Decimal, Decimal] {
  const p = s.p;
  const lo = p.min ? new Exact(p.min.value).plus(p.min.inclusive ? 0 : s.step) : new Exact(0);
  // Twice the highest band edge, so that every band shows; without edges, past the examples' amounts.
  const examples = clause.examples.flatMap((e) => (typeof e.args[s.index] === "string" ? [new Exact(e.args[s.index] as string)] : []));
  let hi = niceAbove(edges.length ? edges[edges.length - 1]!.value.times(2)
    : examples.length ? Exact.max(...examples).times(1.5) : new Exact(p.kind === "money" ? 1000 : p.kind === "ratio" ? 1 : 100));
  // Far enough to reach the highest cap, if it is reached at all.
  const top = caps[caps.length - 1]?.value;
  for (let i = 0; top && i < 4; i++) {
    const y = evaluateAt(s, hi), half = evaluateAt(s, hi.div(2));
    if (y === null || half === null || y.gte(top) || !y.gt(half)) break; // reached, or no longer growing
    hi = hi.times(2);
  }
  if (p.max) hi = Exact.min(hi, new Exact(p.max.value).minus(p.max.inclusive ? 0 : s.step));
  return [lo, hi.gt(lo) ? hi : lo.plus(1)];
}

function sampleXs(lo: Decimal, hi: Decimal, step: Decimal, edges: readonly Edge[]): Decimal[] {
  const places = step.decimalPlaces();
  const xs = new Map<string, Decimal>();
  const add = (x: Decimal) => {
    const r = x.toDecimalPlaces(places, Exact.ROUND_HALF_UP);
    if (r.gte(lo) && r.lte(hi)) xs.set(r.toFixed(), r);
  };
  for (let k = 0; k <= SAMPLES; k++) add(lo.plus(hi.minus(lo).times(k).div(SAMPLES)));
  for (const e of edges) for (const d of [-2, -1, 0, 1, 2]) add(e.value.plus(step.times(d)));
  return [...xs.values()].sort((a, b) => a.cmp(b));
}

export function analyseCurve(clause: CheckedClause, index: number, form: readonly ExcelValue[]): Curve {
  const p = clause.meta.params[index]!;
  const { args, filled } = baseArgs(clause, form, index);
  const s: Setup = { fn: interpretedFunction(clause), p, index, args, step: stepOf(p) };
  const others = clause.meta.params.map((q, i) => (i === index ? "" : `${q.name} = ${showArg(q, args[i] ?? null)}`)).filter(Boolean).join("，");
  const edges = edgesOf(clause, index), caps = capsOf(clause);
  const [lo, hi] = range(clause, s, edges, caps);
  const points = sampleXs(lo, hi, s.step, edges).map((x) => ({ x, y: evaluateAt(s, x) }));
  const base = { param: p, index, points, edges: edges.filter((e) => e.value.gte(lo) && e.value.lte(hi)), caps, others, filled };
  if (points.every((pt) => pt.y === null)) {
    const probe = [...args];
    probe[index] = hi.toFixed();
    let error = "其余参数有误";
    try { coerceArgs(s.fn, probe); } catch (e) { error = (e as Error).message; }
    return { ...base, findings: [], error };
  }
  return { ...base, findings: [...drops(s, points), ...cliffs(s, points, base.edges), ...capsReached(s, points, caps)] };
}

const at = (s: Setup, x: Decimal) => `${s.p.name} = ${showArg(s.p, x)}`;

/** Each run of consecutive samples where the result goes down as the amount goes up. */
function drops(s: Setup, points: readonly CurvePoint[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  while (i < points.length - 1) {
    const a = points[i]!, b = points[i + 1]!;
    if (a.y === null || b.y === null || !b.y.lt(a.y)) { i++; continue; }
    let j = i + 1;
    while (j < points.length - 1 && points[j + 1]!.y !== null && points[j + 1]!.y!.lt(points[j]!.y!)) j++;
    const end = points[j]!;
    out.push({
      kind: "drop", at: end.x,
      text: `${s.p.name} 从 ${showArg(s.p, a.x)} 增到 ${showArg(s.p, end.x)}，结果从 ${money(a.y)} 降到 ${money(end.y!)}`,
    });
    i = j;
  }
  return out;
}

/** A jump across an edge: the change over ±1 step there is larger than twice the change just beside it. */
function cliffs(s: Setup, points: readonly CurvePoint[], edges: readonly Edge[]): Finding[] {
  const y = new Map(points.map((pt) => [pt.x.toFixed(), pt.y]));
  const yAt = (e: Decimal, d: number) => y.get(e.plus(s.step.times(d)).toFixed()) ?? null;
  const out: Finding[] = [];
  for (const e of edges) {
    const ys = [-2, -1, 0, 1, 2].map((d) => yAt(e.value, d));
    if (ys.some((v) => v === null)) continue;
    const [m2, m1, z, p1, p2] = ys as Decimal[];
    const local = Exact.max(m1!.minus(m2!).abs(), p2!.minus(p1!).abs());
    const [from, to, x0, x1] = z!.minus(m1!).abs().gte(p1!.minus(z!).abs()) ? [m1!, z!, -1, 0] : [z!, p1!, 0, 1];
    const jump = to.minus(from);
    if (jump.abs().lte(local.times(2).plus("0.000001"))) continue;
    out.push({
      kind: "cliff", at: e.value.plus(s.step.times(x1)),
      text: `在 ${showArg(s.p, e.value)}（${e.label}）处：${s.p.name} 从 ${showArg(s.p, e.value.plus(s.step.times(x0)))} 到 ${showArg(s.p, e.value.plus(s.step.times(x1)))}，结果从 ${money(from)} ${jump.gt(0) ? "跳升" : "跳降"}到 ${money(to)}`,
    });
  }
  return out;
}

/** Where the result first equals a constant cap: the smallest amount (to one step) that gets the cap. */
function capsReached(s: Setup, points: readonly CurvePoint[], caps: readonly Cap[]): Finding[] {
  const out: Finding[] = [];
  for (const cap of caps) {
    const i = points.findIndex((pt) => pt.y !== null && pt.y.eq(cap.value));
    if (i < 0) continue;
    let hi = points[i]!.x;
    if (i > 0 && points[i - 1]!.y !== null) {
      let lo = points[i - 1]!.x;
      while (hi.minus(lo).gt(s.step)) {
        const mid = lo.plus(hi).div(2).toDecimalPlaces(s.step.decimalPlaces(), Exact.ROUND_DOWN);
        if (mid.lte(lo)) break;
        const y = evaluateAt(s, mid);
        if (y !== null && y.eq(cap.value)) hi = mid;
        else lo = mid;
      }
    }
    const before = evaluateAt(s, hi.minus(s.step));
    out.push({
      kind: "cap", at: hi,
      // Unrounded just below: one step less may round to the cap in display while it is still below it.
      text: `${at(s, hi)} 起结果达到封顶 ${cap.written}${before !== null && hi.gt(points[0]!.x) ? `（${at(s, hi.minus(s.step))} 时为 ${before.toFixed()}万元）` : ""}`,
    });
  }
  return out;
}
