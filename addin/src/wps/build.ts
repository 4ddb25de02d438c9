// The WPS 表格 add-ins (run by build.ts after the Excel ones): for each city, dist/wps/<NS>/ — manifest.xml,
// functions.json, ribbon.xml, index.html, addin.js (registers the functions), the task pane (the very taskpane.js
// built for Excel, its page from the same template), icons — then dist/wps/jsplugins.xml for online mode and
// dist/wps/offline/<NS>/ (the folder to copy into jsaddons, and the publish.xml line that lists it).
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CompiledFunction } from "../../../runtime/types.js";
import { BUILTIN_IDS, type AddinInfo } from "../cities.js";
import { iconPng } from "../icons.js";
import { wpsFunctionsJson } from "./functions.js";
import { WPS_ICON_SIZES, WPS_SCRIPT, jspluginsXml, offlineFolder, offlinePublishXml, wpsAddinName, wpsIndexHtml, wpsManifest, wpsRibbon } from "./files.js";

export const WPS_OUT_DIR = join("dist", "wps");
/** Where the WPS add-ins live under the add-ins' base URL (the dev server mounts dist/wps/ there). */
export const WPS_URL_PATH = "wps/";

export interface WpsCity {
  readonly addin: AddinInfo;
  readonly functions: readonly CompiledFunction[];
  /** The city's Excel add-in folder, whose taskpane.js the WPS add-in reuses. */
  readonly excelDir: string;
}

export interface WpsBuildInput {
  readonly root: string;
  readonly outDir: string;
  /** The add-ins' base URL (Excel's); the WPS add-ins are at <baseUrl>wps/<NS>/. */
  readonly baseUrl: string;
  readonly version: string;
  readonly cities: readonly WpsCity[];
  readonly taskpaneHtml: (a: AddinInfo) => string;
  readonly taskpaneCss: string;
  /** The city's emitted evaluators (generated/<NS>.ts), an absolute path. */
  readonly generatedModule: (a: AddinInfo) => string;
  /** Bundles the TypeScript `contents` into the browser script `outfile`. */
  readonly bundle: (contents: string, sourcefile: string, outfile: string) => Promise<unknown>;
  readonly log: (line: string) => void;
}

export interface WpsBuildInfo {
  readonly baseUrl: string;
  readonly version: string;
  readonly addins: { namespace: string; city: string; name: string; functions: number; url: string; dir: string; offline: string; offlineFolder: string }[];
}

async function writeCity(input: WpsBuildInput, c: WpsCity, dir: string): Promise<void> {
  const a = c.addin;
  mkdirSync(join(dir, "images"), { recursive: true });
  writeFileSync(join(dir, "manifest.xml"), wpsManifest(a));
  writeFileSync(join(dir, "functions.json"), JSON.stringify(wpsFunctionsJson(a.namespace, c.functions), null, 2) + "\n");
  writeFileSync(join(dir, "ribbon.xml"), wpsRibbon(a));
  writeFileSync(join(dir, "index.html"), wpsIndexHtml(a));
  writeFileSync(join(dir, "taskpane.html"), input.taskpaneHtml(a));
  writeFileSync(join(dir, "taskpane.css"), input.taskpaneCss);
  cpSync(join(c.excelDir, "taskpane.js"), join(dir, "taskpane.js"));
  for (const size of WPS_ICON_SIZES) writeFileSync(join(dir, "images", `zhengce-${size}.png`), iconPng(size, a.color));
  const entry = join(input.root, "addin", "src", "wps", "addin.ts");
  const contents = `import { functions, settlement } from ${JSON.stringify(input.generatedModule(a))};\nimport { startWpsAddin } from ${JSON.stringify(entry)};\nstartWpsAddin({ namespace: ${JSON.stringify(a.namespace)}, city: ${JSON.stringify(a.city)}, functions, settlement });\n`;
  await input.bundle(contents, `wps-${a.namespace}.ts`, join(dir, WPS_SCRIPT));
}

/** The offline package: the add-in folder under its wpsjs name, and the publish.xml that lists it. */
function writeOffline(input: WpsBuildInput, a: AddinInfo, dir: string): { dir: string; folder: string } {
  const pkg = join(input.outDir, "offline", a.namespace);
  const folder = offlineFolder(a.namespace, input.version);
  mkdirSync(pkg, { recursive: true });
  cpSync(dir, join(pkg, folder), { recursive: true });
  writeFileSync(join(pkg, "publish.xml"), offlinePublishXml(a, input.version));
  return { dir: pkg, folder };
}

function indexHtml(info: WpsBuildInfo): string {
  // Separators drawn by CSS (.links > a + a::before): a narrow window never starts a line with a stray “·”.
  const rows = info.addins.map((a) => `    <li><a href="${a.namespace}/taskpane.html"><span class="title">政策函数·${a.city}</span><span class="sig"><code>${a.namespace}</code><span>${a.functions} 个函数</span></span></a><p class="links"><a href="${a.namespace}/taskpane.html">任务窗格</a><a href="${a.namespace}/manifest.xml">manifest.xml</a><a href="${a.namespace}/functions.json">functions.json</a></p></li>`);
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>政策函数 · WPS 加载项</title><link rel="stylesheet" href="taskpane.css"></head>
<body><main>
  <header><h1>政策函数 · WPS 表格加载项</h1><p class="mode">在线模式：把 <a href="jsplugins.xml">jsplugins.xml</a> 的网址交给 WPS；离线模式：复制 offline/&lt;城市&gt;/ 下的文件夹到 jsaddons。详见 addin/README.md。</p></header>
  <ul class="catalogue">
${rows.join("\n")}
  </ul>
</main></body>
</html>
`;
}

export async function buildWpsAddins(input: WpsBuildInput): Promise<WpsBuildInfo> {
  const out = input.outDir;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const baseUrl = `${input.baseUrl}${WPS_URL_PATH}`;
  const info: WpsBuildInfo = { baseUrl, version: input.version, addins: [] };
  for (const c of input.cities) {
    const a = c.addin;
    const dir = join(out, a.namespace);
    await writeCity(input, c, dir);
    const offline = writeOffline(input, a, dir);
    info.addins.push({
      namespace: a.namespace, city: a.city, name: wpsAddinName(a.namespace), functions: c.functions.length,
      url: `${baseUrl}${a.namespace}/`, dir: relative(out, dir), offline: relative(out, offline.dir), offlineFolder: offline.folder,
    });
    input.log(`WPS 加载项 ${a.namespace}（${a.city}）：${c.functions.length} 个函数 + ${BUILTIN_IDS.join("、")} → ${relative(input.root, dir)}/，离线包 ${relative(input.root, offline.dir)}/${offline.folder}/`);
  }
  writeFileSync(join(out, "jsplugins.xml"), jspluginsXml(input.cities.map((c) => c.addin), baseUrl));
  writeFileSync(join(out, "index.html"), indexHtml(info));
  writeFileSync(join(out, "taskpane.css"), input.taskpaneCss);
  writeFileSync(join(out, "build-info.json"), JSON.stringify(info, null, 2) + "\n");
  return info;
}
