// Size is no attack (issue 10, items 6–8): a band table of thousands of rows compiles into code whose nesting does
// not grow with the rows, and evaluates; compile time grows linearly with the number of clauses, warnings included.
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/driver/compile.js";
import { emitModule } from "../../compiler/emit/index.js";
import { loadEmitted } from "../../compiler/driver/load.js";
import { interpretedFunction } from "../../compiler/interpret/index.js";
import { callFunction } from "../../runtime/adapter.js";
import { runExamples, emitAll, loadAll } from "../../compiler/driver/project.js";
import { compileSources } from "../../compiler/driver/compile.js";

const HEAD = "政策 规模测试\n命名空间 SCALE\n来源 s.txt\n";

/** A 分档 table of `rows` bands of 10万元 each, the k-th paying k万元, with two hand-worked examples. */
function bandTable(rows: number): string {
  const bands = Array.from({ length: rows }, (_, k) => `    ${k * 10}万元（含）到${(k + 1) * 10}万元：${k}万元`).join("\n");
  return `${HEAD}条款 BAND「大表」第1条\n  中文名 大表条款\n  原文：奖励。\n  参数：\n    甲：金额\n  结果 = 分档 甲：\n${bands}\n    ${rows * 10}万元以上：${rows}万元\n  示例：\n    甲 = 15万元 → 1万元\n    甲 = ${rows * 10 - 5}万元 → ${rows - 1}万元\n`;
}

describe("large band tables", () => {
  it.each([2000, 4000])("%i rows: checked, emitted, loaded and evaluated (the compiled code and the interpreter agree)", (rows) => {
    const text = bandTable(rows);
    const f = compileSource({ path: "band.zc", text });
    expect(f.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const code = emitModule(f.program!, ["band.zc"]);
    const maxIndent = Math.max(...code.split("\n").map((l) => l.length - l.trimStart().length));
    expect(maxIndent).toBeLessThan(20); // flat: the nesting does not grow with the rows
    const [compiled] = loadEmitted(code);
    const interpreted = interpretedFunction(f.program!.clauses[0]!);
    // 15 lies in the second band [10, 20): 1万元; 1234.5 in band 123 [1230, 1240): 123万元; the top band pays `rows`.
    for (const [arg, want] of [[15, "1"], [1234.5, "123"], [rows * 10 + 1, String(rows)]] as const) {
      expect(callFunction(compiled!, [arg])).toEqual({ ok: true, value: want });
      expect(callFunction(interpreted, [arg])).toEqual({ ok: true, value: want });
    }
    const comp = compileSources([{ path: "band.zc", text }]);
    expect(runExamples(comp, loadAll(emitAll(comp))).every((o) => o.passed)).toBe(true); // what zhengce test runs
  }, 60_000);
});

describe("compile time grows linearly", () => {
  /** `n` clauses, each with an unused step (a warning) and a duplicate-free Chinese name. */
  function clauses(n: number): string {
    const name = (i: number) => String.fromCharCode(0x4e00 + (i % 20000)) + String.fromCharCode(0x4e00 + Math.floor(i / 20000));
    return HEAD + Array.from({ length: n }, (_, i) =>
      `条款 C${i}「条款」第${i}条\n  中文名 条款甲${name(i)}\n  原文：奖励10万元。\n  参数：\n    甲：金额\n  未用 = 甲\n  结果 = 甲 × 3%\n  示例：\n    甲 = 100万元 → 3万元\n`).join("\n");
  }
  const time = (text: string) => {
    const started = performance.now();
    compileSource({ path: "many.zc", text });
    return performance.now() - started;
  };

  it("a clause costs about the same in a file of 8,000 clauses with warnings as in one of 1,000 (quadratic: 8×)", () => {
    const small = clauses(1000), large = clauses(8000);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    time(small); // warm-up
    const perClause = { small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 3; i++) {
      perClause.small.push(time(small) / 1000);
      perClause.large.push(time(large) / 8000);
    }
    expect(median(perClause.large) / median(perClause.small)).toBeLessThan(3);
  }, 180_000);
});
