// The printable 测算单: what a 经办人 puts in an approval file. One A4 sheet per calculation — the function, its
// document and article, the inputs as entered, the result in 万元 and 元, every step with its 依据 (原文), the date and
// time, and blank lines for 经办人 and 复核人 — or, from the settlement view, one sheet per enterprise with its rows,
// the steps that changed them and its totals. The sheets are built into #print-area (shown only in print media, see
// taskpane.css) and printed with window.print(); nothing else of the pane prints.
import { callFunction, type ExcelValue } from "../../../runtime/adapter.js";
import { documentLabel } from "../../../runtime/document.js";
import { explainRows } from "../../../runtime/explain.js";
import { showMoneyWithYuan, showValue } from "../../../runtime/show.js";
import { rowPlace, type SettledTable, type EnterpriseTotal } from "../../../runtime/settlement/table.js";
import type { CompiledFunction, ParamMeta } from "../../../runtime/types.js";
import { formulaFor } from "../formula.js";
import { showDefault } from "../metadata.js";
import { h, type Child } from "./dom.js";
import { claimLabel, rowStatus, stepItems, type Placement } from "./settleRows.js";

export const PRINT_AREA_ID = "print-area";

/** 2026年3月5日 09:07 — the local date and time of the calculation. */
export function printedAt(d: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function printArea(): HTMLElement {
  let area = document.getElementById(PRINT_AREA_ID);
  if (!area) {
    area = h("div", { id: PRINT_AREA_ID, class: "print-only", "aria-hidden": "true" });
    document.body.append(area);
  }
  return area;
}

/** The sign-off block every sheet ends with: when it was computed, and lines to sign. */
function signOff(at: string): HTMLElement {
  const line = (label: string) => h("span", { class: "sign" }, `${label}：`, h("span", { class: "blank" }));
  return h("footer", { class: "sign-off" },
    h("p", { class: "when" }, `测算时间：${at}`),
    h("p", { class: "signatures" }, line("经办人"), line("复核人"), line("日期")));
}

const row = (label: string, ...value: Child[]) => h("tr", {}, h("th", {}, label), h("td", {}, ...value));

/** What was entered for a parameter, as a reviewer reads it: the value, or that it was left out and its default. */
function inputText(p: ParamMeta, typed: string): string {
  const t = typed.trim();
  if (t !== "") return p.kind === "flag" ? (/^(true|是)$/i.test(t) ? "是" : /^(false|否)$/i.test(t) ? "否" : t) : t;
  return p.optional ? (p.default !== undefined ? `（省略，按默认 ${showDefault(p)}）` : "（省略）") : "（未填）";
}

/** The 测算单 of one function call: null when the call fails (nothing to sign). */
export function functionSheet(ns: string, fn: CompiledFunction, typed: readonly string[], args: readonly ExcelValue[], at: string): HTMLElement | null {
  const m = fn.meta;
  const outcome = callFunction(fn, args, true);
  if (!outcome.ok) return null;
  const rows = explainRows(m, outcome.trace ?? []);
  return h("article", { class: "sheet", "data-sheet": "function" },
    h("h1", {}, "政策兑现测算单"),
    h("table", { class: "meta" }, h("tbody", {},
      row("函数", `${m.title}（${m.zhName}，${ns}.${m.name}）`),
      row("政策文件", documentLabel(m.document)),
      row("条款", m.article),
      row("公式", h("code", {}, formulaFor(ns, m.name, args))))),
    h("h2", {}, "输入"),
    h("table", { class: "inputs" }, h("tbody", {}, ...m.params.map((p, i) => row(p.name, inputText(p, typed[i] ?? "")))),
    ),
    h("h2", {}, "结果"),
    h("p", { class: "amount" }, showMoneyWithYuan(outcome.value)),
    h("h2", {}, "计算过程"),
    h("table", { class: "steps" },
      h("thead", {}, h("tr", {}, ...rows[0]!.map((c) => h("th", {}, c)))),
      h("tbody", {}, ...rows.slice(1).map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c)))))),
    h("h2", {}, "条款原文"),
    h("blockquote", {}, m.text),
    signOff(at));
}

/** One 测算单 per enterprise of a settled ledger: its rows, the steps that changed them with their 原文, its totals. */
export function settlementSheets(ns: string, t: SettledTable, totals: readonly EnterpriseTotal[], budget: string, at: string, placement: Placement = {}): HTMLElement[] {
  return totals.map((e) => {
    const claims = e.rows.filter((r) => r.answer?.kind === "claim");
    const documents = [...new Set(claims.flatMap((r) => {
      const a = r.answer!;
      return a.kind === "claim" ? [documentLabel(a.fn.document), ...a.steps.map((s) => documentLabel(s.rule.document))] : [];
    }))];
    return h("article", { class: "sheet", "data-sheet": "enterprise", "data-enterprise": e.enterprise },
      h("h1", {}, "政策兑现测算单（汇总）"),
      h("table", { class: "meta" }, h("tbody", {},
        row("企业", e.enterprise),
        row("适用政策", ...(documents.length ? documents.flatMap((d, i) => (i ? [h("br"), d] : [d])) : ["（无可结算的申报）"])),
        row("结算规则", `${ns} 政策文件的合并规则（就高、进档差额、年度上限、贡献封顶、预算总额控制）`),
        row("预算总额", budget.trim() ? `${budget.trim()}（万元）` : "未给出（不压减）"))),
      h("table", { class: "rows" },
        h("thead", {}, h("tr", {}, h("th", {}, "行"), h("th", {}, "申报事项"), h("th", {}, "申报额"), h("th", {}, "结算额"))),
        h("tbody", {}, ...e.rows.map((r) => {
          const a = r.answer!;
          const amounts = a.kind === "claim" ? [showValue(a.gross, "money"), showValue(a.value, "money")] : ["", a.kind === "input" ? "" : rowStatus(a)];
          return h("tr", { class: a.kind }, h("td", {}, rowPlace(r.number)), h("td", {}, claimLabel(t, r)), h("td", { class: "num" }, amounts[0]!), h("td", { class: "num" }, amounts[1]!));
        }))),
      h("h2", {}, "结算过程与依据"),
      ...stepItems(t, e.rows, placement),
      h("p", { class: "total" }, `申报额合计 ${showMoneyWithYuan(e.gross)}；结算额合计 `, h("strong", {}, showMoneyWithYuan(e.value)),
        `（${e.claims} 条申报${e.errors ? `，${e.errors} 行有错误未计入` : ""}）`),
      signOff(at));
  });
}

/**
 * Puts the sheets in the print area and opens the browser's print dialog (A4, see the @page rule). The area stays
 * until the next print, so a test (or the user's print preview) sees exactly what was printed.
 */
export function printSheets(sheets: readonly HTMLElement[]): void {
  printArea().replaceChildren(...sheets);
  window.print();
}
