// The task pane as a finance user meets it, in headless Debian Chromium: read as a person reads it (the text of
// rows and of the printed page), at 350 px (the pane's usual width) and 1000 px, with fresh screenshots in
// test-results/. Standalone (a plain browser: the settlement view takes a pasted table) and inside the WPS stand-in
// (the settlement view reads the selected range). The settlement pages are built with the hand-built PINGHU rules of
// test/settlement/fixtures.ts so that every amount below is worked by hand (see ledger-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { showMoneyWithYuan } from "../../runtime/show.js";
import { callFunction } from "../../runtime/adapter.js";
import { ADDINS } from "../../addin/src/cities.js";
import { PINGHU_RULES } from "../settlement/fixtures.js";
import { project } from "./helpers.js";
import { buildWithRules, isolatedContext, RESULTS, serveFreshAddins, watchConsole, type ServedAddins } from "./chromium.js";
import { installWpsStandIn, type WpsStandInConfig } from "./wps-standin.js";
import { LEDGER } from "./ledger-fixture.js";

const { namespaces } = project();

let served: ServedAddins | undefined;
let base = "";
let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  served = await serveFreshAddins((b) => buildWithRules(b, "PINGHU", PINGHU_RULES));
  ({ base, browser } = served);
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(() => served?.close());

/** A page at `width` px; window.print is recorded instead of opening a dialog (what was in #print-area at the call). */
async function open(width: number, wps?: WpsStandInConfig): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await isolatedContext(browser, blocked);
  if (wps) await context.addInitScript(installWpsStandIn, wps);
  await context.addInitScript(() => {
    const w = window as unknown as { __printed: string[][] };
    w.__printed = [];
    window.print = () => { w.__printed.push([...document.querySelectorAll("#print-area .sheet")].map((s) => (s as HTMLElement).innerText)); };
  });
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  return { page, errors: watchConsole(page), close: () => context.close() };
}

const printed = (page: Page) => page.evaluate(() => (window as unknown as { __printed: string[][] }).__printed);

/** Characters “·” that begin a visual line inside their block: the stray separators of a narrow page. */
function strayDots(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      for (let i = text.indexOf("·"); i >= 0; i = text.indexOf("·", i + 1)) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const dot = r.getBoundingClientRect();
        if (!dot.width) continue;
        // The line's start: the left of the nearest block ancestor's content box.
        let block = n.parentElement!;
        while (getComputedStyle(block).display.startsWith("inline")) block = block.parentElement!;
        const box = block.getBoundingClientRect(), style = getComputedStyle(block);
        const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
        if (dot.left - left < 3) out.push(`${block.tagName}.${block.className}: “${text.slice(Math.max(0, i - 10), i + 10)}”`);
      }
    }
    // Generated separators (::before “ · ”) cannot start a line: they sit after a no-break space (see taskpane.css).
    return out;
  });
}

/** A PDF's page count and first page size (points), read from its objects. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

const tsv = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join("\t")).join("\n") + "\n";

describe("index pages at 350 px", () => {
  it.each([["Excel", "addin/index.html"], ["WPS", "wps/index.html"]])("%s index: every city readable, no line that starts with a stray “·”", async (name, path) => {
    const { page, errors, close } = await open(350);
    await page.goto(`${base}${path}`);
    for (const a of ADDINS) expect(await page.locator("main").innerText()).toContain(`政策函数·${a.city}`);
    expect(await strayDots(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, `addin-index-${name}-350.png`), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});

describe("catalogue", () => {
  it("PINGHU: its two documents told apart by title, 文号 and date, the draft marked; no internal file name anywhere; a hint when a search finds nothing", async () => {
    const { page, errors, close } = await open(350);
    await page.goto(`${base}addin/PINGHU/taskpane.html`);
    await expect.poll(() => page.locator("#catalogue li").count()).toBe(namespaces.PINGHU!.length);
    expect(await page.locator("#catalogue h2.doc").allInnerTexts()).toEqual([
      "《平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）》（2024-08-13）",
      "《平湖市进一步推动经济高质量发展若干政策》（平政发〔2024〕10号，2024-04-14）",
    ]);
    // Each heading is followed by its own functions: EQUIPMENT (第20条) under the draft, and the 2024 ones under 10号.
    expect(await page.locator("#catalogue section.doc-group").nth(0).locator('a[data-fn="EQUIPMENT"]').count()).toBe(1);
    expect(await page.locator("#catalogue section.doc-group").nth(1).locator('a[data-fn="TECH_CENTER_2024"]').count()).toBe(1);
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{8,}|\.txt|\.zc\b/);
    expect(await strayDots(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-catalogue-350.png") });

    expect(await page.locator("#no-results").isHidden()).toBe(true);
    await page.fill("#search", "量子纠缠补贴");
    await expect.poll(() => page.locator("#no-results").isVisible()).toBe(true);
    expect(await page.locator("#no-results").innerText()).toContain("没有找到含“量子纠缠补贴”的函数");
    expect(await page.locator(".count").innerText()).toBe(`找到 0 个函数（共 ${namespaces.PINGHU!.length} 个）`);
    expect(await page.locator("#catalogue section.doc-group:not([hidden])").count()).toBe(0);
    await page.fill("#search", "第20条 设备");
    await expect.poll(() => page.locator("#no-results").isHidden()).toBe(true);
    expect(await page.locator("#catalogue section.doc-group:not([hidden])").count()).toBe(1); // only the draft holds 第20条
    expect(errors).toEqual([]);
    await close();
  });
});

describe("one function: the result in 万元 and 元, help as people read it, formulas that keep ids whole, a printable 测算单", () => {
  it("PINGHU.EQUIPMENT(4000, A类) at 350 and 1000 px, and its printed 测算单 (A4, one page)", async () => {
    const { page, errors, close } = await open(350);
    await page.goto(`${base}addin/PINGHU/taskpane.html#EQUIPMENT`);
    await page.waitForSelector("#try");
    // The blank option of an optional enum names its default; an enum's help does not repeat the choices the select lists.
    expect(await page.locator("#p1 option").first().innerText()).toBe("（省略，默认 其他）");
    expect(await page.locator(".field small").nth(1).innerText()).not.toContain("可选：");
    await page.fill("#p0", "4000");
    await page.selectOption("#p1", "A类");
    // 3000 × (3% + 1个百分点) + 1000 × (4% + 1个百分点) = 120 + 50 = 170万元 = 1,700,000.00元.
    await expect.poll(() => page.locator("#result").innerText()).toBe("结果：170万元（1,700,000.00元）");
    // Where the function comes from, as a reader names the document; never the internal source file.
    expect(await page.locator(".policy").innerText()).toBe("《平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）》（2024-08-13）");
    expect(await page.locator("body").innerText()).not.toMatch(/\d{3}_[0-9a-f]{8,}|\.txt\b|\.zc\b/);
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-detail-350.png"), fullPage: true });
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-detail-1000.png"), fullPage: true });

    await page.click("#print-sheet");
    const [sheets] = await printed(page);
    expect(sheets).toHaveLength(1);
    const sheet = sheets![0]!;
    for (const line of [
      "政策兑现测算单",
      "函数\t鼓励企业开展制造业投资（设备投资奖励，PINGHU.EQUIPMENT）",
      "政策文件\t《平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）》（2024-08-13）",
      "条款\t第20条",
      "公式\t=PINGHU.EQUIPMENT(4000,\"A类\")",
      "设备投资额\t4000",
      "企业类别\tA类",
      "170万元（1,700,000.00元）",
      "步骤\t值\t依据",
    ]) expect(sheet, line).toContain(line);
    // Every step of the trace is a row, its 依据 quoting 第20条.
    const trace = callFunction(namespaces.PINGHU!.find((f) => f.meta.name === "EQUIPMENT")!, [4000, "A类"], true);
    for (const t of trace.ok ? trace.trace ?? [] : []) expect(sheet).toContain(`${t.step}\t${t.value}`);
    expect(sheet).toMatch(/测算时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(sheet).toMatch(/经办人：[\s\S]*复核人：/);

    // In print media only the 测算单 shows; on A4, on one page.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#app").isHidden()).toBe(true);
    expect(await page.locator("#print-area").isVisible()).toBe(true);
    await page.screenshot({ path: join(RESULTS, "addin-print-function-sheet.png"), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(RESULTS, "addin-print-function-sheet.pdf"), pdf);
    const p = pdfPages(pdf);
    expect(p.pages).toBe(1);
    expect(Math.abs(p.width - 595.3)).toBeLessThan(2); // A4: 210 mm = 595.3 pt
    expect(Math.abs(p.height - 841.9)).toBeLessThan(2); // 297 mm = 841.9 pt
    await page.emulateMedia({ media: "screen" });

    // A bad argument: nothing to sign.
    await page.fill("#p0", "abc");
    await page.click("#print-sheet");
    expect(await printed(page)).toHaveLength(1);
    await expect.poll(() => page.locator(".status").innerText()).toContain("没有可打印的测算结果");
    expect(errors).toEqual([]);
    await close();
  });

  it("yes/no defaults read 否; a long id stays whole when the formula wraps at 350 px", async () => {
    const { page, errors, close } = await open(350);
    await page.goto(`${base}addin/PINGHU/taskpane.html#ENERGY_SAVING`);
    await page.waitForSelector("#try");
    const flag = namespaces.PINGHU!.find((f) => f.meta.name === "ENERGY_SAVING")!.meta.params.findIndex((p) => p.kind === "flag");
    expect(await page.locator(`#p${flag} option`).first().innerText()).toBe("（省略，默认 否）");
    expect(await page.locator("body").innerText()).not.toMatch(/默认 (false|true|FALSE|TRUE)/);

    // SHAOXING's longest id, and its explanation formula, at 350 px: each unbreakable piece on one line.
    const fn = namespaces.SHAOXING!.reduce((a, b) => (b.meta.name.length > a.meta.name.length ? b : a));
    await page.goto(`${base}addin/SHAOXING/taskpane.html#${fn.meta.name}`);
    await page.waitForSelector("#try");
    for (const [i, p] of fn.meta.params.entries()) {
      if (p.kind === "enum") await page.selectOption(`#p${i}`, p.values![0]!);
      else if (p.kind === "flag") await page.selectOption(`#p${i}`, "TRUE");
      else await page.fill(`#p${i}`, "123456");
    }
    const lines = await page.evaluate(() => [...document.querySelectorAll(".formula .fpart")].map((el) => ({ text: el.textContent, lines: el.getClientRects().length })));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
    expect(lines.map((l) => l.text)).toContain(`=SHAOXING.${fn.meta.name}(`);
    const wrapped = await page.evaluate(() => { const el = document.getElementById("explain-formula")!; return el.scrollHeight > 2 * parseFloat(getComputedStyle(el).lineHeight); });
    expect(wrapped).toBe(true); // the explanation formula does wrap at this width — between pieces, never inside one
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-SHAOXING-formula-350.png"), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  it("SHAOXING: a focused valid input shows the city's accent, far from the error red; an invalid one is red", async () => {
    const { page, errors, close } = await open(350);
    await page.goto(`${base}addin/SHAOXING/taskpane.html#EQUIPMENT`);
    await page.waitForSelector("#try");
    const hue = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((x) => Number(x) / 255) as [number, number, number];
      const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
      if (!d) return 0;
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const distance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
    const num = namespaces.SHAOXING!.find((f) => f.meta.name === "EQUIPMENT")!.meta.params.findIndex((p) => p.kind === "money");
    await page.fill(`#p${num}`, "500");
    await page.focus(`#p${num}`);
    const valid = await page.locator(`#p${num}`).evaluate((el) => ({ outline: getComputedStyle(el).outlineColor, invalid: el.getAttribute("aria-invalid") }));
    const bad = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bad").trim());
    expect(valid.invalid).toBe("false");
    expect(valid.outline).toBe("rgb(57, 73, 171)"); // #3949ab, SHAOXING's accent
    expect(bad).toBe("#b3261e");
    expect(distance(hue(valid.outline), hue("rgb(179, 38, 30)"))).toBeGreaterThan(90);
    await page.fill(`#p${num}`, "-5");
    const invalid = await page.locator(`#p${num}`).evaluate((el) => ({ outline: getComputedStyle(el).outlineColor, border: getComputedStyle(el).borderTopColor, invalid: el.getAttribute("aria-invalid") }));
    expect(invalid).toEqual({ outline: "rgb(179, 38, 30)", border: "rgb(179, 38, 30)", invalid: "true" });
    expect(await page.locator("#result").innerText()).toMatch(/^#VALUE! /); // (the ✕ before it is drawn by CSS)
    expect(await page.locator("#result").evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"✕ "');
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-SHAOXING-invalid-350.png"), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});

describe("汇总/兑现测算", () => {
  it("standalone: a pasted ledger settled per enterprise with steps and 原文, totals, a budget; one printed 测算单 per enterprise", async () => {
    const { page, errors, close } = await open(350);
    await page.goto(`${base}addin/PINGHU/taskpane.html`);
    await page.click("#open-settle");
    await page.waitForSelector("#ledger-paste");
    await page.goto(`${base}addin/PINGHU-rules/taskpane.html#SETTLE`);
    await page.waitForSelector("#ledger-paste");
    await page.fill("#ledger-paste", tsv(LEDGER));
    await page.waitForSelector("#settle-summary");
    // Hand-worked (ledger-fixture.ts): 15 + 170 + 0 + 0 = 185万元 over 4 claims; row 7 is the one error.
    expect(await page.locator("#settle-summary").innerText()).toBe("7 行：4 条申报，结算额合计 185万元（1,850,000.00元）；1 行有错误（见各行），其余各行照常结算");
    expect(await page.locator(".enterprise h2").allInnerTexts()).toEqual(["甲公司", "乙公司", "丙公司"]);
    const row = (n: number) => page.locator(`.settle-row[data-row="${n}"]`).innerText();
    expect(await row(2)).toContain("已兑现");
    expect(await row(3)).toMatch(/第3行\s+厂区 · 2024年 · 鼓励绿色低碳制造体系建设（绿色工厂、绿色园区、绿色产品）（第19条）\s+15万元\s+申报额 25万元/);
    expect(await row(3)).toContain("进档差额（附则6「绿色工厂进档差额」） 25万元 → 15万元：进档差额：同一项目在「绿色工厂」已兑现 10万元，只奖励差额 25万元 − 10万元 = 15万元");
    expect(await row(3)).toContain("依据：“同一项目进档升级，属定额奖励的给予两档之间的差额奖励”");
    expect(await row(4)).toMatch(/170万元[\s\S]*按申报额兑现 170万元/);
    expect(await row(5)).toContain("就高：已按「鼓励企业开展制造业投资」第20条计（第4行，170万元）");
    expect(await row(7)).toContain("第7行「参数1」列：PINGHU.EQUIPMENT：「设备投资额」须为数");
    expect(await row(8)).toContain("排除：列入一票否决事项名单（第9行）");
    expect(await page.locator('[data-total="甲公司"]').innerText()).toBe("甲公司合计：结算额 185万元（1,850,000.00元），申报额 220万元，3 条申报"); // 25 + 170 + 25
    expect(await page.locator('[data-total="丙公司"]').innerText()).toBe("丙公司合计：结算额 0万元（0.00元），申报额 60万元，1 条申报");
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-settle-350.png"), fullPage: true });
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.screenshot({ path: join(RESULTS, "addin-taskpane-settle-1000.png"), fullPage: true });

    // One sheet per enterprise, each with its rows, steps, totals in 万元 and 元, and the sign-off.
    await page.click("#print-settlement");
    const [sheets] = await printed(page);
    expect(sheets!.map((s) => /企业\t(.+)/.exec(s)?.[1])).toEqual(["甲公司", "乙公司", "丙公司"]);
    expect(sheets![0]).toContain("结算额合计 185万元（1,850,000.00元）");
    expect(sheets![0]).toContain("申报额合计 220万元（2,200,000.00元）");
    expect(sheets![0]).toContain("第3行\t厂区 · 2024年 · 鼓励绿色低碳制造体系建设（绿色工厂、绿色园区、绿色产品）（第19条）\t25万元\t15万元");
    expect(sheets![0]).toContain("依据：“同一项目进档升级，属定额奖励的给予两档之间的差额奖励”"); // row 3, 进档差额
    expect(sheets![0]).toContain("依据：“不重复奖励，就高执行”"); // row 5, 就高
    expect(sheets![0]).toContain("《平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）》（2024-08-13）");
    expect(sheets![1]).toContain("第7行「参数1」列：PINGHU.EQUIPMENT：「设备投资额」须为数");
    expect(sheets![2]).toContain("结算额合计 0万元（0.00元）");
    for (const s of sheets!) {
      expect(s).toMatch(/测算时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
      expect(s).toMatch(/经办人：[\s\S]*复核人：/);
      expect(s).toContain("预算总额\t未给出（不压减）");
    }
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(RESULTS, "addin-print-settlement-sheets.png"), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(RESULTS, "addin-print-settlement-sheets.pdf"), pdf);
    const p = pdfPages(pdf);
    expect(p.pages).toBeGreaterThanOrEqual(3); // each enterprise starts a page of its own
    expect(Math.abs(p.width - 595.3)).toBeLessThan(2);
    const starts = await page.evaluate(() => [...document.querySelectorAll("#print-area .sheet")].map((s) => getComputedStyle(s).breakAfter));
    expect(starts).toEqual(["page", "page", "auto"]);
    await page.emulateMedia({ media: "screen" });

    // A budget of 100万元: 15 × 100 ÷ 185 → 8.108108, 170 × 100 ÷ 185 → 91.891892 (they sum to 100).
    await page.fill("#settle-budget", "100");
    await expect.poll(() => page.locator("#settle-summary").innerText()).toContain("结算额合计 100万元（1,000,000.00元）");
    expect(await row(3)).toMatch(/8\.108108万元/);
    expect(await row(4)).toMatch(/91\.891892万元/);
    await page.fill("#settle-budget", "-1");
    await expect.poll(() => page.locator("#settle-error").innerText()).toContain("预算");
    // A table without the header row is said so, in Chinese.
    await page.fill("#settle-budget", "");
    await page.fill("#ledger-paste", tsv(LEDGER.slice(1)));
    await expect.poll(() => page.locator("#settle-error").innerText()).toContain("粘贴的表格的第一行须为表头：表头缺少「企业」列");
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("in WPS 表格: the selected range (B3 onwards) settled, rows and columns named as the sheet names them", async () => {
    // The ledger selected at B3:I13: sheet row = ledger row + 2, sheet column = ledger column + 1 (参数1 is F).
    const values = LEDGER.map((r) => r.map((c) => (c === "" ? null : c)));
    const { page, errors, close } = await open(350, { selection: { address: "B3:I13", values } });
    await page.goto(`${base}addin/PINGHU-rules/taskpane.html#SETTLE`);
    await page.waitForSelector("#settle-selection");
    expect(await page.locator("#ledger-paste").count()).toBe(0);
    await page.click("#settle-selection");
    await page.waitForSelector("#settle-summary");
    expect(await page.locator("#settle-summary").innerText()).toContain("结算额合计 185万元（1,850,000.00元）");
    expect(await page.locator('.settle-row[data-row="9"]').innerText()).toContain("第9行 F列（参数1）：PINGHU.EQUIPMENT：「设备投资额」须为数");
    expect(await page.locator('.settle-row[data-row="7"]').innerText()).toContain("就高：已按「鼓励企业开展制造业投资」第20条计（第6行，170万元）");
    await expect.poll(() => page.locator(".status").innerText()).toBe("已结算 B3:I13。");
    await page.screenshot({ path: join(RESULTS, "wps-taskpane-settle-350.png"), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { __wps: { unexpected: string[] } }).__wps.unexpected)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("showMoneyWithYuan in the pane = runtime/show.ts", () => {
  it("a large amount is grouped in both units", () => {
    // 12,345.678901万元 = 123,456,789.01元 (the 6th decimal of 万元 is 1 分).
    expect(showMoneyWithYuan("12345.678901")).toBe("12,345.678901万元（123,456,789.01元）");
  });
});
