/// <reference types="et-jsapi-declare" />
// The task pane's sheet access in WPS 表格, through the Application object WPS injects into every page of an add-in
// (types: et-jsapi-declare, lib.et.d.ts / addon.et.d.ts): ActiveCell.Address()/Formula to read and write the
// selected cell, ActiveSheet/Worksheets.Item(…).Range(…).Value2 for the cells a formula refers to, and the
// SheetSelectionChange event. These calls are synchronous in WPS; the interface is async because Excel's are not.
import type { ExcelValue } from "../../../runtime/adapter.js";
import { splitReference } from "../formula.js";
import { rangeStart, sheetValue, type SheetHost } from "../taskpane/host.js";

/** What of WPS's Application the pane uses. */
export type WpsApplication = Pick<Et.Application, "ActiveCell" | "ActiveSheet" | "Worksheets"> & { readonly ApiEvent: WPS.EtApiEvent; readonly Selection: unknown };

/** A cell value as the adapter takes it (a one-cell range's Value2 may come as an array holding it). */
function cellValue(v: unknown): ExcelValue {
  return Array.isArray(v) ? cellValue(Array.isArray(v[0]) ? v[0][0] : v[0]) : sheetValue(v);
}

/**
 * A range's Value2 as rows: a 2-D array for several cells, one value for one cell (as VBA's Value2; what WPS returns
 * for a block is not documented beyond `string | Array<any>`, so a flat array is taken as one row).
 */
function rowsOf(v: unknown): ExcelValue[][] {
  if (!Array.isArray(v)) return [[sheetValue(v)]];
  if (v.every(Array.isArray)) return (v as unknown[][]).map((row) => row.map(sheetValue));
  return [v.map(sheetValue)];
}

function rangeOf(app: WpsApplication, ref: string): Et.Range {
  const { sheet, address } = splitReference(ref);
  const ws = (sheet === undefined ? app.ActiveSheet : app.Worksheets.Item(sheet)) as Et.Worksheet;
  return ws.Range(address);
}

/** Relative A1 address (B3), as users write it. */
const addressOf = (cell: Et.Range) => cell.Address(false, false);

export function wpsHostFor(app: WpsApplication): SheetHost {
  return {
    name: "WPS 表格",
    activeCell: async () => {
      const cell = app.ActiveCell;
      return { address: addressOf(cell), formula: String(cell.Formula ?? "") };
    },
    values: async (refs) => refs.map((ref) => cellValue(rangeOf(app, ref).Value2)),
    writeFormula: async (formula) => {
      const cell = app.ActiveCell;
      cell.Formula = formula;
      return addressOf(cell);
    },
    selection: async () => {
      // Application.Selection is typed loosely (it may be a shape); a range has Address() and Value2.
      const sel = app.Selection as Partial<Pick<Et.Range, "Address">> & { readonly Value2?: unknown };
      if (!sel || typeof sel.Address !== "function") return { address: "", firstRow: 1, firstColumn: 0, values: [] };
      const address = sel.Address(false, false);
      const start = rangeStart(address);
      return { address, firstRow: start.row, firstColumn: start.column, values: rowsOf(sel.Value2) };
    },
    onSelectionChanged: (listener) => app.ApiEvent.AddApiEventListener("SheetSelectionChange", () => listener()),
  };
}

/**
 * The WPS host when this page runs inside WPS (which injects `wps` and `Application` into every page of an add-in),
 * else null. Nothing is read from Application here: with no workbook open, ActiveCell may not be readable.
 */
export function wpsSheetHost(): SheetHost | null {
  const g = globalThis as { wps?: unknown; Application?: WpsApplication };
  if (typeof g.wps !== "object" || g.wps === null || typeof g.Application !== "object" || g.Application === null) return null;
  return wpsHostFor(g.Application);
}
