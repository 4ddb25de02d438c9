// Step 5 (annual caps across rows) and step 6 (财政专项资金贡献封顶). Both cut rows in ledger order: what history
// already used counts first, the row that crosses the cap is cut to what remains, later rows get 0 — each with the
// reason. A count cap counts rows (history and claims) with a positive amount.
import type { Decimal } from "decimal.js";
import { Exact } from "../exact.js";
import { inScope } from "./exclusion.js";
import type { ContributionCapLine } from "./ledger.js";
import { byEnterprise, change, enterpriseClaims, PerRule, wan, ZERO, type Claim, type History, type Ledger, type Note } from "./model.js";
import type { RuleOf } from "./rule-index.js";

interface Used {
  sum: Decimal;
  count: number;
}

/** Cuts one row against a sum cap (and an optional count cap) given what is used; updates `used`. */
function cut(c: Claim, rule: RuleOf<"annualCap"> | RuleOf<"contributionCap">, cap: Decimal | undefined, count: number | undefined, used: Used, what: string): void {
  if (c.amount.isZero()) return;
  if (count !== undefined && used.count >= count) {
    change(c, rule, ZERO, `${what}不超过 ${count} 项，已有 ${used.count} 项`);
    return;
  }
  if (cap !== undefined) {
    const remaining = cap.minus(used.sum);
    if (remaining.lte(0)) change(c, rule, ZERO, `${what}不超过 ${wan(cap)}，已计 ${wan(used.sum)}，额度已用完`);
    else if (c.amount.gt(remaining)) change(c, rule, remaining, `${what}不超过 ${wan(cap)}，已计 ${wan(used.sum)}，余 ${wan(remaining)}`);
  }
  used.sum = used.sum.plus(c.amount);
  if (c.amount.gt(0)) used.count++;
}

/** Step 5: per enterprise and year, across the rows of each cap's functions; caps in declaration order per row. */
export class AnnualCaps {
  /** Cap → enterprise and year → what is used. A cap belongs to one namespace, so the namespace is implied. */
  private readonly used = new PerRule<RuleOf<"annualCap">, Used>();
  private readonly sums = new Map<RuleOf<"annualCap">, Decimal | undefined>();

  constructor(history: readonly History[], capsOf: (namespace: string) => readonly RuleOf<"annualCap">[]) {
    for (const h of history) {
      for (const rule of capsOf(h.namespace)) {
        if (!rule.functions.includes(h.fn)) continue;
        const u = this.state(rule, h.enterpriseId, h.year);
        u.sum = u.sum.plus(h.paid);
        if (h.paid.gt(0)) u.count++;
      }
    }
  }

  private state(rule: RuleOf<"annualCap">, enterpriseId: number, year: number): Used {
    const k = enterpriseId * 10_000 + year; // years are four digits (ledger.ts)
    let u = this.used.get(rule, k);
    if (!u) this.used.set(rule, k, (u = { sum: ZERO, count: 0 }));
    return u;
  }

  private sumOf(rule: RuleOf<"annualCap">): Decimal | undefined {
    if (!this.sums.has(rule)) this.sums.set(rule, rule.sum === undefined ? undefined : new Exact(rule.sum));
    return this.sums.get(rule);
  }

  /** Step 5 for the claims of one year, in ledger order. */
  apply(claims: readonly Claim[]): void {
    for (const c of claims) {
      const rules = c.rules;
      if (!rules || !rules.annualCaps.length) continue;
      for (const rule of rules.annualCaps) {
        if (!rules.counts(rule, c.fn.meta.name)) continue;
        const u = this.state(rule, c.enterpriseId, c.year);
        cut(c, rule, this.sumOf(rule), rule.count, u, `年度上限：单个企业${c.year}年度`);
      }
    }
  }
}

type CapInput = ContributionCapLine & { readonly index: number };

/** Step 6: each contribution cap input, in ledger order, over the enterprise's claims under the rule's functions. */
export function applyContributionCaps(ledger: Ledger, label: (index: number) => string): void {
  const inputs = byEnterprise<CapInput>(ledger.contributionCaps);
  const history = byEnterprise(ledger.history);
  const claims = enterpriseClaims(ledger);
  for (const input of ledger.contributionCaps) {
    const used = new Map<RuleOf<"contributionCap">, Used>();
    const usedFor = (rule: RuleOf<"contributionCap">, namespace: string): Used => {
      let u = used.get(rule);
      if (u) return u;
      u = { sum: ZERO, count: 0 };
      for (const h of history.get(input.enterprise) ?? []) {
        if (h.namespace !== namespace || !rule.functions.includes(h.fn)) continue;
        if (input.year === undefined || input.year === h.year) u.sum = u.sum.plus(h.paid);
      }
      used.set(rule, u);
      return u;
    };
    for (const c of claims.get(input.enterprise) ?? []) {
      if (!inScope(input, c)) continue;
      for (const rule of c.rules?.contributionCaps ?? []) {
        if (!c.rules!.counts(rule, c.fn.meta.name)) continue;
        const scope = input.year === undefined ? "各年度合计" : `${input.year}年度`;
        cut(c, rule, input.cap, undefined, usedFor(rule, c.fn.meta.namespace), `贡献封顶：按${label(input.index)}给出的封顶额，${scope}`);
      }
    }
  }
  noteMissingCaps(ledger.claims, inputs);
}

/** A claim under a contribution cap rule with no cap given for its enterprise and year: said, not applied. */
function noteMissingCaps(claims: readonly Claim[], inputs: Map<string, CapInput[]>): void {
  const notes = new Map<RuleOf<"contributionCap">, Note>();
  for (const c of claims) {
    for (const rule of c.rules?.contributionCaps ?? []) {
      if (!c.rules!.counts(rule, c.fn.meta.name)) continue;
      if (inputs.get(c.enterprise)?.some((x) => inScope(x, c))) continue;
      let n = notes.get(rule);
      if (!n) notes.set(rule, (n = { rule, text: `未给出该企业的贡献封顶额（${rule.title}，${rule.article}），本次未封顶` }));
      (c.notes ??= []).push(n);
    }
  }
}
