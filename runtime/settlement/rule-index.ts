// A namespace's SettlementRules arranged for the engine: which rule kinds it declares, and, per function, its
// ladder, whether it is a stacking add-on, and the caps that count it. Built once per settlement, so the per-row work
// is a few map look-ups.
import { coerceArg, type ArgInput } from "../adapter.js";
import type { CompiledFunction } from "../types.js";
import type { LadderMember, SettlementRule, SettlementRules } from "./rules.js";

export type RuleOf<K extends SettlementRule["kind"]> = Extract<SettlementRule, { kind: K }>;

export class NamespaceRules {
  readonly exclusion?: RuleOf<"exclusion">;
  readonly highest?: RuleOf<"highest">;
  readonly budget?: RuleOf<"budget">;
  readonly ladders: readonly RuleOf<"ladder">[];
  readonly annualCaps: readonly RuleOf<"annualCap">[];
  readonly contributionCaps: readonly RuleOf<"contributionCap">[];
  /** Function name → the stack rule that makes it an add-on (exempt from 就高). */
  private readonly addOns = new Map<string, RuleOf<"stack">>();
  /** Function name → the ladders and member entries that name it. */
  private readonly ladderMembers = new Map<string, { ladder: RuleOf<"ladder">; member: LadderMember }[]>();
  private readonly capFunctions = new Map<SettlementRule, ReadonlySet<string>>();

  constructor(readonly namespace: string, rules: readonly SettlementRule[]) {
    const of = <K extends SettlementRule["kind"]>(kind: K) => rules.filter((r): r is RuleOf<K> => r.kind === kind);
    // One rule of each of these kinds is enough; a second declaration adds nothing (the first cites the 原文).
    this.exclusion = of("exclusion")[0];
    this.highest = of("highest")[0];
    this.budget = of("budget")[0];
    this.ladders = of("ladder");
    this.annualCaps = of("annualCap");
    this.contributionCaps = of("contributionCap");
    for (const s of of("stack")) for (const fn of s.addOn) if (!this.addOns.has(fn)) this.addOns.set(fn, s);
    for (const ladder of this.ladders) {
      for (const member of ladder.members) {
        const list = this.ladderMembers.get(member.fn) ?? [];
        list.push({ ladder, member });
        this.ladderMembers.set(member.fn, list);
      }
    }
    for (const r of [...this.annualCaps, ...this.contributionCaps]) this.capFunctions.set(r, new Set(r.functions));
  }

  addOnRule(fn: string): RuleOf<"stack"> | undefined {
    return this.addOns.get(fn);
  }

  counts(rule: RuleOf<"annualCap"> | RuleOf<"contributionCap">, fn: string): boolean {
    return this.capFunctions.get(rule)?.has(fn) ?? false;
  }

  /**
   * The ladder a call is on: the first declared ladder with a member for this function whose level parameter (if
   * any) holds one of the member's values. The level is read through the argument adapter, so a default applies as
   * in the call itself. Throws PolicyInputError when the level argument is bad (a history row's missing level).
   */
  ladderOf(fn: CompiledFunction, raw: readonly ArgInput[]): RuleOf<"ladder"> | undefined {
    const entries = this.ladderMembers.get(fn.meta.name);
    if (!entries) return undefined;
    for (const { ladder, member } of entries) {
      if (member.param === undefined || !member.values) return ladder;
      const p = fn.meta.params[member.param];
      if (!p) continue;
      const level = coerceArg(p, raw[member.param]);
      if (typeof level === "string" && member.values.includes(level)) return ladder;
    }
    return undefined;
  }
}

/** Namespace → its arranged rules. A namespace without rules is simply absent: nothing applies there. */
export function indexRules(all: readonly SettlementRules[]): Map<string, NamespaceRules> {
  // Several SettlementRules objects for one namespace (one per module) are read as one list, in order.
  const byNamespace = new Map<string, SettlementRule[]>();
  for (const r of all) {
    const list = byNamespace.get(r.namespace) ?? [];
    list.push(...r.rules);
    byNamespace.set(r.namespace, list);
  }
  return new Map([...byNamespace].map(([ns, rules]) => [ns, new NamespaceRules(ns, rules)]));
}
