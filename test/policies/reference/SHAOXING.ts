// Reference implementations of the SHAOXING catalog rules (see types.ts). Written from the catalog text only.
import type { Decimal } from "decimal.js";
import { Exact } from "../../../runtime/exact.js";
import type { ArgValue } from "../../../runtime/types.js";
import type { Reference, References } from "./types.js";

const D = (v: string | number): Decimal => new Exact(v);
const ZERO = D(0);
const num = (a: ArgValue): Decimal => a as Decimal;
const str = (a: ArgValue): string => a as string;
const bool = (a: ArgValue): boolean => a as boolean;

/** A fixed award granted when the (only) flag is TRUE. */
const onFlag = (amount: string): Reference => (args) => (bool(args[0]!) ? D(amount) : ZERO);

/** A fixed award chosen by the (only) enum parameter. */
const byEnum = (table: Record<string, string>): Reference => (args) => {
  const v = table[str(args[0]!)];
  return v === undefined ? "error" : D(v);
};

/** A fixed award per item: amount × count (first parameter). */
const perItem = (amount: string): Reference => (args) => D(amount).times(num(args[0]!));

const STAR: Record<string, string> = { 无: "0", 三星级: "20", 四星级: "40", 五星级: "60" };

const SME_CONTEST: Record<string, Record<string, string>> = {
  国家级: { 一等奖: "100", 二等奖: "50", 三等奖: "30" },
  省级: { 一等奖: "50", 二等奖: "20", 三等奖: "10" },
  市级: { 一等奖: "20", 二等奖: "10", 三等奖: "5" },
};

const DATA_CONTEST: Record<string, Record<string, string>> = {
  国家级: { 一等奖: "10", 二等奖: "8", 三等奖: "6" },
  省级: { 一等奖: "8", 二等奖: "6", 三等奖: "4" },
  市级: { 一等奖: "3", 二等奖: "2", 三等奖: "1" },
};

const FIVE_G: Record<string, Record<string, string>> = {
  省级: { 车间级: "15", 工厂级: "50" },
  市级: { 车间级: "10", 工厂级: "30" },
};

const STANDARD: Record<string, Record<string, string>> = {
  主导: { 国际标准: "50", 国家标准: "30", 行业标准: "20", 省级地方标准: "10" },
  参与: { 国际标准: "25", 国家标准: "10", 行业标准: "5", 省级地方标准: "0" },
};

export const SHAOXING: References = {
  // （一）
  "SHAOXING.DYEING_CHEM_STANDARD": onFlag("50"),

  // （二）
  "SHAOXING.ELECTRONICS_TOP100": byEnum({ 国家电子信息百强企业: "100", 省电子信息产业百家重点企业: "50" }),
  "SHAOXING.SOFTWARE_RENT": (args) => {
    const rent = num(args[0]!), area = num(args[1]!), year = num(args[2]!), months = num(args[3]!);
    // 10元/平方米/月 → 万元: area × 10 × months / 10000
    const counted = Exact.min(rent, area.times(10).times(months).div(10000));
    let rate: Decimal;
    if (year.lte(5)) rate = D(1);
    else if (year.lte(8)) rate = D("0.5");
    else rate = ZERO;
    return Exact.min(counted.times(rate), D(6));
  },
  "SHAOXING.CPMS_CASE": onFlag("15"),
  "SHAOXING.CPMS_STANDARD": onFlag("10"),
  "SHAOXING.SOFTWARE_PARK": onFlag("500"),

  // （三）
  "SHAOXING.FUTURE_INDUSTRY_EXTRA": (args) => {
    const inv = num(args[0]!), type = str(args[1]!);
    const cap = type === "氢能产业项目" ? D(300) : type === "未来产业先导区项目" ? D(500) : null;
    if (!cap) return "error";
    if (inv.lt(300)) return ZERO;
    return Exact.min(inv.times(D("0.06")), cap);
  },

  // （四）
  "SHAOXING.CLASSIC_STUDIO": byEnum({ 市级: "20", 省级: "30" }),
  "SHAOXING.CRAFT_EXHIBITION": (args) => {
    const fee = num(args[0]!);
    const rate = ({ 国家级: "1", 省级: "0.8", 市级: "0.6" } as Record<string, string>)[str(args[1]!)];
    if (rate === undefined) return "error";
    return fee.times(D(rate));
  },

  // （六）
  "SHAOXING.CHAIN_COMMUNITY": onFlag("50"),
  "SHAOXING.CHAIN_EVENT": (args) => {
    const level = str(args[0]!), n = num(args[1]!);
    if (level === "省级") return n.gte(100) ? D(25) : ZERO;
    if (level === "市级") return n.gte(50) ? D(15) : ZERO;
    return "error";
  },

  // （七）
  "SHAOXING.SPECIALIZED_PARK": onFlag("100"),
  "SHAOXING.FEATURE_PARK": onFlag("20"),
  "SHAOXING.DIGITAL_PARK_BUILD": (args) => {
    const inv = num(args[0]!), done = bool(args[1]!);
    if (!done) return ZERO;
    return Exact.min(inv.times(D("0.3")), D(100));
  },
  "SHAOXING.DIGITAL_PARK_TITLE": byEnum({ 市级: "20", 省级: "50" }),
  "SHAOXING.SME_PARK_PROVINCIAL": onFlag("10"),
  "SHAOXING.SME_PARK_STAR": (args) => {
    const now = STAR[str(args[0]!)], before = STAR[str(args[1]!)];
    if (now === undefined || before === undefined) return "error";
    return Exact.max(ZERO, D(now).minus(D(before)));
  },
  "SHAOXING.SME_DEMO_BASE": onFlag("100"),

  // （八）
  "SHAOXING.EQUIPMENT": (args) => {
    const inv = num(args[0]!);
    const rate = ({ 一般项目: "0.06", 市重点项目: "0.08", 市重点415X项目: "0.10" } as Record<string, string>)[str(args[1]!)];
    if (rate === undefined) return "error";
    if (inv.lt(300)) return ZERO;
    return Exact.min(inv.times(D(rate)), D(1500));
  },

  // （九）
  "SHAOXING.EARLY_PROGRESS": (args) => {
    const fai = num(args[0]!), node = str(args[1]!), days = num(args[2]!), ownLand = bool(args[3]!);
    let hi: string, lo: string;
    if (node === "开工") [hi, lo] = ["20", "10"];
    else if (node === "建成投产") [hi, lo] = ["40", "20"];
    else return "error";
    if (!ownLand || fai.lt(10000)) return ZERO;
    if (days.gte(180)) return D(hi);
    if (days.gte(90)) return D(lo);
    return ZERO;
  },

  // （十）
  "SHAOXING.DEVICE_RENEWAL": (args) => Exact.min(num(args[0]!).times(num(args[1]!)), D(500)),

  // （十一）
  "SHAOXING.REVENUE_STEP": (args) => {
    const rev = num(args[0]!), best = num(args[1]!), share = num(args[2]!);
    if (share.lt(D("0.5"))) return ZERO;
    const steps = (x: Decimal): Decimal => (x.gte(5000000) ? x.minus(5000000).div(1000000).floor() : ZERO);
    return D(50).times(Exact.max(ZERO, steps(rev).minus(steps(best))));
  },
  "SHAOXING.NAVIGATOR_EAGLE": byEnum({ 国家级领航企业: "200", 省级雄鹰企业: "100" }),
  "SHAOXING.CHAIN_LEADER": byEnum({ 国家级: "200", 省级: "100", 市级: "20" }),
  "SHAOXING.PRIVATE_HQ": onFlag("50"),

  // （十二）
  "SHAOXING.SPECIALIZED": byEnum({
    国家级单项冠军: "200",
    省级单项冠军培育企业: "20",
    国家级专精特新小巨人: "150",
    省级专精特新中小企业: "10",
    省隐形冠军: "80",
  }),
  "SHAOXING.SME_CONTEST": (args) => {
    const v = SME_CONTEST[str(args[0]!)]?.[str(args[1]!)];
    return v === undefined ? "error" : D(v);
  },
  "SHAOXING.MANAGEMENT_BENCHMARK": byEnum({ 省级及以上: "50", 五星级: "10", 四星级: "5" }),

  // （十四）
  "SHAOXING.MFG_INNOVATION_CENTER": byEnum({ 国家级: "1000", 省级: "500" }),
  "SHAOXING.INDUSTRY_INNOVATION_CENTER": byEnum({ 国家级: "500", 省级: "100" }),
  "SHAOXING.TECH_CENTER": byEnum({
    国家级企业技术中心: "100",
    省级企业技术中心: "20",
    省级重点产业技术联盟依托单位: "10",
    市级企业技术中心: "5",
  }),
  "SHAOXING.TECH_INNOVATION_DEMO": byEnum({ 国家级: "100", 省级: "30" }),

  // （十五）
  "SHAOXING.NEW_PRODUCT_EXCELLENT": onFlag("20"),
  "SHAOXING.TECH_PROJECT_EVAL": byEnum({ 省重点技术创新项目: "10", 省重点高新技术产品开发项目: "5", 省级工业新产品: "2" }),
  "SHAOXING.CITY_FIRST_SET": onFlag("30"),
  "SHAOXING.KEY_COMPONENT": byEnum({ 国际: "100", 国内: "50", 省级: "25", 市级: "10" }),

  // （十七）
  "SHAOXING.INFO_PROJECT": (args) => {
    const inv = num(args[0]!), got = num(args[1]!);
    if (inv.lt(30)) return ZERO;
    return Exact.min(inv.times(D("0.3")), Exact.max(ZERO, D(150).minus(got)));
  },
  "SHAOXING.FIVE_G_FACTORY": (args) => {
    const v = FIVE_G[str(args[0]!)]?.[str(args[1]!)];
    return v === undefined ? "error" : D(v);
  },
  "SHAOXING.SMART_FACTORY": byEnum({
    省级未来工厂: "500",
    省级智能工厂: "50",
    市级智能工厂: "30",
    省级数字化车间: "15",
    市级数字化车间: "10",
  }),
  "SHAOXING.IIP_PLATFORM": byEnum({ 省级: "100", 市级: "20" }),
  "SHAOXING.IIP_APP": byEnum({ 国家级: "50", 省级: "20" }),
  "SHAOXING.DIGITAL_SERVICE_PROVIDER": onFlag("30"),

  // （十八）
  "SHAOXING.CLOUD_BIGDATA": byEnum({ 省级云上企业: "20", 省级大数据示范企业: "20", 市级云上企业培育库: "5" }),
  "SHAOXING.DCMM": (args) => {
    if (!["2级", "3级", "4级及以上"].includes(str(args[0]!))) return "error";
    return bool(args[1]!) ? D(50) : ZERO;
  },
  "SHAOXING.CDO_PILOT": onFlag("10"),
  "SHAOXING.TWO_INTEGRATION": byEnum({ AAA级及以上: "30", AA级: "10" }),
  "SHAOXING.IT_FUSION_PILOT": byEnum({ 国家级: "50", 省级: "10" }),
  "SHAOXING.IIP_DEMO_PROJECT": onFlag("50"),
  "SHAOXING.INFO_CONSUMPTION": onFlag("20"),

  // （十九）
  "SHAOXING.DATA_CONTEST": (args) => {
    const base = DATA_CONTEST[str(args[0]!)]?.[str(args[1]!)];
    if (base === undefined) return "error";
    const bonus = num(args[2]!).gt(100) ? D(5) : ZERO;
    return D(base).plus(bonus);
  },
  "SHAOXING.GOV_ENTERPRISE_DATA": byEnum({ 国家级: "10", 省级: "5", 市级: "2" }),
  "SHAOXING.DATA_PRODUCT": perItem("1"),
  "SHAOXING.DATA_PARK": onFlag("10"),

  // （二十）
  "SHAOXING.CIRCULAR_850": (args) => {
    const inv = num(args[0]!), passed = bool(args[1]!);
    if (!passed) return ZERO;
    return Exact.min(inv.times(D("0.08")), D(100));
  },
  "SHAOXING.GREEN_LOW_CARBON": byEnum({ 国家级: "50", 省级: "30", 市级: "10" }),
  "SHAOXING.WATER_SAVING": onFlag("10"),
  "SHAOXING.ENERGY_MGMT_CERT": onFlag("5"),
  "SHAOXING.CLEAN_PRODUCTION": onFlag("5"),
  "SHAOXING.MUJUN_LEADER": byEnum({ 省级: "30", 市级: "20" }),
  "SHAOXING.OBSOLETE_CAPACITY": (args) => {
    const nav = num(args[0]!), ok = bool(args[1]!);
    if (!ok) return ZERO;
    return Exact.min(nav.times(D("0.08")), D(300));
  },

  // （二十一）
  "SHAOXING.DESIGN_CENTER": byEnum({ 国家级: "100", 省级: "20", 市级: "5" }),
  "SHAOXING.DESIGN_AWARD": onFlag("5"),
  "SHAOXING.SME_SERVICE_PLATFORM": byEnum({ 国家级: "30", 省级: "10" }),
  "SHAOXING.INDUSTRY_ASSOCIATION": onFlag("10"),

  // （二十三）
  "SHAOXING.QUALITY_AWARD": byEnum({
    中国质量奖: "150",
    省政府质量奖: "100",
    中国质量奖提名奖: "100",
    省政府质量管理创新奖: "30",
    绍兴市质量管理卓越企业: "50",
    绍兴市质量管理创新企业: "20",
  }),

  // （二十四）
  "SHAOXING.ZHEJIANG_QUALITY_PRODUCT": onFlag("20"),
  "SHAOXING.BRAND_VALUE_LIST": onFlag("10"),
  "SHAOXING.PINZI": byEnum({ 新增品字标企业: "20", 其他途径授权: "5" }),

  // （二十五）
  "SHAOXING.STANDARD": (args) => {
    const v = STANDARD[str(args[1]!)]?.[str(args[0]!)];
    if (v === undefined) return "error";
    return D(v).times(num(args[2]!));
  },
  "SHAOXING.ZHEJIANG_MADE_STANDARD": perItem("30"),
  "SHAOXING.STANDARD_CONTRIBUTION": byEnum({
    中国标准创新贡献奖一等奖: "50",
    中国标准创新贡献奖二等奖: "20",
    中国标准创新贡献奖三等奖: "10",
    省重大标准创新贡献奖: "30",
    省优秀标准创新贡献奖: "10",
    市标准创新重大贡献奖: "50",
    市标准创新优秀贡献奖: "20",
  }),
  "SHAOXING.STANDARD_PILOT": byEnum({ 国家级: "50", 省级: "30", 市级: "10" }),
  "SHAOXING.STANDARD_TC_SETUP": byEnum({ 全国专业标准化技术委员会: "50", 分技术委员会: "20", 工作组: "10" }),
  "SHAOXING.STANDARD_TC_ANNUAL": byEnum({ 全国专业标准化技术委员会: "20", 分技术委员会: "10", 工作组: "5" }),
  "SHAOXING.ZHEJIANG_STANDARD": perItem("10"),
  "SHAOXING.STANDARD_INNOVATIVE_ENTERPRISE": byEnum({ 高级: "50", 中级: "20" }),
  "SHAOXING.STANDARD_LEADER": onFlag("10"),
};
