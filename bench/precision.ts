// Section 6 — what the evaluators' decimal precision costs. runtime/exact.ts sets PRECISION = 2 × MAX_INPUT_DIGITS
// (60) so that the product of two accepted inputs is exact; this section times the same emitted module built with
// that precision and with the earlier 40, interleaved in one process, on two input sets:
//   typical — the evaluate section's inputs (amounts with 0–6 decimals);
//   long    — the same inputs with every non-integer number stretched to 25–30 significant digits (the longest
//             accepted), where 60 digits keep products of two inputs that 40 rounded.
// It also times the argument adapter (coerceArgs: text and numbers → exact decimals, digit limit included).
import type { Decimal } from "decimal.js";
import { coerceArgs, type ExcelValue } from "../runtime/adapter.js";
import * as exactModule from "../runtime/exact.js";
import { Exact, PRECISION } from "../runtime/exact.js";
import type { ArgValue, CompiledFunction, ParamMeta } from "../runtime/types.js";
import type { Compilation } from "../compiler/driver/compile.js";
import { emitAll } from "../compiler/driver/project.js";
import { loadEmitted, runModule, toScript } from "../compiler/driver/load.js";
import { BENCHMARKED, rawInputs } from "./inputs.js";
import { log, median, now, rng, type Options } from "./util.js";

export const EARLIER_PRECISION = 40;
/** Inputs per rule and input set: enough for a stable median, and the section stays under a minute. */
const PRECISION_INPUTS = 200_000;

export interface PrecisionRow {
  readonly id: string;
  readonly inputs: "typical" | "long";
  readonly count: number;
  /** Evaluations per second at PRECISION and at EARLIER_PRECISION (medians of interleaved passes). */
  readonly current: number;
  readonly earlier: number;
  /** Inputs whose unrounded results differ between the two precisions (40 digits rounded a product). */
  readonly differ: number;
}

export interface PrecisionResult {
  readonly precision: number;
  readonly earlierPrecision: number;
  readonly rows: readonly PrecisionRow[];
  /** coerceArgs calls per second over the typical raw inputs (numbers and text). */
  readonly adapterPerSec: number;
}

type Fn = (a: readonly ArgValue[], t: null) => Decimal;

function loop(f: Fn, inputs: readonly ArgValue[][]): number {
  const t0 = now();
  let acc = 0;
  for (const a of inputs) {
    try { acc += f(a, null).e; } catch { acc++; }
  }
  if (acc === -1) log("unreachable");
  return inputs.length / ((now() - t0) / 1000);
}

/** Every non-integer numeric argument stretched to 25–30 significant digits (same magnitude, random decimals). */
function stretched(raw: readonly ExcelValue[][], params: readonly ParamMeta[], seed: number): ExcelValue[][] {
  const r = rng(seed);
  return raw.map((row) => row.map((v, i) => {
    const p = params[i];
    if (typeof v !== "number" || !Number.isFinite(v) || !p || p.integer || p.kind === "year") return v;
    const whole = String(Math.trunc(Math.abs(v)));
    const decimals = Math.max(1, 25 + Math.floor(r() * 6) - whole.length);
    let frac = "";
    for (let i = 0; i < decimals; i++) frac += String(Math.floor(r() * 10));
    return `${v < 0 ? "-" : ""}${whole}.${frac}`;
  }));
}

/**
 * The module's functions run at another precision: the emitted code takes its decimal constructor from
 * runtime/exact.js, so a constructor cloned at `precision` is handed in its place, and every decimal argument is
 * converted to it (an operation runs at the precision of its receiver's constructor).
 */
const EARLIER = Exact.clone({ precision: EARLIER_PRECISION });

function atEarlierPrecision(code: string): readonly CompiledFunction[] {
  return runModule(toScript(code), { "../runtime/exact.js": { ...exactModule, Exact: EARLIER } }).functions;
}

/** The same arguments as decimals of the earlier precision (converted once, outside the timed loops). */
const toEarlier = (args: readonly ArgValue[][]): ArgValue[][] => args.map((r) => r.map((a) => (typeof a === "object" ? new EARLIER(a) : a)));

export function benchPrecision(comp: Compilation, opts: Options): PrecisionResult {
  const emitted = emitAll(comp);
  const current = new Map<string, CompiledFunction>(), earlier = new Map<string, CompiledFunction>();
  for (const e of emitted) {
    for (const fn of loadEmitted(e.code)) current.set(fn.meta.id, fn);
    for (const fn of atEarlierPrecision(e.code)) earlier.set(fn.meta.id, fn);
  }
  const rows: PrecisionRow[] = [];
  const adapterRates: number[] = [];
  for (const id of BENCHMARKED) {
    const cur = current.get(id), old = earlier.get(id);
    if (!cur || !old) continue;
    const typical = rawInputs(id, Math.min(opts.inputs, PRECISION_INPUTS));
    // The adapter: every raw input, valid or not.
    const t0 = now();
    for (const r of typical) { try { coerceArgs(cur, r); } catch { /* refused */ } }
    adapterRates.push(typical.length / ((now() - t0) / 1000));
    for (const [name, raw] of [["typical", typical], ["long", stretched(typical, cur.meta.params, 7)]] as const) {
      const args: ArgValue[][] = [];
      for (const r of raw) { try { args.push(coerceArgs(cur, r)); } catch { /* refused */ } }
      const old40 = toEarlier(args);
      const c = cur.evaluate as Fn, o = old.evaluate as Fn;
      loop(c, args.slice(0, 50_000)); loop(o, old40.slice(0, 50_000)); // warm-up
      const passes = { current: [] as number[], earlier: [] as number[] };
      for (let round = 0; round < Math.max(3, opts.rounds); round++) {
        if (round % 2 === 0) { passes.current.push(loop(c, args)); passes.earlier.push(loop(o, old40)); }
        else { passes.earlier.push(loop(o, old40)); passes.current.push(loop(c, args)); }
      }
      let differ = 0;
      args.forEach((a, i) => {
        try { if (!c(a, null).eq(o(old40[i]!, null))) differ++; } catch { /* both refuse: the rule's own errors */ }
      });
      rows.push({ id, inputs: name, count: args.length, current: median(passes.current), earlier: median(passes.earlier), differ });
      log(`precision: ${id} ${name}: ${PRECISION} digits ${Math.round(median(passes.current)).toLocaleString()}/s, ${EARLIER_PRECISION} digits ${Math.round(median(passes.earlier)).toLocaleString()}/s, ${differ} results differ`);
    }
  }
  return { precision: PRECISION, earlierPrecision: EARLIER_PRECISION, rows, adapterPerSec: median(adapterRates) };
}
