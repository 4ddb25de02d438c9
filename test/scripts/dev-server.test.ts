// scripts/addin-dev-server.mjs as a user and a hostile page meet it (issue 10.10, 10.11): loopback only, GET/HEAD
// only, no CORS, nosniff, 404s that do not echo the request, mounts for /wps/ and /studio/, a private key only its
// owner can read, and no crash when the build replaces dist/ while it serves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../compiler/helpers.js";

interface Server { child: ChildProcess; port: number; output: () => string }

/** Starts the dev server on a free port and waits until it says it listens. */
function startServer(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "addin-dev-server.mjs"), "--port=0", ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let text = "";
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${text}`)), 60_000);
    const onData = (b: Buffer) => {
      text += b.toString("utf8");
      const port = /:\/\/localhost:(\d+)\//.exec(text)?.[1];
      if (port && text.includes("Ctrl+C")) {
        clearTimeout(timer);
        resolve({ child, port: Number(port), output: () => text });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`dev server exited ${code}:\n${text}`)));
  });
}

function stop(s: Server | undefined): void {
  if (s && s.child.exitCode === null) s.child.kill();
}

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

function request(port: number, path: string, method = "GET", host = "127.0.0.1", tls = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = (tls ? https : http).request({ host, port, path, method, rejectUnauthorized: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("dev server over http", () => {
  let server: Server | undefined;
  const dist = mkdtempSync(join(tmpdir(), "zc-dist-"));

  beforeAll(async () => {
    mkdirSync(join(dist, "addin", "PINGHU"), { recursive: true });
    writeFileSync(join(dist, "addin", "index.html"), "<p>excel</p>");
    writeFileSync(join(dist, "addin", "PINGHU", "functions.js"), "/* functions */");
    mkdirSync(join(dist, "wps"));
    writeFileSync(join(dist, "wps", "index.html"), "<p>wps</p>");
    server = await startServer(["--http", `--dist=${dist}`]);
  }, 70_000);
  afterAll(() => stop(server));

  it("serves / from dist/addin/ and /wps/ from dist/wps/", async () => {
    const excel = await request(server!.port, "/");
    expect([excel.status, excel.body, excel.headers["content-type"]]).toEqual([200, "<p>excel</p>", "text/html; charset=utf-8"]);
    expect((await request(server!.port, "/PINGHU/functions.js")).body).toBe("/* functions */");
    expect((await request(server!.port, "/wps/")).body).toBe("<p>wps</p>");
    const bare = await request(server!.port, "/wps");
    expect([bare.status, bare.headers.location]).toEqual([301, "/wps/"]);
  });

  it("a mount not built yet answers 404 with a hint to build", async () => {
    const r = await request(server!.port, "/studio/");
    expect(r.status).toBe(404);
    expect(r.body).toContain("npm run build");
    expect(r.body).toContain("/studio/");
  });

  it("a 404 does not echo the request path", async () => {
    const r = await request(server!.port, "/%3Cscript%3Ealert(1)%3C/script%3E.js");
    expect(r.status).toBe(404);
    expect(r.body).not.toContain("script");
    expect(r.body).not.toContain("alert");
  });

  it("only GET and HEAD: anything else is 405 with Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) {
      const r = await request(server!.port, "/", method);
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe("GET, HEAD");
    }
    const head = await request(server!.port, "/", "HEAD");
    expect([head.status, head.body, head.headers["content-length"]]).toEqual([200, "", "12"]);
  });

  it("no CORS header, and nosniff on every answer", async () => {
    for (const path of ["/", "/nope", "/studio/"]) {
      const r = await request(server!.port, path);
      expect(r.headers["access-control-allow-origin"], path).toBeUndefined();
      expect(r.headers["x-content-type-options"], path).toBe("nosniff");
    }
  });

  it("paths outside the mount are refused", async () => {
    for (const path of ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/a%00b"]) {
      const r = await request(server!.port, path);
      expect([400, 403, 404], path).toContain(r.status);
      expect(r.body).not.toContain("root:");
    }
  });

  it("listens on loopback only: 127.0.0.1 and ::1, not the machine's network address", async () => {
    const addresses = Object.values(networkInterfaces()).flat();
    const ipv6Loopback = addresses.some((i) => i?.internal && i.address === "::1");
    expect(server!.output()).toMatch(ipv6Loopback ? /只在 127\.0\.0\.1:\d+、\[::1\]:\d+ 上监听/ : /只在 127\.0\.0\.1:\d+ 上监听/);
    expect((await request(server!.port, "/", "GET", "127.0.0.1")).status).toBe(200);
    if (ipv6Loopback) expect((await request(server!.port, "/", "GET", "::1")).status).toBe(200);
    // Any address of this machine that is not loopback must refuse the connection.
    for (const a of addresses.filter((i) => i && !i.internal && !i.address.startsWith("fe80"))) {
      await expect(request(server!.port, "/", "GET", a!.address), a!.address).rejects.toMatchObject({ code: "ECONNREFUSED" });
    }
  });

  it("survives the build replacing dist/addin/ while it serves (no existsSync/statSync race)", async () => {
    const dir = join(dist, "addin");
    const files = Array.from({ length: 20 }, (_, i) => `f${i}.js`);
    const rebuild = () => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, "sub"), { recursive: true });
      for (const f of files) writeFileSync(join(dir, f), "x".repeat(2000));
      writeFileSync(join(dir, "sub", "index.html"), "hi");
    };
    const statuses = new Map<number | string, number>();
    const end = Date.now() + 1500;
    const builder = (async () => { while (Date.now() < end) { rebuild(); await new Promise((r) => setImmediate(r)); } })();
    const clients = Array.from({ length: 12 }, async () => {
      while (Date.now() < end) {
        const path = Math.random() < 0.3 ? "/sub/" : `/${files[Math.floor(Math.random() * files.length)]}`;
        const s = await request(server!.port, path).then((r) => r.status, (e: NodeJS.ErrnoException) => e.code ?? "error");
        statuses.set(s, (statuses.get(s) ?? 0) + 1);
      }
    });
    await Promise.all([builder, ...clients]);
    expect(server!.child.exitCode).toBeNull();
    expect([...statuses.keys()].every((s) => s === 200 || s === 404), JSON.stringify([...statuses])).toBe(true);
    expect(statuses.get(200)).toBeGreaterThan(0);
    rebuild();
    writeFileSync(join(dir, "index.html"), "<p>excel</p>");
    expect((await request(server!.port, "/")).status).toBe(200);
  }, 30_000);
});

describe("dev server --start (npm start)", () => {
  let server: Server | undefined;
  afterAll(() => stop(server));

  it("lists each city's task pane with its policy functions and the add-in's own, as the build counts them", async () => {
    const dist = mkdtempSync(join(tmpdir(), "zc-dist-"));
    mkdirSync(join(dist, "addin"), { recursive: true });
    const info = { baseUrl: "http://localhost:3000/", addins: [{ namespace: "PINGHU", city: "平湖", ids: ["EQUIPMENT", "RD_GROWTH", "EXPLAIN", "SETTLE", "SETTLE_REASONS"], functions: 2, manifest: "manifest.PINGHU.xml" }] };
    writeFileSync(join(dist, "addin", "build-info.json"), JSON.stringify(info));
    server = await startServer(["--http", "--start", `--dist=${dist}`]);
    expect(server.output()).toMatch(/PINGHU\/taskpane\.html {4}平湖（2 个函数 \+ EXPLAIN、SETTLE、SETTLE_REASONS）/);
  }, 70_000);
});

describe("dev server over https", () => {
  let server: Server | undefined;
  afterAll(() => stop(server));

  it("writes the certificate's private key readable by its owner only (0600), and fixes an older 0644 key", async () => {
    const home = mkdtempSync(join(tmpdir(), "zc-home-"));
    const dist = mkdtempSync(join(tmpdir(), "zc-dist-"));
    server = await startServer([`--dist=${dist}`], { HOME: home, USERPROFILE: home });
    const key = join(home, ".office-addin-dev-certs", "localhost.key");
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect((await request(server.port, "/nope", "GET", "127.0.0.1", true)).status).toBe(404);
    stop(server);
    await new Promise((r) => server!.child.once("exit", r));
    chmodSync(key, 0o644); // as office-addin-dev-certs left it before
    server = await startServer([`--dist=${dist}`], { HOME: home, USERPROFILE: home });
    expect(statSync(key).mode & 0o777).toBe(0o600);
  }, 130_000);
});
