// `npm run validate`: offline checks of the built add-ins. Excel: the XSD (when ../shared is present) via xmllint,
// plus the rules the old XSD cannot express: namespace ASCII and ≤ 32 characters, one namespace per manifest, https
// URLs, every resid defined, function ids and names, and functions.json ids = the ids the bundle associates;
// each functions.json against Microsoft's JSON Schema (excel/schema.ts, when ../shared is present). WPS: wps/validate.ts.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { ADDINS, DEV_BASE_URL } from "./cities.js";
import { topLevelManifest, OUT_DIR } from "./build.js";
import { validateWps } from "./wps/validate.js";
import { functionsSchemaPath, loadFunctionsSchema } from "./excel/schema.js";

export const ID_RULE = /^[A-Za-z][A-Za-z0-9._]*$/;
export const NAME_RULE = /^\p{L}[\p{L}\p{N}_.]*$/u;

export interface ManifestFacts {
  readonly id: string;
  readonly namespaces: string[];
  readonly urls: string[];
  readonly metadataUrl?: string;
  readonly errors: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function checkManifest(xml: string): ManifestFacts {
  const errors: string[] = [];
  const id = /<Id>([^<]*)<\/Id>/.exec(xml)?.[1]?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) errors.push(`<Id> 不是 GUID：${id}`);

  // Resources: every id defined once; every resid used is defined.
  const defined = new Map<string, string>();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s[^>]*\bid="([^"]+)"[^>]*>/g)) {
    if (defined.has(m[2]!)) errors.push(`资源 id 重复：${m[2]}`);
    defined.set(m[2]!, m[0]);
  }
  for (const m of xml.matchAll(/\bresid="([^"]+)"/g)) if (!defined.has(m[1]!)) errors.push(`resid 未定义：${m[1]}`);

  // URLs: https only.
  const urls: string[] = [];
  for (const m of xml.matchAll(/<([A-Za-z:]+)\b[^>]*>/g)) {
    const tag = m[0];
    for (const key of ["DefaultValue", "Value"]) {
      const v = attr(tag, key);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
  }
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) urls.push(m[1]!.trim());
  for (const u of urls) if (!u.startsWith("https://")) errors.push(`网址须为 https：${u}`);
  for (const m of xml.matchAll(/<(bt:Url|bt:Image)\s[^>]*DefaultValue="([^"]*)"/g)) if (!/^https:\/\//.test(m[2]!)) errors.push(`资源网址须为 https：${m[2]}`);

  // Custom functions: exactly one extension point, one namespace.
  const points = [...xml.matchAll(/<ExtensionPoint\s+xsi:type="CustomFunctions"\s*>([\s\S]*?)<\/ExtensionPoint>/g)];
  if (points.length !== 1) errors.push(`须恰好有一个 CustomFunctions 扩展点，实有 ${points.length} 个`);
  const namespaces: string[] = [];
  let metadataUrl: string | undefined;
  for (const p of points) {
    const nsRefs = [...p[1]!.matchAll(/<Namespace\s+resid="([^"]+)"/g)].map((m) => m[1]!);
    if (nsRefs.length !== 1) errors.push(`CustomFunctions 须恰好声明一个 <Namespace>，实有 ${nsRefs.length} 个`);
    for (const r of nsRefs) {
      const tag = defined.get(r);
      const ns = tag ? attr(tag, "DefaultValue") ?? "" : "";
      namespaces.push(ns);
      if (!/^[\x21-\x7e]+$/.test(ns) || !/^[A-Za-z][A-Za-z0-9_.]*$/.test(ns)) errors.push(`命名空间须为 ASCII 字母数字：「${ns}」`);
      if (ns.length > 32) errors.push(`命名空间不能超过 32 个字符：${ns}`);
      const overrides = tag ? [...xml.matchAll(new RegExp(`<bt:String\\s+id="${r}"[^>]*>([\\s\\S]*?)</bt:String>`, "g"))].flatMap((m) => [...m[1]!.matchAll(/Value="([^"]*)"/g)].map((x) => x[1]!)) : [];
      for (const o of overrides) if (o !== ns) errors.push(`命名空间的本地化值须与默认值相同（${o} ≠ ${ns}）`);
    }
    const metaRef = /<Metadata>\s*<SourceLocation\s+resid="([^"]+)"/.exec(p[1]!)?.[1];
    metadataUrl = metaRef ? attr(defined.get(metaRef) ?? "", "DefaultValue") : undefined;
    if (!metadataUrl) errors.push("CustomFunctions 缺少 <Metadata> 网址");
  }
  return { id, namespaces, urls, metadataUrl, errors };
}

export interface FunctionsJson {
  functions: { id: string; name: string; description?: string; parameters: { name: string; type?: string; optional?: boolean }[]; result?: unknown }[];
}

export function checkFunctionsJson(json: FunctionsJson, label: string): string[] {
  const errors: string[] = [];
  const ids = new Set<string>(), names = new Set<string>();
  for (const f of json.functions) {
    if (!ID_RULE.test(f.id) || f.id.length < 3 || f.id.length > 64) errors.push(`${label}：函数 id「${f.id}」须为 [A-Za-z][A-Za-z0-9._]*，3–64 个字符`);
    if (!NAME_RULE.test(f.name) || [...f.name].length < 3 || [...f.name].length > 64) errors.push(`${label}：函数名「${f.name}」须以字母开头、只含字母数字、下划线和点，3–64 个字符`);
    if (ids.has(f.id.toUpperCase())) errors.push(`${label}：函数 id 重复：${f.id}`);
    if (names.has(f.name.toUpperCase())) errors.push(`${label}：函数名重复：${f.name}`);
    ids.add(f.id.toUpperCase());
    names.add(f.name.toUpperCase());
    if (!f.description) errors.push(`${label}：${f.id} 缺少说明`);
    let optionalSeen = false;
    for (const p of f.parameters) {
      if (p.type !== "any") errors.push(`${label}：${f.id} 的参数「${p.name}」须声明为 any（由函数自己检查并给出中文提示）`);
      if (p.optional) optionalSeen = true;
      else if (optionalSeen) errors.push(`${label}：${f.id} 的必填参数「${p.name}」排在可省略参数之后`);
    }
  }
  return errors;
}

/** Runs a built functions.js against a recording CustomFunctions stand-in and returns the ids it associates. */
export function associatedIds(bundle: string): string[] {
  const ids: string[] = [];
  class StubError extends Error {
    constructor(readonly code: string, message?: string) { super(message); }
  }
  const CustomFunctions = {
    associate: (id: string, fn: unknown) => {
      if (typeof fn !== "function") throw new Error(`associate(${id}) 的第二个参数不是函数`);
      ids.push(id);
    },
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  runInNewContext(bundle, { CustomFunctions, console });
  return ids;
}

export function xmllintAvailable(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface ValidateReport {
  readonly checked: string[];
  readonly errors: string[];
  readonly notes: string[];
}

export function validateAll(root: string): ValidateReport {
  const errors: string[] = [], notes: string[] = [], checked: string[] = [];
  const out = join(root, OUT_DIR);
  const top = join(root, "manifest.xml");
  if (!existsSync(top)) errors.push("缺少顶层 manifest.xml（运行 npm run build）");
  else if (readFileSync(top, "utf8") !== topLevelManifest(root)) errors.push("顶层 manifest.xml 与 addin/manifest.template.xml 不一致：运行 npm run build 重新生成后提交");
  if (!existsSync(join(out, "build-info.json"))) {
    errors.push(`缺少 ${OUT_DIR}/（先运行 npm run build）`);
    return { checked, errors, notes };
  }
  const manifests = [top, ...readdirSync(out).filter((f) => /^manifest\.[A-Z0-9_]+\.xml$/.test(f)).map((f) => join(out, f))].filter(existsSync);

  const xsd = join(root, "..", "shared", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
  if (!existsSync(xsd)) notes.push(`未找到 ${xsd}：跳过 XSD 校验（只在有 ../shared 的检出中进行）`);
  else if (!xmllintAvailable()) errors.push("找不到 xmllint：请安装 Debian 的 libxml2-utils（apt-get install -y libxml2-utils）");
  else {
    for (const m of manifests) {
      try {
        execFileSync("xmllint", ["--noout", "--schema", xsd, m], { stdio: "pipe" });
      } catch (e) {
        const err = e as { stderr?: Buffer };
        errors.push(`${m} 未通过 XSD 校验：\n${err.stderr?.toString() ?? String(e)}`);
      }
    }
  }

  const schema = loadFunctionsSchema(root);
  if (!schema) notes.push(`未找到 ${functionsSchemaPath(root)}：跳过 functions.json 的 JSON Schema 校验（只在有 ../shared 的检出中进行）`);
  const seenIds = new Map<string, string>();
  for (const m of manifests) {
    checked.push(m);
    const facts = checkManifest(readFileSync(m, "utf8"));
    errors.push(...facts.errors.map((e) => `${m}：${e}`));
    if (m !== top) {
      if (seenIds.has(facts.id)) errors.push(`${m} 与 ${seenIds.get(facts.id)} 的 <Id> 相同`);
      seenIds.set(facts.id, m);
    }
    const ns = facts.namespaces[0];
    if (!ns || m === top) continue;
    const addin = ADDINS.find((a) => a.namespace === ns);
    if (!addin) { errors.push(`${m}：命名空间 ${ns} 不在 addin/src/cities.ts 中`); continue; }
    if (facts.id !== addin.id) errors.push(`${m}：<Id> 须为 cities.ts 中固定的 ${addin.id}`);
    if (!facts.metadataUrl?.endsWith(`/${ns}/functions.json`)) errors.push(`${m}：元数据网址应指向 ${ns}/functions.json`);
    const dir = join(out, ns);
    const jsons: Record<string, FunctionsJson> = {};
    for (const file of ["functions.json", "functions.zh-cn.json"]) {
      const path = join(dir, file);
      if (!existsSync(path)) { errors.push(`缺少 ${path}`); continue; }
      jsons[file] = JSON.parse(readFileSync(path, "utf8")) as FunctionsJson;
      errors.push(...checkFunctionsJson(jsons[file]!, path));
      if (schema) errors.push(...schema(jsons[file]).map((e) => `${path} 未通过 JSON Schema 校验：${e}`));
      checked.push(path);
    }
    const a = jsons["functions.json"], z = jsons["functions.zh-cn.json"];
    if (a && z && JSON.stringify(a.functions.map((f) => f.id)) !== JSON.stringify(z.functions.map((f) => f.id))) errors.push(`${dir}：functions.json 与 functions.zh-cn.json 的函数 id 不一致`);
    const bundle = join(dir, "functions.js");
    if (!existsSync(bundle) || !a) { errors.push(`缺少 ${bundle}`); continue; }
    const code = readFileSync(bundle, "utf8");
    const dom = /\b(?:document|window|localStorage)\s*\./.exec(code);
    if (dom) errors.push(`${bundle} 用到了 DOM（${dom[0]}）：JavaScript-only 的自定义函数运行时没有 DOM`);
    const associated = associatedIds(code);
    checked.push(bundle);
    const declared = a.functions.map((f) => f.id);
    const missing = declared.filter((id) => !associated.includes(id));
    const extra = associated.filter((id) => !declared.includes(id));
    if (missing.length) errors.push(`${bundle} 没有关联：${missing.join(", ")}`);
    if (extra.length) errors.push(`${bundle} 关联了 functions.json 中没有的：${extra.join(", ")}`);
  }
  if (!manifests.some((m) => readFileSync(m, "utf8").includes(DEV_BASE_URL))) notes.push("所有清单都使用生产网址");
  const wps = validateWps(root);
  checked.push(...wps.checked);
  errors.push(...wps.errors);
  return { checked, errors, notes };
}

export function run(root: string): number {
  const report = validateAll(root);
  for (const n of report.notes) console.log(`注意：${n}`);
  for (const e of report.errors) console.error(`错误：${e}`);
  console.log(report.errors.length ? `校验失败：${report.errors.length} 个错误` : `校验通过：${report.checked.length} 个文件`);
  return report.errors.length ? 1 : 0;
}
