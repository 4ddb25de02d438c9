// 由 zhengce build 生成，请勿手工修改。命名空间 SHAOXING，来源：policies/shaoxing-004.zc
import type { Decimal } from "decimal.js";
import { Exact as D } from "../runtime/exact.js";
import type { ArgValue, CompiledFunction, FunctionMeta, TraceStep } from "../runtime/types.js";
import { PolicyInputError, PolicyLookupError, type SourcePosition } from "../runtime/errors.js";
import { showValue } from "../runtime/show.js";
import { cmp } from "../runtime/compare.js";
import type { SettlementRules } from "../runtime/settlement/rules.js";

const ZERO = new D(0);
const K0 = new D("0.001");
const K1 = new D("8");
const K2 = new D("0");
const K3 = new D("5");
const K4 = new D("0.5");
const K5 = new D("1");
const K6 = new D("6");
const K7 = new D("50");
const K8 = new D("100");
const K9 = new D("15");
const K10 = new D("10");
const K11 = new D("500");
const K12 = new D("300");
const K13 = new D("0.06");
const K14 = new D("20");
const K15 = new D("30");
const K16 = new D("0.8");
const K17 = new D("0.6");
const K18 = new D("25");
const K19 = new D("0.3");
const K20 = new D("40");
const K21 = new D("60");
const K22 = new D("0.02");
const K23 = new D("0.04");
const K24 = new D("1500");
const K25 = new D("10000");
const K26 = new D("180");
const K27 = new D("90");
const K28 = new D("5000000");
const K29 = new D("1000000");
const K30 = new D("200");
const K31 = new D("150");
const K32 = new D("80");
const K33 = new D("1000");
const K34 = new D("2");
const K35 = new D("4");
const K36 = new D("3");
const K37 = new D("0.08");
const S0 = "月租金不超过单价10元/平方米";
const S1 = "后3年每年不超过年租金总额50%";
const S2 = "前5年每年不超过年租金总额100%";
const S3 = "每年不超过6万元";
const S4 = "对当年新增列入工信部印染化工(化学纤维)企业规范名单的,奖励50万元";
const S5 = "做强做大数字经济核心企业,对当年首次列入国家电子信息百强企业、省电子信息产业百家重点企业的,分别奖励最高不超过100万元、50万元";
const S6 = "软件企业当年列入省级以上产品主数据标准(CPMS)优秀创新应用案例的,奖励最高不超过15万元";
const S7 = "软件企业当年参与细分行业产品主数据标准(CPMS)制定的,奖励最高不超过10万元";
const S8 = "鼓励软件名园创建,新认定为中国软件名园的,一次性奖励园区运营主体最高不超过500万元";
const S9 = "当年实际完成设备投资额300万元以上的";
const S10 = "再按设备投资额的6%给予补助";
const S11 = "单个项目额外补助不超过300万元";
const S12 = "单个项目额外补助不超过500万元";
const S13 = "对新增认定为市级、省级历史经典产业传承创新工作室的,分别奖励20万元、30万元";
const S14 = "对参加市级及以上行业主管部门及其委托机构组织的工艺美术精品展的,按国家级、省级、市级工艺美术大师,分别补助100%、80%、60%展位费";
const S15 = "对当年新增认定为省级产业链上下游企业共同体牵头企业的,奖励50万元";
const S16 = "组织100家企业(含)以上参加的";
const S17 = "组织50家企业(含)以上参加的";
const S18 = "每场活动补助25万元";
const S19 = "每场活动补助15万元";
const S20 = "鼓励创建“专精特新”产业园,对入选省级试点的,奖励最高不超过100万元";
const S21 = "对当年新增认定为市级特色产业园区的,奖励最高不超过20万元";
const S22 = "对当年列入市级年度计划并完成项目建设的";
const S23 = "支持创建数字化示范园区,对当年列入市级年度计划并完成项目建设的,按软硬件实际投资额的30%给予补助,每个园区不超过100万元";
const S24 = "每个园区不超过100万元";
const S25 = "对当年新增认定为市级、省级数字化示范园区的,每个分别奖励,最高不超过20万元、50万元,同一园区省、市同年认定的,就高奖励";
const S26 = "对当年新增认定为省级小微企业园的,奖励10万元";
const S27 = "获三、四、五星级小微企业园的,分别奖励20万元、40万元、60万元,对当年晋级星级的小微企业园,实施晋级差额奖励";
const S28 = "实施晋级差额奖励";
const S29 = "当年新增认定国家级小微企业创业创新示范基地的,奖励园区100万元";
const S30 = "对当年实际完成设备投入300万元及以上的项目";
const S31 = "在6%的基础上增加2个百分点";
const S32 = "在6%的基础上增加4个百分点";
const S33 = "按实际完成设备投资额的6%给予奖励";
const S34 = "单个项目当年设备投入奖励不超过1500万元";
const S35 = "独立供地重大制造业项目";
const S36 = "对固定资产投资1亿元以上的";
const S37 = "提前180天(含)以上开工的,奖励20万元";
const S38 = "提前90天(含)以上的,奖励10万元";
const S39 = "对固定资产投资1亿元以上的独立供地重大制造业项目,比建设用地使用权出让合同或履约监管合同约定期限提前180天(含)以上开工的,奖励20万元";
const S40 = "提前180天(含)以上建成投产的,奖励40万元";
const S41 = "提前90天(含)以上的,奖励20万元";
const S42 = "比建设用地使用权出让合同或履约监管合同约定期限提前180天(含)以上建成投产的,奖励40万元";
const S43 = "最高不超过500万元";
const S44 = "在当地的制造业营收占比不低于50%";
const S45 = "年营业收入达到500亿元以上的企业,营业收入每增加100亿元";
const S46 = "首次突破";
const S47 = "再奖励最高不超过50万元";
const S48 = "当年新增列入国家级制造业“领航企业”、省级“雄鹰企业”的,分别奖励200万元和100万元";
const S49 = "支持“链主”企业发展,当年新增列入国家级、省级、市级“链主”企业的,分别奖励200万元、100万元、20万元";
const S50 = "支持民营经济总部企业壮大,新增列入省级民营经济总部领军企业的,一次性奖励50万元";
const S51 = "当年新列入国家级制造业单项冠军企业的,奖励200万元";
const S52 = "当年列入省级单项冠军培育企业的,奖励20万元";
const S53 = "当年认定为国家级专精特新“小巨人”企业的,一次性奖励150万元";
const S54 = "当年认定为省级专精特新中小企业的,奖励10万元";
const S55 = "当年认定为省“隐形冠军”企业的,奖励最高不超过80万元";
const S56 = "获得国家中小企业创新创业大赛一、二、三等奖的,分别奖励100万元、50万元、30万元";
const S57 = "营造创业创新氛围,获得国家中小企业创新创业大赛一、二、三等奖的,分别奖励100万元、50万元、30万元,获得省中小企业创新创业大赛一、二、三等奖的,分别奖励50万元、20万元、10万元,同一项目国家、省同时获奖的,就高奖励";
const S58 = "获得省中小企业创新创业大赛一、二、三等奖的,分别奖励50万元、20万元、10万元";
const S59 = "获得市中小企业创新创业大赛一、二、三等奖的,分别奖励20万元、10万元、5万元";
const S60 = "支持企业管理对标提升,当年认定为省级及以上企业管理标杆企业的,奖励50万元";
const S61 = "当年认定为五星级、四星级企业管理标杆企业的,分别奖励10万元、5万元";
const S62 = "支持企业建设创新中心,当年新增认定为国家级、省级制造业创新中心的,分别奖励最高不超过1000万元、500万元";
const S63 = "当年新认定为国家级、省级产业创新中心的,分别奖励500万元、100万元";
const S64 = "当年新增认定为国家级、省级企业技术中心,省级重点产业技术联盟依托单位,市级企业技术中心的,分别奖励最高不超过100万元、20万元、10万元、5万元";
const S65 = "当年新增认定为国家级、省级技术创新示范企业的,分别奖励最高不超过100万元、30万元";
const S66 = "对当年认定为省级优秀工业新产品(新技术)的,一次性奖励最高不超过20万元";
const S67 = "当年通过评价(验收)的省重点技术创新项目、省重点高新技术产品开发项目、省级工业新产品(新技术),分别奖励最高不超过10万元、5万元、2万元";
const S68 = "当年新增认定为市级首台(套)整机设备(成套设备)的,奖励最高不超过30万元";
const S69 = "当年新增认定为国际、国内、省级、市级首台(套)关键零部件的,分别奖励最高不超过100万元、50万元、25万元、10万元";
const S70 = "投入达到30万元以上的信息化项目";
const S71 = "按不超过其投资总额的30%给予补助";
const S72 = "单家企业每年不超过150万元";
const S73 = "当年新列入省级5G全连接工厂的企业,按车间级、工厂级,分别奖励15万元、50万元";
const S74 = "当年新列入省级5G全连接工厂的企业,按车间级、工厂级,分别奖励15万元、50万元,新列入市级的,按车间级、工厂级,分别奖励10万元、30万元";
const S75 = "新列入市级的,按车间级、工厂级,分别奖励10万元、30万元";
const S76 = "当年新增认定为省级未来工厂、省级智能工厂、市级智能工厂、省级数字化车间、市级数字化车间的,分别奖励500万元、50万元、30万元、15万元、10万元";
const S77 = "最高不超过100万";
const S78 = "对当年新认定为省级、市级工业互联网平台的企业,分别奖励最高不超过100万、20万元";
const S79 = "当年新增认定为国家级、省级工业互联网APP优秀解决方案或工业软件优秀产品的,分别奖励最高不超过50万元、20万元";
const S80 = "当年新列入省级重点工业信息工程服务机构(省级数字化服务商)的,奖励30万元";
const S81 = "分别奖励最高不超过20万元";
const S82 = "奖励最高不超过5万元";
const S83 = "被认定为市级及以上智能工厂(5G工厂、工业互联网平台、云上企业)的";
const S84 = "首次通过数据管理能力成熟度(DCMM)国家标准贯标2级、3级、4级及以上认证并被认定为市级及以上智能工厂(5G工厂、工业互联网平台、云上企业)的,奖励最高不超过50万元";
const S85 = "当年新列入省级首席数据官试点的企业,奖励最高不超过10万元";
const S86 = "首次通过工信部“两化”融合管理体系贯标评定(试点),AAA级及以上的奖励不超过30万元,AA级(单元级)的奖励最高不超过10万元";
const S87 = "当年新列入国家级、省级新一代信息技术与制造业融合发展试点的企业(项目),分别奖励最高不超过50万元、10万元";
const S88 = "当年新列入工信部工业互联网试点示范项目的,奖励最高不超过50万元";
const S89 = "当年新列入省级新型信息消费示范项目的,奖励最高不超过20万元";
const S90 = "对获得国家级数据大赛一、二、三等奖的,分别奖励10万元、8万元、6万元";
const S91 = "支持公共数据开放利用,对获得国家级数据大赛一、二、三等奖的,分别奖励10万元、8万元、6万元,省级一、二、三等奖的,分别奖励8万元、6万元、4万元,市级一、二、三等奖的,分别奖励3万元、2万元、1万元,同一项目同时获国家级、省级、市级奖的,就高奖励";
const S92 = "省级一、二、三等奖的,分别奖励8万元、6万元、4万元";
const S93 = "市级一、二、三等奖的,分别奖励3万元、2万元、1万元";
const S94 = "孵化项目营业收入超100万元的,再奖励5万元";
const S95 = "鼓励政企合作,对企业主导的数据领域社会类政企合作(不包括政府投资项目),取得国家级、省级、市级试点或荣誉的,分别奖励10万元、5万元、2万元";
const S96 = "每个奖励1万元";
const S97 = "对当年新认定的市级数据产业园,一次性补助10万元";
const S98 = "示范项目并验收通过的";
const S99 = "按实际设备投资额的8%给予奖励";
const S100 = "最高不超过100万元";
const S101 = "当年新认定为国家级、省级、市级绿色低碳企业(工厂、产品、园区、供应链、绿色设计示范等)的,分别奖励50万元、30万元、10万元";
const S102 = "当年新认定为省级节水型企业的,奖励10万元";
const S103 = "当年通过能源管理体系认证的,奖励5万元";
const S104 = "当年经验收合格的省级自愿性清洁生产企业,奖励5万元";
const S105 = "当年新认定为省级、市级亩均效益“领跑者”的,分别奖励最高不超过30万元、20万元";
const S106 = "列入市级及以上年度淘汰落后产能计划的,经验收通过";
const S107 = "按淘汰设备资产净值的8%给予奖励";
const S108 = "不超过300万元";
const S109 = "鼓励发展工业设计,当年新认定为国家级、省级工业设计中心(工业设计研究院)、市级工业设计中心的,分别奖励100万元、20万元、5万元";
const S110 = "当年获得国内外知名工业设计大赛奖项(如红点奖、IF设计奖、中国设计智造奖、红星奖、国家优秀工业设计奖、G-mark奖、IDEA、金顶奖、金剪刀奖、国际A级设计大赛奖、台湾金点设计奖、好设计等)的企业(个人),奖励5万元";
const S111 = "当年新增认定为国家级、省级中小企业公共服务示范平台的,分别奖励30万元、10万元";
const S112 = "推动行业协会能力建设,经业务主管部门年度考核优秀的市级工业行业协会,奖励最高不超过10万元";
const S113 = "当年获得中国质量奖、省政府质量奖的,分别奖励150万元、100万元";
const S114 = "当年获得中国质量奖提名奖、省政府质量管理创新奖的,分别奖励100万元、30万元";
const S115 = "当年获得绍兴市质量管理卓越企业(组织)、创新企业(组织)的,分别奖励50万元、20万元";
const S116 = "当年新获得“浙江制造精品”的企业,奖励20万元";
const S117 = "鼓励企业参与中国品牌价值测评,当年新列入中国品牌价值榜的企业,奖励10万元";
const S118 = "每家奖励最高不超过20万元";
const S119 = "每家奖励5万元";
const S120 = "按类型分档,每项分别奖励最高不超过50万元、30万元、20万元、10万元";
const S121 = "当年主导制修订并由有权机构发布国际标准、国家标准、行业标准、省级地方标准的,按类型分档,每项分别奖励最高不超过50万元、30万元、20万元、10万元";
const S122 = "参与制修订国际标准的,每项奖励最高不超过25万元";
const S123 = "参与制修订国家标准的,每项奖励最高不超过10万元";
const S124 = "参与制修订行业标准的,每项奖励最高不超过5万元";
const S125 = "每项奖励最高不超过30万元";
const S126 = "当年获得中国标准创新贡献一、二、三等奖的,在国家奖励基础上,分别配套奖励50万元、20万元、10万元";
const S127 = "获得省重大标准创新贡献奖、优秀贡献奖的,在省奖励基础上,分别配套奖励30万元、10万元";
const S128 = "获得市标准创新重大贡献奖、优秀贡献奖的,分别奖励50万元、20万元";
const S129 = "承担国家级、省级、市级标准化试点项目的,分别奖励50万元、30万元、10万元";
const S130 = "牵头成立全国专业标准化技术委员会、分技术委员会(省级标准化技术委员会)、工作组(省级分技术委员会)的,分别奖励50万元、20万元、10万元,并给予每年20万元、10万元、5万元工作补助经费";
const S131 = "每年20万元";
const S132 = "每项奖励10万元";
const S133 = "首次被认定为标准创新型高级、中级企业的,分别奖励50万元、20万元";
const S134 = "当年新评定为企业标准“领跑者”的,奖励最高不超过10万元";
const B0: readonly string[] = ["孵化项目营业收入 > 100万元 成立", "孵化项目营业收入 > 100万元 不成立"];
const W0: SourcePosition = { fn: "SHAOXING.ELECTRONICS_TOP100", file: "policies/shaoxing-004.zc", line: 83 };
const W1: SourcePosition = { fn: "SHAOXING.FUTURE_INDUSTRY_EXTRA", file: "policies/shaoxing-004.zc", line: 153 };
const W2: SourcePosition = { fn: "SHAOXING.CLASSIC_STUDIO", file: "policies/shaoxing-004.zc", line: 178 };
const W3: SourcePosition = { fn: "SHAOXING.CRAFT_EXHIBITION", file: "policies/shaoxing-004.zc", line: 196 };
const W4: SourcePosition = { fn: "SHAOXING.CHAIN_EVENT", file: "policies/shaoxing-004.zc", line: 234 };
const W5: SourcePosition = { fn: "SHAOXING.CHAIN_EVENT", file: "policies/shaoxing-004.zc", line: 238 };
const W6: SourcePosition = { fn: "SHAOXING.DIGITAL_PARK_TITLE", file: "policies/shaoxing-004.zc", line: 312 };
const W7: SourcePosition = { fn: "SHAOXING.SME_PARK_STAR", file: "policies/shaoxing-004.zc", line: 343 };
const W8: SourcePosition = { fn: "SHAOXING.SME_PARK_STAR", file: "policies/shaoxing-004.zc", line: 347 };
const W9: SourcePosition = { fn: "SHAOXING.EQUIPMENT", file: "policies/shaoxing-004.zc", line: 395 };
const W10: SourcePosition = { fn: "SHAOXING.EARLY_PROGRESS", file: "policies/shaoxing-004.zc", line: 431 };
const W11: SourcePosition = { fn: "SHAOXING.REVENUE_STEP", file: "policies/shaoxing-004.zc", line: 490 };
const W12: SourcePosition = { fn: "SHAOXING.REVENUE_STEP", file: "policies/shaoxing-004.zc", line: 491 };
const W13: SourcePosition = { fn: "SHAOXING.NAVIGATOR_EAGLE", file: "policies/shaoxing-004.zc", line: 513 };
const W14: SourcePosition = { fn: "SHAOXING.CHAIN_LEADER", file: "policies/shaoxing-004.zc", line: 530 };
const W15: SourcePosition = { fn: "SHAOXING.SPECIALIZED", file: "policies/shaoxing-004.zc", line: 564 };
const W16: SourcePosition = { fn: "SHAOXING.SME_CONTEST", file: "policies/shaoxing-004.zc", line: 590 };
const W17: SourcePosition = { fn: "SHAOXING.MANAGEMENT_BENCHMARK", file: "policies/shaoxing-004.zc", line: 625 };
const W18: SourcePosition = { fn: "SHAOXING.MFG_INNOVATION_CENTER", file: "policies/shaoxing-004.zc", line: 644 };
const W19: SourcePosition = { fn: "SHAOXING.INDUSTRY_INNOVATION_CENTER", file: "policies/shaoxing-004.zc", line: 658 };
const W20: SourcePosition = { fn: "SHAOXING.TECH_CENTER", file: "policies/shaoxing-004.zc", line: 676 };
const W21: SourcePosition = { fn: "SHAOXING.TECH_INNOVATION_DEMO", file: "policies/shaoxing-004.zc", line: 697 };
const W22: SourcePosition = { fn: "SHAOXING.TECH_PROJECT_EVAL", file: "policies/shaoxing-004.zc", line: 729 };
const W23: SourcePosition = { fn: "SHAOXING.KEY_COMPONENT", file: "policies/shaoxing-004.zc", line: 763 };
const W24: SourcePosition = { fn: "SHAOXING.FIVE_G_FACTORY", file: "policies/shaoxing-004.zc", line: 811 };
const W25: SourcePosition = { fn: "SHAOXING.SMART_FACTORY", file: "policies/shaoxing-004.zc", line: 836 };
const W26: SourcePosition = { fn: "SHAOXING.IIP_PLATFORM", file: "policies/shaoxing-004.zc", line: 859 };
const W27: SourcePosition = { fn: "SHAOXING.IIP_APP", file: "policies/shaoxing-004.zc", line: 876 };
const W28: SourcePosition = { fn: "SHAOXING.CLOUD_BIGDATA", file: "policies/shaoxing-004.zc", line: 906 };
const W29: SourcePosition = { fn: "SHAOXING.DCMM", file: "policies/shaoxing-004.zc", line: 927 };
const W30: SourcePosition = { fn: "SHAOXING.TWO_INTEGRATION", file: "policies/shaoxing-004.zc", line: 960 };
const W31: SourcePosition = { fn: "SHAOXING.IT_FUSION_PILOT", file: "policies/shaoxing-004.zc", line: 977 };
const W32: SourcePosition = { fn: "SHAOXING.DATA_CONTEST", file: "policies/shaoxing-004.zc", line: 1029 };
const W33: SourcePosition = { fn: "SHAOXING.GOV_ENTERPRISE_DATA", file: "policies/shaoxing-004.zc", line: 1070 };
const W34: SourcePosition = { fn: "SHAOXING.GREEN_LOW_CARBON", file: "policies/shaoxing-004.zc", line: 1137 };
const W35: SourcePosition = { fn: "SHAOXING.MUJUN_LEADER", file: "policies/shaoxing-004.zc", line: 1195 };
const W36: SourcePosition = { fn: "SHAOXING.DESIGN_CENTER", file: "policies/shaoxing-004.zc", line: 1232 };
const W37: SourcePosition = { fn: "SHAOXING.SME_SERVICE_PLATFORM", file: "policies/shaoxing-004.zc", line: 1264 };
const W38: SourcePosition = { fn: "SHAOXING.QUALITY_AWARD", file: "policies/shaoxing-004.zc", line: 1299 };
const W39: SourcePosition = { fn: "SHAOXING.PINZI", file: "policies/shaoxing-004.zc", line: 1352 };
const W40: SourcePosition = { fn: "SHAOXING.STANDARD", file: "policies/shaoxing-004.zc", line: 1373 };
const W41: SourcePosition = { fn: "SHAOXING.STANDARD_CONTRIBUTION", file: "policies/shaoxing-004.zc", line: 1429 };
const W42: SourcePosition = { fn: "SHAOXING.STANDARD_PILOT", file: "policies/shaoxing-004.zc", line: 1454 };
const W43: SourcePosition = { fn: "SHAOXING.STANDARD_TC_SETUP", file: "policies/shaoxing-004.zc", line: 1474 };
const W44: SourcePosition = { fn: "SHAOXING.STANDARD_TC_ANNUAL", file: "policies/shaoxing-004.zc", line: 1494 };
const W45: SourcePosition = { fn: "SHAOXING.STANDARD_INNOVATIVE_ENTERPRISE", file: "policies/shaoxing-004.zc", line: 1526 };

const m0: FunctionMeta = {
  "id": "SHAOXING.SOFTWARE_RENT",
  "namespace": "SHAOXING",
  "name": "SOFTWARE_RENT",
  "zhName": "软件企业租金补贴",
  "title": "软件企业办公用房租金补贴",
  "article": "（二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对租赁办公用房的软件企业,按照月租金不超过单价10元/平方米、每年不超过6万元、前5年每年不超过年租金总额100%、后3年每年不超过年租金总额50%的标准给予租金补贴,以“先交后补”形式兑现,具体额度和标准由各地决定;",
  "note": "按原文上限计算（原文称具体额度和标准由各地决定）。月租金单价10元/平方米的上限限定计入补贴的租金，前5个补贴年度按计补租金的100%、第6至8个补贴年度按50%补贴，第9年起不补，最后按每年6万元封顶。",
  "params": [
    {
      "name": "年租金",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年实际缴纳的办公用房租金（租赁月数内），万元"
    },
    {
      "name": "租赁面积",
      "kind": "quantity",
      "unit": "平方米",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "租赁的办公用房面积，平方米"
    },
    {
      "name": "补贴年次",
      "kind": "quantity",
      "unit": "年",
      "optional": false,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本年是享受租金补贴的第几年，1起（前5年为1至5，后3年为6至8）"
    },
    {
      "name": "租赁月数",
      "kind": "quantity",
      "unit": "月",
      "optional": true,
      "default": 12,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "max": {
        "value": "12",
        "inclusive": true
      },
      "description": "当年计租月数，1至12，默认12"
    }
  ],
  "result": "money"
};
const m1: FunctionMeta = {
  "id": "SHAOXING.DYEING_CHEM_STANDARD",
  "namespace": "SHAOXING",
  "name": "DYEING_CHEM_STANDARD",
  "zhName": "印染化工规范名单奖励",
  "title": "印染化工（化学纤维）企业规范名单奖励",
  "article": "（一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新增列入工信部印染化工(化学纤维)企业规范名单的,奖励50万元。",
  "note": "",
  "params": [
    {
      "name": "当年新增列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新增列入工信部印染化工（化学纤维）企业规范名单"
    }
  ],
  "result": "money"
};
const m2: FunctionMeta = {
  "id": "SHAOXING.ELECTRONICS_TOP100",
  "namespace": "SHAOXING",
  "name": "ELECTRONICS_TOP100",
  "zhName": "电子信息百强奖励",
  "title": "电子信息百强企业奖励",
  "article": "（二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "做强做大数字经济核心企业,对当年首次列入国家电子信息百强企业、省电子信息产业百家重点企业的,分别奖励最高不超过100万元、50万元。",
  "note": "“最高不超过N万元”的定额奖励按N万元计：国家电子信息百强企业100万元，省电子信息产业百家重点企业50万元。",
  "params": [
    {
      "name": "榜单",
      "kind": "enum",
      "values": [
        "国家电子信息百强企业",
        "省电子信息产业百家重点企业"
      ],
      "optional": false,
      "integer": false,
      "description": "当年首次列入的榜单"
    }
  ],
  "result": "money"
};
const m3: FunctionMeta = {
  "id": "SHAOXING.CPMS_CASE",
  "namespace": "SHAOXING",
  "name": "CPMS_CASE",
  "zhName": "CPMS应用案例奖励",
  "title": "软件企业产品主数据标准（CPMS）优秀创新应用案例奖励",
  "article": "（二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "软件企业当年列入省级以上产品主数据标准(CPMS)优秀创新应用案例的,奖励最高不超过15万元;",
  "note": "“最高不超过15万元”的定额奖励按15万元计。",
  "params": [
    {
      "name": "当年列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "软件企业当年是否列入省级以上CPMS优秀创新应用案例"
    }
  ],
  "result": "money"
};
const m4: FunctionMeta = {
  "id": "SHAOXING.CPMS_STANDARD",
  "namespace": "SHAOXING",
  "name": "CPMS_STANDARD",
  "zhName": "CPMS标准制定奖励",
  "title": "软件企业参与产品主数据标准（CPMS）制定奖励",
  "article": "（二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "软件企业当年参与细分行业产品主数据标准(CPMS)制定的,奖励最高不超过10万元;",
  "note": "“最高不超过10万元”的定额奖励按10万元计。",
  "params": [
    {
      "name": "当年参与",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "软件企业当年是否参与细分行业CPMS制定"
    }
  ],
  "result": "money"
};
const m5: FunctionMeta = {
  "id": "SHAOXING.SOFTWARE_PARK",
  "namespace": "SHAOXING",
  "name": "SOFTWARE_PARK",
  "zhName": "中国软件名园奖励",
  "title": "中国软件名园奖励",
  "article": "（二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "鼓励软件名园创建,新认定为中国软件名园的,一次性奖励园区运营主体最高不超过500万元。",
  "note": "“最高不超过500万元”的一次性奖励按500万元计，奖励对象为园区运营主体。",
  "params": [
    {
      "name": "新认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "是否新认定为中国软件名园"
    }
  ],
  "result": "money"
};
const m6: FunctionMeta = {
  "id": "SHAOXING.FUTURE_INDUSTRY_EXTRA",
  "namespace": "SHAOXING",
  "name": "FUTURE_INDUSTRY_EXTRA",
  "zhName": "未来产业额外补助",
  "title": "氢能及未来产业先导区项目设备投资额外补助",
  "article": "（三）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "鼓励氢能等新能源产业发展,对氢能产业项目,当年实际完成设备投资额300万元以上的,在享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助,单个项目额外补助不超过300万元。对当年列入省级未来产业先导区和“新星”产业集群区域所属行业项目的,享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助,单个项目额外补助不超过500万元。",
  "note": "只计算在（八）设备投资奖励之外的额外6%；“300万元以上”含本数，先导区项目同样须达到（八）的300万元门槛。同一项目同时属于两类的，按附则（五）只享受一项，由使用者选择（一般取封顶较高的先导区项目）。",
  "params": [
    {
      "name": "设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目当年实际完成设备投资额，万元"
    },
    {
      "name": "项目类型",
      "kind": "enum",
      "values": [
        "氢能产业项目",
        "未来产业先导区项目"
      ],
      "optional": false,
      "integer": false,
      "description": "氢能产业项目，或列入省级未来产业先导区和新星产业集群区域所属行业项目"
    }
  ],
  "result": "money"
};
const m7: FunctionMeta = {
  "id": "SHAOXING.CLASSIC_STUDIO",
  "namespace": "SHAOXING",
  "name": "CLASSIC_STUDIO",
  "zhName": "经典产业工作室奖励",
  "title": "历史经典产业传承创新工作室奖励",
  "article": "（四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对新增认定为市级、省级历史经典产业传承创新工作室的,分别奖励20万元、30万元;",
  "note": "市级晋升省级的，按附则（五）只奖差额（30 − 20），由使用者扣除已获市级奖励。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "市级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "新增认定的工作室级别"
    }
  ],
  "result": "money"
};
const m8: FunctionMeta = {
  "id": "SHAOXING.CRAFT_EXHIBITION",
  "namespace": "SHAOXING",
  "name": "CRAFT_EXHIBITION",
  "zhName": "工艺美术展位费补助",
  "title": "工艺美术精品展展位费补助",
  "article": "（四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对参加市级及以上行业主管部门及其委托机构组织的工艺美术精品展的,按国家级、省级、市级工艺美术大师,分别补助100%、80%、60%展位费;",
  "note": "补助比例按参展工艺美术大师的级别确定，原文未设上限。",
  "params": [
    {
      "name": "展位费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "参加工艺美术精品展实际支付的展位费，万元"
    },
    {
      "name": "大师级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "参展工艺美术大师的级别"
    }
  ],
  "result": "money"
};
const m9: FunctionMeta = {
  "id": "SHAOXING.CHAIN_COMMUNITY",
  "namespace": "SHAOXING",
  "name": "CHAIN_COMMUNITY",
  "zhName": "产业链共同体奖励",
  "title": "省级产业链上下游企业共同体牵头企业奖励",
  "article": "（六）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新增认定为省级产业链上下游企业共同体牵头企业的,奖励50万元。",
  "note": "",
  "params": [
    {
      "name": "牵头企业",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新增认定为省级产业链上下游企业共同体牵头企业"
    }
  ],
  "result": "money"
};
const m10: FunctionMeta = {
  "id": "SHAOXING.CHAIN_EVENT",
  "namespace": "SHAOXING",
  "name": "CHAIN_EVENT",
  "zhName": "十链百场活动补助",
  "title": "“十链百场万企”活动补助",
  "article": "（六）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对牵头举办省级“十链百场万企”活动的企业(协会),且组织100家企业(含)以上参加的,每场活动补助25万元;举办市级“十链百场万企”活动的企业(协会),且组织50家企业(含)以上参加的,每场活动补助15万元。",
  "note": "按场次计算，每场调用一次；参加企业数门槛含本数：省级100家、市级50家。",
  "params": [
    {
      "name": "活动级别",
      "kind": "enum",
      "values": [
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "牵头举办的十链百场万企活动级别"
    },
    {
      "name": "参加企业数",
      "kind": "quantity",
      "unit": "家",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本场组织参加的企业数，家"
    }
  ],
  "result": "money"
};
const m11: FunctionMeta = {
  "id": "SHAOXING.SPECIALIZED_PARK",
  "namespace": "SHAOXING",
  "name": "SPECIALIZED_PARK",
  "zhName": "专精特新产业园奖励",
  "title": "“专精特新”产业园省级试点奖励",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "鼓励创建“专精特新”产业园,对入选省级试点的,奖励最高不超过100万元;",
  "note": "“最高不超过100万元”的定额奖励按100万元计。",
  "params": [
    {
      "name": "入选省级试点",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "专精特新产业园是否入选省级试点"
    }
  ],
  "result": "money"
};
const m12: FunctionMeta = {
  "id": "SHAOXING.FEATURE_PARK",
  "namespace": "SHAOXING",
  "name": "FEATURE_PARK",
  "zhName": "特色产业园区奖励",
  "title": "市级特色产业园区奖励",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新增认定为市级特色产业园区的,奖励最高不超过20万元。",
  "note": "“最高不超过20万元”的定额奖励按20万元计。",
  "params": [
    {
      "name": "当年新增认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新增认定为市级特色产业园区"
    }
  ],
  "result": "money"
};
const m13: FunctionMeta = {
  "id": "SHAOXING.DIGITAL_PARK_BUILD",
  "namespace": "SHAOXING",
  "name": "DIGITAL_PARK_BUILD",
  "zhName": "数字化园区建设补助",
  "title": "数字化示范园区建设补助",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "支持创建数字化示范园区,对当年列入市级年度计划并完成项目建设的,按软硬件实际投资额的30%给予补助,每个园区不超过100万元;",
  "note": "须当年列入市级年度计划并完成项目建设；补助为软硬件实际投资额的30%，每个园区封顶100万元。",
  "params": [
    {
      "name": "软硬件实际投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "园区数字化建设软硬件实际投资额，万元"
    },
    {
      "name": "列入计划并完成建设",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "是否当年列入市级年度计划并完成项目建设"
    }
  ],
  "result": "money"
};
const m14: FunctionMeta = {
  "id": "SHAOXING.DIGITAL_PARK_TITLE",
  "namespace": "SHAOXING",
  "name": "DIGITAL_PARK_TITLE",
  "zhName": "数字化示范园区奖励",
  "title": "数字化示范园区认定奖励",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新增认定为市级、省级数字化示范园区的,每个分别奖励,最高不超过20万元、50万元,同一园区省、市同年认定的,就高奖励。",
  "note": "“最高不超过N万元”的定额奖励按N万元计；同一园区省、市同年认定的就高，传入省级。跨年由市级晋升省级的，按附则（五）只奖差额，由使用者扣除已获市级奖励。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "市级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的数字化示范园区级别"
    }
  ],
  "result": "money"
};
const m15: FunctionMeta = {
  "id": "SHAOXING.SME_PARK_PROVINCIAL",
  "namespace": "SHAOXING",
  "name": "SME_PARK_PROVINCIAL",
  "zhName": "省级小微企业园奖励",
  "title": "省级小微企业园认定奖励",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新增认定为省级小微企业园的,奖励10万元;",
  "note": "",
  "params": [
    {
      "name": "当年新增认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新增认定为省级小微企业园"
    }
  ],
  "result": "money"
};
const m16: FunctionMeta = {
  "id": "SHAOXING.SME_PARK_STAR",
  "namespace": "SHAOXING",
  "name": "SME_PARK_STAR",
  "zhName": "星级小微企业园奖励",
  "title": "星级小微企业园奖励（含晋级差额）",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "获三、四、五星级小微企业园的,分别奖励20万元、40万元、60万元,对当年晋级星级的小微企业园,实施晋级差额奖励;",
  "note": "晋级差额 = 新星级奖额减去原星级已获奖额；新星级不高于原星级的不予奖励。",
  "params": [
    {
      "name": "星级",
      "kind": "enum",
      "values": [
        "三星级",
        "四星级",
        "五星级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年获评的星级"
    },
    {
      "name": "原星级",
      "kind": "enum",
      "values": [
        "无",
        "三星级",
        "四星级",
        "五星级"
      ],
      "optional": true,
      "default": "无",
      "integer": false,
      "description": "此前已获奖励的星级，首次获评填无"
    }
  ],
  "result": "money"
};
const m17: FunctionMeta = {
  "id": "SHAOXING.SME_DEMO_BASE",
  "namespace": "SHAOXING",
  "name": "SME_DEMO_BASE",
  "zhName": "小微双创示范基地奖励",
  "title": "国家级小微企业创业创新示范基地奖励",
  "article": "（七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定国家级小微企业创业创新示范基地的,奖励园区100万元。",
  "note": "",
  "params": [
    {
      "name": "当年新增认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新增认定国家级小微企业创业创新示范基地"
    }
  ],
  "result": "money"
};
const m18: FunctionMeta = {
  "id": "SHAOXING.EQUIPMENT",
  "namespace": "SHAOXING",
  "name": "EQUIPMENT",
  "zhName": "设备投资奖励",
  "title": "鼓励加大制造业项目投资（设备投资奖励）",
  "article": "（八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年实际完成设备投入300万元及以上的项目,按实际完成设备投资额的6%给予奖励。对列入市重点工业项目计划和市数字化、智能化、绿色化改造重点项目计划的,在6%的基础上增加2个百分点;市重点工业项目计划中列入省级“415X”先进制造业产业集群核心区、协同区区域所属行业项目的,在6%的基础上增加4个百分点;列入省重大项目、省重点建设项目、省市县长项目、省重大产业项目计划的制造业项目和数字化、低碳化改造项目,在6%的基础上可适当提高奖励标准。设备投资额可将工控软件及信息系统购置费用纳入计算。单个项目当年设备投入奖励不超过1500万元。",
  "note": "415X项目的4个百分点替代（不叠加）市重点项目的2个百分点，二者都是在6%的基础上增加。省重大等项目“可适当提高”无具体标准，未编码（按一般项目或相应市重点类别计）；内生项目按各地政策，不在本函数内。",
  "params": [
    {
      "name": "设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年实际完成设备投资额（可含工控软件及信息系统购置费用），万元"
    },
    {
      "name": "项目类别",
      "kind": "enum",
      "values": [
        "一般项目",
        "市重点项目",
        "市重点415X项目"
      ],
      "optional": true,
      "default": "一般项目",
      "integer": false,
      "description": "市重点项目：列入市重点工业项目计划或市数字化、智能化、绿色化改造重点项目计划；市重点415X项目：其中属省级415X集群核心区、协同区所属行业"
    }
  ],
  "result": "money"
};
const m19: FunctionMeta = {
  "id": "SHAOXING.EARLY_PROGRESS",
  "namespace": "SHAOXING",
  "name": "EARLY_PROGRESS",
  "zhName": "项目提前开工投产奖励",
  "title": "重大制造业项目提前开工、提前建成投产奖励",
  "article": "（九）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对固定资产投资1亿元以上的独立供地重大制造业项目,比建设用地使用权出让合同或履约监管合同约定期限提前180天(含)以上开工的,奖励20万元;提前90天(含)以上的,奖励10万元;比建设用地使用权出让合同或履约监管合同约定期限提前180天(含)以上建成投产的,奖励40万元;提前90天(含)以上的,奖励20万元。",
  "note": "“1亿元以上”含本数。提前开工与提前建成投产是两项奖励，每个节点调用一次；提前天数以出让合同或履约监管合同约定期限为准。",
  "params": [
    {
      "name": "固定资产投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目固定资产投资额，万元"
    },
    {
      "name": "节点",
      "kind": "enum",
      "values": [
        "开工",
        "建成投产"
      ],
      "optional": false,
      "integer": false,
      "description": "提前的节点"
    },
    {
      "name": "提前天数",
      "kind": "quantity",
      "unit": "天",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "比合同约定期限提前的天数"
    },
    {
      "name": "独立供地",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "是否为独立供地项目"
    }
  ],
  "result": "money"
};
const m20: FunctionMeta = {
  "id": "SHAOXING.DEVICE_RENEWAL",
  "namespace": "SHAOXING",
  "name": "DEVICE_RENEWAL",
  "zhName": "设备更新叠加补助",
  "title": "“两新”超长期国债设备更新项目叠加补助",
  "article": "（十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对于获得国家工业领域“两新”超长期国债的项目,按国家实际补助资金额度给予一定比例的叠加补助,最高不超过500万元。",
  "note": "原文只给出基数（国家实际补助资金）和500万元上限，“一定比例”未给出，由实施细则确定后作为参数传入。",
  "params": [
    {
      "name": "国家补助资金",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目获得的国家两新超长期国债实际补助资金，万元"
    },
    {
      "name": "叠加比例",
      "kind": "ratio",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "max": {
        "value": "1",
        "inclusive": true
      },
      "description": "实施细则确定的叠加补助比例，如20%"
    }
  ],
  "result": "money"
};
const m21: FunctionMeta = {
  "id": "SHAOXING.REVENUE_STEP",
  "namespace": "SHAOXING",
  "name": "REVENUE_STEP",
  "zhName": "营收每增百亿奖励",
  "title": "营业收入500亿元以上每增100亿元奖励",
  "article": "（十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对独立核算单体制造业企业(或以集团汇总统计且在当地的制造业营收占比不低于50%的企业)按当年营业收入首次突破10亿元、50亿元、100亿元、500亿元的标准分档奖励,年营业收入达到500亿元以上的企业,营业收入每增加100亿元,再奖励最高不超过50万元,具体额度由各地决定。",
  "note": "每增加100亿元按上限50万元计（原文称具体额度由各地决定）；只计500亿元以上完整的100亿元档，并按首次突破的逻辑，只奖励以前年度（历史最高营业收入）未达到过的档。10亿至500亿元的首次突破分档奖励原文无金额，未编码。",
  "params": [
    {
      "name": "营业收入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年营业收入，万元（500亿元 = 5000000万元）"
    },
    {
      "name": "历史最高营业收入",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "以前年度最高营业收入，万元；无则0"
    },
    {
      "name": "当地制造业营收占比",
      "kind": "ratio",
      "optional": true,
      "default": 1,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "max": {
        "value": "1",
        "inclusive": true
      },
      "description": "集团汇总统计企业在当地的制造业营收占比；独立核算单体制造业企业为100%"
    }
  ],
  "result": "money"
};
const m22: FunctionMeta = {
  "id": "SHAOXING.NAVIGATOR_EAGLE",
  "namespace": "SHAOXING",
  "name": "NAVIGATOR_EAGLE",
  "zhName": "领航雄鹰企业奖励",
  "title": "制造业“领航企业”、省级“雄鹰企业”奖励",
  "article": "（十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增列入国家级制造业“领航企业”、省级“雄鹰企业”的,分别奖励200万元和100万元。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家级领航企业",
        "省级雄鹰企业"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增列入的称号：国家级制造业领航企业或省级雄鹰企业"
    }
  ],
  "result": "money"
};
const m23: FunctionMeta = {
  "id": "SHAOXING.CHAIN_LEADER",
  "namespace": "SHAOXING",
  "name": "CHAIN_LEADER",
  "zhName": "链主企业奖励",
  "title": "“链主”企业奖励",
  "article": "（十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "支持“链主”企业发展,当年新增列入国家级、省级、市级“链主”企业的,分别奖励200万元、100万元、20万元;",
  "note": "由低级别晋升高级别的，按附则（五）只奖差额，由使用者扣除已获奖励。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增列入的链主企业级别"
    }
  ],
  "result": "money"
};
const m24: FunctionMeta = {
  "id": "SHAOXING.PRIVATE_HQ",
  "namespace": "SHAOXING",
  "name": "PRIVATE_HQ",
  "zhName": "民营总部领军企业奖励",
  "title": "省级民营经济总部领军企业奖励",
  "article": "（十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "支持民营经济总部企业壮大,新增列入省级民营经济总部领军企业的,一次性奖励50万元。",
  "note": "",
  "params": [
    {
      "name": "新增列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "是否新增列入省级民营经济总部领军企业"
    }
  ],
  "result": "money"
};
const m25: FunctionMeta = {
  "id": "SHAOXING.SPECIALIZED",
  "namespace": "SHAOXING",
  "name": "SPECIALIZED",
  "zhName": "专精特新冠军奖励",
  "title": "单项冠军、专精特新、隐形冠军奖励",
  "article": "（十二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入国家级制造业单项冠军企业的,奖励200万元;当年列入省级单项冠军培育企业的,奖励20万元。当年认定为国家级专精特新“小巨人”企业的,一次性奖励150万元;当年认定为省级专精特新中小企业的,奖励10万元;当年认定为省“隐形冠军”企业的,奖励最高不超过80万元。",
  "note": "省“隐形冠军”“最高不超过80万元”按80万元计。由省级晋升国家级的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家级单项冠军",
        "省级单项冠军培育企业",
        "国家级专精特新小巨人",
        "省级专精特新中小企业",
        "省隐形冠军"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新列入或认定的称号"
    }
  ],
  "result": "money"
};
const m26: FunctionMeta = {
  "id": "SHAOXING.SME_CONTEST",
  "namespace": "SHAOXING",
  "name": "SME_CONTEST",
  "zhName": "中小企业创新大赛奖励",
  "title": "中小企业创新创业大赛奖励",
  "article": "（十二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "营造创业创新氛围,获得国家中小企业创新创业大赛一、二、三等奖的,分别奖励100万元、50万元、30万元,获得省中小企业创新创业大赛一、二、三等奖的,分别奖励50万元、20万元、10万元,同一项目国家、省同时获奖的,就高奖励;获得市中小企业创新创业大赛一、二、三等奖的,分别奖励20万元、10万元、5万元。",
  "note": "同一项目国家、省同时获奖的就高奖励：调用时传入奖额较高的级别与等次。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "大赛级别：国家、省、市中小企业创新创业大赛"
    },
    {
      "name": "等次",
      "kind": "enum",
      "values": [
        "一等奖",
        "二等奖",
        "三等奖"
      ],
      "optional": false,
      "integer": false,
      "description": "获奖等次"
    }
  ],
  "result": "money"
};
const m27: FunctionMeta = {
  "id": "SHAOXING.MANAGEMENT_BENCHMARK",
  "namespace": "SHAOXING",
  "name": "MANAGEMENT_BENCHMARK",
  "zhName": "管理标杆企业奖励",
  "title": "企业管理标杆企业奖励",
  "article": "（十二）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "支持企业管理对标提升,当年认定为省级及以上企业管理标杆企业的,奖励50万元;当年认定为五星级、四星级企业管理标杆企业的,分别奖励10万元、5万元。",
  "note": "由四星、五星晋升省级及以上的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "等次",
      "kind": "enum",
      "values": [
        "省级及以上",
        "五星级",
        "四星级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年认定的企业管理标杆企业等次"
    }
  ],
  "result": "money"
};
const m28: FunctionMeta = {
  "id": "SHAOXING.MFG_INNOVATION_CENTER",
  "namespace": "SHAOXING",
  "name": "MFG_INNOVATION_CENTER",
  "zhName": "制造业创新中心奖励",
  "title": "制造业创新中心奖励",
  "article": "（十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "支持企业建设创新中心,当年新增认定为国家级、省级制造业创新中心的,分别奖励最高不超过1000万元、500万元;",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的制造业创新中心级别"
    }
  ],
  "result": "money"
};
const m29: FunctionMeta = {
  "id": "SHAOXING.INDUSTRY_INNOVATION_CENTER",
  "namespace": "SHAOXING",
  "name": "INDUSTRY_INNOVATION_CENTER",
  "zhName": "产业创新中心奖励",
  "title": "产业创新中心奖励",
  "article": "（十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新认定为国家级、省级产业创新中心的,分别奖励500万元、100万元;",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新认定的产业创新中心级别"
    }
  ],
  "result": "money"
};
const m30: FunctionMeta = {
  "id": "SHAOXING.TECH_CENTER",
  "namespace": "SHAOXING",
  "name": "TECH_CENTER",
  "zhName": "企业技术中心奖励",
  "title": "企业技术中心、省级重点产业技术联盟依托单位奖励",
  "article": "（十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为国家级、省级企业技术中心,省级重点产业技术联盟依托单位,市级企业技术中心的,分别奖励最高不超过100万元、20万元、10万元、5万元;",
  "note": "“最高不超过N万元”的定额奖励按N万元计。由市级晋升省级、国家级的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "国家级企业技术中心",
        "省级企业技术中心",
        "省级重点产业技术联盟依托单位",
        "市级企业技术中心"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的类型"
    }
  ],
  "result": "money"
};
const m31: FunctionMeta = {
  "id": "SHAOXING.TECH_INNOVATION_DEMO",
  "namespace": "SHAOXING",
  "name": "TECH_INNOVATION_DEMO",
  "zhName": "技术创新示范企业奖励",
  "title": "技术创新示范企业奖励",
  "article": "（十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为国家级、省级技术创新示范企业的,分别奖励最高不超过100万元、30万元。",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的技术创新示范企业级别"
    }
  ],
  "result": "money"
};
const m32: FunctionMeta = {
  "id": "SHAOXING.NEW_PRODUCT_EXCELLENT",
  "namespace": "SHAOXING",
  "name": "NEW_PRODUCT_EXCELLENT",
  "zhName": "优秀工业新产品奖励",
  "title": "省级优秀工业新产品（新技术）奖励",
  "article": "（十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年认定为省级优秀工业新产品(新技术)的,一次性奖励最高不超过20万元。",
  "note": "“最高不超过20万元”的一次性奖励按20万元计。",
  "params": [
    {
      "name": "当年认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否认定为省级优秀工业新产品（新技术）"
    }
  ],
  "result": "money"
};
const m33: FunctionMeta = {
  "id": "SHAOXING.TECH_PROJECT_EVAL",
  "namespace": "SHAOXING",
  "name": "TECH_PROJECT_EVAL",
  "zhName": "创新项目评价验收奖励",
  "title": "省重点技术创新项目、高新技术产品开发项目、工业新产品评价验收奖励",
  "article": "（十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年通过评价(验收)的省重点技术创新项目、省重点高新技术产品开发项目、省级工业新产品(新技术),分别奖励最高不超过10万元、5万元、2万元。",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "省重点技术创新项目",
        "省重点高新技术产品开发项目",
        "省级工业新产品"
      ],
      "optional": false,
      "integer": false,
      "description": "当年通过评价（验收）的项目类型；省级工业新产品含新技术"
    }
  ],
  "result": "money"
};
const m34: FunctionMeta = {
  "id": "SHAOXING.CITY_FIRST_SET",
  "namespace": "SHAOXING",
  "name": "CITY_FIRST_SET",
  "zhName": "市级首台套奖励",
  "title": "市级首台（套）整机设备奖励",
  "article": "（十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为市级首台(套)整机设备(成套设备)的,奖励最高不超过30万元。",
  "note": "“最高不超过30万元”的定额奖励按30万元计。",
  "params": [
    {
      "name": "当年新增认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新增认定为市级首台（套）整机设备（成套设备）"
    }
  ],
  "result": "money"
};
const m35: FunctionMeta = {
  "id": "SHAOXING.KEY_COMPONENT",
  "namespace": "SHAOXING",
  "name": "KEY_COMPONENT",
  "zhName": "首台套零部件奖励",
  "title": "首台（套）关键零部件奖励",
  "article": "（十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为国际、国内、省级、市级首台(套)关键零部件的,分别奖励最高不超过100万元、50万元、25万元、10万元。",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国际",
        "国内",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的首台（套）关键零部件级别"
    }
  ],
  "result": "money"
};
const m36: FunctionMeta = {
  "id": "SHAOXING.INFO_PROJECT",
  "namespace": "SHAOXING",
  "name": "INFO_PROJECT",
  "zhName": "信息化项目补助",
  "title": "信息化项目补助",
  "article": "（十七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年在信息化软硬件、5G网络、“上云”和信息技术开发等投入达到30万元以上的信息化项目,按不超过其投资总额的30%给予补助,单家企业每年不超过150万元;",
  "note": "“按不超过其投资总额的30%”按30%计；150万元是单家企业每年的上限，当年已获本项补助从上限中扣除。",
  "params": [
    {
      "name": "投资总额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "信息化项目当年投入总额（软硬件、5G网络、上云、信息技术开发等），万元"
    },
    {
      "name": "当年已获补助",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本企业当年已获本项信息化项目补助，万元"
    }
  ],
  "result": "money"
};
const m37: FunctionMeta = {
  "id": "SHAOXING.FIVE_G_FACTORY",
  "namespace": "SHAOXING",
  "name": "FIVE_G_FACTORY",
  "zhName": "全连接工厂奖励",
  "title": "5G全连接工厂奖励",
  "article": "（十七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入省级5G全连接工厂的企业,按车间级、工厂级,分别奖励15万元、50万元,新列入市级的,按车间级、工厂级,分别奖励10万元、30万元;",
  "note": "车间级晋升工厂级、市级晋升省级的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "新列入的5G全连接工厂级别"
    },
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "车间级",
        "工厂级"
      ],
      "optional": false,
      "integer": false,
      "description": "车间级或工厂级"
    }
  ],
  "result": "money"
};
const m38: FunctionMeta = {
  "id": "SHAOXING.SMART_FACTORY",
  "namespace": "SHAOXING",
  "name": "SMART_FACTORY",
  "zhName": "智能工厂车间奖励",
  "title": "未来工厂、智能工厂、数字化车间奖励",
  "article": "（十七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为省级未来工厂、省级智能工厂、市级智能工厂、省级数字化车间、市级数字化车间的,分别奖励500万元、50万元、30万元、15万元、10万元;",
  "note": "由数字化车间、智能工厂晋升更高等次的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级未来工厂",
        "省级智能工厂",
        "市级智能工厂",
        "省级数字化车间",
        "市级数字化车间"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的称号"
    }
  ],
  "result": "money"
};
const m39: FunctionMeta = {
  "id": "SHAOXING.IIP_PLATFORM",
  "namespace": "SHAOXING",
  "name": "IIP_PLATFORM",
  "zhName": "工业互联网平台奖励",
  "title": "工业互联网平台奖励",
  "article": "（十七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新认定为省级、市级工业互联网平台的企业,分别奖励最高不超过100万、20万元;",
  "note": "“最高不超过N万元”的定额奖励按N万元计（原文“100万”即100万元）。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新认定的工业互联网平台级别"
    }
  ],
  "result": "money"
};
const m40: FunctionMeta = {
  "id": "SHAOXING.IIP_APP",
  "namespace": "SHAOXING",
  "name": "IIP_APP",
  "zhName": "工业互联网APP奖励",
  "title": "工业互联网APP优秀解决方案、工业软件优秀产品奖励",
  "article": "（十七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为国家级、省级工业互联网APP优秀解决方案或工业软件优秀产品的,分别奖励最高不超过50万元、20万元;",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的级别"
    }
  ],
  "result": "money"
};
const m41: FunctionMeta = {
  "id": "SHAOXING.DIGITAL_SERVICE_PROVIDER",
  "namespace": "SHAOXING",
  "name": "DIGITAL_SERVICE_PROVIDER",
  "zhName": "数字化服务商奖励",
  "title": "省级重点工业信息工程服务机构（数字化服务商）奖励",
  "article": "（十七）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入省级重点工业信息工程服务机构(省级数字化服务商)的,奖励30万元。",
  "note": "",
  "params": [
    {
      "name": "当年新列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新列入省级重点工业信息工程服务机构（省级数字化服务商）"
    }
  ],
  "result": "money"
};
const m42: FunctionMeta = {
  "id": "SHAOXING.CLOUD_BIGDATA",
  "namespace": "SHAOXING",
  "name": "CLOUD_BIGDATA",
  "zhName": "云上企业大数据奖励",
  "title": "“云上企业”、大数据示范企业奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入省级制造业“云上企业”、省级大数据示范企业(项目)的,分别奖励最高不超过20万元,当年新列入市级制造业“云上企业”培育库的,奖励最高不超过5万元;",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级云上企业",
        "省级大数据示范企业",
        "市级云上企业培育库"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新列入的称号；省级大数据示范企业含项目"
    }
  ],
  "result": "money"
};
const m43: FunctionMeta = {
  "id": "SHAOXING.DCMM",
  "namespace": "SHAOXING",
  "name": "DCMM",
  "zhName": "DCMM贯标奖励",
  "title": "数据管理能力成熟度（DCMM）贯标奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "首次通过数据管理能力成熟度(DCMM)国家标准贯标2级、3级、4级及以上认证并被认定为市级及以上智能工厂(5G工厂、工业互联网平台、云上企业)的,奖励最高不超过50万元;",
  "note": "原文对2级、3级、4级及以上只给出一个上限“最高不超过50万元”，各等级均按50万元计；须同时被认定为市级及以上智能工厂（5G工厂、工业互联网平台、云上企业）。",
  "params": [
    {
      "name": "等级",
      "kind": "enum",
      "values": [
        "2级",
        "3级",
        "4级及以上"
      ],
      "optional": false,
      "integer": false,
      "description": "首次通过的DCMM贯标等级"
    },
    {
      "name": "市级及以上智能工厂等认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "是否被认定为市级及以上智能工厂、5G工厂、工业互联网平台或云上企业"
    }
  ],
  "result": "money"
};
const m44: FunctionMeta = {
  "id": "SHAOXING.CDO_PILOT",
  "namespace": "SHAOXING",
  "name": "CDO_PILOT",
  "zhName": "首席数据官试点奖励",
  "title": "省级首席数据官试点奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入省级首席数据官试点的企业,奖励最高不超过10万元。",
  "note": "“最高不超过10万元”的定额奖励按10万元计。",
  "params": [
    {
      "name": "当年新列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新列入省级首席数据官试点"
    }
  ],
  "result": "money"
};
const m45: FunctionMeta = {
  "id": "SHAOXING.TWO_INTEGRATION",
  "namespace": "SHAOXING",
  "name": "TWO_INTEGRATION",
  "zhName": "两化融合贯标奖励",
  "title": "“两化”融合管理体系贯标评定奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "首次通过工信部“两化”融合管理体系贯标评定(试点),AAA级及以上的奖励不超过30万元,AA级(单元级)的奖励最高不超过10万元;",
  "note": "“不超过30万元”“最高不超过10万元”的定额奖励分别按30万元、10万元计；由AA级晋升AAA级的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "等级",
      "kind": "enum",
      "values": [
        "AAA级及以上",
        "AA级"
      ],
      "optional": false,
      "integer": false,
      "description": "首次通过的两化融合管理体系贯标评定等级；AA级即单元级"
    }
  ],
  "result": "money"
};
const m46: FunctionMeta = {
  "id": "SHAOXING.IT_FUSION_PILOT",
  "namespace": "SHAOXING",
  "name": "IT_FUSION_PILOT",
  "zhName": "信息技术融合试点奖励",
  "title": "新一代信息技术与制造业融合发展试点奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入国家级、省级新一代信息技术与制造业融合发展试点的企业(项目),分别奖励最高不超过50万元、10万元;",
  "note": "“最高不超过N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新列入的融合发展试点级别"
    }
  ],
  "result": "money"
};
const m47: FunctionMeta = {
  "id": "SHAOXING.IIP_DEMO_PROJECT",
  "namespace": "SHAOXING",
  "name": "IIP_DEMO_PROJECT",
  "zhName": "工业互联网示范项目奖励",
  "title": "工信部工业互联网试点示范项目奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入工信部工业互联网试点示范项目的,奖励最高不超过50万元;",
  "note": "“最高不超过50万元”的定额奖励按50万元计。",
  "params": [
    {
      "name": "当年新列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新列入工信部工业互联网试点示范项目"
    }
  ],
  "result": "money"
};
const m48: FunctionMeta = {
  "id": "SHAOXING.INFO_CONSUMPTION",
  "namespace": "SHAOXING",
  "name": "INFO_CONSUMPTION",
  "zhName": "信息消费示范奖励",
  "title": "省级新型信息消费示范项目奖励",
  "article": "（十八）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入省级新型信息消费示范项目的,奖励最高不超过20万元。",
  "note": "“最高不超过20万元”的定额奖励按20万元计。",
  "params": [
    {
      "name": "当年新列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新列入省级新型信息消费示范项目"
    }
  ],
  "result": "money"
};
const m49: FunctionMeta = {
  "id": "SHAOXING.DATA_CONTEST",
  "namespace": "SHAOXING",
  "name": "DATA_CONTEST",
  "zhName": "数据大赛奖励",
  "title": "数据大赛获奖及孵化奖励",
  "article": "（十九）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "支持公共数据开放利用,对获得国家级数据大赛一、二、三等奖的,分别奖励10万元、8万元、6万元,省级一、二、三等奖的,分别奖励8万元、6万元、4万元,市级一、二、三等奖的,分别奖励3万元、2万元、1万元,同一项目同时获国家级、省级、市级奖的,就高奖励;在获奖项目基础上进行产业孵化,孵化项目营业收入超100万元的,再奖励5万元。",
  "note": "“超100万元”不含100万元。同一项目多级获奖的就高，传入基础奖额最高的级别与等次；孵化奖励只加一次。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "数据大赛级别"
    },
    {
      "name": "等次",
      "kind": "enum",
      "values": [
        "一等奖",
        "二等奖",
        "三等奖"
      ],
      "optional": false,
      "integer": false,
      "description": "获奖等次"
    },
    {
      "name": "孵化项目营业收入",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "在获奖项目基础上产业孵化的项目营业收入，万元；未孵化填0"
    }
  ],
  "result": "money"
};
const m50: FunctionMeta = {
  "id": "SHAOXING.GOV_ENTERPRISE_DATA",
  "namespace": "SHAOXING",
  "name": "GOV_ENTERPRISE_DATA",
  "zhName": "数据政企合作奖励",
  "title": "数据领域社会类政企合作奖励",
  "article": "（十九）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "鼓励政企合作,对企业主导的数据领域社会类政企合作(不包括政府投资项目),取得国家级、省级、市级试点或荣誉的,分别奖励10万元、5万元、2万元。",
  "note": "仅限企业主导的数据领域社会类政企合作，不包括政府投资项目。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "取得的试点或荣誉级别"
    }
  ],
  "result": "money"
};
const m51: FunctionMeta = {
  "id": "SHAOXING.DATA_PRODUCT",
  "namespace": "SHAOXING",
  "name": "DATA_PRODUCT",
  "zhName": "数据产品奖励",
  "title": "公共数据授权运营数据产品奖励",
  "article": "（十九）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "基于公共数据授权运营场景开发的数据产品在各数据交易所上架成功交易并被评为市级优秀的,每个奖励1万元。",
  "note": "",
  "params": [
    {
      "name": "产品数",
      "kind": "quantity",
      "unit": "个",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "在数据交易所上架成功交易并被评为市级优秀的数据产品个数"
    }
  ],
  "result": "money"
};
const m52: FunctionMeta = {
  "id": "SHAOXING.DATA_PARK",
  "namespace": "SHAOXING",
  "name": "DATA_PARK",
  "zhName": "数据产业园补助",
  "title": "市级数据产业园补助",
  "article": "（十九）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "对当年新认定的市级数据产业园,一次性补助10万元。",
  "note": "",
  "params": [
    {
      "name": "当年新认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新认定为市级数据产业园"
    }
  ],
  "result": "money"
};
const m53: FunctionMeta = {
  "id": "SHAOXING.CIRCULAR_850",
  "namespace": "SHAOXING",
  "name": "CIRCULAR_850",
  "zhName": "循环经济示范奖励",
  "title": "循环经济“850”工程示范项目奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新列入市级“循环经济‘850’工程建设计划”示范项目并验收通过的,按实际设备投资额的8%给予奖励,最高不超过100万元。",
  "note": "须当年新列入示范项目并验收通过；奖励为实际设备投资额的8%，最高100万元。",
  "params": [
    {
      "name": "设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "示范项目实际设备投资额，万元"
    },
    {
      "name": "验收通过",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "示范项目是否验收通过"
    }
  ],
  "result": "money"
};
const m54: FunctionMeta = {
  "id": "SHAOXING.GREEN_LOW_CARBON",
  "namespace": "SHAOXING",
  "name": "GREEN_LOW_CARBON",
  "zhName": "绿色低碳企业奖励",
  "title": "绿色低碳企业（工厂、产品、园区、供应链、绿色设计示范）奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新认定为国家级、省级、市级绿色低碳企业(工厂、产品、园区、供应链、绿色设计示范等)的,分别奖励50万元、30万元、10万元;",
  "note": "由低级别晋升高级别的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新认定的绿色低碳企业（工厂、产品、园区、供应链、绿色设计示范等）级别"
    }
  ],
  "result": "money"
};
const m55: FunctionMeta = {
  "id": "SHAOXING.WATER_SAVING",
  "namespace": "SHAOXING",
  "name": "WATER_SAVING",
  "zhName": "节水型企业奖励",
  "title": "省级节水型企业奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新认定为省级节水型企业的,奖励10万元;",
  "note": "",
  "params": [
    {
      "name": "当年新认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新认定为省级节水型企业"
    }
  ],
  "result": "money"
};
const m56: FunctionMeta = {
  "id": "SHAOXING.ENERGY_MGMT_CERT",
  "namespace": "SHAOXING",
  "name": "ENERGY_MGMT_CERT",
  "zhName": "能源管理认证奖励",
  "title": "能源管理体系认证奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年通过能源管理体系认证的,奖励5万元;",
  "note": "",
  "params": [
    {
      "name": "当年通过",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否通过能源管理体系认证"
    }
  ],
  "result": "money"
};
const m57: FunctionMeta = {
  "id": "SHAOXING.CLEAN_PRODUCTION",
  "namespace": "SHAOXING",
  "name": "CLEAN_PRODUCTION",
  "zhName": "清洁生产企业奖励",
  "title": "省级自愿性清洁生产企业奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年经验收合格的省级自愿性清洁生产企业,奖励5万元。",
  "note": "",
  "params": [
    {
      "name": "验收合格",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否经验收合格为省级自愿性清洁生产企业"
    }
  ],
  "result": "money"
};
const m58: FunctionMeta = {
  "id": "SHAOXING.MUJUN_LEADER",
  "namespace": "SHAOXING",
  "name": "MUJUN_LEADER",
  "zhName": "亩均领跑者奖励",
  "title": "亩均效益“领跑者”奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新认定为省级、市级亩均效益“领跑者”的,分别奖励最高不超过30万元、20万元。",
  "note": "“最高不超过N万元”的定额奖励按N万元计；由市级晋升省级的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新认定的亩均效益领跑者级别"
    }
  ],
  "result": "money"
};
const m59: FunctionMeta = {
  "id": "SHAOXING.OBSOLETE_CAPACITY",
  "namespace": "SHAOXING",
  "name": "OBSOLETE_CAPACITY",
  "zhName": "淘汰落后产能奖励",
  "title": "淘汰落后产能奖励",
  "article": "（二十）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "加快落后产能淘汰,企业通过技术改造升级或核减生产能力淘汰落后设备并列入市级及以上年度淘汰落后产能计划的,经验收通过,按淘汰设备资产净值的8%给予奖励,不超过300万元。",
  "note": "须列入市级及以上年度淘汰落后产能计划并经验收通过；奖励为淘汰设备资产净值的8%，不超过300万元。",
  "params": [
    {
      "name": "淘汰设备资产净值",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "淘汰设备资产净值，万元"
    },
    {
      "name": "列入计划并验收通过",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "是否列入市级及以上年度淘汰落后产能计划并经验收通过"
    }
  ],
  "result": "money"
};
const m60: FunctionMeta = {
  "id": "SHAOXING.DESIGN_CENTER",
  "namespace": "SHAOXING",
  "name": "DESIGN_CENTER",
  "zhName": "工业设计中心奖励",
  "title": "工业设计中心奖励",
  "article": "（二十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "鼓励发展工业设计,当年新认定为国家级、省级工业设计中心(工业设计研究院)、市级工业设计中心的,分别奖励100万元、20万元、5万元。",
  "note": "省级含工业设计研究院；由低级别晋升高级别的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新认定的工业设计中心级别（国家级、省级含工业设计研究院）"
    }
  ],
  "result": "money"
};
const m61: FunctionMeta = {
  "id": "SHAOXING.DESIGN_AWARD",
  "namespace": "SHAOXING",
  "name": "DESIGN_AWARD",
  "zhName": "工业设计大赛奖励",
  "title": "国内外知名工业设计大赛奖项奖励",
  "article": "（二十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年获得国内外知名工业设计大赛奖项(如红点奖、IF设计奖、中国设计智造奖、红星奖、国家优秀工业设计奖、G-mark奖、IDEA、金顶奖、金剪刀奖、国际A级设计大赛奖、台湾金点设计奖、好设计等)的企业(个人),奖励5万元。",
  "note": "",
  "params": [
    {
      "name": "当年获奖",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否获得国内外知名工业设计大赛奖项（红点奖、IF设计奖等）"
    }
  ],
  "result": "money"
};
const m62: FunctionMeta = {
  "id": "SHAOXING.SME_SERVICE_PLATFORM",
  "namespace": "SHAOXING",
  "name": "SME_SERVICE_PLATFORM",
  "zhName": "中小企业服务平台奖励",
  "title": "中小企业公共服务示范平台奖励",
  "article": "（二十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新增认定为国家级、省级中小企业公共服务示范平台的,分别奖励30万元、10万元。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "当年新增认定的中小企业公共服务示范平台级别"
    }
  ],
  "result": "money"
};
const m63: FunctionMeta = {
  "id": "SHAOXING.INDUSTRY_ASSOCIATION",
  "namespace": "SHAOXING",
  "name": "INDUSTRY_ASSOCIATION",
  "zhName": "行业协会考核奖励",
  "title": "市级工业行业协会考核优秀奖励",
  "article": "（二十一）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "推动行业协会能力建设,经业务主管部门年度考核优秀的市级工业行业协会,奖励最高不超过10万元。",
  "note": "“最高不超过10万元”的定额奖励按10万元计。",
  "params": [
    {
      "name": "年度考核优秀",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "市级工业行业协会是否经业务主管部门年度考核优秀"
    }
  ],
  "result": "money"
};
const m64: FunctionMeta = {
  "id": "SHAOXING.QUALITY_AWARD",
  "namespace": "SHAOXING",
  "name": "QUALITY_AWARD",
  "zhName": "质量奖奖励",
  "title": "质量奖奖励",
  "article": "（二十三）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年获得中国质量奖、省政府质量奖的,分别奖励150万元、100万元;当年获得中国质量奖提名奖、省政府质量管理创新奖的,分别奖励100万元、30万元;当年获得绍兴市质量管理卓越企业(组织)、创新企业(组织)的,分别奖励50万元、20万元。",
  "note": "绍兴市质量管理卓越企业、创新企业均含组织。",
  "params": [
    {
      "name": "奖项",
      "kind": "enum",
      "values": [
        "中国质量奖",
        "省政府质量奖",
        "中国质量奖提名奖",
        "省政府质量管理创新奖",
        "绍兴市质量管理卓越企业",
        "绍兴市质量管理创新企业"
      ],
      "optional": false,
      "integer": false,
      "description": "当年获得的质量奖项"
    }
  ],
  "result": "money"
};
const m65: FunctionMeta = {
  "id": "SHAOXING.ZHEJIANG_QUALITY_PRODUCT",
  "namespace": "SHAOXING",
  "name": "ZHEJIANG_QUALITY_PRODUCT",
  "zhName": "浙江制造精品奖励",
  "title": "“浙江制造精品”奖励",
  "article": "（二十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新获得“浙江制造精品”的企业,奖励20万元。",
  "note": "",
  "params": [
    {
      "name": "当年新获得",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新获得浙江制造精品"
    }
  ],
  "result": "money"
};
const m66: FunctionMeta = {
  "id": "SHAOXING.BRAND_VALUE_LIST",
  "namespace": "SHAOXING",
  "name": "BRAND_VALUE_LIST",
  "zhName": "品牌价值榜奖励",
  "title": "中国品牌价值榜奖励",
  "article": "（二十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "鼓励企业参与中国品牌价值测评,当年新列入中国品牌价值榜的企业,奖励10万元。",
  "note": "",
  "params": [
    {
      "name": "当年新列入",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新列入中国品牌价值榜"
    }
  ],
  "result": "money"
};
const m67: FunctionMeta = {
  "id": "SHAOXING.PINZI",
  "namespace": "SHAOXING",
  "name": "PINZI",
  "zhName": "品字标企业奖励",
  "title": "“品字标”企业奖励",
  "article": "（二十四）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "新增品字标企业(含浙江精品企业,授权除外),每家奖励最高不超过20万元;首次取得绿色产品、“碳足迹标识”认证证书的企业(历年曾取得的除外),给予适当奖励,具体标准由各地依据实际制定。通过其他途径取得“品字标”授权的,每家奖励5万元。",
  "note": "“最高不超过20万元”的定额奖励按20万元计。原文中间关于绿色产品、碳足迹标识认证的一句无具体标准，不在本函数内。",
  "params": [
    {
      "name": "取得方式",
      "kind": "enum",
      "values": [
        "新增品字标企业",
        "其他途径授权"
      ],
      "optional": false,
      "integer": false,
      "description": "新增品字标企业（含浙江精品企业，授权除外），或通过其他途径取得品字标授权"
    }
  ],
  "result": "money"
};
const m68: FunctionMeta = {
  "id": "SHAOXING.STANDARD",
  "namespace": "SHAOXING",
  "name": "STANDARD",
  "zhName": "标准制修订奖励",
  "title": "国际、国家、行业、省级地方标准制修订奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年主导制修订并由有权机构发布国际标准、国家标准、行业标准、省级地方标准的,按类型分档,每项分别奖励最高不超过50万元、30万元、20万元、10万元;参与制修订国际标准的,每项奖励最高不超过25万元;参与制修订国家标准的,每项奖励最高不超过10万元;参与制修订行业标准的,每项奖励最高不超过5万元。",
  "note": "“每项最高不超过N万元”按每项N万元计；参与制修订省级地方标准原文未列，不予奖励。",
  "params": [
    {
      "name": "标准级别",
      "kind": "enum",
      "values": [
        "国际标准",
        "国家标准",
        "行业标准",
        "省级地方标准"
      ],
      "optional": false,
      "integer": false,
      "description": "制修订的标准类型"
    },
    {
      "name": "角色",
      "kind": "enum",
      "values": [
        "主导",
        "参与"
      ],
      "optional": false,
      "integer": false,
      "description": "主导制修订并由有权机构发布，或参与制修订"
    },
    {
      "name": "项数",
      "kind": "quantity",
      "unit": "项",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "同类标准项数，默认1"
    }
  ],
  "result": "money"
};
const m69: FunctionMeta = {
  "id": "SHAOXING.ZHEJIANG_MADE_STANDARD",
  "namespace": "SHAOXING",
  "name": "ZHEJIANG_MADE_STANDARD",
  "zhName": "浙江制造标准奖励",
  "title": "主导制订“浙江制造”标准奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年主导制订并发布“浙江制造”标准的,每项奖励最高不超过30万元。",
  "note": "“每项最高不超过30万元”按每项30万元计。",
  "params": [
    {
      "name": "项数",
      "kind": "quantity",
      "unit": "项",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年主导制订并发布的浙江制造标准项数"
    }
  ],
  "result": "money"
};
const m70: FunctionMeta = {
  "id": "SHAOXING.STANDARD_CONTRIBUTION",
  "namespace": "SHAOXING",
  "name": "STANDARD_CONTRIBUTION",
  "zhName": "标准创新贡献奖励",
  "title": "标准创新贡献奖配套奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年获得中国标准创新贡献一、二、三等奖的,在国家奖励基础上,分别配套奖励50万元、20万元、10万元;获得省重大标准创新贡献奖、优秀贡献奖的,在省奖励基础上,分别配套奖励30万元、10万元;获得市标准创新重大贡献奖、优秀贡献奖的,分别奖励50万元、20万元。",
  "note": "中国标准创新贡献奖、省级奖项为在国家、省奖励基础上的配套奖励，可与上级奖励同时享受。",
  "params": [
    {
      "name": "奖项",
      "kind": "enum",
      "values": [
        "中国标准创新贡献奖一等奖",
        "中国标准创新贡献奖二等奖",
        "中国标准创新贡献奖三等奖",
        "省重大标准创新贡献奖",
        "省优秀标准创新贡献奖",
        "市标准创新重大贡献奖",
        "市标准创新优秀贡献奖"
      ],
      "optional": false,
      "integer": false,
      "description": "当年获得的标准创新贡献奖项"
    }
  ],
  "result": "money"
};
const m71: FunctionMeta = {
  "id": "SHAOXING.STANDARD_PILOT",
  "namespace": "SHAOXING",
  "name": "STANDARD_PILOT",
  "zhName": "标准化试点奖励",
  "title": "标准化试点项目奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "承担国家级、省级、市级标准化试点项目的,分别奖励50万元、30万元、10万元。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "承担的标准化试点项目级别"
    }
  ],
  "result": "money"
};
const m72: FunctionMeta = {
  "id": "SHAOXING.STANDARD_TC_SETUP",
  "namespace": "SHAOXING",
  "name": "STANDARD_TC_SETUP",
  "zhName": "标委会成立奖励",
  "title": "牵头成立标准化技术委员会奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "牵头成立全国专业标准化技术委员会、分技术委员会(省级标准化技术委员会)、工作组(省级分技术委员会)的,分别奖励50万元、20万元、10万元,并给予每年20万元、10万元、5万元工作补助经费。",
  "note": "一次性成立奖励；每年工作补助经费见 STANDARD_TC_ANNUAL。省级标准化技术委员会与分技术委员会同档，省级分技术委员会与工作组同档。",
  "params": [
    {
      "name": "机构类型",
      "kind": "enum",
      "values": [
        "全国专业标准化技术委员会",
        "分技术委员会",
        "工作组"
      ],
      "optional": false,
      "integer": false,
      "description": "牵头成立的机构；省级标准化技术委员会填分技术委员会，省级分技术委员会填工作组"
    }
  ],
  "result": "money"
};
const m73: FunctionMeta = {
  "id": "SHAOXING.STANDARD_TC_ANNUAL",
  "namespace": "SHAOXING",
  "name": "STANDARD_TC_ANNUAL",
  "zhName": "标委会工作经费",
  "title": "标准化技术委员会年度工作补助经费",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "牵头成立全国专业标准化技术委员会、分技术委员会(省级标准化技术委员会)、工作组(省级分技术委员会)的,分别奖励50万元、20万元、10万元,并给予每年20万元、10万元、5万元工作补助经费。",
  "note": "每年的工作补助经费，与一次性成立奖励（STANDARD_TC_SETUP）分开计算。",
  "params": [
    {
      "name": "机构类型",
      "kind": "enum",
      "values": [
        "全国专业标准化技术委员会",
        "分技术委员会",
        "工作组"
      ],
      "optional": false,
      "integer": false,
      "description": "牵头成立的机构；省级标准化技术委员会填分技术委员会，省级分技术委员会填工作组"
    }
  ],
  "result": "money"
};
const m74: FunctionMeta = {
  "id": "SHAOXING.ZHEJIANG_STANDARD",
  "namespace": "SHAOXING",
  "name": "ZHEJIANG_STANDARD",
  "zhName": "浙江标准奖励",
  "title": "“浙江标准”奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年获评“浙江标准”的,每项奖励10万元。",
  "note": "",
  "params": [
    {
      "name": "项数",
      "kind": "quantity",
      "unit": "项",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年获评浙江标准的项数"
    }
  ],
  "result": "money"
};
const m75: FunctionMeta = {
  "id": "SHAOXING.STANDARD_INNOVATIVE_ENTERPRISE",
  "namespace": "SHAOXING",
  "name": "STANDARD_INNOVATIVE_ENTERPRISE",
  "zhName": "标准创新型企业奖励",
  "title": "标准创新型企业奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "首次被认定为标准创新型高级、中级企业的,分别奖励50万元、20万元;",
  "note": "首次认定时奖励；由中级晋升高级的，按附则（五）只奖差额，由使用者扣除。",
  "params": [
    {
      "name": "等级",
      "kind": "enum",
      "values": [
        "高级",
        "中级"
      ],
      "optional": false,
      "integer": false,
      "description": "首次被认定的标准创新型企业等级"
    }
  ],
  "result": "money"
};
const m76: FunctionMeta = {
  "id": "SHAOXING.STANDARD_LEADER",
  "namespace": "SHAOXING",
  "name": "STANDARD_LEADER",
  "zhName": "企业标准领跑者奖励",
  "title": "企业标准“领跑者”奖励",
  "article": "（二十五）",
  "source": "004_ced7a4365aa21365.txt",
  "document": {
    "title": "先进制造业强市建设“4151”计划专项政策",
    "issuer": "绍兴市人民政府办公室",
    "date": "2025-02-10",
    "draft": false
  },
  "text": "当年新评定为企业标准“领跑者”的,奖励最高不超过10万元。",
  "note": "“最高不超过10万元”的定额奖励按10万元计。",
  "params": [
    {
      "name": "当年新评定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年是否新评定为企业标准领跑者"
    }
  ],
  "result": "money"
};

// （二）「软件企业办公用房租金补贴」 policies/shaoxing-004.zc:20
function clause_SOFTWARE_RENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「年租金」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「租赁面积」", value: showValue(p1, "平方米"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「补贴年次」", value: showValue(p2, "年"), source: "" });
  const p3 = a[3] as Decimal;
  if (t) t.push({ step: "输入「租赁月数」", value: showValue(p3, "月"), source: "" });
  const t0 = K0.times(p1);
  const t1 = t0.times(p3);
  const v0: Decimal = t1;
  if (t) t.push({ step: "单价上限租金 = 10元/平方米/月 × " + showValue(p1, "平方米") + " × " + showValue(p3, "月"), value: showValue(v0, "money"), source: S0 });
  const t2 = cmp(p0, v0) <= 0 ? p0 : v0;
  const v1: Decimal = t2;
  if (t) t.push({ step: "计补租金 = " + showValue(p0, "money") + " 封顶 " + showValue(v0, "money"), value: showValue(v1, "money"), source: "" });
  src = "";
  let t3: Decimal;
  b0: {
    if (cmp(p2, K1) > 0) {
      t3 = K2;
      if (t) t.push({ step: "补贴年次 落在「超过8年」", value: showValue(t3, "ratio"), source: "" });
      src = "";
      break b0;
    }
    if (cmp(p2, K3) > 0) {
      t3 = K4;
      if (t) t.push({ step: "补贴年次 落在「(5年, 8年]」", value: showValue(t3, "ratio"), source: S1 });
      src = S1;
      break b0;
    }
    if (cmp(p2, K5) >= 0) {
      t3 = K5;
      if (t) t.push({ step: "补贴年次 落在「[1年, 5年]」", value: showValue(t3, "ratio"), source: S2 });
      src = S2;
      break b0;
    }
    t3 = K2;
    if (t) t.push({ step: "补贴年次 不在所列各档", value: showValue(t3, "ratio"), source: "" });
    src = "";
  }
  const v2: Decimal = t3;
  if (t) t.push({ step: "补贴率", value: showValue(v2, "ratio"), source: src });
  const t4 = v1.times(v2);
  const v3: Decimal = t4;
  if (t) t.push({ step: "补贴额 = " + showValue(v1, "money") + " × " + showValue(v2, "ratio"), value: showValue(v3, "money"), source: "" });
  const t5 = cmp(v3, K6) <= 0 ? v3 : K6;
  if (t) t.push({ step: "结果 = " + showValue(v3, "money") + " 封顶 6万元", value: showValue(t5, "money"), source: S3 });
  return t5;
}

// （一）「印染化工（化学纤维）企业规范名单奖励」 policies/shaoxing-004.zc:61
function clause_DYEING_CHEM_STANDARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新增列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新增列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K7, "money"), source: S4 });
  return K7;
}

// （二）「电子信息百强企业奖励」 policies/shaoxing-004.zc:74
function clause_ELECTRONICS_TOP100(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「榜单」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家电子信息百强企业":
    {
      t0 = K8;
      if (t) t.push({ step: "榜单 为「" + p0 + "」", value: showValue(t0, "money"), source: S5 });
      src = S5;
      break;
    }
    case "省电子信息产业百家重点企业":
    {
      t0 = K7;
      if (t) t.push({ step: "榜单 为「" + p0 + "」", value: showValue(t0, "money"), source: S5 });
      src = S5;
      break;
    }
    default: {
      throw new PolicyLookupError("榜单 为「" + p0 + "」，表中没有这一项", W0);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二）「软件企业产品主数据标准（CPMS）优秀创新应用案例奖励」 policies/shaoxing-004.zc:91
function clause_CPMS_CASE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K9, "money"), source: S6 });
  return K9;
}

// （二）「软件企业参与产品主数据标准（CPMS）制定奖励」 policies/shaoxing-004.zc:107
function clause_CPMS_STANDARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年参与」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年参与", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S7 });
  return K10;
}

// （二）「中国软件名园奖励」 policies/shaoxing-004.zc:122
function clause_SOFTWARE_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「新认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：新认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K11, "money"), source: S8 });
  return K11;
}

// （三）「氢能及未来产业先导区项目设备投资额外补助」 policies/shaoxing-004.zc:137
function clause_FUTURE_INDUSTRY_EXTRA(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「项目类型」", value: showValue(p1, "plain"), source: "" });
  const t0 = cmp(p0, K12) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 300万元", value: t0 ? "是" : "否", source: S9 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K13);
  const v0: Decimal = t1;
  if (t) t.push({ step: "额外补助 = " + showValue(p0, "money") + " × 6%", value: showValue(v0, "money"), source: S10 });
  src = "";
  let t2: Decimal;
  switch (p1) {
    case "氢能产业项目":
    {
      t2 = K12;
      if (t) t.push({ step: "项目类型 为「" + p1 + "」", value: showValue(t2, "money"), source: S11 });
      src = S11;
      break;
    }
    case "未来产业先导区项目":
    {
      t2 = K11;
      if (t) t.push({ step: "项目类型 为「" + p1 + "」", value: showValue(t2, "money"), source: S12 });
      src = S12;
      break;
    }
    default: {
      throw new PolicyLookupError("项目类型 为「" + p1 + "」，表中没有这一项", W1);
    }
  }
  const v1: Decimal = t2;
  if (t) t.push({ step: "补助上限", value: showValue(v1, "money"), source: src });
  const t3 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// （四）「历史经典产业传承创新工作室奖励」 policies/shaoxing-004.zc:169
function clause_CLASSIC_STUDIO(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "市级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S13 });
      src = S13;
      break;
    }
    case "省级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S13 });
      src = S13;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W2);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （四）「工艺美术精品展展位费补助」 policies/shaoxing-004.zc:186
function clause_CRAFT_EXHIBITION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「展位费」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「大师级别」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p1) {
    case "国家级":
    {
      t0 = K5;
      if (t) t.push({ step: "大师级别 为「" + p1 + "」", value: showValue(t0, "ratio"), source: S14 });
      src = S14;
      break;
    }
    case "省级":
    {
      t0 = K16;
      if (t) t.push({ step: "大师级别 为「" + p1 + "」", value: showValue(t0, "ratio"), source: S14 });
      src = S14;
      break;
    }
    case "市级":
    {
      t0 = K17;
      if (t) t.push({ step: "大师级别 为「" + p1 + "」", value: showValue(t0, "ratio"), source: S14 });
      src = S14;
      break;
    }
    default: {
      throw new PolicyLookupError("大师级别 为「" + p1 + "」，表中没有这一项", W3);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "补助率", value: showValue(v0, "ratio"), source: src });
  const t1 = p0.times(v0);
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × " + showValue(v0, "ratio"), value: showValue(t1, "money"), source: "" });
  return t1;
}

// （六）「省级产业链上下游企业共同体牵头企业奖励」 policies/shaoxing-004.zc:210
function clause_CHAIN_COMMUNITY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「牵头企业」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：牵头企业", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K7, "money"), source: S15 });
  return K7;
}

// （六）「“十链百场万企”活动补助」 policies/shaoxing-004.zc:223
function clause_CHAIN_EVENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「活动级别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「参加企业数」", value: showValue(p1, "家"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级":
    {
      t0 = K8;
      if (t) t.push({ step: "活动级别 为「" + p0 + "」", value: showValue(t0, "家"), source: S16 });
      src = S16;
      break;
    }
    case "市级":
    {
      t0 = K7;
      if (t) t.push({ step: "活动级别 为「" + p0 + "」", value: showValue(t0, "家"), source: S17 });
      src = S17;
      break;
    }
    default: {
      throw new PolicyLookupError("活动级别 为「" + p0 + "」，表中没有这一项", W4);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "参加企业数门槛", value: showValue(v0, "家"), source: src });
  const t1 = cmp(p1, v0) >= 0;
  if (t) t.push({ step: "适用：参加企业数 ≥ 参加企业数门槛", value: t1 ? "是" : "否", source: "" });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t2: Decimal;
  switch (p0) {
    case "省级":
    {
      t2 = K18;
      if (t) t.push({ step: "活动级别 为「" + p0 + "」", value: showValue(t2, "money"), source: S18 });
      src = S18;
      break;
    }
    case "市级":
    {
      t2 = K9;
      if (t) t.push({ step: "活动级别 为「" + p0 + "」", value: showValue(t2, "money"), source: S19 });
      src = S19;
      break;
    }
    default: {
      throw new PolicyLookupError("活动级别 为「" + p0 + "」，表中没有这一项", W5);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t2, "money"), source: src });
  return t2;
}

// （七）「“专精特新”产业园省级试点奖励」 policies/shaoxing-004.zc:252
function clause_SPECIALIZED_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「入选省级试点」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：入选省级试点", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K8, "money"), source: S20 });
  return K8;
}

// （七）「市级特色产业园区奖励」 policies/shaoxing-004.zc:267
function clause_FEATURE_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新增认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新增认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S21 });
  return K14;
}

// （七）「数字化示范园区建设补助」 policies/shaoxing-004.zc:282
function clause_DIGITAL_PARK_BUILD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「软硬件实际投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「列入计划并完成建设」", value: showValue(p1, "plain"), source: "" });
  if (t) t.push({ step: "适用：列入计划并完成建设", value: p1 ? "是" : "否", source: S22 });
  if (!p1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = p0.times(K19);
  const v0: Decimal = t0;
  if (t) t.push({ step: "补助额 = " + showValue(p0, "money") + " × 30%", value: showValue(v0, "money"), source: S23 });
  const t1 = cmp(v0, K8) <= 0 ? v0 : K8;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 100万元", value: showValue(t1, "money"), source: S24 });
  return t1;
}

// （七）「数字化示范园区认定奖励」 policies/shaoxing-004.zc:302
function clause_DIGITAL_PARK_TITLE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "市级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S25 });
      src = S25;
      break;
    }
    case "省级":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S25 });
      src = S25;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W6);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （七）「省级小微企业园认定奖励」 policies/shaoxing-004.zc:320
function clause_SME_PARK_PROVINCIAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新增认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新增认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S26 });
  return K10;
}

// （七）「星级小微企业园奖励（含晋级差额）」 policies/shaoxing-004.zc:333
function clause_SME_PARK_STAR(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「星级」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「原星级」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "三星级":
    {
      t0 = K14;
      if (t) t.push({ step: "星级 为「" + p0 + "」", value: showValue(t0, "money"), source: S27 });
      src = S27;
      break;
    }
    case "四星级":
    {
      t0 = K20;
      if (t) t.push({ step: "星级 为「" + p0 + "」", value: showValue(t0, "money"), source: S27 });
      src = S27;
      break;
    }
    case "五星级":
    {
      t0 = K21;
      if (t) t.push({ step: "星级 为「" + p0 + "」", value: showValue(t0, "money"), source: S27 });
      src = S27;
      break;
    }
    default: {
      throw new PolicyLookupError("星级 为「" + p0 + "」，表中没有这一项", W7);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "新星级奖额", value: showValue(v0, "money"), source: src });
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "无":
    {
      t1 = K2;
      if (t) t.push({ step: "原星级 为「" + p1 + "」", value: showValue(t1, "money"), source: "" });
      src = "";
      break;
    }
    case "三星级":
    {
      t1 = K14;
      if (t) t.push({ step: "原星级 为「" + p1 + "」", value: showValue(t1, "money"), source: S27 });
      src = S27;
      break;
    }
    case "四星级":
    {
      t1 = K20;
      if (t) t.push({ step: "原星级 为「" + p1 + "」", value: showValue(t1, "money"), source: S27 });
      src = S27;
      break;
    }
    case "五星级":
    {
      t1 = K21;
      if (t) t.push({ step: "原星级 为「" + p1 + "」", value: showValue(t1, "money"), source: S27 });
      src = S27;
      break;
    }
    default: {
      throw new PolicyLookupError("原星级 为「" + p1 + "」，表中没有这一项", W8);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "原星级奖额", value: showValue(v1, "money"), source: src });
  const t2 = v0.minus(v1);
  const t3 = t2.isNegative() ? ZERO : t2;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 扣除 " + showValue(v1, "money"), value: showValue(t3, "money"), source: S28 });
  return t3;
}

// （七）「国家级小微企业创业创新示范基地奖励」 policies/shaoxing-004.zc:365
function clause_SME_DEMO_BASE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新增认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新增认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K8, "money"), source: S29 });
  return K8;
}

// （八）「鼓励加大制造业项目投资（设备投资奖励）」 policies/shaoxing-004.zc:378
function clause_EQUIPMENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「项目类别」", value: showValue(p1, "plain"), source: "" });
  const t0 = cmp(p0, K12) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 300万元", value: t0 ? "是" : "否", source: S30 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "一般项目":
    {
      t1 = K2;
      if (t) t.push({ step: "项目类别 为「" + p1 + "」", value: showValue(t1, "points"), source: "" });
      src = "";
      break;
    }
    case "市重点项目":
    {
      t1 = K22;
      if (t) t.push({ step: "项目类别 为「" + p1 + "」", value: showValue(t1, "points"), source: S31 });
      src = S31;
      break;
    }
    case "市重点415X项目":
    {
      t1 = K23;
      if (t) t.push({ step: "项目类别 为「" + p1 + "」", value: showValue(t1, "points"), source: S32 });
      src = S32;
      break;
    }
    default: {
      throw new PolicyLookupError("项目类别 为「" + p1 + "」，表中没有这一项", W9);
    }
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "增加百分点", value: showValue(v0, "points"), source: src });
  const t2 = K13.plus(v0);
  const v1: Decimal = t2;
  if (t) t.push({ step: "奖励率 = 6% + " + showValue(v0, "points"), value: showValue(v1, "ratio"), source: S33 });
  const t3 = p0.times(v1);
  const v2: Decimal = t3;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × " + showValue(v1, "ratio"), value: showValue(v2, "money"), source: "" });
  const t4 = cmp(v2, K24) <= 0 ? v2 : K24;
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " 封顶 1,500万元", value: showValue(t4, "money"), source: S34 });
  return t4;
}

// （九）「重大制造业项目提前开工、提前建成投产奖励」 policies/shaoxing-004.zc:415
function clause_EARLY_PROGRESS(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「固定资产投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「节点」", value: showValue(p1, "plain"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「提前天数」", value: showValue(p2, "天"), source: "" });
  const p3 = a[3] as boolean;
  if (t) t.push({ step: "输入「独立供地」", value: showValue(p3, "plain"), source: "" });
  if (t) t.push({ step: "适用：独立供地", value: p3 ? "是" : "否", source: S35 });
  if (!p3) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = cmp(p0, K25) >= 0;
  if (t) t.push({ step: "适用：固定资产投资额 ≥ 1亿元", value: t0 ? "是" : "否", source: S36 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "开工":
    {
      src = "";
      let t2: Decimal;
      b0: {
        if (cmp(p2, K26) >= 0) {
          t2 = K14;
          if (t) t.push({ step: "提前天数 落在「180天（含）以上」", value: showValue(t2, "money"), source: S37 });
          src = S37;
          break b0;
        }
        if (cmp(p2, K27) >= 0) {
          t2 = K10;
          if (t) t.push({ step: "提前天数 落在「90天（含）到180天」", value: showValue(t2, "money"), source: S38 });
          src = S38;
          break b0;
        }
        t2 = K2;
        if (t) t.push({ step: "提前天数 不在所列各档", value: showValue(t2, "money"), source: "" });
        src = "";
      }
      t1 = t2;
      src = src || S39;
      if (t) t.push({ step: "节点 为「" + p1 + "」", value: showValue(t1, "money"), source: src });
      break;
    }
    case "建成投产":
    {
      src = "";
      let t3: Decimal;
      b1: {
        if (cmp(p2, K26) >= 0) {
          t3 = K20;
          if (t) t.push({ step: "提前天数 落在「180天（含）以上」", value: showValue(t3, "money"), source: S40 });
          src = S40;
          break b1;
        }
        if (cmp(p2, K27) >= 0) {
          t3 = K14;
          if (t) t.push({ step: "提前天数 落在「90天（含）到180天」", value: showValue(t3, "money"), source: S41 });
          src = S41;
          break b1;
        }
        t3 = K2;
        if (t) t.push({ step: "提前天数 不在所列各档", value: showValue(t3, "money"), source: "" });
        src = "";
      }
      t1 = t3;
      src = src || S42;
      if (t) t.push({ step: "节点 为「" + p1 + "」", value: showValue(t1, "money"), source: src });
      break;
    }
    default: {
      throw new PolicyLookupError("节点 为「" + p1 + "」，表中没有这一项", W10);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t1, "money"), source: src });
  return t1;
}

// （十）「“两新”超长期国债设备更新项目叠加补助」 policies/shaoxing-004.zc:455
function clause_DEVICE_RENEWAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「国家补助资金」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「叠加比例」", value: showValue(p1, "ratio"), source: "" });
  const t0 = p0.times(p1);
  const v0: Decimal = t0;
  if (t) t.push({ step: "叠加补助 = " + showValue(p0, "money") + " × " + showValue(p1, "ratio"), value: showValue(v0, "money"), source: "" });
  const t1 = cmp(v0, K11) <= 0 ? v0 : K11;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 500万元", value: showValue(t1, "money"), source: S43 });
  return t1;
}

// （十一）「营业收入500亿元以上每增100亿元奖励」 policies/shaoxing-004.zc:475
function clause_REVENUE_STEP(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「营业收入」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「历史最高营业收入」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「当地制造业营收占比」", value: showValue(p2, "ratio"), source: "" });
  const t0 = cmp(p2, K4) >= 0;
  if (t) t.push({ step: "适用：当地制造业营收占比 ≥ 50%", value: t0 ? "是" : "否", source: S44 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.minus(K28);
  if (cmp(K29, ZERO) <= 0) throw new PolicyInputError("「每满」的步长「100亿元」须大于零", W11);
  const t2 = t1.isNegative() ? ZERO : t1.div(K29).floor();
  const v0: Decimal = t2;
  if (t) t.push({ step: "本年已达档数 = （" + showValue(p0, "money") + " − 5,000,000万元） 每满 1,000,000万元", value: showValue(v0, "plain"), source: S45 });
  const t3 = p1.minus(K28);
  if (cmp(K29, ZERO) <= 0) throw new PolicyInputError("「每满」的步长「100亿元」须大于零", W12);
  const t4 = t3.isNegative() ? ZERO : t3.div(K29).floor();
  const v1: Decimal = t4;
  if (t) t.push({ step: "以前已达档数 = （" + showValue(p1, "money") + " − 5,000,000万元） 每满 1,000,000万元", value: showValue(v1, "plain"), source: S46 });
  const t5 = v0.minus(v1);
  const t6 = t5.isNegative() ? ZERO : t5;
  const v2: Decimal = t6;
  if (t) t.push({ step: "新增档数 = " + showValue(v0, "plain") + " 扣除 " + showValue(v1, "plain"), value: showValue(v2, "plain"), source: "" });
  const t7 = K7.times(v2);
  if (t) t.push({ step: "结果 = 50万元 × " + showValue(v2, "plain"), value: showValue(t7, "money"), source: S47 });
  return t7;
}

// （十一）「制造业“领航企业”、省级“雄鹰企业”奖励」 policies/shaoxing-004.zc:507
function clause_NAVIGATOR_EAGLE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级领航企业":
    {
      t0 = K30;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S48 });
      src = S48;
      break;
    }
    case "省级雄鹰企业":
    {
      t0 = K8;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S48 });
      src = S48;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W13);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十一）「“链主”企业奖励」 policies/shaoxing-004.zc:521
function clause_CHAIN_LEADER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K30;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S49 });
      src = S49;
      break;
    }
    case "省级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S49 });
      src = S49;
      break;
    }
    case "市级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S49 });
      src = S49;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W14);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十一）「省级民营经济总部领军企业奖励」 policies/shaoxing-004.zc:540
function clause_PRIVATE_HQ(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「新增列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：新增列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K7, "money"), source: S50 });
  return K7;
}

// （十二）「单项冠军、专精特新、隐形冠军奖励」 policies/shaoxing-004.zc:553
function clause_SPECIALIZED(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级单项冠军":
    {
      t0 = K30;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S51 });
      src = S51;
      break;
    }
    case "省级单项冠军培育企业":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S52 });
      src = S52;
      break;
    }
    case "国家级专精特新小巨人":
    {
      t0 = K31;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S53 });
      src = S53;
      break;
    }
    case "省级专精特新中小企业":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S54 });
      src = S54;
      break;
    }
    case "省隐形冠军":
    {
      t0 = K32;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S55 });
      src = S55;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W15);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十二）「中小企业创新创业大赛奖励」 policies/shaoxing-004.zc:578
function clause_SME_CONTEST(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「等次」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      src = "";
      let t1: Decimal;
      switch (p1) {
        case "一等奖":
        {
          t1 = K8;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t1, "money"), source: S56 });
          src = S56;
          break;
        }
        case "二等奖":
        {
          t1 = K7;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t1, "money"), source: S56 });
          src = S56;
          break;
        }
        case "三等奖":
        {
          t1 = K15;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t1, "money"), source: S56 });
          src = S56;
          break;
        }
        default: {
          throw new PolicyLookupError("等次 为「" + p1 + "」，表中没有这一项", W16);
        }
      }
      t0 = t1;
      src = src || S57;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    case "省级":
    {
      src = "";
      let t2: Decimal;
      switch (p1) {
        case "一等奖":
        {
          t2 = K7;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t2, "money"), source: S58 });
          src = S58;
          break;
        }
        case "二等奖":
        {
          t2 = K14;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t2, "money"), source: S58 });
          src = S58;
          break;
        }
        case "三等奖":
        {
          t2 = K10;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t2, "money"), source: S58 });
          src = S58;
          break;
        }
        default: {
          throw new PolicyLookupError("等次 为「" + p1 + "」，表中没有这一项", W16);
        }
      }
      t0 = t2;
      src = src || S57;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    case "市级":
    {
      src = "";
      let t3: Decimal;
      switch (p1) {
        case "一等奖":
        {
          t3 = K14;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t3, "money"), source: S59 });
          src = S59;
          break;
        }
        case "二等奖":
        {
          t3 = K10;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t3, "money"), source: S59 });
          src = S59;
          break;
        }
        case "三等奖":
        {
          t3 = K3;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t3, "money"), source: S59 });
          src = S59;
          break;
        }
        default: {
          throw new PolicyLookupError("等次 为「" + p1 + "」，表中没有这一项", W16);
        }
      }
      t0 = t3;
      src = src || S59;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W16);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十二）「企业管理标杆企业奖励」 policies/shaoxing-004.zc:616
function clause_MANAGEMENT_BENCHMARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「等次」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级及以上":
    {
      t0 = K7;
      if (t) t.push({ step: "等次 为「" + p0 + "」", value: showValue(t0, "money"), source: S60 });
      src = S60;
      break;
    }
    case "五星级":
    {
      t0 = K10;
      if (t) t.push({ step: "等次 为「" + p0 + "」", value: showValue(t0, "money"), source: S61 });
      src = S61;
      break;
    }
    case "四星级":
    {
      t0 = K3;
      if (t) t.push({ step: "等次 为「" + p0 + "」", value: showValue(t0, "money"), source: S61 });
      src = S61;
      break;
    }
    default: {
      throw new PolicyLookupError("等次 为「" + p0 + "」，表中没有这一项", W17);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十四）「制造业创新中心奖励」 policies/shaoxing-004.zc:635
function clause_MFG_INNOVATION_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K33;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S62 });
      src = S62;
      break;
    }
    case "省级":
    {
      t0 = K11;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S62 });
      src = S62;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W18);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十四）「产业创新中心奖励」 policies/shaoxing-004.zc:652
function clause_INDUSTRY_INNOVATION_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K11;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S63 });
      src = S63;
      break;
    }
    case "省级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S63 });
      src = S63;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W19);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十四）「企业技术中心、省级重点产业技术联盟依托单位奖励」 policies/shaoxing-004.zc:666
function clause_TECH_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级企业技术中心":
    {
      t0 = K8;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "省级企业技术中心":
    {
      t0 = K14;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "省级重点产业技术联盟依托单位":
    {
      t0 = K10;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "市级企业技术中心":
    {
      t0 = K3;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    default: {
      throw new PolicyLookupError("类型 为「" + p0 + "」，表中没有这一项", W20);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十四）「技术创新示范企业奖励」 policies/shaoxing-004.zc:688
function clause_TECH_INNOVATION_DEMO(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S65 });
      src = S65;
      break;
    }
    case "省级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S65 });
      src = S65;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W21);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十五）「省级优秀工业新产品（新技术）奖励」 policies/shaoxing-004.zc:705
function clause_NEW_PRODUCT_EXCELLENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S66 });
  return K14;
}

// （十五）「省重点技术创新项目、高新技术产品开发项目、工业新产品评价验收奖励」 policies/shaoxing-004.zc:720
function clause_TECH_PROJECT_EVAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省重点技术创新项目":
    {
      t0 = K10;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S67 });
      src = S67;
      break;
    }
    case "省重点高新技术产品开发项目":
    {
      t0 = K3;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S67 });
      src = S67;
      break;
    }
    case "省级工业新产品":
    {
      t0 = K34;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S67 });
      src = S67;
      break;
    }
    default: {
      throw new PolicyLookupError("类型 为「" + p0 + "」，表中没有这一项", W22);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十五）「市级首台（套）整机设备奖励」 policies/shaoxing-004.zc:739
function clause_CITY_FIRST_SET(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新增认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新增认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K15, "money"), source: S68 });
  return K15;
}

// （十五）「首台（套）关键零部件奖励」 policies/shaoxing-004.zc:754
function clause_KEY_COMPONENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国际":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S69 });
      src = S69;
      break;
    }
    case "国内":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S69 });
      src = S69;
      break;
    }
    case "省级":
    {
      t0 = K18;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S69 });
      src = S69;
      break;
    }
    case "市级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S69 });
      src = S69;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W23);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十七）「信息化项目补助」 policies/shaoxing-004.zc:775
function clause_INFO_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「投资总额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「当年已获补助」", value: showValue(p1, "money"), source: "" });
  const t0 = cmp(p0, K15) >= 0;
  if (t) t.push({ step: "适用：投资总额 ≥ 30万元", value: t0 ? "是" : "否", source: S70 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K19);
  const v0: Decimal = t1;
  if (t) t.push({ step: "补助额 = " + showValue(p0, "money") + " × 30%", value: showValue(v0, "money"), source: S71 });
  const t2 = K31.minus(p1);
  const t3 = t2.isNegative() ? ZERO : t2;
  const v1: Decimal = t3;
  if (t) t.push({ step: "剩余额度 = 150万元 扣除 " + showValue(p1, "money"), value: showValue(v1, "money"), source: S72 });
  const t4 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t4, "money"), source: "" });
  return t4;
}

// （十七）「5G全连接工厂奖励」 policies/shaoxing-004.zc:801
function clause_FIVE_G_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级":
    {
      src = "";
      let t1: Decimal;
      switch (p1) {
        case "车间级":
        {
          t1 = K9;
          if (t) t.push({ step: "类型 为「" + p1 + "」", value: showValue(t1, "money"), source: S73 });
          src = S73;
          break;
        }
        case "工厂级":
        {
          t1 = K7;
          if (t) t.push({ step: "类型 为「" + p1 + "」", value: showValue(t1, "money"), source: S73 });
          src = S73;
          break;
        }
        default: {
          throw new PolicyLookupError("类型 为「" + p1 + "」，表中没有这一项", W24);
        }
      }
      t0 = t1;
      src = src || S74;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    case "市级":
    {
      src = "";
      let t2: Decimal;
      switch (p1) {
        case "车间级":
        {
          t2 = K10;
          if (t) t.push({ step: "类型 为「" + p1 + "」", value: showValue(t2, "money"), source: S75 });
          src = S75;
          break;
        }
        case "工厂级":
        {
          t2 = K15;
          if (t) t.push({ step: "类型 为「" + p1 + "」", value: showValue(t2, "money"), source: S75 });
          src = S75;
          break;
        }
        default: {
          throw new PolicyLookupError("类型 为「" + p1 + "」，表中没有这一项", W24);
        }
      }
      t0 = t2;
      src = src || S74;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W24);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十七）「未来工厂、智能工厂、数字化车间奖励」 policies/shaoxing-004.zc:826
function clause_SMART_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级未来工厂":
    {
      t0 = K11;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    case "省级智能工厂":
    {
      t0 = K7;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    case "市级智能工厂":
    {
      t0 = K15;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    case "省级数字化车间":
    {
      t0 = K9;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    case "市级数字化车间":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W25);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十七）「工业互联网平台奖励」 policies/shaoxing-004.zc:850
function clause_IIP_PLATFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S77 });
      src = S77;
      break;
    }
    case "市级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S78 });
      src = S78;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W26);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十七）「工业互联网APP优秀解决方案、工业软件优秀产品奖励」 policies/shaoxing-004.zc:867
function clause_IIP_APP(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S79 });
      src = S79;
      break;
    }
    case "省级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S79 });
      src = S79;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W27);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十七）「省级重点工业信息工程服务机构（数字化服务商）奖励」 policies/shaoxing-004.zc:884
function clause_DIGITAL_SERVICE_PROVIDER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K15, "money"), source: S80 });
  return K15;
}

// （十八）「“云上企业”、大数据示范企业奖励」 policies/shaoxing-004.zc:897
function clause_CLOUD_BIGDATA(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级云上企业":
    case "省级大数据示范企业":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S81 });
      src = S81;
      break;
    }
    case "市级云上企业培育库":
    {
      t0 = K3;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S82 });
      src = S82;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W28);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十八）「数据管理能力成熟度（DCMM）贯标奖励」 policies/shaoxing-004.zc:915
function clause_DCMM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「等级」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「市级及以上智能工厂等认定」", value: showValue(p1, "plain"), source: "" });
  if (t) t.push({ step: "适用：「市级及以上智能工厂等认定」", value: p1 ? "是" : "否", source: S83 });
  if (!p1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "2级":
    case "3级":
    case "4级及以上":
    {
      t0 = K7;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S84 });
      src = S84;
      break;
    }
    default: {
      throw new PolicyLookupError("等级 为「" + p0 + "」，表中没有这一项", W29);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十八）「省级首席数据官试点奖励」 policies/shaoxing-004.zc:936
function clause_CDO_PILOT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S85 });
  return K10;
}

// （十八）「“两化”融合管理体系贯标评定奖励」 policies/shaoxing-004.zc:951
function clause_TWO_INTEGRATION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「等级」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "AAA级及以上":
    {
      t0 = K15;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S86 });
      src = S86;
      break;
    }
    case "AA级":
    {
      t0 = K10;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S86 });
      src = S86;
      break;
    }
    default: {
      throw new PolicyLookupError("等级 为「" + p0 + "」，表中没有这一项", W30);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十八）「新一代信息技术与制造业融合发展试点奖励」 policies/shaoxing-004.zc:968
function clause_IT_FUSION_PILOT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S87 });
      src = S87;
      break;
    }
    case "省级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S87 });
      src = S87;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W31);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十八）「工信部工业互联网试点示范项目奖励」 policies/shaoxing-004.zc:985
function clause_IIP_DEMO_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K7, "money"), source: S88 });
  return K7;
}

// （十八）「省级新型信息消费示范项目奖励」 policies/shaoxing-004.zc:1000
function clause_INFO_CONSUMPTION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S89 });
  return K14;
}

// （十九）「数据大赛获奖及孵化奖励」 policies/shaoxing-004.zc:1015
function clause_DATA_CONTEST(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「等次」", value: showValue(p1, "plain"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「孵化项目营业收入」", value: showValue(p2, "money"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      src = "";
      let t1: Decimal;
      switch (p1) {
        case "一等奖":
        {
          t1 = K10;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t1, "money"), source: S90 });
          src = S90;
          break;
        }
        case "二等奖":
        {
          t1 = K1;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t1, "money"), source: S90 });
          src = S90;
          break;
        }
        case "三等奖":
        {
          t1 = K6;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t1, "money"), source: S90 });
          src = S90;
          break;
        }
        default: {
          throw new PolicyLookupError("等次 为「" + p1 + "」，表中没有这一项", W32);
        }
      }
      t0 = t1;
      src = src || S91;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    case "省级":
    {
      src = "";
      let t2: Decimal;
      switch (p1) {
        case "一等奖":
        {
          t2 = K1;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t2, "money"), source: S92 });
          src = S92;
          break;
        }
        case "二等奖":
        {
          t2 = K6;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t2, "money"), source: S92 });
          src = S92;
          break;
        }
        case "三等奖":
        {
          t2 = K35;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t2, "money"), source: S92 });
          src = S92;
          break;
        }
        default: {
          throw new PolicyLookupError("等次 为「" + p1 + "」，表中没有这一项", W32);
        }
      }
      t0 = t2;
      src = src || S91;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    case "市级":
    {
      src = "";
      let t3: Decimal;
      switch (p1) {
        case "一等奖":
        {
          t3 = K36;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t3, "money"), source: S93 });
          src = S93;
          break;
        }
        case "二等奖":
        {
          t3 = K34;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t3, "money"), source: S93 });
          src = S93;
          break;
        }
        case "三等奖":
        {
          t3 = K5;
          if (t) t.push({ step: "等次 为「" + p1 + "」", value: showValue(t3, "money"), source: S93 });
          src = S93;
          break;
        }
        default: {
          throw new PolicyLookupError("等次 为「" + p1 + "」，表中没有这一项", W32);
        }
      }
      t0 = t3;
      src = src || S91;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W32);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "基础奖额", value: showValue(v0, "money"), source: src });
  let t4: Decimal;
  let t4b = 1;
  b0: {
    const t5 = cmp(p2, K8) > 0;
    if (t5) {
      t4 = K3;
      t4b = 0;
      break b0;
    }
    t4 = K2;
  }
  const v1: Decimal = t4;
  if (t) t.push({ step: "孵化奖励（" + B0[t4b]! + "）", value: showValue(v1, "money"), source: S94 });
  const t6 = v0.plus(v1);
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " + " + showValue(v1, "money"), value: showValue(t6, "money"), source: "" });
  return t6;
}

// （十九）「数据领域社会类政企合作奖励」 policies/shaoxing-004.zc:1061
function clause_GOV_ENTERPRISE_DATA(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S95 });
      src = S95;
      break;
    }
    case "省级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S95 });
      src = S95;
      break;
    }
    case "市级":
    {
      t0 = K34;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S95 });
      src = S95;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W33);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （十九）「公共数据授权运营数据产品奖励」 policies/shaoxing-004.zc:1080
function clause_DATA_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「产品数」", value: showValue(p0, "个"), source: "" });
  const t0 = K5.times(p0);
  if (t) t.push({ step: "结果 = 1万元/个 × " + showValue(p0, "个"), value: showValue(t0, "money"), source: S96 });
  return t0;
}

// （十九）「市级数据产业园补助」 policies/shaoxing-004.zc:1095
function clause_DATA_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S97 });
  return K10;
}

// （二十）「循环经济“850”工程示范项目奖励」 policies/shaoxing-004.zc:1108
function clause_CIRCULAR_850(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「验收通过」", value: showValue(p1, "plain"), source: "" });
  if (t) t.push({ step: "适用：验收通过", value: p1 ? "是" : "否", source: S98 });
  if (!p1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = p0.times(K37);
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × 8%", value: showValue(v0, "money"), source: S99 });
  const t1 = cmp(v0, K8) <= 0 ? v0 : K8;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 100万元", value: showValue(t1, "money"), source: S100 });
  return t1;
}

// （二十）「绿色低碳企业（工厂、产品、园区、供应链、绿色设计示范）奖励」 policies/shaoxing-004.zc:1128
function clause_GREEN_LOW_CARBON(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S101 });
      src = S101;
      break;
    }
    case "省级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S101 });
      src = S101;
      break;
    }
    case "市级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S101 });
      src = S101;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W34);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十）「省级节水型企业奖励」 policies/shaoxing-004.zc:1147
function clause_WATER_SAVING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新认定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S102 });
  return K10;
}

// （二十）「能源管理体系认证奖励」 policies/shaoxing-004.zc:1160
function clause_ENERGY_MGMT_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年通过」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年通过", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K3, "money"), source: S103 });
  return K3;
}

// （二十）「省级自愿性清洁生产企业奖励」 policies/shaoxing-004.zc:1173
function clause_CLEAN_PRODUCTION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「验收合格」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：验收合格", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K3, "money"), source: S104 });
  return K3;
}

// （二十）「亩均效益“领跑者”奖励」 policies/shaoxing-004.zc:1186
function clause_MUJUN_LEADER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S105 });
      src = S105;
      break;
    }
    case "市级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S105 });
      src = S105;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W35);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十）「淘汰落后产能奖励」 policies/shaoxing-004.zc:1203
function clause_OBSOLETE_CAPACITY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「淘汰设备资产净值」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「列入计划并验收通过」", value: showValue(p1, "plain"), source: "" });
  if (t) t.push({ step: "适用：列入计划并验收通过", value: p1 ? "是" : "否", source: S106 });
  if (!p1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = p0.times(K37);
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × 8%", value: showValue(v0, "money"), source: S107 });
  const t1 = cmp(v0, K12) <= 0 ? v0 : K12;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 300万元", value: showValue(t1, "money"), source: S108 });
  return t1;
}

// （二十一）「工业设计中心奖励」 policies/shaoxing-004.zc:1223
function clause_DESIGN_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S109 });
      src = S109;
      break;
    }
    case "省级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S109 });
      src = S109;
      break;
    }
    case "市级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S109 });
      src = S109;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W36);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十一）「国内外知名工业设计大赛奖项奖励」 policies/shaoxing-004.zc:1242
function clause_DESIGN_AWARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年获奖」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年获奖", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K3, "money"), source: S110 });
  return K3;
}

// （二十一）「中小企业公共服务示范平台奖励」 policies/shaoxing-004.zc:1257
function clause_SME_SERVICE_PLATFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S111 });
      src = S111;
      break;
    }
    case "省级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S111 });
      src = S111;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W37);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十一）「市级工业行业协会考核优秀奖励」 policies/shaoxing-004.zc:1272
function clause_INDUSTRY_ASSOCIATION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「年度考核优秀」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：年度考核优秀", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S112 });
  return K10;
}

// （二十三）「质量奖奖励」 policies/shaoxing-004.zc:1288
function clause_QUALITY_AWARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「奖项」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "中国质量奖":
    {
      t0 = K31;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S113 });
      src = S113;
      break;
    }
    case "省政府质量奖":
    {
      t0 = K8;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S113 });
      src = S113;
      break;
    }
    case "中国质量奖提名奖":
    {
      t0 = K8;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S114 });
      src = S114;
      break;
    }
    case "省政府质量管理创新奖":
    {
      t0 = K15;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S114 });
      src = S114;
      break;
    }
    case "绍兴市质量管理卓越企业":
    {
      t0 = K7;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S115 });
      src = S115;
      break;
    }
    case "绍兴市质量管理创新企业":
    {
      t0 = K14;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S115 });
      src = S115;
      break;
    }
    default: {
      throw new PolicyLookupError("奖项 为「" + p0 + "」，表中没有这一项", W38);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十四）「“浙江制造精品”奖励」 policies/shaoxing-004.zc:1315
function clause_ZHEJIANG_QUALITY_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新获得」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新获得", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S116 });
  return K14;
}

// （二十四）「中国品牌价值榜奖励」 policies/shaoxing-004.zc:1328
function clause_BRAND_VALUE_LIST(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新列入」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新列入", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S117 });
  return K10;
}

// （二十四）「“品字标”企业奖励」 policies/shaoxing-004.zc:1341
function clause_PINZI(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「取得方式」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "新增品字标企业":
    {
      t0 = K14;
      if (t) t.push({ step: "取得方式 为「" + p0 + "」", value: showValue(t0, "money"), source: S118 });
      src = S118;
      break;
    }
    case "其他途径授权":
    {
      t0 = K3;
      if (t) t.push({ step: "取得方式 为「" + p0 + "」", value: showValue(t0, "money"), source: S119 });
      src = S119;
      break;
    }
    default: {
      throw new PolicyLookupError("取得方式 为「" + p0 + "」，表中没有这一项", W39);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十五）「国际、国家、行业、省级地方标准制修订奖励」 policies/shaoxing-004.zc:1360
function clause_STANDARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「标准级别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「角色」", value: showValue(p1, "plain"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「项数」", value: showValue(p2, "项"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p1) {
    case "主导":
    {
      src = "";
      let t1: Decimal;
      switch (p0) {
        case "国际标准":
        {
          t1 = K7;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S120 });
          src = S120;
          break;
        }
        case "国家标准":
        {
          t1 = K15;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S120 });
          src = S120;
          break;
        }
        case "行业标准":
        {
          t1 = K14;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S120 });
          src = S120;
          break;
        }
        case "省级地方标准":
        {
          t1 = K10;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S120 });
          src = S120;
          break;
        }
        default: {
          throw new PolicyLookupError("标准级别 为「" + p0 + "」，表中没有这一项", W40);
        }
      }
      t0 = t1;
      src = src || S121;
      if (t) t.push({ step: "角色 为「" + p1 + "」", value: showValue(t0, "万元/项"), source: src });
      break;
    }
    case "参与":
    {
      src = "";
      let t2: Decimal;
      switch (p0) {
        case "国际标准":
        {
          t2 = K18;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t2, "万元/项"), source: S122 });
          src = S122;
          break;
        }
        case "国家标准":
        {
          t2 = K10;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t2, "万元/项"), source: S123 });
          src = S123;
          break;
        }
        case "行业标准":
        {
          t2 = K3;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」", value: showValue(t2, "万元/项"), source: S124 });
          src = S124;
          break;
        }
        default: {
          t2 = K2;
          if (t) t.push({ step: "标准级别 为「" + p0 + "」（其余）", value: showValue(t2, "万元/项"), source: "" });
          src = "";
        }
      }
      t0 = t2;
      src = src || S122;
      if (t) t.push({ step: "角色 为「" + p1 + "」", value: showValue(t0, "万元/项"), source: src });
      break;
    }
    default: {
      throw new PolicyLookupError("角色 为「" + p1 + "」，表中没有这一项", W40);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "每项奖额", value: showValue(v0, "万元/项"), source: src });
  const t3 = v0.times(p2);
  if (t) t.push({ step: "结果 = " + showValue(v0, "万元/项") + " × " + showValue(p2, "项"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// （二十五）「主导制订“浙江制造”标准奖励」 policies/shaoxing-004.zc:1402
function clause_ZHEJIANG_MADE_STANDARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「项数」", value: showValue(p0, "项"), source: "" });
  const t0 = K15.times(p0);
  if (t) t.push({ step: "结果 = 30万元/项 × " + showValue(p0, "项"), value: showValue(t0, "money"), source: S125 });
  return t0;
}

// （二十五）「标准创新贡献奖配套奖励」 policies/shaoxing-004.zc:1418
function clause_STANDARD_CONTRIBUTION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「奖项」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "中国标准创新贡献奖一等奖":
    {
      t0 = K7;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S126 });
      src = S126;
      break;
    }
    case "中国标准创新贡献奖二等奖":
    {
      t0 = K14;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S126 });
      src = S126;
      break;
    }
    case "中国标准创新贡献奖三等奖":
    {
      t0 = K10;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S126 });
      src = S126;
      break;
    }
    case "省重大标准创新贡献奖":
    {
      t0 = K15;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S127 });
      src = S127;
      break;
    }
    case "省优秀标准创新贡献奖":
    {
      t0 = K10;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S127 });
      src = S127;
      break;
    }
    case "市标准创新重大贡献奖":
    {
      t0 = K7;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S128 });
      src = S128;
      break;
    }
    case "市标准创新优秀贡献奖":
    {
      t0 = K14;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S128 });
      src = S128;
      break;
    }
    default: {
      throw new PolicyLookupError("奖项 为「" + p0 + "」，表中没有这一项", W41);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十五）「标准化试点项目奖励」 policies/shaoxing-004.zc:1447
function clause_STANDARD_PILOT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S129 });
      src = S129;
      break;
    }
    case "省级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S129 });
      src = S129;
      break;
    }
    case "市级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S129 });
      src = S129;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W42);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十五）「牵头成立标准化技术委员会奖励」 policies/shaoxing-004.zc:1464
function clause_STANDARD_TC_SETUP(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「机构类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "全国专业标准化技术委员会":
    {
      t0 = K7;
      if (t) t.push({ step: "机构类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S130 });
      src = S130;
      break;
    }
    case "分技术委员会":
    {
      t0 = K14;
      if (t) t.push({ step: "机构类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S130 });
      src = S130;
      break;
    }
    case "工作组":
    {
      t0 = K10;
      if (t) t.push({ step: "机构类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S130 });
      src = S130;
      break;
    }
    default: {
      throw new PolicyLookupError("机构类型 为「" + p0 + "」，表中没有这一项", W43);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十五）「标准化技术委员会年度工作补助经费」 policies/shaoxing-004.zc:1484
function clause_STANDARD_TC_ANNUAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「机构类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "全国专业标准化技术委员会":
    {
      t0 = K14;
      if (t) t.push({ step: "机构类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S131 });
      src = S131;
      break;
    }
    case "分技术委员会":
    {
      t0 = K10;
      if (t) t.push({ step: "机构类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S130 });
      src = S130;
      break;
    }
    case "工作组":
    {
      t0 = K3;
      if (t) t.push({ step: "机构类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S130 });
      src = S130;
      break;
    }
    default: {
      throw new PolicyLookupError("机构类型 为「" + p0 + "」，表中没有这一项", W44);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十五）「“浙江标准”奖励」 policies/shaoxing-004.zc:1504
function clause_ZHEJIANG_STANDARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「项数」", value: showValue(p0, "项"), source: "" });
  const t0 = K10.times(p0);
  if (t) t.push({ step: "结果 = 10万元/项 × " + showValue(p0, "项"), value: showValue(t0, "money"), source: S132 });
  return t0;
}

// （二十五）「标准创新型企业奖励」 policies/shaoxing-004.zc:1518
function clause_STANDARD_INNOVATIVE_ENTERPRISE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「等级」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "高级":
    {
      t0 = K7;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S133 });
      src = S133;
      break;
    }
    case "中级":
    {
      t0 = K14;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S133 });
      src = S133;
      break;
    }
    default: {
      throw new PolicyLookupError("等级 为「" + p0 + "」，表中没有这一项", W45);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// （二十五）「企业标准“领跑者”奖励」 policies/shaoxing-004.zc:1534
function clause_STANDARD_LEADER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年新评定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年新评定", value: p0 ? "是" : "否", source: "" });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S134 });
  return K10;
}

export const namespace = "SHAOXING";
export const functions: readonly CompiledFunction[] = [
  { meta: m0, evaluate: clause_SOFTWARE_RENT },
  { meta: m1, evaluate: clause_DYEING_CHEM_STANDARD },
  { meta: m2, evaluate: clause_ELECTRONICS_TOP100 },
  { meta: m3, evaluate: clause_CPMS_CASE },
  { meta: m4, evaluate: clause_CPMS_STANDARD },
  { meta: m5, evaluate: clause_SOFTWARE_PARK },
  { meta: m6, evaluate: clause_FUTURE_INDUSTRY_EXTRA },
  { meta: m7, evaluate: clause_CLASSIC_STUDIO },
  { meta: m8, evaluate: clause_CRAFT_EXHIBITION },
  { meta: m9, evaluate: clause_CHAIN_COMMUNITY },
  { meta: m10, evaluate: clause_CHAIN_EVENT },
  { meta: m11, evaluate: clause_SPECIALIZED_PARK },
  { meta: m12, evaluate: clause_FEATURE_PARK },
  { meta: m13, evaluate: clause_DIGITAL_PARK_BUILD },
  { meta: m14, evaluate: clause_DIGITAL_PARK_TITLE },
  { meta: m15, evaluate: clause_SME_PARK_PROVINCIAL },
  { meta: m16, evaluate: clause_SME_PARK_STAR },
  { meta: m17, evaluate: clause_SME_DEMO_BASE },
  { meta: m18, evaluate: clause_EQUIPMENT },
  { meta: m19, evaluate: clause_EARLY_PROGRESS },
  { meta: m20, evaluate: clause_DEVICE_RENEWAL },
  { meta: m21, evaluate: clause_REVENUE_STEP },
  { meta: m22, evaluate: clause_NAVIGATOR_EAGLE },
  { meta: m23, evaluate: clause_CHAIN_LEADER },
  { meta: m24, evaluate: clause_PRIVATE_HQ },
  { meta: m25, evaluate: clause_SPECIALIZED },
  { meta: m26, evaluate: clause_SME_CONTEST },
  { meta: m27, evaluate: clause_MANAGEMENT_BENCHMARK },
  { meta: m28, evaluate: clause_MFG_INNOVATION_CENTER },
  { meta: m29, evaluate: clause_INDUSTRY_INNOVATION_CENTER },
  { meta: m30, evaluate: clause_TECH_CENTER },
  { meta: m31, evaluate: clause_TECH_INNOVATION_DEMO },
  { meta: m32, evaluate: clause_NEW_PRODUCT_EXCELLENT },
  { meta: m33, evaluate: clause_TECH_PROJECT_EVAL },
  { meta: m34, evaluate: clause_CITY_FIRST_SET },
  { meta: m35, evaluate: clause_KEY_COMPONENT },
  { meta: m36, evaluate: clause_INFO_PROJECT },
  { meta: m37, evaluate: clause_FIVE_G_FACTORY },
  { meta: m38, evaluate: clause_SMART_FACTORY },
  { meta: m39, evaluate: clause_IIP_PLATFORM },
  { meta: m40, evaluate: clause_IIP_APP },
  { meta: m41, evaluate: clause_DIGITAL_SERVICE_PROVIDER },
  { meta: m42, evaluate: clause_CLOUD_BIGDATA },
  { meta: m43, evaluate: clause_DCMM },
  { meta: m44, evaluate: clause_CDO_PILOT },
  { meta: m45, evaluate: clause_TWO_INTEGRATION },
  { meta: m46, evaluate: clause_IT_FUSION_PILOT },
  { meta: m47, evaluate: clause_IIP_DEMO_PROJECT },
  { meta: m48, evaluate: clause_INFO_CONSUMPTION },
  { meta: m49, evaluate: clause_DATA_CONTEST },
  { meta: m50, evaluate: clause_GOV_ENTERPRISE_DATA },
  { meta: m51, evaluate: clause_DATA_PRODUCT },
  { meta: m52, evaluate: clause_DATA_PARK },
  { meta: m53, evaluate: clause_CIRCULAR_850 },
  { meta: m54, evaluate: clause_GREEN_LOW_CARBON },
  { meta: m55, evaluate: clause_WATER_SAVING },
  { meta: m56, evaluate: clause_ENERGY_MGMT_CERT },
  { meta: m57, evaluate: clause_CLEAN_PRODUCTION },
  { meta: m58, evaluate: clause_MUJUN_LEADER },
  { meta: m59, evaluate: clause_OBSOLETE_CAPACITY },
  { meta: m60, evaluate: clause_DESIGN_CENTER },
  { meta: m61, evaluate: clause_DESIGN_AWARD },
  { meta: m62, evaluate: clause_SME_SERVICE_PLATFORM },
  { meta: m63, evaluate: clause_INDUSTRY_ASSOCIATION },
  { meta: m64, evaluate: clause_QUALITY_AWARD },
  { meta: m65, evaluate: clause_ZHEJIANG_QUALITY_PRODUCT },
  { meta: m66, evaluate: clause_BRAND_VALUE_LIST },
  { meta: m67, evaluate: clause_PINZI },
  { meta: m68, evaluate: clause_STANDARD },
  { meta: m69, evaluate: clause_ZHEJIANG_MADE_STANDARD },
  { meta: m70, evaluate: clause_STANDARD_CONTRIBUTION },
  { meta: m71, evaluate: clause_STANDARD_PILOT },
  { meta: m72, evaluate: clause_STANDARD_TC_SETUP },
  { meta: m73, evaluate: clause_STANDARD_TC_ANNUAL },
  { meta: m74, evaluate: clause_ZHEJIANG_STANDARD },
  { meta: m75, evaluate: clause_STANDARD_INNOVATIVE_ENTERPRISE },
  { meta: m76, evaluate: clause_STANDARD_LEADER },
];

export const settlement: SettlementRules = {
  "namespace": "SHAOXING",
  "rules": [
    {
      "id": "EXCLUSION",
      "title": "亩均D类、严重失信企业不予享受政策",
      "article": "附则（四）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "上年度亩均效益综合评价为D类(当年新纳入规模以上工业法人除外),因逃税骗税、恶意欠薪、故意侵犯知识产权或在食品药品、生态环境、工程质量、安全生产、消防安全等领域存在违法行为,被有关部门查处并列入严重失信名单的企业,不予享受政策。",
      "basis": "不予享受政策",
      "kind": "exclusion"
    },
    {
      "id": "HIGHEST",
      "title": "同一企业同一事项不重复享受",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受",
      "kind": "highest"
    },
    {
      "id": "FUTURE_INDUSTRY_STACK",
      "title": "在设备投资奖励基础上再按6%补助",
      "article": "（三）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "鼓励氢能等新能源产业发展,对氢能产业项目,当年实际完成设备投资额300万元以上的,在享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助,单个项目额外补助不超过300万元。对当年列入省级未来产业先导区和“新星”产业集群区域所属行业项目的,享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助,单个项目额外补助不超过500万元。",
      "basis": "在享受本政策“鼓励加大制造业项目投资”条款基础上,再按设备投资额的6%给予补助",
      "kind": "stack",
      "addOn": [
        "FUTURE_INDUSTRY_EXTRA"
      ],
      "base": [
        "EQUIPMENT"
      ]
    },
    {
      "id": "STANDARD_TC_STACK",
      "title": "牵头成立标委会并给予每年工作补助经费",
      "article": "（二十五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "牵头成立全国专业标准化技术委员会、分技术委员会(省级标准化技术委员会)、工作组(省级分技术委员会)的,分别奖励50万元、20万元、10万元,并给予每年20万元、10万元、5万元工作补助经费。",
      "basis": "并给予每年20万元、10万元、5万元工作补助经费",
      "kind": "stack",
      "addOn": [
        "STANDARD_TC_ANNUAL"
      ],
      "base": [
        "STANDARD_TC_SETUP"
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分",
      "kind": "ladder",
      "name": "历史经典产业工作室",
      "members": [
        {
          "fn": "CLASSIC_STUDIO",
          "param": 0,
          "values": [
            "市级",
            "省级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "数字化示范园区",
      "members": [
        {
          "fn": "DIGITAL_PARK_TITLE",
          "param": 0,
          "values": [
            "市级",
            "省级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "小微企业园",
      "members": [
        {
          "fn": "SME_PARK_PROVINCIAL"
        },
        {
          "fn": "SME_PARK_STAR",
          "param": 0,
          "values": [
            "三星级",
            "四星级",
            "五星级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "企业技术中心",
      "members": [
        {
          "fn": "TECH_CENTER",
          "param": 0,
          "values": [
            "市级企业技术中心",
            "省级企业技术中心",
            "国家级企业技术中心"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "智能工厂",
      "members": [
        {
          "fn": "SMART_FACTORY",
          "param": 0,
          "values": [
            "市级数字化车间",
            "省级数字化车间",
            "市级智能工厂",
            "省级智能工厂",
            "省级未来工厂"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "5G全连接工厂",
      "members": [
        {
          "fn": "FIVE_G_FACTORY"
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "工业互联网平台",
      "members": [
        {
          "fn": "IIP_PLATFORM",
          "param": 0,
          "values": [
            "市级",
            "省级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "工业互联网APP",
      "members": [
        {
          "fn": "IIP_APP",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "企业管理标杆",
      "members": [
        {
          "fn": "MANAGEMENT_BENCHMARK",
          "param": 0,
          "values": [
            "四星级",
            "五星级",
            "省级及以上"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "专精特新",
      "members": [
        {
          "fn": "SPECIALIZED",
          "param": 0,
          "values": [
            "省级专精特新中小企业",
            "国家级专精特新小巨人"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "单项冠军",
      "members": [
        {
          "fn": "SPECIALIZED",
          "param": 0,
          "values": [
            "省级单项冠军培育企业",
            "国家级单项冠军"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "链主企业",
      "members": [
        {
          "fn": "CHAIN_LEADER",
          "param": 0,
          "values": [
            "市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "电子信息百强",
      "members": [
        {
          "fn": "ELECTRONICS_TOP100",
          "param": 0,
          "values": [
            "省电子信息产业百家重点企业",
            "国家电子信息百强企业"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "中小企业创新创业大赛",
      "members": [
        {
          "fn": "SME_CONTEST"
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "制造业创新中心",
      "members": [
        {
          "fn": "MFG_INNOVATION_CENTER",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "产业创新中心",
      "members": [
        {
          "fn": "INDUSTRY_INNOVATION_CENTER",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "技术创新示范企业",
      "members": [
        {
          "fn": "TECH_INNOVATION_DEMO",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "首台套关键零部件",
      "members": [
        {
          "fn": "KEY_COMPONENT",
          "param": 0,
          "values": [
            "市级",
            "省级",
            "国内",
            "国际"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "云上企业",
      "members": [
        {
          "fn": "CLOUD_BIGDATA",
          "param": 0,
          "values": [
            "市级云上企业培育库",
            "省级云上企业"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "数据管理能力成熟度",
      "members": [
        {
          "fn": "DCMM",
          "param": 0,
          "values": [
            "2级",
            "3级",
            "4级及以上"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "两化融合贯标",
      "members": [
        {
          "fn": "TWO_INTEGRATION",
          "param": 0,
          "values": [
            "AA级",
            "AAA级及以上"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "融合发展试点",
      "members": [
        {
          "fn": "IT_FUSION_PILOT",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "数据领域政企合作",
      "members": [
        {
          "fn": "GOV_ENTERPRISE_DATA",
          "param": 0,
          "values": [
            "市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "绿色低碳",
      "members": [
        {
          "fn": "GREEN_LOW_CARBON",
          "param": 0,
          "values": [
            "市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "亩均效益领跑者",
      "members": [
        {
          "fn": "MUJUN_LEADER",
          "param": 0,
          "values": [
            "市级",
            "省级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "工业设计中心",
      "members": [
        {
          "fn": "DESIGN_CENTER",
          "param": 0,
          "values": [
            "市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "中小企业公共服务示范平台",
      "members": [
        {
          "fn": "SME_SERVICE_PLATFORM",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "中国质量奖",
      "members": [
        {
          "fn": "QUALITY_AWARD",
          "param": 0,
          "values": [
            "中国质量奖提名奖",
            "中国质量奖"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "标准化试点",
      "members": [
        {
          "fn": "STANDARD_PILOT",
          "param": 0,
          "values": [
            "市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "标准化技术委员会",
      "members": [
        {
          "fn": "STANDARD_TC_SETUP",
          "param": 0,
          "values": [
            "工作组",
            "分技术委员会",
            "全国专业标准化技术委员会"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一奖项（认定）晋升到高等次只奖励差额",
      "article": "附则（五）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "basis": "同一企业同一事项符合两项或两项以上扶持条款(含县级政策和市级其他政策)或同时符合市、县两级政策的,不重复享受;同一奖项(认定)在低等次已作奖励的,晋升到高等次时,只奖励差额部分。",
      "kind": "ladder",
      "name": "标准创新型企业",
      "members": [
        {
          "fn": "STANDARD_INNOVATIVE_ENTERPRISE",
          "param": 0,
          "values": [
            "中级",
            "高级"
          ]
        }
      ]
    },
    {
      "id": "SOFTWARE_RENT_CAP",
      "title": "软件企业租金补贴每年不超过6万元",
      "article": "（二）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "对租赁办公用房的软件企业,按照月租金不超过单价10元/平方米、每年不超过6万元、前5年每年不超过年租金总额100%、后3年每年不超过年租金总额50%的标准给予租金补贴,以“先交后补”形式兑现,具体额度和标准由各地决定;",
      "basis": "每年不超过6万元",
      "kind": "annualCap",
      "functions": [
        "SOFTWARE_RENT"
      ],
      "sum": "6"
    },
    {
      "id": "INFO_PROJECT_CAP",
      "title": "信息化项目补助单家企业每年不超过150万元",
      "article": "（十七）",
      "document": {
        "title": "先进制造业强市建设“4151”计划专项政策",
        "issuer": "绍兴市人民政府办公室",
        "date": "2025-02-10",
        "draft": false
      },
      "text": "当年在信息化软硬件、5G网络、“上云”和信息技术开发等投入达到30万元以上的信息化项目,按不超过其投资总额的30%给予补助,单家企业每年不超过150万元;",
      "basis": "单家企业每年不超过150万元",
      "kind": "annualCap",
      "functions": [
        "INFO_PROJECT"
      ],
      "sum": "150"
    }
  ]
};
