// The same four rules in plain JavaScript numbers: the physical limit of the machine, not exact (0.1 + 0.2 is not
// 0.3 here). Same argument order as the evaluators; numbers instead of Decimals, defaults already filled in.
export type NativeArg = number | string | boolean;
export type Native = (a: readonly NativeArg[]) => number;

export class NativeInputError extends Error {}

export const pinghuEquipment: Native = (a) => {
  const x = a[0] as number;
  if (x < 1000) return 0;
  const up = a[1] === "A类" || a[1] === "数字经济项目" ? 0.01 : 0;
  const r1 = 0.03 + up, r2 = 0.04 + up, r3 = 0.05 + up;
  const s = x <= 3000 ? x * r1 : x <= 5000 ? 3000 * r1 + (x - 3000) * r2 : 3000 * r1 + 2000 * r2 + (x - 5000) * r3;
  return s > 500 ? 500 : s;
};

export const wuyiEquipment: Native = (a) => {
  const x = a[0] as number, key = a[1] as string, robots = a[2] as number;
  if (robots > x) throw new NativeInputError("机器人投资额不能大于设备投资额");
  if (!a[3] || x < 100) return 0;
  const r = x < 500 ? 0.08 : x < 2000 ? 0.1
    : x < 5000 ? (key === "市重点" ? 0.16 : key === "省重点" ? 0.18 : 0.15)
    : key === "国家重点" ? 0.25 : 0.18;
  return (x - robots) * r + robots * 0.2;
};

export const pinghuRdGrowth: Native = (a) => {
  const R = a[0] as number, P = a[1] as number, V = a[2] as number;
  if (!(V > 0)) throw new NativeInputError("营业收入须大于0");
  if (R < 100) return 0;
  const inc = R - P, ratio = R / V;
  let share: number, growth: number, cap: number;
  if (R >= 5000) { share = 0.03; growth = 0.05; cap = 100; }
  else if (R >= 1000) { share = 0.04; growth = 0.1; cap = 80; }
  else { share = 0.05; growth = 0.15; cap = 60; }
  const ok = (ratio >= share && inc >= P * growth) || (ratio >= 0.1 && inc > 0);
  if (!ok) return 0;
  const award = inc * 0.1;
  return award > cap ? cap : award;
};

export const shaoxingSoftwareRent: Native = (a) => {
  const rent = a[0] as number, area = a[1] as number, years = a[2] as number, months = a[3] as number;
  const ceiling = area * 0.001 * months;
  const counted = rent < ceiling ? rent : ceiling;
  const rate = years <= 5 ? 1 : years <= 8 ? 0.5 : 0;
  const s = counted * rate;
  return s > 6 ? 6 : s;
};

export const NATIVE: Readonly<Record<string, Native>> = {
  "PINGHU.EQUIPMENT": pinghuEquipment,
  "WUYI.EQUIPMENT": wuyiEquipment,
  "PINGHU.RD_GROWTH": pinghuRdGrowth,
  "SHAOXING.SOFTWARE_RENT": shaoxingSoftwareRent,
};
