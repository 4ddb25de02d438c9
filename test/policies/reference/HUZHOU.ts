// Reference implementations of the HUZHOU catalog rules (see types.ts). Written from the catalog text only.
import type { Decimal } from "decimal.js";
import { Exact } from "../../../runtime/exact.js";
import type { ArgValue } from "../../../runtime/types.js";
import type { Reference, References } from "./types.js";

const D = (v: string | number): Decimal => new Exact(v);
const ZERO = D(0);
const num = (a: ArgValue | undefined): Decimal => a as Decimal;
const flag = (a: ArgValue | undefined): boolean => a as boolean;
const str = (a: ArgValue | undefined): string => a as string;

/** A fixed award when the flag is TRUE, else 0. */
const flagged = (amount: string): Reference => (args) => (flag(args[0]) ? D(amount) : ZERO);

/** A fixed award chosen by the first (enum) argument. */
const table = (amounts: Record<string, string>): Reference => (args) => {
  const v = amounts[str(args[0])];
  return v === undefined ? "error" : D(v);
};

/** Whole amount × rate, capped, with an entry threshold (含) below which nothing is paid. */
const thresholdRate = (amount: Decimal, threshold: string, rate: string, cap: string): Decimal =>
  amount.lt(D(threshold)) ? ZERO : Exact.min(amount.times(D(rate)), D(cap));

export const HUZHOU: References = {
  "HUZHOU.SEMICONDUCTOR_INVEST": (args) => {
    const invest = num(args[0]);
    const rate = num(args[1]);
    if (rate.lt(D("0.15")) || rate.gt(D("0.3"))) return "error";
    if (invest.lt(D(2000))) return ZERO;
    return Exact.min(invest.times(rate), D(5000));
  },

  "HUZHOU.NEW_INDUSTRY_INVEST": (args) => {
    const invest = num(args[0]);
    const category = str(args[1]);
    if (category === "强链补链") return thresholdRate(invest, "2000", "0.12", "3000");
    if (category === "重点提升") return thresholdRate(invest, "2000", "0.08", "3000");
    return "error";
  },

  "HUZHOU.TECH_REFORM": (args) => {
    const invest = num(args[0]);
    return flag(args[1]) ? thresholdRate(invest, "500", "0.12", "3000") : thresholdRate(invest, "500", "0.08", "1000");
  },

  "HUZHOU.CLASSIC_CRAFT_PROJECT": flagged("10"),

  "HUZHOU.CRAFT_MASTER": table({ 国家级: "50", 省级: "10" }),

  "HUZHOU.SILK_MARK": table({ 新获得: "20", 通过复评: "10" }),

  "HUZHOU.EXHIBITION_BOOTH": (args) => (flag(args[1]) ? num(args[0]) : ZERO),

  "HUZHOU.FUTURE_FACTORY": table({ 省级未来工厂: "400", 省级智能工厂: "100", 省级数字化车间: "50" }),

  "HUZHOU.INDUSTRY_BRAIN": flagged("300"),

  "HUZHOU.DIGITAL_REFORM": (args) => thresholdRate(num(args[0]), "300", "0.3", "500"),

  "HUZHOU.SOFTWARE_STEP_UP": flagged("50"),

  "HUZHOU.DIGITAL_TOP100": table({ 数字经济创新企业百强: "30", 电子信息百强: "30", 软件百强: "30" }),

  "HUZHOU.DIGITAL_BUILDING": flagged("500"),

  "HUZHOU.IIP_PLATFORM": table({ 国家级: "100", 省级: "50" }),

  "HUZHOU.IIP_SERVICE_SCALE": (args) => {
    const served = num(args[0]);
    const devices = num(args[1]);
    const sameIndustry = num(args[2]);
    if (served.gt(D(200)) && devices.gt(D(10000))) return D(200);
    if (sameIndustry.gt(D(100)) && devices.gt(D(5000))) return D(100);
    return ZERO;
  },

  "HUZHOU.ENERGY_SAVING": (args) => Exact.min(num(args[0]).times(D("0.15")), D(300)),

  "HUZHOU.RESOURCE_RECYCLING": (args) => thresholdRate(num(args[0]), "500", "0.12", "500"),

  "HUZHOU.GREEN_BRAND": table({
    国家级绿色园区: "100",
    国家级绿色工厂: "50",
    国家级绿色供应链管理企业: "50",
    国家级工业产品绿色设计示范企业: "50",
    省级绿色低碳园区: "50",
    省级绿色低碳工厂: "30",
  }),

  "HUZHOU.CHAIN_COMMUNITY": flagged("30"),

  "HUZHOU.KEY_TECH_PROJECT": (args) => D(20).times(num(args[0])),

  "HUZHOU.INNOVATION_CENTER": (args) => {
    const type = str(args[0]);
    const level = str(args[1]);
    const amounts: Record<string, Record<string, string>> = {
      国家级: { 制造业创新中心: "1000", 企业技术中心: "100" },
      省级: { 制造业创新中心: "100", 企业技术中心: "50" },
    };
    const v = amounts[level]?.[type];
    return v === undefined ? "error" : D(v);
  },

  "HUZHOU.DESIGN_SERVICE": table({ 工业设计中心: "50", 服务型制造: "50" }),

  "HUZHOU.METROLOGY": table({ 国家级: "50", 省级: "30" }),

  "HUZHOU.TESTING_AGENCY": flagged("20"),

  "HUZHOU.QUALITY_AWARD": table({
    中国质量奖: "100",
    中国质量奖提名奖: "50",
    省政府质量奖: "50",
    省质量管理创新奖: "30",
    市政府质量奖: "30",
  }),

  "HUZHOU.QUALITY_STEWARD": flagged("2"),

  "HUZHOU.PINZI_BRAND": (args) => {
    if (!flag(args[0])) return ZERO;
    return flag(args[1]) ? D(25) : D(20);
  },

  "HUZHOU.STANDARD": (args) => {
    const type = str(args[0]);
    const rank = num(args[1]);
    const count = num(args[2]);
    if (rank.lt(D(1))) return "error";
    const lead: Record<string, string> = { 国际标准: "100", 国家标准: "30", 行业标准: "10", 浙江标准: "10", 浙江制造标准: "10" };
    const participate: Record<string, string> = { 国际标准: "10", 国家标准: "5", 行业标准: "2", 浙江标准: "0", 浙江制造标准: "0" };
    if (lead[type] === undefined) return "error";
    let per: Decimal;
    if (rank.eq(D(1))) per = D(lead[type]!);
    else if (rank.lte(D(3))) per = D(participate[type]!);
    else per = ZERO;
    return per.times(count);
  },

  "HUZHOU.DUAL_CARBON_CERT": flagged("20"),

  "HUZHOU.GREEN_PRODUCT_CERT": (args) => {
    const n = num(args[0]);
    if (n.lt(D(1))) return ZERO;
    return Exact.min(D(20).plus(D(2).times(n.minus(D(1)))), D(30));
  },

  "HUZHOU.FIRST_SET": table({ 国际国内: "100", 省级: "50" }),

  "HUZHOU.FIRST_SET_INSURANCE": (args) => Exact.min(num(args[0]).times(D("0.5")), D(100)),

  "HUZHOU.ZHEJIANG_QUALITY_PRODUCT": flagged("20"),

  "HUZHOU.DRUG_REGISTRATION": (args) => {
    const category = str(args[0]);
    const varieties = num(args[1]);
    const local = flag(args[2]);
    let per: Decimal;
    if (category === "创新药") per = local ? D(800) : ZERO;
    else if (category === "改良型新药") per = local ? D(300) : ZERO;
    else if (category === "仿制药") per = D(300);
    else return "error";
    return per.times(varieties);
  },

  "HUZHOU.DRUG_PROMOTION": (args) => D(200).times(num(args[0])),

  "HUZHOU.LEADING_ENTERPRISE": flagged("2000"),

  "HUZHOU.JINXIANG_JINNIU": (args) => {
    const category = str(args[0]);
    const threeYears = flag(args[1]);
    if (category === "金象") return threeYears ? D(120) : D(20);
    if (category === "金牛") return threeYears ? D(60) : D(10);
    return "error";
  },

  "HUZHOU.SPECIALIZED": table({ 单项冠军示范企业: "100", 专精特新小巨人: "50", 省隐形冠军: "30" }),

  "HUZHOU.MANAGEMENT_BENCHMARK": flagged("30"),

  "HUZHOU.MAKER_CHINA": flagged("100"),

  "HUZHOU.SME_PARK": table({
    国家级小型微型企业创业创新示范基地: "100",
    省五星级小微企业园: "50",
    省四星级小微企业园: "30",
    省级数字化小微企业园示范园区: "50",
  }),

  "HUZHOU.SME_SERVICE_PLATFORM": table({ 国家级: "50", 省级: "30" }),
};
