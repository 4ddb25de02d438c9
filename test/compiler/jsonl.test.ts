// compiler/cli/jsonl.ts, the JSON-lines reader shared by the batch commands, and `eval --jsonl` answers in process
// (evalJsonLine, main with a given stdin). Expected values by hand: PINGHU.EQUIPMENT(4000, A类) = 3000 × 4% +
// 1000 × 5% = 170 (A类 raises each rate by 1 point); (2000) = 2000 × 3% = 60.
import { describe, expect, it } from "vitest";
import { JsonlSplitter, parseLine, readJsonl, runJsonl, type JsonlAnswer, type JsonlRecord } from "../../compiler/cli/jsonl.js";
import { evalJsonLine, main } from "../../compiler/cli/main.js";
import { WrittenNumber } from "../../runtime/numtext.js";
import { NAMESPACES } from "../../generated/index.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { checkedClauses, clauseProgram } from "./helpers.js";
import { seededRandom } from "../support/rng.js";
import { interpretedFunction } from "../../compiler/interpret/index.js";

const registry = new Map<string, CompiledFunction>(Object.values(NAMESPACES).flat().map((f) => [f.meta.id, f]));
const line = (o: unknown) => JSON.stringify(o);

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array | string> {
  for (const p of parts) yield p;
}

async function records(...parts: (string | Uint8Array)[]): Promise<JsonlRecord[]> {
  const out: JsonlRecord[] = [];
  for await (const r of readJsonl(chunks(...parts))) out.push(r);
  return out;
}

/** Runs `zhengce eval --jsonl` in process on the given stdin chunks. */
async function evalJsonl(...parts: (string | Uint8Array)[]): Promise<{ code: number; answers: Record<string, unknown>[]; stderr: string }> {
  let stdout = "", stderr = "";
  const code = await main(["eval", "--jsonl"], { write: (s: string) => { stdout += s; } }, { write: (s: string) => { stderr += s; } }, chunks(...parts));
  return { code, answers: stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr };
}

describe("the byte stream is decoded whole lines at a time (issue 10.2)", () => {
  it("a Chinese character split between two chunks is read intact", async () => {
    const bytes = Buffer.from(`${line({ fn: "PINGHU.EQUIPMENT", args: [4000, "A类"] })}\n`, "utf8");
    const cut = bytes.indexOf(Buffer.from("类")) + 1; // inside the three bytes of 类
    for (const split of [cut, cut + 1]) {
      const r = await evalJsonl(bytes.subarray(0, split), bytes.subarray(split));
      expect(r.answers).toEqual([{ value: "170" }]);
    }
  });
  it("every byte its own chunk", async () => {
    const bytes = Buffer.from(`${line({ fn: "PINGHU.EQUIPMENT", args: ["4000万元", "A类"] })}\n${line({ fn: "PINGHU.EQUIPMENT", args: [2000] })}`, "utf8");
    const r = await evalJsonl(...[...bytes].map((b) => Uint8Array.of(b)));
    expect(r.answers).toEqual([{ value: "170" }, { value: "60" }]);
  });
});

describe("how the input is cut into chunks never changes what is read", () => {
  it("random cuts, one chunk, and one byte per chunk give the same records", () => {
    const lines = [
      '\ufeff{"fn":"PINGHU.EQUIPMENT","args":[4000,"A类"]}', "", '{"fn":"X","args":["（含）",12345678901234567890.5]}\r',
      "   ", '{"a":', '{"fn":"平湖","args":["４０００万元"]}', '{"s":"\\u2028 😀 类"}\r', "[1,2]",
    ];
    const input = Buffer.concat([Buffer.from(lines.join("\n"), "utf8"), Buffer.from([0x0a, 0xc0, 0xe0, 0x0a]), Buffer.from("{}")]);
    const feed = (cuts: number[]) => {
      const splitter = new JsonlSplitter();
      const out: JsonlRecord[] = [];
      let at = 0;
      for (const cut of [...cuts, input.length]) {
        out.push(...splitter.push(input.subarray(at, cut)));
        at = cut;
      }
      return [...out, ...splitter.end()].map((r) => JSON.stringify(r, (_k, v) => (v instanceof WrittenNumber ? `#${v.text}` : v)));
    };
    const whole = feed([]);
    expect(whole).toHaveLength(10);
    expect(feed(Array.from({ length: input.length - 1 }, (_, i) => i + 1))).toEqual(whole);
    const random = seededRandom(11);
    for (let round = 0; round < 200; round++) {
      const cuts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * input.length)).sort((a, b) => a - b);
      expect(feed(cuts), JSON.stringify(cuts)).toEqual(whole);
    }
  });
});

describe("one answer per input line, always (issue 10.3)", () => {
  it("blank lines get an error answer, so answers line up with inputs", async () => {
    const input = [line({ fn: "PINGHU.EQUIPMENT", args: [2000] }), "", "   ", line({ fn: "PINGHU.EQUIPMENT", args: [4000, "A类"] }), ""].join("\n");
    const r = await evalJsonl(input);
    expect(r.answers).toHaveLength(4);
    expect(r.answers[0]).toEqual({ value: "60" });
    expect(r.answers[1]).toEqual({ error: "第2行是空行（每行应为一个 JSON 对象）" });
    expect(r.answers[2]!.error).toContain("第3行是空行");
    expect(r.answers[3]).toEqual({ value: "170" });
    expect(r.code).toBe(1);
  });
  it("a last line without a newline is answered; CRLF line ends are fine; an empty input has no lines", async () => {
    expect((await evalJsonl(`${line({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\r\n${line({ fn: "PINGHU.EQUIPMENT", args: [2000] })}`)).answers).toEqual([{ value: "60" }, { value: "60" }]);
    expect(await records("")).toEqual([]);
    expect(await records("\n")).toEqual([{ lineNo: 1, ok: false, error: "第1行是空行（每行应为一个 JSON 对象）" }]);
  });
  it("a line too long is answered with an error and not held in memory; the next line is read", async () => {
    const splitter = new JsonlSplitter({ maxLineBytes: 100 });
    const out = [
      ...splitter.push(`{"fn":"${"x".repeat(60)}`),
      ...splitter.push(`${"y".repeat(60)}"}\n{"a":1}\n`),
      ...splitter.end(),
    ];
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ lineNo: 1, ok: false });
    expect((out[0] as { error: string }).error).toContain("第1行太长");
    expect(out[1]).toMatchObject({ lineNo: 2, ok: true });
  });
  it("an answer function that throws gives that line an error answer; the batch goes on", async () => {
    const written: string[] = [];
    const summary = await runJsonl(chunks('{"a":1}\n{"a":2}\n'), { write: (s) => { written.push(s); } }, (lineNo) => {
      if (lineNo === 1) throw new Error("boom");
      return { value: "ok" };
    });
    expect(written.join("").trim().split("\n").map((l) => JSON.parse(l))).toEqual([{ error: "第1行内部错误：boom" }, { value: "ok" }]);
    expect(summary).toEqual({ lines: 2, errors: 1 });
  });
});

describe("numbers are read exactly as written (issue 10.4)", () => {
  it("JSON numbers become WrittenNumber with their text", () => {
    const r = parseLine(1, '{"args":[12345678901234567890.123456,1e3,-0.0]}');
    expect(r.ok).toBe(true);
    const args = (r as { value: { args: WrittenNumber[] } }).value.args;
    expect(args.map((a) => a instanceof WrittenNumber && a.text)).toEqual(["12345678901234567890.123456", "1e3", "-0.0"]);
  });
  it("12345678901234567890.123456 as an amount keeps all 26 digits through eval --jsonl", () => {
    const same = interpretedFunction(checkedClauses(clauseProgram("  参数：\n    投资额：金额\n  结果 = 投资额"))[0]!);
    const reg = new Map([[same.meta.id, same]]);
    expect(evalJsonLine(reg, '{"fn":"TEST.CLAUSE","args":[12345678901234567890.123456]}', 1)).toEqual({ value: "12345678901234567890.123456" });
    expect(evalJsonLine(reg, '{"fn":"TEST.CLAUSE","args":[123456789012345678901234.5678912]}', 1).error).toContain("最多 30 位有效数字");
  });
});

describe("encodings (issue 10.13)", () => {
  it("a UTF-8 byte order mark on the first line is ignored", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const r = await evalJsonl(Buffer.concat([bom, Buffer.from(`${line({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\n`)]));
    expect(r.answers).toEqual([{ value: "60" }]);
  });
  it("GBK input is said once to be not UTF-8; every line still gets exactly one answer", async () => {
    // {"fn":"PINGHU.EQUIPMENT","args":[4000,"A类"]} with 类 in GBK (C0 E0), three times, then a UTF-8 line.
    const gbkLine = Buffer.concat([Buffer.from('{"fn":"PINGHU.EQUIPMENT","args":[4000,"A'), Buffer.from([0xc0, 0xe0]), Buffer.from('"]}\n')]);
    const r = await evalJsonl(gbkLine, gbkLine, gbkLine, `${line({ fn: "PINGHU.EQUIPMENT", args: [2000] })}\n`);
    expect(r.answers).toHaveLength(4);
    expect(r.answers[0]!.error).toContain("输入须为 UTF-8 编码");
    expect(r.answers[0]!.error).toContain("GBK");
    expect(r.answers[1]!.error).toBe("第2行不是 UTF-8 编码的文字（见第1行的说明）");
    expect(r.answers[2]!.error).toBe("第3行不是 UTF-8 编码的文字（见第1行的说明）");
    expect(r.answers[3]).toEqual({ value: "60" });
    expect(r.stderr.match(/输入须为 UTF-8 编码/g)).toHaveLength(1);
  });
  it("UTF-16 input (NUL bytes) is not read as text", async () => {
    const r = await records(Buffer.from('\ufeff{"fn":"X"}\n', "utf16le"));
    expect(r.every((x) => !x.ok)).toBe(true);
    expect((r[0] as { error: string }).error).toContain("UTF-16");
  });
});

describe("eval --jsonl requests", () => {
  it("function names are case-insensitive and full-width forms read as half-width (issue 10.15)", () => {
    expect(evalJsonLine(registry, line({ fn: "pinghu.equipment", args: [4000, "A类"] }), 1)).toEqual({ value: "170" });
    expect(evalJsonLine(registry, line({ fn: "ＰＩＮＧＨＵ．ＥＱＵＩＰＭＥＮＴ", args: ["４０００", "Ａ类"] }), 1)).toEqual({ value: "170" });
    expect(evalJsonLine(registry, line({ fn: "PINGHU.设备投资奖励", args: [2000] }), 1)).toEqual({ value: "60" });
  });
  it("a mistyped or ambiguous name says what to write", () => {
    expect(evalJsonLine(registry, line({ fn: "PINGHU.RD_GROWHT", args: [] }), 1)).toEqual({ error: "没有函数「PINGHU.RD_GROWHT」。你是不是想写 PINGHU.RD_GROWTH？" });
    expect(evalJsonLine(registry, line({ fn: "EQUIPMENT", args: [2000] }), 1).error).toContain("PINGHU、SHAOXING、WUYI");
  });
  it('"explain": true returns the steps with their values and sources (issue 14.10)', () => {
    const a = evalJsonLine(registry, line({ fn: "PINGHU.EQUIPMENT", args: [4000, "A类"], explain: true }), 1) as { value: string; steps: { step: string; value: string; source: string }[] };
    expect(a.value).toBe("170");
    expect(Object.keys(a)).toEqual(["value", "steps"]);
    for (const s of a.steps) expect(Object.keys(s)).toEqual(["step", "value", "source"]);
    expect(a.steps[0]).toEqual({ step: "输入「设备投资额」", value: "4,000万元", source: "" });
    const result = a.steps.find((s) => s.step.startsWith("结果"))!;
    expect(result.value).toBe("170万元");
    expect(result.source).toContain("以上分段计算");
    expect(evalJsonLine(registry, line({ fn: "PINGHU.EQUIPMENT", args: [2000], explain: false }), 1)).toEqual({ value: "60" });
    expect(evalJsonLine(registry, line({ fn: "PINGHU.EQUIPMENT", args: [2000], explain: "yes" }), 1).error).toContain('"explain" 须为 true 或 false');
  });
  it("an unknown key is refused, not ignored (a typo would run with default arguments)", () => {
    expect(evalJsonLine(registry, line({ fn: "PINGHU.EQUIPMENT", arg: [4000] }), 3)).toEqual({ error: "第3行有不认识的键「arg」（可用的键：fn、args、explain）" });
  });
  it("not an object, duplicate keys, deep nesting: each an error answer", () => {
    expect(evalJsonLine(registry, "[1,2]", 1).error).toContain("第1行须为一个 JSON 对象");
    expect(evalJsonLine(registry, '{"fn":"A","fn":"B"}', 2).error).toBe("第2行有重复的键「fn」");
    expect(evalJsonLine(registry, "[".repeat(200_000), 4).error).toContain("第4行");
  });
});

describe("output back-pressure", () => {
  it("waits for drain when the sink asks, and writes every answer in order", async () => {
    const written: string[] = [];
    let waiting: (() => void) | undefined;
    let drains = 0;
    const sink = {
      write(s: string) { written.push(s); return false; },
      once(_event: "drain", listener: () => void) { waiting = listener; drains++; },
    };
    const input = Array.from({ length: 3 }, (_, i) => `{"n":${i}}\n`);
    const run = runJsonl(chunks(...input), sink, (lineNo): JsonlAnswer => ({ value: String(lineNo) }));
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      expect(written).toHaveLength(i + 1); // nothing more is written until the sink drains
      waiting!();
    }
    expect(await run).toEqual({ lines: 3, errors: 0 });
    expect(written.join("")).toBe('{"value":"1"}\n{"value":"2"}\n{"value":"3"}\n');
    expect(drains).toBe(3);
  });
});
