// The clause under the cursor: the task pane's try-it form and trace (addin/src/taskpane/tryForm.ts, reused), and
// the payout curve against one of its amounts with the findings (drops, cliffs, caps reached) and their inputs.
import type uPlot from "uplot";
import type { CheckedClause } from "../../../compiler/check/ir.js";
import { interpretedFunction } from "../../../compiler/interpret/index.js";
import type { ExcelValue } from "../../../runtime/adapter.js";
import { h } from "../../../addin/src/taskpane/dom.js";
import { tryForm } from "../../../addin/src/taskpane/tryForm.js";
import { analyseCurve, chartable, defaultParam, type Curve, type FindingKind } from "../curve/analyse.js";
import { drawCurve } from "../curve/chart.js";
import type { ScanReport } from "../protocol.js";

/** Asks the worker to look for drops over the other parameters' combinations (answered through showScan). */
export type RequestScan = (clause: string, index: number, form: readonly (number | string | boolean | null)[]) => void;

const KIND_TEXT: Record<FindingKind, string> = { drop: "下降", cliff: "跳变", cap: "封顶" };

export class ClausePanel {
  /** What was typed per clause (by id), kept while the drafter moves around and the file is rechecked. */
  private readonly typed = new Map<string, string[]>();
  private readonly charted = new Map<string, number>();
  private plot: uPlot | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Where the pending scan's answer goes: the clause and parameter it was asked for, and its list. */
  private scanTarget: { clause: string; index: number; list: HTMLElement; head: HTMLElement } | undefined;

  /** Keeps the chart as wide as its panel when the window is resized. */
  private readonly resize = new ResizeObserver(() => {
    const width = this.plot?.root.parentElement?.clientWidth;
    if (this.plot && width) this.plot.setSize({ width: Math.max(280, width), height: 240 });
  });

  constructor(private readonly root: HTMLElement, private readonly requestScan: RequestScan) {
    this.resize.observe(root);
  }

  /** The worker's answer to the latest scan request. */
  showScan(r: ScanReport): void {
    const t = this.scanTarget;
    if (!t || t.clause !== r.clause || t.index !== r.index) return;
    if (r.error) {
      t.head.textContent = "检查其他输入时出错（这是起草台的缺陷）";
      t.list.replaceChildren(h("li", { class: "error" }, r.error.split("\n")[0]!));
      return;
    }
    const of = r.tried < r.total ? `（试了 ${r.tried} 种组合，共 ${r.total} 种）` : `（试了全部 ${r.tried} 种组合）`;
    t.head.textContent = r.findings.length ? `其他输入下的下降 ${r.findings.length} 处${of}` : `其他输入下没有发现下降${of}`;
    t.list.replaceChildren(...r.findings.map((f) => h("li", { class: "finding drop", "data-kind": "drop" },
      h("strong", {}, "下降"), "：", f.text, h("div", { class: "inputs" }, `当 ${f.inputs}`))));
  }

  clear(message: string): void {
    this.plot?.destroy();
    this.plot = undefined;
    this.root.replaceChildren(h("p", { class: "muted" }, message));
  }

  show(clause: CheckedClause, stale: boolean): void {
    const m = clause.meta;
    const values = this.typed.get(m.id) ?? m.params.map(() => "");
    this.typed.set(m.id, values);
    const curveBox = h("div", { class: "curve" });
    const { form, result, trace, rawArgs, update } = tryForm(interpretedFunction(clause), values, () => this.scheduleCurve(clause, rawArgs, curveBox));
    this.root.replaceChildren(
      h("header", {},
        h("h2", {}, `${m.title}`),
        h("p", { class: "sig" }, h("code", {}, m.id), ` · ${m.zhName} · ${m.article}`),
        stale ? h("p", { class: "stale" }, "文件现在有错误：这里是上一次通过检查时的条款。") : null),
      h("section", { "data-testid": "tryit" }, h("h3", {}, "试算"), form, result),
      h("section", { "data-testid": "curve" }, h("h3", {}, "奖励曲线"), curveBox),
      h("section", {}, h("h3", {}, "计算过程"), trace),
    );
    update();
  }

  private scheduleCurve(clause: CheckedClause, rawArgs: () => ExcelValue[], box: HTMLElement): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.renderCurve(clause, rawArgs(), box), 120);
  }

  private renderCurve(clause: CheckedClause, args: ExcelValue[], box: HTMLElement): void {
    const params = clause.meta.params;
    const choices = params.map((p, i) => ({ p, i })).filter(({ p }) => chartable(p));
    if (!choices.length) {
      box.replaceChildren(h("p", { class: "muted" }, "这个条款没有可以画曲线的数值参数。"));
      return;
    }
    const index = this.charted.get(clause.meta.id) ?? defaultParam(clause);
    const select = h("select", { id: "curve-param", "aria-label": "横轴参数" }, ...choices.map(({ p, i }) => h("option", { value: String(i) }, p.name)));
    select.value = String(index);
    select.addEventListener("change", () => {
      this.charted.set(clause.meta.id, Number(select.value));
      this.renderCurve(clause, args, box);
    });
    let curve: Curve;
    try {
      curve = analyseCurve(clause, index, args);
    } catch (e) {
      box.replaceChildren(h("p", { class: "error" }, `曲线无法计算：${(e as Error).message}`));
      return;
    }
    const chart = h("div", { class: "chart", "data-testid": "chart" });
    const scanHead = h("h4", {}, "正在检查其他输入下有没有下降…");
    const scanList = h("ul", { class: "findings", "data-testid": "scan" });
    const findings = h("ul", { class: "findings", "data-testid": "findings" },
      ...curve.findings.map((f) => h("li", { class: `finding ${f.kind}`, "data-kind": f.kind }, h("strong", {}, KIND_TEXT[f.kind]), "：", f.text)));
    box.replaceChildren(...([
      h("div", { class: "curve-head" }, h("label", { for: "curve-param" }, "横轴："), select),
      h("p", { class: "others" }, curve.others ? `其余参数：${curve.others}` : "", curve.filled.length ? `（${curve.filled.join("、")} 未填，取第一个示例的值）` : ""),
      curve.error ? h("p", { class: "error" }, `无法画出：${curve.error}`) : chart,
      curve.error ? null : h("p", { class: "legend" }, h("span", { class: "k edge" }, "┆ 分档界限"), h("span", { class: "k cap" }, "┄ 封顶"), h("span", { class: "k mark" }, "● 发现")),
      h("h4", {}, curve.findings.length ? `发现 ${curve.findings.length} 处需要注意` : "没有发现下降、跳变或封顶"),
      findings,
      scanHead, scanList,
    ] as (HTMLElement | null)[]).filter((n): n is HTMLElement => n !== null));
    this.plot?.destroy();
    this.plot = curve.error ? undefined : drawCurve(chart, curve, Math.max(280, box.clientWidth || 420));
    this.scanTarget = { clause: clause.meta.name, index, list: scanList, head: scanHead };
    this.requestScan(clause.meta.name, index, args.map((a) => (a === undefined ? null : a)));
  }
}
