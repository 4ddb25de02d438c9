// Step 3 (进档差额): on a ladder, a claim is paid gross − what the same enterprise and project were already paid on
// that ladder, never below 0 (PINGHU 附则6, SHAOXING 附则（五）).
//
// Reading fixed by the lead where SETTLEMENT.md is silent: the basis is every history row's `paid` on the ladder (any
// year) plus the settled amounts (after steps 3–5) of the ledger's claims of *earlier* years on the ladder. Claims of
// the same year are one 就高 group (step 4) and do not reduce each other, so a same-year 省级 50 and 国家级 100 pay 100.
// The engine therefore runs steps 3–5 year by year, ascending, and adds a year's settled amounts after its step 5.
import type { Decimal } from "decimal.js";
import { change, PerRule, wan, ZERO, type Claim, type History } from "./model.js";
import type { RuleOf } from "./rule-index.js";


export class LadderBasis {
  /** Ladder → group (namespace, enterprise, project) → paid so far. */
  private readonly paid = new PerRule<RuleOf<"ladder">, Decimal>();

  constructor(history: readonly History[]) {
    for (const h of history) if (h.ladder) this.add(h.ladder, h.group, h.paid);
  }

  private add(ladder: RuleOf<"ladder">, group: number, amount: Decimal): void {
    if (amount.isZero()) return;
    this.paid.set(ladder, group, (this.paid.get(ladder, group) ?? ZERO).plus(amount));
  }

  /** Step 3 for the claims of one year. */
  apply(claims: readonly Claim[]): void {
    for (const c of claims) {
      if (!c.ladder || c.amount.isZero()) continue;
      const basis = this.paid.get(c.ladder, c.group) ?? ZERO;
      if (basis.isZero()) continue;
      const name = `「${c.ladder.name}」`;
      if (basis.gte(c.amount)) {
        change(c, c.ladder, ZERO, `进档差额：同一项目在${name}已兑现 ${wan(basis)}，不低于本次 ${wan(c.amount)}，不再奖励`);
      } else {
        const after = c.amount.minus(basis);
        change(c, c.ladder, after, `进档差额：同一项目在${name}已兑现 ${wan(basis)}，只奖励差额 ${wan(c.amount)} − ${wan(basis)} = ${wan(after)}`);
      }
    }
  }

  /** After a year's step 5: its settled amounts become paid for the later years. */
  record(claims: readonly Claim[]): void {
    for (const c of claims) if (c.ladder) this.add(c.ladder, c.group, c.amount);
  }
}
