// Section 5 — settlement: a 100,000-line ledger (random enterprises, projects and years that collide, ladders with
// history, caps, add-ons, exclusions, contribution caps, a budget) settled in-process by runtime/settlement, against
// evaluating the same claims' gross alone (look-up + callFunction, as `eval` does; step 1 calls callFunctionExact,
// which keeps the value as a decimal and is timed too, see `grossExactMs`). Both start from parsed ledger
// lines (JSON parsing is the same for both and is left out). Heap is sampled before the ledger is built, after it is
// built, and after settling with all answers held.
import type { CompiledFunction } from "../runtime/types.js";
import { callFunction, callFunctionExact } from "../runtime/adapter.js";
import { FunctionIndex } from "../runtime/functions.js";
import { ledgerLine, settle, type LedgerLine, type SettlementRules } from "../runtime/settlement/index.js";
import { Exact } from "../runtime/exact.js";
import { RULES as FIXTURE_RULES } from "../test/settlement/fixtures.js";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { Sandbox } from "./sandbox.js";
import { log, median, now, rng, type Options } from "./util.js";
import { pick, RANDOM_CLAIMS } from "../test/settlement/randomClaims.js";

export interface SettleResult {
  readonly rows: number;
  readonly claims: number;
  readonly history: number;
  readonly inputs: number;
  readonly rulesSource: string;
  readonly settleMs: number;
  readonly grossMs: number;
  /** Gross with one record per claim kept to the end: the floor of any whole-ledger settlement. */
  readonly grossKeptMs: number;
  /**
   * The same claims through `callFunctionExact` (what step 1 calls: the value kept as a decimal, no text written and
   * read back). `ratio` stays against `grossMs` (callFunction, what `eval` does); settle ÷ this one is logged too.
   */
  readonly grossExactMs: number;
  readonly rowsPerSec: number;
  /** settle time ÷ gross-only time (goal ≤ 1.5). */
  readonly ratio: number;
  readonly changed: number;
  readonly heapMB: { readonly before: number; readonly ledger: number; readonly settled: number };
  readonly runs: { readonly settleMs: readonly number[]; readonly grossMs: readonly number[]; readonly grossExactMs: readonly number[] };
  /** The same ledger through the CLI: settle --jsonl vs eval --jsonl on its claims (start-up, JSON in and out included). */
  readonly cli?: { readonly settle: CliRun; readonly evaluate: CliRun; readonly ratio: number };
}

export interface CliRun { readonly ms: number; readonly answers: number; readonly maxRssMB?: number }


/** The ledger as JSON-shaped records: 85% claims, 12% history, 3% enterprise inputs. */
export function settleLedger(n: number, seed = 11): Record<string, unknown>[] {
  const r = rng(seed);
  const enterprises = Math.max(10, Math.floor(n / 20));
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const enterprise = `企业${Math.floor(r() * enterprises)}`, year = 2024 + Math.floor(r() * 3);
    const u = r();
    if (u < 0.015) out.push({ enterprise, exclude: true, ...(r() < 0.5 ? { year } : {}) });
    else if (u < 0.03) out.push({ enterprise, contributionCap: Math.floor(r() * 300), ...(r() < 0.5 ? { year } : {}) });
    else {
      const [fn, args] = pick(r, RANDOM_CLAIMS);
      const rec: Record<string, unknown> = { enterprise, project: `项目${Math.floor(r() * 4)}`, year, fn, args: args(r) };
      if (r() < 0.12) rec.paid = (Math.floor(r() * 50_000_000) / 1_000_000).toFixed(6);
      out.push(rec);
    }
  }
  return out;
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** One CLI run; with /usr/bin/time the child's peak resident memory too. */
function runCli(sb: Sandbox, args: readonly string[], input: string): Promise<CliRun> {
  const time = existsSync("/usr/bin/time");
  const [cmd, argv] = time ? ["/usr/bin/time", ["-f", "maxrss=%M", process.execPath, sb.cli, ...args]] : [process.execPath, [sb.cli, ...args]];
  return new Promise((done, fail) => {
    const t0 = now();
    const child = spawn(cmd, argv as string[], { cwd: sb.dir, stdio: ["pipe", "pipe", "pipe"] });
    let answers = 0, err = "";
    child.stdout.on("data", (b: Buffer) => { for (const byte of b) if (byte === 10) answers++; });
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.on("error", fail);
    child.on("close", () => {
      const rss = /maxrss=(\d+)/.exec(err);
      done({ ms: now() - t0, answers, ...(rss ? { maxRssMB: Number(rss[1]) / 1024 } : {}) });
    });
    child.stdin.end(input);
  });
}

export async function benchSettleCli(sb: Sandbox, records: readonly Record<string, unknown>[]): Promise<SettleResult["cli"]> {
  const settleInput = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const evalInput = records.filter((r) => r.fn && r.paid === undefined).map((r) => JSON.stringify({ fn: r.fn, args: r.args })).join("\n") + "\n";
  const settles: CliRun[] = [], evals: CliRun[] = [];
  for (let i = 0; i < 3; i++) {
    evals.push(await runCli(sb, ["eval", "--jsonl"], evalInput));
    settles.push(await runCli(sb, ["settle", "--jsonl", "--budget", String(records.length * 2)], settleInput));
  }
  const mid = (xs: CliRun[]) => [...xs].sort((a, b) => a.ms - b.ms)[xs.length >> 1]!;
  const settle = mid(settles), evaluate = mid(evals);
  log(`settle CLI: ${settle.ms.toFixed(0)} ms vs eval --jsonl ${evaluate.ms.toFixed(0)} ms`);
  return { settle, evaluate, ratio: settle.ms / evaluate.ms };
}

export async function benchSettle(sb: Sandbox, registry: ReadonlyMap<string, CompiledFunction>, compiledRules: readonly SettlementRules[], opts: Options): Promise<SettleResult> {
  const rows = opts.settleRows;
  const functions = new FunctionIndex([...registry.values()]);
  const declared = compiledRules.some((r) => r.rules.length > 0);
  const rules = declared ? compiledRules : FIXTURE_RULES;
  const rulesSource = declared ? "the policies' compiled 规则" : "test/settlement/fixtures.ts (the policies declare no 规则 yet)";
  const before = heapMB();
  const records = settleLedger(rows);
  const lines: LedgerLine[] = records.map(ledgerLine);
  const claims = lines.filter((l): l is Extract<LedgerLine, { kind: "claim" }> => l.kind === "claim");
  const ledgerHeap = heapMB();
  const budget = new Exact(Math.floor(rows * 2));
  log(`settle: ${rows.toLocaleString()} lines (${claims.length.toLocaleString()} claims), rules from ${rulesSource}`);

  const gross = () => {
    let sink = 0;
    for (const c of claims) {
      const fn = functions.find(c.fn);
      if (fn && callFunction(fn, c.args).ok) sink++;
    }
    return sink;
  };
  // The floor of any whole-ledger settlement: evaluate every claim and keep one small record per claim until the
  // end (settlement cannot stream: a later line can cut an earlier one), so the records outlive the young generation.
  const grossKept = () => {
    const kept: { gross: unknown; line: unknown }[] = [];
    for (const c of claims) {
      const fn = functions.find(c.fn);
      const o = fn && callFunction(fn, c.args);
      if (o && o.ok) kept.push({ gross: new Exact(o.value), line: c });
    }
    return kept.length;
  };
  const grossExact = () => {
    let sink = 0;
    for (const c of claims) {
      const fn = functions.find(c.fn);
      if (fn && callFunctionExact(fn, c.args).ok) sink++;
    }
    return sink;
  };
  const run = () => settle(lines, { rules, functions, budget });
  gross(), grossExact(), grossKept(), run(); // warm-up
  const settleRuns: number[] = [], grossRuns: number[] = [], exactRuns: number[] = [], keptRuns: number[] = [];
  let answers = run();
  for (let i = 0; i < Math.max(1, opts.rounds); i++) {
    let t = now();
    gross();
    grossRuns.push(now() - t);
    t = now();
    grossExact();
    exactRuns.push(now() - t);
    t = now();
    grossKept();
    keptRuns.push(now() - t);
    t = now();
    answers = run();
    settleRuns.push(now() - t);
  }
  const settled = heapMB();
  const changed = answers.filter((a) => a.kind === "claim" && a.steps.length > 0).length;
  const settleMs = median(settleRuns), grossMs = median(grossRuns), grossKeptMs = median(keptRuns), grossExactMs = median(exactRuns);
  const result: SettleResult = {
    rows, claims: claims.length, history: lines.filter((l) => l.kind === "history").length,
    inputs: lines.filter((l) => l.kind === "exclusion" || l.kind === "contributionCap").length, rulesSource,
    settleMs, grossMs, grossKeptMs, grossExactMs, rowsPerSec: rows / (settleMs / 1000), ratio: settleMs / grossMs, changed,
    heapMB: { before, ledger: ledgerHeap, settled }, runs: { settleMs: settleRuns, grossMs: grossRuns, grossExactMs: exactRuns },
    // The CLI loads the policies' own rules (none until 规则 are compiled), so its ratio shows the pipeline cost.
    cli: await benchSettleCli(sb, records),
  };
  log(`settle: ${Math.round(result.rowsPerSec).toLocaleString()} rows/s, ${result.ratio.toFixed(2)}× gross alone (callFunction ${grossMs.toFixed(0)} ms), ${(settleMs / grossExactMs).toFixed(2)}× gross as decimals (callFunctionExact ${grossExactMs.toFixed(0)} ms, what step 1 calls)`);
  return result;
}
