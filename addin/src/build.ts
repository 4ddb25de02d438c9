// The add-in build (run by scripts/build-addin.mjs after `zhengce build`): for each namespace in cities.ts, its
// manifest, functions.json + functions.zh-cn.json, the custom-functions bundle and page, and the task pane; plus the
// top-level manifest.xml (PINGHU, development URL), which is committed.
import { build as esbuild, type Plugin } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import type { CompiledFunction } from "../../runtime/types.js";
import { ADDINS, BUILTIN_IDS, DEV_BASE_URL, type AddinInfo } from "./cities.js";
import { functionsJson } from "./metadata.js";
import { normalizeBaseUrl, renderManifest } from "./manifest.js";
import { iconPng } from "./icons.js";
import { writeIfChanged } from "../../compiler/driver/files.js";
import { WPS_OUT_DIR, buildWpsAddins, type WpsBuildInfo, type WpsCity } from "./wps/build.js";

export const OUT_DIR = join("dist", "addin");
export const ICON_SIZES = [16, 32, 64, 80] as const;
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export interface BuildOptions {
  readonly root: string;
  readonly baseUrl: string;
  readonly namespaces: Readonly<Record<string, readonly CompiledFunction[]>>;
  readonly log?: (line: string) => void;
  /** Where to write (default dist/addin under root). */
  readonly outDir?: string;
  /** Where the emitted <NS>.ts modules are (default generated/ under root). */
  readonly generatedDir?: string;
  /** Also (re)write the committed top-level manifest.xml (default true). */
  readonly writeTopLevel?: boolean;
  /** Where to write the WPS add-ins (default dist/wps under root). */
  readonly wpsOutDir?: string;
}

/** The add-ins' version: the package's (the WPS offline folder is named after it). */
export function addinVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
}

/** One esbuild run per browser script: the TypeScript `contents` (importing generated/ and addin/) → an IIFE. */
function browserBundler(root: string, generatedDir: string) {
  const common = {
    bundle: true, platform: "browser" as const, format: "iife" as const, minify: true, legalComments: "none" as const,
    logLevel: "warning" as const, absWorkingDir: root, nodePaths: [join(root, "node_modules")], plugins: [runtimeResolver(root, generatedDir)],
    // es2017: the oldest engines in play (Excel's JavaScript-only custom-functions runtime, WPS's embedded Chromium).
    target: ["es2017"],
  };
  return (contents: string, sourcefile: string, outfile: string, banner?: string) => esbuild({
    ...common, stdin: { contents, resolveDir: root, sourcefile, loader: "ts" }, outfile, ...(banner ? { banner: { js: banner } } : {}),
  });
}

/** The custom-functions script of one city: its evaluators and settlement rules associated with CustomFunctions. */
export function customFunctionsEntry(root: string, generatedModule: string, namespace: string): string {
  return `import { functions, settlement } from ${JSON.stringify(generatedModule)};\nimport { associateAll } from ${JSON.stringify(join(root, "addin", "src", "excel", "functions.ts"))};\nassociateAll(${JSON.stringify(namespace)}, functions, CustomFunctions, settlement);\n`;
}

/** Bundles one city's functions.js from an emitted module anywhere (the build; tests with their own modules). */
export async function bundleCustomFunctions(root: string, generatedDir: string, a: AddinInfo, outfile: string): Promise<void> {
  await browserBundler(root, generatedDir)(customFunctionsEntry(root, join(generatedDir, `${a.namespace}.ts`), a.namespace), `functions-${a.namespace}.ts`, outfile,
    `/* 政策函数·${a.city}（${a.namespace}）Excel 自定义函数，由 npm run build 生成 */`);
}

/** The task pane script of one city: its functions and settlement rules. */
export async function bundleTaskpane(root: string, generatedDir: string, a: AddinInfo, outfile: string): Promise<void> {
  const generated = JSON.stringify(join(generatedDir, `${a.namespace}.ts`));
  await browserBundler(root, generatedDir)(`import { functions, settlement } from ${generated};\nimport { startTaskpane } from ${JSON.stringify(join(root, "addin", "src", "taskpane", "main.ts"))};\nstartTaskpane({ namespace: ${JSON.stringify(a.namespace)}, city: ${JSON.stringify(a.city)}, functions, settlement });\n`,
    `taskpane-${a.namespace}.ts`, outfile);
}

export interface BuildInfo {
  readonly baseUrl: string;
  /** ids: the policy functions' names, then the add-in's own (BUILTIN_IDS); functions: how many are policy functions. */
  readonly addins: { namespace: string; city: string; ids: string[]; functions: number; manifest: string }[];
  readonly wps?: WpsBuildInfo;
}

export function manifestTemplate(root: string): string {
  return readFileSync(join(root, "addin", "manifest.template.xml"), "utf8");
}

/** The committed top-level manifest.xml: PINGHU's, always with the development URL. */
export function topLevelManifest(root: string): string {
  return renderManifest(manifestTemplate(root), ADDINS[0]!, DEV_BASE_URL);
}

/** taskpane.html for one city; `css` is where taskpane.css is, relative to the page. */
export function taskpanePage(template: string, a: AddinInfo, css: string): string {
  return template.replace(/\{\{NAMESPACE\}\}/g, a.namespace).replace(/\{\{CITY\}\}/g, a.city).replace(/\{\{COLOR\}\}/g, a.color).replace(/\{\{CSS\}\}/g, css);
}

export function functionsHtml(a: AddinInfo): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <title>政策函数·${a.city}（${a.namespace}）自定义函数</title>
  <script src="${OFFICE_CDN}custom-functions-runtime.js"></script>
  <script src="functions.js"></script>
</head>
<body></body>
</html>
`;
}

function indexHtml(built: readonly AddinInfo[], counts: Record<string, number>): string {
  // Each city a block: its title (one link), then its links on a line of their own. The separators are drawn by CSS
  // (.links > a + a::before) so that a narrow pane (350 px) never starts a line with a stray “·”.
  const rows = built.map((a) => `    <li><a href="${a.namespace}/taskpane.html"><span class="title">政策函数·${a.city}</span><span class="sig"><code>${a.namespace}</code><span>${counts[a.namespace]} 个函数</span></span></a><p class="links"><a href="${a.namespace}/taskpane.html#SETTLE">汇总/兑现测算</a><a href="manifest.${a.namespace}.xml">清单 manifest.${a.namespace}.xml</a></p></li>`);
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>政策函数 · Excel 加载项</title><link rel="stylesheet" href="taskpane.css"></head>
<body><main>
  <header><h1>政策函数 · Excel 加载项</h1><p class="mode">每个城市一个加载项；点击打开函数目录（独立模式，无需 Excel）。</p></header>
  <p class="help" id="studio-link"><a href="../studio/">起草台</a>：在浏览器里起草、检查、试算政策文件（离线，无需安装）。</p>
  <ul class="catalogue">
${rows.join("\n")}
  </ul>
</main></body>
</html>
`;
}


/** Emitted modules import "../runtime/…": resolve that to the project's runtime/ wherever the modules were written. */
function runtimeResolver(root: string, generatedDir: string): Plugin {
  return {
    name: "zhengce-runtime",
    setup(b) {
      b.onResolve({ filter: /^\.\.\/runtime\// }, (args) =>
        args.importer.startsWith(generatedDir) ? { path: join(root, "runtime", args.path.slice("../runtime/".length).replace(/\.js$/, ".ts")) } : undefined);
    },
  };
}

export async function buildAddins(opts: BuildOptions): Promise<BuildInfo> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const root = opts.root;
  const baseUrl = normalizeBaseUrl(opts.baseUrl);
  if (!/^https:\/\//.test(baseUrl) && !/^http:\/\/localhost[:/]/.test(baseUrl)) {
    throw new Error(`加载项的网址须为 https://…（收到 ${baseUrl}）`);
  }
  const out = opts.outDir ?? join(root, OUT_DIR);
  const generatedDir = opts.generatedDir ?? join(root, "generated");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "assets"), { recursive: true });

  const template = manifestTemplate(root);
  const taskpaneTemplate = readFileSync(join(root, "addin", "src", "taskpane", "taskpane.html"), "utf8");
  copyFileSync(join(root, "addin", "src", "taskpane", "taskpane.css"), join(out, "taskpane.css"));

  const generatedModule = (a: AddinInfo) => join(generatedDir, `${a.namespace}.ts`);
  const bundle = browserBundler(root, generatedDir);
  const info: BuildInfo = { baseUrl, addins: [] };
  const built: AddinInfo[] = [];
  const wpsCities: WpsCity[] = [];
  const counts: Record<string, number> = {};
  for (const a of ADDINS) {
    const fns = (opts.namespaces[a.namespace] ?? []).filter((f) => f.meta.namespace === a.namespace);
    if (!fns.length) {
      log(`注意：命名空间 ${a.namespace} 没有已编译的函数（generated/${a.namespace}.ts 缺失或为空），跳过其加载项`);
      continue;
    }
    const dir = join(out, a.namespace);
    mkdirSync(dir, { recursive: true });
    for (const [file, locale] of [["functions.json", "default"], ["functions.zh-cn.json", "zh-cn"]] as const) {
      writeFileSync(join(dir, file), JSON.stringify(functionsJson(a.namespace, fns, locale, baseUrl), null, 2) + "\n");
    }
    writeFileSync(join(dir, "functions.html"), functionsHtml(a));
    writeFileSync(join(dir, "taskpane.html"), taskpanePage(taskpaneTemplate, a, "../taskpane.css"));
    // The custom-functions runtime runs one classic script with no DOM: associate every function, then done.
    await bundleCustomFunctions(root, generatedDir, a, join(dir, "functions.js"));
    await bundleTaskpane(root, generatedDir, a, join(dir, "taskpane.js"));
    for (const size of ICON_SIZES) writeFileSync(join(out, "assets", `${a.namespace}-${size}.png`), iconPng(size, a.color));
    const manifest = `manifest.${a.namespace}.xml`;
    writeFileSync(join(out, manifest), renderManifest(template, a, baseUrl));
    info.addins.push({ namespace: a.namespace, city: a.city, ids: [...fns.map((f) => f.meta.name), ...BUILTIN_IDS], functions: fns.length, manifest });
    built.push(a);
    wpsCities.push({ addin: a, functions: fns, excelDir: dir });
    counts[a.namespace] = fns.length;
    log(`加载项 ${a.namespace}（${a.city}）：${fns.length} 个函数 + ${BUILTIN_IDS.join("、")} → ${join(OUT_DIR, a.namespace)}/`);
  }
  writeFileSync(join(out, "index.html"), indexHtml(built, counts));
  writeFileSync(join(out, "build-info.json"), JSON.stringify(info, null, 2) + "\n");
  if (opts.writeTopLevel !== false && writeIfChanged(join(root, "manifest.xml"), topLevelManifest(root))) log(`写入 ${join(root, "manifest.xml")}`);
  log(`加载项网址：${baseUrl}（清单在 ${OUT_DIR}/manifest.<命名空间>.xml；顶层 manifest.xml 为平湖的开发版清单）`);
  const wps = await buildWpsAddins({
    root, outDir: opts.wpsOutDir ?? join(root, WPS_OUT_DIR), baseUrl, version: addinVersion(root), cities: wpsCities,
    taskpaneHtml: (a) => taskpanePage(taskpaneTemplate, a, "taskpane.css"),
    taskpaneCss: readFileSync(join(root, "addin", "src", "taskpane", "taskpane.css"), "utf8"),
    generatedModule, bundle: (contents, sourcefile, outfile) => bundle(contents, sourcefile, outfile), log,
  });
  log(`WPS 加载项网址：${wps.baseUrl}（在线模式列表 ${WPS_OUT_DIR}/jsplugins.xml；离线包在 ${WPS_OUT_DIR}/offline/）`);
  return { ...info, wps };
}
