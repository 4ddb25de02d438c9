// The drafting studio in headless Debian Chromium (playwright-core, as for the add-in): built from dsl/studio into a
// temporary folder and served from 127.0.0.1; every other request is aborted and must not happen; no console error.
// Expected values come from the policy text by hand or from the CLI (`zhengce test`, `zhengce eval`), never from
// the studio itself. Screenshots go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildStudio, type StudioBuildInfo } from "../../dsl/studio/build.js";
import { closeServer, launchChromium, RESULTS, serveDir, watchConsole } from "../addin/chromium.js";
import { cli, countExampleLines, countLedgers, LARGEST, policyText, ROOT } from "./helpers.js";
import { project } from "../addin/helpers.js";
import { callFunction } from "../../runtime/adapter.js";
import { explainRows } from "../../runtime/explain.js";

let browser: Browser;
let server: Server;
let base = "";
let outDir = "";
let info: StudioBuildInfo;
const outside: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  outDir = mkdtempSync(join(tmpdir(), "zhengce-studio-"));
  info = await buildStudio({ root: ROOT, outDir, log: () => {} });
  ({ server, base } = await serveDir(outDir));
});

afterAll(async () => {
  await browser?.close();
  await closeServer(server);
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A context where only the studio's own server answers; anything else is recorded and aborted. */
async function context(width = 1280, height = 860): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: "zh-CN", acceptDownloads: true });
  await ctx.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" && route.request().method() === "GET") return route.continue();
    outside.push(`${route.request().method()} ${url.href}`);
    return route.abort();
  });
  return ctx;
}

/** The summary for a file whose examples all pass, the count taken from the text (check.test.ts ties it to zhengce test). */
const allPass = (path: string, n = countExampleLines(policyText(path))) => `运行了 ${n} 个示例：${n} 个通过，0 个失败`;
const summary = (page: Page) => page.locator("[data-testid=examples-summary]").textContent();
const editorText = (page: Page) => page.locator("[data-testid=editor]").evaluate((el) => [...el.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n"));

async function open(page: Page, path: string): Promise<void> {
  await page.selectOption("#file", path);
  await expect.poll(() => summary(page), { timeout: 30_000 }).toBe(allPass(path));
}

/** A fresh studio page with its console watched, the largest policy file opened and its examples passing. */
async function studioWithLargest(): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await context();
  const page = await ctx.newPage();
  const errors = watchConsole(page);
  await page.goto(`${base}index.html`);
  await open(page, LARGEST);
  return { ctx, page, errors };
}

/** Puts the cursor at the end of the (visible) editor line holding `text`. */
async function cursorToLineEnd(page: Page, text: string): Promise<void> {
  await page.locator(".cm-line", { hasText: text }).first().click();
  await page.keyboard.press("End");
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `studio-${name}.png`) });
}

describe("起草台 in Chromium", () => {
  it("shows a worker that cannot start instead of hiding it", async () => {
    const ctx = await context();
    await ctx.route("**/worker.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "throw new Error('编译器坏了');" }));
    const page = await ctx.newPage();
    await page.goto(`${base}index.html`);
    await expect.poll(() => page.locator("#worker-failure").textContent(), { timeout: 20_000 }).toContain("编译器线程出错");
    expect(await page.locator("#worker-failure").isVisible()).toBe(true);
    await ctx.close();
  });

  it("is static files under the size goal, and the page loads offline with the project's policy checked", async () => {
    expect(info.files.map((f) => f.name)).toEqual(expect.arrayContaining(["index.html", "main.js", "worker.js", "taskpane.css", "studio.css"]));
    expect(info.gzipBytes).toBeLessThan(400 * 1024);
    const ctx = await context();
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}index.html`);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^运行了 \d+ 个示例：\d+ 个通过，0 个失败$/);
    expect(await page.locator("#diag-count").textContent()).toBe("没有发现问题");
    expect(await page.locator("#worker-failure").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("a unit error typed into the largest policy shows Z0401 with a squiggle; the fix brings every example back", async () => {
    const { ctx, page, errors } = await studioWithLargest();
    // Its 结算示例 are settled too (across both PINGHU files), worded as zhengce test words them.
    expect(await page.locator("[data-testid=ledgers-summary]").textContent()).toMatch(new RegExp(`^结算了 ${countLedgers(policyText(LARGEST))} 本示例台账：\\d+ 行相符，0 行不符$`));
    await page.selectOption("#clause", "EQUIPMENT");
    await cursorToLineEnd(page, "结果 = 分段奖励 封顶 500万元");
    await page.keyboard.type(" + 3%");   // 500万元 + 3%: money plus a ratio
    const unit = page.locator("[data-testid=diagnostics] li[data-code=Z0401]");
    await expect.poll(() => unit.count(), { timeout: 30_000 }).toBe(1);
    const text = await unit.textContent();
    expect(text).toContain("错误[Z0401] 单位不相容：");
    const line = policyText(LARGEST).split("\n").findIndex((l) => l.includes("结果 = 分段奖励 封顶 500万元")) + 1;
    expect(text).toContain(`第 ${line} 行`);
    expect(await page.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await summary(page)).toBe("文件有错误，示例未运行：先改正上面的错误。");
    await screenshot(page, "unit-error");

    // Clicking the diagnostic moves the cursor to its line.
    await page.selectOption("#clause", "ENERGY_SAVING");
    await unit.click();
    await expect.poll(() => page.locator(".cm-activeLine").textContent()).toContain("结果 = 分段奖励 封顶 500万元 + 3%");

    await page.keyboard.press("End");
    for (let i = 0; i < " + 3%".length; i++) await page.keyboard.press("Backspace");
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe(allPass(LARGEST));
    expect(await page.locator("[data-testid=diagnostics] li").count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("a wrong hand-computed example shows expected and actual and jumps to its line", async () => {
    const { ctx, page, errors } = await studioWithLargest();
    await page.selectOption("#clause", "EQUIPMENT");
    await cursorToLineEnd(page, "设备投资额 = 2000万元 → 60万元");
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    await page.keyboard.type("设备投资额 = 2000万元 → 61万元");   // by hand 2000 × 3% = 60
    const n = countExampleLines(policyText(LARGEST));
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe(`运行了 ${n} 个示例：${n - 1} 个通过，1 个失败`);
    const failure = page.locator("[data-testid=examples] li.failure");
    expect(await failure.count()).toBe(1);
    expect(await failure.locator(".expected").textContent()).toBe("期望：61万元");
    expect(await failure.locator(".actual").textContent()).toBe("实际：60万元");
    await page.selectOption("#clause", "ENERGY_SAVING");
    await failure.click();
    await expect.poll(() => page.locator(".cm-activeLine").textContent()).toContain("设备投资额 = 2000万元 → 61万元");
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("try-it runs the clause under the cursor through the task pane's form, with the compiled evaluator's trace", async () => {
    const { ctx, page, errors } = await studioWithLargest();
    await page.selectOption("#clause", "EQUIPMENT");
    await expect.poll(() => page.locator("[data-testid=tryit] label[for=p0]").textContent()).toContain("设备投资额");
    await page.fill("#p0", "4000");
    await page.selectOption("#p1", "A类");
    // 3000 × 4% + 1000 × 5% = 120 + 50 = 170 (README, 起草人的五分钟).
    await expect.poll(() => page.locator("#result-value").textContent()).toBe("170");
    // The trace of the compiled evaluator (emitted code, as zhengce eval runs it), not the studio's interpreter.
    const compiled = callFunction(project().registry.get("PINGHU.EQUIPMENT")!, [4000, "A类"], true);
    const rows = compiled.ok ? explainRows(project().registry.get("PINGHU.EQUIPMENT")!.meta, compiled.trace ?? []).slice(1) : [];
    expect(rows.length).toBeGreaterThan(3);
    const shown = await page.locator("#trace tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(shown).toEqual(rows);
    await page.fill("#p0", "不是数");
    await expect.poll(() => page.locator("#result-error").textContent()).toContain("「设备投资额」");
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("draws ENERGY_SAVING's payout curve and reports the drop at 300万元 with tier-2 savings; usable at 1024 px", async () => {
    const { ctx, page, errors } = await studioWithLargest();
    await page.selectOption("#clause", "ENERGY_SAVING");
    // Form empty: the curve takes the first example's tier-1 savings (no drop there), but the scan of the other
    // inputs finds it, with the inputs that show it (节能量 40: second band only).
    const scanned = page.locator("[data-testid=scan] li");
    await expect.poll(() => scanned.first().textContent(), { timeout: 20_000 }).toBe("下降：设备投资额 从 299.999999万元 增到 300万元，结果从 24万元 降到 0万元当 节能量 = 40吨标煤，二氧化碳减排量 = 80吨，示范项目 = 否");
    expect(await page.locator("[data-testid=findings] li[data-kind=drop]").count()).toBe(0);
    await page.fill("#p0", "50");
    await page.fill("#p1", "0");
    const drop = page.locator("[data-testid=findings] li[data-kind=drop]");
    await expect.poll(() => drop.textContent(), { timeout: 10_000 }).toBe("下降：设备投资额 从 299.999999万元 增到 300万元，结果从 24万元 降到 0万元");
    expect(cli(["eval", "PINGHU.ENERGY_SAVING", "50", "0", "299.999999"], {}).split("\n")[0]).toBe("24");
    expect(cli(["eval", "PINGHU.ENERGY_SAVING", "50", "0", "300"], {}).split("\n")[0]).toBe("0");
    // The chart is drawn: the canvas has the curve's pixels.
    const inked = await page.locator("[data-testid=chart] canvas").evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(500);
    await page.locator("[data-testid=curve]").scrollIntoViewIfNeeded();
    await screenshot(page, "curve-1280");
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    expect((await page.locator("[data-testid=editor]").boundingBox())!.width).toBeGreaterThan(450);
    await screenshot(page, "curve-1024");
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("saves through the File System Access API, and the text survives a reload", async () => {
    const ctx = await context();
    await ctx.addInitScript(() => {
      const w = window as any;
      w.__saved = [];
      w.showSaveFilePicker = async (o: { suggestedName: string }) => ({
        name: o.suggestedName, getFile: async () => new File([], o.suggestedName),
        createWritable: async () => { let text = ""; return { write: async (t: string) => { text += t; }, close: async () => { w.__saved.push({ name: o.suggestedName, text }); } }; },
      });
    });
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}index.html`);
    await open(page, "policies/wuyi-002.zc");
    await cursorToLineEnd(page, "命名空间 WUYI");
    await page.keyboard.type("   # 草稿：起草台里改过");
    await page.click("#save");
    await expect.poll(() => page.locator("#status").textContent()).toBe("已保存到 wuyi-002.zc");
    const saved = await page.evaluate(() => (window as any).__saved as { name: string; text: string }[]);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text).toBe(policyText("policies/wuyi-002.zc").replace("命名空间 WUYI", "命名空间 WUYI   # 草稿：起草台里改过"));
    await page.waitForTimeout(400); // local storage is written 200 ms after the last change
    await page.reload();
    await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain("命名空间 WUYI   # 草稿：起草台里改过");
    expect(await page.locator("#file-name").textContent()).toContain("wuyi-002.zc");
    await screenshot(page, "reloaded");
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("without the File System Access API it saves as a download; a local file that is not UTF-8 gets a message", async () => {
    const ctx = await context();
    await ctx.addInitScript(() => {
      const w = window as any;
      w.showSaveFilePicker = undefined;
      w.showOpenFilePicker = undefined;
    });
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}index.html`);
    await open(page, "policies/huzhou-001.zc");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
    expect(download.suggestedFilename()).toBe("huzhou-001.zc");
    expect(readFileSync(await download.path(), "utf8")).toBe(policyText("policies/huzhou-001.zc"));
    await expect.poll(() => page.locator("#status").textContent()).toContain("已下载 huzhou-001.zc");

    const gbk = Buffer.from([0xd5, 0xfe, 0xb2, 0xdf, 0x0a]); // 政策 in GBK
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("#open-local")]);
    await chooser.setFiles({ name: "gbk.zc", mimeType: "text/plain", buffer: gbk });
    await expect.poll(() => page.locator("#status").textContent()).toContain("不是 UTF-8 编码");

    const local = "政策 测试\n命名空间 LOCALTEST\n";
    const [chooser2] = await Promise.all([page.waitForEvent("filechooser"), page.click("#open-local")]);
    await chooser2.setFiles({ name: "local.zc", mimeType: "text/plain", buffer: Buffer.from(local) });
    await expect.poll(() => editorText(page)).toBe(local.trimEnd() + "\n");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await ctx.close();
  });
});
