// Step 4 (就高不重复): among the claims of one namespace, enterprise, project and year, only the highest amount after
// step 3 is paid; equal amounts go to the first in ledger order; the others get 0 with the reason. Claims of a
// stacking add-on (`stack.addOn`, e.g. SHAOXING.FUTURE_INDUSTRY_EXTRA on top of EQUIPMENT) take no part: the text
// pays them on top.
import { change, fnLabel, note, wan, ZERO, type Claim } from "./model.js";

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
  const reasons = new Map<number, string>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.group < 0 || !contested[c.group] || c.on!.addOn || !c.on!.namespace.highest) continue;
    const w = best[c.group]!;
    if (w === i) continue;
    let reason = reasons.get(c.group);
    if (reason === undefined) {
      const winner = claims[w]!;
      reasons.set(c.group, (reason = `就高：已按${fnLabel(winner.fn.meta)}计（${label(winner.index)}，${wan(winner.amount)}）`));
    }
    change(c, c.on!.namespace.highest, ZERO, reason);
  }
}
