// The built command line (`node bin/zhengce.cjs …`): exit codes, the four-errors demo without a stack trace,
// eval with its explanation, eval --jsonl batches, list --json. Depends on policies/pinghu-000-xinzhi.zc (EQUIPMENT).
import { beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.js";
import { displayWidth } from "../../compiler/diagnostics/render.js";

function zhengce(args: string[], input?: string | Buffer, cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "zhengce.cjs"), ...args], { cwd, encoding: "utf8", input, timeout: 60_000, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `zhengce eval --jsonl` with stdin written in two parts: the second only after the answer to the first part's
 * complete line has come back, so the CLI has certainly read the first part as a chunk of its own.
 */
function jsonlInTwoParts(first: Buffer, second: Buffer): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "zhengce.cjs"), "eval", "--jsonl"], { cwd: ROOT });
    let stdout = "";
    child.stdout.on("data", (b: Buffer) => {
      const before = stdout;
      stdout += b.toString("utf8");
      if (!before.includes("\n") && stdout.includes("\n")) child.stdin.end(second);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
    child.stdin.write(first);
  });
}

/** Node prints stack frames as "    at fn (file:line:col)". */
const STACK = /^\s+at .+[:(]/m;

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

describe("zhengce <command> --help", () => {
  it("prints the usage and exits 0 for every command, without running it", () => {
    for (const command of ["check", "test", "build", "eval", "settle", "list", "codes"]) {
      for (const flag of ["--help", "-h"]) {
        const r = zhengce([command, flag]);
        expect(r.code, `${command} ${flag}`).toBe(0);
        expect(r.stdout, `${command} ${flag}`).toMatch(/^用法：zhengce <命令> \[参数\]\n/);
        expect(r.stdout + r.stderr, `${command} ${flag}`).not.toContain("生成了");
      }
    }
  });
});

describe("zhengce check", () => {
  it("exits 1 on the four-errors demo, printing all four with codes, positions, source lines and carets, no stack trace", () => {
    const r = zhengce(["check", "test/fixtures/bad/four-errors.zc"]);
    expect(r.code).toBe(1);
    for (const code of ["Z0401", "Z0301", "Z0104", "Z0501"]) expect(r.stdout).toContain(`错误[${code}]`);
    expect(r.stdout).toMatch(/test\/fixtures\/bad\/four-errors\.zc:14:8/);
    expect(r.stdout).toMatch(/test\/fixtures\/bad\/four-errors\.zc:19:5/);
    expect(r.stdout).toContain("15 │   加点 = 若 企业类别是A类 则 1% 否则 0%");
    expect(r.stdout).toMatch(/│ +\^+/);
    expect(r.stdout).toContain("4 个错误");
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.stdout + r.stderr).not.toContain("Error:");
  });

  it("exits 0 on a clean file", () => {
    const r = zhengce(["check", "test/fixtures/emit/small.zc"]);
    expect(r.stdout).toContain("0 个错误");
    expect(r.code).toBe(0);
  });

  it("exits 2 on a usage error: an unknown command, a missing path", () => {
    const unknown = zhengce(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("未知的命令");
    const missing = zhengce(["check", "no/such/file.zc"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no/such/file.zc");
    expect(missing.stderr).not.toMatch(STACK);
  });
});

describe("zhengce eval", () => {
  it("PINGHU.EQUIPMENT 4000 A类 prints 170 first, then an explanation citing 第20条", () => {
    const r = zhengce(["eval", "PINGHU.EQUIPMENT", "4000", "A类"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("170"); // A类 raises each rate by 1 point: 3000 × 4% + 1000 × 5% = 120 + 50
    expect(r.stdout).toContain("第20条");
    expect(r.stdout).toContain("结果");
    expect(r.stdout).toContain("170万元");
  });

  it("a bad argument is a Chinese error naming the parameter, exit 1", () => {
    const r = zhengce(["eval", "PINGHU.EQUIPMENT", "abc"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("「设备投资额」");
    expect(r.stderr).not.toMatch(STACK);
  });

  it("an unknown function is a usage error (2)", () => {
    const r = zhengce(["eval", "PINGHU.NO_SUCH_FUNCTION", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("PINGHU.NO_SUCH_FUNCTION");
  });

  it("a mistyped name gets the nearest names; a bare EQUIPMENT lists the cities that have it (issue 14.9)", () => {
    const typo = zhengce(["eval", "PINGHU.RD_GROWHT", "1"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("你是不是想写 PINGHU.RD_GROWTH？");
    const bare = zhengce(["eval", "EQUIPMENT", "4000"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("PINGHU、SHAOXING、WUYI"); // 平湖 第20条, 绍兴（八）, 武义 第4条 all have EQUIPMENT
  });

  it("names are case-insensitive and full-width input reads as half-width (issue 10.15)", () => {
    const r = zhengce(["eval", "pinghu.equipment", "４０００", "Ａ类"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("170");
  });

  it("too many arguments: the function is named once", () => {
    const r = zhengce(["eval", "PINGHU.EQUIPMENT", "1", "A类", "3"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("PINGHU.EQUIPMENT：最多接受 2 个参数（设备投资额、企业类别），收到 3 个");
  });

  it("the explanation groups digits, shows the result in 万元 and 元, and keeps its columns aligned in CJK widths", () => {
    // 123456.789万元, A类: 3000 × 4% + 2000 × 5% + 118456.789 × 6% = 120 + 100 + 7107.40734, capped at 500.
    const r = zhengce(["eval", "PINGHU.EQUIPMENT", "123456.789", "A类"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("500");
    expect(r.stdout).toContain("结果：500万元（5,000,000.00元）");
    expect(r.stdout).toContain("123,456.789万元");
    expect(r.stdout).toContain("7,107.40734万元");
    const header = lines.findIndex((l) => /^ +步骤 +值 +依据$/.test(l));
    expect(header).toBeGreaterThan(0);
    const valueColumn = displayWidth(lines[header]!.slice(0, lines[header]!.indexOf("值")));
    const sourceColumn = displayWidth(lines[header]!.slice(0, lines[header]!.indexOf("依据")));
    const rows = lines.slice(header + 1).filter((l) => l.trim());
    let withValue = 0;
    for (const row of rows) {
      const m = /^( {2}\S.*?\S?)( {2,})(\S+)( {2,}(\S.*))?$/.exec(row);
      if (!m) {
        expect(displayWidth(row), `a wrapped step stays inside its column: ${row}`).toBeLessThan(valueColumn);
        continue;
      }
      withValue++;
      expect(displayWidth(m[1]! + m[2]!), row).toBe(valueColumn);
      if (m[5]) expect(displayWidth(row.slice(0, row.length - m[5].length)), row).toBe(sourceColumn);
    }
    expect(withValue).toBe(8); // two inputs, 加点, three slices, 分段奖励, 结果
  });

  it("--jsonl answers each line; a malformed line gets an error line, the batch goes on, and the exit code is 1", () => {
    const input = [
      JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [4000, "A类"] }),
      "{not json",
      JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [2000] }), // 2000 × 3% = 60
      JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [-1] }),
      JSON.stringify({ args: [1] }),
      "",
    ].join("\n");
    const r = zhengce(["eval", "--jsonl"], input);
    expect(r.code).toBe(1); // some lines are errors; every line is still answered
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(5); // the final newline ends line 5; it does not start a sixth line
    expect(out[0]).toEqual({ value: "170" });
    expect(Object.keys(out[1]!)).toEqual(["error"]);
    expect(out[1]!.error).toContain("第2行");
    expect(out[2]).toEqual({ value: "60" });
    expect(Object.keys(out[3]!)).toEqual(["error"]);
    expect(out[3]!.error).toContain("「设备投资额」");
    expect(Object.keys(out[4]!)).toEqual(["error"]);
    expect(r.stderr).toContain("共 5 行，其中 3 行出错");
  });

  it("--jsonl decodes the stream, not each chunk: a character split between two reads is intact (issue 10.2)", async () => {
    const bytes = Buffer.from(`${JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\n${JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [4000, "A类"] })}\n`, "utf8");
    const cut = bytes.lastIndexOf(Buffer.from("类")) + 1; // inside the three bytes of 类, on the second line
    const r = await jsonlInTwoParts(bytes.subarray(0, cut), bytes.subarray(cut));
    expect(r.stdout).toBe('{"value":"60"}\n{"value":"170"}\n');
    expect(r.code).toBe(0);
  }, 60_000);

  it("--jsonl answers a 10 MB line quickly with an error, and the next line normally (issue 10.8)", () => {
    const huge = JSON.stringify({ fn: "PINGHU.HYDROGEN", args: ["9".repeat(10_000_000), 2024] });
    const t0 = Date.now();
    const r = zhengce(["eval", "--jsonl"], `${huge}\n${JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\n`);
    expect(Date.now() - t0).toBeLessThan(30_000);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, string>);
    expect(out).toHaveLength(2);
    expect(out[0]!.error).toContain("第1行太长");
    expect(out[1]).toEqual({ value: "60" });
  });

  it("--jsonl exits 0 when every line has a value", () => {
    const r = zhengce(["eval", "--jsonl"], `${JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\n`);
    expect(r.stdout).toBe('{"value":"60"}\n'); // 2000 × 3%
    expect(r.code).toBe(0);
  });
});

describe("policies/ with entries that are not policy files (issue 10.9)", () => {
  it("a directory named x.zc and a dangling link are skipped and told; check and eval still work", () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-policies-"));
    mkdirSync(join(dir, "policies"));
    // The draft's 附则6 ladders name functions of 平政发〔2024〕10号: the namespace's two documents go together.
    for (const f of ["pinghu-000-xinzhi.zc", "pinghu-003-pingzhengfa-2024-10.zc"]) copyFileSync(join(ROOT, "policies", f), join(dir, "policies", f));
    mkdirSync(join(dir, "policies", "x.zc"));
    symlinkSync(join(dir, "nowhere.zc"), join(dir, "policies", "y.zc"));
    const check = zhengce(["check"], undefined, dir);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stderr).toContain("跳过 ");
    expect(check.stderr).toContain("x.zc：这是一个目录，不是政策文件");
    expect(check.stderr).toContain("y.zc：是指向不存在的文件的链接");
    expect(check.stdout + check.stderr).not.toContain("内部错误");
    const evaluated = zhengce(["eval", "PINGHU.EQUIPMENT", "4000", "A类"], undefined, dir);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    expect(evaluated.stdout.split("\n")[0]).toBe("170");
    // settle loads the policies the same way, and says so too (3000 × 4% + 1000 × 5% = 170, no rule applies).
    const settled = zhengce(["settle", "--jsonl"], '{"enterprise":"甲","project":"一期","year":2024,"fn":"PINGHU.EQUIPMENT","args":[4000,"A类"]}\n', dir);
    expect(settled.code, settled.stderr).toBe(0);
    expect(JSON.parse(settled.stdout).value).toBe("170");
    expect(settled.stderr).toContain("x.zc：这是一个目录，不是政策文件");
    const named = zhengce(["check", "policies/y.zc"], undefined, dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("policies/y.zc：是指向不存在的文件的链接");
  });
});

describe("zhengce list --json", () => {
  it("lists every function with its id, names, article, source and parameters in Excel order", () => {
    const r = zhengce(["list", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; zh: string; zhName: string; article: string; source: string; params: { name: string; type: string; optional?: boolean; default?: unknown; values?: string[] }[]; result: string }[];
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBeGreaterThan(1);
    for (const f of list) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9]*\.[A-Za-z][A-Za-z0-9._]{2,63}$/);
      expect(typeof f.zh).toBe("string");
      expect(f.zhName).toMatch(/^[\u4e00-\u9fffA-Za-z]{3,}$/);
      expect(f.result).toBe("money");
      expect(Array.isArray(f.params)).toBe(true);
      for (const p of f.params) expect(["money", "ratio", "quantity", "enum", "flag", "year", "number"]).toContain(p.type);
    }
    const eq = list.find((f) => f.id === "PINGHU.EQUIPMENT")!;
    expect(eq.article).toBe("第20条");
    expect(eq.params.map((p) => [p.name, p.type])).toEqual([["设备投资额", "money"], ["企业类别", "enum"]]);
    expect(eq.params[1]).toMatchObject({ optional: true, default: "其他", values: ["A类", "数字经济项目", "其他"] });
    expect(new Set(list.map((f) => f.id)).size).toBe(list.length);
  });
});
