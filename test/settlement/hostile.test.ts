// Settlement input as a hostile or careless user feeds it: every bad input gets a located Chinese error (never a
// guess, a silent answer from the wrong place, or English from the file system), one bad row never stops the rest.
// Expected amounts by hand: PINGHU.EQUIPMENT(4000, A类) = 3000 × 4% + 1000 × 5% = 170 (README); a hidden sheet's
// 9000 would give 3000 × 4% + 2000 × 5% + 4000 × 6% = 460.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseLine } from "../../compiler/cli/jsonl.js";
import { csvTable, readTable, settleTable, settleWorkbook, xlsxTable } from "../../compiler/cli/settle-workbook.js";
import { UsageError } from "../../compiler/driver/project.js";
import { ledgerLine } from "../../runtime/settlement/ledger.js";
import { enterpriseTotals, LedgerLayoutError, layoutOf, parseDelimited, readBudget } from "../../runtime/settlement/table.js";
import { bundleCli, ROOT } from "../addin/helpers.js";
import { functions, run } from "./helpers.js";
import { RULES } from "./fixtures.js";

const ctx = { functions: functions(), rules: RULES };
const json = (text: string) => { const r = parseLine(1, text); return r.ok ? ledgerLine(r.value) : { kind: "invalid", error: r.error }; };
const CLAIM = { enterprise: "甲", project: "p", year: 2024, fn: "PINGHU.EQUIPMENT", args: [4000, "A类"] };
const H = ["企业", "项目", "年度", "函数", "参数1", "参数2", "已兑现"];
const dir = mkdtempSync(join(tmpdir(), "zhengce-hostile-"));
const sink = () => ({ text: "", write(s: string) { this.text += s; } });

describe("JSON lines", () => {
  it("a bare number is not an object (not an unknown field 「text」)", () => {
    expect(json("42")).toMatchObject({ kind: "invalid", error: expect.stringMatching(/^须为一个 JSON 对象/) });
  });

  it("deeply nested lines are refused without recursing through them (a batch of them took seconds)", () => {
    const deep = "[".repeat(100_000);
    const t0 = performance.now();
    for (let i = 1; i <= 1000; i++) expect(parseLine(i, deep)).toEqual({ lineNo: i, ok: false, error: `第${i}行嵌套太深，不是可以读取的 JSON` });
    expect(performance.now() - t0).toBeLessThan(500); // before: about 2 ms a line in the parser's recursion
    expect(parseLine(1, `{"s":"${"[".repeat(100)}","a":${"[".repeat(31)}${"]".repeat(31)}}`).ok).toBe(true); // 32 levels with the object; brackets in text do not count
  });

  it("__proto__ and constructor are unknown fields, named as written", () => {
    for (const key of ["__proto__", "constructor", "toString"]) {
      const line = json(JSON.stringify(CLAIM).replace("{", `{"${key}":1,`));
      expect(line).toMatchObject({ kind: "invalid", error: expect.stringMatching(new RegExp(`^未知的字段「${key}」；申报行可用`)) });
    }
  });

  it("a year written as a JSON number shows that number when refused; a whole number like 2024.0 is that year", () => {
    for (const y of ["2024.5", "-1", "1e400"]) {
      const line = json(JSON.stringify(CLAIM).replace('"year":2024', `"year":${y}`));
      expect(line).toMatchObject({ kind: "invalid", field: "year", error: `「年度」须为四位年份，如 2024；收到${y}` });
    }
    for (const y of ["2024.0", "2.024e3"]) expect(json(JSON.stringify(CLAIM).replace('"year":2024', `"year":${y}`))).toMatchObject({ kind: "claim", year: 2024 });
  });

  it("a year typed with full-width digits (an IME) reads as the year, like every other typed number", () => {
    expect(run([{ ...CLAIM, year: "２０２４年" }])[0]!.value).toBe("170");
  });

  it("a year written 2024 年 or 2024年度 is 2024; a namespace typed full-width is that namespace", () => {
    for (const year of ["2024 年", "2024年度", " ２０２４ 年度 "]) expect(ledgerLine({ ...CLAIM, year })).toMatchObject({ kind: "claim", year: 2024 });
    expect(ledgerLine({ enterprise: "甲", exclude: true, namespace: "ｐｉｎｇｈｕ" })).toMatchObject({ kind: "exclusion", namespace: "PINGHU" });
  });

  it("a key with invisible characters (zero-width space, word joiner) or half a surrogate pair is refused, not taken as another enterprise", () => {
    const cases: [string, string][] = [["\u200b", "U+200B"], ["甲\u200b", "U+200B"], ["甲\u2060公司", "U+2060"], ["甲\u202e司公", "U+202E"]];
    for (const [enterprise, code] of cases) {
      expect(run([{ ...CLAIM, enterprise }])[0]).toEqual({ error: `「企业」含有看不见的字符 ${code}（如零宽空格）` });
    }
    expect(run([{ ...CLAIM, project: "一\u200d期" }])[0]).toEqual({ error: "「项目」含有看不见的字符 U+200D（如零宽空格）" });
    for (const enterprise of ["甲\ud800", "\udc00甲", "甲\ud800\ud800\udc00"]) {
      expect(run([{ ...CLAIM, enterprise }])[0]).toEqual({ error: "「企业」含有无效的字符（不成对的代理项）" });
    }
    expect(run([{ ...CLAIM, enterprise: "甲𠀀" }])[0]!.value).toBe("170"); // a character outside the BMP is fine
  });
});

describe("--budget", () => {
  it("-0 is a budget of 0, not a negative one", () => {
    const read = readBudget("-0");
    expect(read.ok && read.budget.toFixed()).toBe("0");
  });
});

describe("the header row", () => {
  it("a required column given twice is a layout error naming both columns", () => {
    expect(() => layoutOf(["企业", "企业", "项目", "年度", "函数", "参数1"])).toThrow(new LedgerLayoutError("表头有两列「企业」（A列、B列）"));
    expect(() => layoutOf(["企业", "项目", "年度", "函数", "参数1", "企业"])).toThrow(new LedgerLayoutError("表头有两列「企业」（A列、F列）"));
    expect(() => layoutOf([...H, "已兑现（万元）"])).toThrow(new LedgerLayoutError("表头有两列「已兑现」（G列、H列）"));
  });

  it("企业、项目、年度 after 函数 would be read as arguments: a layout error", () => {
    expect(() => layoutOf(["函数", "年度", "项目", "企业", "参数1"])).toThrow(new LedgerLayoutError("表头的「年度」「项目」「企业」列须在「函数」列之前（「函数」之后的列是参数）"));
    expect(() => layoutOf(["企业", "项目", "函数", "参数1", "已兑现", "年度"])).not.toThrow(); // after 已兑现: kept, not an argument
  });
});

describe("workbooks and CSV files", () => {
  async function xlsx(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return path;
  }

  it("reads the first visible sheet: a hidden sheet before it (an old ledger) is not settled", async () => {
    const path = await xlsx("hidden.xlsx", (wb) => {
      const old = wb.addWorksheet("旧台账", { state: "hidden" });
      old.addRow(H), old.addRow(["甲", "p", 2024, "PINGHU.EQUIPMENT", 9000, "A类"]);
      const ws = wb.addWorksheet("台账");
      ws.addRow(H), ws.addRow(["甲", "p", 2024, "PINGHU.EQUIPMENT", 4000, "A类"]);
    });
    const t = settleTable(await xlsxTable(readFileSync(path)), ctx);
    const a = t.rows[0]!.answer!;
    expect(a.kind === "claim" && a.gross.toFixed()).toBe("170");
  });

  it("a CSV cell longer than an Excel cell holds (32,767 characters) is cut in the results, saying so; the claim still settles", async () => {
    const path = join(dir, "long-note.csv");
    writeFileSync(path, `${[...H, "备注"].join(",")}\n甲,p,2024,PINGHU.EQUIPMENT,4000,A类,,${"注".repeat(40_000)}\n`);
    const out = join(dir, "long-note.xlsx");
    expect(await settleWorkbook(path, out, ctx, sink(), sink())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const row = wb.worksheets[0]!.getRow(2);
    const note = String(row.getCell(8).value);
    expect(note).toHaveLength(32_767);
    expect(note.endsWith("…（原文共 40000 字，超过 Excel 单元格的上限，此处截断）")).toBe(true);
    expect(row.getCell(10).value).toBe(170); // 结算额: 3000 × 4% + 1000 × 5%
  });

  it("a header problem names the sheet it read", async () => {
    const path = await xlsx("notes-first.xlsx", (wb) => {
      wb.addWorksheet("说明").addRow(["本表说明"]);
      wb.addWorksheet("台账").addRow(H);
    });
    await expect(settleWorkbook(path, join(dir, "o1.xlsx"), ctx, sink(), sink())).rejects.toThrow(/^工作表「说明」：表头（第1行）缺少「企业」列/);
  });

  it("a header problem names the row it read as the header (a sheet's empty rows above it are skipped)", async () => {
    const path = await xlsx("title-row.xlsx", (wb) => {
      const ws = wb.addWorksheet("台账");
      ws.getRow(3).values = ["2024年兑现台账"];
      ws.getRow(4).values = H;
    });
    await expect(settleWorkbook(path, join(dir, "o2.xlsx"), ctx, sink(), sink())).rejects.toThrow(/^工作表「台账」：表头（第3行）缺少「企业」列/);
  });

  it("a directory is said to be one (not 找不到文件)", async () => {
    const d = join(dir, "目录.xlsx");
    mkdirSync(d);
    await expect(readTable(d)).rejects.toThrow(new UsageError(`无法读取 ${d}：是一个目录，不是文件`));
  });

  it("a path that is no regular file (a link to /dev/zero) is refused before reading, not read forever", async () => {
    const path = join(dir, "zero.csv");
    symlinkSync("/dev/zero", path);
    await expect(readTable(path)).rejects.toThrow(new UsageError(`无法读取 ${path}：不是普通文件`));
  }, 10_000);

  it("the result is never written over the ledger itself, nor into a missing directory or a directory", async () => {
    const path = join(dir, "same.csv");
    writeFileSync(path, `${H.join(",")}\n甲,p,2024,PINGHU.EQUIPMENT,4000,A类\n`);
    const xl = await xlsx("same.xlsx", (wb) => wb.addWorksheet("台账").addRow(H));
    const before = readFileSync(xl);
    await expect(settleWorkbook(xl, xl, ctx, sink(), sink())).rejects.toThrow(new UsageError(`结果不能写到台账文件本身（${xl}）；请用 -o 另给一个文件名`));
    await expect(settleWorkbook(xl, join(dir, ".", "same.xlsx"), ctx, sink(), sink())).rejects.toThrow(UsageError);
    expect(readFileSync(xl).equals(before)).toBe(true);
    const missing = join(dir, "没有这个目录", "结果.xlsx");
    await expect(settleWorkbook(path, missing, ctx, sink(), sink())).rejects.toThrow(new UsageError(`无法写入 ${missing}：目录 ${join(dir, "没有这个目录")} 不存在`));
    const d = join(dir, "结果目录.xlsx");
    mkdirSync(d);
    await expect(settleWorkbook(path, d, ctx, sink(), sink())).rejects.toThrow(new UsageError(`无法写入 ${d}：是一个目录，不是文件`));
  });

  it("a filled cell an enterprise-level row does not read (已兑现, a second argument) is that row's error, not ignored", () => {
    const text = `${H.join(",")}\n甲,,2024,排除,亩均D类,,10\n甲,,,贡献封顶,300,500,\n甲,p,2024,PINGHU.EQUIPMENT,4000,A类,\n`;
    const rows = settleTable(csvTable(Buffer.from(text)), ctx).rows;
    expect(rows.map((r) => r.message.split("：")[0])).toEqual(["第2行 G列（已兑现）", "第3行 F列（参数2）", expect.anything()]);
    expect(rows[0]!.message).toBe("第2行 G列（已兑现）：「排除」行不读「已兑现」，请留空");
    expect(rows[1]!.message).toBe("第3行 F列（参数2）：「贡献封顶」行只读第一个参数列，请把这一列留空");
    const a = rows[2]!.answer!;
    expect(a.kind === "claim" && a.value.toFixed()).toBe("170"); // no exclusion took effect: its row was refused
  });

  it("a CSV saved as UTF-16 (Excel's “Unicode 文本”) is read as such", () => {
    const text = `${H.join(",")}\n甲,p,2024,PINGHU.EQUIPMENT,4000,A类\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      const a = settleTable(csvTable(bytes), ctx).rows[0]!.answer!;
      expect(a.kind === "claim" && a.value.toFixed()).toBe("170");
    }
  });

  it("the per-enterprise summary counts one enterprise typed two ways (（） and ()) once, under the name first typed", () => {
    const text = `${H.join(",")}\n甲公司（平湖）,一期,2024,PINGHU.EQUIPMENT,4000,A类,\n甲公司(平湖),二期,2024,PINGHU.EQUIPMENT,1000,其他,\n`;
    const totals = enterpriseTotals(settleTable(csvTable(Buffer.from(text)), ctx));
    expect(totals.map((e) => [e.enterprise, e.claims, e.value.toFixed()])).toEqual([["甲公司（平湖）", 2, "200"]]); // 170 + 1000 × 3% = 200
  });

  it("a .csv separated by semicolons (Excel where the decimal mark is a comma) is read with semicolons", () => {
    const text = `${H.join(";")}\n甲;p;2024;PINGHU.EQUIPMENT;"4000";A类;\n`;
    const a = settleTable(csvTable(Buffer.from(text)), ctx).rows[0]!.answer!;
    expect(a.kind === "claim" && a.value.toFixed()).toBe("170");
  });

  it("a .csv whose header is tab-separated (Excel's “Unicode 文本”, renamed) is read with tabs", () => {
    const text = `${H.join("\t")}\n甲\tp\t2024\tPINGHU.EQUIPMENT\t4,000\tA类\t\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const a = settleTable(csvTable(bytes), ctx).rows[0]!.answer!;
    expect(a.kind === "claim" && a.value.toFixed()).toBe("170");
  });

  it("a quote never closed swallows no later rows: its row is an error naming the cell, and the rows after it settle", () => {
    const text = `${H.join(",")}\n甲,p,2024,PINGHU.EQUIPMENT,"4000,A类\n乙,p,2024,PINGHU.EQUIPMENT,4000,A类\n`;
    const rows = settleTable(csvTable(Buffer.from(text)), ctx).rows;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.message).toBe('第2行 E列（参数1）：「"4000」的引号没有闭合，这一格按原样读取；格子里的引号请写成两个（""）');
    const a = rows[1]!.answer!;
    expect(a.kind === "claim" && a.value.toFixed()).toBe("170");
  });

  it("a quote never closed in the enterprise column is an error there, not a different enterprise 「\"甲」", () => {
    const text = `${H.join(",")}\n"甲,p,2024,PINGHU.EQUIPMENT,4000,A类\n`;
    const rows = settleTable(csvTable(Buffer.from(text)), ctx).rows;
    expect(rows[0]!.answer!.kind).toBe("error");
    expect(rows[0]!.message).toBe('第2行 A列（企业）：「"甲」的引号没有闭合，这一格按原样读取；格子里的引号请写成两个（""）');
  });

  it("reading delimited text stays linear: long rows of quoted cells, and a quote never closed at the start of a long text", () => {
    // 400,000 characters each; a quadratic reader takes minutes on either.
    const cells = '"",""'.repeat(80_000), open = `"${"a,".repeat(200_000)}`;
    const started = performance.now();
    expect(parseDelimited(cells, ",").rows[0]).toHaveLength(80_001);
    const late = parseDelimited(open, ",");
    expect(late.unclosedQuote).toEqual({ row: 0, cell: 0 });
    expect(late.rows[0]![0]).toBe('"a');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("a workbook too large to hold", () => {
  it("is refused before it is unpacked, by what its central directory declares (a zip bomb, a huge sheet)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("台账").addRow(H);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Declare 1 GiB for the sheet in its central-directory entry (signature 50 4B 01 02; size at +24, name at +46).
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (bytes.subarray(at + 46, at + 46 + name.length).equals(name)) bytes.writeUInt32LE(1 << 30, at + 24);
    }
    const path = join(dir, "huge.xlsx");
    writeFileSync(path, bytes);
    await expect(readTable(path)).rejects.toThrow(new UsageError(`无法读取 ${path}：工作簿解压后超过 64 MiB，太大；请分成几个文件，或另存为 CSV 再结算`));
  });
});

describe("a CSV too large to hold", () => {
  it("is refused by its size before it is read", async () => {
    const path = join(dir, "huge.csv");
    writeFileSync(path, "");
    truncateSync(path, 64 * 1024 * 1024 + 1); // sparse: no disk used
    await expect(readTable(path)).rejects.toThrow(new UsageError(`无法读取 ${path}：文件超过 64 MiB，太大；请分成几个文件再结算`));
  });
});

describe("a large ledger", () => {
  // The CLI bundled into a file of this test's own (test/compiler/cli.test.ts rebuilds dist/ in a parallel worker).
  const bundle = join(ROOT, ".cache", "hostile-test", "zhengce.mjs");
  beforeAll(() => bundleCli(bundle), 120_000);

  it("100,000 rows settle into a workbook within a 768 MB heap (the results workbook held whole in memory took ~1.3 GB)", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `企业${i % 5000},p${i % 7},${2020 + (i % 5)},PINGHU.EQUIPMENT,4000,A类,`);
    const path = join(dir, "large.csv");
    writeFileSync(path, `${H.join(",")}\n${rows.join("\n")}\n`);
    const r = spawnSync(process.execPath, ["--max-old-space-size=768", bundle, "settle", path, "-o", join(dir, "large-结算.xlsx")], { cwd: ROOT, encoding: "utf8", timeout: 150_000 });
    expect(r.stderr).not.toMatch(/heap out of memory|内部错误/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("结算了 100000 行：100000 条申报");
  }, 180_000);
});
