// zhengce settle: --jsonl through the built CLI (one answer per line, in order, bad lines answered) and in-process
// with the fixture rules; the line reader; 台账.xlsx / .csv round trips (row and column in errors, amounts exact,
// the summary sheet). Expected amounts are worked by hand in the comments.
import { describe, expect, it, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { Exact } from "../../runtime/exact.js";
import { settleJsonl, parseSettleArgs } from "../../compiler/cli/settle.js";
import { parseLine } from "../../compiler/cli/jsonl.js";
import { csvTable, settleTable, xlsxTable, columnName } from "../../compiler/cli/settle-workbook.js";
import { parseDelimited } from "../../runtime/settlement/table.js";
import { bundleCli, ROOT } from "../addin/helpers.js";
import { functions } from "./helpers.js";
import { RULES } from "./fixtures.js";

// The CLI bundled as scripts/build-cli.mjs bundles it, but into a file of this test's own: test/compiler/cli.test.ts
// rebuilds dist/zhengce.mjs in a parallel worker, and a process started while that file is being rewritten would fail.
const BUNDLE = join(ROOT, ".cache", "settle-test", "zhengce.mjs");

function zhengce(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: "utf8", input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const STACK = /^\s+at .+[:(]/m;

beforeAll(() => bundleCli(BUNDLE), 120_000);

const ctx = (budget?: string) => ({ functions: functions(), rules: RULES, budget: budget === undefined ? undefined : new Exact(budget) });

describe("zhengce settle --jsonl (bundled CLI)", () => {
  it("answers every line in order (a blank one with an error); bad lines get Chinese errors, the rest settles, exit 1", () => {
    const input = [
      JSON.stringify({ enterprise: "甲公司", project: "一期技改", year: 2024, fn: "PINGHU.EQUIPMENT", args: [4000, "A类"] }),
      JSON.stringify({ enterprise: "甲公司", project: "旧线", year: 2023, fn: "PINGHU.EQUIPMENT", args: [], paid: "10" }),
      "{not json",
      "",
      JSON.stringify({ project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT", args: [2000] }),
      JSON.stringify({ enterprise: "甲公司", project: "一期", year: 2024, fn: "PINGHU.NO_SUCH", args: [] }),
      JSON.stringify({ enterprise: "甲公司", project: "一期", year: 2024, fn: "PINGHU.EQUIPMENT", args: ["四千"] }),
      JSON.stringify({ enterprise: "乙公司", project: "二期", year: 2024, fn: "PINGHU.EQUIPMENT", args: ["2000万元"] }),
      JSON.stringify({ enterprise: "乙公司", exclude: true, reason: "一票否决" }),
      "[".repeat(100_000) + "]".repeat(100_000),
    ].join("\n") + "\n";
    const r = zhengce(["settle", "--jsonl"], input);
    expect(r.code, r.stderr).toBe(1); // some lines are errors (as eval --jsonl); every line is still answered
    expect(r.stderr).toContain("6 行有错误");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10); // one answer per input line, the blank one included
    expect(lines[0]).toMatchObject({ value: "170", gross: "170" }); // 3000 × 4% + 1000 × 5%
    expect(lines[1]).toEqual({ history: true });
    expect(lines[2].error).toContain("不是有效的 JSON");
    expect(lines[3].error).toContain("空行");
    expect(lines[4]).toEqual({ error: "缺少「企业」" });
    expect(lines[5].error).toContain("没有函数「PINGHU.NO_SUCH」");
    expect(lines[6].error).toContain("「设备投资额」");
    expect(lines[7]).toMatchObject({ value: "0", gross: "60" }); // 2000 × 3% = 60; 乙公司 is excluded by line 9 (PINGHU 附则5)
    expect(lines[8].exclude).toBe(true);
    expect(lines[9].error).toContain("嵌套太深"); // 100,000 levels deep: refused, not a crash
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it("usage errors exit 2", () => {
    expect(zhengce(["settle"]).code).toBe(2);
    expect(zhengce(["settle", "--jsonl", "--budget", "abc"]).stderr).toContain("--budget");
    expect(zhengce(["settle", "--jsonl", "--budget", "1.0000001"]).stderr).toContain("0.000001万元");
    expect(zhengce(["settle", "a.txt"]).stderr).toContain(".xlsx 或 .csv");
    expect(zhengce(["settle", "a.csv", "-o", "b.csv"]).stderr).toContain(".xlsx");
    expect(zhengce(["settle", "no-such.xlsx"]).code).toBe(2);
  });

  it("reads --budget like a money cell", () => {
    expect(parseSettleArgs(["--jsonl", "--budget", "0.03亿元"]).budget!.toFixed()).toBe("300");
    expect(parseSettleArgs(["--jsonl", "--budget=300万元"]).budget!.toFixed()).toBe("300");
  });
});

describe("settleJsonl in-process with the fixture rules", () => {
  it("reasons name the input line numbers, a blank line is answered with an error, and the budget applies", async () => {
    let written = "";
    const line = (o: object) => JSON.stringify(o);
    const lines = [
      line({ enterprise: "甲", project: "中心", year: 2024, fn: "PINGHU.TECH_CENTER", args: ["省级"] }), // 25, first: wins the tie
      "",
      line({ enterprise: "甲", project: "中心", year: 2024, fn: "PINGHU.GREEN_FACTORY", args: ["省级绿色工厂"] }), // 25 → 0 (就高)
      line({ enterprise: "乙", project: "中心", year: 2024, fn: "PINGHU.TECH_CENTER", args: ["嘉兴市级"] }), // 10
    ];
    await settleJsonl(lines.map((l, i) => parseLine(i + 1, l)), ctx("7"), { write: (s) => { written += s; } });
    // Budget 7 over 25 + 0 + 10 = 35: 25 × 7/35 = 5, 10 × 7/35 = 2 (exact, no remainder).
    const out = written.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((a) => a.value)).toEqual(["5", undefined, "0", "2"]);
    expect(out[1].error).toContain("空行");
    expect(out[2].steps[0].reason).toContain("（第1行，25万元）");
  });
});


// ---- workbooks ----------------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), "zhengce-settle-"));

async function ledgerXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["企业", "项目", "年度", "函数", "参数1", "参数2", "已兑现（万元）", "备注"]);
  ws.addRow(["甲公司", "厂区", 2023, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂", null, 10, "历史"]); // row 2: history
  ws.addRow(["甲公司", "厂区", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂"]); // row 3: 25 − 10 = 15
  ws.addRow(["甲公司", "一期", "2024", "PINGHU.设备投资奖励", "4000万元", "A类"]); // row 4: 170 (Chinese name, text cells)
  ws.addRow(["甲公司", "二期", 2024, "PINGHU.EQUIPMENT", "abc"]); // row 5: bad argument in E
  ws.addRow([]); // row 6: blank, kept, no answer
  ws.addRow(["乙公司", "一期", "明年", "PINGHU.EQUIPMENT", 2000]); // row 7: bad year in C
  ws.addRow(["乙公司", null, null, "排除", "列入一票否决事项名单"]); // row 8: exclusion input
  ws.addRow(["乙公司", "二期", 2024, "PINGHU.EQUIPMENT", 1234.5678]); // row 9: 1234.5678 × 3% = 37.037034 → excluded: 0
  ws.addRow(["丙公司", "一期", 2024, "PINGHU.EQUIPMENT", { formula: "1000+1000", result: 2000 }]); // row 10: formula → 2000 × 3% = 60
  ws.addRow(["丙公司", "二期", 2024, "PINGHU.EQUIPMENT", { error: "#N/A" }]); // row 11: an error cell in E
  await wb.xlsx.writeFile(path);
}

describe("settle 台账.xlsx", () => {
  it("settles in-process: amounts, reasons, row and column in every error", async () => {
    const path = join(dir, "台账.xlsx");
    await ledgerXlsx(path);
    const { readFileSync } = await import("node:fs");
    const t = settleTable(await xlsxTable(readFileSync(path)), ctx());
    const by = new Map(t.rows.map((r) => [r.number, r]));
    const value = (n: number) => { const a = by.get(n)!.answer; return a?.kind === "claim" ? a.value.toFixed() : a?.kind; };
    expect([2, 3, 4, 5, 7, 8, 9, 10, 11].map(value)).toEqual(["history", "15", "170", "error", "error", "input", "0", "60", "error"]);
    expect(by.has(6)).toBe(false); // the blank row is no ledger line
    expect(by.get(3)!.message).toContain("进档差额");
    expect(by.get(5)!.message).toMatch(/^第5行 E列（参数1）：PINGHU\.EQUIPMENT：「设备投资额」/);
    expect(by.get(7)!.message).toMatch(/^第7行 C列（年度）：「年度」须为四位年份/);
    expect(by.get(9)!.message).toContain("列入一票否决事项名单（第8行）");
    expect(by.get(11)!.message).toBe("第11行 E列（参数1）：是错误值 #N/A");
  });

  it("the built CLI writes the results sheet and the per-enterprise summary", async () => {
    const path = join(dir, "台账2.xlsx");
    await ledgerXlsx(path);
    const out = join(dir, "结果.xlsx");
    const r = zhengce(["settle", path, "-o", out]);
    expect(r.code).toBe(1); // rows with errors
    expect(r.stderr).toContain("第5行 E列（参数1）");
    expect(r.stdout).toContain(`写入 ${out}`);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [results, summary] = wb.worksheets;
    expect(results!.name).toBe("结算结果");
    expect(results!.getRow(1).values).toEqual([undefined, "企业", "项目", "年度", "函数", "参数1", "参数2", "已兑现（万元）", "备注", "申报额（万元）", "结算额（万元）", "说明"]);
    // The policies' own 规则 apply: row 3 = 25 − 10 already paid on the 绿色工厂 ladder (附则6) = 15; row 4 = 170
    // (under EQUIPMENT's 500 annual cap); row 9 = 37.037034 gross, 0 settled (乙公司 excluded by row 8, 附则5).
    expect(results!.getRow(3).getCell(9).value).toBe(25); // I: 申报额
    expect(results!.getRow(3).getCell(10).value).toBe(15); // J: 结算额
    expect(results!.getRow(4).getCell(9).value).toBe(170);
    expect(results!.getRow(4).getCell(10).value).toBe(170);
    expect(results!.getRow(6).getCell(1).value).toBe(null); // the blank row stays blank: results keep their row numbers
    expect(results!.getRow(9).getCell(9).value).toBe(37.037034);
    expect(results!.getRow(9).getCell(10).value).toBe(0);
    expect(String(results!.getRow(5).getCell(11).value)).toContain("第5行 E列");
    expect(summary!.name).toBe("企业汇总");
    const rows = summary!.getSheetValues().filter(Boolean).map((v) => (v as unknown[]).slice(1));
    // 甲: claimed 25 + 170 = 195, settled 15 + 170 = 185, 1 error; 乙: 37.037034 claimed, 0 settled (excluded), 1 error;
    // 丙: 60 and 60, 1 error; total claimed 292.037034, settled 185 + 0 + 60 = 245.
    expect(rows).toEqual([
      ["企业", "申报条数", "申报额合计（万元）", "结算额合计（万元）", "错误行数"],
      ["甲公司", 2, 195, 185, 1],
      ["乙公司", 1, 37.037034, 0, 1],
      ["丙公司", 1, 60, 60, 1],
      ["合计", 4, 292.037034, 245, 3],
    ]);
  });

  it("a file that is not a workbook is a usage error", () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a zip");
    const r = zhengce(["settle", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是有效的 .xlsx 文件");
  });
});

describe("settle 台账.csv", () => {
  it("parses quotes, doubled quotes and CRLF", () => {
    expect(parseDelimited('a,"b,c","d""e"\r\n1,,3\n', ",").rows).toEqual([["a", "b,c", 'd"e'], ["1", "", "3"]]);
  });

  it("reads a pasted (tab-separated) table the same way: a quote opens a cell only at its start; empty last rows dropped", () => {
    expect(parseDelimited('甲\t"多\n行"\t5"寸\n乙\t\t\n\t\t\n', "\t").rows).toEqual([["甲", "多\n行", '5"寸'], ["乙", "", ""]]);
    expect(parseDelimited("a,b\n,\n", ",").rows).toEqual([["a", "b"]]);
  });

  it("reads GB18030 (Excel's Chinese “CSV”) as well as UTF-8, and settles with the rules", async () => {
    const text = "企业,项目,年度,函数,参数1,已兑现\r\n甲公司,中心,2023,PINGHU.TECH_CENTER,嘉兴市级,10\r\n甲公司,中心,2024,PINGHU.TECH_CENTER,国家级,\r\n";
    const t1 = settleTable(csvTable(new TextEncoder().encode(text)), ctx());
    const t2 = settleTable(csvTable(encodeGb18030(text)), ctx());
    for (const t of [t1, t2]) {
      const a = t.rows[1]!.answer!;
      expect(a.kind === "claim" && a.value.toFixed()).toBe("40"); // 国家级 50 − 嘉兴市级 10 paid = 40
    }
  });

  it("the built CLI settles a CSV into a workbook beside it", () => {
    const path = join(dir, "台账.csv");
    writeFileSync(path, "\uFEFF企业,项目,年度,函数,参数1,参数2\n甲公司,一期,2024,PINGHU.EQUIPMENT,4000,A类\n");
    const r = zhengce(["settle", path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("结算额合计 170 万元");
    expect(existsSync(join(dir, "台账-结算.xlsx"))).toBe(true);
  });

  it("column names run A…Z, AA…", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

/** GB18030 bytes of a text, found by decoding: every character of the test text is in the GB2312 range (2 bytes). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? (() => { throw new Error(`no GB2312 code for ${ch}`); })())));
}

