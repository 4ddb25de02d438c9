// The contract between the compiler and the settlement engine: a namespace's document-level rules (附则 and
// cross-article clauses) as data. The compiler builds it from the `规则` declarations of every policy file of the
// namespace (checked: functions exist, ladders are fixed amounts, caps are money) and emits it beside the
// evaluators; the engine (runtime/settlement/) applies it to a ledger in the order fixed by SETTLEMENT.md:
// gross → 排除 → 进档差额 → 就高 → 年度上限 → 贡献封顶 → 预算.
import type { PolicyDocument } from "../types.js";

/** Where a rule comes from, for the explanation of every step it changes. */
export interface RuleOrigin {
  /** The rule's id in its policy file, e.g. "HIGHEST" (unique in the namespace). */
  readonly id: string;
  /** Chinese title, e.g. 同一项目不重复奖励、就高执行. */
  readonly title: string;
  /** Article reference as written, e.g. 附则6, 第2条, （三）. */
  readonly article: string;
  readonly document: PolicyDocument;
  /** The 原文 of the rule, verbatim. */
  readonly text: string;
  /** The fragment of the 原文 the rule rests on (据“…”), or the whole 原文. */
  readonly basis: string;
}

/** A claim is on a ladder step when its function is `fn` and (if given) argument `param` is one of `values`. */
export interface LadderMember {
  /** Function name inside the namespace, e.g. "GREEN_FACTORY". */
  readonly fn: string;
  /** 0-based index of the enum parameter naming the level; absent: every claim of the function. */
  readonly param?: number;
  /** The levels, lowest first, as enum values. */
  readonly values?: readonly string[];
}

export type SettlementRule =
  /** 排除: an enterprise given as excluded is paid 0 on every claim of the namespace. */
  | (RuleOrigin & { readonly kind: "exclusion" })
  /** 进档差额: award = max(0, gross − amounts already paid on the same ladder for the same enterprise and project). */
  | (RuleOrigin & { readonly kind: "ladder"; readonly name: string; readonly members: readonly LadderMember[] })
  /** 就高: among the claims of one enterprise, project and year, only the highest is paid (ties: first in ledger order). */
  | (RuleOrigin & { readonly kind: "highest" })
  /** 叠加: claims of `addOn` are paid on top of `base` (exempt from 就高). */
  | (RuleOrigin & { readonly kind: "stack"; readonly addOn: readonly string[]; readonly base: readonly string[] })
  /** 年度上限: per enterprise per year across rows of `functions`: the sum (万元, exact decimal) and/or the count. */
  | (RuleOrigin & { readonly kind: "annualCap"; readonly functions: readonly string[]; readonly sum?: string; readonly count?: number })
  /** 贡献封顶: a per-enterprise input caps the sum of the claims of `functions`. */
  | (RuleOrigin & { readonly kind: "contributionCap"; readonly functions: readonly string[] })
  /** 预算总额控制: a budget given for the settlement scales the namespace's rows pro rata. */
  | (RuleOrigin & { readonly kind: "budget" });

export interface SettlementRules {
  readonly namespace: string;
  /** In declaration order (file order, then order in the file). */
  readonly rules: readonly SettlementRule[];
}
