// functions.json (and its zh-CN twin) from the compiled functions' metadata. Every parameter is declared "any":
// the functions validate their arguments themselves so that Excel shows our Chinese message, not its own.
import type { CompiledFunction, FunctionMeta, ParamMeta } from "../../runtime/types.js";
import { EXPLAIN_ID, EXPLAIN_ZH_NAME, SETTLE_ID, SETTLE_REASONS_ID, SETTLE_REASONS_ZH_NAME, SETTLE_ZH_NAME } from "./cities.js";
import { documentLabel } from "../../runtime/document.js";

export type MetadataLocale = "default" | "zh-cn";

export interface FunctionsJsonParam {
  name: string;
  description: string;
  type: "any";
  dimensionality: "scalar" | "matrix";
  optional?: true;
}

export interface FunctionsJsonEntry {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  result: { type: "number" | "string" | "any"; dimensionality: "scalar" | "matrix" };
  parameters: FunctionsJsonParam[];
}

/** A parameter's default as a person reads it: 否 (not false), 0.05（即 5%）, 其他. */
export function showDefault(p: ParamMeta): string {
  const d = p.default;
  if (typeof d === "boolean") return d ? "是" : "否";
  if (typeof d === "number" && p.kind === "ratio") return `${d}（即 ${+(d * 100).toPrecision(12)}%）`;
  return `${d}${typeof d === "number" && p.unit && p.kind !== "ratio" ? p.unit : ""}`;
}

/**
 * What Excel shows under a parameter: the policy file's description, the unit or choices, and the default. The
 * choices of an enum are listed once: not when the description already names them all, and not where a form shows
 * them in a list already (`choices: false`, the task pane's select).
 */
export function paramDescription(p: ParamMeta, opts: { readonly choices?: boolean } = {}): string {
  const parts = [p.description.trim()];
  const named = (p.values ?? []).every((v) => p.description.includes(v));
  if (p.kind === "money" && !p.description.includes("万元")) parts.push("单位：万元");
  else if (p.kind === "ratio") parts.push("比例，如 0.05 或 5%");
  else if (p.kind === "flag") parts.push("TRUE/FALSE（是/否）");
  else if (p.kind === "enum" && p.values?.length && opts.choices !== false && !named) parts.push(`可选：${p.values.join("、")}`);
  else if (p.unit && !p.description.includes(p.unit)) parts.push(`单位：${p.unit}`);
  if (p.optional && p.default !== undefined) parts.push(`可省略，默认 ${showDefault(p)}`);
  else if (p.optional) parts.push("可省略");
  return parts.filter(Boolean).join("；");
}

export function functionDescription(m: FunctionMeta): string {
  return `${m.title}（${m.article}，${documentLabel(m.document)}）。结果单位：万元。用 ${m.namespace}.${EXPLAIN_ID}("${m.name}", …) 查看计算过程。`;
}

/** EXPLAIN takes the function name and then as many optional arguments as the longest function of the add-in. */
export function explainArity(fns: readonly CompiledFunction[]): number {
  return Math.max(1, ...fns.map((f) => f.meta.params.length));
}

export function explainDescription(namespace: string, example: string): string {
  return `解释计算过程：逐步列出本加载项任一函数的计算（三列：步骤、值、依据＝政策原文），结果溢出为表格。例如 =${namespace}.${EXPLAIN_ID}("${example}", B2, C2)`;
}

/** What every host's metadata says of one cell function, before each host's own format. */
export interface FunctionDescription {
  readonly id: string;
  /** The Chinese Excel name (zh-CN functions.json). */
  readonly zhName: string;
  readonly description: string;
  /** The taskpane.html#… anchor of its help. */
  readonly anchor: string;
  /** A number in 万元, a table of text (EXPLAIN, SETTLE_REASONS), or a column of amounts and texts (SETTLE). */
  readonly result: "number" | "table" | "mixed";
  readonly params: readonly { readonly name: string; readonly description: string; readonly optional: boolean; readonly range?: true }[];
}

const LEDGER_LAYOUT = "第一行为表头：企业、项目、年度、函数、该函数的各参数（按 Excel 参数顺序）、已兑现（万元，填了即为已兑现的历史行）；函数写“排除”或“贡献封顶”的行是企业级输入（原因或封顶额写在第一个参数列）";

/** SETTLE and SETTLE_REASONS: one ledger range and an optional budget. */
function settleParams(): FunctionDescription["params"] {
  return [
    { name: "台账区域", description: `台账所在的区域，含表头行。${LEDGER_LAYOUT}`, optional: false, range: true },
    { name: "预算", description: "预算总额（万元），可省略；给出时，实行预算总额控制的政策的各行合计超出预算的部分按比例压减", optional: true },
  ];
}

export function settleDescription(namespace: string): string {
  return `兑现测算：按政策文件的合并规则（就高不重复、进档差额、年度上限、贡献封顶、预算总额控制）结算整本台账，结果与各行对齐溢出为一列：申报行为结算额（万元），已兑现行为“已兑现”，读不懂的行为中文错误说明，其余各行照常结算。例如 =${namespace}.${SETTLE_ID}(A1:H20, 300)；每行的理由用 ${namespace}.${SETTLE_REASONS_ID}。`;
}

export function settleReasonsDescription(namespace: string): string {
  return `兑现测算说明：与 ${namespace}.${SETTLE_ID} 同样结算整本台账，逐行溢出理由：申报额、结算额和改变金额的每一步（引用原文），行号按区域计（表头为区域第1行）。例如 =${namespace}.${SETTLE_REASONS_ID}(A1:H20, 300)`;
}

/** The namespace's policy functions, then EXPLAIN, as every host describes them. */
export function describeFunctions(namespace: string, fns: readonly CompiledFunction[]): FunctionDescription[] {
  const own = fns.filter((f) => f.meta.namespace === namespace);
  const entries: FunctionDescription[] = own.map(({ meta }) => ({
    id: meta.name,
    zhName: meta.zhName,
    description: functionDescription(meta),
    anchor: meta.name,
    result: "number",
    params: meta.params.map((p) => ({ name: p.name, description: paramDescription(p), optional: p.optional })),
  }));
  const example = own[0]?.meta;
  entries.push({
    id: EXPLAIN_ID,
    zhName: EXPLAIN_ZH_NAME,
    description: explainDescription(namespace, example?.name ?? "NAME"),
    anchor: EXPLAIN_ID,
    result: "table",
    params: [
      { name: "函数", description: `要解释的函数名，如 "${example?.name ?? "NAME"}" 或 "${example?.zhName ?? ""}"`, optional: false },
      ...Array.from({ length: explainArity(own) }, (_, i) => ({
        name: `参数${i + 1}`,
        description: `该函数的第 ${i + 1} 个参数（与直接调用该函数时相同）`,
        optional: true,
      })),
    ],
  });
  entries.push(
    { id: SETTLE_ID, zhName: SETTLE_ZH_NAME, description: settleDescription(namespace), anchor: SETTLE_ID, result: "mixed", params: settleParams() },
    { id: SETTLE_REASONS_ID, zhName: SETTLE_REASONS_ZH_NAME, description: settleReasonsDescription(namespace), anchor: SETTLE_ID, result: "table", params: settleParams() },
  );
  return entries;
}

export function functionsJson(namespace: string, fns: readonly CompiledFunction[], locale: MetadataLocale, baseUrl: string): { functions: FunctionsJsonEntry[] } {
  const functions = describeFunctions(namespace, fns).map((d): FunctionsJsonEntry => ({
    id: d.id,
    name: locale === "zh-cn" ? d.zhName : d.id,
    description: d.description,
    helpUrl: `${baseUrl}${namespace}/taskpane.html#${d.anchor}`,
    result: d.result === "number" ? { type: "number", dimensionality: "scalar" } : { type: d.result === "mixed" ? "any" : "string", dimensionality: "matrix" },
    parameters: d.params.map((p) => ({
      name: p.name,
      description: p.description,
      type: "any",
      dimensionality: p.range ? "matrix" : "scalar",
      ...(p.optional ? { optional: true as const } : {}),
    })),
  }));
  return { functions };
}
