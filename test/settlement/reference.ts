// A deliberately naive settlement, written from SETTLEMENT.md and the lead's readings without looking at the engine's
// structure: every row's amount is recomputed from its definition by recursion over the rows before it (memoised
// only so the tests finish), and the budget is done in exact rational arithmetic with BigInt instead of decimals.
// It takes the same ledger records and rules and returns each claim's settled amount as formatResult text (other
// lines: null). Slow on purpose; only for the differential test.
import { Decimal } from "decimal.js";
import { callFunction, coerceArg, type ExcelValue } from "../../runtime/adapter.js";
import { Exact, formatResult } from "../../runtime/exact.js";
import type { FunctionIndex } from "../../runtime/functions.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { SettlementRule, SettlementRules } from "../../runtime/settlement/rules.js";

type R<K extends SettlementRule["kind"]> = Extract<SettlementRule, { kind: K }>;

interface Row {
  i: number;
  fn: CompiledFunction;
  ns: string;
  ent: string;
  proj: string;
  year: number;
  args: ExcelValue[];
  gross?: Decimal; // claims
  paid?: Decimal; // history
}

/** Two names typed with full-width or half-width forms are one enterprise (or project): compared in NFKC. */
const nameKey = (name: string) => name.normalize("NFKC");

interface Input { i: number; kind: "exclude" | "cap"; ent: string; year?: number; ns?: string; cap?: Decimal }

export function referenceSettle(records: readonly Record<string, any>[], all: readonly SettlementRules[], functions: FunctionIndex, budget?: string): (string | null)[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  const rulesOf = (ns: string) => all.filter((r) => r.namespace === ns).flatMap((r) => r.rules);
  const kind = <K extends SettlementRule["kind"]>(ns: string, k: K) => rulesOf(ns).filter((r): r is R<K> => r.kind === k);

  const claims: Row[] = [], history: Row[] = [], inputs: Input[] = [];
  records.forEach((rec, i) => {
    if (rec.exclude) return inputs.push({ i, kind: "exclude", ent: nameKey(rec.enterprise), year: rec.year, ns: rec.namespace });
    if (rec.contributionCap !== undefined) return inputs.push({ i, kind: "cap", ent: nameKey(rec.enterprise), year: rec.year, ns: rec.namespace, cap: new Exact(String(rec.contributionCap)) });
    const fn = functions.find(rec.fn)!;
    const row: Row = { i, fn, ns: fn.meta.namespace, ent: nameKey(rec.enterprise), proj: nameKey(rec.project), year: rec.year, args: rec.args };
    if (rec.paid !== undefined) return history.push({ ...row, paid: new Exact(String(rec.paid)) });
    const out = callFunction(fn, rec.args);
    if (out.ok) claims.push({ ...row, gross: new Exact(out.value) });
  });

  const ladderOf = (r: Row): R<"ladder"> | undefined =>
    kind(r.ns, "ladder").find((l) => l.members.some((m) => m.fn === r.fn.meta.name &&
      (m.param === undefined || m.values!.includes(coerceArg(r.fn.meta.params[m.param]!, r.args[m.param]) as string))));
  const inScope = (x: Input, r: Row) => x.ent === r.ent && (x.year === undefined || x.year === r.year) && (x.ns === undefined || x.ns === r.ns);

  // Step 2.
  const afterExclusion = (c: Row): Decimal =>
    kind(c.ns, "exclusion").length && inputs.some((x) => x.kind === "exclude" && inScope(x, c)) ? new Exact(0) : c.gross!;

  // Step 3: basis = history on the ladder (any year) + earlier years' amounts after step 5.
  const afterLadder = (c: Row): Decimal => {
    const a = afterExclusion(c);
    const l = ladderOf(c);
    if (!l) return a;
    const same = (r: Row) => r.ns === c.ns && r.ent === c.ent && r.proj === c.proj && ladderOf(r) === l;
    let basis = new Exact(0);
    for (const h of history) if (same(h)) basis = basis.plus(h.paid!);
    for (const d of claims) if (d.year < c.year && same(d)) basis = basis.plus(afterCaps(d));
    return Decimal.max(0, a.minus(basis));
  };

  // Step 4.
  const isAddOn = (r: Row) => kind(r.ns, "stack").some((s) => s.addOn.includes(r.fn.meta.name));
  const afterHighest = (c: Row): Decimal => {
    const b = afterLadder(c);
    if (!kind(c.ns, "highest").length || isAddOn(c)) return b;
    const group = claims.filter((d) => d.ns === c.ns && d.ent === c.ent && d.proj === c.proj && d.year === c.year && !isAddOn(d));
    let best = group[0]!;
    for (const d of group) if (afterLadder(d).gt(afterLadder(best))) best = d;
    return best === c ? b : new Exact(0);
  };

  // Step 5: every cap of the row, in declaration order, against history and the earlier rows' final amounts.
  const memo5 = new Map<Row, Decimal>();
  function afterCaps(c: Row): Decimal {
    const known = memo5.get(c);
    if (known) return known;
    let x = afterHighest(c);
    for (const cap of kind(c.ns, "annualCap")) {
      if (!cap.functions.includes(c.fn.meta.name) || x.isZero()) continue;
      const under = (r: Row) => r.ns === c.ns && r.ent === c.ent && r.year === c.year && cap.functions.includes(r.fn.meta.name);
      let sum = new Exact(0), count = 0;
      for (const h of history) if (under(h)) (sum = sum.plus(h.paid!)), (count += h.paid!.gt(0) ? 1 : 0);
      for (const d of claims) if (d.i < c.i && under(d)) (sum = sum.plus(afterCaps(d))), (count += afterCaps(d).gt(0) ? 1 : 0);
      if (cap.count !== undefined && count >= cap.count) x = new Exact(0);
      else if (cap.sum !== undefined) x = Decimal.min(x, Decimal.max(0, new Exact(cap.sum).minus(sum)));
    }
    memo5.set(c, x);
    return x;
  }

  // Step 6: the cap inputs one after another, each over the rows in ledger order.
  let amount = new Map(claims.map((c) => [c, afterCaps(c)]));
  for (const x of inputs.filter((y) => y.kind === "cap")) {
    const next = new Map(amount);
    for (const c of claims) {
      for (const rule of kind(c.ns, "contributionCap")) {
        if (!inScope(x, c) || !rule.functions.includes(c.fn.meta.name)) continue;
        const under = (r: Row) => r.ns === c.ns && inScope(x, r) && rule.functions.includes(r.fn.meta.name);
        let used = new Exact(0);
        for (const h of history) if (under(h)) used = used.plus(h.paid!);
        for (const d of claims) if (d.i < c.i && under(d)) used = used.plus(next.get(d)!);
        next.set(c, Decimal.min(next.get(c)!, Decimal.max(0, x.cap!.minus(used))));
      }
    }
    amount = next;
  }

  // Step 7 in BigInt units of 0.000001万元: q = a·N/T exactly as a fraction; half-up; remainders compared exactly.
  if (budget !== undefined) {
    const rows = claims.filter((c) => kind(c.ns, "budget").length && amount.get(c)!.gt(0));
    const units = (d: Decimal) => BigInt(d.times(1_000_000).toFixed(0));
    const N = units(new Exact(budget));
    const a = rows.map((c) => units(amount.get(c)!)); // amounts here are whole units (gross is rounded, history is in units in the test)
    const T = a.reduce((s, x) => s + x, 0n);
    if (T > N) {
      const r = a.map((x) => (2n * x * N + T) / (2n * T)); // floor(x·N/T + 1/2)
      const rem = a.map((x, k) => x * N - r[k]! * T); // (q − r)·T, exact
      let short = N - r.reduce((s, x) => s + x, 0n);
      const order = rows.map((_, k) => k).sort((p, q) => (short > 0n ? Number(rem[q]! - rem[p]!) : Number(rem[p]! - rem[q]!)) || p - q);
      for (const k of order) {
        if (short === 0n) break;
        r[k] = r[k]! + (short > 0n ? 1n : -1n);
        short += short > 0n ? -1n : 1n;
      }
      rows.forEach((c, k) => amount.set(c, new Exact(r[k]!.toString()).div(1_000_000)));
    }
  }

  const out: (string | null)[] = records.map(() => null);
  for (const c of claims) out[c.i] = formatResult(amount.get(c)!);
  return out;
}
