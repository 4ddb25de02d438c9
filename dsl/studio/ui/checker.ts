// The page's side of the compiler worker. A change is sent at once when the worker is idle; changes made while it
// works are coalesced into one request sent when it answers — the debounce adapts to how long a check takes, so
// a single keystroke is checked without waiting and fast typing never queues stale checks. Answers for a text
// that has changed since are dropped (the next answer is on its way). A worker that fails is reported, not hidden.
import type { FromWorker, ToWorker } from "../protocol.js";

export interface CheckerEvents {
  onMessage(msg: FromWorker): void;
  /** The worker itself failed (could not start, threw outside a check): the message to show. */
  onFailure(message: string): void;
}

export class Checker {
  private readonly worker: Worker;
  private seq = 0;
  private scanSeq = 0;
  private inFlight = 0;
  private queued: { path: string; text: string } | undefined;

  constructor(url: URL, private readonly events: CheckerEvents) {
    this.worker = new Worker(url, { type: "module" });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.worker.onerror = (e) => { e.preventDefault(); events.onFailure(`编译器线程出错：${e.message || "无法启动（浏览器不支持模块化的 Web Worker？）"}`); };
    this.worker.onmessageerror = () => events.onFailure("编译器线程的消息无法读取");
  }

  check(path: string, text: string): void {
    this.queued = { path, text };
    if (!this.inFlight) this.flush();
  }

  /** Asks for drops over the other parameters' combinations; only the newest request's answer is delivered. */
  scan(clause: string, index: number, form: readonly (number | string | boolean | null)[]): void {
    this.worker.postMessage({ type: "scan", seq: ++this.scanSeq, clause, index, form } satisfies ToWorker);
  }

  private flush(): void {
    if (!this.queued) return;
    const msg: ToWorker = { type: "check", seq: ++this.seq, ...this.queued };
    this.queued = undefined;
    this.inFlight = msg.seq;
    this.worker.postMessage(msg);
  }

  private receive(msg: FromWorker): void {
    if (msg.type === "scanned") {
      if (msg.seq === this.scanSeq) this.events.onMessage(msg);
      return;
    }
    if (msg.type === "checked" || msg.type === "crash") {
      this.inFlight = 0;
      if (this.queued) {
        this.flush();
        if (msg.type === "checked") return; // stale: a newer text is being checked
      }
    }
    if (msg.seq === this.seq || msg.type === "crash") this.events.onMessage(msg);
  }
}
