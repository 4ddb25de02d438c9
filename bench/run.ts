// npm run bench — measures compile, evaluate, batch and add-in performance in one run, prints a table, and writes
// bench/results.json. Not part of `npm test`. See bench/README.md for how to read the numbers.
//
//   npm run bench                      full run (1,000,000 inputs per rule; a few minutes on 2 cores)
//   npm run bench -- --quick           smaller counts, for a quick look (about 1½ minutes; the full run about 4)
//   npm run bench -- --only=eval,batch sections: compile, eval, batch, addin, settle, precision, studio
//   npm run bench -- --inputs=200000 --interp-inputs=50000 --rounds=3
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { emitAll, loadAll } from "../compiler/driver/project.js";
import { compileSources } from "../compiler/driver/compile.js";
import { benchCompile, type CompileResult } from "./compile.js";
import { benchEvaluate, type EvalResult } from "./evaluate.js";
import { benchBatch, type BatchResult } from "./batch.js";
import { benchAddin, type AddinResult } from "./addin.js";
import { benchStudio, type StudioResult } from "./studio.js";
import { benchSettle, type SettleResult } from "./settle.js";
import { loadEmittedModule } from "../compiler/driver/load.js";
import { benchPrecision, type PrecisionResult } from "./precision.js";
import { makeSandbox, ROOT } from "./sandbox.js";
import { fmt, log, median, ms, now, perSec, ratio, START, table, verdictText, type Options, type TargetResult } from "./util.js";

const TARGETS = { compiledVsHand: 0.8, warmCompileMs: 150, bundleGzipKB: 100, associateMs: 100, batchLinesPerSec: 50_000, settleVsGross: 1.5, studioKeystrokeP95Ms: 100, studioGzipKB: 400, cellsVsIdentity: 1.3 };

function options(argv: readonly string[]): Options {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes("--quick");
  const num = (name: string, full: number, q: number) => {
    const v = flag(name);
    return v !== undefined ? Number(v.replace(/[_,]/g, "")) : quick ? q : full;
  };
  const only = flag("only");
  return {
    quick,
    inputs: num("inputs", 1_000_000, 100_000),
    interpInputs: num("interp-inputs", 100_000, 20_000),
    rounds: num("rounds", 3, 1),
    batchLines: num("batch-lines", 100_000, 20_000),
    settleRows: num("settle-rows", 100_000, 100_000),
    coldRuns: num("cold-runs", 5, 2),
    warmRuns: num("warm-runs", 15, 5),
    sections: new Set(only ? only.split(",") : ["compile", "eval", "batch", "addin", "settle", "precision", "studio"]),
  };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const loadBefore = loadavg()[0]!;
  const sb = makeSandbox();
  log(`snapshot of ${sb.sources.length} policy files in ${sb.dir}`);
  let compile: CompileResult | undefined, evaluate: EvalResult[] | undefined, batch: BatchResult | undefined, addin: AddinResult | undefined, settlement: SettleResult | undefined;
  let studio: StudioResult | undefined;
  let precision: PrecisionResult | undefined;
  const out: string[] = [];
  const targets: TargetResult[] = [];
  try {
    let comp;
    if (opts.sections.has("compile")) ({ result: compile, comp } = benchCompile(sb, opts));
    else comp = compileSources(sb.sources);
    const emitted = emitAll(comp);
    const registry = loadAll(emitted);
    if (!comp.ok) log(`WARNING: the policy snapshot has errors; files with errors are left out of evaluation and batch`);
    if (opts.sections.has("eval")) evaluate = benchEvaluate(comp, registry, opts);
    if (opts.sections.has("batch")) batch = await benchBatch(sb, registry, opts);
    if (opts.sections.has("addin")) addin = await benchAddin(sb, opts);
    if (opts.sections.has("settle")) {
      const rules = emitted.flatMap((e) => loadEmittedModule(e.code).settlement ?? []);
      settlement = await benchSettle(sb, registry, rules, opts);
    }
    if (opts.sections.has("precision")) precision = benchPrecision(comp, opts);
    if (opts.sections.has("studio")) studio = await benchStudio(sb, opts);
  } finally {
    sb.cleanup();
  }

  const elapsed = (now() - START) / 1000;
  const cpu = cpus();
  const loadAfter = loadavg()[0]!;
  out.push(`政策函数 benchmark — ${new Date().toISOString()} — node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? "?"}${opts.quick ? " — QUICK MODE (smaller counts)" : ""}`);
  out.push(`Load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)}${Math.max(loadBefore, loadAfter) > cpu.length * 0.75 ? " — WARNING: the machine was busy; absolute numbers are low and noisy (ratios between interleaved versions hold up better)" : ""}`);

  if (compile) {
    const c = compile;
    out.push(table(`1. Compile — ${c.files} files, ${c.lines.toLocaleString()} lines, ${c.chars.toLocaleString()} chars, ${c.clauses} clauses, ${c.tokens.toLocaleString()} tokens${c.ok ? "" : ` — ${c.errors} ERRORS in the snapshot`}`,
      ["measure", "value", "detail"], [
        ...c.cold.map((r) => [`cold: ${r.command}`, ms(r.medianMs), `median of ${r.runsMs.length} new processes; exit ${[...new Set(r.exitCodes)].join("/")}`]),
        ["first in-process compileSources", ms(c.firstMs), "the warm-up run: JIT cold"],
        ["warm: compileSources (all files)", ms(c.warmMs), `median of ${c.warmRunsMs.length} after a warm-up; target < ${TARGETS.warmCompileMs} ms`],
        ["  phase: lex", ms(c.phasesMs.lex), ""],
        ["  phase: parse", ms(c.phasesMs.parse), ""],
        ["  phase: resolve", ms(c.phasesMs.resolve), ""],
        ["  phase: check", ms(c.phasesMs.check), ""],
        ["emitAll (TypeScript text)", ms(c.emitMs), "not part of compileSources"],
        ["loadAll (esbuild transform + eval)", ms(c.loadMs), "paid by zhengce eval/test at start-up"],
        ["lexer tokens/s", perSec(c.lexTokensPerSec), "tokens incl. layout (Newline/Indent/Dedent)"],
        ["parser tokens/s", perSec(c.parseTokensPerSec), ""],
        ["lexer + parser tokens/s", perSec(c.lexParseTokensPerSec), ""],
      ]));
    targets.push({ target: "warm compile of all policies", goal: `< ${TARGETS.warmCompileMs} ms`, actual: ms(c.warmMs), verdict: c.warmMs < TARGETS.warmCompileMs ? "met" : "missed" });
  }

  if (evaluate) {
    const rows = evaluate.map((e) => e.missing ? [e.id, "missing", "", "", "", "", "", "", ""] : [
      e.id, perSec(e.compiled), perSec(e.handwritten), `${perSec(e.interpreter)}${e.interpInputs < e.inputs ? "*" : ""}`, perSec(e.native),
      ratio(e.compiled / e.handwritten), ratio(e.compiled / e.interpreter), ratio(e.compiled / e.native),
      e.disagreements ? `${e.disagreements} DISAGREE` : "all agree",
    ]);
    const sub = evaluate.some((e) => e.interpInputs < e.inputs);
    const first = evaluate.find((e) => !e.missing);
    out.push(table(`2. Evaluate — evaluations/s, median of ${opts.rounds} pass${opts.rounds > 1 ? "es" : ""} over ${(first?.inputs ?? opts.inputs).toLocaleString()} validated inputs per rule (trace = null)`,
      ["rule", "compiled", "hand-written", "interpreter", "native (number)", "comp/hand", "comp/interp", "comp/native", "exact versions"], rows));
    if (sub) out.push(`  * interpreter timed on the first ${opts.interpInputs.toLocaleString()} inputs only (same inputs, one pass); its rate is evaluations per second over that subset.`);
    out.push(`  Agreement: compiled vs hand-written on every input, interpreter on its ${opts.interpInputs.toLocaleString()}-input subset; exact Decimal equality (or the same refusal).`);
    for (const e of evaluate) {
      if (e.missing) out.push(`  ${e.id}: ${e.missing}`);
      out.push(`  ${e.id}: ${e.ruleErrors.toLocaleString()} inputs refused by the rule itself; native differs from exact after rounding to 0.000001万元 on ${e.nativeOffBy.toLocaleString()} inputs${e.nativeSamples[0] ? ` (e.g. ${JSON.stringify(e.nativeSamples[0].input)}: exact ${e.nativeSamples[0].exact}, native ${e.nativeSamples[0].native})` : ""}`);
      for (const d of e.disagreementSamples) out.push(`    DISAGREEMENT ${JSON.stringify(d.input)}: compiled ${d.compiled}, hand-written ${d.handwritten}${d.interpreter ? `, interpreter ${d.interpreter}` : ""}`);
    }
    for (const e of evaluate) {
      if (e.missing) continue;
      const r = e.compiled / e.handwritten;
      targets.push({ target: `${e.id} compiled vs hand-written`, goal: `≥ ${TARGETS.compiledVsHand}×`, actual: ratio(r), verdict: r >= TARGETS.compiledVsHand ? "met" : "missed" });
    }
    const dis = evaluate.reduce((n, e) => n + e.disagreements, 0);
    targets.push({ target: "exact versions agree on every input", goal: "0 disagreements", actual: String(dis), verdict: dis === 0 ? "met" : "missed" });
  }

  if (batch) {
    const b = batch;
    out.push(table(`3. Batch — node bin/zhengce.cjs eval --jsonl, ${b.lines.toLocaleString()} lines on stdin (${b.badLines.toLocaleString()} bad, ${b.functions} functions)`,
      ["measure", "value", "detail"], [
        ["lines/s (start-up included)", perSec(b.linesPerSec), `${b.lines.toLocaleString()} lines / ${ms(b.medianMs)} (median of ${b.runs.length}); target ≥ ${fmt(TARGETS.batchLinesPerSec)}/s`],
        ["lines/s (steady state)", perSec(b.steadyLinesPerSec), `start-up subtracted`],
        ["start-up (empty stdin)", ms(b.startupMs), "node + CLI load + compile all policies + load evaluators"],
        ["answers", `${b.runs[b.runs.length - 1]?.outLines.toLocaleString()}`, `${b.errorsInOutput.toLocaleString()} of them {"error": …}; exit ${[...new Set(b.runs.map((r) => r.exitCode))].join("/")}`],
        ["in-process cross-check", b.mismatches.length ? `${b.mismatches.length} MISMATCH` : "all equal", `every 50th line (${b.checked.toLocaleString()}) vs evalJsonLine in-process`],
      ]));
    for (const m of b.mismatches) out.push(`    MISMATCH line ${m.line}: expected ${m.expected}, got ${m.actual}`);
    targets.push({ target: "eval --jsonl throughput", goal: `≥ ${fmt(TARGETS.batchLinesPerSec)} lines/s`, actual: perSec(b.linesPerSec), verdict: b.linesPerSec >= TARGETS.batchLinesPerSec ? "met" : "missed" });
  }

  if (addin) {
    const a = addin;
    out.push(table(`4. Add-in — ${a.source === "build" ? "bundles and functions.html from the add-in build" : "FALLBACK: own bundles, stub CustomFunctions"}${a.browser ? `, Chromium ${a.browser}` : ""}`,
      ["city", "functions", "functions.js", "gzipped", "taskpane.js gz", "associate", "nav → associated", "associated"], a.cities.map((c) => [
        c.namespace, String(c.functions), `${(c.bytes / 1024).toFixed(1)} KB`, `${(c.gzipBytes / 1024).toFixed(1)} KB`,
        c.taskpaneGzipBytes === undefined ? "—" : `${(c.taskpaneGzipBytes / 1024).toFixed(1)} KB`,
        ms(c.associateMs), ms(c.fromNavigationMs), c.error ? `ERROR` : `${c.associated}/${c.functions}`,
      ])));
    out.push(`  ${a.note}.`);
    out.push(`  associate = runtime script loaded → last CustomFunctions.associate returned (median of the page loads, fresh context each); gzipped = zlib.gzipSync (level 6) of functions.js.`);
    if (a.error) out.push(`  browser measurement failed: ${a.error}`);
    for (const c of a.cities) if (c.error) out.push(`  ${c.namespace}: ${c.error}`);
    const inv = a.invocations;
    if (inv) {
      out.push(table(`4b. Cells through the real custom-functions runtime — ${inv.cells.toLocaleString()} invocations of ${inv.fn} in messages of ${inv.batch.toLocaleString()}, interleaved with an identity function on the same arguments`,
        ["measure", "value", "detail"], [
          [`${inv.cells.toLocaleString()} × ${inv.fn}`, ms(inv.fnMs), `${perSec(inv.cells / inv.fnMs * 1000)}; median of ${inv.fnRunsMs.length} passes after a warm-up`],
          [`${inv.cells.toLocaleString()} × identity`, ms(inv.identityMs), "the runtime's own round trip: message in, argument passing, result marshalled back"],
          ["ratio (our overhead)", ratio(inv.ratio), `target ≤ ${TARGETS.cellsVsIdentity}×`],
          ["  time inside the function", ms(inv.insideMs), `${fmt(inv.insideMs / inv.cells * 1000)} µs per cell: argument adapter + exact evaluation + the cell's number (one extra pass, self-timed)`],
          [`${inv.explains.toLocaleString()} × EXPLAIN spills`, ms(inv.explainMs), `${fmt(inv.explainMs / inv.explains * 1000)} µs per spill of ${inv.explainRows} rows × 3 columns`],
          ["results that were not numbers / tables", String(inv.failures), "must be 0"],
        ]));
      targets.push({ target: "cells vs identity in the real runtime", goal: `≤ ${TARGETS.cellsVsIdentity}×`, actual: ratio(inv.ratio), verdict: inv.ratio <= TARGETS.cellsVsIdentity ? "met" : "missed" });
    }
    for (const c of a.cities) {
      targets.push({ target: `${c.namespace} bundle gzipped`, goal: `≤ ${TARGETS.bundleGzipKB} KB`, actual: `${(c.gzipBytes / 1024).toFixed(1)} KB`, verdict: c.gzipBytes <= TARGETS.bundleGzipKB * 1024 ? "met" : "missed" });
      targets.push({ target: `${c.namespace} association`, goal: `< ${TARGETS.associateMs} ms`, actual: ms(c.associateMs), verdict: !Number.isFinite(c.associateMs) ? "n/a" : c.associateMs < TARGETS.associateMs ? "met" : "missed" });
    }
  }

  if (settlement) {
    const st = settlement;
    const h = st.heapMB;
    out.push(table(`5. Settle — runtime/settlement in-process, ${st.rows.toLocaleString()} ledger lines (${st.claims.toLocaleString()} claims, ${st.history.toLocaleString()} history, ${st.inputs.toLocaleString()} enterprise inputs), rules: ${st.rulesSource}`,
      ["measure", "value", "detail"], [
        ["rows/s (settle)", perSec(st.rowsPerSec), `${ms(st.settleMs)} for the whole ledger (median of ${st.runs.settleMs.length}), budget applied`],
        ["gross alone", ms(st.grossMs), "look-up + callFunction for every claim, median of the same passes"],
        ["gross as decimals", ms(st.grossExactMs), `look-up + callFunctionExact (what step 1 calls; no text written out): settle is ${ratio(st.settleMs / st.grossExactMs)} this`],
        ["gross, one record kept per claim", ms(st.grossKeptMs), `${ratio(st.grossKeptMs / st.grossMs)} gross: the floor of any settlement that holds the ledger (GC promotion of kept records)`],
        ["settle ÷ gross", ratio(st.ratio), `target ≤ ${TARGETS.settleVsGross}×`],
        ["claims changed by a rule", st.changed.toLocaleString(), "rows with at least one step"],
        ...(st.cli ? [
          ["CLI: settle --jsonl", ms(st.cli.settle.ms), `${st.cli.settle.answers.toLocaleString()} answers${st.cli.settle.maxRssMB ? `, peak RSS ${st.cli.settle.maxRssMB.toFixed(0)} MB` : ""}; start-up, JSON in/out, the policies' own 规则`],
          ["CLI: eval --jsonl (same claims)", ms(st.cli.evaluate.ms), `${st.cli.evaluate.answers.toLocaleString()} answers${st.cli.evaluate.maxRssMB ? `, peak RSS ${st.cli.evaluate.maxRssMB.toFixed(0)} MB` : ""}`],
          ["CLI: settle ÷ eval", ratio(st.cli.ratio), "what a caller waits for"],
        ] : []),
        ["heap before / ledger built / settled", `${h.before.toFixed(0)} / ${h.ledger.toFixed(0)} / ${h.settled.toFixed(0)} MB`, `${(global as { gc?: unknown }).gc ? "after gc()" : "no --expose-gc: includes garbage"}; settled holds every answer`],
      ]));
    targets.push({ target: "settle vs gross alone", goal: `≤ ${TARGETS.settleVsGross}×`, actual: ratio(st.ratio), verdict: st.ratio <= TARGETS.settleVsGross ? "met" : "missed" });
  }
  if (precision) {
    const p = precision;
    out.push(table(`6. Precision — evaluations/s of the same emitted modules at ${p.precision} and at ${p.earlierPrecision} significant digits, interleaved (median)`,
      ["rule", "inputs", "count", `${p.precision} digits`, `${p.earlierPrecision} digits`, `${p.precision}/${p.earlierPrecision}`, "results differ"],
      p.rows.map((r) => [r.id, r.inputs, r.count.toLocaleString(), perSec(r.current), perSec(r.earlier), ratio(r.current / r.earlier), r.differ.toLocaleString()])));
    out.push(`  typical = the evaluate section's inputs; long = every amount stretched to 25–30 significant digits. "results differ": unrounded results that ${p.earlierPrecision} digits rounded.`);
    out.push(`  Argument adapter (coerceArgs, typical raw inputs incl. text amounts and refusals): ${perSec(p.adapterPerSec)}.`);
  }

  if (studio) {
    const s = studio;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    out.push(table(`7. Studio (起草台) — dist/studio${s.browser ? `, Chromium ${s.browser}` : ""}; largest policy ${s.largest} (${s.largestChars.toLocaleString()} chars)`,
      ["measure", "value", "detail"], [
        ["gzipped (all files)", kb(s.gzipBytes), `${kb(s.bytes)} raw; ${s.files.map((f) => `${f.name} ${kb(f.gzipBytes)}`).join(", ")}; target ≤ ${TARGETS.studioGzipKB} KB`],
        ["keystroke → diagnostics, median", ms(s.keystrokeMs.median), `${s.keystrokeMs.runs.length} keystrokes (alternately breaking and fixing the file)`],
        ["keystroke → diagnostics, p95", ms(s.keystrokeMs.p95), `target ≤ ${TARGETS.studioKeystrokeP95Ms} ms`],
        ["  of which the worker's check", ms(median(s.workerCheckMs)), "median; compile of the edited file + namespace checks"],
        ["examples re-run (largest file)", ms(s.examplesMs.median), `${s.examplesMs.count} examples by the interpreter in the worker, median of ${s.examplesMs.runs.length}`],
      ]));
    if (s.error) out.push(`  browser measurement failed: ${s.error}`);
    targets.push({ target: "studio gzipped", goal: `≤ ${TARGETS.studioGzipKB} KB`, actual: kb(s.gzipBytes), verdict: s.gzipBytes <= TARGETS.studioGzipKB * 1024 ? "met" : "missed" });
    targets.push({ target: "studio keystroke → diagnostics p95", goal: `≤ ${TARGETS.studioKeystrokeP95Ms} ms`, actual: ms(s.keystrokeMs.p95), verdict: !Number.isFinite(s.keystrokeMs.p95) ? "n/a" : s.keystrokeMs.p95 <= TARGETS.studioKeystrokeP95Ms ? "met" : "missed" });
  }

  out.push(table("Targets (goals, not tests)", ["target", "goal", "actual", "verdict"], targets.map((t) => [t.target, t.goal, t.actual, verdictText(t.verdict)])));
  out.push(`\nElapsed: ${elapsed.toFixed(1)} s. Results: bench/results.json`);
  process.stdout.write(out.join("\n") + "\n");

  const results = {
    date: new Date().toISOString(), node: process.version, loadavg: { before: loadBefore, after: loadAfter }, cpus: cpu.length, cpuModel: cpu[0]?.model, options: { ...opts, sections: [...opts.sections] },
    targets, compile, evaluate, batch, addin, settle: settlement, precision, studio, elapsedSec: elapsed,
  };
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
