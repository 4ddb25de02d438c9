// Fuzzing: tens of thousands of mutants of the real policy files (characters and lines deleted, duplicated,
// swapped; stray brackets, colons, keywords, quotes, CJK characters, invisible and bidi characters, U+2028, tabs and
// deep indentation inserted; fragments of a few lines pasted alone; deep nesting and very long lines), with a fixed
// seed that FUZZ_SEED overrides (any seed must pass). Every mutant must end in success or in located diagnostics:
// the compiler never throws nor reports its internal-error diagnostic, every span lies within the file, rendering
// works, and a mutant that checks clean emits code that loads. Encodings (BOM, GBK bytes) go through the reader.
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/driver/compile.js";
import { renderDiagnostic } from "../../compiler/diagnostics/render.js";
import { emitModule } from "../../compiler/emit/index.js";
import { loadEmitted } from "../../compiler/driver/load.js";
import { hasErrors, type Span } from "../../compiler/diagnostics/diagnostic.js";
import { policyFiles } from "./helpers.js";
import { decodePolicyFile } from "../../compiler/driver/decode.js";
import { seededRandom } from "../support/rng.js";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 0x5eed2024;
const WINDOW_MUTANTS = 8000;
const FRAGMENT_MUTANTS = 3000;
const WHOLE_FILE_MUTANTS = 300;


const INSERTS = [
  "（", "）", "(", ")", "：", ":", "，", "、", "封顶", "分档", "分段", "整额分档", "按", "其余", "若", "则", "否则", "否则若",
  "「", "」", "“", "”", "\"", "'", "`", "\u2028", "\u2029", "\t", "\t\t", " ", "                                        ",
  "\n", "\n  ", "\n      ", "#", "＃", "[", "]", "∞", "-", "−", "→", "=", "×", "÷", "1000万元", "（含）", "（不含）", "以上",
  "不满", "到", "3%", "1个百分点", "10元/平方米/月", "原文：", "参数：", "示例：", "结果 = ", "据“", "条款 X「t」第1条\n",
  "枚举 甲：乙、丙\n", "表 T（甲）：\n", "\r", "\u3000", "0", "9.", ".5", "2024-13-45", "有效期 2024-01-01 至 2023-01-01\n",
  "\u200b", "\u202e", "\ufeff", "「甲\u200d乙」", "→", "→ ", "示例：\n    ", "规则 R「r」附则1\n  ", "进档差额 甲：\n    ", "年度上限 ",
  "结算示例「x」：\n  甲，乙，2024年，X（1万元） → 1万元\n", "表 里程碑（金额）：\n  1万元以上：1万元\n", "（".repeat(60), "若 是 则 ".repeat(50),
  " + 1万元".repeat(500), "1000/3万元", "× 30", "30倍",
];
const CJK = [..."的政策奖励企业金额比例是且或非属于扣除减半每满以下超过不足"];

function mutate(text: string, rand: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pos = () => Math.floor(rand() * (text.length + 1));
  const lines = () => text.split("\n");
  switch (Math.floor(rand() * 10)) {
    case 0: { const i = pos(); return text.slice(0, i) + text.slice(i + 1); } // delete a character
    case 1: { const i = pos(); return text.slice(0, i) + text.slice(i, i + 1) + text.slice(i); } // duplicate one
    case 2: { const i = pos(); return text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2); } // swap two
    case 3: { const ls = lines(); ls.splice(Math.floor(rand() * ls.length), 1); return ls.join("\n"); } // delete a line
    case 4: { const ls = lines(); const i = Math.floor(rand() * ls.length); ls.splice(i, 0, ls[i]!); return ls.join("\n"); }
    case 5: { const ls = lines(); const i = Math.floor(rand() * ls.length), j = Math.floor(rand() * ls.length); [ls[i], ls[j]] = [ls[j]!, ls[i]!]; return ls.join("\n"); }
    case 6: { const ls = lines(); const i = Math.floor(rand() * ls.length); ls[i] = " ".repeat(1 + Math.floor(rand() * 60)) + ls[i]; return ls.join("\n"); }
    case 7: { const i = pos(); return text.slice(0, i) + pick(CJK) + text.slice(i); }
    default: { const i = pos(); return text.slice(0, i) + pick(INSERTS) + text.slice(i); }
  }
}

/** A few lines of a file pasted alone (a clause head, a 参数：line, an example line …), as a new drafter might. */
function fragment(text: string, rand: () => number): string {
  const lines = text.split("\n");
  const n = 1 + Math.floor(rand() * 4);
  const picked: string[] = [];
  for (let k = 0; k < n; k++) picked.push(lines[Math.floor(rand() * lines.length)]!);
  return picked.join("\n");
}

/** The header of a policy file and a run of one to three consecutive clauses: small enough to compile in a few ms. */
function window(text: string, rand: () => number): string {
  const parts = text.split(/\n(?=条款 )/);
  const header = parts[0]!;
  const clauses = parts.slice(1);
  if (clauses.length === 0) return header;
  const from = Math.floor(rand() * clauses.length);
  const n = 1 + Math.floor(rand() * 3);
  return [header, ...clauses.slice(from, from + n)].join("\n");
}

function spanOk(span: Span, path: string, length: number): boolean {
  return span.file === path && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Checks one mutant; returns a description of what went wrong ("" when all is well) and whether it was clean. */
function examine(path: string, text: string, deep: boolean): { problem: string; clean: boolean } {
  let compiled;
  try {
    compiled = compileSource({ path, text });
  } catch (e) {
    return { problem: `compileSource threw: ${(e as Error).stack}`, clean: false };
  }
  const clean = compiled.program !== undefined && !hasErrors(compiled.diagnostics) && compiled.program.clauses.length > 0;
  return { problem: problemsOf(compiled, path, text, deep, clean), clean };
}

function problemsOf(compiled: ReturnType<typeof compileSource>, path: string, text: string, deep: boolean, clean: boolean): string {
  if (!compiled.program && !hasErrors(compiled.diagnostics)) return "no program and no error: the outcome is neither success nor a located diagnostic";
  for (const d of compiled.diagnostics) {
    if (d.message.includes("编译器内部错误")) return `internal error: ${d.message}`;
    if (!spanOk(d.span, path, text.length)) return `span out of the file: ${d.code} ${JSON.stringify(d.span)} (length ${text.length})`;
    for (const r of d.related ?? []) if (!spanOk(r.span, path, text.length)) return `related span out of the file: ${d.code} ${JSON.stringify(r.span)}`;
  }
  if (!deep) return "";
  try {
    const files = new Map([[path, { path, text }]]);
    for (const d of compiled.diagnostics) renderDiagnostic(d, files);
    if (clean) loadEmitted(emitModule(compiled.program!, [path]));
  } catch (e) {
    return `render/emit/load threw: ${(e as Error).stack}`;
  }
  return "";
}

const sources = policyFiles();

describe("fuzzing the compiler with mutated policy files", () => {
  it("there are policy files to mutate", () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it(`${WINDOW_MUTANTS} mutants of clause windows: no crash, no internal error, spans inside the file`, () => {
    const rand = seededRandom(SEED);
    const failures: string[] = [];
    let clean = 0;
    for (let i = 0; i < WINDOW_MUTANTS && failures.length < 5; i++) {
      const src = sources[i % sources.length]!;
      let text = window(src.text, rand);
      const edits = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < edits; k++) text = mutate(text, rand);
      const { problem, clean: ok } = examine(src.path, text, i % 4 === 0);
      if (problem) failures.push(`mutant ${i} of ${src.path}: ${problem}\n--- text ---\n${text.slice(0, 3000)}`);
      else if (ok) clean++;
    }
    expect(failures).toEqual([]);
    expect(clean).toBeGreaterThan(0); // some mutants (edits inside 原文, comments) still check clean and were emitted
  }, 120_000);

  it(`${FRAGMENT_MUTANTS} fragments of a few lines pasted alone, mutated`, () => {
    const rand = seededRandom(SEED + 2);
    const failures: string[] = [];
    for (let i = 0; i < FRAGMENT_MUTANTS && failures.length < 5; i++) {
      const src = sources[i % sources.length]!;
      let text = fragment(src.text, rand);
      if (rand() < 0.5) text = mutate(text, rand);
      const { problem } = examine(src.path, text, true);
      if (problem) failures.push(`fragment ${i} of ${src.path}: ${problem}\n--- text ---\n${text.slice(0, 2000)}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("deep nesting, long expressions, long lines and huge items end in located diagnostics, in linear time", () => {
    const head = "政策 测试\n命名空间 T\n来源 t.txt\n条款 ABC「t」第1条\n  中文名 测试条款\n  原文：奖励10万元。\n  参数：\n    甲：金额\n";
    const cases = [
      head + `  结果 = ${"（".repeat(200)}甲${"）".repeat(200)}\n`,
      head + `  结果 = ${"若 甲 > 1万元 则 ".repeat(1000)}1万元${" 否则 0万元".repeat(1000)}\n`,
      head + `  结果 = ${Array.from({ length: 5000 }, () => "甲").join(" + ")}\n`,
      head + `  结果 = ${"非 ".repeat(3000)}是\n`,
      head + `  结果 = ${"-".repeat(3000)}甲\n`,
      head + Array.from({ length: 300 }, (_, d) => `${"  ".repeat(d + 1)}x${d} = 分档 甲：`).join("\n") + "\n",
      head + "  结果 = 甲" + " ".repeat(200_000) + "\n",
      "条款 结果 = （ 若 ：\n".repeat(4000),
      head + "@".repeat(50_000),
    ];
    for (const text of cases) {
      const started = performance.now();
      const { problem } = examine("deep.zc", text, true);
      expect(problem, text.slice(0, 120)).toBe("");
      expect(performance.now() - started, text.slice(0, 60)).toBeLessThan(20_000);
    }
  }, 120_000);

  it("a file in another encoding is one Z0106; a BOM is no error", () => {
    const src = sources[0]!;
    const gbk = Uint8Array.from([...Buffer.from(src.text.slice(0, 200))].map((b, i) => (i % 7 === 3 && b >= 0x80 ? 0xfe : b)));
    const f = compileSource(decodePolicyFile(src.path, gbk));
    expect(f.diagnostics.map((d) => d.code)).toEqual(["Z0106"]);
    const bom = compileSource(decodePolicyFile(src.path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(src.text)])));
    expect(hasErrors(bom.diagnostics)).toBe(false);
  });

  it(`${WHOLE_FILE_MUTANTS} mutants of whole files`, () => {
    const rand = seededRandom(SEED + 1);
    const failures: string[] = [];
    for (let i = 0; i < WHOLE_FILE_MUTANTS && failures.length < 3; i++) {
      const src = sources[i % sources.length]!;
      let text = src.text;
      const edits = 1 + Math.floor(rand() * 6);
      for (let k = 0; k < edits; k++) text = mutate(text, rand);
      const { problem } = examine(src.path, text, false);
      if (problem) failures.push(`whole-file mutant ${i} of ${src.path}: ${problem}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("pathological inputs", () => {
    const cases = [
      "", "\n", "条款", "条款 ABC", "条款 ABC「", "条款 ABC「t」", "条款 ABC「t」第1条\n  原文：", "（".repeat(500), "）".repeat(50),
      "政策", "命名空间", "  ".repeat(200) + "x", "条款 ABC「t」第1条\n" + "  ".repeat(1) + "x = " + "（".repeat(200) + "1" + "）".repeat(200),
      "\u2028\u2029\t\r\n\u3000", "「", "“", "#", "x = 1\n    y = 2\n  z = 3\n w = 4", "1000万元以上不满3000万元",
      "条款 ABC「t」第1条\n  x = 分档 y：\n    ：\n    1万元以上\n", "条款 ABC「t」第1条\n  x = 按 y：\n  结果 = x",
    ];
    for (const text of cases) expect(examine("p.zc", text, true).problem, JSON.stringify(text)).toBe("");
  });
});
