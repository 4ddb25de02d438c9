// Seeded random inputs, as Excel would hand them over (numbers, enum text, TRUE/FALSE, omitted optionals).
// Distributions cover every band of each rule, the band edges exactly, amounts with 0–6 decimals, a few
// amounts typed as text with a unit, and a small share of inputs the evaluator itself must refuse
// (机器人投资额 > 设备投资额, 营业收入 = 0): the adapter accepts those, the rule does not.
import type { ExcelValue } from "../runtime/adapter.js";
import type { ParamMeta } from "../runtime/types.js";
import { rng } from "./util.js";

type R = () => number;

const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const between = (r: R, lo: number, hi: number) => lo + (hi - lo) * r();
/** An amount rounded to 0, 2, 4 or 6 decimals (万元 with 0.01 万元 = 100 元 … 0.000001 万元 = 1 分). */
function amount(r: R, lo: number, hi: number): number {
  const d = pick(r, [0, 2, 2, 2, 4, 6]);
  const f = 10 ** d;
  return Math.round(between(r, lo, hi) * f) / f;
}
/** Picks a range by weight, then an amount in it; sometimes exactly an edge. */
function banded(r: R, bands: readonly (readonly [number, number, number])[], edges: readonly number[]): number {
  if (r() < 0.03) return pick(r, edges);
  let w = r() * bands.reduce((s, b) => s + b[2], 0);
  for (const [lo, hi, weight] of bands) {
    if ((w -= weight) <= 0) return amount(r, lo, hi);
  }
  return amount(r, bands[0]![0], bands[0]![1]);
}
/** Money as text with a unit now and then, the way a clerk types it. */
function money(r: R, v: number): ExcelValue {
  const u = r();
  if (u < 0.02) return `${v}万元`;
  if (u < 0.03) return `${v / 10000}亿元`;
  return v;
}
/** Drops trailing omitted optionals (Excel passes fewer arguments), keeps middle ones as null. */
function trim(args: ExcelValue[]): ExcelValue[] {
  while (args.length && args[args.length - 1] === undefined) args.pop();
  return args.map((a) => (a === undefined ? null : a));
}

const GENERATORS: Record<string, (r: R) => ExcelValue[]> = {
  "PINGHU.EQUIPMENT": (r) => {
    const x = banded(r, [[0, 1000, 10], [1000, 3000, 30], [3000, 5000, 25], [5000, 12000, 25], [12000, 100000, 10]], [0, 999.99, 1000, 3000, 5000, 11600]);
    const u = r();
    const cls = u < 0.5 ? undefined : u < 0.7 ? "A类" : u < 0.85 ? "数字经济项目" : "其他";
    return trim([money(r, x), cls]);
  },
  "WUYI.EQUIPMENT": (r) => {
    const x = banded(r, [[0, 100, 10], [100, 500, 20], [500, 2000, 25], [2000, 5000, 25], [5000, 20000, 20]], [99.99, 100, 500, 2000, 5000]);
    const u = r();
    const key = u < 0.4 ? undefined : pick(r, ["无", "市重点", "省重点", "国家重点"]);
    const v = r();
    // Half omit the robot part; 0.5% claim more robots than equipment (the rule's own error), the rest 0…x.
    const robots = v < 0.5 ? undefined : v < 0.505 ? x + amount(r, 1, 100) : Math.min(x, amount(r, 0, x));
    const w = r();
    const filed = w < 0.6 ? undefined : w < 0.9;
    return trim([money(r, x), key, robots, filed]);
  },
  "PINGHU.RD_GROWTH": (r) => {
    const R = banded(r, [[0, 100, 10], [100, 1000, 30], [1000, 5000, 30], [5000, 20000, 30]], [99, 100, 1000, 5000]);
    const P = r() < 0.02 ? 0 : amount(r, R * 0.6, R * 1.4);
    const share = between(r, 0.01, 0.3);
    const V = r() < 0.005 ? 0 : amount(r, R / share, R / share + 1);
    return [money(r, R), money(r, P), money(r, V)];
  },
  "SHAOXING.SOFTWARE_RENT": (r) => {
    const rent = amount(r, 0, 30);
    const area = r() < 0.5 ? Math.round(between(r, 0, 2000)) : amount(r, 0, 2000);
    const years = Math.floor(between(r, 1, 11));
    const months = r() < 0.5 ? undefined : Math.floor(between(r, 1, 13));
    return trim([money(r, rent), area, years, months]);
  },
};

export const BENCHMARKED = Object.keys(GENERATORS);

export function rawInputs(id: string, n: number, seed = 20240813): ExcelValue[][] {
  const gen = GENERATORS[id];
  if (!gen) throw new Error(`no input generator for ${id}`);
  const r = rng(seed ^ hash(id));
  const out: ExcelValue[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = gen(r);
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Generic arguments for any function, from its parameter metadata (for the mixed `eval --jsonl` batch). */
export function genericArgs(r: R, params: readonly ParamMeta[]): ExcelValue[] {
  const args: ExcelValue[] = [];
  for (const p of params) {
    if (p.optional && r() < 0.4) { args.push(undefined); continue; }
    switch (p.kind) {
      case "flag": args.push(r() < 0.7); break;
      case "enum": args.push(pick(r, p.values ?? ["?"])); break;
      default: {
        const lo = p.min ? Number(p.min.value) : 0;
        const hi = p.max ? Number(p.max.value) : lo + pick(r, [10, 100, 1000, 10000]);
        const v = p.integer || p.kind === "year" ? Math.floor(between(r, lo, hi + 1)) : amount(r, lo, hi);
        args.push(p.max && v > Number(p.max.value) ? Number(p.max.value) : v);
      }
    }
  }
  return trim(args);
}
