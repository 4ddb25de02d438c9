// The text files of a WPS 表格 add-in (WPS 加载项, type "et"), one per city, and the lists WPS reads to find them.
// Layout as WPS's tooling (npm wpsjs 2.2.3, template packages/@wps-jsapi/et) makes it: manifest.xml
// (<JsPlugin> with <Functions><Uri>/<Namespace>) and ribbon.xml (CustomUI) at the add-in's root beside index.html,
// the page WPS opens when it loads the add-in. Online mode lists the add-in's URL in jsplugins.xml
// (<jspluginonline name type url/>); offline mode is a folder <name>_<version> in the jsaddons directory, listed in
// jsaddons/publish.xml (<jsplugin name type url=folder version/>). The XML files carry no comments, as wpsjs's
// don't. No Node or DOM imports here: the page script uses RIBBON.
import type { AddinInfo } from "../cities.js";
import { xmlEscape } from "../manifest.js";

/** The ids and callback names ribbon.xml and the page script (wps/addin.ts) share. */
export const RIBBON = {
  onLoad: "OnAddinLoad",
  onAction: "OnAction",
  getImage: "GetImage",
  button: "zhengceTaskpane",
  image: "images/zhengce-32.png",
} as const;

/** The add-in's script, loaded by index.html. */
export const WPS_SCRIPT = "addin.js";
export const WPS_ICON_SIZES = [16, 32] as const;

/** The files every city's add-in folder holds (images/ beside them). */
export const WPS_FILES = ["manifest.xml", "functions.json", "ribbon.xml", "index.html", WPS_SCRIPT, "taskpane.html", "taskpane.js", "taskpane.css"] as const;

/** The add-in's name in jsplugins.xml / publish.xml and in its offline folder name: ASCII, as wpsjs requires. */
export function wpsAddinName(namespace: string): string {
  return `zhengce_${namespace}`;
}

/** The offline folder, as wpsjs names it: <name>_<version>. */
export function offlineFolder(namespace: string, version: string): string {
  return `${wpsAddinName(namespace)}_${version}`;
}

export function wpsManifest(a: AddinInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${wpsAddinName(a.namespace)}</Name>
  <Description>${xmlEscape(`政策函数·${a.city}：${a.city}产业政策奖励的表格函数（=${a.namespace}.函数名），按政策原文精确计算，结果单位万元；${a.namespace}.EXPLAIN 逐步解释计算过程；${a.namespace}.SETTLE 按文件的合并规则结算整本台账。`)}</Description>
  <Functions>
    <Uri>/functions.json</Uri>
    <Namespace>${a.namespace}</Namespace>
  </Functions>
</JsPlugin>
`;
}

/** Starts with <customUI: wpsjs's publish page and its deployment check take that as the sign of a good add-in. */
export function wpsRibbon(a: AddinInfo): string {
  return `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="${RIBBON.onLoad}">
  <ribbon startFromScratch="false">
    <tabs>
      <tab id="zhengceTab_${a.namespace}" label="${xmlEscape(`政策函数·${a.city}`)}">
        <group id="zhengceGroup_${a.namespace}" label="${xmlEscape(`${a.city}（${a.namespace}）`)}">
          <button id="${RIBBON.button}" label="函数目录与试算" size="large" onAction="${RIBBON.onAction}" getImage="${RIBBON.getImage}"
            screentip="打开政策函数任务窗格" supertip="${xmlEscape(`查找${a.city}的政策函数、按原文试算、把公式写入所选单元格、解释所选单元格的计算过程。`)}"/>
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
`;
}

export function wpsIndexHtml(a: AddinInfo): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>政策函数·${a.city}（${a.namespace}）WPS 加载项</title>
  <script src="${WPS_SCRIPT}"></script>
</head>
<body></body>
</html>
`;
}

/** Online mode: every city's add-in at <wpsBaseUrl><NS>/. */
export function jspluginsXml(addins: readonly AddinInfo[], wpsBaseUrl: string): string {
  const rows = addins.map((a) => `  <jspluginonline name="${wpsAddinName(a.namespace)}" type="et" url="${xmlEscape(`${wpsBaseUrl}${a.namespace}/`)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${rows.join("\n")}\n</jsplugins>\n`;
}

/** Offline mode: the line jsaddons/publish.xml needs for the folder <name>_<version> (attributes as wpsjs writes them). */
export function offlinePublishXml(a: AddinInfo, version: string): string {
  const name = wpsAddinName(a.namespace);
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${name}" type="et" url="${offlineFolder(a.namespace, version)}" version="${xmlEscape(version)}" enable="enable_dev" install="null"/>
</jsplugins>
`;
}
