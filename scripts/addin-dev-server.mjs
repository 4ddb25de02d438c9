// npm run dev-server: serves the built front ends at https://localhost:3000/ (PORT or --port to change):
//   /         → dist/addin/   the Excel add-ins and their task panes
//   /wps/     → dist/wps/     the WPS add-in
//   /studio/  → dist/studio/  the drafters' studio
// with the office-addin-dev-certs development certificate generated without sudo (nothing is installed into a
// trust store). If no certificate can be made, it says so and falls back to http (fine for the standalone task
// pane in a browser; Excel itself only loads https add-ins). `--start` (npm start) also prints how to sideload.
//
// A development server, but it still holds a private key and runs beside a browser, so: it listens on loopback
// only (127.0.0.1 and ::1; `--host=0.0.0.0` to serve the network, explicitly); it answers GET and HEAD only, with
// no CORS headers (everything it serves is same-origin) and `nosniff`; its 404 does not echo the request; the key
// is written mode 0600. The build may replace dist/ while it serves: every file system error is an answer
// (404, 403 or 500), never a crash. `--dist=DIR` serves another build folder (used by the tests).
import { createServer as createHttps } from "node:https";
import { createServer as createHttp } from "node:http";
import { chmodSync, constants, readFileSync, rmSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { X509Certificate } from "node:crypto";
import { spawnSync } from "node:child_process";
import { homedir } from "node:os";
import { dirname, extname, isAbsolute, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadAddinTool } from "./build-addin.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = Number(option("port") ?? process.env.PORT ?? 3000);
const host = option("host");
const dist = option("dist") ?? join(root, "dist");

/** URL prefix → folder under dist/, longest prefix first. */
const MOUNTS = [
  { prefix: "/studio/", dir: join(dist, "studio"), what: "起草工作台 studio" },
  { prefix: "/wps/", dir: join(dist, "wps"), what: "WPS 加载项" },
  { prefix: "/", dir: join(dist, "addin"), what: "Excel 加载项" },
];
const addinDir = MOUNTS[MOUNTS.length - 1].dir;
/** A folder as printed: relative to the checkout when inside it. */
const shown = (dir) => (relative(root, dir).startsWith("..") ? dir : relative(root, dir) || ".");

const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".css": "text/css; charset=utf-8", ".xml": "application/xml; charset=utf-8",
  ".png": "image/png", ".svg": "image/svg+xml", ".ico": "image/x-icon", ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const CA = join(CERT_DIR, "ca.crt"), CERT = join(CERT_DIR, "localhost.crt"), KEY = join(CERT_DIR, "localhost.key");

function usableCertificate() {
  try {
    statSync(CA);
    statSync(KEY);
    const cert = new X509Certificate(readFileSync(CERT));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** office-addin-dev-certs writes the key with the default mode (0644 under the usual umask): only we may read it. */
function protectKey() {
  const mode = statSync(KEY).mode & 0o777;
  if (mode !== 0o600) chmodSync(KEY, 0o600);
}

/** The https options, or null (with the reason printed) when no certificate could be generated. */
async function httpsOptions() {
  if (process.env.ADDIN_HTTP === "1" || argv.includes("--http")) return null;
  try {
    if (!usableCertificate()) {
      // An incomplete or expired set would make generateCertificates() a no-op: start afresh.
      for (const f of [CA, CERT, KEY]) rmSync(f, { force: true });
      // In a child process, so that a hang (seen with an unusable HOME) cannot stall the server: it times out.
      // umask 077 there, so the key is never readable by others, not even between writing it and protectKey().
      const limit = Number(process.env.ADDIN_CERT_TIMEOUT_MS ?? 60000);
      const child = spawnSync(process.execPath, ["-e",
        "process.umask(0o077); require('office-addin-dev-certs').generateCertificates().then(() => process.exit(0), (e) => { console.error(e && e.message || e); process.exit(1); })"],
      { cwd: root, timeout: limit, encoding: "utf8" });
      if (child.stdout) process.stdout.write(child.stdout);
      if (child.error || child.status !== 0) {
        throw new Error(child.error?.code === "ETIMEDOUT" ? `generateCertificates() did not finish within ${limit / 1000} s` : (child.stderr || child.error?.message || `exit ${child.status}`).trim());
      }
      if (!usableCertificate()) throw new Error(`generateCertificates() did not leave a usable certificate in ${CERT_DIR}`);
    }
    protectKey();
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

const SECURITY_HEADERS = { "x-content-type-options": "nosniff", "cache-control": "no-store" };

function answer(res, status, text, extra = {}) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", ...extra });
  res.end(res.req.method === "HEAD" ? undefined : `${status} ${text}\n`);
}

/** The file's content, following a directory to its index.html; a missing or unreadable path is an error code. */
async function readServed(file) {
  // O_NONBLOCK: a FIFO in dist/ must not hang the request; fstat on the open handle, so nothing can change
  // between checking what the path is and reading it.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { directory: true };
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOENT" });
    return { body: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

function mountOf(path) {
  return MOUNTS.find((m) => path.startsWith(m.prefix) || path === m.prefix.slice(0, -1));
}

async function serve(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return answer(res, 405, "只支持 GET 和 HEAD / only GET and HEAD", { allow: "GET, HEAD" });
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return answer(res, 400, "网址无效 / bad request");
  }
  const mount = mountOf(path);
  if (path.includes("\0") || !mount) return answer(res, 400, "网址无效 / bad request");
  if (path === mount.prefix.slice(0, -1)) return answer(res, 301, "", { location: mount.prefix });
  let file = normalize(join(mount.dir, path.slice(mount.prefix.length)));
  const inside = relative(mount.dir, file);
  if (inside.startsWith("..") || isAbsolute(inside)) return answer(res, 403, "禁止访问 / forbidden");
  try {
    let served = await readServed(file);
    if (served.directory) served = await readServed((file = join(file, "index.html")));
    if (served.directory) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": MIME[extname(file)] ?? "application/octet-stream", "content-length": served.body.length });
    res.end(req.method === "HEAD" ? undefined : served.body);
  } catch (e) {
    const code = e?.code;
    if (code === "EACCES" || code === "EPERM") return answer(res, 403, "禁止访问 / forbidden");
    if (["ENOENT", "ENOTDIR", "EISDIR", "ENAMETOOLONG", "ELOOP", "EAGAIN", "ENXIO"].includes(code)) {
      return answer(res, 404, mountMissing(mount) ? `${mount.what}（${mount.prefix}）还没有构建：先运行 npm run build` : "找不到这个文件 / not found（若刚改过代码，先运行 npm run build）");
    }
    console.error(`dev-server: ${req.method} 出错：${e?.message ?? e}`);
    return answer(res, 500, "服务器内部错误 / internal error");
  }
}

function mountMissing(mount) {
  try {
    return !statSync(mount.dir).isDirectory();
  } catch {
    return true;
  }
}

function buildInfo() {
  try {
    return JSON.parse(readFileSync(join(addinDir, "build-info.json"), "utf8"));
  } catch {
    return { addins: [] };
  }
}

function instructions(base) {
  const info = buildInfo();
  const lines = [];
  const p = (s = "") => lines.push(s);
  p(`政策函数 Excel 加载项 · Zhengce Excel add-ins — serving ${shown(addinDir)}/ at ${base}`);
  p();
  p("独立任务窗格（浏览器，无需 Excel）/ Standalone task pane (any browser):");
  p(`  ${base}`);
  for (const a of info.addins ?? []) {
    // ids: the policy functions, then the add-in's own (EXPLAIN, SETTLE, SETTLE_REASONS), as the build prints them.
    const n = a.functions ?? a.ids.length, own = a.ids.slice(n);
    p(`  ${base}${a.namespace}/taskpane.html    ${a.city}（${n} 个函数${own.length ? ` + ${own.join("、")}` : ""}）`);
  }
  for (const m of MOUNTS.slice(0, -1)) p(`  ${base}${m.prefix.slice(1)}    ${m.what}${mountMissing(m) ? "（尚未构建 / not built yet）" : ""}`);
  p();
  p("清单 / Manifests (one add-in per city; each has its own <Id> and namespace):");
  for (const a of info.addins ?? []) p(`  ${a.namespace.padEnd(9)} ${a.namespace === "PINGHU" ? "manifest.xml  (= dist/addin/manifest.PINGHU.xml)" : `dist/addin/${a.manifest}`}`);
  p();
  p("Excel 桌面版 Windows / Mac — 方法一（推荐），在另一个终端 / in another terminal, keep this server running:");
  for (const a of info.addins ?? []) p(`  npx office-addin-debugging start ${a.namespace === "PINGHU" ? "manifest.xml" : `dist/addin/${a.manifest}`} desktop`);
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

/** Listens on `address`; resolves with the port, or rejects with the listen error. */
function listen(server, address, wanted) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(wanted, address, () => {
      server.off("error", reject);
      server.on("error", (e) => console.error(`服务器错误：${e.message}`));
      resolve(server.address().port);
    });
  });
}

const options = await httpsOptions();
const newServer = () => (options ? createHttps(options, serve) : createHttp(serve));
// Loopback by default: 127.0.0.1, and ::1 where the machine has IPv6 (browsers may resolve localhost to either).
const addresses = host ? [host] : ["127.0.0.1", "::1"];
const listening = [];
let actualPort = port;
for (const [i, address] of addresses.entries()) {
  try {
    actualPort = await listen(newServer(), address, i === 0 ? port : actualPort);
    listening.push(address.includes(":") ? `[${address}]:${actualPort}` : `${address}:${actualPort}`);
  } catch (e) {
    if (i > 0 && ["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(e.code)) continue; // no IPv6 here
    console.error(e.code === "EADDRINUSE" ? `端口 ${port} 已被占用（另一个 dev-server 还在运行？）/ port ${port} is in use` : `服务器错误：${e.message}`);
    process.exit(1);
  }
}

const base = `${options ? "https" : "http"}://${host && !["0.0.0.0", "::"].includes(host) ? (host.includes(":") ? `[${host}]` : host) : "localhost"}:${actualPort}/`;
if (mountMissing(MOUNTS[MOUNTS.length - 1]) || !buildInfo().addins?.length) console.warn(`注意：${shown(addinDir)}/ 还没有构建，先运行 npm run build`);
if (argv.includes("--start")) {
  // The WPS steps in Chinese come from addin/src/wps/instructions.ts.
  const wpsSteps = (await loadAddinTool("addin/src/wps/instructions.ts", "wps-instructions")).run(root, base);
  console.log(`\n${instructions(base)}\n\n${wpsSteps}\n`);
} else console.log(`dev-server: ${base}  ${[...MOUNTS].reverse().map((m) => `${m.prefix} → ${shown(m.dir)}/`).join("，")}`);
console.log(`只在 ${listening.join("、")} 上监听 / listening on ${listening.join(", ")}${host ? "" : "（本机 loopback；--host=0.0.0.0 对局域网开放）"}`);
if (host && ["0.0.0.0", "::"].includes(host)) console.warn("注意：--host 让局域网中的其他机器也能访问此服务器 / reachable from the network");
if (options) console.log(caInstalledHint());
console.log("按 Ctrl+C 停止 / Ctrl+C to stop.");
