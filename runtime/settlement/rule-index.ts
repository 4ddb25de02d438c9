// A namespace's SettlementRules arranged for the engine: which rule kinds it declares, and, per function, its
// ladder, whether it is a stacking add-on, and the caps that count it. Built once per settlement; what bears on a
// function is worked out once (`of`) and carried by its claims, so the per-row work reads fields.
import { coerceArg, type ArgInput } from "../adapter.js";
import type { ArgValue, CompiledFunction, ParamMeta } from "../types.js";
import type { LadderMember, SettlementRule, SettlementRules } from "./rules.js";
import { fnLabel, type Note } from "./model.js";

export type RuleOf<K extends SettlementRule["kind"]> = Extract<SettlementRule, { kind: K }>;

/**
 * What the namespace's rules say about one function, worked out once per function and settlement so that a claim
 * carries it and the steps read fields instead of looking names up row by row.
 */
export interface FunctionRules {
  readonly namespace: NamespaceRules;
  /** The stack rule that makes the function an add-on (exempt from 就高), and the note each of its claims carries. */
  readonly addOn: { readonly rule: RuleOf<"stack">; readonly note: Note } | undefined;
  /** The annual caps that count the function, in declaration order. */
  readonly annualCaps: readonly RuleOf<"annualCap">[];
  /** The contribution caps that count the function, in declaration order. */
  readonly contributionCaps: readonly RuleOf<"contributionCap">[];
}

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
  private readonly perFunction = new Map<CompiledFunction, FunctionRules>();

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

  /** The rules as they bear on one function of the namespace (built on first use, then shared by its claims). */
  of(fn: CompiledFunction): FunctionRules {
    let r = this.perFunction.get(fn);
    if (!r) {
      const name = fn.meta.name;
      const stack = this.addOns.get(name);
      r = {
        namespace: this,
        addOn: stack && { rule: stack, note: { rule: stack, text: `叠加：${fnLabel(fn.meta)}在所加的奖励之上另计，不参与就高` } },
        annualCaps: this.annualCaps.filter((c) => this.counts(c, name)),
        contributionCaps: this.contributionCaps.filter((c) => this.counts(c, name)),
      };
      this.perFunction.set(fn, r);
    }
    return r;
  }

  private counts(rule: RuleOf<"annualCap"> | RuleOf<"contributionCap">, fn: string): boolean {
    return this.capFunctions.get(rule)?.has(fn) ?? false;
  }

  /**
   * The ladder a call is on: the first declared ladder with a member for this function whose level parameter (if
   * any) holds one of the member's values. The level is read through the argument adapter, so a default applies as
   * in the call itself. Throws PolicyInputError when the level argument is bad (a history row's missing level).
   */
  ladderOf(fn: CompiledFunction, raw: readonly ArgInput[]): RuleOf<"ladder"> | undefined {
    return this.ladderAt(fn, (p, i) => coerceArg(p, raw[i]));
  }

  /** The same for a call whose arguments the adapter has already validated (a claim: `callFunctionExact`'s args). */
  ladderOfValidated(fn: CompiledFunction, args: readonly ArgValue[]): RuleOf<"ladder"> | undefined {
    return this.ladderAt(fn, (_, i) => args[i]!);
  }

  private ladderAt(fn: CompiledFunction, level: (p: ParamMeta, i: number) => ArgValue): RuleOf<"ladder"> | undefined {
    const entries = this.ladderMembers.get(fn.meta.name);
    if (!entries) return undefined;
    for (const { ladder, member } of entries) {
      if (member.param === undefined || !member.values) return ladder;
      const p = fn.meta.params[member.param];
      if (!p) continue;
      const value = level(p, member.param);
      if (typeof value === "string" && member.values.includes(value)) return ladder;
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
