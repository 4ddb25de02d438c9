// Hand-built SettlementRules for the engine tests, written from SETTLEMENT.md and the 原文 (../shared/policy-texts)
// while the compiler's 规则 declarations are on their way. They name real functions of the compiled policies, so the
// gross of every claim is the real evaluator's value. HUZHOU and WUYI get no rules: SETTLEMENT.md applies nothing there.
import type { PolicyDocument } from "../../runtime/types.js";
import type { SettlementRule, SettlementRules } from "../../runtime/settlement/rules.js";

const PINGHU_000: PolicyDocument = {
  title: "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
  issuer: "平湖市经济和信息化局", date: "2024-08-13", draft: true,
};
const SHAOXING_004: PolicyDocument = {
  title: "先进制造业强市建设“4151”计划专项政策", issuer: "绍兴市人民政府办公室", date: "2025-02-10", draft: false,
};

const FUZE6 = "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励";
const GREEN_LEVELS = ["嘉兴市级绿色工厂", "省级绿色工厂", "国家级绿色工厂"];
const TECH_LEVELS = ["嘉兴市级", "省级", "国家级"];

export const PINGHU_RULES: SettlementRules = {
  namespace: "PINGHU",
  rules: [
    { kind: "exclusion", id: "VETO", title: "一票否决", article: "附则5", document: PINGHU_000,
      text: "凡列入一票否决事项名单的企业和个人，不能享受上述优惠政策。", basis: "凡列入一票否决事项名单的企业和个人，不能享受上述优惠政策" },
    { kind: "ladder", id: "LADDER_GREEN", name: "绿色工厂", title: "绿色工厂进档差额", article: "附则6", document: PINGHU_000, text: FUZE6,
      basis: "同一项目进档升级，属定额奖励的给予两档之间的差额奖励",
      members: [{ fn: "GREEN_FACTORY", param: 0, values: GREEN_LEVELS }, { fn: "GREEN_FACTORY_2024", param: 0, values: GREEN_LEVELS }] },
    { kind: "ladder", id: "LADDER_TECH", name: "企业技术中心", title: "企业技术中心进档差额", article: "附则6", document: PINGHU_000, text: FUZE6,
      basis: "同一项目进档升级，属定额奖励的给予两档之间的差额奖励",
      members: [{ fn: "TECH_CENTER", param: 0, values: TECH_LEVELS }, { fn: "TECH_CENTER_2024", param: 0, values: TECH_LEVELS }] },
    { kind: "highest", id: "HIGHEST", title: "同一项目不重复奖励、就高执行", article: "附则6", document: PINGHU_000, text: FUZE6,
      basis: "不重复奖励，就高执行" },
    { kind: "annualCap", id: "TAPEOUT_CAP", title: "流片奖励当年度上限", article: "第2条", document: PINGHU_000,
      text: "以上奖励单个企业当年度最高可获得 500 万元。", basis: "以上奖励单个企业当年度最高可获得 500 万元",
      functions: ["IC_FULL_MASK_TAPEOUT", "IC_MPW_TAPEOUT"], sum: "500" },
    { kind: "annualCap", id: "SOFTWARE_COUNT", title: "软件产品奖励当年度项数", article: "第3条", document: PINGHU_000,
      text: "同一款软件不得重复享受以上两个奖励，单个企业当年度奖励不超过 5 项。", basis: "单个企业当年度奖励不超过 5 项",
      functions: ["SOFTWARE_PRODUCT"], count: 5 },
    { kind: "contributionCap", id: "CONTRIBUTION", title: "财政专项资金贡献封顶", article: "附则4", document: PINGHU_000,
      text: "本政策第 1-3、5-8、10-11、13-15、19、21、25、27、29-36、40-44 及第 22 条关于销售奖励以外的条款内容、第 24 和 26 条关于设计合作奖励以外的条款内容不执行财政专项资金贡献封顶。",
      basis: "不执行财政专项资金贡献封顶", functions: ["EQUIPMENT", "SOFTWARE_REVENUE_MILESTONE"] },
    { kind: "budget", id: "BUDGET", title: "预算总额控制", article: "附则2", document: PINGHU_000,
      text: "本政策所有条款实行预算总额控制、竞争性分配。", basis: "本政策所有条款实行预算总额控制、竞争性分配" },
  ],
};

const FUZE5 = "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。";

export const SHAOXING_RULES: SettlementRules = {
  namespace: "SHAOXING",
  rules: [
    { kind: "exclusion", id: "INELIGIBLE", title: "不予享受政策", article: "附则（四）", document: SHAOXING_004,
      text: "上年度亩均效益综合评价为D类……被有关部门查处并列入严重失信名单的企业,不予享受政策。", basis: "不予享受政策" },
    { kind: "ladder", id: "LADDER_TECH", name: "企业技术中心", title: "企业技术中心晋升差额", article: "附则（五）", document: SHAOXING_004, text: FUZE5,
      basis: "同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分",
      members: [{ fn: "TECH_CENTER", param: 0, values: ["市级企业技术中心", "省级企业技术中心", "国家级企业技术中心"] }] },
    { kind: "highest", id: "NO_DOUBLE", title: "不重复享受", article: "附则（五）", document: SHAOXING_004, text: FUZE5, basis: "不重复享受" },
    { kind: "stack", id: "FUTURE_ON_EQUIPMENT", title: "未来产业项目再补助", article: "（三）", document: SHAOXING_004,
      text: "对氢能产业项目,当年实际完成设备投资额300万元以上的,在享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助",
      basis: "在享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助", addOn: ["FUTURE_INDUSTRY_EXTRA"], base: ["EQUIPMENT"] },
  ],
};

export const RULES: readonly SettlementRules[] = [PINGHU_RULES, SHAOXING_RULES];

/** A rule of a fixture by id (for asserting citations). */
export function rule(ns: SettlementRules, id: string): SettlementRule {
  const r = ns.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
