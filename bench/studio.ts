// Section 7 — the drafting studio (dsl/studio): its gzipped size, and in headless Chromium the time from a
// keystroke in the largest policy file to its diagnostics on screen (median and p95), and the worker's re-run time
// of that file's examples. The studio is built from the snapshot's policies into a temporary folder.
//
// Keystrokes alternate: one makes the file wrong (a digit glued after the 结果 line's amount), the next (Backspace)
// makes it right again, so the check of every other keystroke is followed by the examples. t0 is the keydown
// event's timestamp; t1 is the first animation frame after the page has shown that check's diagnostics (it
// dispatches "studio:checked"). The next key is pressed only when the worker is idle again.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { existsSync, readFileSync, statSync } from "node:fs";
import { buildStudio } from "../dsl/studio/build.js";
import type { Sandbox } from "./sandbox.js";
import { ROOT } from "./sandbox.js";
import { log, median, type Options } from "./util.js";

export interface StudioResult {
  readonly gzipBytes: number;
  readonly bytes: number;
  readonly files: readonly { name: string; bytes: number; gzipBytes: number }[];
  readonly largest: string;
  readonly largestChars: number;
  readonly keystrokeMs: { readonly median: number; readonly p95: number; readonly runs: readonly number[] };
  /** The worker's own compile time per check (ms), for splitting the latency. */
  readonly workerCheckMs: readonly number[];
  readonly examplesMs: { readonly median: number; readonly runs: readonly number[]; readonly count: number };
  readonly browser?: string;
  readonly error?: string;
}

const MIME: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css" };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

export function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
}

/**
 * In the page, before the key is pressed (a separate, awaited evaluation: a key sent alongside an evaluation may
 * arrive first): promises for the next keystroke's [latency ms, worker check ms], and for the worker being idle again.
 */
function arm(): void {
  const w = window as unknown as { __zcKey: Promise<[number, number]>; __zcIdle: Promise<{ ms?: number; total?: number }> };
  w.__zcKey = new Promise((resolve) => {
    let t0 = NaN;
    document.addEventListener("keydown", (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
    document.addEventListener("studio:checked", (e) => {
      const ms = (e as CustomEvent<{ ms: number }>).detail.ms;
      requestAnimationFrame(() => resolve([performance.now() - t0, ms]));
    }, { once: true });
  });
  w.__zcIdle = new Promise((resolve) => document.addEventListener("studio:examples", (e) => resolve((e as CustomEvent).detail), { once: true }));
}

export async function benchStudio(sb: Sandbox, opts: Options): Promise<StudioResult> {
  const out = mkdtempSync(join(tmpdir(), "zhengce-bench-studio-"));
  log("studio: building dsl/studio from the snapshot's policies");
  const built = await buildStudio({ root: ROOT, outDir: out, policiesDir: join(sb.dir, "policies"), log: () => {} });
  const files = built.files.filter((f) => f.name !== "build-info.json");
  const largest = [...sb.sources].sort((a, b) => b.text.length - a.text.length)[0]!;
  const base = {
    files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    largest: largest.path, largestChars: largest.text.length,
  };
  const keystrokes = opts.quick ? 16 : 40;
  const server = await serve(out);
  const port = (server.address() as AddressInfo).port;
  try {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient")));
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.evaluate(arm);
      await page.selectOption("#file", largest.path);
      await page.evaluate(() => (window as unknown as { __zcIdle: Promise<unknown> }).__zcIdle);
      // The last line of the first clause that has a 结果 line: the keystrokes go at its end.
      const lines = largest.text.split("\n");
      const at = lines.findIndex((l) => /^\s+结果 = .*万元\s*$/.test(l));
      if (at < 0) throw new Error(`no “结果 = …万元” line in ${largest.path}`);
      const clause = lines.slice(0, at).reverse().find((l) => l.startsWith("条款 "))!.split(/\s+|「/)[1]!;
      await page.selectOption("#clause", clause); // scrolls the clause into view
      await page.locator(".cm-line", { hasText: lines[at]!.trim() }).first().click();
      await page.keyboard.press("End");
      const latencies: number[] = [], workerMs: number[] = [], examplesMs: number[] = [];
      let count = 0;
      for (let i = 0; i < keystrokes + 2; i++) {
        await page.evaluate(arm);
        await page.keyboard.press(i % 2 === 0 ? "7" : "Backspace");
        const [latency, check] = await page.evaluate(() => (window as unknown as { __zcKey: Promise<[number, number]> }).__zcKey);
        const after = await page.evaluate(() => (window as unknown as { __zcIdle: Promise<{ ms?: number; total?: number }> }).__zcIdle);
        if (!Number.isFinite(latency)) throw new Error("a check was shown before its keystroke was seen");
        if (i < 2) continue; // warm-up: one error, one fix
        latencies.push(latency);
        workerMs.push(check);
        if (after.ms !== undefined) { examplesMs.push(after.ms); count = after.total ?? count; }
        await page.waitForTimeout(30);
      }
      const result: StudioResult = {
        ...base, browser: browser.version(),
        keystrokeMs: { median: median(latencies), p95: p95(latencies), runs: latencies },
        workerCheckMs: workerMs,
        examplesMs: { median: median(examplesMs), runs: examplesMs, count },
      };
      await context.close();
      return result;
    } finally {
      await browser.close();
    }
  } catch (e) {
    return { ...base, keystrokeMs: { median: NaN, p95: NaN, runs: [] }, workerCheckMs: [], examplesMs: { median: NaN, runs: [], count: 0 }, error: (e as Error).message };
  } finally {
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
