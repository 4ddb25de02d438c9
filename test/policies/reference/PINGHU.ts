// Reference implementations of the PINGHU catalog rules (see types.ts). Written from the catalog text only
// (/work/shared/catalog/PINGHU.json `rule` and `interpretation`, and the 原文 where the rule points to it).
import type { Decimal } from "decimal.js";
import { Exact } from "../../../runtime/exact.js";
import type { ArgValue } from "../../../runtime/types.js";
import type { Reference, References } from "./types.js";

// ---- small helpers -------------------------------------------------------------------------------------------
const D = (v: string | number): Decimal => new Exact(v);
const ZERO = D(0);
const num = (a: readonly ArgValue[], i: number): Decimal => a[i] as Decimal;
const str = (a: readonly ArgValue[], i: number): string => a[i] as string;
const flag = (a: readonly ArgValue[], i: number): boolean => a[i] as boolean;
const min = (...xs: Decimal[]): Decimal => Exact.min(...xs);
const max = (...xs: Decimal[]): Decimal => Exact.max(...xs);
const pct = (p: string): Decimal => D(p).div(100);
/** x × p%, capped at cap (cap omitted: no cap). */
const rateCap = (x: Decimal, p: string, cap?: string | number): Decimal => {
  const v = x.times(pct(p));
  return cap === undefined ? v : min(v, D(cap));
};
/** min(award, max(0, cap − already)) — an annual/cumulative cap shared with awards already received. */
const remaining = (award: Decimal, cap: string | number, already: Decimal): Decimal =>
  min(award, max(ZERO, D(cap).minus(already)));
/** 第几年 past the limit grants nothing. */
const pastYear = (year: Decimal, limit: number): boolean => year.gt(limit);
/** A fixed award chosen by an enum value. */
const fixed = (i: number, table: Record<string, string | number>): Reference => (a) => {
  const v = table[str(a, i)];
  return v === undefined ? "error" : D(v);
};
const constant = (v: string | number): Reference => () => D(v);

// ---- 000 draft: 平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿） -----------------------------

// 第1条: one rate by 营收 band on the whole rent.
const AI_COMPUTE: Reference = (a) => {
  const rent = num(a, 0), rev = num(a, 1), year = num(a, 2);
  if (pastYear(year, 3)) return ZERO;
  if (rev.lt(2000)) return min(rateCap(rent, "5", 100), rev.times(pct("20")));
  if (rev.lt(10000)) return rateCap(rent, "15", 400);
  return rateCap(rent, "20", 600);
};

// 第2条
const IC_FULL_MASK_TAPEOUT: Reference = (a) => {
  const base = max(num(a, 0).times(pct("40")), num(a, 1).times(pct("20")));
  return remaining(min(base, D(200)), 500, num(a, 2));
};
const IC_MPW_TAPEOUT: Reference = (a) => remaining(rateCap(num(a, 0), "20", 100), 500, num(a, 1));
const IC_AUTO_CERT: Reference = (a) => min(num(a, 0).times(10).plus(num(a, 1).times(15)), D(50));
const IC_CRYPTO_CERT: Reference = (a) => min(num(a, 0).times(10).plus(num(a, 1).times(15)), D(50));

// 第3条: 5 items a year, filled with 新认定 (0.5) first, then 著作权 (0.3).
const SOFTWARE_PRODUCT: Reference = (a) => {
  const n1 = min(num(a, 0), D(5));
  const n2 = min(num(a, 1), D(5).minus(n1));
  return n1.times("0.5").plus(n2.times("0.3"));
};

// 第4条
const SOFTWARE_REVENUE_MILESTONE: Reference = (a) => {
  const v = num(a, 0);
  if (v.gte(10000)) return D(50);
  if (v.gte(5000)) return D(20);
  return ZERO;
};

// 第5条
const SOFTWARE_ENTERPRISE = fixed(0, {
  新认定软件企业: 5,
  国家鼓励的重点软件企业: 100,
  国家鼓励的重点集成电路设计企业: 100,
  中国软件业务收入前百强企业: 100,
  首次升规软件信息服务业企业: 10,
});
const SOFTWARE_CERT: Reference = (a) => (str(a, 0) === "ISO27001/BS7799" ? D(5) : num(a, 1).times(5));

// 第6条
const SOFTWARE_PARK: Reference = (a) => {
  const area = num(a, 0), firms = num(a, 1), rev = num(a, 2), year = num(a, 3);
  if (pastYear(year, 3)) return ZERO;
  if (area.lt(2000) || firms.lt(3) || rev.lt(3000)) return ZERO;
  const rate = rev.lt(5000) ? "0.8" : rev.lt(10000) ? "0.9" : "1.0";
  return rateCap(rev, rate, 300);
};
const SOFTWARE_PARK_RENT: Reference = (a) => (pastYear(num(a, 1), 3) ? ZERO : min(num(a, 0), D(15)));

// 第7条
const IC_LAYOUT: Reference = (a) => min(num(a, 0), D(5)).times("0.3");
const IC_IP_EDA: Reference = (a) => rateCap(num(a, 0), str(a, 1) === "规上" ? "20" : "10", 50);

// 第8条
const DIGITAL_MERCHANT = fixed(0, { 领军型浙江数商: 30, 成长型浙江数商: 10 });

// 第9条
const DIGITAL_RETROFIT: Reference = (a) => {
  const I = num(a, 0), S = num(a, 1), H = num(a, 2), kind = str(a, 3);
  const integrated = (): Decimal => {
    if (I.lt(100)) return ZERO;
    if (I.lt(500)) return min(S.times(pct("15")).plus(H.times(pct("6"))), D(150));
    return min(S.times(pct("20")).plus(H.times(pct("8"))), D(150));
  };
  switch (kind) {
    case "集成性项目":
      return integrated();
    case "样本改造项目":
      if (I.lt(100)) return ZERO;
      return min(S.times(pct("50")).plus(H.times(pct("15"))), D(300));
    case "纯软件项目":
      if (I.lt(100)) return ZERO;
      return rateCap(S, I.lt(500) ? "15" : "20", 50);
    case "历年计划在建项目":
      if (I.lt(20)) return ZERO;
      if (I.lt(100)) return min(S.times(pct("15")).plus(H.times(pct("6"))), D(150));
      return integrated();
    default:
      return "error";
  }
};

// 第10条
const FUTURE_FACTORY = fixed(0, {
  省级未来工厂: 100,
  未来工厂试点: 25,
  省级智能工厂: 25,
  数字化车间: 15,
  国家智能制造示范企业: 50,
  国家智能制造优秀场景企业: 20,
});

// 第11条: 20 (含) 以下 is a condition.
const LIGHT_RETROFIT: Reference = (a) => {
  const x = num(a, 0);
  if (x.gt(20)) return ZERO;
  const rate = ({ 第一批: "60", 第二批: "50", 第三批: "40" } as Record<string, string>)[str(a, 1)];
  return rate === undefined ? "error" : rateCap(x, rate);
};

// 第12条
const AI_ENABLEMENT: Reference = (a) => rateCap(num(a, 0), "20", 50);

// 第13条
const DEEP_CLOUD: Reference = (a) => {
  const x = num(a, 0);
  if (x.gte(2)) return D(1);
  if (x.gte(1)) return D("0.5");
  return ZERO;
};

// 第14条
const DIGITAL_DEMO = fixed(0, {
  两化融合管理体系贯标: 10,
  数据管理贯标二级: 10,
  数据管理贯标三级: 15,
  数据管理贯标四级: 20,
  数据管理贯标五级: 25,
  国家级云上企业: 15,
  省级云上企业: 10,
});

// 第15条
const INDUSTRIAL_INTERNET: Reference = (a) => {
  const per = str(a, 0) === "行业级平台" ? D(20) : D(5);
  return str(a, 1) === "列入试点且验收认定" ? per.times(2) : per;
};

// 第16条
const INDUSTRY_BRAIN: Reference = (a) => rateCap(num(a, 0), "40", 500);
const BRAIN_COMPONENT: Reference = (a) => min(num(a, 0).times(2), D(30));

// 第17条
const ENERGY_SAVING: Reference = (a) => {
  const E = num(a, 0), C = num(a, 1), I = num(a, 2), demo = flag(a, 3);
  const p = demo ? D(2) : ZERO;
  if ((E.gte(200) || C.gte(400)) && I.gte(300)) return min(I.times(D(10).plus(p).div(100)), D(300));
  if ((E.gte(40) || C.gte(80)) && I.gte(50) && I.lt(300)) return I.times(D(8).plus(p).div(100));
  return ZERO;
};

// 第18条
const WATER_SAVING: Reference = (a) => {
  const W = num(a, 0), I = num(a, 1);
  if (W.gte(100000) && I.gte(300)) return rateCap(I, "10", 300);
  if (W.gte(20000) && I.gte(60) && I.lt(300)) return rateCap(I, "8");
  return ZERO;
};
const WATER_SAVING_ENTERPRISE = constant(10);

// 第19条
const GREEN_FACTORY = fixed(0, {
  国家级绿色工厂: 50,
  国家级绿色园区: 50,
  省级绿色工厂: 25,
  省级绿色园区: 25,
  嘉兴市级绿色工厂: 10,
  嘉兴市级绿色园区: 10,
  绿色产品认证: 10,
});

// 第20条: 分段 (marginal), entry threshold 1000, first band covers 0–3000.
const EQUIPMENT: Reference = (a) => {
  const x = num(a, 0), kind = str(a, 1);
  if (x.lt(1000)) return ZERO;
  const up = kind === "A类" || kind === "数字经济项目" ? 1 : 0;
  const r1 = pct(String(3 + up)), r2 = pct(String(4 + up)), r3 = pct(String(5 + up));
  const s1 = min(x, D(3000)).times(r1);
  const s2 = max(ZERO, min(x, D(5000)).minus(3000)).times(r2);
  const s3 = max(ZERO, x.minus(5000)).times(r3);
  return min(s1.plus(s2).plus(s3), D(500));
};

// 第21条
const FIRST_SET_PURCHASE: Reference = (a) => rateCap(num(a, 0), "5", 50);
const MACHINE_TOOL_PLATFORM: Reference = (a) => rateCap(num(a, 0), "30", 100);

// 第22条
const AEROSPACE_PARTS: Reference = (a) => rateCap(num(a, 0), "5", 100);
const AEROSPACE_CERT = fixed(0, {
  航空器型号合格证: 600,
  航空器生产许可证: 400,
  航空发动机型号合格证: 500,
  航空发动机生产许可证: 300,
});
const AEROSPACE_PARK = fixed(0, { 国家级: 300, 省级: 100 });

// 第23条
const HYDROGEN: Reference = (a) => {
  const sales = num(a, 0), year = num(a, 1);
  if (year.eq(2024)) return rateCap(sales, "5", 500);
  if (year.eq(2025)) return rateCap(sales, "3", 500);
  if (year.eq(2026)) return ZERO;
  return "error";
};

// 第24条
const DESIGN_COOPERATION: Reference = (a) => rateCap(num(a, 0), "10", 10);
const INDUSTRIAL_DESIGN_CENTER = fixed(0, { 国家级: 25, 省级: 10, 嘉兴市级: 5 });
const SERVICE_MFG_DEMO = fixed(0, { 国家级: 25, 省级: 10, 嘉兴市级: 5 });

// 第25条
const PRODUCER_SERVICE: Reference = (a) => {
  const x = num(a, 0);
  if (x.gte(1000)) return D(30);
  if (x.gte(500)) return D(10);
  if (x.gte(300)) return D(5);
  return ZERO;
};
const CMA_CNAS = fixed(0, { CMA: 5, CNAS: 10 });

// 第26条
const FASHION_DESIGN_COOP: Reference = (a) => rateCap(num(a, 0), "10", 20);
const FASHION_BRAND_EXPO: Reference = (a) => min(num(a, 0), D(5));

// 第27条
const FASHION_WEEK: Reference = (a) => {
  if (pastYear(num(a, 1), 3)) return ZERO;
  return str(a, 0) === "国际四大时装周" ? D(50) : D(20);
};

// 第28条
const SMART_PRODUCT: Reference = (a) => remaining(rateCap(num(a, 0), "2", 20), 50, num(a, 1));

// 第29条
const DESIGNER: Reference = (a) => min(num(a, 0).times(5), D(20));

// 第30条
const DIRECT_STORE: Reference = (a) => rateCap(num(a, 0), "30", 100);
const BRAND_HALL: Reference = (a) => rateCap(num(a, 0), "20", 50);

// 第31条
const SPECIALIZED = fixed(0, {
  国家单项冠军: 100,
  国家级专精特新小巨人: 50,
  省级专精特新中小企业: 10,
  省雄鹰企业: 50,
  省级隐形冠军: 50,
  功勋企业: 20,
  明星企业: 10,
  月度升规企业: 5,
});

// 第32条
const INNOVATION_CENTER = fixed(0, { 国家级: 75, 省级: 50 });
const TECH_CENTER = fixed(0, { 国家级: 50, 省级: 25, 嘉兴市级: 10 });

// 第33条
const FIRST_SET = fixed(0, { 国际: 100, 国内: 50, 省内: 25, 嘉兴市内: 10 });
const FIRST_SET_INSURANCE: Reference = (a) => {
  const prem = num(a, 0), insured = num(a, 1), year = num(a, 2);
  if (pastYear(year, 3)) return ZERO;
  const eligible = min(prem, insured.times(pct("2")));
  return rateCap(eligible, "70", 20);
};

// 第34条
const QUALITY_BRAND = fixed(0, {
  省信用管理示范企业: 5,
  浙江省政府质量奖: 50,
  嘉兴市政府质量奖: 25,
  平湖市政府质量奖: 15,
  品字标浙江制造认证: 15,
  品字标国际互认: 2,
});

// 第35条
const BRAND_PROMOTION: Reference = (a) => (num(a, 1).gte(pct("20")) ? rateCap(num(a, 0), "10", 50) : ZERO);
const BRAND_OEM: Reference = (a) => {
  const all = num(a, 0), qualified = num(a, 1), growth = num(a, 2), year = num(a, 3);
  if (qualified.gt(all)) return "error";
  if (pastYear(year, 3)) return ZERO;
  if (growth.gte(pct("20")) && all.gte(5)) return min(qualified.times(5), D(50));
  return ZERO;
};

// 第36条
const DESIGN_STARTUP: Reference = (a) => (num(a, 1).gte(50) ? rateCap(num(a, 0), "50", 3) : ZERO);
const AWARDED_DESIGNER_FIRM: Reference = (a) => (num(a, 0).gte(50) ? rateCap(num(a, 0), "8", 10) : ZERO);

// 第37条
const ZJ_FINE_PRODUCT: Reference = (a) => min(num(a, 0), D(3)).times(5);
const KEY_TECH_PROJECT = constant(15);

// 第38条
const CHAIN_LEADER: Reference = (a) => {
  const x = num(a, 0);
  const tier = x.gte(20000) ? D(200) : x.gte(15000) ? D(150) : x.gte(10000) ? D(100) : x.gte(5000) ? D(50) : ZERO;
  return remaining(tier, 200, num(a, 1));
};

// 第39条
const BIG_DATA_SERVICE: Reference = (a) => rateCap(num(a, 0), "10", 30);

// 第40条: min(房租, 面积 × 月数 × 10元, 3万元) a year.
const CHAIN_SERVICE_RENT: Reference = (a) => {
  const rent = num(a, 0), area = num(a, 1), months = num(a, 2), year = num(a, 3);
  if (months.gt(12) || months.lt(0)) return "error";
  if (pastYear(year, 3)) return ZERO;
  return min(rent, area.times(months).times(10).div(10000), D(3));
};

// 第41条
const INDUSTRY_EVENT: Reference = (a) => rateCap(num(a, 0), "30", 30);

// 第42条
const EXHIBITION: Reference = (a) => {
  const fee = num(a, 0), form = str(a, 1);
  const award = form === "特装" ? rateCap(fee, "50", 15) : min(fee, D(3));
  return remaining(award, 30, num(a, 2));
};

// 第43条
const CLEAN_ENTERPRISE = fixed(0, { "1A级": "0.3", "2A级": "0.7", "3A级": 3, "4A级": 3 });

// 第44条
const ASSOCIATION_CLUSTER: Reference = (a) => {
  const level = str(a, 0), kind = str(a, 1);
  const table: Record<string, number> =
    kind === "复评" ? { 国家级: 5, 省级: 2, 嘉兴市级: 1 } : { 国家级: 10, 省级: 5, 嘉兴市级: 3 };
  const v = table[level];
  return v === undefined ? "error" : D(v);
};
const ASSOCIATION_EXPO: Reference = (a) => (num(a, 0).gte(50) ? D(2) : ZERO);

// 第45条
const MICROCREDIT_RISK: Reference = (a) => {
  const loss = num(a, 0), contrib = num(a, 1), bad = num(a, 2), rated = flag(a, 3);
  if (bad.lt(0) || bad.gt(1)) return "error";
  if (!rated || bad.gt(pct("3"))) return ZERO;
  return min(loss.times(pct("30")), contrib.times(pct("50")));
};

// 第46条
const PRIVATE_FINANCE_RISK: Reference = (a) => {
  const loss = num(a, 0), contrib = num(a, 1), bad = num(a, 2);
  if (bad.lt(0) || bad.gt(1)) return "error";
  if (bad.gt(pct("1"))) return ZERO;
  return min(loss.times(pct("30")), contrib.times(pct("50")));
};

// ---- 003: 平湖市进一步推动经济高质量发展若干政策（平政发〔2024〕10号） ---------------------------------------------

// （十）
const SCI_TECH_PROJECT: Reference = (a) => {
  const kind = str(a, 0), result = str(a, 1);
  if (kind === "国家科技重大专项") return D(100);
  const base = kind === "市科技计划重大类" ? D(50) : kind === "市科技计划重点类" ? D(15) : undefined;
  if (base === undefined) return "error";
  if (result === "通过") return base;
  if (result === "基本通过") return base.div(2);
  return ZERO;
};

// （十一）: conditions written without division (g ≥ X% ⇔ inc ≥ X% × P for P > 0; ratio ≥ X% ⇔ R ≥ X% × V).
const RD_GROWTH: Reference = (a) => {
  const R = num(a, 0), P = num(a, 1), V = num(a, 2);
  if (V.lte(0)) return "error";
  const inc = R.minus(P);
  let ratioMin: string, growthMin: string, cap: number;
  if (R.gte(5000)) [ratioMin, growthMin, cap] = ["3", "5", 100];
  else if (R.gte(1000)) [ratioMin, growthMin, cap] = ["4", "10", 80];
  else if (R.gte(100)) [ratioMin, growthMin, cap] = ["5", "15", 60];
  else return ZERO;
  const ratioAtLeast = (p: string): boolean => R.gte(V.times(pct(p)));
  const growthAtLeast = (p: string): boolean => (P.isZero() ? R.gt(0) : inc.gte(P.times(pct(p))));
  const ok = (ratioAtLeast(ratioMin) && growthAtLeast(growthMin)) || (ratioAtLeast("10") && inc.gt(0));
  return ok ? rateCap(inc, "10", cap) : ZERO;
};

// （十二）
const RD_PLATFORM = fixed(0, {
  省重点实验室: 200,
  省工程技术研究中心: 200,
  嘉兴市重点实验室A类: 50,
  省级新型研发机构: 300,
  嘉兴市级新型研发机构: 100,
});
const KEY_LAB_EXCELLENT: Reference = (a) => (pastYear(num(a, 0), 2) ? ZERO : D(10));

// （十三）
const TECH_TRANSFER: Reference = (a) => {
  const invest = num(a, 0), already = num(a, 1), year = num(a, 2);
  if (pastYear(year, 3)) return ZERO;
  return min(invest.times(pct("10")), max(ZERO, D(5000).minus(already)));
};
const NEW_PRODUCT_TRIAL: Reference = (a) => min(num(a, 0), D(3));
const SCI_TECH_AWARD: Reference = (a) => {
  const base = ({
    国家最高科学技术奖: 300,
    国家级特等奖: 200,
    国家级一等奖: 100,
    国家级二等奖: 80,
    浙江科技大奖: 80,
    省级一等奖: 50,
    省级二等奖: 30,
    省级三等奖: 20,
  } as Record<string, number>)[str(a, 0)];
  const factor = ({ 第一: "100", 第二: "60", 第三: "30" } as Record<string, string>)[str(a, 1)];
  if (base === undefined || factor === undefined) return "error";
  return D(base).times(pct(factor));
};

// （十九）
const DIGITAL_RETROFIT_2024: Reference = (a) => {
  const I = num(a, 0), S = num(a, 1), H = num(a, 2), grade = str(a, 3);
  const A = grade === "A档";
  if (I.gte(200)) {
    const v = A ? S.times(pct("35")).plus(H.times(pct("10"))) : S.times(pct("25")).plus(H.times(pct("8")));
    return min(v, D(300));
  }
  if (I.gte(20)) return A ? S.times(pct("30")).plus(H.times(pct("10"))) : S.times(pct("20")).plus(H.times(pct("8")));
  return ZERO;
};
const FUTURE_FACTORY_2024 = fixed(0, { 省级未来工厂: 200, 未来工厂试点: 50, 省级智能工厂: 50, 数字化车间: 30 });

// （二十）
const ENERGY_SAVING_2024: Reference = (a) => {
  const E = num(a, 0), C = num(a, 1), I = num(a, 2);
  if ((E.gte(200) || C.gte(400)) && I.gte(300)) return rateCap(I, "10", 400);
  if ((E.gte(40) || C.gte(80)) && I.gte(60) && I.lt(300)) return rateCap(I, "8");
  return ZERO;
};
const GREEN_FACTORY_2024 = fixed(0, {
  国家级绿色工厂: 100,
  国家级绿色园区: 100,
  省级绿色工厂: 50,
  省级绿色园区: 50,
  嘉兴市级绿色工厂: 20,
  嘉兴市级绿色园区: 20,
  国家级绿色供应链示范企业: 100,
  国家级绿色设计产品示范企业: 100,
});

// （二十一）
const INNOVATION_CENTER_2024 = fixed(0, { 国家级: 150, 省级: 100 });
const TECH_CENTER_2024 = fixed(0, { 国家级: 100, 省级: 50, 嘉兴市级: 20 });
const FIRST_SET_2024 = fixed(0, { 国内: 100, 省内: 50, 嘉兴市内: 20 });
const FIRST_SET_INSURANCE_2024: Reference = (a) => {
  const prem = num(a, 0), insured = num(a, 1), upper = flag(a, 2), year = num(a, 3);
  if (upper) return ZERO;
  if (pastYear(year, 3)) return ZERO;
  const eligible = min(prem, insured.times(pct("3")));
  return rateCap(eligible, "80", 20);
};
const ZJ_FINE_PRODUCT_2024: Reference = (a) => min(num(a, 0), D(3)).times(10);

// （二十二）
const SPECIALIZED_2024 = fixed(0, {
  国家单项冠军: 150,
  国家级专精特新小巨人: 100,
  省级专精特新中小企业: 20,
  省雄鹰企业: 100,
  省级隐形冠军: 50,
});

// （二十六）（二十九）（三十）
const MICRO_PARK = fixed(0, { 三星级: 30, 四星级: 50, 五星级: 100 });
const SERVICE_ZONE = constant(50);
const STAR_ENTERPRISE_2024 = fixed(0, { 功勋企业: 20, 明星企业: 10 });

// （三十一）
const FIRST_EDITION_INSURANCE: Reference = (a) => {
  const prem = num(a, 0), insured = num(a, 1), year = num(a, 2);
  if (pastYear(year, 3)) return ZERO;
  const rate = year.eq(1) ? "80" : year.eq(2) ? "70" : "60";
  const eligible = min(prem, insured.times(pct("3")));
  return rateCap(eligible, rate, 20);
};
const FIRST_EDITION_SOFTWARE_2024 = fixed(0, { 市级: 20, 省级: 50 });

// （四十五）
const EXPORT_CREDIT_INSURANCE: Reference = (a) => rateCap(num(a, 0), "60", 500);
const TRADE_INTEGRATION = fixed(0, { 省级内外贸一体化改革试点培育基地: 30, 省级内外贸一体化领跑者企业: 7 });

// （五十）
const AGRI_STARTUP_LOAN: Reference = (a) => {
  const loan = num(a, 0), lpr = num(a, 1), year = num(a, 2);
  if (lpr.lt(0)) return "error";
  if (pastYear(year, 3)) return ZERO;
  return min(loan.times(lpr).times(pct("50")), D(50));
};

// （五十二）
const GRAIN_SCALE: Reference = (a) => {
  const riceWheat = num(a, 0), rape = num(a, 1);
  if (riceWheat.plus(rape).gte(50)) return riceWheat.times(5).plus(rape.times(10)).div(10000);
  if (rape.gte(5)) return rape.times(130).div(10000);
  return ZERO;
};
const GRAIN_ORDER: Reference = (a) => {
  const rate = ({ 晚稻: "0.2", 早稻: "0.3" } as Record<string, string>)[str(a, 0)];
  return rate === undefined ? "error" : num(a, 1).times(rate).div(10000);
};

// （五十四）
const AGRI_MACHINERY: Reference = (a) => max(ZERO, num(a, 0).times(pct("50")).minus(num(a, 1)));
const FIRST_SET_AGRI_MACHINERY: Reference = (a) => rateCap(num(a, 0), "50");

const ALL: Record<string, Reference> = {
  AI_COMPUTE, IC_FULL_MASK_TAPEOUT, IC_MPW_TAPEOUT, IC_AUTO_CERT, IC_CRYPTO_CERT, SOFTWARE_PRODUCT,
  SOFTWARE_REVENUE_MILESTONE, SOFTWARE_ENTERPRISE, SOFTWARE_CERT, SOFTWARE_PARK, SOFTWARE_PARK_RENT, IC_LAYOUT,
  IC_IP_EDA, DIGITAL_MERCHANT, DIGITAL_RETROFIT, FUTURE_FACTORY, LIGHT_RETROFIT, AI_ENABLEMENT, DEEP_CLOUD,
  DIGITAL_DEMO, INDUSTRIAL_INTERNET, INDUSTRY_BRAIN, BRAIN_COMPONENT, ENERGY_SAVING, WATER_SAVING,
  WATER_SAVING_ENTERPRISE, GREEN_FACTORY, EQUIPMENT, FIRST_SET_PURCHASE, MACHINE_TOOL_PLATFORM, AEROSPACE_PARTS,
  AEROSPACE_CERT, AEROSPACE_PARK, HYDROGEN, DESIGN_COOPERATION, INDUSTRIAL_DESIGN_CENTER, SERVICE_MFG_DEMO,
  PRODUCER_SERVICE, CMA_CNAS, FASHION_DESIGN_COOP, FASHION_BRAND_EXPO, FASHION_WEEK, SMART_PRODUCT, DESIGNER,
  DIRECT_STORE, BRAND_HALL, SPECIALIZED, INNOVATION_CENTER, TECH_CENTER, FIRST_SET, FIRST_SET_INSURANCE,
  QUALITY_BRAND, BRAND_PROMOTION, BRAND_OEM, DESIGN_STARTUP, AWARDED_DESIGNER_FIRM, ZJ_FINE_PRODUCT,
  KEY_TECH_PROJECT, CHAIN_LEADER, BIG_DATA_SERVICE, CHAIN_SERVICE_RENT, INDUSTRY_EVENT, EXHIBITION,
  CLEAN_ENTERPRISE, ASSOCIATION_CLUSTER, ASSOCIATION_EXPO, MICROCREDIT_RISK, PRIVATE_FINANCE_RISK,
  SCI_TECH_PROJECT, RD_GROWTH, RD_PLATFORM, KEY_LAB_EXCELLENT, TECH_TRANSFER, NEW_PRODUCT_TRIAL, SCI_TECH_AWARD,
  DIGITAL_RETROFIT_2024, FUTURE_FACTORY_2024, ENERGY_SAVING_2024, GREEN_FACTORY_2024, INNOVATION_CENTER_2024,
  TECH_CENTER_2024, FIRST_SET_2024, FIRST_SET_INSURANCE_2024, ZJ_FINE_PRODUCT_2024, SPECIALIZED_2024, MICRO_PARK,
  SERVICE_ZONE, STAR_ENTERPRISE_2024, FIRST_EDITION_INSURANCE, FIRST_EDITION_SOFTWARE_2024,
  EXPORT_CREDIT_INSURANCE, TRADE_INTEGRATION, AGRI_STARTUP_LOAN, GRAIN_SCALE, GRAIN_ORDER, AGRI_MACHINERY,
  FIRST_SET_AGRI_MACHINERY,
};

export const PINGHU: References = Object.fromEntries(
  Object.entries(ALL).map(([name, fn]) => [`PINGHU.${name}`, fn]),
);
