// Section 3 — `zhengce eval --jsonl` throughput: the real CLI in a new process, 100,000 lines on stdin (mixed
// functions, typed-in text amounts, and some bad lines), every answer line counted and a sample checked against
// the same call made in-process.
import { spawn } from "node:child_process";
import type { CompiledFunction } from "../runtime/types.js";
import type { ExcelValue } from "../runtime/adapter.js";
import { evalJsonLine } from "../compiler/cli/main.js";
import { BENCHMARKED, genericArgs, rawInputs } from "./inputs.js";
import type { Sandbox } from "./sandbox.js";
import { log, median, now, rng, type Options } from "./util.js";

export interface BatchRun { readonly ms: number; readonly outLines: number; readonly exitCode: number }

export interface BatchResult {
  readonly lines: number;
  readonly badLines: number;
  readonly functions: number;
  readonly runs: readonly BatchRun[];
  /** Median wall time of a run with empty stdin: node start, CLI load, compile all policies, load the evaluators. */
  readonly startupMs: number;
  readonly medianMs: number;
  /** lines / median wall time, start-up included (what a caller waits for). */
  readonly linesPerSec: number;
  /** lines / (median wall time − start-up): the steady-state rate of the line loop. */
  readonly steadyLinesPerSec: number;
  readonly errorsInOutput: number;
  readonly checked: number;
  readonly mismatches: readonly { line: number; expected: string; actual: string }[];
}

/** The request lines: 60% the four benchmarked rules, 35% any other function, 5% broken in one of five ways. */
export function batchLines(registry: ReadonlyMap<string, CompiledFunction>, n: number): { lines: string[]; bad: number } {
  const r = rng(7);
  const ids = [...registry.keys()].sort();
  const pools = new Map(BENCHMARKED.filter((id) => registry.has(id)).map((id) => [id, rawInputs(id, Math.ceil(n / 4), 99)] as const));
  const hot = [...pools.keys()];
  const lines: string[] = [];
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const u = r();
    if (u < 0.05) {
      bad++;
      const v = Math.floor(r() * 5);
      lines.push(
        v === 0 ? `{"fn":"PINGHU.EQUIPMENT","args":[4000,` :                         // cut-off JSON
        v === 1 ? JSON.stringify({ fn: "PINGHU.NO_SUCH_RULE", args: [1] }) :        // unknown function
        v === 2 ? JSON.stringify({ args: [1, 2] }) :                                 // no fn
        v === 3 ? JSON.stringify({ fn: "WUYI.EQUIPMENT", args: [{ v: 1 }] }) :       // object argument
        JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [-5] }),                       // refused by the adapter
      );
    } else if (u < 0.65 && hot.length) {
      const id = hot[Math.floor(r() * hot.length)]!;
      const pool = pools.get(id)!;
      lines.push(JSON.stringify({ fn: id, args: pool[Math.floor(r() * pool.length)] }));
    } else {
      const id = ids[Math.floor(r() * ids.length)]!;
      lines.push(JSON.stringify({ fn: id, args: genericArgs(r, registry.get(id)!.meta.params).map((a: ExcelValue) => a ?? null) }));
    }
  }
  return { lines, bad };
}

function runCli(sb: Sandbox, input: string): Promise<{ ms: number; stdout: string; exitCode: number }> {
  return new Promise((done, fail) => {
    const t0 = now();
    const child = spawn(process.execPath, [sb.cli, "eval", "--jsonl"], { cwd: sb.dir, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.resume();
    child.on("error", fail);
    child.on("close", (code) => done({ ms: now() - t0, stdout: Buffer.concat(out).toString("utf8"), exitCode: code ?? -1 }));
    child.stdin.end(input);
  });
}

export async function benchBatch(sb: Sandbox, registry: ReadonlyMap<string, CompiledFunction>, opts: Options): Promise<BatchResult> {
  const { lines, bad } = batchLines(registry, opts.batchLines);
  const input = lines.join("\n") + "\n";
  log(`batch: ${lines.length.toLocaleString()} lines (${bad} bad), ${(input.length / 1e6).toFixed(1)} MB`);
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) startups.push((await runCli(sb, "")).ms);
  const runs: BatchRun[] = [];
  let last = "";
  for (let i = 0; i < 3; i++) {
    const r = await runCli(sb, input);
    last = r.stdout;
    runs.push({ ms: r.ms, outLines: r.stdout.split("\n").filter(Boolean).length, exitCode: r.exitCode });
  }
  // Check: one answer per line, and every 50th answer equal to the same line evaluated in-process.
  const answers = last.split("\n").filter(Boolean);
  const mismatches: BatchResult["mismatches"][number][] = [];
  let checked = 0;
  for (let i = 0; i < lines.length && i < answers.length; i += 50) {
    checked++;
    const expected = JSON.stringify(evalJsonLine(registry, lines[i]!, i + 1));
    if (expected !== answers[i] && mismatches.length < 5) mismatches.push({ line: i + 1, expected, actual: answers[i]! });
  }
  const medianMs = median(runs.map((r) => r.ms)), startupMs = median(startups);
  const result: BatchResult = {
    lines: lines.length, badLines: bad, functions: registry.size, runs, startupMs, medianMs,
    linesPerSec: lines.length / (medianMs / 1000),
    steadyLinesPerSec: lines.length / (Math.max(1, medianMs - startupMs) / 1000),
    errorsInOutput: answers.filter((a) => a.startsWith('{"error"')).length,
    checked, mismatches,
  };
  log(`batch: ${Math.round(result.linesPerSec).toLocaleString()} lines/s (start-up ${startupMs.toFixed(0)} ms)`);
  return result;
}
