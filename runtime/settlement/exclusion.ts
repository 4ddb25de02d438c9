// Step 2 (排除): an enterprise given as excluded is paid 0 on every claim of a namespace that declares 排除 (PINGHU
// 附则5 一票否决, SHAOXING 附则（四） 亩均D类/严重失信). The input is a ledger line of its own; with a year it applies
// to that year only, with a namespace only there.
import { change, enterpriseClaims, ZERO, type Claim, type Ledger } from "./model.js";

export function inScope(input: { year?: number; namespace?: string }, claim: Claim): boolean {
  return (input.year === undefined || input.year === claim.year) && (input.namespace === undefined || input.namespace === claim.fn.meta.namespace);
}

/**
 * Each exclusion input, in ledger order, zeroes its enterprise's claims in scope (in namespaces that declare 排除).
 * A claim in the scope of several inputs is zeroed by the first, whose line its reason names; the later ones change
 * nothing (a claim at 0 gets no step).
 */
export function applyExclusions(ledger: Ledger, label: (index: number) => string): void {
  if (!ledger.exclusions.length) return;
  const claims = enterpriseClaims(ledger);
  for (const input of ledger.exclusions) {
    let reason: string | undefined; // one text per input line, shared by the claims it zeroes
    for (const claim of claims[input.enterpriseId] ?? NONE) {
      const rule = claim.on?.namespace.exclusion;
      if (!rule || !inScope(input, claim)) continue;
      change(claim, rule, ZERO, (reason ??= `排除：${input.reason ?? "该企业不予享受政策"}（${label(input.index)}）`));
    }
  }
}

const NONE: readonly Claim[] = [];
