// What the engine works on: claims with their running amount and explanation, history rows, enterprise inputs,
// and the one way an amount changes (`record`), which keeps the step that changed it.
//
// Performance notes (bench/settle.ts settles 100,000 lines): a claim is one record that lives to the end, so it holds
// numbers and shared objects, never per-row texts. Rows are grouped by small integers (enterprise, group) handed out
// once per ledger by `Ids`, and a step keeps the amounts it was worked from; its reason is written only when read
// (an answer rendered), which for most rows of a large ledger is never, or once.
import type { Decimal } from "decimal.js";
import { Exact, formatResult } from "../exact.js";
import type { CompiledFunction, FunctionMeta } from "../types.js";
import type { ContributionCapLine, ExclusionLine } from "./ledger.js";
import type { FunctionRules, RuleOf } from "./rule-index.js";
import type { SettlementRule } from "./rules.js";

export const ZERO = new Exact(0);

/** One step that changed a claim's amount: the rule (with its 原文 basis), the amount before and after, and why. */
export interface Step {
  readonly rule: SettlementRule;
  readonly before: Decimal;
  readonly after: Decimal;
  /** Written when read (a getter on most steps): use it, or `stepJson`, rather than copying the step's own fields. */
  readonly reason: string;
}

/**
 * The fields of a step as a plain object, for `JSON.stringify(step)`: a step's reason is a getter on its prototype,
 * which JSON would otherwise leave out.
 */
export function plainStep(s: Step): { rule: SettlementRule; before: Decimal; after: Decimal; reason: string } {
  return { rule: s.rule, before: s.before, after: s.after, reason: s.reason };
}

/** A step whose reason is one text shared by the rows it applies to (an exclusion input, the budget). */
export class SharedReasonStep implements Step {
  constructor(readonly rule: SettlementRule, readonly before: Decimal, readonly after: Decimal, readonly reason: string) {}
}

/**
 * A step whose reason is written from what it kept, when read. Subclasses keep the amounts the step was worked from
 * (decimals are immutable, so they read later as they were then) and write the reason in `explain`.
 */
export abstract class LazyStep implements Step {
  constructor(readonly rule: SettlementRule, readonly before: Decimal, readonly after: Decimal) {}

  protected abstract explain(): string;

  get reason(): string {
    return this.explain();
  }

  toJSON() {
    return plainStep(this);
  }
}

/** A rule that bears on a claim but changed nothing, and why (no budget given, no contribution cap given, …). */
export interface Note {
  readonly rule: SettlementRule;
  readonly text: string;
}

const NO_STEPS: readonly Step[] = Object.freeze([]);
const NO_NOTES: readonly Note[] = Object.freeze([]);

export class Claim {
  /** The amount after the steps applied so far. */
  amount: Decimal;
  /**
   * Small number standing for (namespace, enterprise, project): 就高 groups and ladders are keyed by it; -1 without
   * rules. Set once every line is read (`Ids.assign`).
   */
  group = -1;
  /** Small number standing for the enterprise (`Ids`): caps and enterprise inputs are keyed by it. Set with `group`. */
  enterpriseId = -1;
  steps: Step[] | undefined = undefined;
  notes: Note[] | undefined = undefined;

  constructor(
    /** Position in the ledger (0-based): ledger order decides ties and cuts. */
    readonly index: number,
    readonly fn: CompiledFunction,
    /** What the namespace's rules say about this function; absent when the namespace declares none. */
    readonly on: FunctionRules | undefined,
    readonly enterprise: string,
    readonly project: string,
    readonly year: number,
    readonly ladder: RuleOf<"ladder"> | undefined,
    /** The function's value, as Excel shows it (rounded half-up to 0.000001万元 by the adapter). */
    readonly gross: Decimal,
  ) {
    this.amount = gross;
  }

  /** The steps that changed the amount, in order (a shared empty list when none did). */
  get stepList(): readonly Step[] {
    return this.steps ?? NO_STEPS;
  }

  get noteList(): readonly Note[] {
    return this.notes ?? NO_NOTES;
  }
}

export interface History {
  readonly index: number;
  readonly namespace: string;
  /** Bare function name inside the namespace (rules name functions so). */
  readonly fn: string;
  readonly enterprise: string;
  readonly project: string;
  readonly year: number;
  /** As a claim's (set once every line is read). */
  enterpriseId: number;
  group: number;
  readonly ladder: RuleOf<"ladder"> | undefined;
  readonly paid: Decimal;
}

/** An enterprise input line, with its place in the ledger and its enterprise's id (set once every line is read). */
export type Input<L> = L & { readonly index: number; enterpriseId: number };

export interface Ledger {
  readonly claims: Claim[];
  readonly history: History[];
  readonly exclusions: Input<ExclusionLine>[];
  readonly contributionCaps: Input<ContributionCapLine>[];
  /** How many distinct enterprises and groups `Ids` handed out: the sizes of tables indexed by them. */
  readonly enterprises: number;
  readonly groups: number;
}

/**
 * Enterprise id → its lines of one kind, in ledger order. Made at its full length (`enterprises`, the ledger's count)
 * so that it stays a plain array: assigning far past the end of an empty one turns it into a dictionary.
 */
export function byEnterprise<T extends { readonly enterpriseId: number }>(lines: readonly T[], enterprises: number): (T[] | undefined)[] {
  const out = new Array<T[] | undefined>(enterprises);
  for (const l of lines) {
    const list = out[l.enterpriseId];
    if (list) list.push(l);
    else out[l.enterpriseId] = [l];
  }
  return out;
}

const claimsByEnterprise = new WeakMap<Ledger, (Claim[] | undefined)[]>();
/** The ledger's claims per enterprise id, built once (step 6 and the input answers both need it). */
export function enterpriseClaims(ledger: Ledger): (Claim[] | undefined)[] {
  let m = claimsByEnterprise.get(ledger);
  if (!m) claimsByEnterprise.set(ledger, (m = byEnterprise(ledger.claims, ledger.enterprises)));
  return m;
}

/**
 * Sets a claim's amount to the step's `after` and keeps the step. The caller checks that the amount changes.
 * Steps (and notes) are few per row and kept to the end, so their arrays are made to size: `push` would reserve room
 * for 16 more in every row it grows (about 140 bytes).
 */
export function record(claim: Claim, step: Step): void {
  claim.steps = claim.steps ? claim.steps.concat(step) : [step];
  claim.amount = step.after;
}

/** Sets a claim's amount and keeps the step with a fixed reason, unless nothing changes (only changes are shown). */
export function change(claim: Claim, rule: SettlementRule, after: Decimal, reason: string): void {
  if (after.eq(claim.amount)) return;
  record(claim, new SharedReasonStep(rule, claim.amount, after, reason));
}

export function note(claim: Claim, n: Note): void {
  claim.notes = claim.notes ? claim.notes.concat(n) : [n];
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
 * once per ledger, so the steps group rows by numbers (array indexes) instead of hashing composite strings.
 * They are handed out in one pass once every line is read (`assign`): done between evaluations, the same look-ups
 * cost about three times as much on the benchmark's ledger, each evaluation having pushed the tables out of the cache.
 * An enterprise's groups are a short list of (project, namespace) pairs scanned in place — an enterprise has a
 * handful of projects, and a scan of a few small integers beats hashing — and a map once the list grows long.
 */
export class Ids {
  private readonly enterpriseIds = new NameIds();
  private readonly projectIds = new NameIds();
  private readonly namespaceIds = new Map<string, number>();
  /** Enterprise id → [pair, group id, pair, group id, …]. */
  private readonly groupLists: number[][] = [];
  /** Enterprise id → pair → group id, for the enterprises with more than LIST_MAX pairs. */
  private readonly groupMaps = new Map<number, Map<number, number>>();
  private nextGroup = 0;
  private static readonly LIST_MAX = 32;

  get enterprises(): number {
    return this.enterpriseIds.size;
  }

  get groups(): number {
    return this.nextGroup;
  }

  enterprise(name: string): number {
    return this.enterpriseIds.of(name);
  }

  /** A namespace's id, below 32 (a namespace is a city: there are a handful). */
  private namespace(name: string): number {
    const n = intern(this.namespaceIds, name);
    if (n >= 32) throw new Error("台账涉及的命名空间过多");
    return n;
  }

  /** A (project, namespace) pair as one number: project id × 32 + namespace id. */
  private pair(namespaceId: number, project: string): number {
    return this.projectIds.of(project) * 32 + namespaceId;
  }

  /** The group of an enterprise's pair. */
  private group(enterpriseId: number, pair: number): number {
    const list = (this.groupLists[enterpriseId] ??= []);
    for (let i = 0; i < list.length; i += 2) if (list[i] === pair) return list[i + 1]!;
    if (list.length < 2 * Ids.LIST_MAX) {
      const id = this.nextGroup++;
      list.push(pair, id);
      return id;
    }
    let map = this.groupMaps.get(enterpriseId);
    if (!map) this.groupMaps.set(enterpriseId, (map = new Map()));
    let id = map.get(pair);
    if (id === undefined) map.set(pair, (id = this.nextGroup++));
    return id;
  }

  /** Sets each row's enterprise id and group; a row whose namespace is undefined gets no group (-1). */
  assign<R extends Keyed>(rows: readonly R[], namespaceOf: (row: R) => string | undefined): void {
    for (const row of rows) {
      row.enterpriseId = this.enterprise(row.enterprise);
      const namespace = namespaceOf(row);
      if (namespace !== undefined) row.group = this.group(row.enterpriseId, this.pair(this.namespace(namespace), row.project));
    }
  }
}

/** A row `Ids.assign` numbers. */
interface Keyed {
  readonly enterprise: string;
  readonly project: string;
  enterpriseId: number;
  group: number;
}

/**
 * What makes two enterprise or project names the same: their NFKC forms, so that 甲公司（平湖） and 甲公司(平湖), or
 * Ａ厂 and A厂, typed by different hands, are one enterprise (as every typed value is read, runtime/numtext.ts). The
 * name is shown as typed; only grouping uses this.
 */
export function sameNameKey(name: string): string {
  return name.normalize("NFKC");
}

function intern(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/** Ids of names as typed, each normalised once: a ledger repeats a few names many times. */
class NameIds {
  private readonly byKey = new Map<string, number>();
  private readonly byTyped = new Map<string, number>();

  get size(): number {
    return this.byKey.size;
  }

  of(typed: string): number {
    let id = this.byTyped.get(typed);
    if (id === undefined) this.byTyped.set(typed, (id = intern(this.byKey, sameNameKey(typed))));
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
