// `zhengce settle 台账.xlsx|台账.csv [-o 结果.xlsx]`: a ledger laid out as a sheet, settled, written back as a workbook.
//
// The layout (header row 企业, 项目, 年度, 函数, the arguments, 已兑现; enterprise-level rows 排除 and 贡献封顶) and the
// reading of its rows are runtime/settlement/table.ts, shared with the add-ins' =NS.SETTLE(…) and the task pane. Here:
// the first sheet (exceljs) or the CSV as a table numbered by sheet rows, messages that name the row and column
// (第5行 E列（参数1）), and the results workbook.
//
// Exactness: numeric cells arrive as JavaScript numbers and are read through their shortest round-trip text (what
// Excel shows), text cells as text, both through the same argument adapter as a formula; amounts are written as
// numbers converted once from the exact decimal text, so the cell number is the only binary float.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Decimal } from "decimal.js";
import type { ExcelValue } from "../../runtime/adapter.js";
import { Exact, formatResult } from "../../runtime/exact.js";
import { reasonsText } from "../../runtime/settlement/index.js";
import {
  columnName, delimitedTable, enterpriseTotals, errorPlace, HISTORY_TEXT, isProblem, LedgerLayoutError, rowPlace,
  settleTable as settleRows, type Cell, type Layout, type Table,
} from "../../runtime/settlement/table.js";
import type { LineAnswer } from "../../runtime/settlement/index.js";
import { fsReason, UsageError } from "../driver/project.js";
import type { SettleContext } from "./settle.js";

export { columnName, type Cell, type Layout, type Table };

type Out = { write(s: string): void };

export interface SettledTable {
  readonly layout: Layout;
  /** Per data row: its sheet row number, the cells as read, the answer, and the message with row and column. */
  readonly rows: readonly { number: number; cells: readonly Cell[]; answer?: LineAnswer; message: string }[];
}

/** Settles a table: its first row is the header; blank rows are kept and not answered. */
export function settleTable(table: SheetTable, ctx: SettleContext): SettledTable {
  let settled;
  try {
    settled = settleRows(table, { ...ctx, rowLabel: rowPlace });
  } catch (e) {
    if (!(e instanceof LedgerLayoutError)) throw e;
    const message = e.message.replace(/^表头/, `表头（第${table.rows[0]?.number ?? 1}行）`); // a sheet's empty rows are skipped
    throw new UsageError(table.sheet === undefined ? message : `工作表「${table.sheet}」：${message}`);
  }
  const { layout } = settled;
  const rows = settled.rows.map((r) => {
    const a = r.answer;
    const message = !a ? "" : a.kind === "error" ? `${errorPlace(layout, r, 0)}：${a.error}` : a.kind === "history" ? HISTORY_TEXT : reasonsText(a);
    return { number: r.number, cells: r.cells, answer: a, message };
  });
  return { layout, rows };
}

// ---- reading --------------------------------------------------------------------------------------------------

/**
 * UTF-16 when it starts with its byte order mark (Excel's “Unicode 文本”), else UTF-8 (with or without BOM), else
 * GB18030 — what Excel on a Chinese Windows saves as “CSV”.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Commas, or tabs when the first line has tabs and no comma (Excel's “Unicode 文本” is tab-separated). */
const SEPARATORS = [",", "\t", ";"] as const;

export function csvTable(bytes: Uint8Array): Table {
  const text = decodeCsv(bytes);
  // The header line says which separator the file uses: commas (RFC 4180), else tabs (Excel's “Unicode 文本”
  // renamed), else semicolons (Excel where the decimal mark is a comma).
  const first = text.slice(0, text.search(/[\r\n]|$/));
  return delimitedTable(text, (SEPARATORS.find((sep) => first.includes(sep)) ?? ","));
}

/** An exceljs cell value as an Excel value: formulas by their result, rich text and links by their text. */
export function cellValue(v: unknown): Cell {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v as ExcelValue;
  if (v instanceof Date) return { problem: "是日期；应为数或文字" };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return { problem: `是错误值 ${String(o.error)}` };
    if ("result" in o) return cellValue(o.result);
    if ("formula" in o || "sharedFormula" in o) return { problem: "是没有计算结果的公式" };
    if (Array.isArray(o.richText)) return o.richText.map((r) => String((r as { text?: unknown }).text ?? "")).join("");
    if ("text" in o) return cellValue(o.text);
  }
  return { problem: "无法读取" };
}

async function exceljs() {
  // Loaded only by this command (and kept out of the CLI bundle), so other commands start as fast as before.
  const mod = await import("exceljs");
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** A table read from a workbook names its sheet, so that a header problem says which sheet was read. */
export interface SheetTable extends Table {
  readonly sheet?: string;
}

/** The first visible sheet: a hidden one (an old ledger, a lookup list) is not what the user sees as the ledger. */
export async function xlsxTable(bytes: Uint8Array): Promise<SheetTable> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.state === "visible" || w.state === undefined);
  if (!ws) return { rows: [] };
  const rows: { number: number; cells: Cell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as unknown[]; // 1-based, sparse
    rows.push({ number, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellValue(values[i + 1])) });
  });
  return { rows, sheet: ws.name };
}

// ---- writing --------------------------------------------------------------------------------------------------

const amount = (d: Decimal) => Number(formatResult(d)); // the one conversion to a binary float: the cell's number

/** The most characters an Excel cell holds; a longer text makes Excel call the workbook damaged. */
export const EXCEL_CELL_MAX = 32_767;

/** A text as a results cell can hold it: one longer than a cell (only a CSV can have one) is cut, saying so. */
function fitCell(v: ExcelValue): ExcelValue {
  if (typeof v !== "string" || v.length <= EXCEL_CELL_MAX) return v;
  const note = `…（原文共 ${v.length} 字，超过 Excel 单元格的上限，此处截断）`;
  return v.slice(0, EXCEL_CELL_MAX - note.length) + note;
}
const MONEY_FORMAT = "0.000000";

/**
 * Written as a stream, row by row: a workbook held whole in exceljs takes about 13 KB a row (a 100,000-row ledger
 * ran out of a 768 MB heap); streamed, only the settled table is held.
 */
export async function writeWorkbook(t: SettledTable, path: string): Promise<void> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet("结算结果", { views: [{ state: "frozen", ySplit: 1 }] });
  const width = t.layout.headers.length;
  // Column formats go before the first row: a streamed sheet writes its columns when that row is committed.
  sheet.getColumn(width + 1).numFmt = MONEY_FORMAT;
  sheet.getColumn(width + 2).numFmt = MONEY_FORMAT;
  sheet.getColumn(width + 3).width = 80;
  sheet.getColumn(width + 3).alignment = { wrapText: true, vertical: "top" };
  const head = sheet.getRow(1);
  head.values = [...t.layout.headers, "申报额（万元）", "结算额（万元）", "说明"];
  head.font = { bold: true };
  head.commit();
  for (const r of t.rows) {
    const cells = Array.from({ length: width }, (_, i): ExcelValue => { const c = r.cells[i]; return c === undefined || isProblem(c) ? null : (c as ExcelValue); });
    const a = r.answer;
    const money = a?.kind === "claim" ? [amount(a.gross), amount(a.value)] : [null, null];
    // Each result stays on its ledger row number (blank rows too), so messages that cite 第N行 point at it.
    const row = sheet.getRow(r.number);
    row.values = [...cells.map(fitCell), ...money, fitCell(r.message)];
    if (a?.kind === "error") row.getCell(width + 3).font = { color: { argb: "FFC00000" } };
    row.commit();
  }
  sheet.commit();

  const summary = wb.addWorksheet("企业汇总");
  summary.getColumn(1).width = 24;
  summary.getColumn(3).numFmt = MONEY_FORMAT;
  summary.getColumn(4).numFmt = MONEY_FORMAT;
  summary.addRow(["企业", "申报条数", "申报额合计（万元）", "结算额合计（万元）", "错误行数"]).font = { bold: true };
  let all = { claims: 0, gross: new Exact(0), value: new Exact(0), errors: 0 };
  for (const e of enterpriseTotals(t).filter((e) => e.claims || e.errors)) {
    summary.addRow([e.enterprise, e.claims, amount(e.gross), amount(e.value), e.errors]).commit();
    all = { claims: all.claims + e.claims, gross: all.gross.plus(e.gross), value: all.value.plus(e.value), errors: all.errors + e.errors };
  }
  summary.addRow(["合计", all.claims, amount(all.gross), amount(all.value), all.errors]).font = { bold: true };
  summary.commit();
  await wb.commit();
}

// ---- the command ----------------------------------------------------------------------------------------------

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-结算.xlsx`);
}

/**
 * The most a workbook may unpack to. exceljs holds the whole sheet in memory (a 100,000-row ledger unpacks to about
 * 25 MiB); a larger file, or a zip bomb, would exhaust memory or V8's longest string and end in a crash.
 */
export const MAX_UNPACKED = 64 << 20;

/**
 * What a zip archive says it unpacks to, from its central directory (the file's last bytes): the sum of its entries'
 * sizes; Infinity for a ZIP64 archive (no workbook within the limit needs one); 0 when it is no zip (exceljs says so).
 */
export function unpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return 0;
  const entries = view.getUint16(end + 10, true), offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return Infinity;
  let total = 0;
  for (let k = 0, at = offset; k < entries && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; k++) {
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Before reading: a regular file (a device or a pipe may never end), and one small enough to hold. */
function checkSource(input: string): void {
  let stats;
  try {
    stats = statSync(input);
  } catch (e) {
    throw new UsageError((e as NodeJS.ErrnoException)?.code === "ENOENT" ? `找不到文件：${input}` : `无法读取 ${input}：${fsReason(e)}`);
  }
  if (!stats.isFile()) throw new UsageError(`无法读取 ${input}：${stats.isDirectory() ? "是一个目录，不是文件" : "不是普通文件"}`);
  // A CSV is held whole as text, and a workbook unpacks to more than its size: both have the same limit.
  if (stats.size > MAX_UNPACKED) throw new UsageError(`无法读取 ${input}：文件超过 ${MAX_UNPACKED >> 20} MiB，太大；请分成几个文件再结算`);
}

export async function readTable(input: string): Promise<SheetTable> {
  const ext = extname(input).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv") throw new UsageError(`台账须为 .xlsx 或 .csv 文件，收到「${input}」`);
  checkSource(input);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    throw new UsageError(`无法读取 ${input}：${fsReason(e)}`);
  }
  if (ext === ".csv") return csvTable(bytes);
  if (unpackedSize(bytes) > MAX_UNPACKED) {
    throw new UsageError(`无法读取 ${input}：工作簿解压后超过 ${MAX_UNPACKED >> 20} MiB，太大；请分成几个文件，或另存为 CSV 再结算`);
  }
  try {
    return await xlsxTable(bytes);
  } catch {
    throw new UsageError(`无法读取 ${input}：不是有效的 .xlsx 文件`);
  }
}

/** Before any work: the result goes into an existing directory, and never over the ledger itself. */
function checkTarget(input: string, target: string): void {
  const same = (a: string, b: string) => { try { return realpathSync(a) === realpathSync(b); } catch { return resolve(a) === resolve(b); } };
  if (same(input, target)) throw new UsageError(`结果不能写到台账文件本身（${target}）；请用 -o 另给一个文件名`);
  if (!existsSync(dirname(resolve(target)))) throw new UsageError(`无法写入 ${target}：目录 ${dirname(target)} 不存在`);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`无法写入 ${target}：是一个目录，不是文件`);
}

export async function settleWorkbook(input: string, output: string | undefined, ctx: SettleContext, out: Out, err: Out): Promise<number> {
  const target = output ?? defaultOutput(input);
  if (extname(target).toLowerCase() !== ".xlsx") throw new UsageError(`结果须写成 .xlsx 文件（-o 结果.xlsx），收到「${target}」`);
  checkTarget(input, target);
  const settled = settleTable(await readTable(input), ctx);
  try {
    await writeWorkbook(settled, target);
  } catch (e) {
    err.write(`无法写入 ${target}：${fsReason(e, "写入")}\n`);
    return 1;
  }
  const answered = settled.rows.filter((r) => r.answer);
  const claims = answered.filter((r) => r.answer!.kind === "claim");
  const errors = answered.filter((r) => r.answer!.kind === "error");
  const total = claims.reduce((s, r) => s.plus((r.answer as { value: Decimal }).value), new Exact(0));
  for (const r of errors) err.write(`${r.message}\n`);
  out.write(`结算了 ${answered.length} 行：${claims.length} 条申报，结算额合计 ${formatResult(total)} 万元；${errors.length} 行有错误${errors.length ? "（见上，及结果的“说明”列）" : ""}。写入 ${target}\n`);
  return errors.length ? 1 : 0;
}
