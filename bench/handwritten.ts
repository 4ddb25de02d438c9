// Hand-written decimal.js versions of the four benchmarked rules, written from the catalog's `rule` text
// (/work/shared/catalog/*.json), not from the .zc files or the generated code. They are the floor for exact
// arithmetic: the same configuration as every evaluator (runtime/exact.ts: PRECISION, ROUND_HALF_UP), every
// constant hoisted, cheap integer-free comparisons first, and no Decimal allocated that the answer does not need.
// They take the same validated arguments as the generated evaluators (coerceArgs output) and return the unrounded
// Decimal; only invalid combinations the adapter cannot see (e.g. 机器人投资额 > 设备投资额) throw.
import type { Decimal } from "decimal.js";
import { Exact } from "../runtime/exact.js";
import { PolicyInputError } from "../runtime/errors.js";
import type { ArgValue } from "../runtime/types.js";

export type Hand = (a: readonly ArgValue[]) => Decimal;

const k = (v: string | number): Decimal => new Exact(v);
const ZERO = k(0);

// ── PINGHU.EQUIPMENT ───────────────────────────────────────────────────────────────────────────────────────────
// rule: x < 1000 → 0; else slices 0–3000 at r1, 3000–5000 at r2, above 5000 at r3; (r1,r2,r3) = (3%,4%,5%), or
// (4%,5%,6%) for A类 / 数字经济项目; award = min(sum, 500).
// The full slices below x are constants, so each input costs one minus, one times and one plus at most.
const P_1000 = k(1000), P_3000 = k(3000), P_5000 = k(5000), P_CAP = k(500);
interface Rates { r1: Decimal; r2: Decimal; r3: Decimal; full1: Decimal; full12: Decimal }
const rates = (r1: string, r2: string, r3: string): Rates => ({
  r1: k(r1), r2: k(r2), r3: k(r3),
  full1: k(3000).times(r1),                                   // the whole first slice
  full12: k(3000).times(r1).plus(k(2000).times(r2)),           // the first two slices
});
const P_BASE = rates("0.03", "0.04", "0.05");
const P_PLUS = rates("0.04", "0.05", "0.06");

export const pinghuEquipment: Hand = (a) => {
  const x = a[0] as Decimal;
  if (x.lt(P_1000)) return ZERO;
  const cls = a[1] as string;
  const r = cls === "A类" || cls === "数字经济项目" ? P_PLUS : P_BASE;
  let s: Decimal;
  if (x.lte(P_3000)) s = x.times(r.r1);
  else if (x.lte(P_5000)) s = x.minus(P_3000).times(r.r2).plus(r.full1);
  else s = x.minus(P_5000).times(r.r3).plus(r.full12);
  return s.gt(P_CAP) ? P_CAP : s;
};

// ── WUYI.EQUIPMENT ─────────────────────────────────────────────────────────────────────────────────────────────
// rule: error if 机器人投资额 > 设备投资额; 备案入库 FALSE → 0; x < 100 → 0; band rate on the whole x:
// [100,500) 8%; [500,2000) 10%; [2000,5000) 15% (市重点 16%, 省重点 18%); [5000,∞) 18% (国家重点 25%);
// result = (x − robots) × r + robots × 20%.
const W_100 = k(100), W_500 = k(500), W_2000 = k(2000), W_5000 = k(5000);
const W_8 = k("0.08"), W_10 = k("0.1"), W_15 = k("0.15"), W_16 = k("0.16"), W_18 = k("0.18"), W_25 = k("0.25"), W_ROBOT = k("0.2");

export const wuyiEquipment: Hand = (a) => {
  const x = a[0] as Decimal, key = a[1] as string, robots = a[2] as Decimal;
  if (robots.gt(x)) throw new PolicyInputError("机器人投资额不能大于设备投资额（机器人投资额包含在设备投资额内）");
  if (!(a[3] as boolean) || x.lt(W_100)) return ZERO;
  let r: Decimal;
  if (x.lt(W_500)) r = W_8;
  else if (x.lt(W_2000)) r = W_10;
  else if (x.lt(W_5000)) r = key === "市重点" ? W_16 : key === "省重点" ? W_18 : W_15;
  else r = key === "国家重点" ? W_25 : W_18;
  // Most projects have no robot part: one multiplication instead of four operations.
  if (robots.isZero()) return x.times(r);
  return x.minus(robots).times(r).plus(robots.times(W_ROBOT));
};

// ── PINGHU.RD_GROWTH ───────────────────────────────────────────────────────────────────────────────────────────
// rule: R = 研发费用, P = 上年研发费用, V = 营业收入; V ≤ 0 → error; inc = R − P; g = inc / P; ratio = R / V.
// R ≥ 5000: (ratio ≥ 3% and g ≥ 5%) or (ratio ≥ 10% and inc > 0), cap 100; 1000 ≤ R < 5000: 4%, 10%, cap 80;
// 100 ≤ R < 1000: 5%, 15%, cap 60; R < 100 → 0. Award = min(inc × 10%, cap).
// No division: with V > 0, ratio ≥ q ⇔ R ≥ V × q, and g ≥ q ⇔ inc ≥ P × q (P ≥ 0; with P = 0 the test is inc ≥ 0,
// i.e. any positive R passes, as the catalog says). Both products are exact, so the tests are exact.
// inc ≤ 0 can never qualify: the second test needs inc > 0, the first needs inc ≥ P × q ≥ 0, and inc = 0 with
// P × q = 0 means P = 0 = R, below 100. So a fall is settled before any multiplication.
const R_100 = k(100), R_1000 = k(1000), R_5000 = k(5000);
const R_Q3 = k("0.03"), R_Q4 = k("0.04"), R_Q5 = k("0.05"), R_Q10 = k("0.1"), R_Q15 = k("0.15");
const R_CAP100 = k(100), R_CAP80 = k(80), R_CAP60 = k(60);

export const pinghuRdGrowth: Hand = (a) => {
  const R = a[0] as Decimal, P = a[1] as Decimal, V = a[2] as Decimal;
  if (!V.isPositive() || V.isZero()) throw new PolicyInputError("营业收入须大于0");
  if (R.lt(R_100)) return ZERO;
  const inc = R.minus(P);
  if (!inc.isPositive() || inc.isZero()) return ZERO;
  let shareReq: Decimal, growthReq: Decimal, cap: Decimal;
  if (R.gte(R_5000)) { shareReq = R_Q3; growthReq = R_Q5; cap = R_CAP100; }
  else if (R.gte(R_1000)) { shareReq = R_Q4; growthReq = R_Q10; cap = R_CAP80; }
  else { shareReq = R_Q5; growthReq = R_Q15; cap = R_CAP60; }
  const ok = (R.gte(V.times(shareReq)) && inc.gte(P.times(growthReq))) || R.gte(V.times(R_Q10));
  if (!ok) return ZERO;
  const award = inc.times(R_Q10);
  return award.gt(cap) ? cap : award;
};

// ── SHAOXING.SOFTWARE_RENT ─────────────────────────────────────────────────────────────────────────────────────
// rule: 计补租金 = min(年租金, 租赁面积 × 10元 × 租赁月数 / 10000); rate: 补贴年次 1–5 → 100%, 6–8 → 50%, ≥ 9 → 0;
// result = min(计补租金 × rate, 6). (The adapter has already checked 补贴年次 ≥ 1 and 租赁月数 an integer in [1, 12].)
const S_YUAN10 = k("0.001"), S_5 = k(5), S_8 = k(8), S_HALF = k("0.5"), S_CAP = k(6), S_CAP_DOUBLED = k(12);

export const shaoxingSoftwareRent: Hand = (a) => {
  const years = a[2] as Decimal;
  if (years.gt(S_8)) return ZERO;
  const rent = a[0] as Decimal;
  const ceiling = (a[1] as Decimal).times(a[3] as Decimal).times(S_YUAN10);
  const counted = rent.lt(ceiling) ? rent : ceiling;
  if (years.lte(S_5)) return counted.gt(S_CAP) ? S_CAP : counted;
  // 50%: min(c × 50%, 6) = min(c, 12) × 50%, so the cap test needs no product.
  return counted.gt(S_CAP_DOUBLED) ? S_CAP : counted.times(S_HALF);
};

export const HANDWRITTEN: Readonly<Record<string, Hand>> = {
  "PINGHU.EQUIPMENT": pinghuEquipment,
  "WUYI.EQUIPMENT": wuyiEquipment,
  "PINGHU.RD_GROWTH": pinghuRdGrowth,
  "SHAOXING.SOFTWARE_RENT": shaoxingSoftwareRent,
};
