// Section 2 — evaluation throughput of four compiled evaluators against a hand-written decimal.js version (the
// floor for exact arithmetic), the reference interpreter, and plain JavaScript numbers (the physical limit), plus
// an exact agreement check of every exact version on every input.
import type { Decimal } from "decimal.js";
import { coerceArgs, type ExcelValue } from "../runtime/adapter.js";
import { PolicyInputError, PolicyLookupError } from "../runtime/errors.js";
import type { ArgValue, CompiledFunction } from "../runtime/types.js";
import type { Compilation } from "../compiler/driver/compile.js";
import { interpretedFunction } from "../compiler/interpret/index.js";
import { HANDWRITTEN } from "./handwritten.js";
import { NATIVE, NativeInputError, type NativeArg } from "./native.js";
import { BENCHMARKED, rawInputs } from "./inputs.js";
import { log, median, now, type Options } from "./util.js";

export interface Disagreement {
  readonly input: readonly ExcelValue[];
  readonly compiled: string;
  readonly handwritten: string;
  readonly interpreter?: string;
}

export interface EvalResult {
  readonly id: string;
  readonly inputs: number;
  readonly interpInputs: number;
  readonly refused: number;
  readonly ruleErrors: number;
  /** Evaluations per second (median of the timed passes). */
  readonly compiled: number;
  readonly handwritten: number;
  readonly interpreter: number;
  readonly native: number;
  readonly passes: { compiled: number[]; handwritten: number[]; native: number[]; interpreter: number[] };
  readonly disagreements: number;
  readonly disagreementSamples: readonly Disagreement[];
  readonly nativeOffBy: number;
  readonly nativeSamples: readonly { input: readonly ExcelValue[]; exact: string; native: string }[];
  readonly missing?: string;
}

type Fn = (a: readonly ArgValue[], t: null) => Decimal;

/**
 * A fresh loop function per (rule, version): its call site sees one callee only, so no version pays for the
 * call site having gone polymorphic on another. `acc` keeps every result alive to the end of the call.
 */
function makeLoop(kind: "decimal" | "number"): (f: unknown, inputs: readonly unknown[], n: number) => number {
  return new Function("f", "inputs", "n", `
    let acc = 0, errors = 0;
    for (let i = 0; i < n; i++) {
      try { const r = f(inputs[i], null); acc += ${kind === "decimal" ? "r.e" : "r"}; }
      catch (e) { errors++; }
    }
    return acc + errors;`) as (f: unknown, inputs: readonly unknown[], n: number) => number;
}

type Outcome = { ok: true; value: Decimal } | { ok: false; kind: string; message: string };
function outcome(f: Fn, args: readonly ArgValue[]): Outcome {
  try {
    return { ok: true, value: f(args, null) };
  } catch (e) {
    const kind = e instanceof PolicyInputError ? "input" : e instanceof PolicyLookupError ? "lookup" : "internal";
    return { ok: false, kind, message: (e as Error).message };
  }
}
const same = (a: Outcome, b: Outcome) => (a.ok && b.ok ? a.value.eq(b.value) : !a.ok && !b.ok && a.kind === b.kind);
const show = (o: Outcome) => (o.ok ? o.value.toFixed() : `错误(${o.kind})：${o.message}`);

export function benchEvaluate(comp: Compilation, registry: ReadonlyMap<string, CompiledFunction>, opts: Options): EvalResult[] {
  const clauses = new Map([...comp.namespaces.values()].flatMap((ns) => ns.clauses.map((c) => [c.meta.id, c] as const)));
  const results: EvalResult[] = [];
  for (const id of BENCHMARKED) {
    const compiled = registry.get(id), clause = clauses.get(id);
    const empty = { id, inputs: 0, interpInputs: 0, refused: 0, ruleErrors: 0, compiled: NaN, handwritten: NaN, interpreter: NaN, native: NaN, passes: { compiled: [], handwritten: [], native: [], interpreter: [] }, disagreements: 0, disagreementSamples: [], nativeOffBy: 0, nativeSamples: [] };
    if (!compiled || !clause) {
      results.push({ ...empty, missing: `${id} is not in the compiled registry (its policy file has errors?)` });
      log(`evaluate: ${id} missing`);
      continue;
    }
    log(`evaluate: ${id}: generating ${opts.inputs.toLocaleString()} inputs`);
    const raw = rawInputs(id, opts.inputs);
    // Validate once, outside the timing: the timed loops get the adapter's output, as evaluate() does in Excel.
    const args: ArgValue[][] = [], kept: ExcelValue[][] = [];
    let refused = 0;
    for (const r of raw) {
      try { args.push(coerceArgs(compiled, r)); kept.push(r); } catch { refused++; }
    }
    const nativeArgs: NativeArg[][] = args.map((a) => a.map((v) => (typeof v === "object" ? (v as Decimal).toNumber() : v)));
    const n = args.length, m = Math.min(n, opts.interpInputs);

    const cf = compiled.evaluate as Fn;
    const hf = HANDWRITTEN[id]! as unknown as Fn;
    const inf = interpretedFunction(clause).evaluate as Fn;
    const nf = NATIVE[id]!;
    const loops = { compiled: makeLoop("decimal"), handwritten: makeLoop("decimal"), interpreter: makeLoop("decimal"), native: makeLoop("number") };
    const time = (loop: (f: unknown, i: readonly unknown[], n: number) => number, f: unknown, inputs: readonly unknown[], count: number) => {
      const t0 = now();
      loop(f, inputs, count);
      return count / ((now() - t0) / 1000);
    };

    // Warm-up: every version sees the same inputs until optimized.
    const w = Math.min(n, 50_000);
    time(loops.compiled, cf, args, w); time(loops.handwritten, hf, args, w); time(loops.native, nf, nativeArgs, w);
    time(loops.interpreter, inf, args, Math.min(m, 10_000));

    const passes = { compiled: [] as number[], handwritten: [] as number[], native: [] as number[], interpreter: [] as number[] };
    for (let round = 0; round < opts.rounds; round++) {
      // Alternate the order so neither exact version always runs right after the other's garbage.
      if (round % 2 === 0) {
        passes.compiled.push(time(loops.compiled, cf, args, n));
        passes.handwritten.push(time(loops.handwritten, hf, args, n));
      } else {
        passes.handwritten.push(time(loops.handwritten, hf, args, n));
        passes.compiled.push(time(loops.compiled, cf, args, n));
      }
      passes.native.push(time(loops.native, nf, nativeArgs, n));
    }
    passes.interpreter.push(time(loops.interpreter, inf, args, m));
    log(`evaluate: ${id}: compiled ${Math.round(median(passes.compiled)).toLocaleString()}/s, hand-written ${Math.round(median(passes.handwritten)).toLocaleString()}/s, interpreter ${Math.round(median(passes.interpreter)).toLocaleString()}/s (${m.toLocaleString()} inputs), native ${Math.round(median(passes.native)).toLocaleString()}/s`);

    // Agreement: compiled vs hand-written on every input, and the interpreter on its subset; exact Decimal equality
    // of the unrounded results (or the same kind of refusal). Native is compared after rounding to 1 分.
    let disagreements = 0, ruleErrors = 0, nativeOffBy = 0;
    const samples: Disagreement[] = [];
    const nativeSamples: EvalResult["nativeSamples"][number][] = [];
    for (let i = 0; i < n; i++) {
      const a = args[i]!;
      const c = outcome(cf, a), h = outcome(hf, a);
      const ip = i < m ? outcome(inf, a) : undefined;
      if (!c.ok) ruleErrors++;
      if (!same(c, h) || (ip && !same(c, ip))) {
        disagreements++;
        if (samples.length < 10) samples.push({ input: kept[i]!, compiled: show(c), handwritten: show(h), ...(ip ? { interpreter: show(ip) } : {}) });
      }
      let nv: number | string;
      try { nv = nf(nativeArgs[i]!); } catch (e) { nv = e instanceof NativeInputError ? "error" : String(e); }
      const exact = c.ok ? c.value.toFixed(6) : "error";
      const nat = typeof nv === "number" ? nv.toFixed(6) : nv;
      if (exact !== nat && !(c.ok && Number(exact) === Number(nat))) {
        nativeOffBy++;
        if (nativeSamples.length < 5) nativeSamples.push({ input: kept[i]!, exact, native: typeof nv === "number" ? String(nv) : nv });
      }
    }
    if (disagreements) log(`evaluate: ${id}: ${disagreements} DISAGREEMENTS between exact versions`);
    results.push({
      id, inputs: n, interpInputs: m, refused, ruleErrors,
      compiled: median(passes.compiled), handwritten: median(passes.handwritten),
      interpreter: median(passes.interpreter), native: median(passes.native), passes,
      disagreements, disagreementSamples: samples, nativeOffBy, nativeSamples,
    });
  }
  return results;
}
