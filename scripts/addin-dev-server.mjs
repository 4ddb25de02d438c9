// npm run dev-server: serves dist/addin/ at https://localhost:3000/ (PORT or --port to change), with the
// office-addin-dev-certs development certificate generated without sudo (nothing is installed into a trust store).
// If no certificate can be made, it says so and falls back to http (fine for the standalone task pane in a browser;
// Excel itself only loads https add-ins).  `--start` (npm start) also prints how to sideload each manifest.
import { createServer as createHttps } from "node:https";
import { createServer as createHttp } from "node:http";
import { existsSync, readFileSync, statSync, rmSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import { spawnSync } from "node:child_process";
import { homedir } from "node:os";
import { dirname, extname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadAddinTool } from "./build-addin.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist", "addin");
// WPS 表格 add-ins: dist/wps/ at /wps/ (a minimal mount until the server's own mounts land).
const distWps = join(root, "dist", "wps");
// The drafting studio: dist/studio/ at /studio/ (a minimal mount until the server's own mounts land).
const distStudio = join(root, "dist", "studio");
const argv = process.argv.slice(2);
const portArg = argv.find((a) => a.startsWith("--port="))?.slice(7);
const port = Number(portArg ?? process.env.PORT ?? 3000);

const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".png": "image/png", ".ico": "image/x-icon",
};

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const CA = join(CERT_DIR, "ca.crt"), CERT = join(CERT_DIR, "localhost.crt"), KEY = join(CERT_DIR, "localhost.key");

function usableCertificate() {
  if (![CA, CERT, KEY].every(existsSync)) return false;
  try {
    const cert = new X509Certificate(readFileSync(CERT));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** The https options, or null (with the reason printed) when no certificate could be generated. */
async function httpsOptions() {
  if (process.env.ADDIN_HTTP === "1" || argv.includes("--http")) return null;
  try {
    if (!usableCertificate()) {
      // An incomplete or expired set would make generateCertificates() a no-op: start afresh.
      for (const f of [CA, CERT, KEY]) rmSync(f, { force: true });
      // In a child process, so that a hang (seen with an unusable HOME) cannot stall the server: it times out.
      const limit = Number(process.env.ADDIN_CERT_TIMEOUT_MS ?? 60000);
      const child = spawnSync(process.execPath, ["-e",
        "require('office-addin-dev-certs').generateCertificates().then(() => process.exit(0), (e) => { console.error(e && e.message || e); process.exit(1); })"],
      { cwd: root, timeout: limit, encoding: "utf8" });
      if (child.stdout) process.stdout.write(child.stdout);
      if (child.error || child.status !== 0) {
        throw new Error(child.error?.code === "ETIMEDOUT" ? `generateCertificates() did not finish within ${limit / 1000} s` : (child.stderr || child.error?.message || `exit ${child.status}`).trim());
      }
      if (!usableCertificate()) throw new Error(`generateCertificates() did not leave a usable certificate in ${CERT_DIR}`);
    }
    return { ca: readFileSync(CA), cert: readFileSync(CERT), key: readFileSync(KEY) };
  } catch (e) {
    console.warn(`\n警告 WARNING：无法生成开发证书（office-addin-dev-certs）：${e?.message ?? e}`);
    console.warn("改用 http。Excel 只加载 https 的加载项——此时只能在浏览器中使用独立任务窗格。");
    console.warn("Falling back to plain http: fine for the standalone task pane, but Excel will not load http add-ins.\n");
    return null;
  }
}

function caInstalledHint() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    return `（Linux：证书未装入系统信任库；浏览器中打开上面的网址时需手动信任，或导入 ${CA}）`;
  }
  return `若 Excel 或浏览器提示证书不受信任，运行一次：npx office-addin-dev-certs install（会弹出系统确认，安装 ${CA}）`;
}

function serve(req, res) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path === "/studio") {
    res.writeHead(301, { location: "/studio/" }).end(); // the page's relative URLs need the slash
    return;
  }
  const [dir, rel] = path === "/wps" || path.startsWith("/wps/") ? [distWps, path.slice(4) || "/"]
    : path === "/studio" || path.startsWith("/studio/") ? [distStudio, path.slice(7) || "/"] : [dist, path];
  let file = normalize(join(dir, rel));
  if (relative(dir, file).startsWith("..") || (file !== dir && !file.startsWith(dir + sep))) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`404：${path}（先运行 npm run build）`);
    return;
  }
  res.writeHead(200, {
    "content-type": MIME[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
    "access-control-allow-origin": "*",
  });
  res.end(readFileSync(file));
}

function instructions(base) {
  const info = existsSync(join(dist, "build-info.json")) ? JSON.parse(readFileSync(join(dist, "build-info.json"), "utf8")) : { addins: [] };
  const lines = [];
  const p = (s = "") => lines.push(s);
  p(`政策函数 Excel 加载项 · Zhengce Excel add-ins — serving ${relative(root, dist)}/ at ${base}`);
  p();
  p("独立任务窗格（浏览器，无需 Excel）/ Standalone task pane (any browser):");
  p(`  ${base}`);
  p(`  ${base}studio/    起草台：在浏览器里起草、检查、试算政策文件 / the drafting studio`);
  for (const a of info.addins) p(`  ${base}${a.namespace}/taskpane.html    ${a.city}（${a.ids.length - 1} 个函数 + EXPLAIN）`);
  p();
  p("清单 / Manifests (one add-in per city; each has its own <Id> and namespace):");
  for (const a of info.addins) p(`  ${a.namespace.padEnd(9)} ${a.namespace === "PINGHU" ? "manifest.xml  (= dist/addin/manifest.PINGHU.xml)" : `dist/addin/${a.manifest}`}`);
  p();
  p("Excel 桌面版 Windows / Mac — 方法一（推荐），在另一个终端 / in another terminal, keep this server running:");
  for (const a of info.addins) p(`  npx office-addin-debugging start ${a.namespace === "PINGHU" ? "manifest.xml" : `dist/addin/${a.manifest}`} desktop`);
  p("  （停止 / stop: npx office-addin-debugging stop <manifest>）");
  p("Excel 桌面版 Windows — 方法二：共享文件夹目录 / shared-folder catalog:");
  p("  1. 把清单复制到一个共享文件夹 / copy the manifest(s) into a shared folder (e.g. \\\\MYPC\\addins)");
  p("  2. 文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录：添加该网络路径，勾选“显示在菜单中”，重启 Excel");
  p("     File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs: add the path, tick “Show in Menu”, restart Excel");
  p("  3. 插入 → 我的加载项 → 共享文件夹 / Insert → My Add-ins → SHARED FOLDER → 选择城市 / pick the city");
  p("Excel 桌面版 Mac — 手动 / manually: 把清单复制到 / copy the manifest to");
  p("  ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/  然后重启 Excel → 插入 → 我的加载项");
  p();
  p("Excel 网页版 / Excel on the web:");
  p("  先在同一浏览器打开一次上面的网址并信任证书 / open the URL above once in the same browser and trust the certificate;");
  p("  然后 开始 → 加载项 → 更多设置 → 上传我的加载项 / Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in, 选择清单 / choose a manifest.");
  p();
  p("用法 / Usage: =PINGHU.EQUIPMENT(4000,\"A类\")   解释 / explain: =PINGHU.EXPLAIN(\"EQUIPMENT\",4000,\"A类\")（中文版 Excel：=PINGHU.解释计算过程(…)）");
  return lines.join("\n");
}

const options = await httpsOptions();
const server = options ? createHttps(options, serve) : createHttp(serve);
const base = `${options ? "https" : "http"}://localhost:${port}/`;
// The WPS steps in Chinese come from addin/src/wps/instructions.ts.
const wpsSteps = argv.includes("--start") ? (await loadAddinTool("addin/src/wps/instructions.ts", "wps-instructions")).run(root, base) : "";
server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `端口 ${port} 已被占用（另一个 dev-server 还在运行？）/ port ${port} is in use` : `服务器错误：${e.message}`);
  process.exit(1);
});
server.listen(port, () => {
  if (!existsSync(join(dist, "build-info.json"))) console.warn(`注意：${relative(root, dist)}/ 不存在，先运行 npm run build`);
  if (argv.includes("--start")) console.log(`\n${instructions(base)}\n\n${wpsSteps}\n`);
  else console.log(`dev-server: ${base} → ${relative(root, dist)}/`);
  if (options) console.log(caInstalledHint());
  console.log("按 Ctrl+C 停止 / Ctrl+C to stop.");
});
