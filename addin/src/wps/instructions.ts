// What `npm start` prints for WPS 表格, in Chinese, per city: the online route (jsplugins.xml served by the dev
// server, named in WPS's oem.ini) and the offline route (the folder copied into jsaddons, listed in its
// publish.xml), on Windows and on 信创 Linux (UOS, Kylin). The long form, with its sources, is addin/README.md.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WPS_OUT_DIR, WPS_URL_PATH, type WpsBuildInfo } from "./build.js";

export const WPS_MIN_VERSION = "12.1.0.20540";

export const JSADDONS = {
  windows: "%APPDATA%\\kingsoft\\wps\\jsaddons",
  linux: "~/.local/share/Kingsoft/wps/jsaddons",
} as const;

export const OEM_INI = {
  windows: "<WPS 安装目录>\\<版本号>\\office6\\cfgs\\oem.ini",
  linux: "/opt/kingsoft/wps-office/office6/cfgs/oem.ini",
  uos: "/opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini",
} as const;

export function readWpsBuildInfo(root: string): WpsBuildInfo | null {
  const file = join(root, WPS_OUT_DIR, "build-info.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as WpsBuildInfo) : null;
}

function common(info: WpsBuildInfo, served: string): string[] {
  const lines = [
    `WPS 表格加载项 · 每个城市一个（需 WPS ${WPS_MIN_VERSION} 及以上：更早的版本没有加载项自定义函数）`,
    "  装好后重启 WPS 表格：出现「政策函数·城市」选项卡，其按钮打开任务窗格；公式写作 =PINGHU.EQUIPMENT(4000,\"A类\")，",
    "  函数在 插入函数 → 类别「用户定义」中；参数有误时单元格显示错误，=PINGHU.EXPLAIN(\"EQUIPMENT\",…) 或任务窗格可看中文原因。",
    "",
    "  在线模式（WPS 从网址加载；本机开发服务器正在提供）：",
    `    加载项列表 jsplugins.xml：${served}jsplugins.xml`,
    `    Windows：编辑 ${OEM_INI.windows}（需管理员），`,
    `      在 [Support] 下写 JsApiPlugin=true，在 [Server] 下写 JSPluginsServer=${served}jsplugins.xml，重启 WPS。`,
    `    信创 Linux：同样编辑 ${OEM_INI.linux}（UOS 专业版：${OEM_INI.uos}），需 sudo。`,
    "    个人版 12.1.0.16910 之后的版本限制了 jsplugins.xml 方式：请用离线模式，或由单位 IT 在企业版中配置。",
    "    若 WPS 不接受本机开发证书，改用 http 启动：npm start -- --http（jsplugins.xml 中的网址须与之相同，见下）。",
    "",
    "  离线模式（不需要网络和服务器）：把城市的文件夹复制到 jsaddons，并把 publish.xml 中的 <jsplugin …/> 一行并入",
    "  jsaddons\\publish.xml（没有这个文件就直接复制过去；已有的行保留）；此时 oem.ini 中不要设 JsApiPlugin=true。",
    `    Windows：${JSADDONS.windows}\\    信创 Linux（UOS、麒麟）：${JSADDONS.linux}/`,
  ];
  if (info.baseUrl !== served) {
    lines.push("", `  注意：jsplugins.xml 是按 ${info.baseUrl} 构建的，与本服务器 ${served} 不同；`,
      `  请先运行 npm run build -- --base-url=${served.slice(0, -WPS_URL_PATH.length)} 再启动。`);
  }
  return lines;
}

/** Paths relative to the checkout, with this machine's separators (the commands are run from the checkout). */
function city(a: WpsBuildInfo["addins"][number]): string[] {
  const pkg = join(WPS_OUT_DIR, a.offline);
  const folder = join(pkg, a.offlineFolder);
  return [
    `  ${a.city}（${a.namespace}，${a.functions} 个函数 + EXPLAIN）`,
    `    在线：加载项地址 ${a.url}（浏览器打开 ${a.url}ribbon.xml 应看到以 <customUI 开头的文本）`,
    `    离线：${folder}/ → jsaddons/${a.offlineFolder}/；publish.xml 的一行：${join(pkg, "publish.xml")}`,
    `      Linux：mkdir -p ${JSADDONS.linux} && cp -r "${folder}" ${JSADDONS.linux}/`,
    `      Windows：xcopy /E /I "${folder}" "${JSADDONS.windows}\\${a.offlineFolder}"`,
  ];
}

/** The WPS part of `npm start`'s message; `base` is the dev server's root URL (…/), which serves dist/wps/ at wps/. */
export function wpsInstructions(root: string, base: string, info: WpsBuildInfo | null = readWpsBuildInfo(root)): string {
  if (!info || !info.addins.length) return `WPS 表格加载项：${WPS_OUT_DIR}/ 不存在，先运行 npm run build。`;
  const served = `${base}${WPS_URL_PATH}`;
  return [...common(info, served), "", ...info.addins.flatMap((a) => [...city(a), ""]), "  详见 addin/README.md「WPS 表格」一节。"].join("\n");
}

/** For scripts/addin-dev-server.mjs (bundled by scripts/build-addin.mjs's loadAddinTool). */
export function run(root: string, base: string): string {
  return wpsInstructions(root, base);
}
