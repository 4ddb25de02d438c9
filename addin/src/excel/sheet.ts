/// <reference types="office-js" />
// The task pane's sheet access in Excel, through Office.js (typed by @types/office-js). Office.js is on the page
// only when taskpane.html found an Office host and loaded it (window.zhengceOfficeLoading); otherwise, and when the
// host is not Excel, there is no Excel host.
import { splitReference } from "../formula.js";
import { rangeStart, sheetValue, type SheetHost } from "../taskpane/host.js";

interface OfficeGlobals {
  readonly Office?: typeof Office;
  readonly Excel?: typeof Excel;
  readonly zhengceOfficeLoading?: Promise<boolean>;
}

function rangeOf(ctx: Excel.RequestContext, ref: string): Excel.Range {
  const { sheet, address } = splitReference(ref);
  const ws = sheet === undefined ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(sheet);
  return ws.getRange(address);
}

function excelHost(office: typeof Office, excel: typeof Excel): SheetHost {
  return {
    name: "Excel",
    activeCell: () => excel.run(async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.load("formulas,address");
      await ctx.sync();
      return { address: cell.address, formula: String(cell.formulas?.[0]?.[0] ?? "") };
    }),
    values: (refs) => excel.run(async (ctx) => {
      const ranges = refs.map((ref) => rangeOf(ctx, ref).load("values"));
      await ctx.sync();
      return ranges.map((r) => sheetValue(r.values?.[0]?.[0]));
    }),
    writeFormula: (formula) => excel.run(async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.formulas = [[formula]];
      cell.load("address");
      await ctx.sync();
      return cell.address;
    }),
    // The part of the selection that holds values (getUsedRangeOrNullObject(true), ExcelApi 1.4): a selection of
    // whole columns reads as far as the ledger goes, not a million rows.
    selection: () => excel.run(async (ctx) => {
      const used = ctx.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
      used.load("values,address");
      await ctx.sync();
      if (used.isNullObject) return { address: "", firstRow: 1, firstColumn: 0, values: [] };
      const start = rangeStart(used.address);
      return { address: used.address, firstRow: start.row, firstColumn: start.column, values: (used.values ?? []).map((row) => row.map(sheetValue)) };
    }),
    onSelectionChanged: (listener) => {
      try {
        office.context.document.addHandlerAsync(office.EventType.DocumentSelectionChanged, () => listener());
      } catch {
        // Older hosts have no selection event: the pane's button still reads the selection.
      }
    },
  };
}

export async function officeSheetHost(): Promise<SheetHost | null> {
  const g = globalThis as OfficeGlobals;
  const loaded = g.zhengceOfficeLoading ? await g.zhengceOfficeLoading.catch(() => false) : false;
  const office = g.Office;
  if (!loaded || !office || typeof office.onReady !== "function") return null;
  try {
    const info = await office.onReady();
    if (!info || info.host !== office.HostType.Excel) return null;
  } catch {
    return null;
  }
  // The Excel namespace arrives with the host's script, which office.js loads before onReady resolves.
  return g.Excel ? excelHost(office, g.Excel) : null;
}
