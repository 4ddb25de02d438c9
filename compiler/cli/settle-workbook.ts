// `zhengce settle 台账.xlsx|台账.csv [-o 结果.xlsx]`: a ledger laid out as a sheet, settled, written back as a workbook.
//
// The first sheet (or the CSV) has a header row: 企业, 项目, 年度, 函数, then the function's arguments in Excel order,
// then 已兑现 (万元; filled = a history row). Headers may carry a unit in brackets (已兑现（万元）); columns between 函数
// and 已兑现 are the arguments; columns after 已兑现 are kept but not read.
// Enterprise-level inputs are rows whose 函数 is 排除 or 贡献封顶 (or NS.排除 / NS.贡献封顶 for one namespace): 排除 takes
// an optional reason in the first argument column, 贡献封顶 its amount (万元) there; 年度 is optional on both (empty =
// every year), 项目 is not read.
//
// Exactness: numeric cells arrive as JavaScript numbers and are read through their shortest round-trip text (what
// Excel shows), text cells as text, both through the same argument adapter as a formula; amounts are written as
// numbers converted once from the exact decimal text, so the cell number is the only binary float.
import { readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Decimal } from "decimal.js";
import type { ExcelValue } from "../../runtime/adapter.js";
import { Exact, formatResult } from "../../runtime/exact.js";
import { ledgerLine, reasonsText, settle, FIELD_NAMES, type LedgerLine, type LineAnswer } from "../../runtime/settlement/index.js";
import { UsageError } from "../driver/project.js";
import type { SettleContext } from "./settle.js";

type Out = { write(s: string): void };

/** A cell as read: an Excel value, or why it cannot be one (an error value, a date). */
export type Cell = ExcelValue | { readonly problem: string };
export interface Table {
  readonly rows: readonly { readonly number: number; readonly cells: readonly Cell[] }[];
}

const REQUIRED = ["企业", "项目", "年度", "函数"] as const;
const PAID = "已兑现";

/** Column A, B, …, Z, AA, … of a 0-based index. */
export function columnName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const isProblem = (c: Cell): c is { problem: string } => typeof c === "object" && c !== null;
const isEmpty = (c: Cell) => c === null || c === undefined || (typeof c === "string" && c.trim() === "");
const headerText = (c: Cell) => (isProblem(c) || c === null || c === undefined ? "" : String(c).trim());

export interface Layout {
  readonly headers: readonly string[];
  readonly columns: Record<(typeof REQUIRED)[number], number>;
  readonly args: readonly number[];
  readonly paid?: number;
}

/** The header row: where 企业/项目/年度/函数/已兑现 are, and the argument columns between 函数 and 已兑现. */
export function layoutOf(header: readonly Cell[]): Layout {
  const headers = header.map(headerText);
  const find = (name: string) => headers.findIndex((h) => new RegExp(`^${name}\\s*([（(].*[)）])?$`).test(h));
  const columns = {} as Record<(typeof REQUIRED)[number], number>;
  for (const name of REQUIRED) {
    const i = find(name);
    if (i < 0) throw new UsageError(`表头（第1行）缺少「${name}」列；表头应为：企业、项目、年度、函数、各参数、已兑现`);
    columns[name] = i;
  }
  const paidAt = find(PAID);
  if (paidAt >= 0 && paidAt < columns.函数) throw new UsageError(`表头（第1行）的「已兑现」列须在「函数」列之后`);
  const end = paidAt >= 0 ? paidAt : headers.length;
  const args = Array.from({ length: Math.max(0, end - columns.函数 - 1) }, (_, k) => columns.函数 + 1 + k);
  return { headers, columns, args, paid: paidAt >= 0 ? paidAt : undefined };
}

const INPUT_FN = /^(?:([A-Za-z]+)\s*[.．])?\s*(排除|贡献封顶)$/;

/** One row as a ledger record (the JSON shape), or a problem cell's message with its column. */
function recordOf(layout: Layout, cells: readonly Cell[]): { record: Record<string, unknown> } | { problem: string; column: number } {
  const at = (i: number | undefined): Cell => (i === undefined ? null : cells[i] ?? null);
  const used = [layout.columns.企业, layout.columns.项目, layout.columns.年度, layout.columns.函数, ...layout.args, ...(layout.paid === undefined ? [] : [layout.paid])];
  for (const i of used) {
    const c = at(i);
    if (isProblem(c)) return { problem: c.problem, column: i };
  }
  const value = (i: number | undefined) => (isEmpty(at(i)) ? undefined : (at(i) as ExcelValue));
  const fn = value(layout.columns.函数);
  const input = typeof fn === "string" ? INPUT_FN.exec(fn.normalize("NFKC").trim()) : null;
  const common = { enterprise: value(layout.columns.企业), year: value(layout.columns.年度) };
  if (input) {
    const first = value(layout.args[0]);
    const namespace = input[1] ? { namespace: input[1] } : {};
    return input[2] === "排除"
      ? { record: { ...common, exclude: true, ...namespace, ...(first === undefined ? {} : { reason: first }) } }
      : { record: { ...common, contributionCap: first ?? null, ...namespace } };
  }
  const args = layout.args.map((i) => value(i) ?? null);
  while (args.length && args[args.length - 1] === null) args.pop();
  const paid = value(layout.paid);
  return { record: { ...common, project: value(layout.columns.项目), fn, args, ...(paid === undefined ? {} : { paid }) } };
}

/** The column a field of a row's record lives in, for “第5行 E列（设备投资额）”. */
function columnOf(layout: Layout, answer: LineAnswer): number | undefined {
  if (answer.kind !== "error") return undefined;
  const field = answer.field;
  switch (field) {
    case "enterprise": case "project": case "year":
      return layout.columns[FIELD_NAMES[field]];
    case "fn": case "exclude": case "namespace":
      return layout.columns.函数;
    case "paid":
      return layout.paid;
    case "args": case "reason": case "contributionCap":
      return layout.args[field === "args" ? answer.argIndex ?? -1 : 0];
    default:
      return undefined;
  }
}

export interface SettledTable {
  readonly layout: Layout;
  /** Per data row: its sheet row number, the cells as read, the answer, and the message with row and column. */
  readonly rows: readonly { number: number; cells: readonly Cell[]; answer?: LineAnswer; message: string }[];
}

/** Settles a table: row 1 is the header, blank rows are kept and not answered. */
export function settleTable(table: Table, ctx: SettleContext): SettledTable {
  const [header, ...data] = table.rows;
  if (!header) throw new UsageError("台账是空的：第1行应为表头（企业、项目、年度、函数、各参数、已兑现）");
  const layout = layoutOf(header.cells);
  const lines: LedgerLine[] = [];
  const lineRow: number[] = [];
  const problems = new Map<number, number>(); // line index → column of a problem cell
  for (const row of data) {
    if (row.cells.every(isEmpty)) continue;
    const r = recordOf(layout, row.cells);
    if ("problem" in r) {
      problems.set(lines.length, r.column);
      lines.push({ kind: "invalid", error: r.problem });
    } else lines.push(ledgerLine(r.record));
    lineRow.push(row.number);
  }
  const answers = settle(lines, { ...ctx, label: (i) => `第${lineRow[i]}行` });
  const byRow = new Map<number, { answer: LineAnswer; column?: number }>();
  answers.forEach((answer, i) => byRow.set(lineRow[i]!, { answer, column: problems.get(i) ?? columnOf(layout, answer) }));
  const rows = data.map((row) => {
    const a = byRow.get(row.number);
    if (!a) return { number: row.number, cells: row.cells, message: "" };
    const where = a.column === undefined ? `第${row.number}行` : `第${row.number}行 ${columnName(a.column)}列（${layout.headers[a.column] || "空表头"}）`;
    const message = a.answer.kind === "error" ? `${where}：${a.answer.error}` : a.answer.kind === "history" ? "已兑现：不再支付，计入进档差额与上限" : reasonsText(a.answer);
    return { number: row.number, cells: row.cells, answer: a.answer, message };
  });
  return { layout, rows };
}

// ---- reading --------------------------------------------------------------------------------------------------

/** RFC 4180: quoted fields, "" inside quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += ch;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows;
}

/** UTF-8 (with or without BOM), else GB18030 — what Excel on a Chinese Windows saves as “CSV”. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

export function csvTable(bytes: Uint8Array): Table {
  return { rows: parseCsv(decodeCsv(bytes)).map((cells, i) => ({ number: i + 1, cells: cells.map((c) => (c.trim() === "" ? null : c)) })) };
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

export async function xlsxTable(bytes: Uint8Array): Promise<Table> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [] };
  const rows: { number: number; cells: Cell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as unknown[]; // 1-based, sparse
    rows.push({ number, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellValue(values[i + 1])) });
  });
  return { rows };
}

// ---- writing --------------------------------------------------------------------------------------------------

const amount = (d: Decimal) => Number(formatResult(d)); // the one conversion to a binary float: the cell's number
const MONEY_FORMAT = "0.000000";

interface EnterpriseTotal { claims: number; gross: Decimal; value: Decimal; errors: number }

function totals(t: SettledTable): Map<string, EnterpriseTotal> {
  const out = new Map<string, EnterpriseTotal>();
  const col = t.layout.columns.企业;
  for (const r of t.rows) {
    if (!r.answer || r.answer.kind === "history" || r.answer.kind === "input") continue;
    const name = headerText(r.cells[col] ?? null) || "（未填企业）";
    const e = out.get(name) ?? { claims: 0, gross: new Exact(0), value: new Exact(0), errors: 0 };
    if (r.answer.kind === "error") e.errors++;
    else (e.claims++, (e.gross = e.gross.plus(r.answer.gross)), (e.value = e.value.plus(r.answer.value)));
    out.set(name, e);
  }
  return out;
}

export async function writeWorkbook(t: SettledTable, path: string): Promise<void> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("结算结果");
  const width = t.layout.headers.length;
  sheet.addRow([...t.layout.headers, "申报额（万元）", "结算额（万元）", "说明"]).font = { bold: true };
  for (const r of t.rows) {
    const cells = Array.from({ length: width }, (_, i): ExcelValue => { const c = r.cells[i]; return c === undefined || isProblem(c) ? null : (c as ExcelValue); });
    const a = r.answer;
    const money = a?.kind === "claim" ? [amount(a.gross), amount(a.value)] : [null, null];
    // Each result stays on its ledger row number (blank rows too), so messages that cite 第N行 point at it.
    const row = sheet.getRow(r.number);
    row.values = [...cells, ...money, r.message];
    if (a?.kind === "error") row.getCell(width + 3).font = { color: { argb: "FFC00000" } };
  }
  sheet.getColumn(width + 1).numFmt = MONEY_FORMAT;
  sheet.getColumn(width + 2).numFmt = MONEY_FORMAT;
  sheet.getColumn(width + 3).width = 80;
  sheet.getColumn(width + 3).alignment = { wrapText: true, vertical: "top" };
  sheet.views = [{ state: "frozen", ySplit: 1 }];

  const summary = wb.addWorksheet("企业汇总");
  summary.addRow(["企业", "申报条数", "申报额合计（万元）", "结算额合计（万元）", "错误行数"]).font = { bold: true };
  let all = { claims: 0, gross: new Exact(0), value: new Exact(0), errors: 0 };
  for (const [name, e] of totals(t)) {
    summary.addRow([name, e.claims, amount(e.gross), amount(e.value), e.errors]);
    all = { claims: all.claims + e.claims, gross: all.gross.plus(e.gross), value: all.value.plus(e.value), errors: all.errors + e.errors };
  }
  summary.addRow(["合计", all.claims, amount(all.gross), amount(all.value), all.errors]).font = { bold: true };
  summary.getColumn(3).numFmt = MONEY_FORMAT;
  summary.getColumn(4).numFmt = MONEY_FORMAT;
  summary.getColumn(1).width = 24;
  await wb.xlsx.writeFile(path);
}

// ---- the command ----------------------------------------------------------------------------------------------

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-结算.xlsx`);
}

export async function readTable(input: string): Promise<Table> {
  const ext = extname(input).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv") throw new UsageError(`台账须为 .xlsx 或 .csv 文件，收到「${input}」`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch {
    throw new UsageError(`找不到文件：${input}`);
  }
  if (ext === ".csv") return csvTable(bytes);
  try {
    return await xlsxTable(bytes);
  } catch {
    throw new UsageError(`无法读取 ${input}：不是有效的 .xlsx 文件`);
  }
}

export async function settleWorkbook(input: string, output: string | undefined, ctx: SettleContext, out: Out, err: Out): Promise<number> {
  const target = output ?? defaultOutput(input);
  if (extname(target).toLowerCase() !== ".xlsx") throw new UsageError(`结果须写成 .xlsx 文件（-o 结果.xlsx），收到「${target}」`);
  const settled = settleTable(await readTable(input), ctx);
  try {
    await writeWorkbook(settled, target);
  } catch (e) {
    err.write(`无法写入 ${target}：${(e as Error)?.message ?? String(e)}\n`);
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
