// The task pane's “汇总/兑现测算” view (#SETTLE): a ledger settled by the namespace's combining rules — the selected
// range in Excel or WPS 表格 (through SheetHost.selection), or, standalone in a browser, a table pasted from a
// spreadsheet (tab-separated, as Excel and WPS copy it). The same reader and engine as =NS.SETTLE and
// `zhengce settle` (runtime/settlement/table.ts). Shown per enterprise: each row's settled amount and gross, the steps
// with their 原文, and the enterprise's total; printed as one 测算单 per enterprise.
import type { ExcelValue } from "../../../runtime/adapter.js";
import type { FunctionIndex } from "../../../runtime/functions.js";
import type { SettlementRules } from "../../../runtime/settlement/index.js";
import {
  delimitedTable, enterpriseTotals, LedgerLayoutError, readBudget, rowPlace, settleTable, type SettledTable, type Table,
} from "../../../runtime/settlement/table.js";
import { showMoneyWithYuan, showValue } from "../../../runtime/show.js";
import { Exact } from "../../../runtime/exact.js";
import { SETTLE_ID, SETTLE_REASONS_ID } from "../cities.js";
import { h } from "./dom.js";
import type { SheetHost } from "./host.js";
import { printedAt, printSheets, settlementSheets } from "./print.js";
import { claimLabel, rowStatus, stepItems, type Placement } from "./settleRows.js";

/** What the view keeps while the user browses the catalogue and comes back. */
export interface SettleState {
  pasted: string;
  budget: string;
  /** The last table read from the sheet, with where it sits. */
  selection?: { table: Table; placement: Placement };
}

export interface SettleViewContext {
  readonly namespace: string;
  readonly functions: FunctionIndex;
  readonly rules?: SettlementRules;
  readonly host: SheetHost | null;
  readonly state: SettleState;
  say(text: string, kind?: "ok" | "error" | "info"): void;
}

/** A pasted table (tab-separated, as a spreadsheet copies cells), rows numbered from its first line. */
export const pastedTable = (text: string): Table => delimitedTable(text, "\t");

/** A sheet selection as a table, rows numbered as the sheet numbers them. */
export function selectionTable(values: readonly (readonly ExcelValue[])[], firstRow: number): Table {
  return { rows: values.map((cells, i) => ({ number: firstRow + i, cells: [...cells] })) };
}

const EXAMPLE = "企业\t项目\t年度\t函数\t参数1\t参数2\t已兑现\n甲公司\t一期\t2024\tPINGHU.EQUIPMENT\t4000\tA类\t";

export function renderSettleView(ctx: SettleViewContext): HTMLElement[] {
  const { namespace: ns, state } = ctx;
  const results = h("section", { id: "settle-results", "aria-live": "polite" });
  const budget = h("input", { id: "settle-budget", type: "text", inputmode: "decimal", placeholder: "如 300 或 300万元；可省略" });
  budget.value = state.budget;

  const show = (table: Table | undefined, placement: Placement, source: string) => {
    results.replaceChildren();
    if (!table || table.rows.length < 2) {
      results.append(h("p", { class: "result hint", id: "settle-hint" }, ctx.host ? "选中台账区域（含表头行）后点“结算所选区域”。" : "把台账（含表头行）从表格中复制，粘贴到上面的框里。"));
      return;
    }
    let money;
    if (budget.value.trim()) {
      const read = readBudget(budget.value);
      if (!read.ok) {
        results.append(h("p", { class: "result error", id: "settle-error" }, read.error));
        return;
      }
      money = read.budget;
    }
    let settled: SettledTable;
    try {
      settled = settleTable(table, { functions: ctx.functions, rules: ctx.rules ? [ctx.rules] : [], budget: money });
    } catch (e) {
      if (!(e instanceof LedgerLayoutError)) throw e;
      results.append(h("p", { class: "result error", id: "settle-error" }, `${source}的第一行须为表头：${e.message}`));
      return;
    }
    results.append(...settlementReport(ns, settled, placement, budget.value));
  };
  /** Settles again what the view settles: the last selection read (in a sheet) or the pasted text. */
  const refresh = () => {
    if (ctx.host) show(state.selection?.table, state.selection?.placement ?? {}, "所选区域");
    else show(pastedTable(state.pasted), {}, "粘贴的表格");
  };

  const controls: HTMLElement[] = [];
  if (ctx.host) {
    const read = h("button", { type: "button", id: "settle-selection" }, "结算所选区域");
    read.addEventListener("click", () => void (async () => {
      try {
        const sel = await ctx.host!.selection();
        state.selection = { table: selectionTable(sel.values, sel.firstRow), placement: { firstColumn: sel.firstColumn } };
        refresh();
        ctx.say(sel.address ? `已结算 ${sel.address}。` : "所选区域是空的。", "info");
      } catch (e) {
        ctx.say(`读取所选区域失败：${(e as Error).message ?? e}`, "error");
      }
    })());
    controls.push(h("p", {}, "在表格中选中台账区域（含表头行；可以选整列），然后", read));
  } else {
    const paste = h("textarea", { id: "ledger-paste", rows: "8", spellcheck: "false", placeholder: EXAMPLE });
    paste.value = state.pasted;
    paste.addEventListener("input", () => {
      state.pasted = paste.value;
      refresh();
    });
    controls.push(h("label", { for: "ledger-paste" }, "粘贴台账（从 Excel 或 WPS 表格复制，含表头行）"), paste);
  }
  budget.addEventListener("input", () => {
    state.budget = budget.value;
    refresh();
  });

  const help = h("details", { class: "help", id: "settle-help" },
    h("summary", {}, "台账的版式"),
    h("p", {}, "第一行为表头：企业、项目、年度、函数，然后是该函数的各参数（按 Excel 参数顺序），然后是“已兑现”（万元；填了即为已兑现的历史行）。",
      "函数写“排除”或“贡献封顶”的行是企业级输入：原因或封顶额（万元）写在第一个参数列，年度可空。"),
    h("p", {}, "与单元格函数相同：", h("code", {}, `=${ns}.${SETTLE_ID}(A1:H20, 300)`), " 逐行给出结算额，",
      h("code", {}, `=${ns}.${SETTLE_REASONS_ID}(A1:H20, 300)`), " 给出理由。"));

  const view = [
    h("nav", {}, h("a", { href: "#", id: "back" }, "← 返回目录")),
    h("header", {}, h("h1", {}, "汇总/兑现测算"),
      h("p", { class: "policy" }, `按 ${ns} 政策文件的合并规则（就高不重复、进档差额、年度上限、贡献封顶、预算总额控制）结算整本台账。`)),
    h("section", { id: "settle-source" }, ...controls,
      h("div", { class: "field" }, h("label", { for: "settle-budget" }, "预算总额（万元）", h("span", { class: "kind" }, " · 可省略")), budget),
      help),
    results,
  ];
  refresh();
  return view;
}

/** The settled ledger as the pane shows it: a summary line, a print button, then one block per enterprise. */
function settlementReport(ns: string, t: SettledTable, placement: Placement, budget: string): HTMLElement[] {
  const totals = enterpriseTotals(t);
  const answered = t.rows.filter((r) => r.answer);
  const errors = answered.filter((r) => r.answer!.kind === "error").length;
  const claims = answered.filter((r) => r.answer!.kind === "claim").length;
  const total = totals.reduce((s, e) => s.plus(e.value), new Exact(0));
  const print = h("button", { type: "button", id: "print-settlement" }, `打印测算单（每个企业一张，共 ${totals.length} 张）`);
  print.addEventListener("click", () => printSheets(settlementSheets(ns, t, totals, budget, printedAt(), placement)));
  return [
    h("p", { class: "result ok", id: "settle-summary" },
      `${answered.length} 行：${claims} 条申报，结算额合计 `, h("strong", {}, showMoneyWithYuan(total)),
      errors ? h("span", { class: "bad" }, `；${errors} 行有错误（见各行），其余各行照常结算`) : null),
    h("div", { class: "print-row" }, print),
    ...totals.map((e) => h("section", { class: "enterprise", "data-enterprise": e.enterprise },
      h("h2", {}, e.enterprise),
      h("ul", { class: "settle-rows" }, ...e.rows.map((r) => {
        const a = r.answer!;
        const amount = a.kind === "claim"
          ? h("span", { class: "amounts" }, h("span", { class: "settled" }, showValue(a.value, "money")), a.steps.length ? h("span", { class: "gross" }, `申报额 ${showValue(a.gross, "money")}`) : null)
          : h("span", { class: "amounts" }, rowStatus(a));
        return h("li", { class: `settle-row ${a.kind}`, "data-row": String(r.number) },
          h("div", { class: "row-head" }, h("span", { class: "where" }, rowPlace(r.number)), h("span", { class: "what" }, claimLabel(t, r)), amount),
          ...stepItems(t, [r], placement));
      })),
      h("p", { class: "total", "data-total": e.enterprise },
        `${e.enterprise}合计：结算额 `, h("strong", {}, showMoneyWithYuan(e.value)), `，申报额 ${showValue(e.gross, "money")}，${e.claims} 条申报${e.errors ? `，${e.errors} 行有错误` : ""}`))),
  ];
}
