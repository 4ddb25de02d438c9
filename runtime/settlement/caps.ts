// Step 5 (annual caps across rows) and step 6 (财政专项资金贡献封顶). Both cut rows in ledger order: what history
// already used counts first, the row that crosses the cap is cut to what remains, later rows get 0 — each with the
// reason. A count cap counts rows (history and claims) with a positive amount.
import type { Decimal } from "decimal.js";
import { Exact } from "../exact.js";
import { inScope } from "./exclusion.js";
import type { ContributionCapLine } from "./ledger.js";
import { byEnterprise, enterpriseClaims, LazyStep, note, PerRule, record, wan, ZERO, type Claim, type History, type Input, type Ledger, type Note } from "./model.js";
import type { RuleOf } from "./rule-index.js";

interface Used {
  sum: Decimal;
  count: number;
}

/** How a cap's reason begins (年度上限：单个企业2024年度 / 贡献封顶：按第2行给出的封顶额，2024年度), written once when first read. */
class CapScope {
  private text: string | undefined;
  constructor(private readonly write: () => string) {}
  get what(): string {
    return (this.text ??= this.write());
  }
}

/** Why a cap cut a row: its count was reached, its sum was used up, or the row was cut to what remained. */
type Cut = "count" | "exhausted" | "toRemaining";

/** A row cut by a cap: what was used before it, kept so that the reason is written only when read. */
class CapStep extends LazyStep {
  constructor(
    rule: RuleOf<"annualCap"> | RuleOf<"contributionCap">, before: Decimal, after: Decimal,
    private readonly scope: CapScope, private readonly why: Cut, private readonly cap: Decimal | number, private readonly used: Decimal | number,
  ) {
    super(rule, before, after);
  }

  protected explain(): string {
    const what = this.scope.what;
    switch (this.why) {
      case "count": return `${what}不超过 ${this.cap as number} 项，已有 ${this.used as number} 项`;
      case "exhausted": return `${what}不超过 ${wan(this.cap as Decimal)}，已计 ${wan(this.used as Decimal)}，额度已用完`;
      case "toRemaining": return `${what}不超过 ${wan(this.cap as Decimal)}，已计 ${wan(this.used as Decimal)}，余 ${wan(this.after)}`;
    }
  }
}

/** Cuts one row against a sum cap (and an optional count cap) given what is used; updates `used`. */
function cut(c: Claim, rule: RuleOf<"annualCap"> | RuleOf<"contributionCap">, cap: Decimal | undefined, count: number | undefined, used: Used, scope: CapScope): void {
  if (c.amount.isZero()) return;
  if (count !== undefined && used.count >= count) {
    record(c, new CapStep(rule, c.amount, ZERO, scope, "count", count, used.count));
    return;
  }
  if (cap !== undefined) {
    const remaining = cap.minus(used.sum);
    if (remaining.lte(0)) record(c, new CapStep(rule, c.amount, ZERO, scope, "exhausted", cap, used.sum));
    else if (c.amount.gt(remaining)) record(c, new CapStep(rule, c.amount, remaining, scope, "toRemaining", cap, used.sum));
  }
  used.sum = used.sum.plus(c.amount);
  if (c.amount.gt(0)) used.count++;
}

/** Step 5: per enterprise and year, across the rows of each cap's functions; caps in declaration order per row. */
export class AnnualCaps {
  /** Cap → enterprise and year → what is used. A cap belongs to one namespace, so the namespace is implied. */
  private readonly used = new PerRule<RuleOf<"annualCap">, Used>();
  private readonly sums = new Map<RuleOf<"annualCap">, Decimal | undefined>();
  private readonly scopes = new Map<number, CapScope>();

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

  private scopeOf(year: number): CapScope {
    let s = this.scopes.get(year);
    if (!s) this.scopes.set(year, (s = new CapScope(() => `年度上限：单个企业${year}年度`)));
    return s;
  }

  private sumOf(rule: RuleOf<"annualCap">): Decimal | undefined {
    if (!this.sums.has(rule)) this.sums.set(rule, rule.sum === undefined ? undefined : new Exact(rule.sum));
    return this.sums.get(rule);
  }

  /** Step 5 for the claims of one year, in ledger order. */
  apply(claims: readonly Claim[]): void {
    for (const c of claims) {
      const caps = c.on?.annualCaps;
      if (!caps || !caps.length) continue;
      for (const rule of caps) {
        const u = this.state(rule, c.enterpriseId, c.year);
        cut(c, rule, this.sumOf(rule), rule.count, u, this.scopeOf(c.year));
      }
    }
  }
}

type CapInput = Input<ContributionCapLine>;

/** Step 6: each contribution cap input, in ledger order, over the enterprise's claims under the rule's functions. */
export function applyContributionCaps(ledger: Ledger, label: (index: number) => string): void {
  const inputs = byEnterprise(ledger.contributionCaps, ledger.enterprises);
  const history = byEnterprise(ledger.history, ledger.enterprises);
  const claims = enterpriseClaims(ledger);
  for (const input of ledger.contributionCaps) {
    const used = new Map<RuleOf<"contributionCap">, Used>();
    const usedFor = (rule: RuleOf<"contributionCap">, namespace: string): Used => {
      let u = used.get(rule);
      if (u) return u;
      u = { sum: ZERO, count: 0 };
      for (const h of history[input.enterpriseId] ?? []) {
        if (h.namespace !== namespace || !rule.functions.includes(h.fn)) continue;
        if (input.year === undefined || input.year === h.year) u.sum = u.sum.plus(h.paid);
      }
      used.set(rule, u);
      return u;
    };
    const scope = new CapScope(() => `贡献封顶：按${label(input.index)}给出的封顶额，${input.year === undefined ? "各年度合计" : `${input.year}年度`}`);
    for (const c of claims[input.enterpriseId] ?? []) {
      if (!inScope(input, c)) continue;
      for (const rule of c.on?.contributionCaps ?? NONE) cut(c, rule, input.cap, undefined, usedFor(rule, c.fn.meta.namespace), scope);
    }
  }
  noteMissingCaps(ledger.claims, inputs);
}

const NONE: readonly never[] = [];

/** A claim under a contribution cap rule with no cap given for its enterprise and year: said, not applied. */
function noteMissingCaps(claims: readonly Claim[], inputs: readonly (CapInput[] | undefined)[]): void {
  const notes = new Map<RuleOf<"contributionCap">, Note>();
  for (const c of claims) {
    const rules = c.on?.contributionCaps;
    if (!rules || !rules.length) continue;
    if (inputs[c.enterpriseId]?.some((x) => inScope(x, c))) continue;
    for (const rule of rules) {
      let n = notes.get(rule);
      if (!n) notes.set(rule, (n = { rule, text: `未给出该企业的贡献封顶额（${rule.title}，${rule.article}），本次未封顶` }));
      note(c, n);
    }
  }
}
