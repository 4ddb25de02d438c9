// The built command line (`node bin/zhengce.cjs …`): exit codes, the four-errors demo without a stack trace,
// eval with its explanation, eval --jsonl batches, list --json. Depends on policies/pinghu-000-xinzhi.zc (EQUIPMENT).
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

function zhengce(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "zhengce.cjs"), ...args], { cwd: ROOT, encoding: "utf8", input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Node prints stack frames as "    at fn (file:line:col)". */
const STACK = /^\s+at .+[:(]/m;

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

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

  it("--jsonl exits 0 when every line has a value", () => {
    const r = zhengce(["eval", "--jsonl"], `${JSON.stringify({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\n`);
    expect(r.stdout).toBe('{"value":"60"}\n'); // 2000 × 3%
    expect(r.code).toBe(0);
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
