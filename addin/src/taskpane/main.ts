// The task pane: a searchable catalogue of the city's functions, a form that runs any of them through the same
// argument adapter as Excel (runtime/adapter.ts) with a live step-by-step trace, and the ready formula to copy.
// The same page in Excel (Office.js) and WPS 表格 (its Application object), both behind taskpane/host.ts, and
// standalone in a browser from the dev server (no host at all).
import type { CompiledFunction, ParamMeta } from "../../../runtime/types.js";
import type { SettlementRules } from "../../../runtime/settlement/index.js";
import { EXPLAIN_ID, EXPLAIN_ZH_NAME, SETTLE_ID, SETTLE_REASONS_ID } from "../cities.js";
import { AddinFunctions } from "../core/cells.js";
import { argText, explainFormulaFor, formulaFor, isCellReference, parseCall } from "../formula.js";
import { paramDescription } from "../metadata.js";
import { documentLabel } from "../../../runtime/document.js";
import { connectSheetHost, type SheetHost } from "./host.js";
import { h } from "./dom.js";
import { kindText, tryForm } from "./tryForm.js";
import { renderSettleView, type SettleState } from "./settleView.js";
import { functionSheet, printedAt, printSheets } from "./print.js";
import { showFormula } from "./formulaView.js";
import { catalogueGroups } from "./catalogue.js";

export interface TaskpaneConfig {
  readonly namespace: string;
  readonly city: string;
  readonly functions: readonly CompiledFunction[];
  /** The namespace's settlement rules (the generated module's `settlement`), for the 汇总/兑现测算 view. */
  readonly settlement?: SettlementRules;
}

function haystack(fn: CompiledFunction): string {
  const m = fn.meta;
  return [m.id, m.name, m.zhName, m.title, m.article, documentLabel(m.document), m.text, m.note, ...m.params.map((p) => p.name)].join("\n").toLowerCase();
}

export class Taskpane {
  private readonly lookup: AddinFunctions;
  private root!: HTMLElement;
  /** The spreadsheet the pane is connected to; null when standalone. */
  private host: SheetHost | null = null;
  private status!: HTMLElement;
  /** Values typed per function, kept while browsing. */
  private readonly typed = new Map<string, string[]>();
  /** The settlement view's ledger and budget, kept while browsing. */
  private readonly settleState: SettleState = { pasted: "", budget: "" };

  constructor(private readonly cfg: TaskpaneConfig) {
    this.lookup = new AddinFunctions(cfg.namespace, cfg.functions);
  }

  mount(root: HTMLElement): void {
    this.root = root;
    window.addEventListener("hashchange", () => this.route());
    this.route();
    void this.connectHost();
  }

  private get ns(): string {
    return this.cfg.namespace;
  }

  private route(): void {
    const name = decodeURIComponent(location.hash.replace(/^#/, ""));
    const fn = name ? this.lookup.find(name) : undefined;
    this.root.replaceChildren();
    this.status = h("div", { class: "status", role: "status", "aria-live": "polite" });
    if (fn) this.renderDetail(fn);
    else if (name.toUpperCase() === SETTLE_ID || name.toUpperCase() === SETTLE_REASONS_ID) this.renderSettle();
    else this.renderCatalogue(name === EXPLAIN_ID);
    this.root.append(this.status);
  }

  private say(text: string, kind: "ok" | "error" | "info" = "info"): void {
    this.status.textContent = text;
    this.status.className = `status ${kind}`;
  }

  // ---- catalogue ------------------------------------------------------------------------------------------------

  private renderCatalogue(openExplainHelp: boolean): void {
    const { ns, city, functions } = { ns: this.ns, ...this.cfg };
    const search = h("input", { type: "search", id: "search", placeholder: "搜索：函数名、中文名、条款、原文…", "aria-label": "搜索函数" });
    const count = h("p", { class: "count" });
    const list = h("div", { class: "catalogue", id: "catalogue" });
    const empty = h("p", { class: "empty", id: "no-results", hidden: "" });
    // One group per source document (PINGHU has two), headed by its title, 文号 and date.
    const groups = catalogueGroups(functions).map((g) => {
      const ul = h("ul", {});
      const items = g.functions.map((fn) => {
        const m = fn.meta;
        const li = h("li", {},
          h("a", { href: `#${m.name}`, "data-fn": m.name },
            h("span", { class: "title" }, m.title),
            h("span", { class: "sig" }, h("code", {}, `${ns}.${m.name}`), h("span", {}, m.zhName), h("span", {}, m.article)),
          ));
        ul.append(li);
        return { li, text: haystack(fn) };
      });
      const section = h("section", { class: "doc-group" }, h("h2", { class: "doc" }, g.label), ul);
      list.append(section);
      return { section, items };
    });
    const items = groups.flatMap((g) => g.items);
    const filter = () => {
      const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const g of groups) {
        let inGroup = 0;
        for (const it of g.items) {
          const ok = words.every((w) => it.text.includes(w));
          it.li.hidden = !ok;
          if (ok) inGroup++;
        }
        g.section.hidden = inGroup === 0;
        shown += inGroup;
      }
      count.textContent = words.length ? `找到 ${shown} 个函数（共 ${items.length} 个）` : `共 ${items.length} 个函数`;
      empty.hidden = shown > 0;
      empty.textContent = shown ? "" : `没有找到含“${search.value.trim()}”的函数。可以换个词：函数名（如 ${functions[0]?.meta.name ?? ""}）、中文名、条款号（如 第20条）或原文中的词；多个词用空格分开时须都出现。`;
    };
    search.addEventListener("input", filter);
    filter();

    const explainHelp = h("details", { class: "help", id: "explain-help", ...(openExplainHelp ? { open: "" } : {}) },
      h("summary", {}, `如何查看计算过程：${ns}.${EXPLAIN_ID}（${EXPLAIN_ZH_NAME}）`),
      h("p", {}, "在任一单元格输入 ", h("code", {}, `=${ns}.${EXPLAIN_ID}("${functions[0]?.meta.name ?? "NAME"}", B2, C2)`),
        "：第一个参数是函数名（英文名或中文名均可），其后是该函数的参数。结果溢出为三列表格：步骤、值、依据（政策原文）。"),
      h("p", {}, "中文版 Excel 中函数名显示为中文，例如 ", h("code", {}, `=${ns}.${EXPLAIN_ZH_NAME}(…)`), `、=${ns}.${functions[0]?.meta.zhName ?? ""}(…)。`),
      h("p", {}, "参数错误时单元格显示 #VALUE!（查不到对应档次时为 #N/A），把鼠标移到错误标记上可看到中文说明。金额单位为万元，也可写“4000万元”“0.4亿元”。"));

    this.root.append(
      h("header", {}, h("h1", {}, `政策函数·${city}`), h("p", { class: "mode", id: "mode" }, this.modeText())),
      h("p", { class: "views" }, h("a", { href: `#${SETTLE_ID}`, id: "open-settle", class: "button" }, "汇总/兑现测算"), " 按政策文件的合并规则结算整本台账，打印每个企业的测算单"),
      explainHelp,
      search, count, empty, list,
    );
    search.focus();
  }

  // ---- 汇总/兑现测算 ----------------------------------------------------------------------------------------------

  private renderSettle(): void {
    this.root.append(...renderSettleView({
      namespace: this.ns, functions: this.lookup.index, rules: this.cfg.settlement, host: this.host, state: this.settleState,
      say: (text, kind) => this.say(text, kind),
    }));
  }

  private modeText(): string {
    return this.host ? `已连接 ${this.host.name}：可把公式写入所选单元格，或解释所选单元格。` : "独立模式（未连接 Excel 或 WPS 表格）：可查找函数、试算、复制公式。";
  }

  // ---- one function ---------------------------------------------------------------------------------------------

  private renderDetail(fn: CompiledFunction): void {
    const m = fn.meta;
    const values = this.typed.get(m.name) ?? m.params.map(() => "");
    this.typed.set(m.name, values);

    const formula = h("code", { id: "formula", class: "formula" });
    const explainFormula = h("code", { id: "explain-formula", class: "formula" });
    const { form, result, trace, update, rawArgs } = tryForm(fn, values, (args) => {
      showFormula(formula, formulaFor(this.ns, m.name, args));
      showFormula(explainFormula, explainFormulaFor(this.ns, m.name, args));
    });
    const print = h("button", { type: "button", id: "print-sheet", class: "print" }, "打印测算单");
    print.addEventListener("click", () => {
      const sheet = functionSheet(this.ns, fn, values, rawArgs(), printedAt());
      if (sheet) printSheets([sheet]);
      else this.say("参数有误或未填，没有可打印的测算结果；请先改正上面的参数。", "error");
    });

    const copy = (what: HTMLElement, label: string) => h("button", { type: "button", class: "copy", id: `copy-${what.id}` }, label);
    const copyFormula = copy(formula, "复制公式");
    const copyExplain = copy(explainFormula, "复制解释公式");
    copyFormula.addEventListener("click", () => void this.copy(formula.textContent ?? ""));
    copyExplain.addEventListener("click", () => void this.copy(explainFormula.textContent ?? ""));

    const hostButtons = h("div", { class: "host-only", id: "host-buttons" });
    if (this.host) {
      const insert = h("button", { type: "button", id: "write-formula" }, "写入所选单元格");
      insert.addEventListener("click", () => void this.insertFormula(formula.textContent ?? ""));
      const insertExplain = h("button", { type: "button", id: "write-explain" }, "在所选单元格解释");
      insertExplain.addEventListener("click", () => void this.insertFormula(explainFormula.textContent ?? ""));
      const read = h("button", { type: "button", id: "read-selection" }, "读取所选单元格");
      read.addEventListener("click", () => void this.explainSelection(false));
      hostButtons.append(insert, insertExplain, read);
    }

    this.root.append(
      h("nav", {}, h("a", { href: "#", id: "back" }, "← 返回目录")),
      h("header", {},
        h("h1", {}, m.title),
        h("p", { class: "sig" }, h("code", {}, `=${this.ns}.${m.name}`), h("span", {}, m.zhName), h("span", {}, m.article)),
        h("p", { class: "policy" }, documentLabel(m.document))),
      h("section", {}, h("h2", {}, "试算"), form, result,
        h("div", { class: "formula-row" }, formula, copyFormula),
        h("div", { class: "formula-row" }, explainFormula, copyExplain),
        hostButtons,
        h("div", { class: "print-row" }, print),
        h("h3", {}, "计算过程"), trace),
      h("section", {}, h("h2", {}, "参数"), this.paramTable(m.params)),
      h("section", {}, h("h2", {}, "原文"), h("blockquote", { id: "text" }, m.text),
        m.note ? h("p", { class: "note" }, h("strong", {}, "理解："), m.note) : null,
        h("p", { class: "source" }, `来源：${documentLabel(m.document)}，${m.article}`)),
    );
    update();
  }

  private paramTable(params: readonly ParamMeta[]): HTMLElement {
    if (!params.length) return h("p", {}, "无参数。");
    return h("table", { class: "params" },
      h("thead", {}, h("tr", {}, h("th", {}, "参数"), h("th", {}, "类型"), h("th", {}, "说明"))),
      h("tbody", {}, ...params.map((p) => h("tr", {},
        h("td", {}, p.name, p.optional ? h("span", { class: "opt" }, "（可省略）") : null),
        h("td", {}, kindText(p)),
        h("td", {}, paramDescription(p))))));
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.say(`已复制：${text}`, "ok");
      return;
    } catch {
      // Clipboard API refused (permissions, some Office webviews): fall back to a selected textarea.
    }
    const area = h("textarea", { readonly: "", class: "offscreen" });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    this.say(ok ? `已复制：${text}` : `请手动复制：${text}`, ok ? "ok" : "info");
  }

  // ---- the spreadsheet (Excel or WPS 表格) ---------------------------------------------------------------------

  private async connectHost(): Promise<void> {
    const host = await connectSheetHost().catch(() => null);
    if (!host) return;
    this.host = host;
    this.route();
    host.onSelectionChanged(() => void this.explainSelection(true));
  }

  private async insertFormula(formula: string): Promise<void> {
    try {
      const address = await this.host!.writeFormula(formula);
      this.say(`已写入 ${address}：${formula}`, "ok");
    } catch (e) {
      this.say(`写入失败：${(e as Error).message ?? e}`, "error");
    }
  }

  /** Reads the active cell's formula, fetches the cells it refers to, and shows that call in the form. */
  private async explainSelection(quiet: boolean): Promise<void> {
    const host = this.host!;
    try {
      const cell = await host.activeCell();
      const call = parseCall(cell.formula, this.ns);
      const fn = call ? this.lookup.find(call.name) : undefined;
      if (!call || !fn) {
        if (!quiet) this.say(`所选单元格 ${cell.address} 没有 ${this.ns} 的函数公式。`, "info");
        return;
      }
      const refs = call.args.flatMap((a) => ("ref" in a && isCellReference(a.ref) ? [a.ref] : []));
      const read = await host.values(refs);
      const unread: string[] = [];
      const values = call.args.map((a) => {
        if ("value" in a) return a.value;
        const i = refs.indexOf(a.ref);
        if (i >= 0) return read[i] ?? null;
        unread.push(a.ref);
        return null;
      });
      this.typed.set(fn.meta.name, fn.meta.params.map((_, i) => argText(values[i] ?? null)));
      // pushState, not location.hash: a hashchange would re-render after the status line below is written.
      if (location.hash !== `#${fn.meta.name}`) history.pushState(null, "", `#${fn.meta.name}`);
      this.route();
      this.say(unread.length ? `已读取 ${cell.address}；${unread.join("、")} 是表达式，请在表单中填写其值。` : `已读取 ${cell.address} 的公式与参数。`, "info");
    } catch (e) {
      if (!quiet) this.say(`读取失败：${(e as Error).message ?? e}`, "error");
    }
  }
}

export function startTaskpane(cfg: TaskpaneConfig): void {
  const start = () => new Taskpane(cfg).mount(document.getElementById("app") ?? document.body);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
