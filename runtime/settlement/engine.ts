// The settlement engine: a ledger of claims, history and enterprise inputs → one answer per line, by the procedure
// of ../shared/catalog/SETTLEMENT.md, in its order:
//   1 gross → 2 排除 → 3 进档差额 → 4 就高 (stacking add-ons exempt) → 5 年度上限 (sum, count) → 6 贡献封顶 → 7 预算.
// Steps 3–5 run year by year, ascending (a later year's 差额 rests on what earlier years settled); 2, 6 and 7 run over
// the whole ledger. A rule kind applies only to claims of a namespace that declares it.
//
// Exact decimals throughout. A claim's gross is the function's value as Excel shows it (rounded half-up to
// 0.000001万元 by the adapter, so a row's gross equals the formula's cell); steps 2–6 only subtract and compare, so they
// stay on that grid; step 7 rounds as SETTLEMENT.md says. No Node APIs: the Excel add-in and the task pane bundle it.
import type { Decimal } from "decimal.js";
import type { FunctionIndex } from "../functions.js";
import type { FunctionMeta } from "../types.js";
import { applyBudget } from "./budget.js";
import { AnnualCaps, applyContributionCaps } from "./caps.js";
import { applyExclusions } from "./exclusion.js";
import { gather, type LineError } from "./gather.js";
import { applyHighest } from "./highest.js";
import { describeInputs, type InputAnswer } from "./inputs.js";
import { LadderBasis } from "./ladder.js";
import type { LedgerLine } from "./ledger.js";
import type { Claim, Note, Step } from "./model.js";
import { indexRules } from "./rule-index.js";
import type { SettlementRules } from "./rules.js";

export interface SettleOptions {
  /** The namespaces' rules (a namespace absent here has none: its claims are paid their gross). */
  readonly rules: readonly SettlementRules[];
  readonly functions: FunctionIndex;
  /** 万元; absent: nothing is scaled. Check it with `budgetError` first. */
  readonly budget?: Decimal;
  /** How a reason names another line (default 第N行, 1-based); a workbook passes its own row numbers. */
  readonly label?: (index: number) => string;
}

export interface SettledClaim {
  readonly kind: "claim";
  readonly fn: FunctionMeta;
  readonly gross: Decimal;
  readonly value: Decimal;
  /** The steps that changed the amount, in order. */
  readonly steps: readonly Step[];
  /** Rules that bear on the claim but changed nothing, and why. */
  readonly notes: readonly Note[];
}

export type LineAnswer = SettledClaim | { readonly kind: "history" } | InputAnswer | LineError;

export function settle(lines: readonly LedgerLine[], options: SettleOptions): LineAnswer[] {
  const label = options.label ?? ((i: number) => `第${i + 1}行`);
  const rules = indexRules(options.rules);
  const { ledger, errors, historyLines } = gather(lines, options.functions, rules);

  applyExclusions(ledger, label); // 2
  const ladders = new LadderBasis(ledger.history);
  const caps = new AnnualCaps(ledger.history, (ns) => rules.get(ns)?.annualCaps ?? []);
  for (const claims of byYear(ledger.claims)) {
    ladders.apply(claims); // 3
    applyHighest(claims, label); // 4
    caps.apply(claims); // 5
    ladders.record(claims);
  }
  applyContributionCaps(ledger, label); // 6
  applyBudget(ledger.claims, options.budget); // 7

  const answers: LineAnswer[] = new Array(lines.length);
  for (const c of ledger.claims) answers[c.index] = settled(c);
  for (const i of historyLines) answers[i] = { kind: "history" };
  for (const [i, e] of errors) answers[i] = e;
  for (const a of describeInputs(ledger, rules)) answers[a.index] = a;
  return answers;
}

/** The claims grouped by year, years ascending, each group in ledger order. */
function byYear(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<number, Claim[]>();
  for (const c of claims) {
    const g = groups.get(c.year);
    if (g) g.push(c);
    else groups.set(c.year, [c]);
  }
  return [...groups.keys()].sort((a, b) => a - b).map((y) => groups.get(y)!);
}

const NONE: readonly never[] = [];

function settled(c: Claim): SettledClaim {
  return { kind: "claim", fn: c.fn.meta, gross: c.gross, value: c.amount, steps: c.steps ?? NONE, notes: c.notes ?? NONE };
}
