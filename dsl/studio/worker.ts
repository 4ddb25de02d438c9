// The compiler worker: checks the edited text on every (debounced) change, then runs its examples. Messages are
// handled newest-first: when a newer check is already queued, an older one's examples are not run.
import { CheckSession } from "./check/session.js";
import { runClauseExamples } from "./check/examples.js";
import { PROJECT_POLICIES } from "./policies.js";
import type { FromWorker, ToWorker } from "./protocol.js";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const session = new CheckSession(PROJECT_POLICIES.map((p) => ({ path: p.path, text: p.text })));
let latest = 0;
let pending: ToWorker | undefined;

/** Lets queued messages arrive before going on (a newer check makes this one's examples moot). */
const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function handle(msg: ToWorker): Promise<void> {
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
    const examples = runClauseExamples(result.clauses, { path, text });
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

scope.onmessage = (e) => {
  latest = e.data.seq;
  pending = e.data;
  void drain();
};
