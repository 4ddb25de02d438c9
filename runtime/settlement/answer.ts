// An answer as JSON (`zhengce settle --jsonl`, and the add-in's reasons): amounts are strings rounded half-up to
// 0.000001万元 like every result (never a binary float), each step names its rule and cites its 原文.
//   claim        {"value":"15","gross":"25","steps":[{"step":"进档差额","rule":"LADDER_GREEN",…,"before":"25","after":"15","reason":"…"}]}
//   history      {"history":true}
//   exclusion    {"exclude":true,"applied":["PINGHU"],"notApplicable":["HUZHOU"],"claims":2,"note":"…"}
//   贡献封顶      {"contributionCap":true,…same fields}
//   error        {"error":"…"}
import { documentLabel } from "../document.js";
import { formatResult } from "../exact.js";
import type { LineAnswer } from "./engine.js";
import type { Note, Step } from "./model.js";
import type { SettlementRule } from "./rules.js";

/** The Chinese name of each rule kind, as a step is headed. */
export const KIND_LABEL: Record<SettlementRule["kind"], string> = {
  exclusion: "排除",
  ladder: "进档差额",
  highest: "就高",
  stack: "叠加",
  annualCap: "年度上限",
  contributionCap: "贡献封顶",
  budget: "预算总额控制",
};

/** A rule's document as a reader names it, worked out once per rule (a ledger's steps cite a few rules many times). */
const documents = new WeakMap<SettlementRule, string>();
function documentOf(rule: SettlementRule): string {
  let d = documents.get(rule);
  if (d === undefined) documents.set(rule, (d = documentLabel(rule.document)));
  return d;
}

// Fields written out in order (rule, title, article, document, basis), not spread from a citation object: a large
// ledger renders tens of thousands of steps.
export function stepJson(s: Step) {
  const r = s.rule;
  return {
    step: KIND_LABEL[r.kind], rule: r.id, title: r.title, article: r.article, document: documentOf(r), basis: r.basis,
    before: formatResult(s.before), after: formatResult(s.after), reason: s.reason,
  };
}

export function noteJson(n: Note) {
  const r = n.rule;
  return { step: KIND_LABEL[r.kind], rule: r.id, title: r.title, article: r.article, document: documentOf(r), basis: r.basis, note: n.text };
}

export function answerJson(a: LineAnswer): Record<string, unknown> {
  switch (a.kind) {
    case "claim":
      return {
        value: formatResult(a.value), gross: formatResult(a.gross), steps: a.steps.map(stepJson),
        ...(a.notes.length ? { notes: a.notes.map(noteJson) } : {}),
      };
    case "history":
      return { history: true };
    case "input":
      return { [a.input === "exclusion" ? "exclude" : "contributionCap"]: true, applied: a.applied, notApplicable: a.notApplicable, claims: a.claims, note: a.note };
    case "error":
      return { error: a.error };
  }
}

/** A claim's steps and notes as one line of text (a workbook cell, a tooltip). */
export function reasonsText(a: LineAnswer): string {
  if (a.kind !== "claim") return a.kind === "error" ? a.error : a.kind === "input" ? a.note : "";
  const steps = a.steps.map((s) => `${KIND_LABEL[s.rule.kind]}（${s.rule.article}，据“${s.rule.basis}”）${formatResult(s.before)} → ${formatResult(s.after)}：${s.reason}`);
  const notes = a.notes.map((n) => `${KIND_LABEL[n.rule.kind]}（${n.rule.article}）：${n.text}`);
  return [...steps, ...notes].join("；\n");
}
