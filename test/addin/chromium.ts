// Shared by the browser tests: Debian's Chromium (headless, never skipped), a static server for a built dist
// folder, and browser contexts where only localhost is reachable (Office's CDN is answered from node_modules).
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { tmpdir } from "node:os";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { OFFICE_CDN, buildAddins, bundleCustomFunctions, bundleTaskpane, functionsHtml, taskpanePage } from "../../addin/src/build.js";
import { addinFor } from "../../addin/src/cities.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";
import { project, ROOT } from "./helpers.js";

export const CHROMIUM = "/usr/bin/chromium";
export const RESULTS = join(ROOT, "test-results");
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".css": "text/css", ".png": "image/png", ".xml": "application/xml",
};

export interface BuiltAddins {
  /** The temporary folder holding addin/ (Excel) and wps/ (WPS). */
  readonly dir: string;
  readonly excelDir: string;
  readonly wpsDir: string;
}

/** Builds every add-in from freshly emitted modules (what `zhengce eval` runs), not from a possibly stale generated/. */
export async function buildFresh(): Promise<BuiltAddins> {
  const { emitted, namespaces } = project();
  const dir = mkdtempSync(join(tmpdir(), "zhengce-addin-"));
  const generatedDir = join(dir, "generated");
  mkdirSync(generatedDir);
  for (const e of emitted) writeFileSync(join(generatedDir, `${e.namespace}.ts`), e.code);
  const excelDir = join(dir, "addin"), wpsDir = join(dir, "wps");
  await buildAddins({ root: ROOT, baseUrl: "https://localhost:3000/", namespaces, outDir: excelDir, wpsOutDir: wpsDir, generatedDir, writeTopLevel: false, log: () => {} });
  return { dir, excelDir, wpsDir };
}

/**
 * One city's custom-functions page and task pane again, at <excelDir>/<NS>-rules/functions.html and taskpane.html,
 * from its emitted module with its `settlement` export replaced by `rules` (tests that need rules worked by hand,
 * whatever the policy files declare). Returns the functions page's path under the served folder.
 */
export async function buildWithRules(built: BuiltAddins, ns: string, rules: SettlementRules): Promise<string> {
  const emitted = project().emitted.find((e) => e.namespace === ns);
  if (!emitted) throw new Error(`no emitted module for ${ns}`);
  const marker = "export const settlement: SettlementRules = ";
  const at = emitted.code.lastIndexOf(marker);
  if (at < 0) throw new Error(`the emitted ${ns} module has no settlement export`);
  const generatedDir = join(built.dir, "generated-rules");
  mkdirSync(generatedDir, { recursive: true });
  writeFileSync(join(generatedDir, `${ns}.ts`), `${emitted.code.slice(0, at)}${marker}${JSON.stringify(rules)};\n`);
  const page = `${ns}-rules`;
  mkdirSync(join(built.excelDir, page), { recursive: true });
  await bundleCustomFunctions(ROOT, generatedDir, addinFor(ns), join(built.excelDir, page, "functions.js"));
  writeFileSync(join(built.excelDir, page, "functions.html"), functionsHtml(addinFor(ns)));
  await bundleTaskpane(ROOT, generatedDir, addinFor(ns), join(built.excelDir, page, "taskpane.js"));
  const template = readFileSync(join(ROOT, "addin", "src", "taskpane", "taskpane.html"), "utf8");
  writeFileSync(join(built.excelDir, page, "taskpane.html"), taskpanePage(template, addinFor(ns), "../taskpane.css"));
  return `${page}/functions.html`;
}

/** Serves `dir` on 127.0.0.1 (a random port); resolves with the server and its base URL (ending in /). */
export async function serveDir(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(dir + sep) || !existsSync(path) || statSync(path).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": MIME[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

export async function closeServer(server: Server | undefined): Promise<void> {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}

/** Chromium and the add-ins built fresh and served: what a browser test file starts with and closes at the end. */
export interface ServedAddins {
  readonly browser: Browser;
  readonly built: BuiltAddins;
  readonly server: Server;
  readonly base: string;
  close(): Promise<void>;
}

/** Launches Chromium, builds every add-in (then `prepare`, e.g. a page with other rules) and serves the build. */
export async function serveFreshAddins(prepare?: (built: BuiltAddins) => Promise<unknown>): Promise<ServedAddins> {
  const browser = await launchChromium();
  const built = await buildFresh();
  await prepare?.(built);
  const { server, base } = await serveDir(built.dir);
  return {
    browser, built, server, base,
    close: async () => {
      await browser.close();
      await closeServer(server);
      rmSync(built.dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) — the add-in browser tests do not skip`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * A context where localhost is served, Office's CDN is answered from node_modules, and every other request is
 * aborted and recorded in `blocked`.
 */
export async function isolatedContext(browser: Browser, blocked: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
    if (url.href.startsWith(OFFICE_CDN)) {
      const file = join(OFFICE_DIST, url.pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    }
    blocked.push(url.href);
    return route.abort();
  });
  return context;
}

/** Console errors and uncaught page errors, collected for an `expect(errors).toEqual([])`. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console.error: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  return errors;
}
