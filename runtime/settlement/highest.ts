// Step 4 (就高不重复): among the claims of one namespace, enterprise, project and year, only the highest amount after
// step 3 is paid; equal amounts go to the first in ledger order; the others get 0 with the reason. Claims of a
// stacking add-on (`stack.addOn`, e.g. SHAOXING.FUTURE_INDUSTRY_EXTRA on top of EQUIPMENT) take no part: the text
// pays them on top.
import { change, fnLabel, key, wan, ZERO, type Claim } from "./model.js";

export function applyHighest(claims: readonly Claim[], label: (index: number) => string): void {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c.rules?.highest) continue;
    const stack = c.rules.addOnRule(c.fn.meta.name);
    if (stack) {
      (c.notes ??= []).push({ rule: stack, text: `叠加：${fnLabel(c.fn.meta)}在所加的奖励之上另计，不参与就高` });
      continue;
    }
    const k = key(c.fn.meta.namespace, c.enterprise, c.project);
    const group = groups.get(k);
    if (group) group.push(c);
    else groups.set(k, [c]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let winner = group[0]!;
    for (const c of group) if (c.amount.gt(winner.amount)) winner = c; // strict: a tie keeps the earlier row
    const reason = `就高：已按${fnLabel(winner.fn.meta)}计（${label(winner.index)}，${wan(winner.amount)}）`;
    for (const c of group) if (c !== winner) change(c, c.rules!.highest!, ZERO, reason);
  }
}
