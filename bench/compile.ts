// Section 1 — compiling all policies: cold (a new `zhengce` process per run, as a drafter or CI runs it), warm
// (in-process compileSources after a warm-up, as the tests and a long-lived tool run it), a phase breakdown, and
// lexer + parser throughput in tokens per second.
import { spawnSync } from "node:child_process";
import type { SourceFile } from "../compiler/diagnostics/render.js";
import { lex } from "../compiler/lex/index.js";
import { parse } from "../compiler/parse/index.js";
import { resolve } from "../compiler/resolve/index.js";
import { check } from "../compiler/check/index.js";
import { compileSources, type Compilation } from "../compiler/driver/compile.js";
import { emitAll, loadAll } from "../compiler/driver/project.js";
import type { Sandbox } from "./sandbox.js";
import { log, median, now, type Options } from "./util.js";

export interface ColdRun {
  readonly command: string;
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  readonly exitCodes: readonly number[];
}

export interface CompileResult {
  readonly files: number;
  readonly chars: number;
  readonly lines: number;
  readonly clauses: number;
  readonly tokens: number;
  readonly ok: boolean;
  readonly errors: number;
  readonly cold: readonly ColdRun[];
  /** The first in-process compileSources (the warm-up), JIT cold: roughly what a one-shot CLI run pays. */
  readonly firstMs: number;
  readonly warmMs: number;
  readonly warmRunsMs: readonly number[];
  /** Median per phase over all files, ms: lex, parse, resolve, check (check includes the examples' own checks). */
  readonly phasesMs: { readonly lex: number; readonly parse: number; readonly resolve: number; readonly check: number };
  readonly emitMs: number;
  readonly loadMs: number;
  readonly lexTokensPerSec: number;
  readonly parseTokensPerSec: number;
  readonly lexParseTokensPerSec: number;
}

function cold(sb: Sandbox, args: readonly string[], runs: number): ColdRun {
  const runsMs: number[] = [], exitCodes: number[] = [];
  // One unmeasured run first: the file cache, not the compiler, would otherwise decide the first number.
  for (let i = -1; i < runs; i++) {
    const t0 = now();
    const r = spawnSync(process.execPath, args[0] === "-e" ? args : [sb.cli, ...args], { cwd: sb.dir, encoding: "utf8", maxBuffer: 64 << 20 });
    const t = now() - t0;
    if (i >= 0) { runsMs.push(t); exitCodes.push(r.status ?? -1); }
  }
  const command = args[0] === "-e" ? `node ${args.join(" ")}` : `node bin/zhengce.cjs ${args.join(" ")}`;
  return { command, medianMs: median(runsMs), runsMs, exitCodes };
}

export function benchCompile(sb: Sandbox, opts: Options): { result: CompileResult; comp: Compilation } {
  const sources: readonly SourceFile[] = sb.sources;
  const colds: ColdRun[] = [];
  if (opts.coldRuns > 0) {
    log(`compile: cold runs (${opts.coldRuns} each)`);
    colds.push(cold(sb, ["-e", "0"], opts.coldRuns));
    colds.push(cold(sb, ["help"], opts.coldRuns));
    colds.push(cold(sb, ["check"], opts.coldRuns));
    colds.push(cold(sb, ["build"], opts.coldRuns));
  }

  log(`compile: warm compileSources (${opts.warmRuns} runs)`);
  let t0 = now();
  let comp = compileSources(sources); // the warm-up: the first compile in this process, JIT still cold
  const firstMs = now() - t0;
  const warmRunsMs: number[] = [];
  for (let i = 0; i < opts.warmRuns; i++) {
    t0 = now();
    comp = compileSources(sources);
    warmRunsMs.push(now() - t0);
  }

  // Phase breakdown and token throughput, each phase timed over all files, median of the runs.
  const lexMs: number[] = [], parseMs: number[] = [], resolveMs: number[] = [], checkMs: number[] = [];
  let tokens = 0;
  for (let i = -1; i < opts.warmRuns; i++) {
    let tl = 0, tp = 0, tr = 0, tc = 0;
    tokens = 0;
    for (const s of sources) {
      let t0 = now();
      const lexed = lex(s.path, s.text);
      tl += now() - t0;
      tokens += lexed.tokens.length;
      t0 = now();
      const parsed = parse(s.path, lexed.tokens);
      tp += now() - t0;
      t0 = now();
      const resolved = resolve(parsed.ast);
      tr += now() - t0;
      t0 = now();
      check(resolved.resolved, s.text);
      tc += now() - t0;
    }
    if (i >= 0) { lexMs.push(tl); parseMs.push(tp); resolveMs.push(tr); checkMs.push(tc); }
  }
  const emitRuns: number[] = [], loadRuns: number[] = [];
  for (let i = 0; i < Math.max(3, Math.min(opts.warmRuns, 5)); i++) {
    let t0 = now();
    const emitted = emitAll(comp);
    emitRuns.push(now() - t0);
    t0 = now();
    loadAll(emitted);
    loadRuns.push(now() - t0);
  }

  const lexM = median(lexMs), parseM = median(parseMs);
  const text = sources.map((s) => s.text);
  const result: CompileResult = {
    files: sources.length,
    chars: text.reduce((n, t) => n + t.length, 0),
    lines: text.reduce((n, t) => n + t.split("\n").length, 0),
    clauses: [...comp.namespaces.values()].reduce((n, ns) => n + ns.clauses.length, 0),
    tokens, ok: comp.ok,
    errors: comp.diagnostics.filter((d) => d.severity === "error").length,
    cold: colds, firstMs, warmMs: median(warmRunsMs), warmRunsMs,
    phasesMs: { lex: lexM, parse: parseM, resolve: median(resolveMs), check: median(checkMs) },
    emitMs: median(emitRuns), loadMs: median(loadRuns),
    lexTokensPerSec: tokens / (lexM / 1000),
    parseTokensPerSec: tokens / (parseM / 1000),
    lexParseTokensPerSec: tokens / ((lexM + parseM) / 1000),
  };
  log(`compile: warm ${result.warmMs.toFixed(1)} ms; lex+parse ${Math.round(result.lexParseTokensPerSec).toLocaleString()} tokens/s`);
  return { result, comp };
}
