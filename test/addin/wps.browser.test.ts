// The WPS 表格 add-ins in headless Debian Chromium, with a stand-in for WPS (wps-standin.ts: only the members the
// add-in may use, typed by et-jsapi-declare, anything else refused and recorded). For each city: index.html
// registers every compiled function and EXPLAIN through wps.AddCustomFunction with the metadata of functions.json;
// calls with good and bad arguments give what `zhengce eval` (the CLI, another process) gives; the ribbon button
// opens the task pane, which reads the selected cell and writes a formula through WPS's Application object.
// No request may leave localhost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { callFunction, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { ADDINS, EXPLAIN_ID, SETTLE_ID, SETTLE_REASONS_ID } from "../../addin/src/cities.js";
import { explainRows, EXPLAIN_HEADER } from "../../runtime/explain.js";
import { explainArity } from "../../addin/src/metadata.js";
import { RIBBON } from "../../addin/src/wps/files.js";
import { exampleArgs, project, zhengceEval } from "./helpers.js";
import { isolatedContext, RESULTS, serveFreshAddins, watchConsole, type BuiltAddins, type ServedAddins } from "./chromium.js";
import { installWpsStandIn, type CallResult, type Registration, type WpsStandInConfig, type WpsStandInState } from "./wps-standin.js";

const { namespaces, examples } = project();
const CITIES = ADDINS.filter((a) => namespaces[a.namespace]?.length);

let served: ServedAddins | undefined;
let built: BuiltAddins;
let base = "";
let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  served = await serveFreshAddins();
  ({ built, base, browser } = served);
});

afterAll(() => served?.close());

declare global {
  interface Window {
    __wps: WpsStandInState;
  }
}

/** A page with the WPS stand-in installed before any script. */
async function wpsPage(config: WpsStandInConfig = {}): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await isolatedContext(browser, blocked);
  await context.addInitScript(installWpsStandIn, config);
  const page = await context.newPage();
  return { page, errors: watchConsole(page), close: () => context.close() };
}

const unexpected = (page: Page) => page.evaluate(() => window.__wps.unexpected);

type Call = { fn: CompiledFunction; args: unknown[] };

/** What the WPS callback must do, given the CLI's answer: return the number, or throw with the CLI's message. */
function expectedCell(call: Call, cli: { value: string } | { error: string }): CallResult {
  if ("value" in cli) return { value: Number(cli.value) };
  const inProcess = callFunction(call.fn, call.args as ExcelValue[]);
  return { thrown: !inProcess.ok && inProcess.lookup ? "#N/A" : "#VALUE!", message: cli.error, isError: true };
}

/** Good and bad calls for one city: every policy example, a bad value for each function, and some edge cases. */
function sampleCalls(ns: string): Call[] {
  const fns = namespaces[ns]!;
  const calls: Call[] = examples.filter((e) => e.fn.meta.namespace === ns).map(({ fn, example }) => ({ fn, args: exampleArgs(example) }));
  for (const fn of fns.filter((f) => f.meta.params.length)) calls.push({ fn, args: ["不是有效值"] });
  const required = fns.find((f) => f.meta.params.some((p) => !p.optional))!;
  calls.push({ fn: required, args: [] });
  calls.push({ fn: required, args: Array(required.meta.params.length + 1).fill(1) });
  const money = fns.find((f) => f.meta.params[0]?.kind === "money")!;
  calls.push({ fn: money, args: ["4000万元"] }, { fn: money, args: ["0.4亿元"] }, { fn: money, args: [-1] }, { fn: money, args: [true] });
  return calls;
}

describe.each(CITIES.map((a) => [a.namespace, a] as const))("WPS add-in %s", (ns, addin) => {
  const fns = namespaces[ns]!;

  it("index.html registers every compiled function, EXPLAIN, SETTLE and SETTLE_REASONS with wps.AddCustomFunction and the metadata of functions.json", async () => {
    const { page, errors, close } = await wpsPage();
    await page.goto(`${base}wps/${ns}/index.html`);
    const registrations: Registration[] = await page.evaluate(() => window.__wps.registrations);

    // Exactly the compiled functions (the build's own fresh compile of policies/), then EXPLAIN, SETTLE, SETTLE_REASONS, all in this namespace.
    expect(registrations.map((r) => r.name)).toEqual([...fns.map((f) => f.meta.name), EXPLAIN_ID, SETTLE_ID, SETTLE_REASONS_ID]);
    expect(new Set(registrations.map((r) => r.namespace))).toEqual(new Set([ns]));

    // Each one's metadata, against the compiled function's own metadata.
    fns.forEach((fn, i) => {
      const meta = registrations[i]!.metadata as { description: string; result: { type: string }; parameters: { name: string; type: string; description: string }[] };
      expect(meta.result).toEqual({ type: "number" });
      expect(meta.description).toContain(fn.meta.title);
      expect(meta.description).toContain(fn.meta.article);
      expect(meta.parameters.map((p) => p.name)).toEqual(fn.meta.params.map((p) => p.name));
      expect(meta.parameters.map((p) => p.type)).toEqual(fn.meta.params.map((p) => (p.optional ? "any?" : "any")));
      meta.parameters.forEach((p, j) => expect(p.description).toContain(fn.meta.params[j]!.description.trim()));
    });
    const explain = registrations.at(-3)!.metadata as { result: { type: string }; parameters: { type: string }[] };
    expect(explain.result).toEqual({ type: "string[][]" });
    expect(explain.parameters.map((p) => p.type)).toEqual(["any", ...Array(explainArity(fns)).fill("any?")]);
    const [settle, reasons] = registrations.slice(-2).map((r) => r.metadata as { result: { type: string }; parameters: { name: string; type: string }[] });
    expect(settle!.result).toEqual({ type: "any[][]" });
    expect(reasons!.result).toEqual({ type: "string[][]" });
    expect(settle!.parameters.map((p) => [p.name, p.type])).toEqual([["台账区域", "any[][]"], ["预算", "any?"]]);
    // A ledger through the registered callback, as WPS would call it: the settled amount of a claim is the function's value.
    const first = examples.find((e) => e.fn.meta.namespace === ns && e.example.expected.kind === "value")!;
    const args = exampleArgs(first.example);
    const want = callFunction(first.fn, args);
    const ledger = [["企业", "项目", "年度", "函数", ...args.map((_, i) => `参数${i + 1}`)], ["甲公司", "一期", 2024, first.fn.meta.name, ...args.map((a) => (a === null ? "" : a))]];
    const spilled = await page.evaluate((l) => window.__wps.call("SETTLE", [l]), ledger);
    expect(spilled).toEqual({ value: [["结算额（万元）"], [want.ok ? Number(want.value) : "?"]] });

    // functions.json (what manifest.xml points WPS at) says the same as the registration.
    const json = JSON.parse(readFileSync(join(built.wpsDir, ns, "functions.json"), "utf8")) as { functions: ({ name: string } & Record<string, unknown>)[] };
    expect(json.functions.map(({ name, ...metadata }) => ({ namespace: ns, name, metadata }))).toEqual(registrations);

    expect(await unexpected(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("calls with good and bad arguments = zhengce eval: a number in 万元, or a thrown error with the Chinese message", async () => {
    const { page, errors, close } = await wpsPage();
    await page.goto(`${base}wps/${ns}/index.html`);
    const calls = sampleCalls(ns);
    const cli = zhengceEval(calls.map((c) => ({ fn: c.fn.meta.id, args: c.args })));
    const got: CallResult[] = await page.evaluate((list) => list.map((c) => window.__wps.call(c.name, c.args)), calls.map((c) => ({ name: c.fn.meta.name, args: c.args })));
    calls.forEach((c, i) => expect(got[i], `${c.fn.meta.id}(${JSON.stringify(c.args)})`).toEqual(expectedCell(c, cli[i]!)));
    expect(got.filter((g) => "value" in g).length).toBeGreaterThan(10);
    expect(got.filter((g) => "thrown" in g).length).toBeGreaterThan(fns.length / 2);
    for (const g of got) {
      if ("value" in g) expect(Number.isFinite(g.value)).toBe(true);
      else expect(g.message).toMatch(/[\u4e00-\u9fff]/);
    }

    // An omitted optional argument passed as undefined or null is the same as leaving it out.
    const withOptional = calls.find((c) => c.fn.meta.params.some((p) => p.optional) && c.args.length < c.fn.meta.params.length && "value" in cli[calls.indexOf(c)]!);
    if (withOptional) {
      const n = withOptional.fn.meta.params.length;
      const variants = [withOptional.args, [...withOptional.args, ...Array(n - withOptional.args.length).fill(null)]];
      const results = await page.evaluate(([name, vs]) => vs.map((args) => window.__wps.call(name, args)), [withOptional.fn.meta.name, variants] as const);
      expect(results[1]).toEqual(results[0]);
    }

    expect(await unexpected(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("EXPLAIN returns the trace table; for a bad call, a row with the Chinese message instead of an error", async () => {
    const { page, errors, close } = await wpsPage();
    await page.goto(`${base}wps/${ns}/index.html`);
    const sample = examples.find((e) => e.fn.meta.namespace === ns && e.example.expected.kind === "value" && e.fn.meta.params.length)!;
    const args = exampleArgs(sample.example);
    const trace = callFunction(sample.fn, args, true);
    const bad = zhengceEval([{ fn: sample.fn.meta.id, args: ["不是有效值"] }])[0] as { error: string };
    const [byId, byZh, badRows, unknown] = await page.evaluate(([id, zh, a]) => [
      window.__wps.call("EXPLAIN", [id, ...a]),
      window.__wps.call("EXPLAIN", [zh, ...a]),
      window.__wps.call("EXPLAIN", [id, "不是有效值"]),
      window.__wps.call("EXPLAIN", ["NO_SUCH_FUNCTION"]),
    ], [sample.fn.meta.name, sample.fn.meta.zhName, args] as const);
    expect(trace.ok).toBe(true);
    expect(byId).toEqual({ value: explainRows(sample.fn.meta, trace.ok ? trace.trace ?? [] : []) });
    expect(byZh).toEqual(byId);
    expect((byId as { value: string[][] }).value.length).toBeGreaterThan(1);
    expect(badRows).toEqual({ value: [[...EXPLAIN_HEADER], ["错误", "#VALUE!", bad.error]] });
    expect(unknown).toMatchObject({ value: [[...EXPLAIN_HEADER], ["错误", "#VALUE!", expect.stringContaining("没有函数「NO_SUCH_FUNCTION」")]] });
    expect(await unexpected(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it(`the ribbon: OnAddinLoad, the button's image, and OnAction opens then hides the task pane (${addin.city})`, async () => {
    const { page, errors, close } = await wpsPage();
    await page.goto(`${base}wps/${ns}/index.html`);
    const image = await page.evaluate((r) => (window as any)[r.getImage]({ Id: r.button }), RIBBON);
    expect(existsSync(join(built.wpsDir, ns, image))).toBe(true);
    expect(await page.evaluate((r) => (window as any)[r.onLoad]({}), RIBBON)).toBe(true);
    await page.evaluate((r) => (window as any)[r.onAction]({ Id: r.button }), RIBBON);
    let panes = await page.evaluate(() => window.__wps.taskpanes);
    expect(panes).toEqual([{ url: `${base}wps/${ns}/taskpane.html`, title: `政策函数·${addin.city}`, visible: true, id: expect.any(Number) }]);
    await page.evaluate((r) => (window as any)[r.onAction]({ Id: r.button }), RIBBON);
    panes = await page.evaluate(() => window.__wps.taskpanes);
    expect(panes).toHaveLength(1);
    expect(panes[0]!.visible).toBe(false);
    expect(await unexpected(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("the task pane inside WPS (the same page as Excel's), through WPS's selection API", () => {
  const ns = "PINGHU";
  // PINGHU.EQUIPMENT, 第20条: 1000万元（含）起步，分段 3% / 4% / 5%（3000、5000万元为界），A类 each +1个百分点.
  // By hand: 4000, A类 → 3000 × 4% + 1000 × 5% = 170; 2000, 其他 → 2000 × 3% = 60; 4000, 其他 → 3000 × 3% + 1000 × 4% = 130.
  const config: WpsStandInConfig = {
    cells: { B2: 4000, C2: "A类", B3: 2000 },
    formulas: { D2: "=PINGHU.EQUIPMENT(B2,C2)", D3: "=ROUND(PINGHU.EQUIPMENT(B3),2)", D4: "=PINGHU.EQUIPMENT('数据 表'!B2,\"其他\")" },
    sheets: { "数据 表": { B2: 4000 } },
    active: "D2",
  };

  it("reads the selected cell's formula and its cells, follows the selection, writes a formula into the active cell", async () => {
    const { page, errors, close } = await wpsPage(config);
    const before = blocked.length;
    await page.goto(`${base}wps/${ns}/taskpane.html`);
    await expect.poll(() => page.locator("#mode").textContent()).toContain("已连接 WPS 表格");

    await page.goto(`${base}wps/${ns}/taskpane.html#EQUIPMENT`);
    await page.click("#read-selection");
    await expect.poll(() => page.locator("#result-value").textContent()).toBe("170");
    expect(await page.inputValue("#p0")).toBe("4000");
    expect(await page.inputValue("#p1")).toBe("A类");
    expect(await page.locator(".status").textContent()).toBe("已读取 D2 的公式与参数。");
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, `wps-taskpane-${ns}.png`), fullPage: true });

    await page.click("#write-formula");
    await expect.poll(() => page.evaluate(() => window.__wps.written)).toEqual([{ address: "D2", formula: '=PINGHU.EQUIPMENT(4000,"A类")' }]);
    expect(await page.locator(".status").textContent()).toBe('已写入 D2：=PINGHU.EQUIPMENT(4000,"A类")');

    // Clicking another cell in WPS (SheetSelectionChange) shows that cell's call; a function inside ROUND is found.
    await page.evaluate(() => window.__wps.select("D3"));
    await expect.poll(() => page.locator("#result-value").textContent()).toBe("60");
    expect(await page.inputValue("#p0")).toBe("2000");
    // A reference to another sheet, quoted.
    await page.evaluate(() => window.__wps.select("D4"));
    await expect.poll(() => page.locator("#result-value").textContent()).toBe("130");
    expect(await page.inputValue("#p1")).toBe("其他");

    expect(blocked.slice(before), "inside WPS the pane loads nothing from the internet (no Office.js)").toEqual([]);
    expect(await unexpected(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("a WPS older than 12.1.0.20540 (no AddCustomFunction): nothing registered, the ribbon button still opens the pane", async () => {
    const { page, errors, close } = await wpsPage({ noCustomFunctions: true });
    const warnings: string[] = [];
    page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
    await page.goto(`${base}wps/${ns}/index.html`);
    expect(await page.evaluate(() => window.__wps.registrations)).toEqual([]);
    expect(warnings.join()).toContain("12.1.0.20540");
    await page.evaluate((r) => (window as any)[r.onAction]({ Id: r.button }), RIBBON);
    expect(await page.evaluate(() => window.__wps.taskpanes.map((p) => p.visible))).toEqual([true]);
    expect(await unexpected(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("outside WPS (no wps object) the same page is the standalone pane, and index.html registers nothing", async () => {
    const context = await isolatedContext(browser, blocked);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}wps/${ns}/taskpane.html`);
    await expect.poll(() => page.locator("#catalogue li").count()).toBe(namespaces[ns]!.length);
    expect(await page.locator("#mode").textContent()).toContain("独立模式");
    await page.goto(`${base}wps/${ns}/index.html`);
    expect(await page.evaluate(() => typeof (window as any).OnAction)).toBe("undefined");
    expect(errors).toEqual([]);
    await context.close();
  });
});
