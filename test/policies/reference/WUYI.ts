// Reference implementations of the WUYI catalog rules (see types.ts). Written from the catalog text only
// (../shared/catalog/WUYI.json `rule` / `interpretation`, and WUYI-notes.md), never from policies/*.zc.
import type { Decimal } from "decimal.js";
import { Exact } from "../../../runtime/exact.js";
import type { ArgValue } from "../../../runtime/types.js";
import type { References } from "./types.js";

const d = (v: string | number): Decimal => new Exact(v);
const ZERO = d(0);
const num = (a: ArgValue): Decimal => a as Decimal;
const flag = (a: ArgValue): boolean => a as boolean;
const str = (a: ArgValue): string => a as string;

/** A fixed amount looked up by an enum value (membership is already checked by the adapter). */
function table(values: Record<string, string>) {
  return (args: readonly ArgValue[]): Decimal | "error" => {
    const v = values[str(args[0]!)];
    return v === undefined ? "error" : d(v);
  };
}

/** A fixed amount paid when the flag is TRUE, 0 otherwise. */
function onFlag(amount: string) {
  return (args: readonly ArgValue[]): Decimal => (flag(args[0]!) ? d(amount) : ZERO);
}

const SPECIALIZED_AMOUNT: Record<string, string> = {
  无: "0",
  国家级单项冠军: "200",
  专精特新小巨人: "100",
  省隐形冠军: "50",
  省雄鹰行动培育企业: "50",
  省专精特新中小企业: "10",
};

export const WUYI: References = {
  // 第1条: single fixed award for the highest inclusive growth threshold reached.
  "WUYI.GROWTH": (args) => {
    const growth = num(args[0]!).minus(num(args[1]!));
    const steps: [string, string][] = [
      ["10000", "100"], ["5000", "50"], ["3000", "30"], ["2000", "20"], ["1000", "10"], ["500", "5"],
    ];
    for (const [threshold, award] of steps) if (growth.gte(d(threshold))) return d(award);
    return ZERO;
  },

  // 第2条: max(0, A(称号) − A(已获奖称号)).
  "WUYI.SPECIALIZED": (args) => {
    const a = SPECIALIZED_AMOUNT[str(args[0]!)];
    const b = SPECIALIZED_AMOUNT[str(args[1]!)];
    if (a === undefined || b === undefined) return "error";
    return Exact.max(ZERO, d(a).minus(d(b)));
  },

  // 第3条 (as written: 月度 5, 年度 2).
  "WUYI.SMALL_MICRO_STAR": table({ 月度小微企业之星: "5", 年度小微企业之星: "2" }),

  // 第4条: 分档 on the whole equipment investment; robots at 20% instead of the band rate.
  "WUYI.EQUIPMENT": (args) => {
    const total = num(args[0]!);
    const key = str(args[1]!);
    const robots = num(args[2]!);
    const filed = flag(args[3]!);
    if (robots.gt(total)) return "error";
    if (!filed) return ZERO;
    if (total.lt(d(100))) return ZERO;
    let rate: Decimal;
    if (total.lt(d(500))) rate = d("0.08");
    else if (total.lt(d(2000))) rate = d("0.10");
    else if (total.lt(d(5000))) rate = key === "市重点" ? d("0.16") : key === "省重点" ? d("0.18") : d("0.15");
    else rate = key === "国家重点" ? d("0.25") : d("0.18");
    return total.minus(robots).times(rate).plus(robots.times(d("0.20")));
  },

  // 第5条: whole new-build area × 50元/m² when the post-expansion 容积率 is strictly above 1.5.
  "WUYI.PLANT_EXPANSION": (args) => {
    const area = num(args[0]!);
    const far = num(args[1]!);
    const fire = flag(args[2]!);
    if (!fire) return ZERO;
    if (far.lte(d("1.5"))) return ZERO;
    return area.times(d("0.005"));
  },

  // 第6条
  "WUYI.SOFTWARE_UPGRADE": table({ 年度升规: "10", 月度升规: "15" }),

  "WUYI.SOFTWARE_GROWTH": (args) => {
    const cur = num(args[0]!);
    const prev = num(args[1]!);
    const inLib = flag(args[2]!);
    if (prev.lte(ZERO)) return "error";
    if (!inLib) return ZERO;
    const growth = cur.minus(prev).div(prev);
    return growth.gte(d("0.2")) ? d(20) : ZERO;
  },

  "WUYI.FIRST_SOFTWARE": table({ 国家级: "50", 省级: "30" }),

  "WUYI.BRAIN_COMPONENT": (args) => Exact.min(num(args[0]!).times(d("0.5")), d(10)),

  // 第7条
  "WUYI.SMART_MANUFACTURING": table({ 智能制造示范工厂: "200", 智能制造优秀场景: "100" }),

  "WUYI.FUTURE_FACTORY": table({
    省级未来工厂: "500",
    省级未来工厂试点企业: "100",
    省级数字化车间: "150",
    市级未来工厂: "80",
    市级数字化车间: "80",
  }),

  "WUYI.LIGHT_DIGITAL": (args) => {
    const rates: Record<string, string> = { 第一批: "0.6", 第二批: "0.5", 第三批: "0.4" };
    const r = rates[str(args[0]!)];
    if (r === undefined) return "error";
    const n = num(args[1]!);
    const x = num(args[2]!);
    return Exact.min(n.times(d(r)).plus(x.times(d("0.4"))), d(50));
  },

  "WUYI.TWO_INTEGRATION_PROJECT": (args) => {
    const soft = num(args[0]!);
    const hard = num(args[1]!);
    const cityKey = flag(args[2]!);
    if (soft.lt(d(30))) return ZERO;
    if (cityKey) return Exact.min(soft.times(d("0.30")).plus(hard.times(d("0.25"))), d(300));
    return Exact.min(soft.times(d("0.25")).plus(hard.times(d("0.20"))), d(100));
  },

  // 第8条
  "WUYI.DIGITAL_TITLE": table({ 国家级: "50", 省级: "30", 市级: "5" }),
  "WUYI.DIGITAL_SAMPLE": onFlag("20"),
  "WUYI.DCMM": table({ 二级: "10", 三级: "20", 四级: "30", 五级: "50" }),
  "WUYI.CPMS_PILOT": onFlag("2"),
  "WUYI.TWO_INTEGRATION_CERT": onFlag("15"),

  // 第10条
  "WUYI.TECH_CENTER": table({ 国家级: "100", 省级: "50", 市级: "10" }),
  "WUYI.TECH_ALLIANCE": onFlag("20"),

  // 第11条
  "WUYI.NEW_PRODUCT_EXCELLENT": table({ 一类: "25", 二类: "15", 三类: "10" }),
  "WUYI.NEW_PRODUCT_APPRAISAL": (args) => num(args[0]!).times(d(5)),
  "WUYI.ZHEJIANG_QUALITY_PRODUCT": (args) => num(args[0]!).times(d(10)),
  "WUYI.FIRST_SET_INSURANCE": (args) => {
    const upper = num(args[0]!);
    const premium = num(args[1]!);
    return Exact.min(upper.times(d("0.5")), Exact.max(ZERO, premium.minus(upper)));
  },
  "WUYI.TECH_INNOVATION_PROJECT": table({ 省级及以上: "10", 市级: "5" }),

  // 第12条
  "WUYI.DESIGN_CENTER": table({ 国家级: "50", 省级: "30", 市级: "5" }),
  "WUYI.DESIGN_COMPETITION": (args) =>
    Exact.min(num(args[0]!).times(d(10)).plus(num(args[1]!).times(d(5))), d(20)),

  // 第13条
  "WUYI.CLEAN_PRODUCTION": table({ 清洁生产审核验收: "5", 省级清洁生产迭代升级示范企业: "8" }),
  "WUYI.GREEN_FACTORY": table({ 国家级: "50", 省级: "25", 市级: "10" }),
  "WUYI.GREEN_SUPPLY_CHAIN": table({ 国家级: "50", 省级: "25" }),
  "WUYI.GREEN_DESIGN_PRODUCT": table({ 国家级: "20", 省级: "10" }),
  "WUYI.CIRCULAR_PILOT": onFlag("8"),
  "WUYI.WATER_SAVING": table({ 省级: "15", 市级: "10" }),

  // 第15条, 第16条
  "WUYI.ASSOCIATION": onFlag("10"),
  "WUYI.INDUSTRY_BASE": table({ 获评: "30", 通过复评: "20" }),
};
