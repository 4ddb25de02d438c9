// Step 4 (就高不重复): among the claims of one namespace, enterprise, project and year, only the highest amount after
// step 3 is paid; equal amounts go to the first in ledger order; the others get 0 with the reason. Claims of a
// stacking add-on (`stack.addOn`, e.g. SHAOXING.FUTURE_INDUSTRY_EXTRA on top of EQUIPMENT) take no part: the text
// pays them on top.
import { change, fnLabel, wan, ZERO, type Claim } from "./model.js";

export function applyHighest(claims: readonly Claim[], label: (index: number) => string): void {
  // Most groups hold one claim: a group becomes an array only when a second claim joins it.
  const groups = new Map<number, Claim | Claim[]>();
  for (const c of claims) {
    if (!c.rules?.highest) continue;
    const stack = c.rules.addOnRule(c.fn.meta.name);
    if (stack) {
      (c.notes ??= []).push({ rule: stack, text: `叠加：${fnLabel(c.fn.meta)}在所加的奖励之上另计，不参与就高` });
      continue;
    }
    const group = groups.get(c.group);
    if (group === undefined) groups.set(c.group, c);
    else if (Array.isArray(group)) group.push(c);
    else groups.set(c.group, [group, c]);
  }
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    let winner = group[0]!;
    for (const c of group) if (c.amount.gt(winner.amount)) winner = c; // strict: a tie keeps the earlier row
    const reason = `就高：已按${fnLabel(winner.fn.meta)}计（${label(winner.index)}，${wan(winner.amount)}）`;
    for (const c of group) if (c !== winner) change(c, c.rules!.highest!, ZERO, reason);
  }
}
