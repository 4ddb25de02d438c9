// `npm run validate`, WPS part: offline checks of dist/wps/. There is no published schema for WPS add-ins, so: every
// XML file well-formed (fast-xml-parser's validator), and our rules drawn from WPS's tooling (npm wpsjs 2.2.3) and
// types (et-jsapi-declare): the <JsPlugin> manifest points at functions.json and names the city's namespace;
// function names [A-Za-z_][A-Za-z0-9_]*, unique; parameters typed any / any? with required ones first; ribbon.xml
// starts with <customUI and every callback it names is defined by addin.js; addin.js registers exactly the
// functions of functions.json with the same metadata; the task pane stays inside the folder; jsplugins.xml lists
// every city; the offline package is the same files under the name publish.xml gives.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ADDINS } from "../cities.js";
import { WPS_OUT_DIR, type WpsBuildInfo } from "./build.js";
import { WPS_FILES, WPS_SCRIPT, offlineFolder, wpsAddinName } from "./files.js";
import { WPS_MIXED_TABLE_TYPE, WPS_NAME_RULE, WPS_TABLE_TYPE, type WpsFunctionsJsonEntry } from "./functions.js";

export interface WpsReport {
  readonly checked: string[];
  readonly errors: string[];
}

const CUSTOM_UI = "http://schemas.microsoft.com/office/2006/01/customui";
const RESULT_TYPES = ["number", WPS_TABLE_TYPE, WPS_MIXED_TABLE_TYPE];
const PARAM_TYPES = ["any", "any?", WPS_MIXED_TABLE_TYPE];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, trimValues: true });

type Xml = Record<string, unknown>;

/** The parsed document, or the reason it is not well-formed. */
export function parseXml(text: string): { doc?: Xml; error?: string } {
  const ok = XMLValidator.validate(text);
  if (ok !== true) return { error: `XML 格式错误（第 ${ok.err.line} 行第 ${ok.err.col} 列）：${ok.err.msg}` };
  return { doc: parser.parse(text) as Xml };
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function checkWpsManifest(xml: string, namespace: string): string[] {
  const { doc, error } = parseXml(xml);
  if (!doc) return [error!];
  const root = doc.JsPlugin as Xml | undefined;
  if (!root) return ["根元素须为 <JsPlugin>"];
  const errors: string[] = [];
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  if (!text(root.ApiVersion)) errors.push("缺少 <ApiVersion>");
  if (!/^[\x21-\x7e]+$/.test(text(root.Name))) errors.push(`<Name> 须为 ASCII（收到「${text(root.Name)}」）`);
  const fns = root.Functions as Xml | undefined;
  if (!fns) return [...errors, "缺少 <Functions>"];
  if (text(fns.Uri) !== "/functions.json") errors.push(`<Functions><Uri> 须为 /functions.json（收到「${text(fns.Uri)}」）`);
  const ns = text(fns.Namespace);
  if (ns !== namespace) errors.push(`<Namespace> 须为 ${namespace}（收到「${ns}」）`);
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(ns) || ns.length > 32) errors.push(`命名空间须为 ASCII 字母数字、不超过 32 个字符：「${ns}」`);
  return errors;
}

export function checkWpsFunctionsJson(json: unknown): string[] {
  const fns = (json as { functions?: unknown }).functions;
  if (!Array.isArray(fns) || !fns.length) return ["functions.json 须有非空的 functions 数组"];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const f of fns as WpsFunctionsJsonEntry[]) {
    const name = String(f.name);
    const extra = Object.keys(f).filter((k) => !["name", "description", "result", "parameters"].includes(k));
    if (extra.length) errors.push(`${name}：WPS 不认识的键 ${extra.join("、")}`);
    if (!WPS_NAME_RULE.test(name)) errors.push(`函数名「${name}」须为 [A-Za-z_][A-Za-z0-9_]*（wpsjs 的规则）`);
    if (seen.has(name.toUpperCase())) errors.push(`函数名重复：${name}`);
    seen.add(name.toUpperCase());
    if (typeof f.description !== "string" || !/[\u4e00-\u9fff]/.test(f.description)) errors.push(`${name}：缺少中文说明`);
    if (!RESULT_TYPES.includes(String(f.result?.type))) errors.push(`${name}：结果类型须为 ${RESULT_TYPES.join(" 或 ")}（收到 ${f.result?.type}）`);
    if (!Array.isArray(f.parameters)) { errors.push(`${name}：parameters 须为数组`); continue; }
    let optionalSeen = false;
    for (const p of f.parameters) {
      if (!p.name) errors.push(`${name}：有参数没有名称`);
      if (!PARAM_TYPES.includes(String(p.type))) errors.push(`${name} 的参数「${p.name}」须声明为 ${PARAM_TYPES.join("、")}（由函数自己检查并给出中文提示）`);
      if (!p.description) errors.push(`${name} 的参数「${p.name}」缺少说明`);
      if (p.type === "any?") optionalSeen = true;
      else if (optionalSeen) errors.push(`${name} 的必填参数「${p.name}」排在可省略参数之后`);
    }
  }
  return errors;
}

/** Attributes naming a CustomUI callback (onAction, getImage, …) anywhere in ribbon.xml. */
function ribbonCallbacks(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const n of node) ribbonCallbacks(n, out);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (/^@(on|get)[A-Z]/.test(k) && typeof v === "string") out.add(v);
      else ribbonCallbacks(v, out);
    }
  }
  return out;
}

export function checkRibbon(xml: string): { errors: string[]; callbacks: string[] } {
  const errors: string[] = [];
  if (!xml.startsWith("<customUI")) errors.push("ribbon.xml 须以 <customUI 开头（wpsjs 的发布页以此判断加载项是否部署成功）");
  const { doc, error } = parseXml(xml);
  if (!doc) return { errors: [...errors, error!], callbacks: [] };
  const ui = doc.customUI as Xml | undefined;
  if (!ui) return { errors: [...errors, "根元素须为 <customUI>"], callbacks: [] };
  if (ui["@xmlns"] !== CUSTOM_UI) errors.push(`customUI 的 xmlns 须为 ${CUSTOM_UI}`);
  const tabs = list((((ui.ribbon as Xml | undefined)?.tabs as Xml | undefined)?.tab) as Xml | Xml[] | undefined);
  const buttons = tabs.flatMap((t) => list(t.group as Xml | Xml[] | undefined)).flatMap((g) => list(g.button as Xml | Xml[] | undefined));
  if (!tabs.length || !buttons.some((b) => typeof b["@onAction"] === "string")) errors.push("ribbon.xml 须有一个选项卡和一个带 onAction 的按钮（打开任务窗格）");
  return { errors, callbacks: [...ribbonCallbacks(doc)] };
}

/** Runs addin.js against a recording wps object: what it registers, and which globals it defines. */
export function runWpsScript(code: string): { registered: { namespace: string; name: string; metadata: unknown }[]; globals: string[] } {
  const registered: { namespace: string; name: string; metadata: unknown }[] = [];
  const wps = {
    AddCustomFunction: (namespace: string, name: string, callback: unknown, metadata: unknown) => {
      if (typeof callback !== "function") throw new Error(`AddCustomFunction(${name}) 的回调不是函数`);
      registered.push({ namespace, name, metadata: JSON.parse(JSON.stringify(metadata ?? null)) });
    },
  };
  const context: Record<string, unknown> = { wps, console, URL };
  const before = new Set(Object.keys(context));
  runInNewContext(code, context);
  return { registered, globals: Object.keys(context).filter((k) => !before.has(k)) };
}

function sameFiles(a: string, b: string): string[] {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)).map((x) => `${f}/${x}`) : [f]));
  const fa = files(a).sort(), fb = existsSync(b) ? files(b).sort() : [];
  if (fa.join() !== fb.join()) return [`${b} 与 ${a} 的文件不同`];
  return fa.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).map((f) => `${join(b, f)} 与 ${join(a, f)} 内容不同`);
}

function checkCity(out: string, a: WpsBuildInfo["addins"][number], version: string, checked: string[]): string[] {
  const dir = join(out, a.namespace);
  const at = (f: string) => join(dir, f);
  const missing = WPS_FILES.filter((f) => !existsSync(at(f)));
  if (missing.length) return [`${dir} 缺少 ${missing.join("、")}`];
  checked.push(...WPS_FILES.map(at));
  const errors: string[] = [];
  const label = (f: string) => (e: string) => `${relative(out, at(f))}：${e}`;
  if (!ADDINS.some((c) => c.namespace === a.namespace)) errors.push(`${dir}：命名空间 ${a.namespace} 不在 addin/src/cities.ts 中`);
  errors.push(...checkWpsManifest(readFileSync(at("manifest.xml"), "utf8"), a.namespace).map(label("manifest.xml")));
  const json = JSON.parse(readFileSync(at("functions.json"), "utf8")) as { functions: WpsFunctionsJsonEntry[] };
  errors.push(...checkWpsFunctionsJson(json).map(label("functions.json")));
  const ribbon = checkRibbon(readFileSync(at("ribbon.xml"), "utf8"));
  errors.push(...ribbon.errors.map(label("ribbon.xml")));
  if (!new RegExp(`<script[^>]*\\ssrc="${WPS_SCRIPT}"`).test(readFileSync(at("index.html"), "utf8"))) errors.push(label("index.html")(`须加载 ${WPS_SCRIPT}`));
  const page = readFileSync(at("taskpane.html"), "utf8");
  if (/(?:src|href)="\.\.\//.test(page)) errors.push(label("taskpane.html")("引用了加载项文件夹以外的文件（离线包只复制这个文件夹）"));

  const run = runWpsScript(readFileSync(at(WPS_SCRIPT), "utf8"));
  const want = json.functions.map(({ name, ...metadata }) => ({ namespace: a.namespace, name, metadata }));
  if (JSON.stringify(run.registered) !== JSON.stringify(want)) {
    const names = run.registered.map((r) => r.name).join(",") === want.map((w) => w.name).join(",");
    errors.push(label(WPS_SCRIPT)(names ? "注册时的元数据与 functions.json 不一致" : `注册的函数与 functions.json 不一致（注册 ${run.registered.length} 个，列出 ${want.length} 个）`));
  }
  const undefinedCallbacks = ribbon.callbacks.filter((c) => !run.globals.includes(c));
  if (undefinedCallbacks.length) errors.push(label("ribbon.xml")(`回调 ${undefinedCallbacks.join("、")} 没有由 ${WPS_SCRIPT} 定义`));

  const pkg = join(out, a.offline);
  const folder = offlineFolder(a.namespace, version);
  errors.push(...sameFiles(dir, join(pkg, folder)));
  const publish = parseXml(existsSync(join(pkg, "publish.xml")) ? readFileSync(join(pkg, "publish.xml"), "utf8") : "");
  const entry = ((publish.doc?.jsplugins as Xml | undefined)?.jsplugin ?? {}) as Xml;
  if (entry["@name"] !== wpsAddinName(a.namespace) || entry["@url"] !== folder || entry["@type"] !== "et") {
    errors.push(`${join(pkg, "publish.xml")}：须列出 <jsplugin name="${wpsAddinName(a.namespace)}" type="et" url="${folder}" …/>`);
  }
  checked.push(join(pkg, "publish.xml"));
  return errors;
}

export function checkJsplugins(xml: string, info: WpsBuildInfo): string[] {
  const { doc, error } = parseXml(xml);
  if (!doc) return [error!];
  const rows = list(((doc.jsplugins as Xml | undefined)?.jspluginonline) as Xml | Xml[] | undefined);
  const errors: string[] = [];
  for (const a of info.addins) {
    const row = rows.find((r) => r["@name"] === a.name);
    if (!row) { errors.push(`没有列出 ${a.name}`); continue; }
    if (row["@type"] !== "et") errors.push(`${a.name} 的 type 须为 et（WPS 表格）`);
    const url = String(row["@url"] ?? "");
    if (!/^https?:\/\//.test(url) || !url.endsWith(`/${a.namespace}/`)) errors.push(`${a.name} 的 url 须为 http(s)://…/${a.namespace}/（收到 ${url}）`);
  }
  if (rows.length !== info.addins.length) errors.push(`列出 ${rows.length} 个加载项，构建了 ${info.addins.length} 个`);
  return errors;
}

export function validateWps(root: string): WpsReport {
  return validateWpsDir(join(root, WPS_OUT_DIR));
}

/** Checks a built WPS folder (dist/wps/ or a test's own build). */
export function validateWpsDir(out: string): WpsReport {
  const infoFile = join(out, "build-info.json");
  if (!existsSync(infoFile)) return { checked: [], errors: [`缺少 ${out}/build-info.json（先运行 npm run build）`] };
  const info = JSON.parse(readFileSync(infoFile, "utf8")) as WpsBuildInfo;
  const checked: string[] = [];
  const errors = info.addins.flatMap((a) => checkCity(out, a, info.version, checked));
  const jsplugins = join(out, "jsplugins.xml");
  if (!existsSync(jsplugins)) errors.push(`缺少 ${jsplugins}`);
  else {
    errors.push(...checkJsplugins(readFileSync(jsplugins, "utf8"), info).map((e) => `${jsplugins}：${e}`));
    checked.push(jsplugins);
  }
  return { checked, errors };
}
