// The CLI's evaluator cache: a second start uses the cached scripts; a changed policy text is compiled afresh.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEvaluators } from "../../compiler/driver/cache.js";
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
