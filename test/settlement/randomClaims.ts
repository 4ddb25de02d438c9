// Claims a random settlement ledger draws from — the engine-vs-reference test (differential.test.ts) and the settle
// benchmark (bench/settle.ts) both use them: a function the rules settle together (ladders, 就高 groups, caps,
// add-ons) and a generator of its arguments. Amounts are whole 万元 or carry six decimals, like a real ledger.
export type ArgsGenerator = (r: () => number) => unknown[];

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export const RANDOM_CLAIMS: readonly (readonly [string, ArgsGenerator])[] = [
  ["PINGHU.GREEN_FACTORY", (r) => [pick(r, ["国家级绿色工厂", "省级绿色工厂", "嘉兴市级绿色工厂", "绿色产品认证"])]],
  ["PINGHU.GREEN_FACTORY_2024", (r) => [pick(r, ["国家级绿色工厂", "省级绿色工厂", "嘉兴市级绿色工厂"])]],
  ["PINGHU.TECH_CENTER", (r) => [pick(r, ["国家级", "省级", "嘉兴市级"])]],
  ["PINGHU.TECH_CENTER_2024", (r) => [pick(r, ["国家级", "省级", "嘉兴市级"])]],
  ["PINGHU.IC_FULL_MASK_TAPEOUT", (r) => [Math.floor(r() * 800), Math.floor(r() * 1200)]],
  ["PINGHU.IC_MPW_TAPEOUT", (r) => [Math.floor(r() * 700)]],
  ["PINGHU.SOFTWARE_PRODUCT", (r) => [Math.floor(r() * 3), Math.floor(r() * 2)]],
  ["PINGHU.EQUIPMENT", (r) => [1000 + Math.floor(r() * 9000) + pick(r, [0, 0.5, 0.123456]), pick(r, ["A类", "数字经济项目", "其他"])]],
  ["SHAOXING.EQUIPMENT", (r) => [300 + Math.floor(r() * 9000), pick(r, ["一般项目", "市重点项目", "市重点415X项目"])]],
  ["SHAOXING.FUTURE_INDUSTRY_EXTRA", (r) => [300 + Math.floor(r() * 9000), pick(r, ["氢能产业项目", "未来产业先导区项目"])]],
  ["SHAOXING.TECH_CENTER", (r) => [pick(r, ["国家级企业技术中心", "省级企业技术中心", "市级企业技术中心"])]],
  ["HUZHOU.CRAFT_MASTER", (r) => [pick(r, ["国家级", "省级"])]],
];
