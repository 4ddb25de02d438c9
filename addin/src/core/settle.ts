// =NS.SETTLE(台账区域, [预算]) and =NS.SETTLE_REASONS(台账区域, [预算]) in every host: the range is a ledger laid out as
// runtime/settlement/table.ts reads it (the same layout as `zhengce settle 台账.xlsx`), settled by the engine with the
// namespace's own rules (the generated module's `settlement`), and answered as one column aligned with the rows:
//
//   row of the range     SETTLE                        SETTLE_REASONS
//   header (first row)   结算额（万元）                 说明
//   claim                the settled amount, 万元       申报额 → 结算额 and every step with its 原文, or 按申报额兑现
//   history (已兑现)      已兑现                          已兑现：不再支付，计入进档差额与上限
//   排除 / 贡献封顶        排除 / 贡献封顶                  where it applies (the engine's note)
//   a row it cannot read 错误：「参数1」列：…            the same text
//   blank                (empty)                        (empty)
//
// A bad row is text in its own cell and the rest of the ledger settles; only a range that is no ledger at all (no
// header row, a header without 企业/项目/年度/函数) or a bad budget fails the whole call, as #VALUE! with the reason.
// Rows are named within the range (区域第3行 = its third row, the header being the first): a custom function is not
// told where its range argument is without metadata that Microsoft's published functions.json schema lacks.
// Trailing blank rows are not answered, so a whole-column range (A:H) spills only as far as the ledger goes.
import { showValue } from "../../../runtime/show.js";
import { formatResult } from "../../../runtime/exact.js";
import { KIND_NAMES, reasonsText, type LineAnswer, type SettlementRules } from "../../../runtime/settlement/index.js";
import {
  HISTORY_TEXT, isBlankRow, LedgerLayoutError, readBudget, settleTable, type Cell, type SettledTable, type Table,
} from "../../../runtime/settlement/table.js";
import type { ExcelValue } from "../../../runtime/adapter.js";
import { SETTLE_ID } from "../cities.js";
import { cellNumber, type AddinFunctions, type CellOutcome } from "./cells.js";

export const SETTLE_HEADER = "结算额（万元）";
export const REASONS_HEADER = "说明";

/** What a settlement call needs beside its arguments: the add-in's functions and its namespace's rules. */
export interface SettleScope {
  readonly addin: AddinFunctions;
  /** The namespace's rules (absent: none declared; every claim is paid its gross). */
  readonly rules?: SettlementRules;
}

const fail = (message: string): CellOutcome<never> => ({ ok: false, failure: { kind: "value", message } });

/** A cell of the range as the table reader takes it: an empty cell is null, an error value or anything else a problem. */
export function rangeCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : { problem: "不是有效的数" };
  // Excel hands an error cell over as a CustomFunctions.Error only when asked to; WPS does not document it.
  const code = typeof v === "object" && v !== null && "code" in v ? String((v as { code: unknown }).code) : "";
  return { problem: code ? `是错误值 ${code}` : "无法读取（不是数、文字或是/否）" };
}

/** The ledger range as rows: the host's 2-D array, trailing blank rows dropped, numbered 1… within the range. */
function tableOf(range: unknown, ns: string): Table | string {
  const example = `例如 =${ns}.${SETTLE_ID}(A1:H20)：第一行为表头（企业、项目、年度、函数、各参数、已兑现）`;
  if (!Array.isArray(range) || !range.every(Array.isArray)) return `第一个参数须为台账区域（含表头行），${example}`;
  const rows = (range as unknown[][]).map((cells, i) => ({ number: i + 1, cells: cells.map(rangeCell) }));
  let end = rows.length;
  while (end > 1 && isBlankRow(rows[end - 1]!.cells)) end--;
  if (end < 2) return `台账区域只有表头、没有数据行；${example}`;
  return { rows: rows.slice(0, end) };
}

/** Settles the range of a SETTLE / SETTLE_REASONS call: the table, or the message of a #VALUE!. */
export function settleRange(scope: SettleScope, range: unknown, budget: unknown): CellOutcome<SettledTable> {
  const ns = scope.addin.namespace;
  const table = tableOf(range, ns);
  if (typeof table === "string") return fail(table);
  let amount;
  if (!(budget === null || budget === undefined || (typeof budget === "string" && budget.trim() === ""))) {
    const read = typeof budget === "number" || typeof budget === "string" ? readBudget(budget as ExcelValue) : { ok: false as const, error: "「预算」须为金额（万元），如 300 或 “300万元”" };
    if (!read.ok) return fail(read.error);
    amount = read.budget;
  }
  try {
    const settled = settleTable(table, {
      functions: scope.addin.index, rules: scope.rules ? [scope.rules] : [], budget: amount, rowLabel: (n) => `区域第${n}行`,
    });
    return { ok: true, value: settled };
  } catch (e) {
    if (e instanceof LedgerLayoutError) return fail(`台账区域的第一行须为表头：${e.message}`);
    throw e;
  }
}

/** The error text a bad row shows in its own cell: the column by its header, then the reason. */
export function rowErrorText(t: SettledTable, row: SettledTable["rows"][number]): string {
  const a = row.answer;
  if (a?.kind !== "error") return "";
  const header = row.column === undefined ? undefined : t.layout.headers[row.column] || "空表头";
  return `错误：${header ? `「${header}」列：` : ""}${a.error}`;
}

type Spilled = (number | string)[][];

function column(t: SettledTable, header: string, cell: (row: SettledTable["rows"][number], a: LineAnswer) => number | string): Spilled {
  return [[header], ...t.rows.map((r) => [r.answer ? (r.answer.kind === "error" ? rowErrorText(t, r) : cell(r, r.answer)) : ""])];
}

/** SETTLE: the settled amount of each claim (万元, the one binary number per cell), a status or an error text per row. */
export function settleColumn(t: SettledTable): Spilled {
  return column(t, SETTLE_HEADER, (_, a) => {
    if (a.kind === "claim") {
      const n = cellNumber(formatResult(a.value));
      return n.ok ? n.value : `错误：${n.failure.message}`;
    }
    return a.kind === "history" ? KIND_NAMES.history : a.kind === "input" ? KIND_NAMES[a.input] : "";
  });
}

/** What a claim came to: 申报额 → 结算额 when a step changed it, else that it is paid as claimed. */
export function claimHead(a: Extract<LineAnswer, { kind: "claim" }>): string {
  return a.steps.length
    ? `申报额 ${showValue(a.gross, "money")} → 结算额 ${showValue(a.value, "money")}`
    : `按申报额兑现 ${showValue(a.value, "money")}`;
}

/** A claim's explanation: its head and its steps (each with its 原文). */
export function claimReasons(a: Extract<LineAnswer, { kind: "claim" }>): string {
  return [claimHead(a), reasonsText(a)].filter(Boolean).join("；\n");
}

/** SETTLE_REASONS: one text per row, aligned with SETTLE's. */
export function reasonsColumn(t: SettledTable): Spilled {
  return column(t, REASONS_HEADER, (_, a) => (a.kind === "claim" ? claimReasons(a) : a.kind === "history" ? HISTORY_TEXT : a.kind === "input" ? a.note : ""));
}
