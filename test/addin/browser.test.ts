// Headless Debian Chromium against the built add-ins.
//
// functions.html runs with the REAL custom-functions runtime from the @microsoft/office-js npm package (its
// CDN URL is answered from node_modules; every other non-localhost request is aborted). How we reach the
// associated functions inside it, faithfully: the runtime talks to Excel through a native bridge — at load it
// calls HostBridge.init(window._richApiNativeBridge) when that global exists (Excel desktop's JavaScript-only
// runtime injects it). We inject a fake host there before the runtime loads. The runtime's CustomFunctionProxy
// then listens on the bridge; we send it Excel's own invocation message (type 3, entry [category 1, type 1000,
// …, [invocationId, functionName, parameterValues, address, flags]]), the proxy looks the function up in
// CustomFunctions._association, appends its InvocationContext as the last argument, calls our function, and
// sends the results back the way Excel receives them: a ProcessQuery request whose SetInvocationArrayResults
// action carries [id, succeeded, value, errorCode?, …] (errorCode 7 = #VALUE!, 1 = #N/A, 6 = #NUM!). So the
// test exercises the runtime's own argument passing, CustomFunctions.Error translation and result marshalling.
//
// The task pane is opened standalone (no Office.js), driven through its form, screenshotted into test-results/,
// and must not log a single console error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { callFunction, parseCliArg, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { ADDINS, EXPLAIN_ID } from "../../addin/src/cities.js";
import { explainRows } from "../../runtime/explain.js";
import { formulaFor } from "../../addin/src/formula.js";
import { exampleArgs, project, ROOT, zhengceSettle } from "./helpers.js";
import { buildFresh, buildWithRules, closeServer, isolatedContext as isolated, launchChromium, RESULTS, serveDir, watchConsole, type BuiltAddins } from "./chromium.js";
import { LEDGER, SETTLED_BY_HAND } from "./ledger-fixture.js";
import { showMoneyWithYuan } from "../../runtime/show.js";
import { PINGHU_RULES } from "../settlement/fixtures.js";
import { SETTLE_ID, SETTLE_REASONS_ID } from "../../addin/src/cities.js";

const SHARED_CATALOG = join(ROOT, "..", "shared", "catalog");

const { namespaces, examples } = project();
const CITIES = ADDINS.filter((a) => namespaces[a.namespace]?.length);

let built: BuiltAddins | undefined;
let outDir = "";
let server: Server;
let base = "";
let browser: Browser;
const blocked: string[] = [];

let rulesPage = "";

beforeAll(async () => {
  browser = await launchChromium();
  built = await buildFresh();
  outDir = built.excelDir;
  rulesPage = await buildWithRules(built, "PINGHU", PINGHU_RULES);
  ({ server, base } = await serveDir(outDir));
});

afterAll(async () => {
  await browser?.close();
  await closeServer(server);
  if (built) rmSync(built.dir, { recursive: true, force: true });
});

const isolatedContext = () => isolated(browser, blocked);

/** The fake Excel host behind window._richApiNativeBridge (runs in the page before any script). */
function fakeExcelHost(): void {
  const w = window as any;
  const results = new Map<number, unknown[]>();
  let nextId = 1;
  const bridge: any = {
    sendMessageToHost(text: string) {
      const msg = JSON.parse(text);
      if (msg.type !== 1) return;
      const body = typeof msg.message.body === "string" ? JSON.parse(msg.message.body) : msg.message.body;
      for (const action of body?.Actions ?? []) {
        if (action.Name === "SetInvocationArrayResults") for (const r of action.ArgumentInfo.Arguments[0]) results.set(r[0], r);
      }
      setTimeout(() => bridge.onMessageFromHost(JSON.stringify({ id: msg.id, type: 2, flags: 0, message: { statusCode: 200, headers: {}, body: JSON.stringify({ Results: [] }) } })), 0);
    },
  };
  w._richApiNativeBridge = bridge;
  w.__excel = {
    /** Sends Excel's invocation message for each call; resolves with the runtime's result entries, in order. */
    invoke(calls: { name: string; args: unknown[] }[]): Promise<unknown[][]> {
      const ids = calls.map(() => nextId++);
      const entries = calls.map((c, i) => [1, 1000, "", JSON.stringify([ids[i], c.name, c.args, `Sheet1!A${ids[i]}`, 0]), 0]);
      bridge.onMessageFromHost(JSON.stringify({ type: 3, message: { entries } }));
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (ids.every((id) => results.has(id))) resolve(ids.map((id) => results.get(id)!));
          else if (Date.now() - started > 20000) reject(new Error(`no result for ${ids.filter((id) => !results.has(id)).length} of ${ids.length} invocations`));
          else setTimeout(check, 20);
        };
        check();
      });
    },
  };
}

type Cell = { value: unknown } | { error: string; message: string };
const CODE: Record<number, string> = { 7: "#VALUE!", 1: "#N/A", 6: "#NUM!", 5: "#DIV/0!", 8: "#NULL!", 2: "exception", 3: "rejected" };
const decode = (r: unknown[]): Cell => (r[1] === true ? { value: r[2] } : { error: CODE[r[3] as number] ?? `code ${r[3]}`, message: r[2] as string });

function expected(fn: CompiledFunction, args: readonly ExcelValue[]): Cell {
  const o = callFunction(fn, args);
  return o.ok ? { value: Number(o.value) } : { error: o.lookup ? "#N/A" : "#VALUE!", message: o.error };
}

function catalogIds(ns: string): string[] | null {
  const file = join(SHARED_CATALOG, `${ns}.json`);
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, "utf8")) as { id: string }[]).map((e) => e.id.slice(ns.length + 1));
}

describe.each(CITIES.map((a) => [a.namespace, a] as const))("%s add-in in Chromium", (ns) => {
  const fns = namespaces[ns]!;
  const declared = (fn: CompiledFunction) => fn.meta.params.length;
  const explainSlots = 1 + Math.max(1, ...fns.map(declared));
  const pad = (args: readonly unknown[], n: number) => Array.from({ length: n }, (_, i) => (args[i] === undefined ? null : args[i]));

  it("functions.html with the real custom-functions runtime: every function associated, calls = zhengce eval, #VALUE! messages, EXPLAIN spills", async () => {
    const context = await isolatedContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.addInitScript(fakeExcelHost);
    await page.goto(`${base}${ns}/functions.html`);
    await page.waitForFunction(() => Object.keys((window as any).CustomFunctions?._association?.mappings ?? {}).length > 0);

    // 1. Every function of the city is associated (the shared catalog's list when ../shared is present).
    const associated: string[] = await page.evaluate(() => Object.keys((window as any).CustomFunctions._association.mappings));
    const json = JSON.parse(readFileSync(join(outDir, ns, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(associated.sort()).toEqual(json.functions.map((f) => f.id.toUpperCase()).sort());
    const wanted = catalogIds(ns) ?? fns.map((f) => f.meta.name);
    expect(wanted.filter((id) => !associated.includes(id.toUpperCase())), "catalog functions not associated").toEqual([]);
    expect(associated).toContain(EXPLAIN_ID);

    // 2. Every policy example, through Excel's message protocol, = the in-process callFunction.
    const cases = examples.filter((e) => e.fn.meta.namespace === ns).map(({ fn, example }) => ({ fn, args: exampleArgs(example) }));
    // 3. A bad argument for every function with parameters.
    const bad = fns.filter((f) => declared(f) > 0).map((fn) => ({ fn, args: ["不是有效值"] as ExcelValue[] }));
    const all = [...cases, ...bad];
    const raw: unknown[][] = await page.evaluate((calls) => (window as any).__excel.invoke(calls), all.map(({ fn, args }) => ({ name: fn.meta.name, args: pad(args, declared(fn)) })));
    const got = raw.map(decode);
    all.forEach(({ fn, args }, i) => expect(got[i], `${fn.meta.id}(${JSON.stringify(args)})`).toEqual(expected(fn, args)));
    for (const [i] of bad.entries()) {
      const cell = got[cases.length + i] as { error: string; message: string };
      expect(cell.error).toBe("#VALUE!");
      expect(cell.message).toMatch(/「.+」.*[\u4e00-\u9fff]/);
    }
    for (const cell of got.slice(0, cases.length)) if ("value" in cell) expect(Number.isFinite(cell.value)).toBe(true);

    // 4. EXPLAIN spills a 2-D array of strings = the trace, by id and by Chinese name; errors as #VALUE!.
    const sample = examples.find((e) => e.fn.meta.namespace === ns && e.example.expected.kind === "value")!;
    const sArgs = exampleArgs(sample.example);
    const trace = callFunction(sample.fn, sArgs, true);
    const explainCalls = [
      { name: EXPLAIN_ID, args: pad([sample.fn.meta.name, ...sArgs], explainSlots) },
      { name: "explain", args: pad([sample.fn.meta.zhName, ...sArgs], explainSlots) },
      { name: EXPLAIN_ID, args: pad(["NO_SUCH_FUNCTION"], explainSlots) },
    ];
    const [byId, byZh, unknown] = (await page.evaluate((calls) => (window as any).__excel.invoke(calls), explainCalls)).map(decode);
    expect(trace.ok).toBe(true);
    expect(byId).toEqual({ value: explainRows(sample.fn.meta, (trace.ok ? trace.trace ?? [] : [])) });
    expect(byZh).toEqual(byId);
    const rows = (byId as { value: string[][] }).value;
    expect(rows[0]).toEqual(["步骤", "值", "依据"]);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.length === 3 && r.every((c) => typeof c === "string"))).toBe(true);
    expect(unknown).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("没有函数") });

    expect(errors).toEqual([]);
    await context.close();
  });

  it("standalone task pane: search, try a function with a live trace, copy the formula — no console errors", async () => {
    const context = await isolatedContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base.slice(0, -1) });
    const page = await context.newPage();
    const errors = watchConsole(page);
    const before = blocked.length;
    await page.goto(`${base}${ns}/taskpane.html`);
    await expect.poll(() => page.locator("#catalogue li").count()).toBe(fns.length);
    await expect.poll(() => page.locator(".count").textContent()).toBe(`共 ${fns.length} 个函数`);
    expect(await page.locator("#mode").textContent()).toContain("独立模式");

    // A function whose example has only literal arguments; PINGHU uses the issue's own EQUIPMENT(4000,"A类").
    const pick = ns === "PINGHU" && fns.some((f) => f.meta.name === "EQUIPMENT")
      ? { fn: fns.find((f) => f.meta.name === "EQUIPMENT")!, args: [4000, "A类"] as ExcelValue[] }
      : examples.filter((e) => e.fn.meta.namespace === ns && e.example.expected.kind === "value").map((e) => ({ fn: e.fn, args: exampleArgs(e.example) as ExcelValue[] }))
        .sort((a, b) => b.args.length - a.args.length)[0]!;
    const m = pick.fn.meta;

    await page.fill("#search", m.zhName);
    await expect.poll(() => page.locator(`#catalogue a[data-fn="${m.name}"]`).isVisible()).toBe(true);
    expect(await page.locator("#catalogue li:not([hidden])").count()).toBeLessThan(fns.length);
    await page.click(`#catalogue a[data-fn="${m.name}"]`);
    await page.waitForSelector("#try");
    expect(await page.locator("h1").textContent()).toBe(m.title);
    expect(await page.locator("#text").textContent()).toBe(m.text);

    for (const [i, v] of pick.args.entries()) {
      if (v === null) continue;
      const sel = `#p${i}`;
      const tag = await page.locator(sel).evaluate((el) => el.tagName);
      if (tag === "SELECT") await page.selectOption(sel, typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
      else await page.fill(sel, String(v));
    }
    const want = callFunction(pick.fn, pick.args, true);
    expect(want.ok).toBe(true);
    // The result as a reviewer reads it: 万元 grouped by thousands, then the 元 amount to the 分 (runtime/show.ts).
    const shown = showMoneyWithYuan((want as { value: string }).value);
    await expect.poll(() => page.locator("#result").textContent()).toBe(`结果：${shown}`);
    expect(await page.locator("#result-value").textContent()).toBe(shown.slice(0, shown.indexOf("万元")));
    expect(await page.locator("#trace tbody tr").count()).toBe((want.ok ? want.trace ?? [] : []).length);
    // The form reads what was typed as a cell would (4000 → a number), so the formula shows numbers.
    const formula = formulaFor(ns, m.name, pick.args.map((v) => (typeof v === "string" ? parseCliArg(v) : v)));
    expect(await page.locator("#formula").textContent()).toBe(formula);
    if (ns === "PINGHU" && m.name === "EQUIPMENT") expect(formula).toBe('=PINGHU.EQUIPMENT(4000,"A类")');

    await page.click("#copy-formula");
    await expect.poll(() => page.locator(".status").textContent()).toContain("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formula);

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, `addin-taskpane-${ns}.png`), fullPage: true });

    // A bad value shows the adapter's message, as Excel would.
    const firstText = m.params.findIndex((p) => p.kind !== "enum" && p.kind !== "flag");
    if (firstText >= 0) {
      await page.fill(`#p${firstText}`, "不是有效值");
      const bad = pick.args.map((v, i) => (i === firstText ? "不是有效值" : v));
      await expect.poll(() => page.locator("#result-error").textContent()).toBe((callFunction(pick.fn, bad) as { error: string }).error);
    }
    // Back to the catalogue, and the EXPLAIN help is there.
    await page.click("#back");
    await page.waitForSelector("#explain-help");
    expect(await page.locator("#explain-help summary").textContent()).toContain(`${ns}.${EXPLAIN_ID}`);

    expect(blocked.slice(before), "standalone mode must not try to load anything from the internet").toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Opens a custom-functions page under the fake Excel host; returns a function that invokes calls through the runtime. */
async function runtimePage(path: string) {
  const context = await isolatedContext();
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.addInitScript(fakeExcelHost);
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => Object.keys((window as any).CustomFunctions?._association?.mappings ?? {}).length > 0);
  const invoke = async (calls: { name: string; args: unknown[] }[]) => (await page.evaluate((c) => (window as any).__excel.invoke(c), calls)).map(decode);
  return { context, errors, invoke };
}

describe("the bundles run on ES2017 engines (their esbuild target)", () => {
  it("no Unicode property escape in any Excel or WPS script: esbuild turns a /\\p{…}/u literal into a RegExp built at run time, which such an engine refuses", () => {
    const scripts = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith(".js") ? [join(dir, e.name)] : []);
    const all = [...scripts(built!.excelDir), ...scripts(built!.wpsDir)];
    expect(all.length).toBeGreaterThan(CITIES.length * 2);
    expect(all.filter((f) => /\\[pP]\{/.test(readFileSync(f, "utf8")))).toEqual([]);
  });
});

describe("SETTLE through the real custom-functions runtime", () => {
  it("PINGHU with hand-built rules: the ledger worked by hand spills aligned with its rows; reasons; budget; #VALUE! for no ledger", async () => {
    const { context, errors, invoke } = await runtimePage(rulesPage);
    const ledger = LEDGER.map((r, i) => (i === 5 ? r.map(() => null) : r)); // one blank row as nulls, the others as ""
    const [settled, reasons, budgeted, notLedger] = await invoke([
      { name: SETTLE_ID, args: [ledger, null] },
      { name: SETTLE_REASONS_ID, args: [ledger, null] },
      { name: SETTLE_ID, args: [ledger, "100万元"] },
      { name: SETTLE_ID, args: [[["项目", "年度"], ["一期", 2024]], null] },
    ]);
    const column = (c: Cell) => (c as { value: unknown[][] }).value.map((r) => { expect(r).toHaveLength(1); return r[0]; });
    const got = column(settled!);
    expect(got.length).toBe(SETTLED_BY_HAND.length); // trailing blank rows are not answered
    got.forEach((v, i) => {
      const want = SETTLED_BY_HAND[i];
      if (typeof want === "string" && want.startsWith("错误")) expect(String(v).startsWith(want), String(v)).toBe(true);
      else expect(v, `row ${i + 1}`).toBe(want);
    });
    const why = column(reasons!) as string[];
    expect(why[0]).toBe("说明");
    expect(why[2]).toContain("已兑现 10万元，只奖励差额 25万元 − 10万元 = 15万元");
    expect(why[4]).toContain("就高：已按「鼓励企业开展制造业投资」第20条计（区域第4行，170万元）");
    expect(why[7]).toContain("排除：列入一票否决事项名单（区域第9行）");
    // 15 + 170 = 185 before the budget; × 100 ÷ 185: 8.108108108… → 8.108108 and 91.891891891… → 91.891892 (sum 100).
    expect(column(budgeted!).slice(2, 5)).toEqual([8.108108, 91.891892, 0]);
    expect(notLedger).toEqual({ error: "#VALUE!", message: expect.stringContaining("表头缺少「企业」列") });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(CITIES.map((a) => [a.namespace] as const))("%s with its policies' own rules: a ledger of every example = zhengce settle --jsonl (separate process)", async (ns) => {
    const fns = namespaces[ns]!;
    const cases = examples.filter((e) => e.fn.meta.namespace === ns && e.example.expected.kind === "value").map((e) => ({ fn: e.fn, args: exampleArgs(e.example) }));
    const width = Math.max(1, ...fns.map((f) => f.meta.params.length));
    const pad = (a: readonly unknown[]) => Array.from({ length: width }, (_, i) => (a[i] === undefined || a[i] === null ? "" : a[i]));
    const header = ["企业", "项目", "年度", "函数", ...Array.from({ length: width }, (_, i) => `参数${i + 1}`), "已兑现（万元）"];
    type Row = { cells: unknown[]; record?: Record<string, unknown> };
    const rows: Row[] = [];
    const first = cases[0]!;
    // Two enterprises, projects shared by pairs of rows and two years, so that any 就高, 差额 or cap the files declare has work to do.
    rows.push({ cells: ["甲公司", "项目0", 2024, `${ns}.${first.fn.meta.name}`, ...pad(first.args), 1], record: { enterprise: "甲公司", project: "项目0", year: 2024, fn: `${ns}.${first.fn.meta.name}`, args: first.args, paid: 1 } });
    cases.forEach((c, k) => {
      const record = { enterprise: k % 2 ? "乙公司" : "甲公司", project: `项目${Math.floor(k / 4)}`, year: k % 3 ? 2025 : 2024, fn: `${ns}.${c.fn.meta.zhName}`, args: c.args };
      rows.push({ cells: [record.enterprise, record.project, record.year, record.fn, ...pad(c.args), ""], record });
      if (k === 2) rows.push({ cells: header.map(() => "") }); // a blank row in the middle
    });
    rows.push({ cells: ["乙公司", "项目X", 2024, `${ns}.NO_SUCH_FUNCTION`, ...pad([]), ""], record: { enterprise: "乙公司", project: "项目X", year: 2024, fn: `${ns}.NO_SUCH_FUNCTION`, args: [] } });
    rows.push({ cells: ["乙公司", "项目Y", "明年", `${ns}.${first.fn.meta.name}`, ...pad(first.args), ""], record: { enterprise: "乙公司", project: "项目Y", year: "明年", fn: `${ns}.${first.fn.meta.name}`, args: first.args } });
    // The exclusion names the city: the CLI knows every namespace's rules, an add-in only its own city's.
    rows.push({ cells: ["乙公司", "", "", `${ns}.排除`, "测试", ...pad([]).slice(1), ""], record: { enterprise: "乙公司", exclude: true, reason: "测试", namespace: ns } });
    const range = [header, ...rows.map((r) => r.cells)];
    const withRecords = rows.filter((r) => r.record);
    const cli = zhengceSettle(withRecords.map((r) => r.record));
    // The CLI's 第N行 (its input line) is this range's row: line i is the i-th row with a record.
    const rangeRow = new Map(withRecords.map((r, i) => [i + 1, rows.indexOf(r) + 2]));
    const relabel = (t: string) => t.replace(/第(\d+)行/g, (_, n) => `区域第${rangeRow.get(Number(n))}行`);

    const { context, errors, invoke } = await runtimePage(`${ns}/functions.html`);
    const [settled, reasons] = await invoke([{ name: SETTLE_ID, args: [range, null] }, { name: SETTLE_REASONS_ID, args: [range, null] }]);
    const amounts = (settled as { value: unknown[][] }).value.map((r) => r[0]);
    const why = (reasons as { value: string[][] }).value.map((r) => r[0]!);
    expect(amounts[0]).toBe("结算额（万元）");
    expect(amounts).toHaveLength(range.length);
    let claims = 0;
    rows.forEach((r, k) => {
      const got = amounts[k + 1], text = why[k + 1]!;
      if (!r.record) { expect(got).toBe(""); expect(text).toBe(""); return; }
      const want = cli[withRecords.indexOf(r)]!;
      if ("value" in want) {
        claims++;
        expect(got, `row ${k + 2}`).toBe(Number(want.value));
        for (const step of want.steps) expect(text).toContain(relabel(step.reason));
        if (!want.steps.length) expect(text.startsWith("按申报额兑现")).toBe(true);
      } else if ("history" in want) expect([got, text]).toEqual(["已兑现", "已兑现：不再支付，计入进档差额与上限"]);
      else if ("error" in want) {
        expect(String(got)).toMatch(/^错误：「(函数|年度)」列：/);
        expect(String(got)).toContain(want.error.slice(0, 12));
        expect(text).toBe(got);
      } else {
        expect(got).toBe("排除");
        expect(text).toBe((want as { note: string }).note);
      }
    });
    expect(claims).toBe(cases.length);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("task pane with Office.js present but no Office host", () => {
  it("loads the npm package's office.js (?office=1), stays in standalone mode, logs no console error", async () => {
    const ns = CITIES[0]!.namespace;
    const context = await isolatedContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}${ns}/taskpane.html?office=1`);
    await page.waitForFunction(() => typeof (window as any).Office !== "undefined");
    await expect.poll(() => page.locator("#catalogue li").count()).toBe(namespaces[ns]!.length);
    await page.waitForTimeout(1500);
    expect(await page.locator("#mode").textContent()).toContain("独立模式");
    expect(errors).toEqual([]);
    await context.close();
  });
});
