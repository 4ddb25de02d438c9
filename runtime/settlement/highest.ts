// Step 4 (就高不重复): among the claims of one namespace, enterprise, project and year, only the highest amount after
// step 3 is paid; equal amounts go to the first in ledger order; the others get 0 with the reason. Claims of a
// stacking add-on (`stack.addOn`, e.g. SHAOXING.FUTURE_INDUSTRY_EXTRA on top of EQUIPMENT) take no part: the text
// pays them on top.
import type { Decimal } from "decimal.js";
import type { FunctionMeta } from "../types.js";
import { fnLabel, LazyStep, note, record, wan, ZERO, type Claim } from "./model.js";
import type { RuleOf } from "./rule-index.js";

/** Step 4 for the claims of one year (in ledger order); `groups` is how many group ids the ledger has. */
export function applyHighest(claims: readonly Claim[], groups: number, label: (index: number) => string): void {
  // Per group id: the position (in `claims`) of the highest so far, and whether a second claim met it.
  const best = new Int32Array(groups).fill(-1);
  const contested = new Uint8Array(groups);
  let any = false;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const on = c.on;
    if (!on?.namespace.highest) continue;
    if (on.addOn) {
      note(c, on.addOn.note);
      continue;
    }
    const b = best[c.group]!;
    if (b < 0) best[c.group] = i;
    else {
      contested[c.group] = 1;
      any = true;
      if (c.amount.gt(claims[b]!.amount)) best[c.group] = i; // strict: a tie keeps the earlier row
    }
  }
  if (!any) return;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.group < 0 || !contested[c.group] || c.on!.addOn) continue;
    const rule = c.on!.namespace.highest;
    const w = best[c.group]!;
    if (!rule || w === i || c.amount.isZero()) continue; // a row already at 0 has nothing to lose
    const winner = claims[w]!;
    record(c, new HighestStep(rule, c.amount, winner.fn.meta, winner.index, winner.amount, label));
  }
}

/** A claim that lost 就高 to the group's highest, named with its amount at step 4 (a later step may cut it). */
class HighestStep extends LazyStep {
  constructor(
    rule: RuleOf<"highest">, before: Decimal, private readonly winner: FunctionMeta, private readonly winnerIndex: number,
    private readonly winnerAmount: Decimal, private readonly label: (index: number) => string,
  ) {
    super(rule, before, ZERO);
  }

  protected explain(): string {
    return `就高：已按${fnLabel(this.winner)}计（${this.label(this.winnerIndex)}，${wan(this.winnerAmount)}）`;
  }
}
