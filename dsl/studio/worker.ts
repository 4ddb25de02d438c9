// The compiler worker: checks the edited text on every (debounced) change, then runs its examples. Messages are
// handled newest-first: when a newer check is already queued, an older one's examples are not run.
import { CheckSession } from "./check/session.js";
import { runClauseExamples } from "./check/examples.js";
import { PROJECT_POLICIES } from "./policies.js";
import { combinations, dropsFor, type ScanFinding } from "./curve/scan.js";
import type { CheckedClause } from "../../compiler/check/ir.js";
import type { FromWorker, ToWorker } from "./protocol.js";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const session = new CheckSession(PROJECT_POLICIES.map((p) => ({ path: p.path, text: p.text })));
let latest = 0;
let pending: Extract<ToWorker, { type: "check" }> | undefined;
/** The clauses of the last text that checked clean (what scans run on); a new check cancels a running scan. */
let clauses: readonly CheckedClause[] = [];
let scanToken = 0;

/** Lets queued messages arrive before going on (a newer check makes this one's examples moot). */
const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function handle(msg: Extract<ToWorker, { type: "check" }>): Promise<void> {
  const { seq, path, text } = msg;
  try {
    const started = performance.now();
    const result = session.check({ path, text });
    scope.postMessage({
      type: "checked", seq, path, diagnostics: result.diagnostics, errors: result.errors, warnings: result.warnings,
      outline: result.outline, ms: performance.now() - started,
    });
    if (!result.clauses) return scope.postMessage({ type: "skipped", seq });
    await yieldToQueue();
    if (seq !== latest) return;
    clauses = result.clauses;
    const examples = runClauseExamples(result.clauses, { path, text }, result.compilation);
    scope.postMessage({ type: "examples", seq, clauses: result.clauses, examples });
  } catch (e) {
    scope.postMessage({ type: "crash", seq, message: (e as Error)?.stack ?? String(e) });
  }
}

let busy = false;
async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  while (pending) {
    const next = pending;
    pending = undefined;
    await handle(next);
  }
  busy = false;
}

/** One combination at a time, yielding in between, so that a check never waits for more than one curve. */
async function scan(msg: Extract<ToWorker, { type: "scan" }>): Promise<void> {
  const token = ++scanToken;
  try {
    const clause = clauses.find((c) => c.meta.name === msg.clause);
    if (!clause) return;
    const { combos, total } = combinations(clause, msg.index, msg.form);
    const found = new Map<string, ScanFinding>();
    for (const combo of combos) {
      await yieldToQueue();
      if (token !== scanToken) return;
      for (const f of dropsFor(clause, msg.index, combo)) if (!found.has(f.at)) found.set(f.at, f);
    }
    scope.postMessage({
      type: "scanned", seq: msg.seq,
      report: { clause: msg.clause, index: msg.index, tried: combos.length, total, findings: [...found.values()].map(({ text, inputs }) => ({ text, inputs })) },
    });
  } catch (e) {
    const error = (e as Error)?.stack ?? String(e);
    scope.postMessage({ type: "scanned", seq: msg.seq, report: { clause: msg.clause, index: msg.index, tried: 0, total: 0, findings: [], error } });
  }
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "scan") return void scan(msg);
  scanToken++; // the clauses are about to change
  latest = msg.seq;
  pending = msg;
  void drain();
};
