// Settles ledgers in-process with the real compiled functions (test/addin/helpers.ts compiles policies/) and the
// hand-built rules of fixtures.ts; answers in their JSON shape, as `zhengce settle --jsonl` prints them.
import { FunctionIndex } from "../../runtime/functions.js";
import { Exact } from "../../runtime/exact.js";
import { answerJson, ledgerLine, settle, type LineAnswer } from "../../runtime/settlement/index.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";
import { project } from "../addin/helpers.js";
import { RULES } from "./fixtures.js";

let index: FunctionIndex | undefined;
export function functions(): FunctionIndex {
  return (index ??= new FunctionIndex([...project().registry.values()]));
}

export function settleRecords(records: readonly unknown[], opts: { budget?: string; rules?: readonly SettlementRules[] } = {}): LineAnswer[] {
  return settle(records.map(ledgerLine), {
    rules: opts.rules ?? RULES, functions: functions(), budget: opts.budget === undefined ? undefined : new Exact(opts.budget),
  });
}

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function run(records: readonly unknown[], opts: { budget?: string; rules?: readonly SettlementRules[] } = {}): Json[] {
  return settleRecords(records, opts).map(answerJson);
}

export const claim = (enterprise: string, project: string, year: number, fn: string, ...args: unknown[]) => ({ enterprise, project, year, fn, args });
export const paid = (enterprise: string, project: string, year: number, fn: string, amount: number | string, ...args: unknown[]) =>
  ({ enterprise, project, year, fn, args, paid: amount });

/** The values of the answers, in order (claims: value; others: a marker). */
export const values = (answers: readonly Json[]) => answers.map((a) => a.value ?? (a.history ? "history" : a.error ? "error" : "input"));
