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
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
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

export interface AddinResult {
  /** "build" (the add-in build's bundles and functions.html with the real runtime) or "fallback" (own bundle, stub). */
  readonly source: "build" | "fallback";
  readonly note: string;
  readonly cities: readonly CityResult[];
  readonly browser?: string;
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
  return { source, note, cities, ...(browserVersion ? { browser: browserVersion } : {}), ...(error ? { error } : {}) };
}
