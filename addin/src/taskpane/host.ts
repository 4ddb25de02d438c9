// The one thing the task pane needs from a spreadsheet: the selected cell, the values of the cells a formula
// refers to, writing a formula, and a word when the selection moves. Excel implements it with Office.js
// (excel/sheet.ts), WPS 表格 with its Application object (wps/sheet.ts); opened in a plain browser there is none
// and the pane runs standalone.
import type { ExcelValue } from "../../../runtime/adapter.js";
import { officeSheetHost } from "../excel/sheet.js";
import { wpsSheetHost } from "../wps/sheet.js";

export interface ActiveCell {
  /** As the host writes it, e.g. B3 or $B$3. */
  readonly address: string;
  /** The cell's formula text (its value when it has no formula). */
  readonly formula: string;
}

/** The selected block of cells: its address and values, rows of cells (empty → null). */
export interface SelectedRange {
  /** As the host writes it: Sheet1!A1:H20 (Excel), A1:H20 (WPS). */
  readonly address: string;
  /** The sheet row of the first row of `values` (1-based), and the 0-based column of its first column. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly values: ExcelValue[][];
}

export interface SheetHost {
  /** The host's name as users know it: Excel, WPS 表格. */
  readonly name: string;
  activeCell(): Promise<ActiveCell>;
  /** The values of cell references as written in a formula (B2, $B$2, Sheet2!B2, 'My sheet'!B2); empty → null. */
  values(refs: readonly string[]): Promise<ExcelValue[]>;
  /** Writes the formula into the active cell; returns its address. */
  writeFormula(formula: string): Promise<string>;
  onSelectionChanged(listener: () => void): void;
  /** The selected range's cells that hold values (a whole-column selection reads only as far as the data goes). */
  selection(): Promise<SelectedRange>;
}

/** "Sheet1!$B$3:$H$20", "B3:H20", "'数据 表'!B3" → the first cell's row (1-based) and column (0-based). */
export function rangeStart(address: string): { readonly row: number; readonly column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Za-z]{1,3})(\d+)/.exec(local);
  if (!m) return { row: 1, column: 0 };
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]), column };
}

/** A cell value as the ledger reader takes it: empty text is null; anything that is no value (an error…) is null. */
export function sheetValue(v: unknown): ExcelValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  return null;
}

/** The host the page runs in: WPS 表格 (its API is injected before any script), else Excel (Office.js), else none. */
export async function connectSheetHost(): Promise<SheetHost | null> {
  return wpsSheetHost() ?? (await officeSheetHost());
}
