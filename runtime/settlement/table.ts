// A ledger laid out as a table — a workbook's first sheet, a CSV, an Excel or WPS range handed to =NS.SETTLE(…), a
// table pasted into the task pane — read into ledger lines and settled, row by row. The one home of the layout; the
// hosts only say how they get the cells and how they name a row or a column:
//
//   header row:  企业 | 项目 | 年度 | 函数 | the function's arguments, in Excel order … | 已兑现 | (anything after: kept, not read)
//
// Headers may carry a unit in brackets (已兑现（万元）); the columns between 函数 and 已兑现 are the arguments (their
// headers are free: 参数1, 设备投资额, …). 已兑现 filled = a history row. Enterprise-level inputs are rows whose 函数 is
// 排除 or 贡献封顶 (or NS.排除 / NS.贡献封顶 for one namespace): 排除 takes an optional reason in the first argument
// column, 贡献封顶 its amount (万元) there; 年度 is optional on both (empty = every year), 项目 is not read.
// Blank rows are kept in place and not answered.
//
// Exactness: a numeric cell is a JavaScript number, read by the argument adapter through its shortest round-trip
// text (what the sheet shows), as in a formula; text cells are read as text. No Node or DOM APIs: the CLI, the add-in
// and the task pane all use this module.
import type { Decimal } from "decimal.js";
import { coerceArg, type ExcelValue } from "../adapter.js";
import { PolicyInputError } from "../errors.js";
import { Exact } from "../exact.js";
import type { ParamMeta } from "../types.js";
import { budgetError } from "./budget.js";
import { settle, type LineAnswer, type SettleOptions } from "./engine.js";
import { FIELD_NAMES, ledgerLine, type LedgerLine } from "./ledger.js";
import { sameNameKey } from "./model.js";

/** A cell as read: a spreadsheet value, or why it cannot be one (an error value, a date). */
export type Cell = ExcelValue | { readonly problem: string };

export interface TableRow {
  /** How the host numbers the row (a sheet's row number; 1-based within a range). */
  readonly number: number;
  readonly cells: readonly Cell[];
}

export interface Table {
  readonly rows: readonly TableRow[];
}

/** What separates the cells of a line: a comma (CSV), a tab (cells copied from a sheet), a semicolon (a CSV saved
 * where the decimal mark is a comma). */
export type Separator = "," | "\t" | ";";

export interface DelimitedText {
  readonly rows: string[][];
  /** Where a quote that never closes opened (0-based row and cell); it was read as an ordinary character. */
  readonly unclosedQuote?: { readonly row: number; readonly cell: number };
}

/**
 * Delimited text as a spreadsheet writes it — a CSV file (RFC 4180) or cells copied to the clipboard (tab-separated):
 * rows by line (CRLF or LF), cells by the separator; a cell holding the separator, a line break or a quote is quoted
 * ("…", "" inside). A quote only opens a quoted cell at the cell's start; elsewhere it is an ordinary character, and
 * so is one never closed (a typo must not swallow every row after it), which is reported so that its row is not
 * settled as though nothing were wrong. Trailing rows with nothing in them (a final line break, a sheet's empty
 * lines) are dropped.
 *
 * Linear: at most one quote in a text can fail to close — the first of the last run of an odd number of quotes (a
 * quoted cell reads quotes in pairs and closes at the first one left over) — so the text after it is read again at
 * most once. Inside a quoted cell no row or cell ends, so going back needs only the position.
 */
export function parseDelimited(text: string, separator: Separator): DelimitedText {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false, atCellStart = true, openedAt = -1;
  let unclosedQuote: DelimitedText["unclosedQuote"];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
      if (quoted && i >= text.length - 1) {
        unclosedQuote = { row: rows.length, cell: row.length };
        (field = '"'), (quoted = false), (i = openedAt);
      }
      continue;
    }
    const wasAtCellStart = atCellStart;
    atCellStart = false;
    if (ch === '"' && wasAtCellStart && i < text.length - 1) (quoted = true), (openedAt = i);
    else if (ch === separator) row.push(field), (field = ""), (atCellStart = true);
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = ""), (atCellStart = true);
    } else field += ch;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  while (rows.length && rows[rows.length - 1]!.every((c) => c.trim() === "")) rows.pop();
  return unclosedQuote ? { rows, unclosedQuote } : { rows };
}

/** The message of the cell where a quote never closes. */
const UNCLOSED_QUOTE = "的引号没有闭合，这一格按原样读取；格子里的引号请写成两个（\"\"）";

/**
 * Delimited text as a table, rows numbered from its first line (the header is 第1行), blank cells empty; the cell
 * where a quote never closes is a problem cell, so its row gets an error naming it.
 */
export function delimitedTable(text: string, separator: Separator): Table {
  const { rows, unclosedQuote } = parseDelimited(text, separator);
  return {
    rows: rows.map((cells, r) => ({
      number: r + 1,
      cells: cells.map((c, i): Cell => {
        if (unclosedQuote?.row === r && unclosedQuote.cell === i) return { problem: `「${c.length > 20 ? `${c.slice(0, 20)}…` : c}」${UNCLOSED_QUOTE}` };
        return c.trim() === "" ? null : c;
      }),
    })),
  };
}

/** The header row is not a ledger header: the whole table is unreadable (a usage error, a #VALUE! cell). */
export class LedgerLayoutError extends Error {}

export const REQUIRED_HEADERS = ["企业", "项目", "年度", "函数"] as const;
export const PAID_HEADER = "已兑现";
/** How a message describes the expected header row. */
export const HEADER_HINT = "企业、项目、年度、函数、各参数、已兑现";

/** What a history row is answered: it is not paid again. */
export const HISTORY_TEXT = "已兑现：不再支付，计入进档差额与上限";

export const isProblem = (c: Cell): c is { readonly problem: string } => typeof c === "object" && c !== null;
export const isEmptyCell = (c: Cell | undefined): boolean => c === null || c === undefined || (typeof c === "string" && c.trim() === "");
/** A cell as header or key text; a problem cell or an empty one is "". */
export const cellText = (c: Cell | undefined): string => (c === undefined || c === null || isProblem(c) ? "" : String(c).trim());

/** 第5行: a ledger row by its number in the sheet (or in the pasted text). */
export const rowPlace = (n: number): string => `第${n}行`;

/** Column A, B, …, Z, AA, … of a 0-based index. */
export function columnName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface Layout {
  /** The header row's texts, one per column. */
  readonly headers: readonly string[];
  readonly columns: Record<(typeof REQUIRED_HEADERS)[number], number>;
  /** The argument columns, in order. */
  readonly args: readonly number[];
  readonly paid?: number;
}

const headerPattern = (name: string) => new RegExp(`^${name}\\s*([（(].*[)）])?$`);

/** The header row: where 企业/项目/年度/函数/已兑现 are, and the argument columns between 函数 and 已兑现. */
export function layoutOf(header: readonly Cell[]): Layout {
  const headers = header.map(cellText);
  const find = (name: string) => {
    // NFKC: a header typed with half-width or full-width brackets (已兑现(万元), 已兑现（万元）) reads the same.
    const at = headers.flatMap((h, i) => (headerPattern(name).test(h.normalize("NFKC")) ? [i] : []));
    if (at.length > 1) throw new LedgerLayoutError(`表头有两列「${name}」（${columnName(at[0]!)}列、${columnName(at[1]!)}列）`);
    return at.length ? at[0]! : -1;
  };
  const columns = {} as Record<(typeof REQUIRED_HEADERS)[number], number>;
  for (const name of REQUIRED_HEADERS) {
    const i = find(name);
    if (i < 0) throw new LedgerLayoutError(`表头缺少「${name}」列；表头应为：${HEADER_HINT}`);
    columns[name] = i;
  }
  const paidAt = find(PAID_HEADER);
  if (paidAt >= 0 && paidAt < columns.函数) throw new LedgerLayoutError("表头的「已兑现」列须在「函数」列之后");
  // A key column between 函数 and 已兑现 would be read as an argument.
  const late = REQUIRED_HEADERS.filter((n) => columns[n] > columns.函数 && (paidAt < 0 || columns[n] < paidAt)).sort((a, b) => columns[a] - columns[b]);
  if (late.length) throw new LedgerLayoutError(`表头的${late.map((n) => `「${n}」`).join("")}列须在「函数」列之前（「函数」之后的列是参数）`);
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
  const value = (i: number | undefined) => (isEmptyCell(at(i)) ? undefined : (at(i) as ExcelValue));
  const fn = value(layout.columns.函数);
  const input = typeof fn === "string" ? INPUT_FN.exec(fn.normalize("NFKC").trim()) : null;
  const common = { enterprise: value(layout.columns.企业), year: value(layout.columns.年度) };
  if (input) {
    // Cells such a row does not read must be empty: a value there is a mistake, not something to ignore.
    const unread = [...layout.args.slice(1), ...(layout.paid === undefined ? [] : [layout.paid])].find((i) => value(i) !== undefined);
    if (unread !== undefined) {
      const what = unread === layout.paid ? `不读「${PAID_HEADER}」，请留空` : "只读第一个参数列，请把这一列留空";
      return { problem: `「${input[2]}」行${what}`, column: unread };
    }
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

/** The column a field of a row's record lives in, so a message can name it. */
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

export interface SettledRow {
  readonly number: number;
  readonly cells: readonly Cell[];
  /** Absent for a blank row (no ledger line). */
  readonly answer?: LineAnswer;
  /** For an error: the column at fault, when one is. */
  readonly column?: number;
}

/**
 * Where a row's error is: 第5行 E列（参数1） when the table's first column is the sheet's column `firstColumn`
 * (0-based); 第5行「参数1」列 for a table whose columns have no letters (a pasted one).
 */
export function errorPlace(layout: Layout, r: SettledRow, firstColumn?: number): string {
  if (r.column === undefined) return rowPlace(r.number);
  const header = layout.headers[r.column] || "空表头";
  return firstColumn === undefined ? `${rowPlace(r.number)}「${header}」列` : `${rowPlace(r.number)} ${columnName(firstColumn + r.column)}列（${header}）`;
}

export interface SettledTable {
  readonly layout: Layout;
  /** The data rows (every row after the header), blank ones included, in order. */
  readonly rows: readonly SettledRow[];
}

export interface TableSettleOptions extends Omit<SettleOptions, "label"> {
  /** How a reason names another row, by the row's number (default 第N行). */
  readonly rowLabel?: (rowNumber: number) => string;
}

export const isBlankRow = (cells: readonly Cell[]): boolean => cells.every(isEmptyCell);

/** Settles a table whose first row is the header. Throws LedgerLayoutError only for an unreadable header. */
export function settleTable(table: Table, options: TableSettleOptions): SettledTable {
  const [header, ...data] = table.rows;
  if (!header) throw new LedgerLayoutError(`台账是空的：第一行应为表头（${HEADER_HINT}）`);
  const layout = layoutOf(header.cells);
  const lines: LedgerLine[] = [];
  const lineRow: number[] = []; // line index → index into data
  const problems = new Map<number, number>(); // line index → column of a problem cell
  data.forEach((row, k) => {
    if (isBlankRow(row.cells)) return;
    const r = recordOf(layout, row.cells);
    if ("problem" in r) {
      problems.set(lines.length, r.column);
      lines.push({ kind: "invalid", error: r.problem });
    } else lines.push(ledgerLine(r.record));
    lineRow.push(k);
  });
  const rowLabel = options.rowLabel ?? rowPlace;
  const answers = settle(lines, { ...options, label: (i) => rowLabel(data[lineRow[i]!]!.number) });
  const byRow = new Map<number, { answer: LineAnswer; column?: number }>();
  answers.forEach((answer, i) => byRow.set(lineRow[i]!, { answer, column: problems.get(i) ?? columnOf(layout, answer) }));
  return {
    layout,
    rows: data.map((row, k) => {
      const a = byRow.get(k);
      return a ? { number: row.number, cells: row.cells, answer: a.answer, ...(a.column === undefined ? {} : { column: a.column }) } : { number: row.number, cells: row.cells };
    }),
  };
}

// ---- totals -----------------------------------------------------------------------------------------------------

export interface EnterpriseTotal {
  readonly enterprise: string;
  /** Claims settled (errors, history and inputs not counted). */
  claims: number;
  gross: Decimal;
  value: Decimal;
  errors: number;
  /** The rows of the enterprise (claims, history, inputs, errors), in table order. */
  readonly rows: SettledRow[];
}

/** Per enterprise, in order of first appearance: claims, gross and settled sums (exact), error rows. */
export function enterpriseTotals(t: SettledTable): EnterpriseTotal[] {
  const out = new Map<string, EnterpriseTotal>();
  const col = t.layout.columns.企业;
  for (const r of t.rows) {
    if (!r.answer) continue;
    const name = cellText(r.cells[col]) || "（未填企业）";
    const key = sameNameKey(name); // as the engine groups them; shown as first typed
    let e = out.get(key);
    if (!e) out.set(key, (e = { enterprise: name, claims: 0, gross: new Exact(0), value: new Exact(0), errors: 0, rows: [] }));
    e.rows.push(r);
    if (r.answer.kind === "error") e.errors++;
    else if (r.answer.kind === "claim") (e.claims++, (e.gross = e.gross.plus(r.answer.gross)), (e.value = e.value.plus(r.answer.value)));
  }
  return [...out.values()];
}

// ---- the budget -------------------------------------------------------------------------------------------------

const BUDGET_PARAM: ParamMeta = { name: "预算", kind: "money", unit: "万元", optional: false, integer: false, description: "" };

/** A budget as typed (300, "300万元", "0.03亿元"): exact, and a whole number of 分; or why not. */
export function readBudget(raw: ExcelValue | string): { readonly ok: true; readonly budget: Decimal } | { readonly ok: false; readonly error: string } {
  let budget: Decimal;
  try {
    budget = coerceArg(BUDGET_PARAM, raw) as Decimal;
  } catch (e) {
    return { ok: false, error: e instanceof PolicyInputError ? e.message : String(e) };
  }
  if (budget.isZero()) budget = new Exact(0); // "-0" is no negative budget
  const problem = budgetError(budget);
  return problem ? { ok: false, error: problem } : { ok: true, budget };
}
