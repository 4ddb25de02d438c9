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

export interface SheetHost {
  /** The host's name as users know it: Excel, WPS 表格. */
  readonly name: string;
  activeCell(): Promise<ActiveCell>;
  /** The values of cell references as written in a formula (B2, $B$2, Sheet2!B2, 'My sheet'!B2); empty → null. */
  values(refs: readonly string[]): Promise<ExcelValue[]>;
  /** Writes the formula into the active cell; returns its address. */
  writeFormula(formula: string): Promise<string>;
  onSelectionChanged(listener: () => void): void;
}

/** The host the page runs in: WPS 表格 (its API is injected before any script), else Excel (Office.js), else none. */
export async function connectSheetHost(): Promise<SheetHost | null> {
  return wpsSheetHost() ?? (await officeSheetHost());
}
