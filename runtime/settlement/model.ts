// What the engine works on: claims with their running amount and explanation, history rows, enterprise inputs,
// and the one way an amount changes (`change`), which records the step that changed it.
import type { Decimal } from "decimal.js";
import { Exact, formatResult } from "../exact.js";
import type { CompiledFunction, FunctionMeta } from "../types.js";
import type { ContributionCapLine, ExclusionLine } from "./ledger.js";
import type { NamespaceRules, RuleOf } from "./rule-index.js";
import type { SettlementRule } from "./rules.js";

export const ZERO = new Exact(0);

/** One step that changed a claim's amount: the rule (with its 原文 basis), the amount before and after, and why. */
export interface Step {
  readonly rule: SettlementRule;
  readonly before: Decimal;
  readonly after: Decimal;
  readonly reason: string;
}

/** A rule that bears on a claim but changed nothing, and why (no budget given, no contribution cap given, …). */
export interface Note {
  readonly rule: SettlementRule;
  readonly text: string;
}

export interface Claim {
  /** Position in the ledger (0-based): ledger order decides ties and cuts. */
  readonly index: number;
  readonly fn: CompiledFunction;
  /** The namespace's rules; absent when it declares none. */
  readonly rules: NamespaceRules | undefined;
  readonly enterprise: string;
  readonly project: string;
  readonly year: number;
  /** Small number standing for the enterprise (ids.ts): caps are keyed by it. */
  readonly enterpriseId: number;
  /** Small number standing for (namespace, enterprise, project): 就高 groups and ladders are keyed by it. */
  readonly group: number;
  readonly ladder: RuleOf<"ladder"> | undefined;
  /** The function's value, as Excel shows it (rounded half-up to 0.000001万元 by the adapter). */
  readonly gross: Decimal;
  /** The amount after the steps applied so far. */
  amount: Decimal;
  steps: Step[] | undefined;
  notes: Note[] | undefined;
}

export interface History {
  readonly index: number;
  readonly namespace: string;
  /** Bare function name inside the namespace (rules name functions so). */
  readonly fn: string;
  readonly enterprise: string;
  readonly project: string;
  readonly year: number;
  readonly enterpriseId: number;
  readonly group: number;
  readonly ladder: RuleOf<"ladder"> | undefined;
  readonly paid: Decimal;
}

export interface Ledger {
  readonly claims: Claim[];
  readonly history: History[];
  readonly exclusions: (ExclusionLine & { readonly index: number })[];
  readonly contributionCaps: (ContributionCapLine & { readonly index: number })[];
}

/** Enterprise → its lines of one kind, in ledger order. */
export function byEnterprise<T extends { readonly enterprise: string }>(lines: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const l of lines) {
    const list = out.get(l.enterprise);
    if (list) list.push(l);
    else out.set(l.enterprise, [l]);
  }
  return out;
}

const claimsByEnterprise = new WeakMap<Ledger, Map<string, Claim[]>>();
/** The ledger's claims per enterprise, built once (steps 6 and the input answers both need it). */
export function enterpriseClaims(ledger: Ledger): Map<string, Claim[]> {
  let m = claimsByEnterprise.get(ledger);
  if (!m) claimsByEnterprise.set(ledger, (m = byEnterprise(ledger.claims)));
  return m;
}

/** Sets a claim's amount and records the step, unless nothing changes (only steps that change a row are shown). */
export function change(claim: Claim, rule: SettlementRule, after: Decimal, reason: string): void {
  if (after.eq(claim.amount)) return;
  (claim.steps ??= []).push({ rule, before: claim.amount, after, reason });
  claim.amount = after;
}

export function note(claim: Claim, n: Note): void {
  (claim.notes ??= []).push(n);
}

/** How a reason names a function: 「绿色工厂（园区）奖励」第19条. */
export function fnLabel(meta: FunctionMeta): string {
  return `「${meta.title}」${meta.article}`;
}

/** How an amount appears in a reason: rounded half-up to 0.000001万元 like every result, with its unit. */
export function wan(d: Decimal): string {
  return `${formatResult(d)}万元`;
}

/**
 * Interned keys: each distinct enterprise, and each distinct (namespace, enterprise, project), gets a small number
 * once per ledger, so the steps group rows by numbers instead of hashing composite strings for every row.
 */
export class Ids {
  private readonly enterprises = new Map<string, number>();
  /** Enterprise id → namespace → project → group id: nested look-ups hash the short texts, never a joined key. */
  private readonly groups: Map<string, Map<string, number>>[] = [];
  private nextGroup = 0;

  enterprise(name: string): number {
    let id = this.enterprises.get(name);
    if (id === undefined) this.enterprises.set(name, (id = this.enterprises.size));
    return id;
  }

  group(namespace: string, enterpriseId: number, project: string): number {
    const byNamespace = (this.groups[enterpriseId] ??= new Map());
    let byProject = byNamespace.get(namespace);
    if (!byProject) byNamespace.set(namespace, (byProject = new Map()));
    let id = byProject.get(project);
    if (id === undefined) byProject.set(project, (id = this.nextGroup++));
    return id;
  }
}

/** Per-rule tables keyed by a number: rules are few, so the outer map is small and the inner keys are cheap. */
export class PerRule<R extends object, V> {
  private readonly tables = new Map<R, Map<number, V>>();

  get(rule: R, k: number): V | undefined {
    return this.tables.get(rule)?.get(k);
  }

  set(rule: R, k: number, v: V): void {
    let t = this.tables.get(rule);
    if (!t) this.tables.set(rule, (t = new Map()));
    t.set(k, v);
  }
}
