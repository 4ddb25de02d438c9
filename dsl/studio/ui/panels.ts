// The check's two lists: the edited file's diagnostics (code, title, message, hint, place — the words of
// `zhengce check`) and the examples' outcome (the summary line of `zhengce test`, each failure with expected and
// actual). Clicking an entry moves the cursor to it.
import { h } from "../../../addin/src/taskpane/dom.js";
import { headline } from "../check/diagnostics.js";
import { examplesSummaryText, ledgersSummaryText } from "../check/examples.js";
import type { ExampleReport, ExamplesSummary, StudioDiagnostic } from "../protocol.js";

export type Jump = (pos: number) => void;

export function renderDiagnostics(list: HTMLElement, count: HTMLElement, ds: readonly StudioDiagnostic[], jump: Jump): void {
  const errors = ds.filter((d) => d.severity === "error").length;
  count.textContent = ds.length ? `${errors} 个错误，${ds.length - errors} 个警告` : "没有发现问题";
  count.className = `count ${errors ? "bad" : ds.length ? "warn" : "good"}`;
  list.replaceChildren(...ds.map((d) => {
    const li = h("li", { class: `diag ${d.severity}`, tabindex: "0", "data-code": d.code, title: "点击跳到这里" },
      h("div", { class: "head" }, h("span", { class: "where" }, `第 ${d.line} 行第 ${d.column} 列`), " ", h("span", { class: "text" }, headline(d))),
      d.hint ? h("div", { class: "hint" }, `提示：${d.hint}`) : null,
      ...d.related.map((r) => h("div", { class: "related" }, `${r.where}：${r.message}`)));
    const go = () => jump(d.from);
    li.addEventListener("click", go);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
    return li;
  }));
}

export function renderExamples(box: HTMLElement, s: ExamplesSummary | "skipped" | "pending", jump: Jump): void {
  if (s === "skipped" || s === "pending") {
    box.className = "examples muted";
    box.replaceChildren(h("p", { class: "summary", "data-testid": "examples-summary" }, s === "skipped" ? "文件有错误，示例未运行：先改正上面的错误。" : "正在检查…"));
    return;
  }
  const wrongRows = s.ledgers?.mismatched ?? [];
  box.className = `examples ${s.failed || wrongRows.length ? "bad" : "good"}`;
  const item = (r: ExampleReport) => {
    const li = h("li", { class: "failure", tabindex: "0", title: "点击跳到这一行" },
      h("div", {}, h("span", { class: "where" }, `第 ${r.line} 行`), " ", h("code", {}, r.text)),
      h("div", { class: "expected" }, "期望：", h("strong", {}, r.expected)),
      h("div", { class: "actual" }, "实际：", h("strong", {}, r.actual)));
    li.addEventListener("click", () => jump(r.from));
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") jump(r.from); });
    return li;
  };
  // As `zhengce test` prints them: the ledgers' line (when the file has 结算示例), then the examples' line.
  box.replaceChildren(
    ...(s.ledgers ? [h("p", { class: "summary ledgers", "data-testid": "ledgers-summary" }, ledgersSummaryText(s.ledgers))] : []),
    h("p", { class: "summary", "data-testid": "examples-summary" }, examplesSummaryText(s)),
    h("ul", { class: "failures" }, ...s.reports.filter((r) => !r.passed).map(item), ...wrongRows.map(item)));
}
