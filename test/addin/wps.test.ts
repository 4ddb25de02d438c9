// The WPS add-ins without a browser: functions.json for every namespace, registration through a recording wps
// object (every policy example = callFunction), the files the build writes, and `npm run validate`'s WPS rules —
// each rule shown to catch what it is for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { callFunction } from "../../runtime/adapter.js";
import { ADDINS, BUILTIN_IDS } from "../../addin/src/cities.js";
import { registerWps, wpsFunctionsJson, WpsCellError, WPS_NAME_RULE } from "../../addin/src/wps/functions.js";
import { jspluginsXml, offlineFolder, offlinePublishXml, wpsManifest, wpsRibbon } from "../../addin/src/wps/files.js";
import { checkJsplugins, checkRibbon, checkWpsFunctionsJson, checkWpsManifest, parseXml, validateWpsDir } from "../../addin/src/wps/validate.js";
import type { WpsBuildInfo } from "../../addin/src/wps/build.js";
import { JSADDONS, WPS_MIN_VERSION, wpsInstructions } from "../../addin/src/wps/instructions.js";
import { exampleArgs, project } from "./helpers.js";
import { buildFresh, type BuiltAddins } from "./chromium.js";

const { namespaces, examples } = project();
const NS = ADDINS.map((a) => a.namespace).filter((ns) => namespaces[ns]?.length);
const PINGHU = ADDINS.find((a) => a.namespace === "PINGHU")!;

/** A recording wps object: registered callbacks by name. */
function recordingWps() {
  const callbacks = new Map<string, (...args: unknown[]) => unknown>();
  const calls: unknown[][] = [];
  return {
    callbacks, calls,
    AddCustomFunction: (...args: Parameters<WPS.EtAddonRoot["AddCustomFunction"]>) => {
      calls.push(args);
      callbacks.set(args[1], args[2] as (...a: unknown[]) => unknown);
    },
  };
}

describe("functions.json for WPS", () => {
  it.each(NS)("%s: every compiled function then EXPLAIN, SETTLE, SETTLE_REASONS, ASCII names, Chinese descriptions, passes our rules", (ns) => {
    const json = wpsFunctionsJson(ns, namespaces[ns]!);
    expect(json.functions.map((f) => f.name)).toEqual([...namespaces[ns]!.map((f) => f.meta.name), ...BUILTIN_IDS]);
    expect(json.functions.every((f) => WPS_NAME_RULE.test(f.name))).toBe(true);
    expect(checkWpsFunctionsJson(json)).toEqual([]);
  });
});

describe("registration with wps.AddCustomFunction (recording stand-in, no browser)", () => {
  it(`all ${examples.length} policy examples: the callback returns callFunction's number or throws its message`, () => {
    const byNs = new Map(NS.map((ns) => {
      const wps = recordingWps();
      registerWps(ns, namespaces[ns]!, wps);
      return [ns, wps] as const;
    }));
    for (const { fn, example } of examples) {
      const args = exampleArgs(example);
      const want = callFunction(fn, args);
      const cb = byNs.get(fn.meta.namespace)!.callbacks.get(fn.meta.name)!;
      if (want.ok) expect(cb(...args), `${fn.meta.id} ${example.text}`).toBe(Number(want.value));
      else {
        expect(() => cb(...args)).toThrow(WpsCellError);
        try { cb(...args); } catch (e) {
          expect((e as WpsCellError).message).toBe(want.error);
          expect((e as WpsCellError).name).toBe(want.lookup ? "#N/A" : "#VALUE!");
        }
      }
    }
  });

  it("each call is AddCustomFunction(namespace, name, callback, metadata) with the functions.json entry", () => {
    const wps = recordingWps();
    registerWps("PINGHU", namespaces.PINGHU!, wps);
    const json = wpsFunctionsJson("PINGHU", namespaces.PINGHU!);
    expect(wps.calls.map(([ns, name, cb, meta]) => [ns, name, typeof cb, meta])).toEqual(json.functions.map(({ name, ...meta }) => ["PINGHU", name, "function", meta]));
  });
});

describe("the files", () => {
  it("manifest.xml is the <JsPlugin> of WPS's template with the city's namespace", () => {
    const { doc } = parseXml(wpsManifest(PINGHU));
    expect(doc).toMatchObject({ JsPlugin: { ApiVersion: "1.0.0", Name: "zhengce_PINGHU", Functions: { Uri: "/functions.json", Namespace: "PINGHU" } } });
    expect(checkWpsManifest(wpsManifest(PINGHU), "PINGHU")).toEqual([]);
  });

  it("ribbon.xml: a 政策函数 tab whose button calls OnAction", () => {
    const { doc } = parseXml(wpsRibbon(PINGHU));
    expect(doc).toMatchObject({ customUI: { ribbon: { tabs: { tab: { "@label": "政策函数·平湖", group: { button: { "@id": "zhengceTaskpane", "@onAction": "OnAction" } } } } } } });
    const checked = checkRibbon(wpsRibbon(PINGHU));
    expect(checked.errors).toEqual([]);
    expect(checked.callbacks.sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad"]);
  });

  it("jsplugins.xml lists each city online; publish.xml lists the offline folder <name>_<version>", () => {
    const xml = jspluginsXml(ADDINS, "https://addins.example.cn/zhengce/wps/");
    expect(xml).toContain('<jspluginonline name="zhengce_HUZHOU" type="et" url="https://addins.example.cn/zhengce/wps/HUZHOU/"/>');
    expect(parseXml(offlinePublishXml(PINGHU, "1.2.3")).doc).toMatchObject({ jsplugins: { jsplugin: { "@name": "zhengce_PINGHU", "@type": "et", "@url": "zhengce_PINGHU_1.2.3", "@version": "1.2.3" } } });
    expect(offlineFolder("PINGHU", "1.2.3")).toBe("zhengce_PINGHU_1.2.3");
  });
});

describe("npm run validate, WPS rules", () => {
  it("manifest: not well-formed, wrong namespace, wrong Uri", () => {
    const good = wpsManifest(PINGHU);
    expect(checkWpsManifest(good.replace("</Functions>", ""), "PINGHU").join()).toContain("XML 格式错误");
    expect(checkWpsManifest(good, "HUZHOU").join()).toContain("<Namespace> 须为 HUZHOU");
    expect(checkWpsManifest(good.replace("/functions.json", "functions.json"), "PINGHU").join()).toContain("Uri");
    expect(checkWpsManifest(good.replace("<Namespace>PINGHU", "<Namespace>平湖"), "平湖").join()).toContain("ASCII");
  });

  it("functions.json: Chinese or duplicate names, types, required after optional, unknown keys", () => {
    const json = wpsFunctionsJson("PINGHU", namespaces.PINGHU!);
    const tweak = (f: (x: typeof json) => void) => { const c = structuredClone(json); f(c); return checkWpsFunctionsJson(c).join("\n"); };
    expect(tweak((c) => { (c.functions[0] as { name: string }).name = "设备投资奖励"; })).toContain("[A-Za-z_]");
    expect(tweak((c) => { (c.functions[1] as { name: string }).name = c.functions[0]!.name.toLowerCase(); })).toContain("函数名重复");
    expect(tweak((c) => { c.functions[0]!.parameters[0]!.type = "number"; })).toContain("须声明为 any、any?、any[][]");
    expect(tweak((c) => { c.functions.at(-1)!.parameters.reverse(); })).toContain("排在可省略参数之后");
    expect(tweak((c) => { (c.functions[0] as Record<string, unknown>).id = "X"; })).toContain("不认识的键 id");
    expect(tweak((c) => { c.functions[0]!.result = { type: "string" }; })).toContain("结果类型");
  });

  it("ribbon.xml must start with <customUI", () => {
    expect(checkRibbon(`<!-- x -->\n${wpsRibbon(PINGHU)}`).errors.join()).toContain("须以 <customUI 开头");
  });

  it("jsplugins.xml: a missing city or a wrong type", () => {
    const info = { baseUrl: "https://x/wps/", version: "1", addins: ADDINS.map((a) => ({ namespace: a.namespace, name: `zhengce_${a.namespace}` })) } as unknown as WpsBuildInfo;
    expect(checkJsplugins(jspluginsXml(ADDINS, "https://x/wps/"), info)).toEqual([]);
    expect(checkJsplugins(jspluginsXml(ADDINS.slice(1), "https://x/wps/"), info).join()).toContain("没有列出 zhengce_PINGHU");
    expect(checkJsplugins(jspluginsXml(ADDINS, "https://x/wps/").replace('type="et"', 'type="wps"'), info).join()).toContain("type 须为 et");
  });

  describe("on a real build", () => {
    let built: BuiltAddins;
    beforeAll(async () => { built = await buildFresh(); });
    afterAll(() => { if (built) rmSync(built.dir, { recursive: true, force: true }); });

    it("npm start's WPS steps: per city the online address and the offline folder; a warning when the build's URL differs", () => {
      const info = JSON.parse(readFileSync(join(built.wpsDir, "build-info.json"), "utf8")) as WpsBuildInfo;
      const text = wpsInstructions("/unused", "https://localhost:3000/", info);
      expect(text).toContain(WPS_MIN_VERSION);
      expect(text).toContain("JSPluginsServer=https://localhost:3000/wps/jsplugins.xml");
      for (const a of info.addins) {
        expect(text).toContain(`${a.city}（${a.namespace}，${a.functions} 个函数 + EXPLAIN）`);
        expect(text).toContain(`加载项地址 https://localhost:3000/wps/${a.namespace}/`);
        expect(text).toContain(`cp -r "${join("dist", "wps", "offline", a.namespace, a.offlineFolder)}" ${JSADDONS.linux}/`);
      }
      expect(text).not.toContain("注意：jsplugins.xml 是按");
      expect(wpsInstructions("/unused", "http://localhost:4000/", info)).toContain("npm run build -- --base-url=http://localhost:4000/");
    });

    it("the build passes; a changed offline copy, an undefined ribbon callback or a changed metadata is caught", () => {
      expect(validateWpsDir(built.wpsDir).errors).toEqual([]);
      const info = JSON.parse(readFileSync(join(built.wpsDir, "build-info.json"), "utf8")) as WpsBuildInfo;
      const a = info.addins[0]!;

      const offlineJson = join(built.wpsDir, a.offline, a.offlineFolder, "functions.json");
      appendFileSync(offlineJson, " ");
      expect(validateWpsDir(built.wpsDir).errors.join("\n")).toContain("内容不同");
      writeFileSync(offlineJson, readFileSync(join(built.wpsDir, a.namespace, "functions.json")));

      const ribbon = join(built.wpsDir, a.namespace, "ribbon.xml");
      const original = readFileSync(ribbon, "utf8");
      writeFileSync(ribbon, original.replace('onAction="OnAction"', 'onAction="OnClick"'));
      expect(validateWpsDir(built.wpsDir).errors.join("\n")).toContain("回调 OnClick 没有由 addin.js 定义");
      writeFileSync(ribbon, original);

      const json = join(built.wpsDir, a.namespace, "functions.json");
      const text = readFileSync(json, "utf8");
      writeFileSync(json, text.replace('"type": "number"', '"type": "string[][]"'));
      expect(validateWpsDir(built.wpsDir).errors.join("\n")).toContain("注册时的元数据与 functions.json 不一致");
      writeFileSync(json, text);
      expect(validateWpsDir(built.wpsDir).errors).toEqual([]);
    });
  });
});
