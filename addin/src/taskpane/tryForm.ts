// The try-it form of one function and its step-by-step trace: one input per parameter (a select for enums and
// flags), the result or the adapter's Chinese message, and the explanation rows (步骤, 值, 依据) — all through the
// same argument adapter as Excel (runtime/adapter.ts). Used by the task pane and by the drafting studio.
import { callFunction, describeRange, parseCliArg, type ExcelValue } from "../../../runtime/adapter.js";
import type { CompiledFunction, ParamMeta } from "../../../runtime/types.js";
import { explainRows } from "../../../runtime/explain.js";
import { paramDescription, showDefault } from "../metadata.js";
import { showMoneyWithYuan } from "../../../runtime/show.js";
import { h } from "./dom.js";

const KIND_LABEL: Record<string, string> = {
  money: "金额", ratio: "比例", quantity: "数量", enum: "选项", flag: "是/否", year: "年份", number: "数",
};

export function kindText(p: ParamMeta): string {
  const bits = [KIND_LABEL[p.kind] ?? p.kind];
  if (p.unit) bits.push(p.unit);
  if (p.min || p.max) bits.push(describeRange(p));
  if (p.integer) bits.push("整数");
  return bits.join(" · ");
}

export interface TryForm {
  /** form#try: a field per parameter (inputs #p0, #p1, …). */
  readonly form: HTMLFormElement;
  /** div#result: the value (#result-value) or the message (#result-error). */
  readonly result: HTMLElement;
  /** table#trace: the explanation rows. */
  readonly trace: HTMLTableElement;
  /** The arguments as typed, read the way a cell is (4000 → a number). */
  rawArgs(): ExcelValue[];
  /** Recomputes result and trace from the inputs (done on every input already). */
  update(): void;
}

/**
 * `values` holds what is typed, one string per parameter; it is updated in place, so a caller can keep it while
 * the drafter browses. `onUpdate` runs after each recomputation with the arguments.
 */
export function tryForm(fn: CompiledFunction, values: string[], onUpdate?: (args: ExcelValue[]) => void): TryForm {
  const m = fn.meta;
  const inputs = m.params.map((p, i) => inputFor(p, values[i] ?? "", `p${i}`));
  const result = h("div", { class: "result", id: "result" });
  const trace = h("table", { class: "trace", id: "trace" });
  const rawArgs = (): ExcelValue[] => inputs.map((el) => parseCliArg(el.value));
  const update = () => {
    inputs.forEach((el, i) => { values[i] = el.value; });
    const args = rawArgs();
    const outcome = callFunction(fn, args, true);
    trace.replaceChildren();
    if (outcome.ok) {
      result.className = "result ok";
      // 170万元（1,700,000.00元）: the amount in 万元 (#result-value) and in 元 to the 分, as a reviewer signs it.
      const shown = showMoneyWithYuan(outcome.value);
      const unit = shown.indexOf("万元");
      result.replaceChildren("结果：", h("strong", { id: "result-value" }, shown.slice(0, unit)), h("span", { id: "result-yuan" }, shown.slice(unit)));
      const rows = explainRows(m, outcome.trace ?? []);
      trace.append(h("thead", {}, h("tr", {}, ...rows[0]!.map((c) => h("th", {}, c)))));
      trace.append(h("tbody", {}, ...rows.slice(1).map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c))))));
    } else {
      const untouched = values.every((v) => v.trim() === "");
      result.className = untouched ? "result hint" : "result error";
      result.replaceChildren(untouched ? "请填写参数。" : `${outcome.lookup ? "#N/A" : "#VALUE!"} `, h("span", { id: "result-error" }, outcome.error));
    }
    // The input the message names is marked invalid (red, whatever the city's accent); the others are not.
    const bad = outcome.ok || values.every((v) => v.trim() === "") ? -1 : m.params.findIndex((p) => outcome.error.includes(`「${p.name}」`));
    inputs.forEach((el, i) => el.setAttribute("aria-invalid", String(i === bad)));
    onUpdate?.(args);
  };
  for (const el of inputs) el.addEventListener("input", update);
  for (const el of inputs) el.addEventListener("change", update);

  const form = h("form", { class: "try", id: "try", autocomplete: "off" },
    ...m.params.map((p, i) => h("div", { class: "field" },
      h("label", { for: `p${i}` }, p.name, h("span", { class: "kind" }, ` ${kindText(p)}${p.optional ? " · 可省略" : ""}`)),
      inputs[i]!,
      // A select lists an enum's choices already: its help does not repeat them.
      h("small", {}, paramDescription(p, { choices: p.kind !== "enum" })))),
  );
  form.addEventListener("submit", (e) => e.preventDefault());
  return { form, result, trace, rawArgs, update };
}

function inputFor(p: ParamMeta, value: string, id: string): HTMLInputElement | HTMLSelectElement {
  if (p.kind === "enum" || p.kind === "flag") {
    const options = p.kind === "enum" ? (p.values ?? []) : ["TRUE", "FALSE"];
    const label = (o: string) => (p.kind === "flag" ? (o === "TRUE" ? "是（TRUE）" : "否（FALSE）") : o);
    const blank = p.optional ? (p.default !== undefined ? `（省略，默认 ${showDefault(p)}）` : "（省略）") : "（请选择）";
    const sel = h("select", { id, name: p.name }, h("option", { value: "" }, blank), ...options.map((o) => h("option", { value: o }, label(o))));
    sel.value = value;
    return sel;
  }
  const placeholder = p.optional && p.default !== undefined ? `省略时为 ${showDefault(p)}` : p.kind === "money" ? "万元，如 4000 或 4000万元" : p.kind === "ratio" ? "如 0.05 或 5%" : (p.unit ?? "");
  const input = h("input", { id, name: p.name, type: "text", inputmode: "decimal", placeholder });
  input.value = value;
  return input;
}
