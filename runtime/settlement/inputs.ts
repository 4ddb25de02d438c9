// The answer to an enterprise-level input line (排除, 贡献封顶): where it applied and where it did not. An input
// applies only in namespaces that declare the rule; elsewhere the answer says so (HUZHOU and WUYI state neither).
import { inScope } from "./exclusion.js";
import { enterpriseClaims, type Claim, type Ledger } from "./model.js";
import type { NamespaceRules } from "./rule-index.js";

export interface InputAnswer {
  readonly kind: "input";
  readonly index: number;
  readonly input: "exclusion" | "contributionCap";
  /** Namespaces (in the input's scope) that declare the rule. */
  readonly applied: readonly string[];
  /** Namespaces where the enterprise has claims in scope but that declare no such rule. */
  readonly notApplicable: readonly string[];
  /** The enterprise's claims in scope that the rule governs. */
  readonly claims: number;
  readonly note: string;
}

const WHAT = { exclusion: "排除（不予享受政策）", contributionCap: "财政专项资金贡献封顶" } as const;

export function describeInputs(ledger: Ledger, rules: ReadonlyMap<string, NamespaceRules>): InputAnswer[] {
  const claims = enterpriseClaims(ledger);
  const declares = (input: InputAnswer["input"], ns: string) => {
    const r = rules.get(ns);
    return input === "exclusion" ? !!r?.exclusion : !!r?.contributionCaps.length;
  };
  const governs = (input: InputAnswer["input"], c: Claim) =>
    input === "exclusion" ? !!c.rules?.exclusion : !!c.rules?.contributionCaps.some((r) => c.rules!.counts(r, c.fn.meta.name));
  const describe = (line: { index: number; enterprise: string; year?: number; namespace?: string }, input: InputAnswer["input"]): InputAnswer => {
    const mine = (claims.get(line.enterprise) ?? []).filter((c) => inScope(line, c));
    const declaring = line.namespace !== undefined ? [line.namespace] : [...rules.keys()];
    const applied = declaring.filter((ns) => declares(input, ns)).sort();
    const notApplicable = [...new Set(mine.map((c) => c.fn.meta.namespace))].filter((ns) => !declares(input, ns)).sort();
    const governed = mine.filter((c) => governs(input, c)).length;
    const skipped = mine.filter((c) => !declares(input, c.fn.meta.namespace)).length;
    const notHere = notApplicable.length ? `${notApplicable.join("、")} 未规定${WHAT[input]}，对其 ${skipped} 条申报不适用` : "";
    const here = applied.length ? `${WHAT[input]}适用于 ${applied.join("、")}，本台账中涉及该企业 ${governed} 条申报`
      : notHere ? "" : `${line.namespace ?? "已加载的政策"}未规定${WHAT[input]}，此输入未适用`;
    const parts = [here, notHere];
    return { kind: "input", index: line.index, input, applied, notApplicable, claims: governed, note: parts.filter(Boolean).join("；") };
  };
  return [
    ...ledger.exclusions.map((l) => describe(l, "exclusion")),
    ...ledger.contributionCaps.map((l) => describe(l, "contributionCap")),
  ];
}
