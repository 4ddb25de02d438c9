// Section 4 — the Excel add-ins: gzipped size of each city's custom-functions bundle, and the time from the
// custom-functions runtime script having loaded to every function associated, in headless Chromium.
//
// The bundles come from the add-in build itself (`npm run build` = `zhengce build` + scripts/build-addin.mjs),
// run inside the benchmark's snapshot so that the checkout's generated/ and dist/ are not touched. The page is the
// build's own functions.html with the real custom-functions-runtime.js from @microsoft/office-js (its CDN address
// is answered from node_modules; every other non-localhost request is blocked). Two inline marks are added to the
// page: one right after the runtime script (t0) and a wrapper around CustomFunctions.associate that records the
// moment the last function is associated (t1). If the add-in build is not available, the section falls back to
// its own esbuild IIFE of generated/<NS>.ts + runtime/adapter.ts on a page with a stub CustomFunctions, and says so.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Sandbox } from "./sandbox.js";
import { ROOT } from "./sandbox.js";
import { log, median, type Options } from "./util.js";

export interface CityResult {
  readonly namespace: string;
  readonly functions: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly taskpaneGzipBytes?: number;
  /** Runtime script loaded → last function associated, ms (median of the page loads). */
  readonly associateMs: number;
  readonly associateRunsMs: readonly number[];
  /** Navigation start → last function associated, ms (median). */
  readonly fromNavigationMs: number;
  readonly associated: number;
  readonly error?: string;
}

/** 10,000 cells of one function through the real runtime, against an identity function in the same runtime. */
export interface InvocationResult {
  readonly fn: string;
  readonly cells: number;
  /** Invocation messages sent per pass (Excel batches a recalculation's calls). */
  readonly batch: number;
  /** Median ms for all cells: the policy function, and the identity function on the same arguments. */
  readonly fnMs: number;
  readonly identityMs: number;
  readonly fnRunsMs: readonly number[];
  readonly identityRunsMs: readonly number[];
  /** fnMs ÷ identityMs: what our function adds over the runtime's own round trip. */
  readonly ratio: number;
  /** Time spent inside the function itself over one pass (a self-timing copy, one extra pass). */
  readonly insideMs: number;
  /** EXPLAIN spills: count, median ms for all of them, rows per spill. */
  readonly explains: number;
  readonly explainMs: number;
  readonly explainRows: number;
  /** Results that were not numbers (EQUIPMENT) or not a table (EXPLAIN): must be 0. */
  readonly failures: number;
  readonly error?: string;
}

export interface AddinResult {
  /** "build" (the add-in build's bundles and functions.html with the real runtime) or "fallback" (own bundle, stub). */
  readonly source: "build" | "fallback";
  readonly note: string;
  readonly cities: readonly CityResult[];
  readonly browser?: string;
  readonly invocations?: InvocationResult;
  readonly error?: string;
}

const CHROMIUM = "/usr/bin/chromium";
const RUNTIME_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist", "custom-functions-runtime.js");
const NAMESPACES_ORDER = ["PINGHU", "HUZHOU", "WUYI", "SHAOXING"];

/** Runs `zhengce build` and scripts/build-addin.mjs inside the snapshot; returns the dist/addin dir or a reason. */
function buildInSandbox(sb: Sandbox): { dir?: string; reason?: string } {
  if (!existsSync(join(ROOT, "scripts", "build-addin.mjs")) || !existsSync(join(ROOT, "addin", "src"))) {
    return { reason: "scripts/build-addin.mjs or addin/src is missing" };
  }
  mkdirSync(join(sb.dir, "scripts"), { recursive: true });
  cpSync(join(ROOT, "scripts", "build-addin.mjs"), join(sb.dir, "scripts", "build-addin.mjs"));
  cpSync(join(ROOT, "addin"), join(sb.dir, "addin"), { recursive: true });
  // The add-in build imports small helpers of the compiler's driver (e.g. compiler/driver/files.ts): link the code.
  if (!existsSync(join(sb.dir, "compiler"))) symlinkSync(join(ROOT, "compiler"), join(sb.dir, "compiler"));
  const gen = spawnSync(process.execPath, [sb.cli, "build"], { cwd: sb.dir, encoding: "utf8" });
  if (gen.status !== 0) return { reason: `zhengce build failed (exit ${gen.status}): ${(gen.stdout + gen.stderr).slice(-400)}` };
  const add = spawnSync(process.execPath, [join(sb.dir, "scripts", "build-addin.mjs")], { cwd: sb.dir, encoding: "utf8" });
  if (add.status !== 0) return { reason: `scripts/build-addin.mjs failed (exit ${add.status}): ${(add.stdout + add.stderr).slice(-400)}` };
  const dir = join(sb.dir, "dist", "addin");
  return existsSync(dir) ? { dir } : { reason: "the add-in build left no dist/addin/" };
}

/** The fallback: one IIFE per namespace from the snapshot's generated/<NS>.ts and runtime/adapter.ts. */
async function fallbackBundles(sb: Sandbox): Promise<string> {
  const out = join(sb.dir, "bench-addin");
  const gen = spawnSync(process.execPath, [sb.cli, "build"], { cwd: sb.dir, encoding: "utf8" });
  if (gen.status !== 0) throw new Error(`zhengce build failed in the snapshot (exit ${gen.status})`);
  for (const ns of NAMESPACES_ORDER) {
    if (!existsSync(join(sb.dir, "generated", `${ns}.ts`))) continue;
    mkdirSync(join(out, ns), { recursive: true });
    await build({
      stdin: {
        contents: `import { functions } from "./generated/${ns}.js";
import { callFunction } from "./runtime/adapter.js";
for (const fn of functions) CustomFunctions.associate(fn.meta.name, (...args) => {
  const o = callFunction(fn, args.slice(0, -1));
  if (!o.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, o.error);
  return Number(o.value);
});`,
        resolveDir: sb.dir, sourcefile: `bench-functions-${ns}.ts`, loader: "ts",
      },
      bundle: true, platform: "browser", format: "iife", minify: true, legalComments: "none", target: ["es2017"],
      outfile: join(out, ns, "functions.js"), logLevel: "warning",
    });
    const count = readFileSync(join(sb.dir, "generated", `${ns}.ts`), "utf8").match(/^  \{ meta: m\d+, evaluate: f\d+ \},$/gm)?.length ?? 0;
    writeFileSync(join(out, ns, "functions.json"), JSON.stringify({ functions: new Array(count).fill({}) }));
    writeFileSync(join(out, ns, "functions.html"), `<!doctype html><html><head><meta charset="utf-8">
<script>window.CustomFunctions = { associate() {}, Error: class extends Error { constructor(c, m) { super(m); } }, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } };</script>
<script src="functions.js"></script></head><body></body></html>`);
  }
  return out;
}

const MIME: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png" };

/** The marks: t0 after the runtime script, and an associate wrapper that counts and records the last call. */
const MARKS = `<script>window.__t0 = performance.now(); window.__n = 0;
(function () { var cf = window.CustomFunctions, a = cf.associate;
  cf.associate = function () { var r = a.apply(this, arguments); window.__n++; window.__t1 = performance.now(); return r; }; })();</script>`;

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    let body: string | Buffer = readFileSync(file);
    if (file.endsWith("functions.html")) {
      // The marks go right after the runtime <script> (or, on the fallback page, after the stub), before functions.js.
      body = body.toString("utf8").replace(/(<script src="functions\.js"><\/script>)/, `${MARKS}\n$1`);
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/**
 * Excel's side of the custom-functions runtime, installed in the page before the runtime loads (the same seam as
 * test/addin/browser.test.ts): the runtime calls HostBridge.init(window._richApiNativeBridge) at load; we send it
 * Excel's own invocation messages and collect the results it sends back (SetInvocationArrayResults), resolving when
 * the last of a pass has arrived.
 */
function benchExcelHost(): void {
  const w = window as unknown as Record<string, unknown>;
  let expected = 0, received = 0, done: (() => void) | undefined, failures = 0, lastRows = 0;
  let nextId = 1;
  const bridge = {
    onMessageFromHost: (_: string) => {},
    sendMessageToHost(text: string) {
      const msg = JSON.parse(text);
      if (msg.type !== 1) return;
      const body = typeof msg.message.body === "string" ? JSON.parse(msg.message.body) : msg.message.body;
      for (const action of body?.Actions ?? []) {
        if (action.Name !== "SetInvocationArrayResults") continue;
        for (const r of action.ArgumentInfo.Arguments[0] as unknown[][]) {
          received++;
          const v = r[2];
          if (r[1] !== true || !(typeof v === "number" || (Array.isArray(v) && v.length > 1))) failures++;
          if (Array.isArray(v)) lastRows = v.length;
        }
      }
      setTimeout(() => bridge.onMessageFromHost(JSON.stringify({ id: msg.id, type: 2, flags: 0, message: { statusCode: 200, headers: {}, body: JSON.stringify({ Results: [] }) } })), 0);
      if (received >= expected && done) { const d = done; done = undefined; d(); }
    },
  };
  w._richApiNativeBridge = bridge;
  w.__bench = {
    /** Sends `calls` in messages of `batch` invocations each; resolves with the ms until the last result arrived. */
    run(calls: { name: string; args: unknown[] }[], batch: number): Promise<number> {
      expected = received + calls.length;
      const t0 = performance.now();
      return new Promise<number>((resolve) => {
        done = () => resolve(performance.now() - t0);
        for (let i = 0; i < calls.length; i += batch) {
          const entries = calls.slice(i, i + batch).map((c) => { const id = nextId++; return [1, 1000, "", JSON.stringify([id, c.name, c.args, `Sheet1!A${id}`, 0]), 0]; });
          bridge.onMessageFromHost(JSON.stringify({ type: 3, message: { entries } }));
        }
      });
    },
    failures: () => failures,
    lastRows: () => lastRows,
  };
}

const IDENTITY = "BENCH_IDENTITY", TIMED = "BENCH_EQUIPMENT_TIMED";

/** 10,000 PINGHU.EQUIPMENT cells vs an identity function on the same arguments, then 1,000 EXPLAIN spills. */
async function benchInvocations(browser: import("playwright-core").Browser, port: number, runtime: Buffer, explainParams: number, opts: Options): Promise<InvocationResult> {
  const cells = 10_000, explains = 1_000, batch = 1_000, rounds = opts.quick ? 3 : 7;
  const context = await browser.newContext();
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.pathname.endsWith("/custom-functions-runtime.js")) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: runtime });
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  try {
    await page.addInitScript(benchExcelHost);
    await page.goto(`http://127.0.0.1:${port}/PINGHU/functions.html`, { waitUntil: "load", timeout: 30_000 });
    await page.waitForFunction(() => Object.keys((window as unknown as { CustomFunctions?: { _association?: { mappings?: object } } }).CustomFunctions?._association?.mappings ?? {}).length > 0);
    // The identity function, associated in the same runtime before the first invocation (the runtime reads its
    // mappings once, at the first call): it returns its first argument, after the same marshalling both ways.
    await page.evaluate(({ identity, timed }) => {
      const w = window as unknown as { __inside: number; CustomFunctions: { associate(id: string, f: (...a: unknown[]) => unknown): void; _association: { mappings: Record<string, (...a: unknown[]) => unknown> } } };
      const cf = w.CustomFunctions, equipment = cf._association.mappings.EQUIPMENT!;
      cf.associate(identity, (a: unknown) => a);
      w.__inside = 0;
      cf.associate(timed, (...a: unknown[]) => { const t = performance.now(); try { return equipment(...a); } finally { w.__inside += performance.now() - t; } });
    }, { identity: IDENTITY, timed: TIMED });
    // Amounts across every band (below the 1000万元 threshold, each 分段 slice, above the 500万元 cap), both categories.
    const args = Array.from({ length: cells }, (_, i) => [Math.round((500 + i * 1.37) * 100) / 100, i % 3 === 0 ? "A类" : i % 3 === 1 ? "数字经济项目" : "其他"]);
    const calls = (name: string) => args.map((a) => ({ name, args: a }));
    const run = (name: string) => page.evaluate(({ c, b }) => (window as unknown as { __bench: { run(c: unknown[], b: number): Promise<number> } }).__bench.run(c, b), { c: calls(name), b: batch });
    await run("EQUIPMENT"); // warm-up: JIT, the runtime's caches
    await run(IDENTITY);
    const fnRuns: number[] = [], idRuns: number[] = [];
    for (let r = 0; r < rounds; r++) { // interleaved, so that load on the machine hits both alike
      fnRuns.push(await run("EQUIPMENT"));
      idRuns.push(await run(IDENTITY));
    }
    // As Excel passes them: every declared parameter, the omitted ones as null.
    const explainCalls = Array.from({ length: explains }, (_, i) => ({ name: "EXPLAIN", args: ["EQUIPMENT", 1000 + i * 7.5, "A类", ...Array(Math.max(0, explainParams - 3)).fill(null)] }));
    const explainRuns: number[] = [];
    for (let r = 0; r < Math.max(3, rounds >> 1); r++) {
      explainRuns.push(await page.evaluate(({ c, b }) => (window as unknown as { __bench: { run(c: unknown[], b: number): Promise<number> } }).__bench.run(c, b), { c: explainCalls, b: batch }));
    }
    const rows = await page.evaluate(() => (window as unknown as { __bench: { lastRows(): number } }).__bench.lastRows());
    const failures = await page.evaluate(() => (window as unknown as { __bench: { failures(): number } }).__bench.failures());
    // One more pass through a copy of EQUIPMENT that times itself: how much of a pass is spent inside our function.
    await run(TIMED);
    const insideMs = await page.evaluate(() => (window as unknown as { __inside: number }).__inside);
    const fnMs = median(fnRuns), identityMs = median(idRuns);
    return { fn: "PINGHU.EQUIPMENT", cells, batch, fnMs, identityMs, fnRunsMs: fnRuns, identityRunsMs: idRuns, ratio: fnMs / identityMs, insideMs, explains, explainMs: median(explainRuns), explainRows: rows, failures };
  } finally {
    await context.close();
  }
}

export async function benchAddin(sb: Sandbox, opts: Options): Promise<AddinResult> {
  log("addin: building the add-ins in the snapshot");
  let source: AddinResult["source"] = "build";
  let note = "npm run build (zhengce build + scripts/build-addin.mjs) run in the snapshot; page = its functions.html with the real custom-functions-runtime.js (@microsoft/office-js)";
  let dir: string;
  const built = buildInSandbox(sb);
  if (built.dir) dir = built.dir;
  else {
    source = "fallback";
    note = `add-in build unavailable (${built.reason}); measured the benchmark's own esbuild IIFE of generated/<NS>.ts + runtime/adapter.ts on a minimal page with a stub CustomFunctions`;
    log(`addin: ${note}`);
    dir = await fallbackBundles(sb);
  }
  const namespaces = NAMESPACES_ORDER.filter((ns) => existsSync(join(dir, ns, "functions.js")))
    .concat(readdirSync(dir).filter((d) => !NAMESPACES_ORDER.includes(d) && existsSync(join(dir, d, "functions.js"))));

  const sizes = namespaces.map((ns) => {
    const js = readFileSync(join(dir, ns, "functions.js"));
    const tp = join(dir, ns, "taskpane.js");
    const expected = (JSON.parse(readFileSync(join(dir, ns, "functions.json"), "utf8")) as { functions: unknown[] }).functions.length;
    return { ns, bytes: js.length, gzipBytes: gzipSync(js).length, taskpaneGzipBytes: existsSync(tp) ? gzipSync(readFileSync(tp)).length : undefined, expected };
  });

  const cities: CityResult[] = [];
  let invocations: InvocationResult | undefined;
  let browserVersion: string | undefined;
  let error: string | undefined;
  const server = await serve(dir);
  const port = (server.address() as AddressInfo).port;
  try {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    browserVersion = browser.version();
    try {
      const runtime = readFileSync(RUNTIME_JS);
      const loads = opts.quick ? 3 : 7;
      for (const s of sizes) {
        const runs: number[] = [], fromNav: number[] = [];
        let associated = 0, cityError: string | undefined;
        for (let i = -1; i < loads; i++) {
          // A fresh context per load: no HTTP or code cache carried over from the previous load.
          const context = await browser.newContext();
          await context.route("**/*", (route) => {
            const url = new URL(route.request().url());
            if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
            if (url.pathname.endsWith("/custom-functions-runtime.js")) {
              return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: runtime });
            }
            return route.abort("blockedbyclient");
          });
          const page = await context.newPage();
          const pageErrors: string[] = [];
          page.on("pageerror", (e) => pageErrors.push(e.message));
          try {
            await page.goto(`http://127.0.0.1:${port}/${s.ns}/functions.html`, { waitUntil: "load", timeout: 30_000 });
            await page.waitForFunction((n) => (window as unknown as { __n: number }).__n >= n, s.expected, { timeout: 10_000 });
            const m = await page.evaluate(() => {
              const w = window as unknown as { __t0: number; __t1: number; __n: number };
              return { t0: w.__t0, t1: w.__t1, n: w.__n };
            });
            associated = m.n;
            if (i >= 0) { runs.push(m.t1 - m.t0); fromNav.push(m.t1); }
          } catch (e) {
            cityError = `${(e as Error).message.split("\n")[0]}${pageErrors.length ? `; page errors: ${pageErrors.slice(0, 2).join(" | ")}` : ""}`;
            break;
          } finally {
            await context.close();
          }
        }
        cities.push({
          namespace: s.ns, functions: s.expected, bytes: s.bytes, gzipBytes: s.gzipBytes, taskpaneGzipBytes: s.taskpaneGzipBytes,
          associateMs: median(runs), associateRunsMs: runs, fromNavigationMs: median(fromNav), associated,
          ...(cityError ? { error: cityError } : {}),
        });
        log(`addin: ${s.ns}: ${(s.gzipBytes / 1024).toFixed(1)} KB gz, associate ${median(runs).toFixed(1)} ms (${associated}/${s.expected})`);
      }
      if (source === "build" && sizes.some((x) => x.ns === "PINGHU")) {
        const json = JSON.parse(readFileSync(join(dir, "PINGHU", "functions.json"), "utf8")) as { functions: { id: string; parameters: unknown[] }[] };
        const explainParams = json.functions.find((f) => f.id === "EXPLAIN")?.parameters.length ?? 3;
        try {
          invocations = await benchInvocations(browser, port, runtime, explainParams, opts);
          log(`addin: 10,000 × PINGHU.EQUIPMENT ${invocations.fnMs.toFixed(0)} ms vs identity ${invocations.identityMs.toFixed(0)} ms (${invocations.ratio.toFixed(2)}×); 1,000 EXPLAIN ${invocations.explainMs.toFixed(0)} ms`);
        } catch (e) {
          log(`addin: invocation benchmark failed: ${(e as Error).message.split("\n")[0]}`);
        }
      }
    } finally {
      await browser.close();
    }
  } catch (e) {
    error = (e as Error).message.split("\n")[0];
    log(`addin: browser measurement failed: ${error}`);
    for (const s of sizes) {
      if (!cities.some((c) => c.namespace === s.ns)) {
        cities.push({ namespace: s.ns, functions: s.expected, bytes: s.bytes, gzipBytes: s.gzipBytes, taskpaneGzipBytes: s.taskpaneGzipBytes, associateMs: NaN, associateRunsMs: [], fromNavigationMs: NaN, associated: 0 });
      }
    }
  } finally {
    server.close();
  }
  return { source, note, cities, ...(browserVersion ? { browser: browserVersion } : {}), ...(invocations ? { invocations } : {}), ...(error ? { error } : {}) };
}
