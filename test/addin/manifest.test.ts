// The manifests (one template, four add-ins, fixed Ids), the committed top-level manifest.xml, the validation
// rules, and formula text both ways.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { ADDINS, DEV_BASE_URL } from "../../addin/src/cities.js";
import { renderManifest } from "../../addin/src/manifest.js";
import { manifestTemplate, topLevelManifest } from "../../addin/src/build.js";
import { checkFunctionsJson, checkManifest } from "../../addin/src/validate.js";
import { argText, formulaFor, explainFormulaFor, parseCall, isCellReference } from "../../addin/src/formula.js";
import { WrittenNumber } from "../../runtime/numtext.js";
import type { ArgInput } from "../../runtime/adapter.js";
import { ROOT } from "./helpers.js";
import { loadFunctionsSchema } from "../../addin/src/excel/schema.js";

const template = manifestTemplate(ROOT);

describe("manifests", () => {
  it("the committed top-level manifest.xml is PINGHU's, rendered from addin/manifest.template.xml (run npm run build if this fails)", () => {
    const path = join(ROOT, "manifest.xml");
    expect(existsSync(path), "manifest.xml is missing: run npm run build").toBe(true);
    expect(readFileSync(path, "utf8")).toBe(topLevelManifest(ROOT));
    expect(readFileSync(path, "utf8")).toContain("<bt:String id=\"Functions.Namespace\" DefaultValue=\"PINGHU\"/>");
  });

  it("the Ids are the fixed GUIDs — changing one orphans every installed copy", () => {
    expect(Object.fromEntries(ADDINS.map((a) => [a.namespace, a.id]))).toEqual({
      PINGHU: "a515b66d-3155-4dbc-a8e5-4fd1985a2d83",
      HUZHOU: "d57c690c-1ffe-4deb-b690-21b57c2e1701",
      WUYI: "40276f80-efe3-4a9e-b838-d59b72422aae",
      SHAOXING: "5866a884-a4cf-46d0-b26f-85cffa363f56",
    });
  });

  it.each(ADDINS.map((a) => [a.namespace, a] as const))("%s: one namespace, its own Id, https URLs, every resid defined, zh-CN metadata override", (ns, a) => {
    const xml = renderManifest(template, a);
    const facts = checkManifest(xml);
    expect(facts.errors).toEqual([]);
    expect(facts.namespaces).toEqual([ns]);
    expect(facts.id).toBe(a.id);
    expect(facts.metadataUrl).toBe(`${DEV_BASE_URL}${ns}/functions.json`);
    expect(xml).toContain(`<bt:Override Locale="zh-cn" Value="${DEV_BASE_URL}${ns}/functions.zh-cn.json"/>`);
    expect(xml).not.toMatch(/\{\{|\}\}/);
  });

  it("a production base URL replaces https://localhost:3000/ everywhere", () => {
    const xml = renderManifest(template, ADDINS[1]!, "https://addins.example.cn/zhengce");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://addins.example.cn/zhengce/HUZHOU/functions.js");
    expect(checkManifest(xml).errors).toEqual([]);
  });

  it("the rules catch what the old XSD cannot", () => {
    const good = renderManifest(template, ADDINS[0]!);
    expect(checkManifest(good.replace('resid="Functions.Page.Url"', 'resid="Nope.Url"')).errors.join()).toContain("resid 未定义：Nope.Url");
    expect(checkManifest(renderManifest(template, ADDINS[0]!, "http://example.com/")).errors.join()).toContain("https");
    expect(checkManifest(good.replace('DefaultValue="PINGHU"/>', 'DefaultValue="平湖"/>')).errors.join()).toContain("ASCII");
    expect(checkManifest(good.replace('DefaultValue="PINGHU"/>', `DefaultValue="${"X".repeat(33)}"/>`)).errors.join()).toContain("32");
    const twoNs = good.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Namespace"/><Namespace resid="Functions.Namespace"/>');
    expect(checkManifest(twoNs).errors.join()).toContain("恰好声明一个");
  });

  it("function ids and names are checked", () => {
    const fns = (id: string, name: string, type = "any") => ({ functions: [{ id, name, description: "说明", parameters: [{ name: "金额", type }] }] });
    expect(checkFunctionsJson(fns("EQUIPMENT", "设备投资奖励"), "t")).toEqual([]);
    expect(checkFunctionsJson(fns("EQ", "设备投资奖励"), "t").join()).toContain("3–64");
    expect(checkFunctionsJson(fns("1EQUIP", "设备投资奖励"), "t").join()).toContain("[A-Za-z]");
    expect(checkFunctionsJson(fns("EQUIP-MENT", "设备投资奖励"), "t").join()).toContain("[A-Za-z]");
    expect(checkFunctionsJson(fns("EQUIPMENT", "设备（投资）"), "t").join()).toContain("函数名");
    expect(checkFunctionsJson(fns("EQUIPMENT", "设备投资奖励", "number"), "t").join()).toContain("any");
  });
});

describe("formula text", () => {
  it("builds the ready formula, dropping trailing omitted arguments and doubling quotes", () => {
    expect(formulaFor("PINGHU", "EQUIPMENT", [4000, "A类"])).toBe('=PINGHU.EQUIPMENT(4000,"A类")');
    expect(formulaFor("PINGHU", "AI_COMPUTE", [100, null, 2, null])).toBe("=PINGHU.AI_COMPUTE(100,,2)");
    expect(formulaFor("WUYI", "X", [true, 'a"b'])).toBe('=WUYI.X(TRUE,"a""b")');
    expect(explainFormulaFor("PINGHU", "EQUIPMENT", [4000, "A类"])).toBe('=PINGHU.EXPLAIN("EQUIPMENT",4000,"A类")');
  });

  it("reads a call back out of a cell formula", () => {
    expect(parseCall('=PINGHU.EQUIPMENT(4000,"A类")', "PINGHU")).toEqual({ name: "EQUIPMENT", args: [{ value: new WrittenNumber("4000") }, { value: "A类" }], viaExplain: false });
    expect(parseCall('=ROUND(pinghu.Equipment(B2, "A""类"), 2) + 1', "PINGHU")).toEqual({ name: "Equipment", args: [{ ref: "B2" }, { value: 'A"类' }], viaExplain: false });
    expect(parseCall("=PINGHU.设备投资奖励('Sheet 1'!$B$2,,TRUE,5%)", "PINGHU")).toEqual({ name: "设备投资奖励", args: [{ ref: "'Sheet 1'!$B$2" }, { value: null }, { value: true }, { value: new WrittenNumber("5e-2") }], viaExplain: false });
    // Percent literals stay exact (through a double, 1.1% was 1.1 / 100 = 0.011000000000000001): the form shows exact decimals.
    const pct = parseCall("=PINGHU.X(1.1%,56%,1.5E3,12345678901234567890.123456%)", "PINGHU")!.args.map((a) => argText((a as { value: ArgInput }).value));
    expect(pct).toEqual(["0.011", "0.56", "1500", "123456789012345678.90123456"]);
    expect(parseCall('=PINGHU.EXPLAIN("EQUIPMENT",B2,SUM(C1:C3))', "PINGHU")).toEqual({ name: "EQUIPMENT", args: [{ ref: "B2" }, { ref: "SUM(C1:C3)" }], viaExplain: true });
    expect(parseCall("=HUZHOU.X(1)", "PINGHU")).toBeNull();
    expect(parseCall("=XPINGHU.X(1)", "PINGHU")).toBeNull();
    expect(isCellReference("'Sheet 1'!$B$2")).toBe(true);
    expect(isCellReference("SUM(C1:C3)")).toBe(false);
  });
});

describe("the functions.json JSON Schema check", () => {
  it("without ../shared there is no schema to check against (npm run validate then says it skipped the check)", () => {
    expect(loadFunctionsSchema(join(tmpdir(), "no-such-checkout", "repo"))).toBeNull();
  });
});
