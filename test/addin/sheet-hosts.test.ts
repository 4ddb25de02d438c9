// The task pane's two SheetHost implementations without a spreadsheet: Excel's against a fake Office.js (the calls
// Excel.run makes: getActiveCell, worksheets.getActiveWorksheet/getItem, getRange, load, sync), WPS's against a
// fake Application. Both must read the same things from the same sheet: the active cell, its references (also on
// a quoted other sheet), empty cells as null; and write a formula into the active cell.
import { afterEach, describe, expect, it } from "vitest";
import { officeSheetHost } from "../../addin/src/excel/sheet.js";
import { wpsHostFor, wpsSheetHost, type WpsApplication } from "../../addin/src/wps/sheet.js";
import { splitReference } from "../../addin/src/formula.js";
import { rangeStart, type SheetHost } from "../../addin/src/taskpane/host.js";

type Sheets = Record<string, Record<string, string | number | boolean>>;
const SHEETS: Sheets = { Sheet1: { B2: 4000, C2: "A类", D2: "=PINGHU.EQUIPMENT(B2,C2)" }, "数据 表": { B2: 130 } };

function fakeExcel(sheets: Sheets, written: string[]) {
  const range = (sheet: string, address: string) => ({
    values: [[sheets[sheet]![address.replace(/\$/g, "")] ?? ""]],
    load() { return this; },
  });
  const ctx = {
    workbook: {
      getActiveCell: () => ({
        address: "Sheet1!D2",
        get formulas() { return [[String(sheets.Sheet1!.D2)]]; },
        set formulas(f: string[][]) { written.push(f[0]![0]!); },
        load() { return this; },
      }),
      // The selection B3:C… of a whole-column pick, whose used part is B3:C4 (a header and one row).
      getSelectedRange: () => ({
        getUsedRangeOrNullObject: (valuesOnly: boolean) => ({
          isNullObject: !valuesOnly, address: "Sheet1!B3:C4",
          values: [["企业", "函数"], ["甲公司", ""]],
          load() { return this; },
        }),
      }),
      worksheets: {
        getActiveWorksheet: () => ({ getRange: (a: string) => range("Sheet1", a) }),
        getItem: (name: string) => ({ getRange: (a: string) => range(name, a) }),
      },
    },
    sync: async () => {},
  };
  return {
    Office: { onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" }, context: { document: { addHandlerAsync: () => {} } }, EventType: { DocumentSelectionChanged: "sel" } },
    Excel: { run: async <T>(cb: (c: typeof ctx) => Promise<T>) => cb(ctx) },
    zhengceOfficeLoading: Promise.resolve(true),
  };
}

function fakeWps(sheets: Sheets, written: string[]): WpsApplication {
  const range = (sheet: string, address: string) => ({
    Address: (row?: boolean, col?: boolean) => (row === false && col === false ? address : `$${address[0]}$${address.slice(1)}`),
    get Value2() { return sheets[sheet]![address.replace(/\$/g, "")]; },
    get Formula() { return String(sheets[sheet]![address] ?? ""); },
    set Formula(f: string) { written.push(f); },
  });
  return {
    Selection: { Address: (r?: boolean, c?: boolean) => (r === false && c === false ? "B3:C4" : "$B$3:$C$4"), Value2: [["企业", "函数"], ["甲公司", undefined]] },
    get ActiveCell() { return range("Sheet1", "D2"); },
    ActiveSheet: { Range: (a: string) => range("Sheet1", a) },
    Worksheets: { Item: (name: string) => ({ Range: (a: string) => range(name, a) }) },
    ApiEvent: { AddApiEventListener: () => {} },
  } as unknown as WpsApplication;
}

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  for (const k of ["Office", "Excel", "zhengceOfficeLoading", "wps", "Application"]) delete globals[k];
});

async function exercise(host: SheetHost, written: string[]) {
  const cell = await host.activeCell();
  expect(cell.formula).toBe("=PINGHU.EQUIPMENT(B2,C2)");
  expect(await host.values(["B2", "$C$2", "'数据 表'!B2", "E9"])).toEqual([4000, "A类", 130, null]);
  expect(await host.writeFormula('=PINGHU.EQUIPMENT(4000,"A类")')).toBe(cell.address);
  expect(written).toEqual(['=PINGHU.EQUIPMENT(4000,"A类")']);
  // The selected block for the settlement view: where it starts on the sheet, empty cells as null.
  expect(await host.selection()).toMatchObject({ firstRow: 3, firstColumn: 1, values: [["企业", "函数"], ["甲公司", null]] });
  return cell.address;
}

describe("SheetHost", () => {
  it("Excel (Office.js): reads and writes through Excel.run", async () => {
    const written: string[] = [];
    Object.assign(globals, fakeExcel(SHEETS, written));
    const host = await officeSheetHost();
    expect(host?.name).toBe("Excel");
    expect(await exercise(host!, written)).toBe("Sheet1!D2");
  });

  it("Excel: no host when Office.js was not loaded, or the host is not Excel", async () => {
    expect(await officeSheetHost()).toBeNull();
    Object.assign(globals, { ...fakeExcel(SHEETS, []), Office: { onReady: async () => ({ host: "Word" }), HostType: { Excel: "Excel" } } });
    expect(await officeSheetHost()).toBeNull();
  });

  it("WPS 表格 (Application): ActiveCell, Worksheets.Item(…).Range(…).Value2, ActiveCell.Formula", async () => {
    const written: string[] = [];
    const host = wpsHostFor(fakeWps(SHEETS, written));
    expect(host.name).toBe("WPS 表格");
    expect(await exercise(host, written)).toBe("D2");
  });

  it("WPS: connected only when the page has both wps and Application", () => {
    expect(wpsSheetHost()).toBeNull();
    globals.Application = fakeWps(SHEETS, []);
    expect(wpsSheetHost()).toBeNull();
    globals.wps = globals.Application;
    expect(wpsSheetHost()?.name).toBe("WPS 表格");
  });

  it("a range's first cell: row (1-based) and column (0-based), with a sheet name, $ signs, two-letter columns", () => {
    expect(rangeStart("Sheet1!$B$3:$H$20")).toEqual({ row: 3, column: 1 });
    expect(rangeStart("'数据 表'!AA10")).toEqual({ row: 10, column: 26 });
    expect(rangeStart("A1")).toEqual({ row: 1, column: 0 });
  });

  it("references: sheet names unquoted, '' inside a quoted name is one quote", () => {
    expect(splitReference("B2")).toEqual({ address: "B2" });
    expect(splitReference("Sheet2!$B$2")).toEqual({ sheet: "Sheet2", address: "$B$2" });
    expect(splitReference("'张三''s 表'!C3")).toEqual({ sheet: "张三's 表", address: "C3" });
  });
});
