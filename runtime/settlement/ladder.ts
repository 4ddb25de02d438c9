// Step 3 (进档差额): on a ladder, a claim is paid gross − what the same enterprise and project were already paid on
// that ladder, never below 0 (PINGHU 附则6, SHAOXING 附则（五）).
//
// Reading fixed by the lead where SETTLEMENT.md is silent: the basis is every history row's `paid` on the ladder (any
// year) plus the settled amounts (after steps 3–5) of the ledger's claims of *earlier* years on the ladder. Claims of
// the same year are one 就高 group (step 4) and do not reduce each other, so a same-year 省级 50 and 国家级 100 pay 100.
// The engine therefore runs steps 3–5 year by year, ascending, and adds a year's settled amounts after its step 5.
import type { Decimal } from "decimal.js";
import { LazyStep, record, wan, ZERO, type Claim, type History } from "./model.js";
import type { RuleOf } from "./rule-index.js";

/** A claim cut to the difference over what its project was already paid on the ladder (never below 0). */
class LadderStep extends LazyStep {
  constructor(override readonly rule: RuleOf<"ladder">, before: Decimal, after: Decimal, private readonly basis: Decimal) {
    super(rule, before, after);
  }

  protected explain(): string {
    const head = `进档差额：同一项目在「${this.rule.name}」已兑现 ${wan(this.basis)}`;
    // after is 0 exactly when the basis reaches the amount (otherwise it is amount − basis > 0)
    return this.after.isZero() ? `${head}，不低于本次 ${wan(this.before)}，不再奖励`
      : `${head}，只奖励差额 ${wan(this.before)} − ${wan(this.basis)} = ${wan(this.after)}`;
  }
}

export class LadderBasis {
  /** Ladder → group id (namespace, enterprise, project) → paid so far (an array of the ledger's group count). */
  private readonly paid = new Map<RuleOf<"ladder">, (Decimal | undefined)[]>();

  constructor(history: readonly History[], private readonly groups: number) {
    for (const h of history) if (h.ladder) this.add(h.ladder, h.group, h.paid);
  }

  private add(ladder: RuleOf<"ladder">, group: number, amount: Decimal): void {
    if (amount.isZero()) return;
    let table = this.paid.get(ladder);
    if (!table) this.paid.set(ladder, (table = new Array<Decimal | undefined>(this.groups)));
    const sum = table[group];
    table[group] = sum === undefined ? amount : sum.plus(amount);
  }

  private basis(ladder: RuleOf<"ladder">, group: number): Decimal | undefined {
    return this.paid.get(ladder)?.[group];
  }

  /** Step 3 for the claims of one year. */
  apply(claims: readonly Claim[]): void {
    for (const c of claims) {
      if (!c.ladder || c.amount.isZero()) continue;
      const basis = this.basis(c.ladder, c.group);
      if (basis === undefined || basis.isZero()) continue;
      record(c, new LadderStep(c.ladder, c.amount, basis.gte(c.amount) ? ZERO : c.amount.minus(basis), basis));
    }
  }

  /** After a year's step 5: its settled amounts become paid for the later years. */
  record(claims: readonly Claim[]): void {
    for (const c of claims) if (c.ladder) this.add(c.ladder, c.group, c.amount);
  }
}
