// 由 zhengce build 生成，请勿手工修改。命名空间 HUZHOU，来源：policies/huzhou-001.zc
import type { Decimal } from "decimal.js";
import { Exact as D } from "../runtime/exact.js";
import type { ArgValue, CompiledFunction, FunctionMeta, TraceStep } from "../runtime/types.js";
import { PolicyLookupError, type SourcePosition } from "../runtime/errors.js";
import { showValue } from "../runtime/show.js";
import { cmp } from "../runtime/compare.js";
import type { SettlementRules } from "../runtime/settlement/rules.js";

const ZERO = new D(0);
const K0 = new D("2000");
const K1 = new D("5000");
const K2 = new D("0.12");
const K3 = new D("0.08");
const K4 = new D("3000");
const K5 = new D("500");
const K6 = new D("0.04");
const K7 = new D("0");
const K8 = new D("1000");
const K9 = new D("10");
const K10 = new D("50");
const K11 = new D("20");
const K12 = new D("1");
const K13 = new D("400");
const K14 = new D("100");
const K15 = new D("300");
const K16 = new D("0.3");
const K17 = new D("30");
const K18 = new D("200");
const K19 = new D("10000");
const K20 = new D("0.15");
const K21 = new D("2");
const K22 = new D("5");
const K23 = new D("3");
const K24 = new D("0.5");
const K25 = new D("800");
const S0 = "设备投资2000万元（含）以上的新建项目";
const S1 = "按设备投资额的15%—30%给予奖励";
const S2 = "对制造业重点支持领域设备投资2000万元（含）以上的新建项目，给予分档奖励，单个项目最高奖励5000万元";
const S3 = "按设备投资额的12%给予奖励";
const S4 = "按设备投资额的8%给予奖励";
const S5 = "……对新能源汽车、物流装备、生物医药、工程机械、合金特材、地理信息、数控机床等领域的成套、整机或核心关键零部件（材料）强链补链项目，投产后按设备投资额的12%给予奖励，单个项目最高奖励3000万元";
const S6 = "设备投资500万元 （含） 以上的项目";
const S7 = "在原基础上提高4个百分点";
const S8 = "推动企业全面实施技术改造提升，对设备投资500万元（含）以上的项目，项目实施完成后，按设备投资额的8%给予奖励，单个项目最高奖励1000万元";
const S9 = "单个项目最高奖励1000万元";
const S10 = "单个项目最高奖励3000万元";
const S11 = "涉及传统工艺、技艺的发掘、保护、创新项目";
const S12 = "每家企业奖励10万元";
const S13 = "对新获得国家、省工艺美术大师和工作室称号的，分别奖励50万元、10万元";
const S14 = "对新获得和通过复评的高档丝绸标志认证的企业，分别奖励20万元、10万元";
const S15 = "市级以上机关单位、行业协会等组织的国内外展示展销活动";
const S16 = "按标准展位费给予全额奖励";
const S17 = "支持智能制造新型生产组织建设，对首次被评为省级未来工厂、智能工厂、数字化车间的，分别奖励400万元、100万元、50万元";
const S18 = "验收通过后";
const S19 = "给予一次性奖励300万元";
const S20 = "软性投入300万元（含）以上";
const S21 = "按软性投入的30%给予奖励";
const S22 = "对软性投入300万元（含）以上的产业数字化和工业互联网建设项目，按软性投入的30%给予奖励，单个项目最高奖励500万元";
const S23 = "上台阶奖励";
const S24 = "给予最高50万元上台阶奖励";
const S25 = "对首次列入数字经济创新企业百强、电子信息百强、软件百强的，奖励30万元";
const S26 = "对经认定的数字经济示范楼宇";
const S27 = "给予最高500万元奖励";
const S28 = "支持工业互联网平台建设，对首次被评为国家级、省级工业互联网平台的，分别奖励100万元、50万元";
const S29 = "服务企业超200家、连接设备超1万台";
const S30 = "服务同一行业企业超100家、连接设备超5000台";
const S31 = "对服务企业超200家、连接设备超1万台的，奖励200万元";
const S32 = "按节能设备及装置投资额的15%给予奖励";
const S33 = "对节能降碳技改项目按节能设备及装置投资额的15%给予奖励，单个项目最高奖励300万元";
const S34 = "设备投资500万元（含）以上";
const S35 = "单个项目最高奖励500万元";
const S36 = "对首次被评为国家级绿色园区、绿色工厂（企业）、绿色供应链管理企业、工业产品绿色设计示范企业的，分别奖励100万元、50万元、50万元、50万元";
const S37 = "对首次被评为省级绿色低碳（零碳）园区、绿色低碳（零碳）工厂的，分别奖励50万元、30万元";
const S38 = "给予牵头单位30万元奖励";
const S39 = "对经认定的省级产业链上下游企业共同体，给予牵头单位30万元奖励";
const S40 = "每个奖励20万元";
const S41 = "对被评为国家级制造业创新中心、企业技术中心的，分别奖励1000万元、100万元";
const S42 = "对被评为省级制造业创新中心、企业技术中心的，分别奖励100万元、50万元";
const S43 = "对被评为国家级工业设计中心（研究院）、服务型制造的，奖励50万元";
const S44 = "对被评为国家级、省级产业计量测试中心和能源计量示范企业（项目）的，分别奖励50万元、30万元";
const S45 = "新获得国家级高新技术认定检测机构";
const S46 = "对新获得国家级高新技术认定检测机构的，奖励20万元";
const S47 = "对获得中国质量奖、中国质量奖提名奖、省政府质量奖、省质量管理创新奖、市政府质量奖的，分别奖励100万元、50万元、50万元、30万元、30万元";
const S48 = "经备案实施";
const S49 = "奖励 2 万元";
const S50 = "对获得“品字标”品牌的企业";
const S51 = "奖励20万元";
const S52 = "同时获得国际互认证书的，再奖励5万元";
const S53 = "对为主制订国际、国家、行业标准的，每个标准分别奖励100 万元、30 万元、10 万元";
const S54 = "对为主制订“浙江标准”“浙江制造”标准的，每个标准奖励10万元";
const S55 = "参与制订国际、国家、行业标准的 （排名第2、3位），每个标准分别奖励10万元、5万元、2万元";
const S56 = "对为主制订“浙江标准”“浙江制造”标准的";
const S57 = "排名第2、3位";
const S58 = "对首次通过“双碳”认证的企业";
const S59 = "对首次通过“双碳”认证的企业，奖励20万元";
const S60 = "首次通过中国绿色产品认证的企业";
const S61 = "每多获得一张证书再奖励2万元";
const S62 = "对首次通过中国绿色产品认证的企业，奖励20万元，每多获得一张证书再奖励2万元，最高奖励30万元";
const S63 = "对认定为国际国内、省级“三首”产品的，分别奖励100万元、50万元";
const S64 = "按不高于实际保费的50%给予奖励";
const S65 = "对享受国际国内、省级“三首”产品风险补偿政策的，按不高于实际保费的50%给予奖励，最高奖励100万元";
const S66 = "对获得浙江制造精品的";
const S67 = "对获得浙江制造精品的，奖励20万元";
const S68 = "在本市产业化的创新药、改良型新药，每个品种分别奖励800万元、300万元";
const S69 = "新取得仿制药注册证书的，每个奖励300万元";
const S70 = "每个品种当年最高奖励200万元";
const S71 = "符合我市产业发展方向、规模大、效益好、增长快的制造业企业";
const S72 = "最高奖励2000万元";
const S73 = "对当年认定为“金象金牛”企业的，分别奖励20万元、10万元";
const S74 = "对连续三年认定为“金象金牛”企业的，分别奖励100万元、50万元";
const S75 = "对首次获评单项冠军示范企业（产品）、国家专精特新“小巨人”、省“隐形冠军”的，分别奖励100万元、50万元、30万元";
const S76 = "对当年认定为省级管理对标提升标杆企业的";
const S77 = "对当年认定为省级管理对标提升标杆企业的，奖励30万元";
const S78 = "支持企业参与“创客中国”大赛";
const S79 = "最高奖励100万元";
const S80 = "对首次被评为国家级小型微型企业创业创新示范基地，省五星级、四星级小微企业园的，分别奖励园区运营机构100万元、50万元、30万元";
const S81 = "奖励园区运营机构50万元";
const S82 = "对首次被评为国家级、省级中小企业公共服务示范平台的，分别奖励50万元、30万元";
const B0: readonly string[] = ["标杆示范 成立", "标杆示范 不成立"];
const B1: readonly string[] = ["广泛服务达标 成立", "细分行业达标 成立", "以上条件都不成立"];
const B2: readonly string[] = ["国际互认证书 成立", "国际互认证书 不成立"];
const B3: readonly string[] = ["起草排名 = 1位 成立", "起草排名 ≤ 3位 成立", "以上条件都不成立"];
const W0: SourcePosition = { fn: "HUZHOU.NEW_INDUSTRY_INVEST", file: "policies/huzhou-001.zc", line: 60 };
const W1: SourcePosition = { fn: "HUZHOU.CRAFT_MASTER", file: "policies/huzhou-001.zc", line: 135 };
const W2: SourcePosition = { fn: "HUZHOU.SILK_MARK", file: "policies/huzhou-001.zc", line: 150 };
const W3: SourcePosition = { fn: "HUZHOU.FUTURE_FACTORY", file: "policies/huzhou-001.zc", line: 186 };
const W4: SourcePosition = { fn: "HUZHOU.DIGITAL_TOP100", file: "policies/huzhou-001.zc", line: 250 };
const W5: SourcePosition = { fn: "HUZHOU.IIP_PLATFORM", file: "policies/huzhou-001.zc", line: 281 };
const W6: SourcePosition = { fn: "HUZHOU.GREEN_BRAND", file: "policies/huzhou-001.zc", line: 365 };
const W7: SourcePosition = { fn: "HUZHOU.INNOVATION_CENTER", file: "policies/huzhou-001.zc", line: 420 };
const W8: SourcePosition = { fn: "HUZHOU.DESIGN_SERVICE", file: "policies/huzhou-001.zc", line: 444 };
const W9: SourcePosition = { fn: "HUZHOU.METROLOGY", file: "policies/huzhou-001.zc", line: 458 };
const W10: SourcePosition = { fn: "HUZHOU.QUALITY_AWARD", file: "policies/huzhou-001.zc", line: 487 };
const W11: SourcePosition = { fn: "HUZHOU.STANDARD", file: "policies/huzhou-001.zc", line: 548 };
const W12: SourcePosition = { fn: "HUZHOU.STANDARD", file: "policies/huzhou-001.zc", line: 553 };
const W13: SourcePosition = { fn: "HUZHOU.FIRST_SET", file: "policies/huzhou-001.zc", line: 624 };
const W14: SourcePosition = { fn: "HUZHOU.DRUG_REGISTRATION", file: "policies/huzhou-001.zc", line: 676 };
const W15: SourcePosition = { fn: "HUZHOU.JINXIANG_JINNIU", file: "policies/huzhou-001.zc", line: 738 };
const W16: SourcePosition = { fn: "HUZHOU.JINXIANG_JINNIU", file: "policies/huzhou-001.zc", line: 741 };
const W17: SourcePosition = { fn: "HUZHOU.SPECIALIZED", file: "policies/huzhou-001.zc", line: 761 };
const W18: SourcePosition = { fn: "HUZHOU.SME_PARK", file: "policies/huzhou-001.zc", line: 810 };
const W19: SourcePosition = { fn: "HUZHOU.SME_SERVICE_PLATFORM", file: "policies/huzhou-001.zc", line: 829 };

const m0: FunctionMeta = {
  "id": "HUZHOU.SEMICONDUCTOR_INVEST",
  "namespace": "HUZHOU",
  "name": "SEMICONDUCTOR_INVEST",
  "zhName": "半导体建链投资奖励",
  "title": "半导体及光电重点建链产业项目设备投资奖励",
  "article": "答一·支持新兴产业投资扩量",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对制造业重点支持领域设备投资2000万元（含）以上的新建项目，给予分档奖励，单个项目最高奖励5000万元。对半导体及光电重点建链产业项目，投产后按设备投资额的15%—30%给予奖励，单个项目最高奖励5000万元；",
  "note": "总括句“设备投资2000万元（含）以上的新建项目”的门槛同样适用；“15%—30%”是核定区间，奖励比例作为输入，限于15%至30%，默认取最高30%（“最高X%”按X%计）。",
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
      "description": "项目设备投资额，万元"
    },
    {
      "name": "奖励比例",
      "kind": "ratio",
      "optional": true,
      "default": 0.3,
      "integer": false,
      "min": {
        "value": "0.15",
        "inclusive": true
      },
      "max": {
        "value": "0.3",
        "inclusive": true
      },
      "description": "在15%至30%之间核定的奖励比例，不填按30%"
    }
  ],
  "result": "money"
};
const m1: FunctionMeta = {
  "id": "HUZHOU.NEW_INDUSTRY_INVEST",
  "namespace": "HUZHOU",
  "name": "NEW_INDUSTRY_INVEST",
  "zhName": "新兴产业投资奖励",
  "title": "新兴产业强链补链及重点提升项目设备投资奖励",
  "article": "答一·支持新兴产业投资扩量",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对制造业重点支持领域设备投资2000万元（含）以上的新建项目，给予分档奖励，单个项目最高奖励5000万元。……对新能源汽车、物流装备、生物医药、工程机械、合金特材、地理信息、数控机床等领域的成套、整机或核心关键零部件（材料）强链补链项目，投产后按设备投资额的12%给予奖励，单个项目最高奖励3000万元；对其他新兴产业和特色优势产业重点提升项目，投产后按设备投资额的8%给予奖励，单个项目最高奖励3000万元。",
  "note": "总括句“分档奖励”的2000万元（含）门槛对两类项目都适用；项目类别即“档”，整个设备投资额按所属类别的比例计奖。",
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
      "description": "项目设备投资额，万元"
    },
    {
      "name": "项目类别",
      "kind": "enum",
      "values": [
        "强链补链",
        "重点提升"
      ],
      "optional": false,
      "integer": false,
      "description": "强链补链：新能源汽车等七个领域的成套、整机或核心关键零部件（材料）项目；重点提升：其他新兴产业和特色优势产业项目"
    }
  ],
  "result": "money"
};
const m2: FunctionMeta = {
  "id": "HUZHOU.TECH_REFORM",
  "namespace": "HUZHOU",
  "name": "TECH_REFORM",
  "zhName": "技术改造奖励",
  "title": "企业技术改造项目奖励",
  "article": "答一·支持企业加大技术改造",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "推动企业全面实施技术改造提升，对设备投资500万元 （含） 以上的项目，项目实施完成后，按设备投资额的 8%给予奖励，单个项目最高奖励1000万元。对“标杆示范”技术改造项目，投产后在原基础上提高4个百分点，单个项目最高奖励3000万元。",
  "note": "“在原基础上提高4个百分点”即标杆示范项目按12%对整个设备投资额计奖，并以3000万元封顶取代1000万元封顶；500万元（含）门槛对两者都适用。",
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
      "description": "技改项目设备投资额，万元"
    },
    {
      "name": "标杆示范",
      "kind": "flag",
      "optional": true,
      "default": false,
      "integer": false,
      "description": "是否为标杆示范技术改造项目"
    }
  ],
  "result": "money"
};
const m3: FunctionMeta = {
  "id": "HUZHOU.CLASSIC_CRAFT_PROJECT",
  "namespace": "HUZHOU",
  "name": "CLASSIC_CRAFT_PROJECT",
  "zhName": "经典工艺项目奖励",
  "title": "历史经典产业传统工艺技艺发掘保护创新项目奖励",
  "article": "答一·支持历史经典产业健康发展",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对历史经典产业中涉及传统工艺、技艺的发掘、保护、创新项目，每家企业奖励10万元。",
  "note": "按企业计奖（每家企业10万元），不按项目个数计。",
  "params": [
    {
      "name": "项目入选",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否有历史经典产业传统工艺、技艺的发掘、保护、创新项目获得支持"
    }
  ],
  "result": "money"
};
const m4: FunctionMeta = {
  "id": "HUZHOU.CRAFT_MASTER",
  "namespace": "HUZHOU",
  "name": "CRAFT_MASTER",
  "zhName": "工艺美术大师奖励",
  "title": "国家、省工艺美术大师和工作室称号奖励",
  "article": "答一·支持历史经典产业健康发展",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对新获得国家、省工艺美术大师和工作室称号的，分别奖励50万元、10万元。",
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
      "description": "新获得的工艺美术大师或工作室称号的级别"
    }
  ],
  "result": "money"
};
const m5: FunctionMeta = {
  "id": "HUZHOU.SILK_MARK",
  "namespace": "HUZHOU",
  "name": "SILK_MARK",
  "zhName": "高档丝绸标志奖励",
  "title": "高档丝绸标志认证奖励",
  "article": "答一·支持历史经典产业健康发展",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对新获得和通过复评的高档丝绸标志认证的企业，分别奖励20万元、10万元。",
  "note": "",
  "params": [
    {
      "name": "认证情形",
      "kind": "enum",
      "values": [
        "新获得",
        "通过复评"
      ],
      "optional": false,
      "integer": false,
      "description": "高档丝绸标志认证是新获得还是通过复评"
    }
  ],
  "result": "money"
};
const m6: FunctionMeta = {
  "id": "HUZHOU.EXHIBITION_BOOTH",
  "namespace": "HUZHOU",
  "name": "EXHIBITION_BOOTH",
  "zhName": "展位费奖励",
  "title": "国内外展示展销活动展位费奖励",
  "article": "答一·支持历史经典产业健康发展",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "参加市级以上机关单位、行业协会等组织的国内外展示展销活动，按标准展位费给予全额奖励。",
  "note": "奖励额等于标准展位费（全额），不是企业实际支付的费用；主办方为市级以上机关单位、行业协会等组织时才适用。",
  "params": [
    {
      "name": "标准展位费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "展会的标准展位费，万元"
    },
    {
      "name": "市级以上组织",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "展会是否由市级以上机关单位、行业协会等组织主办"
    }
  ],
  "result": "money"
};
const m7: FunctionMeta = {
  "id": "HUZHOU.FUTURE_FACTORY",
  "namespace": "HUZHOU",
  "name": "FUTURE_FACTORY",
  "zhName": "未来工厂奖励",
  "title": "省级未来工厂、智能工厂、数字化车间奖励",
  "article": "答二·深入推进“未来工厂+产业大脑”",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "支持智能制造新型生产组织建设，对首次被评为省级未来工厂、智能工厂、数字化车间的，分别奖励400万元、100万元、50万元。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级未来工厂",
        "省级智能工厂",
        "省级数字化车间"
      ],
      "optional": false,
      "integer": false,
      "description": "首次被评的省级称号"
    }
  ],
  "result": "money"
};
const m8: FunctionMeta = {
  "id": "HUZHOU.INDUSTRY_BRAIN",
  "namespace": "HUZHOU",
  "name": "INDUSTRY_BRAIN",
  "zhName": "行业产业大脑奖励",
  "title": "省级“行业产业大脑”建设试点奖励",
  "article": "答二·深入推进“未来工厂+产业大脑”",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对工信领域列入省级“行业产业大脑”建设试点的，验收通过后给予一次性奖励300万元。",
  "note": "",
  "params": [
    {
      "name": "验收通过",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "列入省级行业产业大脑建设试点的项目是否已验收通过"
    }
  ],
  "result": "money"
};
const m9: FunctionMeta = {
  "id": "HUZHOU.DIGITAL_REFORM",
  "namespace": "HUZHOU",
  "name": "DIGITAL_REFORM",
  "zhName": "数字化改造奖励",
  "title": "产业数字化和工业互联网建设项目奖励",
  "article": "答二·支持数字化改造",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对软性投入300万元（含）以上的产业数字化和工业互联网建设项目，按软性投入的30%给予奖励，单个项目最高奖励500万元。",
  "note": "",
  "params": [
    {
      "name": "软性投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目软性投入（软件、服务等），万元"
    }
  ],
  "result": "money"
};
const m10: FunctionMeta = {
  "id": "HUZHOU.SOFTWARE_STEP_UP",
  "namespace": "HUZHOU",
  "name": "SOFTWARE_STEP_UP",
  "zhName": "软件上台阶奖励",
  "title": "软件信息服务业、互联网企业上台阶奖励",
  "article": "答二·培育发展新业态新模式",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "推动软件和信息技术服务业、互联网和相关服务业企业快速成长，给予最高50万元上台阶奖励。",
  "note": "原文未给出台阶标准和各台阶金额，只说“最高50万元”；对没有金额表的定额奖励，“最高…万元”按该金额计。",
  "params": [
    {
      "name": "达到上台阶标准",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否达到上台阶奖励标准"
    }
  ],
  "result": "money"
};
const m11: FunctionMeta = {
  "id": "HUZHOU.DIGITAL_TOP100",
  "namespace": "HUZHOU",
  "name": "DIGITAL_TOP100",
  "zhName": "数字经济百强奖励",
  "title": "数字经济创新企业百强、电子信息百强、软件百强奖励",
  "article": "答二·培育发展新业态新模式",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次列入数字经济创新企业百强、电子信息百强、软件百强的，奖励30万元。",
  "note": "",
  "params": [
    {
      "name": "榜单",
      "kind": "enum",
      "values": [
        "数字经济创新企业百强",
        "电子信息百强",
        "软件百强"
      ],
      "optional": false,
      "integer": false,
      "description": "首次列入的百强榜单"
    }
  ],
  "result": "money"
};
const m12: FunctionMeta = {
  "id": "HUZHOU.DIGITAL_BUILDING",
  "namespace": "HUZHOU",
  "name": "DIGITAL_BUILDING",
  "zhName": "数字经济楼宇奖励",
  "title": "数字经济示范楼宇奖励",
  "article": "答二·培育发展新业态新模式",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "实施《打造数字经济“一号发展工程”升级版实施万物智联强市2.0行动方案》，对经认定的数字经济示范楼宇给予最高500万元奖励。",
  "note": "对没有金额表的定额奖励，“最高…万元”按该金额计。",
  "params": [
    {
      "name": "经认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "楼宇是否经认定为数字经济示范楼宇"
    }
  ],
  "result": "money"
};
const m13: FunctionMeta = {
  "id": "HUZHOU.IIP_PLATFORM",
  "namespace": "HUZHOU",
  "name": "IIP_PLATFORM",
  "zhName": "工业互联网平台奖励",
  "title": "国家级、省级工业互联网平台奖励",
  "article": "答二·支持数字服务能力提升",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "支持工业互联网平台建设，对首次被评为国家级、省级工业互联网平台的，分别奖励100万元、50万元；",
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
      "description": "首次被评为的工业互联网平台级别"
    }
  ],
  "result": "money"
};
const m14: FunctionMeta = {
  "id": "HUZHOU.IIP_SERVICE_SCALE",
  "namespace": "HUZHOU",
  "name": "IIP_SERVICE_SCALE",
  "zhName": "平台服务规模奖励",
  "title": "工业互联网平台服务规模奖励",
  "article": "答二·支持数字服务能力提升",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对服务企业超200家、连接设备超1万台的，奖励200万元；支持专注细分行业服务，对服务同一行业企业超100家、连接设备超5000台的，奖励100万元。",
  "note": "“超”为严格大于，恰好200家或10000台不符合。两项奖励是同一平台的二选一，不累加：达到200万元的条件时奖200万元，否则看细分行业的100万元条件。",
  "params": [
    {
      "name": "服务企业数",
      "kind": "quantity",
      "unit": "家",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "平台服务的企业数，家"
    },
    {
      "name": "连接设备数",
      "kind": "quantity",
      "unit": "台",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "平台连接的设备数，台"
    },
    {
      "name": "同一行业服务企业数",
      "kind": "quantity",
      "unit": "家",
      "optional": true,
      "default": 0,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "平台服务的同一行业企业数，家（专注细分行业时填写）"
    }
  ],
  "result": "money"
};
const m15: FunctionMeta = {
  "id": "HUZHOU.ENERGY_SAVING",
  "namespace": "HUZHOU",
  "name": "ENERGY_SAVING",
  "zhName": "节能降碳技改奖励",
  "title": "节能降碳技改项目奖励",
  "article": "答三·鼓励企业节能降碳",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对节能降碳技改项目按节能设备及装置投资额的15%给予奖励，单个项目最高奖励300万元。",
  "note": "没有投资额门槛。",
  "params": [
    {
      "name": "节能设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "节能降碳技改项目中节能设备及装置的投资额，万元"
    }
  ],
  "result": "money"
};
const m16: FunctionMeta = {
  "id": "HUZHOU.RESOURCE_RECYCLING",
  "namespace": "HUZHOU",
  "name": "RESOURCE_RECYCLING",
  "zhName": "资源循环利用奖励",
  "title": "工业资源循环综合利用项目奖励",
  "article": "答三·鼓励企业节能降碳",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对设备投资500万元（含）以上的工业资源循环综合利用项目，项目实施完成后，按设备投资额的12%给予奖励，单个项目最高奖励500万元。",
  "note": "",
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
      "description": "工业资源循环综合利用项目设备投资额，万元"
    }
  ],
  "result": "money"
};
const m17: FunctionMeta = {
  "id": "HUZHOU.GREEN_BRAND",
  "namespace": "HUZHOU",
  "name": "GREEN_BRAND",
  "zhName": "绿色制造品牌奖励",
  "title": "绿色制造品牌奖励",
  "article": "答三·打造绿色制造品牌",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次被评为国家级绿色园区、绿色工厂（企业）、绿色供应链管理企业、工业产品绿色设计示范企业的，分别奖励100万元、50万元、50万元、50万元；对首次被评为省级绿色低碳 （零碳）园区、绿色低碳（零碳）工厂的，分别奖励50万元、30万元。",
  "note": "国家级绿色工厂含“绿色工厂（企业）”；省级绿色低碳园区、工厂含“（零碳）”园区、工厂。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家级绿色园区",
        "国家级绿色工厂",
        "国家级绿色供应链管理企业",
        "国家级工业产品绿色设计示范企业",
        "省级绿色低碳园区",
        "省级绿色低碳工厂"
      ],
      "optional": false,
      "integer": false,
      "description": "首次被评的绿色制造称号"
    }
  ],
  "result": "money"
};
const m18: FunctionMeta = {
  "id": "HUZHOU.CHAIN_COMMUNITY",
  "namespace": "HUZHOU",
  "name": "CHAIN_COMMUNITY",
  "zhName": "产业链共同体奖励",
  "title": "省级产业链上下游企业共同体牵头单位奖励",
  "article": "答四·推进产业链创新链协同",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对经认定的省级产业链上下游企业共同体，给予牵头单位30万元奖励。",
  "note": "只奖励共同体的牵头单位，其他成员单位不奖。",
  "params": [
    {
      "name": "牵头单位",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "申报企业是否为经认定的省级产业链上下游企业共同体的牵头单位"
    }
  ],
  "result": "money"
};
const m19: FunctionMeta = {
  "id": "HUZHOU.KEY_TECH_PROJECT",
  "namespace": "HUZHOU",
  "name": "KEY_TECH_PROJECT",
  "zhName": "重点技术创新奖励",
  "title": "省级重点技术创新专项、重点高新技术产品奖励",
  "article": "答四·推进产业链创新链协同",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对通过鉴定验收的省级重点技术创新专项、重点高新技术产品，每个奖励20万元。",
  "note": "",
  "params": [
    {
      "name": "项目数",
      "kind": "quantity",
      "unit": "项",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "通过鉴定验收的省级重点技术创新专项和重点高新技术产品个数"
    }
  ],
  "result": "money"
};
const m20: FunctionMeta = {
  "id": "HUZHOU.INNOVATION_CENTER",
  "namespace": "HUZHOU",
  "name": "INNOVATION_CENTER",
  "zhName": "技术创新平台奖励",
  "title": "制造业创新中心、企业技术中心奖励",
  "article": "答四·打造技术创新平台",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对被评为国家级制造业创新中心、企业技术中心的，分别奖励1000万元、100万元；对被评为省级制造业创新中心、企业技术中心的，分别奖励100万元、50万元。",
  "note": "",
  "params": [
    {
      "name": "平台类型",
      "kind": "enum",
      "values": [
        "制造业创新中心",
        "企业技术中心"
      ],
      "optional": false,
      "integer": false,
      "description": "被评为的平台类型"
    },
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "平台级别"
    }
  ],
  "result": "money"
};
const m21: FunctionMeta = {
  "id": "HUZHOU.DESIGN_SERVICE",
  "namespace": "HUZHOU",
  "name": "DESIGN_SERVICE",
  "zhName": "工业设计服务型制造奖励",
  "title": "国家级工业设计中心、服务型制造奖励",
  "article": "答四·打造技术创新平台",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对被评为国家级工业设计中心（研究院）、服务型制造的，奖励50万元。",
  "note": "工业设计中心含工业设计研究院；两类均为国家级。",
  "params": [
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "工业设计中心",
        "服务型制造"
      ],
      "optional": false,
      "integer": false,
      "description": "被评为的国家级称号类型"
    }
  ],
  "result": "money"
};
const m22: FunctionMeta = {
  "id": "HUZHOU.METROLOGY",
  "namespace": "HUZHOU",
  "name": "METROLOGY",
  "zhName": "计量测试中心奖励",
  "title": "产业计量测试中心和能源计量示范企业（项目）奖励",
  "article": "答四·打造技术创新平台",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对被评为国家级、省级产业计量测试中心和能源计量示范企业 （项目）的，分别奖励50万元、30万元。",
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
      "description": "产业计量测试中心或能源计量示范企业（项目）的级别"
    }
  ],
  "result": "money"
};
const m23: FunctionMeta = {
  "id": "HUZHOU.TESTING_AGENCY",
  "namespace": "HUZHOU",
  "name": "TESTING_AGENCY",
  "zhName": "检测机构奖励",
  "title": "国家级高新技术认定检测机构奖励",
  "article": "答四·打造技术创新平台",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对新获得国家级高新技术认定检测机构的，奖励20万元。",
  "note": "",
  "params": [
    {
      "name": "新获认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "是否新获得国家级高新技术认定检测机构认定"
    }
  ],
  "result": "money"
};
const m24: FunctionMeta = {
  "id": "HUZHOU.QUALITY_AWARD",
  "namespace": "HUZHOU",
  "name": "QUALITY_AWARD",
  "zhName": "质量奖奖励",
  "title": "质量奖奖励",
  "article": "答四·提升企业质量标准竞争力",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对获得中国质量奖、中国质量奖提名奖、省政府质量奖、省质量管理创新奖、市政府质量奖的，分别奖励100万元、50万元、50万元、30万元、30万元。",
  "note": "",
  "params": [
    {
      "name": "奖项",
      "kind": "enum",
      "values": [
        "中国质量奖",
        "中国质量奖提名奖",
        "省政府质量奖",
        "省质量管理创新奖",
        "市政府质量奖"
      ],
      "optional": false,
      "integer": false,
      "description": "获得的质量奖项"
    }
  ],
  "result": "money"
};
const m25: FunctionMeta = {
  "id": "HUZHOU.QUALITY_STEWARD",
  "namespace": "HUZHOU",
  "name": "QUALITY_STEWARD",
  "zhName": "质量管家奖励",
  "title": "“质量管家”服务模式奖励",
  "article": "答四·提升企业质量标准竞争力",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对经备案实施“质量管家”服务模式的企业，奖励 2 万元。",
  "note": "",
  "params": [
    {
      "name": "经备案",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否经备案实施质量管家服务模式"
    }
  ],
  "result": "money"
};
const m26: FunctionMeta = {
  "id": "HUZHOU.PINZI_BRAND",
  "namespace": "HUZHOU",
  "name": "PINZI_BRAND",
  "zhName": "品字标奖励",
  "title": "“品字标”品牌奖励",
  "article": "答四·提升企业质量标准竞争力",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对获得“品字标”品牌的企业，奖励20万元，同时获得国际互认证书的，再奖励5万元。",
  "note": "",
  "params": [
    {
      "name": "获得品字标",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否获得品字标品牌"
    },
    {
      "name": "国际互认证书",
      "kind": "flag",
      "optional": true,
      "default": false,
      "integer": false,
      "description": "是否同时获得国际互认证书"
    }
  ],
  "result": "money"
};
const m27: FunctionMeta = {
  "id": "HUZHOU.STANDARD",
  "namespace": "HUZHOU",
  "name": "STANDARD",
  "zhName": "标准制订奖励",
  "title": "国际、国家、行业及“浙江标准”“浙江制造”标准制订奖励",
  "article": "答四·提升企业质量标准竞争力",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "构建先进制造标准体系，对为主制订国际、国家、行业标准的，每个标准分别奖励100 万元、30 万元、10 万元。对参与制订国际、国家、行业标准的 （排名第2、3位），每个标准分别奖励10万元、5万元、2万元。对为主制订“浙江标准”“浙江制造”标准的，每个标准奖励10万元。",
  "note": "“为主制订”指起草单位排名第1位；“参与制订”只奖排名第2、3位，第4位及以后不奖；参与制订浙江标准、浙江制造标准未列奖励，为0。按标准个数计奖。",
  "params": [
    {
      "name": "标准类型",
      "kind": "enum",
      "values": [
        "国际标准",
        "国家标准",
        "行业标准",
        "浙江标准",
        "浙江制造标准"
      ],
      "optional": false,
      "integer": false,
      "description": "所制订标准的类型"
    },
    {
      "name": "起草排名",
      "kind": "quantity",
      "unit": "位",
      "optional": false,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "企业在起草单位中的排名，第1位为为主制订"
    },
    {
      "name": "标准数量",
      "kind": "quantity",
      "unit": "项",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "同类型、同排名的标准个数"
    }
  ],
  "result": "money"
};
const m28: FunctionMeta = {
  "id": "HUZHOU.DUAL_CARBON_CERT",
  "namespace": "HUZHOU",
  "name": "DUAL_CARBON_CERT",
  "zhName": "双碳认证奖励",
  "title": "“双碳”认证奖励",
  "article": "答四·提升企业质量标准竞争力",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次通过“双碳”认证的企业，奖励20万元。",
  "note": "",
  "params": [
    {
      "name": "首次通过",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否首次通过双碳认证"
    }
  ],
  "result": "money"
};
const m29: FunctionMeta = {
  "id": "HUZHOU.GREEN_PRODUCT_CERT",
  "namespace": "HUZHOU",
  "name": "GREEN_PRODUCT_CERT",
  "zhName": "绿色产品认证奖励",
  "title": "中国绿色产品认证奖励",
  "article": "答四·提升企业质量标准竞争力",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次通过中国绿色产品认证的企业，奖励20万元，每多获得一张证书再奖励2万元，最高奖励30万元。",
  "note": "首张证书奖励20万元，此后每多一张加2万元，合计封顶30万元（第6张时达到封顶）。",
  "params": [
    {
      "name": "证书数量",
      "kind": "quantity",
      "unit": "张",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "首次通过认证的企业获得的中国绿色产品认证证书张数"
    }
  ],
  "result": "money"
};
const m30: FunctionMeta = {
  "id": "HUZHOU.FIRST_SET",
  "namespace": "HUZHOU",
  "name": "FIRST_SET",
  "zhName": "三首产品奖励",
  "title": "“三首”产品认定奖励",
  "article": "答四·推动创新产品推广应用",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对认定为国际国内、省级“三首”产品的，分别奖励100万元、50万元。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国际国内",
        "省级"
      ],
      "optional": false,
      "integer": false,
      "description": "三首产品的认定级别"
    }
  ],
  "result": "money"
};
const m31: FunctionMeta = {
  "id": "HUZHOU.FIRST_SET_INSURANCE",
  "namespace": "HUZHOU",
  "name": "FIRST_SET_INSURANCE",
  "zhName": "三首保费奖励",
  "title": "“三首”产品风险补偿保费奖励",
  "article": "答四·推动创新产品推广应用",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对享受国际国内、省级“三首”产品风险补偿政策的，按不高于实际保费的50%给予奖励，最高奖励100万元。",
  "note": "“不高于实际保费的50%”按实际保费的50%计；国际国内与省级规则相同，故不需级别参数。",
  "params": [
    {
      "name": "实际保费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "三首产品风险补偿保险的实际保费，万元"
    }
  ],
  "result": "money"
};
const m32: FunctionMeta = {
  "id": "HUZHOU.ZHEJIANG_QUALITY_PRODUCT",
  "namespace": "HUZHOU",
  "name": "ZHEJIANG_QUALITY_PRODUCT",
  "zhName": "浙江制造精品奖励",
  "title": "浙江制造精品奖励",
  "article": "答四·推动创新产品推广应用",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对获得浙江制造精品的，奖励20万元。",
  "note": "",
  "params": [
    {
      "name": "获得精品",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "产品是否获得浙江制造精品"
    }
  ],
  "result": "money"
};
const m33: FunctionMeta = {
  "id": "HUZHOU.DRUG_REGISTRATION",
  "namespace": "HUZHOU",
  "name": "DRUG_REGISTRATION",
  "zhName": "药品注册奖励",
  "title": "创新药、改良型新药、仿制药注册奖励",
  "article": "答四·推动创新产品推广应用",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对获药品注册证书并在本市产业化的创新药、改良型新药，每个品种分别奖励800万元、300万元。对通过仿制药一致性评价或新取得仿制药注册证书的，每个奖励300万元。",
  "note": "“在本市产业化”只是创新药、改良型新药的条件；仿制药（通过一致性评价或新取得注册证书）每个300万元，不要求本市产业化。",
  "params": [
    {
      "name": "药品类别",
      "kind": "enum",
      "values": [
        "创新药",
        "改良型新药",
        "仿制药"
      ],
      "optional": false,
      "integer": false,
      "description": "药品类别；仿制药指通过一致性评价或新取得仿制药注册证书"
    },
    {
      "name": "品种数",
      "kind": "quantity",
      "unit": "个",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "同类别获奖品种个数"
    },
    {
      "name": "本市产业化",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "创新药、改良型新药是否在本市产业化"
    }
  ],
  "result": "money"
};
const m34: FunctionMeta = {
  "id": "HUZHOU.DRUG_PROMOTION",
  "namespace": "HUZHOU",
  "name": "DRUG_PROMOTION",
  "zhName": "药品推广奖励",
  "title": "创新药、改良型新药、仿制药推广应用奖励",
  "article": "答四·推动创新产品推广应用",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "支持创新药、改良型新药、仿制药推广应用，加速推进产业化的，每个品种当年最高奖励200万元。",
  "note": "“每个品种当年最高奖励200万元”没有计算基数，按每个品种每年200万元计。",
  "params": [
    {
      "name": "品种数",
      "kind": "quantity",
      "unit": "个",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年推广应用、加速推进产业化的药品品种个数"
    }
  ],
  "result": "money"
};
const m35: FunctionMeta = {
  "id": "HUZHOU.LEADING_ENTERPRISE",
  "namespace": "HUZHOU",
  "name": "LEADING_ENTERPRISE",
  "zhName": "培大育强奖励",
  "title": "冠军领航培大育强企业奖励",
  "article": "答五·促进培大育强",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "深化冠军领航攻坚，支持转型升级、竞争力提升，对符合我市产业发展方向、规模大、效益好、增长快的制造业企业，最高奖励2000万元。",
  "note": "“符合产业发展方向、规模大、效益好、增长快”没有量化，也没有金额表；“最高奖励2000万元”按符合条件企业的奖励额计。",
  "params": [
    {
      "name": "符合条件",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否符合产业发展方向且规模大、效益好、增长快"
    }
  ],
  "result": "money"
};
const m36: FunctionMeta = {
  "id": "HUZHOU.JINXIANG_JINNIU",
  "namespace": "HUZHOU",
  "name": "JINXIANG_JINNIU",
  "zhName": "金象金牛奖励",
  "title": "“金象金牛”企业奖励",
  "article": "答五·促进培大育强",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "实施新一轮“金象金牛”大企业培育三年行动计划，对当年认定为“金象金牛”企业的，分别奖励20万元、10万元；对连续三年认定为“金象金牛”企业的，分别奖励100万元、50万元。",
  "note": "当年认定奖励与连续三年认定奖励是两项奖励；在第三个连续认定年度，两项都给。",
  "params": [
    {
      "name": "企业类别",
      "kind": "enum",
      "values": [
        "金象",
        "金牛"
      ],
      "optional": false,
      "integer": false,
      "description": "当年认定的类别"
    },
    {
      "name": "连续三年",
      "kind": "flag",
      "optional": true,
      "default": false,
      "integer": false,
      "description": "是否已连续三年认定为同类企业"
    }
  ],
  "result": "money"
};
const m37: FunctionMeta = {
  "id": "HUZHOU.SPECIALIZED",
  "namespace": "HUZHOU",
  "name": "SPECIALIZED",
  "zhName": "专精特新奖励",
  "title": "单项冠军、专精特新“小巨人”、省“隐形冠军”奖励",
  "article": "答五·支持专精特新",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次获评单项冠军示范企业（产品）、国家专精特新“小巨人”、省“隐形冠军”的，分别奖励100万元、50万元、30万元。",
  "note": "单项冠军示范企业含单项冠军产品。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "单项冠军示范企业",
        "专精特新小巨人",
        "省隐形冠军"
      ],
      "optional": false,
      "integer": false,
      "description": "首次获评的称号"
    }
  ],
  "result": "money"
};
const m38: FunctionMeta = {
  "id": "HUZHOU.MANAGEMENT_BENCHMARK",
  "namespace": "HUZHOU",
  "name": "MANAGEMENT_BENCHMARK",
  "zhName": "管理对标标杆奖励",
  "title": "省级管理对标提升标杆企业奖励",
  "article": "答五·支持专精特新",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对当年认定为省级管理对标提升标杆企业的，奖励30万元。",
  "note": "",
  "params": [
    {
      "name": "当年认定",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否当年认定为省级管理对标提升标杆企业"
    }
  ],
  "result": "money"
};
const m39: FunctionMeta = {
  "id": "HUZHOU.MAKER_CHINA",
  "namespace": "HUZHOU",
  "name": "MAKER_CHINA",
  "zhName": "创客中国奖励",
  "title": "“创客中国”大赛奖励",
  "article": "答六·创优服务生态",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "支持企业参与“创客中国”大赛，最高奖励100万元。",
  "note": "原文未给出奖项等级；对没有金额表的定额奖励，“最高奖励100万元”按获奖企业的奖励额计。",
  "params": [
    {
      "name": "获奖",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "企业是否在创客中国大赛中获奖"
    }
  ],
  "result": "money"
};
const m40: FunctionMeta = {
  "id": "HUZHOU.SME_PARK",
  "namespace": "HUZHOU",
  "name": "SME_PARK",
  "zhName": "小微企业园奖励",
  "title": "小型微型企业创业创新示范基地、小微企业园奖励",
  "article": "答六·强化平台保障",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次被评为国家级小型微型企业创业创新示范基地，省五星级、四星级小微企业园的，分别奖励园区运营机构100万元、50万元、30万元。对首次被评为省级数字化小微企业园示范园区的，奖励园区运营机构50万元。",
  "note": "奖励给园区运营机构。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家级小型微型企业创业创新示范基地",
        "省五星级小微企业园",
        "省四星级小微企业园",
        "省级数字化小微企业园示范园区"
      ],
      "optional": false,
      "integer": false,
      "description": "首次被评的称号"
    }
  ],
  "result": "money"
};
const m41: FunctionMeta = {
  "id": "HUZHOU.SME_SERVICE_PLATFORM",
  "namespace": "HUZHOU",
  "name": "SME_SERVICE_PLATFORM",
  "zhName": "中小企业服务平台奖励",
  "title": "中小企业公共服务示范平台奖励",
  "article": "答六·强化平台保障",
  "source": "001_f54231456852eb19.txt",
  "document": {
    "title": "《湖州市推动制造业高质量发展实施意见（2023—2025年）》解读",
    "issuer": "湖州市经济和信息化局",
    "draft": false
  },
  "text": "对首次被评为国家级、省级中小企业公共服务示范平台的，分别奖励50万元、30万元。",
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
      "description": "首次被评为的中小企业公共服务示范平台级别"
    }
  ],
  "result": "money"
};

// 答一·支持新兴产业投资扩量「半导体及光电重点建链产业项目设备投资奖励」 policies/huzhou-001.zc:16
function clause_SEMICONDUCTOR_INVEST(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「奖励比例」", value: showValue(p1, "ratio"), source: "" });
  const t0 = cmp(p0, K0) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 2000万元", value: t0 ? "是" : "否", source: S0 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(p1);
  const v0: Decimal = t1;
  if (t) t.push({ step: "核定奖励额 = " + showValue(p0, "money") + " × " + showValue(p1, "ratio"), value: showValue(v0, "money"), source: S1 });
  const t2 = cmp(v0, K1) <= 0 ? v0 : K1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 5,000万元", value: showValue(t2, "money"), source: S2 });
  return t2;
}

// 答一·支持新兴产业投资扩量「新兴产业强链补链及重点提升项目设备投资奖励」 policies/huzhou-001.zc:44
function clause_NEW_INDUSTRY_INVEST(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「项目类别」", value: showValue(p1, "plain"), source: "" });
  const t0 = cmp(p0, K0) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 2000万元", value: t0 ? "是" : "否", source: S0 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "强链补链":
    {
      t1 = K2;
      if (t) t.push({ step: "项目类别 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S3 });
      src = S3;
      break;
    }
    case "重点提升":
    {
      t1 = K3;
      if (t) t.push({ step: "项目类别 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S4 });
      src = S4;
      break;
    }
    default: {
      throw new PolicyLookupError("项目类别 为「" + p1 + "」，表中没有这一项", W0);
    }
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t2 = p0.times(v0);
  const v1: Decimal = t2;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × " + showValue(v0, "ratio"), value: showValue(v1, "money"), source: "" });
  const t3 = cmp(v1, K4) <= 0 ? v1 : K4;
  if (t) t.push({ step: "结果 = " + showValue(v1, "money") + " 封顶 3,000万元", value: showValue(t3, "money"), source: S5 });
  return t3;
}

// 答一·支持企业加大技术改造「企业技术改造项目奖励」 policies/huzhou-001.zc:78
function clause_TECH_REFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「标杆示范」", value: showValue(p1, "plain"), source: "" });
  const t0 = cmp(p0, K5) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 500万元", value: t0 ? "是" : "否", source: S6 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  let t1: Decimal;
  let t1b = 1;
  b0: {
    if (p1) {
      t1 = K6;
      t1b = 0;
      break b0;
    }
    t1 = K7;
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "提高幅度（" + B0[t1b]! + "）", value: showValue(v0, "points"), source: S7 });
  const t2 = K3.plus(v0);
  const v1: Decimal = t2;
  if (t) t.push({ step: "奖励比率 = 8% + " + showValue(v0, "points"), value: showValue(v1, "ratio"), source: S8 });
  const v2: Decimal = K8;
  if (t) t.push({ step: "普通项目最高奖励", value: showValue(v2, "money"), source: S9 });
  const v3: Decimal = K4;
  if (t) t.push({ step: "标杆项目最高奖励", value: showValue(v3, "money"), source: S10 });
  let t3: Decimal;
  let t3b = 1;
  b1: {
    if (p1) {
      t3 = v3;
      t3b = 0;
      break b1;
    }
    t3 = v2;
  }
  const v4: Decimal = t3;
  if (t) t.push({ step: "适用最高奖励（" + B0[t3b]! + "）", value: showValue(v4, "money"), source: "" });
  const t4 = p0.times(v1);
  const v5: Decimal = t4;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × " + showValue(v1, "ratio"), value: showValue(v5, "money"), source: "" });
  const t5 = cmp(v5, v4) <= 0 ? v5 : v4;
  if (t) t.push({ step: "结果 = " + showValue(v5, "money") + " 封顶 " + showValue(v4, "money"), value: showValue(t5, "money"), source: "" });
  return t5;
}

// 答一·支持历史经典产业健康发展「历史经典产业传统工艺技艺发掘保护创新项目奖励」 policies/huzhou-001.zc:112
function clause_CLASSIC_CRAFT_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「项目入选」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：项目入选", value: p0 ? "是" : "否", source: S11 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K9, "money"), source: S12 });
  return K9;
}

// 答一·支持历史经典产业健康发展「国家、省工艺美术大师和工作室称号奖励」 policies/huzhou-001.zc:128
function clause_CRAFT_MASTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S13 });
      src = S13;
      break;
    }
    case "省级":
    {
      t0 = K9;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S13 });
      src = S13;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W1);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答一·支持历史经典产业健康发展「高档丝绸标志认证奖励」 policies/huzhou-001.zc:143
function clause_SILK_MARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「认证情形」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "新获得":
    {
      t0 = K11;
      if (t) t.push({ step: "认证情形 为「" + p0 + "」", value: showValue(t0, "money"), source: S14 });
      src = S14;
      break;
    }
    case "通过复评":
    {
      t0 = K9;
      if (t) t.push({ step: "认证情形 为「" + p0 + "」", value: showValue(t0, "money"), source: S14 });
      src = S14;
      break;
    }
    default: {
      throw new PolicyLookupError("认证情形 为「" + p0 + "」，表中没有这一项", W2);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答一·支持历史经典产业健康发展「国内外展示展销活动展位费奖励」 policies/huzhou-001.zc:158
function clause_EXHIBITION_BOOTH(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「标准展位费」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「市级以上组织」", value: showValue(p1, "plain"), source: "" });
  if (t) t.push({ step: "适用：「市级以上组织」", value: p1 ? "是" : "否", source: S15 });
  if (!p1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = p0.times(K12);
  const v0: Decimal = t0;
  if (t) t.push({ step: "全额奖励 = " + showValue(p0, "money") + " × 100%", value: showValue(v0, "money"), source: S16 });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// 答二·深入推进“未来工厂+产业大脑”「省级未来工厂、智能工厂、数字化车间奖励」 policies/huzhou-001.zc:178
function clause_FUTURE_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级未来工厂":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S17 });
      src = S17;
      break;
    }
    case "省级智能工厂":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S17 });
      src = S17;
      break;
    }
    case "省级数字化车间":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S17 });
      src = S17;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W3);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答二·深入推进“未来工厂+产业大脑”「省级“行业产业大脑”建设试点奖励」 policies/huzhou-001.zc:196
function clause_INDUSTRY_BRAIN(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「验收通过」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：验收通过", value: p0 ? "是" : "否", source: S18 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K15, "money"), source: S19 });
  return K15;
}

// 答二·支持数字化改造「产业数字化和工业互联网建设项目奖励」 policies/huzhou-001.zc:209
function clause_DIGITAL_REFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「软性投入」", value: showValue(p0, "money"), source: "" });
  const t0 = cmp(p0, K15) >= 0;
  if (t) t.push({ step: "适用：软性投入 ≥ 300万元", value: t0 ? "是" : "否", source: S20 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K16);
  const v0: Decimal = t1;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × 30%", value: showValue(v0, "money"), source: S21 });
  const t2 = cmp(v0, K5) <= 0 ? v0 : K5;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 500万元", value: showValue(t2, "money"), source: S22 });
  return t2;
}

// 答二·培育发展新业态新模式「软件信息服务业、互联网企业上台阶奖励」 policies/huzhou-001.zc:227
function clause_SOFTWARE_STEP_UP(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「达到上台阶标准」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：「达到上台阶标准」", value: p0 ? "是" : "否", source: S23 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K10, "money"), source: S24 });
  return K10;
}

// 答二·培育发展新业态新模式「数字经济创新企业百强、电子信息百强、软件百强奖励」 policies/huzhou-001.zc:243
function clause_DIGITAL_TOP100(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「榜单」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "数字经济创新企业百强":
    case "电子信息百强":
    case "软件百强":
    {
      t0 = K17;
      if (t) t.push({ step: "榜单 为「" + p0 + "」", value: showValue(t0, "money"), source: S25 });
      src = S25;
      break;
    }
    default: {
      throw new PolicyLookupError("榜单 为「" + p0 + "」，表中没有这一项", W4);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答二·培育发展新业态新模式「数字经济示范楼宇奖励」 policies/huzhou-001.zc:258
function clause_DIGITAL_BUILDING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「经认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：经认定", value: p0 ? "是" : "否", source: S26 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K5, "money"), source: S27 });
  return K5;
}

// 答二·支持数字服务能力提升「国家级、省级工业互联网平台奖励」 policies/huzhou-001.zc:274
function clause_IIP_PLATFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S28 });
      src = S28;
      break;
    }
    case "省级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S28 });
      src = S28;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W5);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答二·支持数字服务能力提升「工业互联网平台服务规模奖励」 policies/huzhou-001.zc:289
function clause_IIP_SERVICE_SCALE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「服务企业数」", value: showValue(p0, "家"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「连接设备数」", value: showValue(p1, "台"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「同一行业服务企业数」", value: showValue(p2, "家"), source: "" });
  const t1 = cmp(p0, K18) > 0;
  let t0 = t1;
  if (t0) {
    const t2 = cmp(p1, K19) > 0;
    t0 = t2;
  }
  const v0: boolean = t0;
  if (t) t.push({ step: "广泛服务达标", value: showValue(v0, "plain"), source: S29 });
  const t4 = cmp(p2, K14) > 0;
  let t3 = t4;
  if (t3) {
    const t5 = cmp(p1, K1) > 0;
    t3 = t5;
  }
  const v1: boolean = t3;
  if (t) t.push({ step: "细分行业达标", value: showValue(v1, "plain"), source: S30 });
  let t6: Decimal;
  let t6b = 2;
  b0: {
    if (v0) {
      t6 = K18;
      t6b = 0;
      break b0;
    }
    if (v1) {
      t6 = K14;
      t6b = 1;
      break b0;
    }
    t6 = K7;
  }
  if (t) t.push({ step: "结果（" + B1[t6b]! + "）", value: showValue(t6, "money"), source: S31 });
  return t6;
}

// 答三·鼓励企业节能降碳「节能降碳技改项目奖励」 policies/huzhou-001.zc:317
function clause_ENERGY_SAVING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「节能设备投资额」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K20);
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × 15%", value: showValue(v0, "money"), source: S32 });
  const t1 = cmp(v0, K15) <= 0 ? v0 : K15;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 300万元", value: showValue(t1, "money"), source: S33 });
  return t1;
}

// 答三·鼓励企业节能降碳「工业资源循环综合利用项目奖励」 policies/huzhou-001.zc:336
function clause_RESOURCE_RECYCLING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const t0 = cmp(p0, K5) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 500万元", value: t0 ? "是" : "否", source: S34 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K2);
  const v0: Decimal = t1;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × 12%", value: showValue(v0, "money"), source: S3 });
  const t2 = cmp(v0, K5) <= 0 ? v0 : K5;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 500万元", value: showValue(t2, "money"), source: S35 });
  return t2;
}

// 答三·打造绿色制造品牌「绿色制造品牌奖励」 policies/huzhou-001.zc:354
function clause_GREEN_BRAND(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级绿色园区":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S36 });
      src = S36;
      break;
    }
    case "国家级绿色工厂":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S36 });
      src = S36;
      break;
    }
    case "国家级绿色供应链管理企业":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S36 });
      src = S36;
      break;
    }
    case "国家级工业产品绿色设计示范企业":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S36 });
      src = S36;
      break;
    }
    case "省级绿色低碳园区":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S37 });
      src = S37;
      break;
    }
    case "省级绿色低碳工厂":
    {
      t0 = K17;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S37 });
      src = S37;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W6);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答四·推进产业链创新链协同「省级产业链上下游企业共同体牵头单位奖励」 policies/huzhou-001.zc:381
function clause_CHAIN_COMMUNITY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「牵头单位」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：牵头单位", value: p0 ? "是" : "否", source: S38 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K17, "money"), source: S39 });
  return K17;
}

// 答四·推进产业链创新链协同「省级重点技术创新专项、重点高新技术产品奖励」 policies/huzhou-001.zc:396
function clause_KEY_TECH_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「项目数」", value: showValue(p0, "项"), source: "" });
  const t0 = K11.times(p0);
  if (t) t.push({ step: "结果 = 20万元/项 × " + showValue(p0, "项"), value: showValue(t0, "money"), source: S40 });
  return t0;
}

// 答四·打造技术创新平台「制造业创新中心、企业技术中心奖励」 policies/huzhou-001.zc:411
function clause_INNOVATION_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「平台类型」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p1) {
    case "国家级":
    {
      src = "";
      let t1: Decimal;
      switch (p0) {
        case "制造业创新中心":
        {
          t1 = K8;
          if (t) t.push({ step: "平台类型 为「" + p0 + "」", value: showValue(t1, "money"), source: S41 });
          src = S41;
          break;
        }
        case "企业技术中心":
        {
          t1 = K14;
          if (t) t.push({ step: "平台类型 为「" + p0 + "」", value: showValue(t1, "money"), source: S41 });
          src = S41;
          break;
        }
        default: {
          throw new PolicyLookupError("平台类型 为「" + p0 + "」，表中没有这一项", W7);
        }
      }
      t0 = t1;
      src = src || S41;
      if (t) t.push({ step: "级别 为「" + p1 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    case "省级":
    {
      src = "";
      let t2: Decimal;
      switch (p0) {
        case "制造业创新中心":
        {
          t2 = K14;
          if (t) t.push({ step: "平台类型 为「" + p0 + "」", value: showValue(t2, "money"), source: S42 });
          src = S42;
          break;
        }
        case "企业技术中心":
        {
          t2 = K10;
          if (t) t.push({ step: "平台类型 为「" + p0 + "」", value: showValue(t2, "money"), source: S42 });
          src = S42;
          break;
        }
        default: {
          throw new PolicyLookupError("平台类型 为「" + p0 + "」，表中没有这一项", W7);
        }
      }
      t0 = t2;
      src = src || S42;
      if (t) t.push({ step: "级别 为「" + p1 + "」", value: showValue(t0, "money"), source: src });
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p1 + "」，表中没有这一项", W7);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答四·打造技术创新平台「国家级工业设计中心、服务型制造奖励」 policies/huzhou-001.zc:435
function clause_DESIGN_SERVICE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "工业设计中心":
    case "服务型制造":
    {
      t0 = K10;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S43 });
      src = S43;
      break;
    }
    default: {
      throw new PolicyLookupError("类型 为「" + p0 + "」，表中没有这一项", W8);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答四·打造技术创新平台「产业计量测试中心和能源计量示范企业（项目）奖励」 policies/huzhou-001.zc:451
function clause_METROLOGY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S44 });
      src = S44;
      break;
    }
    case "省级":
    {
      t0 = K17;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S44 });
      src = S44;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W9);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答四·打造技术创新平台「国家级高新技术认定检测机构奖励」 policies/huzhou-001.zc:466
function clause_TESTING_AGENCY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「新获认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：新获认定", value: p0 ? "是" : "否", source: S45 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K11, "money"), source: S46 });
  return K11;
}

// 答四·提升企业质量标准竞争力「质量奖奖励」 policies/huzhou-001.zc:479
function clause_QUALITY_AWARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「奖项」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "中国质量奖":
    {
      t0 = K14;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "中国质量奖提名奖":
    {
      t0 = K10;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "省政府质量奖":
    {
      t0 = K10;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "省质量管理创新奖":
    {
      t0 = K17;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "市政府质量奖":
    {
      t0 = K17;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    default: {
      throw new PolicyLookupError("奖项 为「" + p0 + "」，表中没有这一项", W10);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答四·提升企业质量标准竞争力「“质量管家”服务模式奖励」 policies/huzhou-001.zc:501
function clause_QUALITY_STEWARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「经备案」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：经备案", value: p0 ? "是" : "否", source: S48 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K21, "money"), source: S49 });
  return K21;
}

// 答四·提升企业质量标准竞争力「“品字标”品牌奖励」 policies/huzhou-001.zc:514
function clause_PINZI_BRAND(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「获得品字标」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「国际互认证书」", value: showValue(p1, "plain"), source: "" });
  if (t) t.push({ step: "适用：获得品字标", value: p0 ? "是" : "否", source: S50 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const v0: Decimal = K11;
  if (t) t.push({ step: "品字标奖励", value: showValue(v0, "money"), source: S51 });
  let t0: Decimal;
  let t0b = 1;
  b0: {
    if (p1) {
      t0 = K22;
      t0b = 0;
      break b0;
    }
    t0 = K7;
  }
  const v1: Decimal = t0;
  if (t) t.push({ step: "互认证书加奖（" + B2[t0b]! + "）", value: showValue(v1, "money"), source: S52 });
  const t1 = v0.plus(v1);
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " + " + showValue(v1, "money"), value: showValue(t1, "money"), source: "" });
  return t1;
}

// 答四·提升企业质量标准竞争力「国际、国家、行业及“浙江标准”“浙江制造”标准制订奖励」 policies/huzhou-001.zc:533
function clause_STANDARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「标准类型」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「起草排名」", value: showValue(p1, "位"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「标准数量」", value: showValue(p2, "项"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国际标准":
    {
      t0 = K14;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t0, "万元/项"), source: S53 });
      src = S53;
      break;
    }
    case "国家标准":
    {
      t0 = K17;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t0, "万元/项"), source: S53 });
      src = S53;
      break;
    }
    case "行业标准":
    {
      t0 = K9;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t0, "万元/项"), source: S53 });
      src = S53;
      break;
    }
    case "浙江标准":
    case "浙江制造标准":
    {
      t0 = K9;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t0, "万元/项"), source: S54 });
      src = S54;
      break;
    }
    default: {
      throw new PolicyLookupError("标准类型 为「" + p0 + "」，表中没有这一项", W11);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "为主制订单价", value: showValue(v0, "万元/项"), source: src });
  src = "";
  let t1: Decimal;
  switch (p0) {
    case "国际标准":
    {
      t1 = K9;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S55 });
      src = S55;
      break;
    }
    case "国家标准":
    {
      t1 = K22;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S55 });
      src = S55;
      break;
    }
    case "行业标准":
    {
      t1 = K21;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S55 });
      src = S55;
      break;
    }
    case "浙江标准":
    case "浙江制造标准":
    {
      t1 = K7;
      if (t) t.push({ step: "标准类型 为「" + p0 + "」", value: showValue(t1, "万元/项"), source: S56 });
      src = S56;
      break;
    }
    default: {
      throw new PolicyLookupError("标准类型 为「" + p0 + "」，表中没有这一项", W12);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "参与制订单价", value: showValue(v1, "万元/项"), source: src });
  let t2: Decimal;
  let t2b = 2;
  b0: {
    const t3 = cmp(p1, K12) === 0;
    if (t3) {
      t2 = v0;
      t2b = 0;
      break b0;
    }
    const t4 = cmp(p1, K23) <= 0;
    if (t4) {
      t2 = v1;
      t2b = 1;
      break b0;
    }
    t2 = K7;
  }
  const v2: Decimal = t2;
  if (t) t.push({ step: "每个标准奖励（" + B3[t2b]! + "）", value: showValue(v2, "万元/项"), source: S57 });
  const t5 = v2.times(p2);
  if (t) t.push({ step: "结果 = " + showValue(v2, "万元/项") + " × " + showValue(p2, "项"), value: showValue(t5, "money"), source: "" });
  return t5;
}

// 答四·提升企业质量标准竞争力「“双碳”认证奖励」 policies/huzhou-001.zc:579
function clause_DUAL_CARBON_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「首次通过」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：首次通过", value: p0 ? "是" : "否", source: S58 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K11, "money"), source: S59 });
  return K11;
}

// 答四·提升企业质量标准竞争力「中国绿色产品认证奖励」 policies/huzhou-001.zc:592
function clause_GREEN_PRODUCT_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「证书数量」", value: showValue(p0, "张"), source: "" });
  const t0 = cmp(p0, K12) >= 0;
  if (t) t.push({ step: "适用：证书数量 ≥ 1张", value: t0 ? "是" : "否", source: S60 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const v0: Decimal = K11;
  if (t) t.push({ step: "首张证书奖励", value: showValue(v0, "money"), source: S51 });
  const t1 = p0.minus(K12);
  const t2 = K21.times(t1);
  const v1: Decimal = t2;
  if (t) t.push({ step: "多获证书加奖 = 2万元/张 × （" + showValue(p0, "张") + " − 1张）", value: showValue(v1, "money"), source: S61 });
  const t3 = v0.plus(v1);
  const v2: Decimal = t3;
  if (t) t.push({ step: "奖励合计 = " + showValue(v0, "money") + " + " + showValue(v1, "money"), value: showValue(v2, "money"), source: "" });
  const t4 = cmp(v2, K17) <= 0 ? v2 : K17;
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " 封顶 30万元", value: showValue(t4, "money"), source: S62 });
  return t4;
}

// 答四·推动创新产品推广应用「“三首”产品认定奖励」 policies/huzhou-001.zc:617
function clause_FIRST_SET(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国际国内":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S63 });
      src = S63;
      break;
    }
    case "省级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S63 });
      src = S63;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W13);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答四·推动创新产品推广应用「“三首”产品风险补偿保费奖励」 policies/huzhou-001.zc:632
function clause_FIRST_SET_INSURANCE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「实际保费」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K24);
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励额 = " + showValue(p0, "money") + " × 50%", value: showValue(v0, "money"), source: S64 });
  const t1 = cmp(v0, K14) <= 0 ? v0 : K14;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 100万元", value: showValue(t1, "money"), source: S65 });
  return t1;
}

// 答四·推动创新产品推广应用「浙江制造精品奖励」 policies/huzhou-001.zc:651
function clause_ZHEJIANG_QUALITY_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「获得精品」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：获得精品", value: p0 ? "是" : "否", source: S66 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K11, "money"), source: S67 });
  return K11;
}

// 答四·推动创新产品推广应用「创新药、改良型新药、仿制药注册奖励」 policies/huzhou-001.zc:664
function clause_DRUG_REGISTRATION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「药品类别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「品种数」", value: showValue(p1, "个"), source: "" });
  const p2 = a[2] as boolean;
  if (t) t.push({ step: "输入「本市产业化」", value: showValue(p2, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "创新药":
    {
      let t1: Decimal;
      b0: {
        if (p2) {
          t1 = K25;
          break b0;
        }
        t1 = K7;
      }
      t0 = t1;
      if (t) t.push({ step: "药品类别 为「" + p0 + "」", value: showValue(t0, "万元/个"), source: S68 });
      src = S68;
      break;
    }
    case "改良型新药":
    {
      let t2: Decimal;
      b1: {
        if (p2) {
          t2 = K15;
          break b1;
        }
        t2 = K7;
      }
      t0 = t2;
      if (t) t.push({ step: "药品类别 为「" + p0 + "」", value: showValue(t0, "万元/个"), source: S68 });
      src = S68;
      break;
    }
    case "仿制药":
    {
      t0 = K15;
      if (t) t.push({ step: "药品类别 为「" + p0 + "」", value: showValue(t0, "万元/个"), source: S69 });
      src = S69;
      break;
    }
    default: {
      throw new PolicyLookupError("药品类别 为「" + p0 + "」，表中没有这一项", W14);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "每个品种奖励", value: showValue(v0, "万元/个"), source: src });
  const t3 = v0.times(p1);
  if (t) t.push({ step: "结果 = " + showValue(v0, "万元/个") + " × " + showValue(p1, "个"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// 答四·推动创新产品推广应用「创新药、改良型新药、仿制药推广应用奖励」 policies/huzhou-001.zc:694
function clause_DRUG_PROMOTION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「品种数」", value: showValue(p0, "个"), source: "" });
  const t0 = K18.times(p0);
  if (t) t.push({ step: "结果 = 200万元/个 × " + showValue(p0, "个"), value: showValue(t0, "money"), source: S70 });
  return t0;
}

// 答五·促进培大育强「冠军领航培大育强企业奖励」 policies/huzhou-001.zc:711
function clause_LEADING_ENTERPRISE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「符合条件」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：符合条件", value: p0 ? "是" : "否", source: S71 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K0, "money"), source: S72 });
  return K0;
}

// 答五·促进培大育强「“金象金牛”企业奖励」 policies/huzhou-001.zc:727
function clause_JINXIANG_JINNIU(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「企业类别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as boolean;
  if (t) t.push({ step: "输入「连续三年」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "金象":
    {
      t0 = K11;
      if (t) t.push({ step: "企业类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S73 });
      src = S73;
      break;
    }
    case "金牛":
    {
      t0 = K9;
      if (t) t.push({ step: "企业类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S73 });
      src = S73;
      break;
    }
    default: {
      throw new PolicyLookupError("企业类别 为「" + p0 + "」，表中没有这一项", W15);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "当年认定奖励", value: showValue(v0, "money"), source: src });
  src = "";
  let t1: Decimal;
  switch (p0) {
    case "金象":
    {
      let t2: Decimal;
      b0: {
        if (p1) {
          t2 = K14;
          break b0;
        }
        t2 = K7;
      }
      t1 = t2;
      if (t) t.push({ step: "企业类别 为「" + p0 + "」", value: showValue(t1, "money"), source: S74 });
      src = S74;
      break;
    }
    case "金牛":
    {
      let t3: Decimal;
      b1: {
        if (p1) {
          t3 = K10;
          break b1;
        }
        t3 = K7;
      }
      t1 = t3;
      if (t) t.push({ step: "企业类别 为「" + p0 + "」", value: showValue(t1, "money"), source: S74 });
      src = S74;
      break;
    }
    default: {
      throw new PolicyLookupError("企业类别 为「" + p0 + "」，表中没有这一项", W16);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "连续三年奖励", value: showValue(v1, "money"), source: src });
  const t4 = v0.plus(v1);
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " + " + showValue(v1, "money"), value: showValue(t4, "money"), source: "" });
  return t4;
}

// 答五·支持专精特新「单项冠军、专精特新“小巨人”、省“隐形冠军”奖励」 policies/huzhou-001.zc:752
function clause_SPECIALIZED(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "单项冠军示范企业":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S75 });
      src = S75;
      break;
    }
    case "专精特新小巨人":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S75 });
      src = S75;
      break;
    }
    case "省隐形冠军":
    {
      t0 = K17;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S75 });
      src = S75;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W17);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答五·支持专精特新「省级管理对标提升标杆企业奖励」 policies/huzhou-001.zc:771
function clause_MANAGEMENT_BENCHMARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「当年认定」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：当年认定", value: p0 ? "是" : "否", source: S76 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K17, "money"), source: S77 });
  return K17;
}

// 答六·创优服务生态「“创客中国”大赛奖励」 policies/huzhou-001.zc:784
function clause_MAKER_CHINA(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「获奖」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：获奖", value: p0 ? "是" : "否", source: S78 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S79 });
  return K14;
}

// 答六·强化平台保障「小型微型企业创业创新示范基地、小微企业园奖励」 policies/huzhou-001.zc:799
function clause_SME_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级小型微型企业创业创新示范基地":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S80 });
      src = S80;
      break;
    }
    case "省五星级小微企业园":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S80 });
      src = S80;
      break;
    }
    case "省四星级小微企业园":
    {
      t0 = K17;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S80 });
      src = S80;
      break;
    }
    case "省级数字化小微企业园示范园区":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S81 });
      src = S81;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W18);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 答六·强化平台保障「中小企业公共服务示范平台奖励」 policies/huzhou-001.zc:822
function clause_SME_SERVICE_PLATFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K10;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S82 });
      src = S82;
      break;
    }
    case "省级":
    {
      t0 = K17;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S82 });
      src = S82;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W19);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

export const namespace = "HUZHOU";
export const functions: readonly CompiledFunction[] = [
  { meta: m0, evaluate: clause_SEMICONDUCTOR_INVEST },
  { meta: m1, evaluate: clause_NEW_INDUSTRY_INVEST },
  { meta: m2, evaluate: clause_TECH_REFORM },
  { meta: m3, evaluate: clause_CLASSIC_CRAFT_PROJECT },
  { meta: m4, evaluate: clause_CRAFT_MASTER },
  { meta: m5, evaluate: clause_SILK_MARK },
  { meta: m6, evaluate: clause_EXHIBITION_BOOTH },
  { meta: m7, evaluate: clause_FUTURE_FACTORY },
  { meta: m8, evaluate: clause_INDUSTRY_BRAIN },
  { meta: m9, evaluate: clause_DIGITAL_REFORM },
  { meta: m10, evaluate: clause_SOFTWARE_STEP_UP },
  { meta: m11, evaluate: clause_DIGITAL_TOP100 },
  { meta: m12, evaluate: clause_DIGITAL_BUILDING },
  { meta: m13, evaluate: clause_IIP_PLATFORM },
  { meta: m14, evaluate: clause_IIP_SERVICE_SCALE },
  { meta: m15, evaluate: clause_ENERGY_SAVING },
  { meta: m16, evaluate: clause_RESOURCE_RECYCLING },
  { meta: m17, evaluate: clause_GREEN_BRAND },
  { meta: m18, evaluate: clause_CHAIN_COMMUNITY },
  { meta: m19, evaluate: clause_KEY_TECH_PROJECT },
  { meta: m20, evaluate: clause_INNOVATION_CENTER },
  { meta: m21, evaluate: clause_DESIGN_SERVICE },
  { meta: m22, evaluate: clause_METROLOGY },
  { meta: m23, evaluate: clause_TESTING_AGENCY },
  { meta: m24, evaluate: clause_QUALITY_AWARD },
  { meta: m25, evaluate: clause_QUALITY_STEWARD },
  { meta: m26, evaluate: clause_PINZI_BRAND },
  { meta: m27, evaluate: clause_STANDARD },
  { meta: m28, evaluate: clause_DUAL_CARBON_CERT },
  { meta: m29, evaluate: clause_GREEN_PRODUCT_CERT },
  { meta: m30, evaluate: clause_FIRST_SET },
  { meta: m31, evaluate: clause_FIRST_SET_INSURANCE },
  { meta: m32, evaluate: clause_ZHEJIANG_QUALITY_PRODUCT },
  { meta: m33, evaluate: clause_DRUG_REGISTRATION },
  { meta: m34, evaluate: clause_DRUG_PROMOTION },
  { meta: m35, evaluate: clause_LEADING_ENTERPRISE },
  { meta: m36, evaluate: clause_JINXIANG_JINNIU },
  { meta: m37, evaluate: clause_SPECIALIZED },
  { meta: m38, evaluate: clause_MANAGEMENT_BENCHMARK },
  { meta: m39, evaluate: clause_MAKER_CHINA },
  { meta: m40, evaluate: clause_SME_PARK },
  { meta: m41, evaluate: clause_SME_SERVICE_PLATFORM },
];

export const settlement: SettlementRules = {
  "namespace": "HUZHOU",
  "rules": []
};
