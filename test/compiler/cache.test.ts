// The CLI's evaluator cache: a second start uses the cached scripts; a changed policy text is compiled afresh;
// an entry that is not exactly what was written (issue 10.5) is rebuilt silently; the directory stays small.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KEEP_ENTRIES, loadEvaluators } from "../../compiler/driver/cache.js";
import { callFunction } from "../../runtime/adapter.js";

const policy = (amount: string) => `政策 缓存测试
命名空间 CACHE
来源 cache.txt
条款 FIXED「定额」第1条
  中文名 定额奖励
  原文：
    给予${amount}万元奖励。
  结果 = ${amount}万元
  示例：
    → ${amount}万元
`;

describe("evaluator cache", () => {
  it("reuses the cached scripts for the same text and recompiles a changed one", () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-cache-"));
    const first = loadEvaluators([{ path: "c.zc", text: policy("10") }], dir);
    expect(callFunction(first.registry.get("CACHE.FIXED")!, [])).toEqual({ ok: true, value: "10" });
    expect(readdirSync(dir)).toHaveLength(1);
    const again = loadEvaluators([{ path: "c.zc", text: policy("10") }], dir);
    expect(callFunction(again.registry.get("CACHE.FIXED")!, [])).toEqual({ ok: true, value: "10" });
    expect(readdirSync(dir)).toHaveLength(1);
    const changed = loadEvaluators([{ path: "c.zc", text: policy("20") }], dir);
    expect(callFunction(changed.registry.get("CACHE.FIXED")!, [])).toEqual({ ok: true, value: "20" });
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("reports files with errors and leaves their functions out", () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-cache-"));
    const { registry, broken } = loadEvaluators([{ path: "bad.zc", text: policy("10").replace("结果 = 10万元", "结果 = 10万元 + 3%") }], dir);
    expect(broken).toEqual(["bad.zc"]);
    expect(registry.size).toBe(0);
  });
});

const tempDir = () => mkdtempSync(join(tmpdir(), "zc-cache-"));
const only = (dir: string) => {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return join(dir, files[0]!);
};
const fixed = (dir: string, amount: string) => callFunction(loadEvaluators([{ path: "c.zc", text: policy(amount) }], dir).registry.get("CACHE.FIXED")!, []);

describe("evaluator cache integrity (issue 10.5)", () => {
  it("the key frames each path and text with its length: sources that run together differently are different keys", () => {
    // Written one after the other without lengths, these two sets of files read the same:
    //   a.zc + "<policy 10>\\0b.zc\\0<policy 20 as CACHE2>"   and   a.zc + "<policy 10>", b.zc + "<policy 20 as CACHE2>".
    const second = policy("20").replace("命名空间 CACHE", "命名空间 CACHETWO");
    const dir = tempDir();
    const glued = loadEvaluators([{ path: "a.zc", text: `${policy("10")}\\0b.zc\\0${second}` }], dir);
    expect(glued.broken).toEqual(["a.zc"]); // garbage in the middle of one file
    const apart = loadEvaluators([{ path: "a.zc", text: policy("10") }, { path: "b.zc", text: second }], dir);
    expect(apart.broken).toEqual([]);
    expect(callFunction(apart.registry.get("CACHE.FIXED")!, [])).toEqual({ ok: true, value: "10" });
    expect(callFunction(apart.registry.get("CACHETWO.FIXED")!, [])).toEqual({ ok: true, value: "20" });
  });

  it("an entry that parses but is wrong ({}) is rebuilt silently", () => {
    const dir = tempDir();
    expect(fixed(dir, "10")).toEqual({ ok: true, value: "10" });
    const file = only(dir);
    writeFileSync(file, "{}");
    expect(fixed(dir, "10")).toEqual({ ok: true, value: "10" });
    expect(readFileSync(file, "utf8")).not.toBe("{}"); // and repaired
    expect(fixed(dir, "10")).toEqual({ ok: true, value: "10" });
  });

  it("an entry whose script throws is rebuilt silently", () => {
    const dir = tempDir();
    fixed(dir, "10");
    const file = only(dir);
    writeFileSync(file, JSON.stringify({ broken: [], scripts: ["throw new Error('corrupt')"] }));
    expect(fixed(dir, "10")).toEqual({ ok: true, value: "10" });
  });

  it("a hand-edited entry is not trusted: its content hash no longer matches, so it is rebuilt", () => {
    const dir = tempDir();
    fixed(dir, "10");
    const file = only(dir);
    const text = readFileSync(file, "utf8");
    const constant = 'Exact(\\"10\\")'; // the amount in the emitted script, inside the JSON payload
    expect(text).toContain(constant);
    writeFileSync(file, text.split(constant).join('Exact(\\"99\\")'));
    expect(fixed(dir, "10")).toEqual({ ok: true, value: "10" });
  });

  it("a truncated entry is rebuilt", () => {
    const dir = tempDir();
    fixed(dir, "10");
    const file = only(dir);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, text.length / 2));
    expect(fixed(dir, "10")).toEqual({ ok: true, value: "10" });
  });

  it(`the directory keeps at most ${KEEP_ENTRIES} entries, the most recently used`, () => {
    const dir = tempDir();
    const t0 = Date.now() / 1000 - 1000; // in the past: each new entry is the most recent
    const entryOf = new Map<number, string>();
    for (let i = 1; i <= KEEP_ENTRIES + 4; i++) {
      const before = new Set(readdirSync(dir));
      expect(fixed(dir, String(i))).toEqual({ ok: true, value: String(i) });
      const created = readdirSync(dir).filter((f) => !before.has(f));
      expect(created).toHaveLength(1);
      entryOf.set(i, created[0]!);
      utimesSync(join(dir, created[0]!), t0 + i, t0 + i); // distinct modification times without waiting
    }
    const left = new Set(readdirSync(dir));
    expect(left.size).toBe(KEEP_ENTRIES);
    // Writing entries 9–12 removed the oldest each time: 1, 2, 3, 4.
    for (let i = 1; i <= 4; i++) expect(left.has(entryOf.get(i)!), `entry ${i}`).toBe(false);
    for (let i = 5; i <= KEEP_ENTRIES + 4; i++) expect(left.has(entryOf.get(i)!), `entry ${i}`).toBe(true);
  });

  it("files in the directory that the cache did not write are left alone", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "keep me");
    for (let i = 1; i <= KEEP_ENTRIES + 2; i++) fixed(dir, String(i));
    expect(readdirSync(dir)).toContain("notes.txt");
  });
});
