// 起草台 — the drafting studio: a policy file in a CodeMirror editor, checked by the real compiler in a worker on
// every change, its examples run, and the clause under the cursor tried out and charted. Static files only.
import type { EditorView } from "@codemirror/view";
import type { Diagnostic as LintDiagnostic } from "@codemirror/lint";
import type { CheckedClause } from "../../compiler/check/ir.js";
import { h } from "../../addin/src/taskpane/dom.js";
import { createEditor, moveCursor, replaceText, showSquiggles } from "./editor/setup.js";
import { Checker } from "./ui/checker.js";
import { ClausePanel } from "./ui/clause.js";
import { renderDiagnostics, renderExamples } from "./ui/panels.js";
import { loadStored, openLocal, projectDoc, saveDoc, store, type Doc, type FileHandle } from "./ui/files.js";
import { PROJECT_POLICIES } from "./policies.js";
import { NEW_POLICY } from "./newPolicy.js";
import type { ExampleReport, FromWorker, Outline, StudioDiagnostic } from "./protocol.js";
import { CODES } from "../../compiler/diagnostics/codes.js";
import { headline } from "./check/diagnostics.js";

const NEW_PATH = "新政策.zc";

class Studio {
  private doc: Doc;
  private handle: FileHandle | undefined;
  private view!: EditorView;
  private outline: Outline | undefined;
  private diagnostics: readonly StudioDiagnostic[] = [];
  /** The clauses of the last text that checked without errors, and whether the text has errors now. */
  private clauses: readonly CheckedClause[] = [];
  private stale = false;
  private shownClause = "";
  private shownKey = "";
  private readonly checker: Checker;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly el = {
    file: h("select", { id: "file", "aria-label": "打开项目中的政策文件" }),
    name: h("span", { id: "file-name", class: "file-name" }),
    status: h("div", { class: "status", id: "status", role: "status", "aria-live": "polite" }),
    failure: h("div", { class: "failure-banner", id: "worker-failure", role: "alert", hidden: "" }),
    count: h("p", { class: "count", id: "diag-count" }),
    diagnostics: h("ul", { class: "diagnostics", "data-testid": "diagnostics" }),
    examples: h("section", { class: "examples", "data-testid": "examples" }),
    clauseSelect: h("select", { id: "clause", "aria-label": "条款" }),
    clause: h("div", { class: "clause", id: "clause-panel" }),
    localInput: h("input", { type: "file", accept: ".zc,text/plain", hidden: "" }),
  };
  private readonly panel = new ClausePanel(this.el.clause, (clause, index, form) => this.checker.scan(clause, index, form));

  constructor(private readonly root: HTMLElement) {
    this.doc = loadStored() ?? projectDoc(PROJECT_POLICIES[0]?.path ?? "") ?? { path: NEW_PATH, name: NEW_PATH, text: NEW_POLICY };
    this.checker = new Checker(new URL("./worker.js", import.meta.url), {
      onMessage: (m) => this.receive(m),
      onFailure: (text) => this.fail(text),
    });
  }

  mount(): void {
    const editorHost = h("div", { class: "editor", id: "editor" });
    this.root.replaceChildren(this.header(), this.el.failure,
      h("div", { class: "workspace" },
        editorHost,
        h("aside", { class: "side" },
          h("section", { class: "problems" }, h("h2", {}, "检查"), this.el.count, this.el.diagnostics),
          h("h2", {}, "示例"), this.el.examples,
          h("h2", {}, "条款 ", this.el.clauseSelect),
          this.el.clause)),
      this.el.status, this.el.localInput);
    this.view = createEditor({
      parent: editorHost, text: this.doc.text, outline: () => this.outline,
      onChange: (text) => this.changed(text),
      onCursor: (pos) => this.cursorAt(pos),
    });
    this.el.clauseSelect.addEventListener("change", () => {
      const c = this.outline?.clauses.find((x) => x.name === this.el.clauseSelect.value);
      if (c) moveCursor(this.view, c.from);
    });
    this.panel.clear("检查通过后，这里可以试算光标所在的条款，并画出它的奖励曲线。");
    renderExamples(this.el.examples, "pending", () => {});
    this.showFile();
    this.checker.check(this.doc.path, this.doc.text);
  }

  // ---- files ----------------------------------------------------------------------------------------------------

  private header(): HTMLElement {
    const open = h("button", { type: "button", id: "open-local" }, "打开本地文件…");
    const save = h("button", { type: "button", id: "save" }, "保存");
    const revert = h("button", { type: "button", id: "revert", class: "secondary" }, "还原");
    this.el.file.append(
      h("option", { value: "" }, "打开项目中的政策…"),
      ...PROJECT_POLICIES.map((p) => h("option", { value: p.path }, `${p.namespace} · ${p.path.replace(/^policies\//, "")} · ${p.title}`)),
      h("option", { value: NEW_PATH }, "新建政策文件"));
    this.el.file.addEventListener("change", () => this.openProject(this.el.file.value));
    open.addEventListener("click", () => void this.openLocalFile());
    save.addEventListener("click", () => void this.save());
    revert.addEventListener("click", () => this.revert());
    return h("header", { class: "bar" },
      h("h1", {}, "起草台"), h("span", { class: "sub" }, "政策函数 · 在浏览器里起草、检查、试算"),
      this.el.name, this.el.file, open, save, revert);
  }

  private showFile(): void {
    const project = PROJECT_POLICIES.some((p) => p.path === this.doc.path);
    this.el.name.textContent = `${this.doc.name}${project ? "（项目文件）" : ""}${this.handle ? "（本地）" : ""}`;
    this.el.file.value = "";
  }

  private load(doc: Doc, handle?: FileHandle): void {
    this.doc = doc;
    this.handle = handle;
    this.clauses = [];
    this.shownClause = "";
    this.shownKey = "";
    this.panel.clear("正在检查…");
    this.showFile();
    replaceText(this.view, doc.text);
  }

  private openProject(path: string): void {
    if (!path) return;
    const doc = path === NEW_PATH ? { path: NEW_PATH, name: NEW_PATH, text: NEW_POLICY } : projectDoc(path);
    if (doc) this.load(doc);
    this.say(`已打开 ${doc?.name}`, "info");
  }

  private async openLocalFile(): Promise<void> {
    try {
      const opened = await openLocal(this.el.localInput);
      if (!opened) return;
      if ("error" in opened.doc) return this.say(opened.doc.error, "error");
      this.load(opened.doc, opened.handle);
      this.say(`已打开本地文件 ${opened.doc.name}`, "info");
    } catch (e) {
      this.say(`打开失败：${(e as Error).message}`, "error");
    }
  }

  private async save(): Promise<void> {
    try {
      const out = await saveDoc(this.doc, this.handle);
      if (out.how === "cancelled") return this.say("已取消保存", "info");
      if (out.handle) this.handle = out.handle;
      this.say(out.how === "file" ? `已保存到 ${out.name}` : `已下载 ${out.name}（浏览器不支持直接写回文件）`, "ok");
    } catch (e) {
      this.say(`保存失败：${(e as Error).message}`, "error");
    }
  }

  private revert(): void {
    const original = projectDoc(this.doc.path);
    if (!original) return this.say("只有项目中的政策文件可以还原为项目版本", "info");
    this.load(original);
    this.say(`已还原为项目中的 ${original.name}`, "ok");
  }

  private changed(text: string): void {
    this.doc = { ...this.doc, text };
    this.checker.check(this.doc.path, text);
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => {
      const problem = store(this.doc);
      if (problem) this.say(problem, "error");
    }, 200);
  }

  // ---- the worker's answers ------------------------------------------------------------------------------------

  private receive(m: FromWorker): void {
    switch (m.type) {
      case "checked":
        this.diagnostics = m.diagnostics;
        this.outline = m.outline;
        this.stale = m.errors > 0;
        showSquiggles(this.view, m.diagnostics);
        renderDiagnostics(this.el.diagnostics, this.el.count, m.diagnostics, (pos) => moveCursor(this.view, pos));
        this.fillClauseSelect();
        this.announce("studio:checked", { seq: m.seq, ms: m.ms });
        break;
      case "skipped":
        renderExamples(this.el.examples, "skipped", () => {});
        this.cursorAt(this.view.state.selection.main.head, true);
        this.announce("studio:examples", { seq: m.seq, skipped: true });
        break;
      case "examples":
        this.clauses = m.clauses;
        const failed = [
          ...m.examples.reports.filter((r) => !r.passed).map((r) => squiggle("Z0702", r)),
          ...(m.examples.ledgers?.mismatched ?? []).map((r) => squiggle("Z0705", r)),
        ];
        if (failed.length) showSquiggles(this.view, this.diagnostics, failed);
        renderExamples(this.el.examples, m.examples, (pos) => moveCursor(this.view, pos));
        this.cursorAt(this.view.state.selection.main.head, true);
        this.announce("studio:examples", { seq: m.seq, ms: m.examples.ms, total: m.examples.total });
        break;
      case "scanned":
        this.panel.showScan(m.report);
        break;
      case "crash":
        this.fail(`编译器出错（这是起草台的缺陷，不是你的错）：${m.message.split("\n")[0]}`);
        break;
    }
  }

  /** After the page shows a result: for the benchmark (bench/studio.ts), which times keystroke → diagnostics. */
  private announce(name: string, detail: Record<string, unknown>): void {
    document.dispatchEvent(new CustomEvent(name, { detail }));
  }

  private fail(text: string): void {
    this.el.failure.hidden = false;
    this.el.failure.textContent = text;
  }

  private fillClauseSelect(): void {
    const names = (this.outline?.clauses ?? []).map((c) => c.name);
    const current = [...this.el.clauseSelect.options].map((o) => o.value);
    if (names.join("\n") === current.join("\n")) return;
    this.el.clauseSelect.replaceChildren(...(this.outline?.clauses ?? []).map((c) => h("option", { value: c.name }, `${c.name} ${c.title}`)));
  }

  /** Shows the clause under the cursor (the last one passed when the cursor is between clauses). */
  private cursorAt(pos: number, rechecked = false): void {
    const clauses = this.outline?.clauses ?? [];
    const here = clauses.find((c) => c.from <= pos && pos < c.to) ?? clauses.find((c) => c.from <= pos && pos <= c.to);
    const name = here?.name ?? (this.shownClause || this.outline?.clauses[0]?.name || "");
    if (!rechecked && name === this.shownClause) return;
    const clause = this.clauses.find((c) => c.meta.name === name);
    if (here) this.el.clauseSelect.value = here.name;
    if (!clause) {
      this.shownKey = "";
      if (name !== this.shownClause || rechecked) this.panel.clear(this.clauses.length ? `条款 ${name} 还没有通过检查。` : "检查通过后，这里可以试算光标所在的条款，并画出它的奖励曲线。");
      this.shownClause = name;
      return;
    }
    this.shownClause = name;
    // A recheck that left this clause as it was (the edit was elsewhere) keeps the panel, its chart and its scan.
    const key = `${this.stale}\n${clauseKey(clause)}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.panel.show(clause, this.stale);
  }

  private say(text: string, kind: "ok" | "error" | "info"): void {
    this.el.status.textContent = text;
    this.el.status.className = `status ${kind}`;
  }
}

/** A failed example or ledger row, squiggled with its code's words as `zhengce test` prints them. */
function squiggle(code: "Z0702" | "Z0705", r: ExampleReport): LintDiagnostic {
  return { from: r.from, to: Math.max(r.to, r.from + 1), severity: "error", message: headline({ severity: "error", code, title: CODES[code].title, message: r.message ?? "" }) };
}

/** What a clause computes, without where it is written (an edit above it moves its spans and lines only). */
function clauseKey(c: CheckedClause): string {
  return JSON.stringify(c, (k, v) => (k === "span" || k === "line" || k === "nameSpan" || k === "zhNameSpan" ? undefined : v));
}

function start(): void {
  try {
    new Studio(document.getElementById("app") ?? document.body).mount();
  } catch (e) {
    document.body.append(h("div", { class: "failure-banner", role: "alert" }, `起草台无法启动：${(e as Error).message}`));
    throw e;
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
