// How a settled ledger row reads in the task pane and on the printed 测算单: where it is (第5行, E列 when the sheet
// position is known), what it claims, and each step that changed it with its rule, amounts, reason and 原文.
import { KIND_LABEL } from "../../../runtime/settlement/index.js";
import { cellText, columnName, HISTORY_TEXT, type SettledRow, type SettledTable } from "../../../runtime/settlement/table.js";
import { showValue } from "../../../runtime/show.js";
import { h } from "./dom.js";

/** Where the table sits: the sheet column of its first column when read from a sheet; absent for a pasted table. */
export interface Placement {
  readonly firstColumn?: number;
}

export const rowPlace = (n: number): string => `第${n}行`;

/** 第5行 E列（参数1） on a sheet; 第5行「参数1」列 in a pasted table, whose columns have no letters. */
export function errorPlace(t: SettledTable, r: SettledRow, at: Placement): string {
  if (r.column === undefined) return rowPlace(r.number);
  const header = t.layout.headers[r.column] || "空表头";
  return at.firstColumn === undefined ? `${rowPlace(r.number)}「${header}」列` : `${rowPlace(r.number)} ${columnName(at.firstColumn + r.column)}列（${header}）`;
}

/** 厂区 · 2024年 · 「绿色制造奖励」第19条 — what the row is about. */
export function claimLabel(t: SettledTable, r: SettledRow): string {
  const c = t.layout.columns;
  const text = (i: number | undefined) => (i === undefined ? "" : cellText(r.cells[i]));
  const year = text(c.年度);
  const a = r.answer;
  if (a?.kind === "claim") return [text(c.项目), year && `${year}年`, `${a.fn.title}（${a.fn.article}）`].filter(Boolean).join(" · ");
  if (a?.kind === "input") {
    const first = text(t.layout.args[0]);
    return a.input === "exclusion" ? `排除${first ? `：${first}` : ""}${year ? `（${year}年）` : ""}` : `贡献封顶 ${first}万元${year ? `（${year}年）` : ""}`;
  }
  if (a?.kind === "history") return [text(c.项目), year && `${year}年`, text(c.函数), `已兑现 ${text(t.layout.paid)}万元`].filter(Boolean).join(" · ");
  return [text(c.项目), year && `${year}年`, text(c.函数)].filter(Boolean).join(" · ");
}

/** The explanation of each row: steps with their 原文, notes, history and input answers, errors with their place. */
export function stepItems(t: SettledTable, rows: readonly SettledRow[], at: Placement = {}): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const r of rows) {
    const a = r.answer;
    if (!a) continue;
    const head = h("strong", {}, `${rowPlace(r.number)}　`);
    if (a.kind === "error") {
      out.push(h("div", { class: "row-why error", "data-row": String(r.number) }, h("strong", {}, `${errorPlace(t, r, at)}：`), a.error));
    } else if (a.kind === "history") {
      out.push(h("div", { class: "row-why", "data-row": String(r.number) }, head, HISTORY_TEXT));
    } else if (a.kind === "input") {
      out.push(h("div", { class: "row-why", "data-row": String(r.number) }, head, a.note));
    } else {
      const summary = a.steps.length
        ? `申报额 ${showValue(a.gross, "money")} → 结算额 ${showValue(a.value, "money")}`
        : `按申报额兑现 ${showValue(a.value, "money")}`;
      out.push(h("div", { class: "row-why", "data-row": String(r.number) }, head, summary,
        a.steps.length || a.notes.length ? h("ol", { class: "settle-steps" },
          ...a.steps.map((s) => h("li", { class: "step" },
            h("span", { class: "rule" }, `${KIND_LABEL[s.rule.kind]}（${s.rule.article}「${s.rule.title}」）`),
            ` ${showValue(s.before, "money")} → ${showValue(s.after, "money")}：${s.reason}`,
            h("span", { class: "basis" }, `依据：“${s.rule.basis}”`))),
          ...a.notes.map((n) => h("li", { class: "note" }, `${KIND_LABEL[n.rule.kind]}（${n.rule.article}）：${n.text}`))) : null));
    }
  }
  return out;
}
