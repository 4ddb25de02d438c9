// How a settled ledger row reads in the task pane and on the printed 测算单: where it is (第5行, E列 when the sheet
// position is known), what it claims, and each step that changed it with its rule, amounts, reason and 原文.
import { KIND_LABEL, KIND_NAMES, type LineAnswer } from "../../../runtime/settlement/index.js";
import { cellText, errorPlace, HISTORY_TEXT, rowPlace, type SettledRow, type SettledTable } from "../../../runtime/settlement/table.js";
import { showValue } from "../../../runtime/show.js";
import { claimHead } from "../core/settle.js";
import { h } from "./dom.js";

/** Where the table sits: the sheet column of its first column when read from a sheet; absent for a pasted table. */
export interface Placement {
  readonly firstColumn?: number;
}

/** A row's status where no amount is shown: 已兑现, 错误, 排除, 贡献封顶. */
export function rowStatus(a: LineAnswer): string {
  return a.kind === "history" ? KIND_NAMES.history : a.kind === "error" ? "错误" : a.kind === "input" ? KIND_NAMES[a.input] : "";
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
      out.push(h("div", { class: "row-why error", "data-row": String(r.number) }, h("strong", {}, `${errorPlace(t.layout, r, at.firstColumn)}：`), a.error));
    } else if (a.kind === "history") {
      out.push(h("div", { class: "row-why", "data-row": String(r.number) }, head, HISTORY_TEXT));
    } else if (a.kind === "input") {
      out.push(h("div", { class: "row-why", "data-row": String(r.number) }, head, a.note));
    } else {
      out.push(h("div", { class: "row-why", "data-row": String(r.number) }, head, claimHead(a),
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
