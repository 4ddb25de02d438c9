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
    input === "exclusion" ? !!c.on?.namespace.exclusion : !!c.on?.contributionCaps.length;
  // The namespaces an input applies in depend only on its kind and namespace: worked out once for each.
  const appliedIn = new Map<string, readonly string[]>();
  const applied = (input: InputAnswer["input"], namespace: string | undefined) => {
    const key = `${input} ${namespace ?? ""}`;
    let list = appliedIn.get(key);
    if (!list) appliedIn.set(key, (list = (namespace !== undefined ? [namespace] : [...rules.keys()]).filter((ns) => declares(input, ns)).sort()));
    return list;
  };
  const describe = (line: { index: number; enterpriseId: number; year?: number; namespace?: string }, input: InputAnswer["input"]): InputAnswer => {
    const elsewhere = new Set<string>(); // namespaces of the claims in scope that declare no such rule
    let governed = 0, skipped = 0;
    for (const c of claims[line.enterpriseId] ?? []) {
      if (!inScope(line, c)) continue;
      if (governs(input, c)) governed++;
      const ns = c.fn.meta.namespace;
      if (!declares(input, ns)) skipped++, elsewhere.add(ns);
    }
    const appliedHere = applied(input, line.namespace);
    const notApplicable = [...elsewhere].sort();
    const notHere = notApplicable.length ? `${notApplicable.join("、")} 未规定${WHAT[input]}，对其 ${skipped} 条申报不适用` : "";
    const here = appliedHere.length ? `${WHAT[input]}适用于 ${appliedHere.join("、")}，本台账中涉及该企业 ${governed} 条申报`
      : notHere ? "" : `${line.namespace ?? "已加载的政策"}未规定${WHAT[input]}，此输入未适用`;
    const parts = [here, notHere];
    return { kind: "input", index: line.index, input, applied: appliedHere, notApplicable, claims: governed, note: parts.filter(Boolean).join("；") };
  };
  return [
    ...ledger.exclusions.map((l) => describe(l, "exclusion")),
    ...ledger.contributionCaps.map((l) => describe(l, "contributionCap")),
  ];
}
