// Step 2 (排除): an enterprise given as excluded is paid 0 on every claim of a namespace that declares 排除 (PINGHU
// 附则5 一票否决, SHAOXING 附则（四） 亩均D类/严重失信). The input is a ledger line of its own; with a year it applies
// to that year only, with a namespace only there.
import type { ExclusionLine } from "./ledger.js";
import { byEnterprise, change, ZERO, type Claim, type Ledger } from "./model.js";

type Exclusion = ExclusionLine & { readonly index: number };

export function inScope(input: { year?: number; namespace?: string }, claim: Claim): boolean {
  return (input.year === undefined || input.year === claim.year) && (input.namespace === undefined || input.namespace === claim.fn.meta.namespace);
}

export function applyExclusions(ledger: Ledger, label: (index: number) => string): void {
  if (!ledger.exclusions.length) return;
  const inputs = byEnterprise<Exclusion>(ledger.exclusions);
  for (const claim of ledger.claims) {
    const rule = claim.rules?.exclusion;
    if (!rule) continue;
    const input = inputs.get(claim.enterprise)?.find((x) => inScope(x, claim));
    if (!input) continue;
    change(claim, rule, ZERO, `排除：${input.reason ?? "该企业不予享受政策"}（${label(input.index)}）`);
  }
}
