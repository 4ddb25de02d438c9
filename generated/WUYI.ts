// 由 zhengce build 生成，请勿手工修改。命名空间 WUYI，来源：policies/wuyi-002.zc
import type { Decimal } from "decimal.js";
import { Exact as D } from "../runtime/exact.js";
import type { ArgValue, CompiledFunction, FunctionMeta, TraceStep } from "../runtime/types.js";
import { PolicyInputError, PolicyLookupError, type SourcePosition } from "../runtime/errors.js";
import { showValue } from "../runtime/show.js";
import { cmp } from "../runtime/compare.js";
import type { SettlementRules } from "../runtime/settlement/rules.js";

const ZERO = new D(0);
const K0 = new D("10000");
const K1 = new D("100");
const K2 = new D("5000");
const K3 = new D("50");
const K4 = new D("3000");
const K5 = new D("30");
const K6 = new D("2000");
const K7 = new D("20");
const K8 = new D("1000");
const K9 = new D("10");
const K10 = new D("500");
const K11 = new D("5");
const K12 = new D("0");
const K13 = new D("200");
const K14 = new D("2");
const K15 = new D("0.25");
const K16 = new D("0.18");
const K17 = new D("0.16");
const K18 = new D("0.15");
const K19 = new D("0.1");
const K20 = new D("0.08");
const K21 = new D("0.2");
const K22 = new D("1.5");
const K23 = new D("0.005");
const K24 = new D("15");
const K25 = new D("0.5");
const K26 = new D("150");
const K27 = new D("80");
const K28 = new D("0.6");
const K29 = new D("0.4");
const K30 = new D("0.05");
const K31 = new D("300");
const K32 = new D("25");
const K33 = new D("8");
const S0 = "增加值较上一年度增长";
const S1 = "1亿";
const S2 = "设立增长奖，对工业企业增加值较上一年度增长500万、1000万、2000万、3000万、5000万、1亿，分别给予5万元、10万元、20万元、30万元、50万元、100万元的奖励";
const S3 = "增长500万";
const S4 = "国家级单项冠军示范企业（产品），给予200万元一次性奖励";
const S5 = "给予100万元一次性奖励";
const S6 = "给予50万元一次性奖励";
const S7 = "给予10万元一次性奖励";
const S8 = "在不同年份获得的，给予差价奖励";
const S9 = "对首次获评国家级单项冠军示范企业（产品），给予200万元一次性奖励";
const S10 = "对获评专精特新“小巨人”企业的给予100万元一次性奖励";
const S11 = "对获评省隐形冠军、认定为省“雄鹰行动”培育企业的给予50万元一次性奖励";
const S12 = "对获评省“专精特新”中小企业的给予10万元一次性奖励";
const S13 = "月度小微企业之星给予5万元的奖励";
const S14 = "年度小微企业之星给予2万元的奖励";
const S15 = "列入浙江省投资管理系统备案及纳入制造业统计库";
const S16 = "生产性设备投资在100万元（含）以上";
const S17 = "国家重点项目25%";
const S18 = "5000万元（含）以上 18%";
const S19 = "投资项目等级及标准设备投资额（含税）资助标准100万元（含）~500万元8%500万元（含）~2000万元10%2000万元（含）~5000万元15%市重点项目16%省重点项目18%5000万元（含）以上18%国家重点项目25%机器人10万元/台（含）以上20%";
const S20 = "市重点项目16%";
const S21 = "省重点项目18%";
const S22 = "2000万元（含）~5000万元 15%";
const S23 = "500万元（含）~2000万元 10%";
const S24 = "100万元（含）~500万元 8%";
const S25 = "机器人 10万元/台（含）以上 20%";
const S26 = "取得丙类及以上消防验收备案";
const S27 = "容积率超过 1.5以上";
const S28 = "对厂房改（扩）建后取得丙类及以上消防验收备案，容积率超过1.5以上的新建部分，根据建设工程规划核实确认书所采信的竣工测绘报告中的建筑面积（不包括办公、宿舍、综合楼等），予以奖励50元/平方米";
const S29 = "对首次完成年度升规和月度升规的软件和信息技术服务业企业，分别给予10万元、15万元的奖励";
const S30 = "自升规后次年起，在库企业";
const S31 = "同比增幅达到20%（含）以上";
const S32 = "自升规后次年起，在库企业营业收入持续增长且同比增幅达到20%（含）以上的，每年再给予20万元的奖励";
const S33 = "对获得国家级、省级首版次软件产品的企业，分别给予50万元、30万元的一次性奖励";
const S34 = "按照0.5万元/个的标准给予奖励";
const S35 = "对服务商首次上架省级产业大脑能力中心的组件按照0.5万元/个的标准给予奖励，每家企业当年度奖励不超过10万元";
const S36 = "对首次承担国家“智能制造示范工厂”和智能制造优秀场景的企业分别给予200万元和100万元的奖励";
const S37 = "对新认定的省级未来工厂、未来工厂试点企业和验收通过的省级数字化车间（智能工厂）分别给予500万元、100万元、150万元的奖励";
const S38 = "给予80万元的奖励";
const S39 = "对参与细分行业中小企业轻量级数字化改造第一批、第二批、第三批的企业，对其共性软硬件投入（N部分）分别给予60%、50%、40%的补助，个性化软硬件投入（X部分）给予40%的补助，单个企业补助最高不超过50万元";
const S40 = "对其共性软硬件投入（N部分）分别给予60%、50%、40%的补助";
const S41 = "个性化软硬件投入（X部分）给予40%的补助";
const S42 = "实际软性投入30万元（含）以上";
const S43 = "市级重点项目加计5个百分点补助";
const S44 = "按实际软性投入25%";
const S45 = "硬件投入20%";
const S46 = "最高不超过100万元；市级重点项目加计5个百分点补助，最高不超过300万元";
const S47 = "对首次认定为国家级、省级、市级制造业“云上企业”（培育）、大数据应用（产业发展）示范企业、新一代信息技术与制造业融合发展试点示范、服务型制造示范企业（项目、平台）、5G全连接工厂和工业互联网平台（创建名单、试点示范）的分别给予50万元、30万元、5万元的奖励";
const S48 = "首次获得数字化改造样本企业（数字工厂标杆样本）荣誉";
const S49 = "每家给予10-20万元的奖励";
const S50 = "对首次认定达到数据管理能力成熟度（DCMM）贯标等级二级、三级、四级、五级的企业，分别给予10万、20万、30万、50万的奖励";
const S51 = "首次参与产品主数据标准（CPMS）省级试点";
const S52 = "对首次参与产品主数据标准（CPMS）省级试点的企业每家给予2万元的奖励";
const S53 = "首次通过两化融合管理体系贯标认定";
const S54 = "对首次通过两化融合管理体系贯标认定的企业，一次性给予15万元的奖励";
const S55 = "对认定为国家级、省级、市级企业技术中心（制造业创新中心）的企业，分别给予100万元、50万元、10万元的奖励";
const S56 = "给予联盟（集群）的主要依托单位";
const S57 = "对新认定省级及以上重点产业技术联盟（集群）的，给予联盟（集群）的主要依托单位总额20万元的一次性奖励";
const S58 = "对认定为优秀工业新产品的，按一、二、三类分别给予25万元、15万元、10万元的奖励";
const S59 = "对当年通过省级鉴定的工业新产品给予每个5万元的奖励";
const S60 = "对当年通过“浙江制造”精品认定的企业给予每个10万元的奖励";
const S61 = "给予上级财政补贴50%的配套补贴";
const S62 = "合计补贴额不超过保险额";
const S63 = "对通过验收的省级及以上重点高新技术产品开发项目（技术创新项目）、市级技术创新项目分别给予10万元、5万元的奖励";
const S64 = "对获得国家、省和市级设计中心认定的企业分别给予50万元、30万元、5万元的奖励";
const S65 = "对当年荣获省级及以上、市级工业设计大赛奖项的企业，分别给予10万元、5万元的奖励，每家企业当年度奖励不超过20万元";
const S66 = "对首次完成清洁生产审核并通过验收的企业，给予5万元的奖励";
const S67 = "对首次评为省级行业清洁生产迭代升级示范企业的给予8万元的奖励";
const S68 = "对评为国家级、省级或市级绿色工厂、“绿色园区”、“美丽工厂”的企业，分别给予50万元、25万元、10万元的奖励";
const S69 = "对评为国家级、省级绿色低碳供应链管理企业的企业，分别给予50万元、25万元的奖励";
const S70 = "对列入国家级、省级绿色设计产品示范名单的企业，分别给予20万元、10万元的奖励";
const S71 = "列入省级工业循环经济试点企业并通过验收";
const S72 = "对列入省级工业循环经济试点企业并通过验收的，给予8万元的奖励";
const S73 = "对评为省、市“节水型企业”的企业，分别给予15万元、10万元的奖励";
const S74 = "根据行业协会工作开展情况进行考评";
const S75 = "根据考评结果给予2-10万元的补助";
const S76 = "对获评国家级产业基地（制造业）称号的行业协会（承办主体），给予30万元的奖励，对通过复评的，给予20万元的奖励";
const B0: readonly string[] = ["市级重点项目 成立", "市级重点项目 不成立"];
const W0: SourcePosition = { fn: "WUYI.SPECIALIZED", file: "policies/wuyi-002.zc", line: 67 };
const W1: SourcePosition = { fn: "WUYI.SPECIALIZED", file: "policies/wuyi-002.zc", line: 72 };
const W2: SourcePosition = { fn: "WUYI.SMALL_MICRO_STAR", file: "policies/wuyi-002.zc", line: 103 };
const W3: SourcePosition = { fn: "WUYI.EQUIPMENT", file: "policies/wuyi-002.zc", line: 132 };
const W4: SourcePosition = { fn: "WUYI.SOFTWARE_UPGRADE", file: "policies/wuyi-002.zc", line: 206 };
const W5: SourcePosition = { fn: "WUYI.SOFTWARE_GROWTH", file: "policies/wuyi-002.zc", line: 222 };
const W6: SourcePosition = { fn: "WUYI.SOFTWARE_GROWTH", file: "policies/wuyi-002.zc", line: 224 };
const W7: SourcePosition = { fn: "WUYI.FIRST_SOFTWARE", file: "policies/wuyi-002.zc", line: 242 };
const W8: SourcePosition = { fn: "WUYI.SMART_MANUFACTURING", file: "policies/wuyi-002.zc", line: 273 };
const W9: SourcePosition = { fn: "WUYI.FUTURE_FACTORY", file: "policies/wuyi-002.zc", line: 290 };
const W10: SourcePosition = { fn: "WUYI.LIGHT_DIGITAL", file: "policies/wuyi-002.zc", line: 315 };
const W11: SourcePosition = { fn: "WUYI.DIGITAL_TITLE", file: "policies/wuyi-002.zc", line: 375 };
const W12: SourcePosition = { fn: "WUYI.DCMM", file: "policies/wuyi-002.zc", line: 407 };
const W13: SourcePosition = { fn: "WUYI.TECH_CENTER", file: "policies/wuyi-002.zc", line: 451 };
const W14: SourcePosition = { fn: "WUYI.NEW_PRODUCT_EXCELLENT", file: "policies/wuyi-002.zc", line: 482 };
const W15: SourcePosition = { fn: "WUYI.TECH_INNOVATION_PROJECT", file: "policies/wuyi-002.zc", line: 548 };
const W16: SourcePosition = { fn: "WUYI.DESIGN_CENTER", file: "policies/wuyi-002.zc", line: 562 };
const W17: SourcePosition = { fn: "WUYI.CLEAN_PRODUCTION", file: "policies/wuyi-002.zc", line: 600 };
const W18: SourcePosition = { fn: "WUYI.GREEN_FACTORY", file: "policies/wuyi-002.zc", line: 614 };
const W19: SourcePosition = { fn: "WUYI.GREEN_SUPPLY_CHAIN", file: "policies/wuyi-002.zc", line: 630 };
const W20: SourcePosition = { fn: "WUYI.GREEN_DESIGN_PRODUCT", file: "policies/wuyi-002.zc", line: 644 };
const W21: SourcePosition = { fn: "WUYI.WATER_SAVING", file: "policies/wuyi-002.zc", line: 671 };
const W22: SourcePosition = { fn: "WUYI.INDUSTRY_BASE", file: "policies/wuyi-002.zc", line: 701 };

const m0: FunctionMeta = {
  "id": "WUYI.GROWTH",
  "namespace": "WUYI",
  "name": "GROWTH",
  "zhName": "增加值增长奖",
  "title": "工业增加值增长奖",
  "article": "第1条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "设立增长奖，对工业企业增加值较上一年度增长500万、1000万、2000万、3000万、5000万、1亿，分别给予5万元、10万元、20万元、30万元、50万元、100万元的奖励。",
  "note": "各增长额是含本数的门槛（“增长500万”即增长不少于500万元；1亿＝10000万元）；企业只按达到的最高一档领取一笔固定奖励，不累加低档。",
  "params": [
    {
      "name": "本年增加值",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本年度工业增加值，万元"
    },
    {
      "name": "上年增加值",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "上一年度工业增加值，万元"
    }
  ],
  "result": "money"
};
const m1: FunctionMeta = {
  "id": "WUYI.SPECIALIZED",
  "namespace": "WUYI",
  "name": "SPECIALIZED",
  "zhName": "专精特新称号奖",
  "title": "单项冠军、专精特新“小巨人”、隐形冠军等称号奖励",
  "article": "第2条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次获评国家级单项冠军示范企业（产品），给予200万元一次性奖励；对获评专精特新“小巨人”企业的给予100万元一次性奖励；对获评省隐形冠军、认定为省“雄鹰行动”培育企业的给予50万元一次性奖励；对获评省“专精特新”中小企业的给予10万元一次性奖励。以上奖励按就高标准予以奖励，在不同年份获得的，给予差价奖励。",
  "note": "“按就高标准”：同一年获得多个称号时，称号填其中最高的一个；“在不同年份获得的，给予差价奖励”：已获奖称号填以前年度已按本条获奖的最高称号，只发差额（新称号不高于已获奖称号时为 0）。省隐形冠军与省“雄鹰行动”培育企业同为 50万元 一档。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家级单项冠军",
        "专精特新小巨人",
        "省隐形冠军",
        "省雄鹰行动培育企业",
        "省专精特新中小企业"
      ],
      "optional": false,
      "integer": false,
      "description": "本年获评的称号（同年多个称号取最高）"
    },
    {
      "name": "已获奖称号",
      "kind": "enum",
      "values": [
        "无",
        "国家级单项冠军",
        "专精特新小巨人",
        "省隐形冠军",
        "省雄鹰行动培育企业",
        "省专精特新中小企业"
      ],
      "optional": true,
      "default": "无",
      "integer": false,
      "description": "以前年度已按本条获奖的最高称号，没有填「无」"
    }
  ],
  "result": "money"
};
const m2: FunctionMeta = {
  "id": "WUYI.SMALL_MICRO_STAR",
  "namespace": "WUYI",
  "name": "SMALL_MICRO_STAR",
  "zhName": "小微企业之星奖",
  "title": "小微企业之星奖励",
  "article": "第3条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "支持小微企业发展。根据企业近三年的规模情况认定月度小微企业之星和年度小微企业之星。月度小微企业之星给予5万元的奖励、年度小微企业之星给予2万元的奖励。",
  "note": "按原文照录：月度之星 5万元、年度之星 2万元（金额看似倒置，有待与正式文本核对）。",
  "params": [
    {
      "name": "类别",
      "kind": "enum",
      "values": [
        "月度小微企业之星",
        "年度小微企业之星"
      ],
      "optional": false,
      "integer": false,
      "description": "认定的类别"
    }
  ],
  "result": "money"
};
const m3: FunctionMeta = {
  "id": "WUYI.EQUIPMENT",
  "namespace": "WUYI",
  "name": "EQUIPMENT",
  "zhName": "设备投资资助",
  "title": "推进智能化技术改造",
  "article": "第4条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对生产性设备投资在100万元（含）以上并列入浙江省投资管理系统备案及纳入制造业统计库的投资项目，按设备投资额分档给予资助（特殊项目可另行制定资助方案）。投资项目等级及标准设备投资额（含税）  资助标准100万元（含）~500万元  8%500万元（含）~2000万元  10%2000万元（含）~5000万元  15%  市重点项目16%省重点项目18%5000万元（含）以上  18%  国家重点项目25%机器人  10万元/台（含）以上  20%",
  "note": "整额分档：全部设备投资额（含税，含机器人）按所在档的比例计算，不分段累进；重点项目比例按表格逐行读取——市重点16%、省重点18%只属于 2000–5000万元 一档，国家重点25%只属于 5000万元以上一档，其余档次重点项目按该档普通比例。单价10万元/台（含）以上的机器人部分按20%资助（代替该档比例），档次和100万元门槛按含机器人的设备投资总额判断；“特殊项目可另行制定资助方案”不编入。",
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
      "description": "生产性设备投资额（含税，含机器人），万元"
    },
    {
      "name": "重点项目",
      "kind": "enum",
      "values": [
        "无",
        "市重点",
        "省重点",
        "国家重点"
      ],
      "optional": true,
      "default": "无",
      "integer": false,
      "description": "项目所列重点项目级别：无、市重点、省重点、国家重点"
    },
    {
      "name": "机器人投资额",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "其中单价10万元/台（含）以上机器人的投资额，万元（包含在设备投资额内）"
    },
    {
      "name": "备案入库",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "已列入浙江省投资管理系统备案并纳入制造业统计库"
    }
  ],
  "result": "money"
};
const m4: FunctionMeta = {
  "id": "WUYI.PLANT_EXPANSION",
  "namespace": "WUYI",
  "name": "PLANT_EXPANSION",
  "zhName": "厂房改扩建奖励",
  "title": "鼓励企业厂房改（扩）建",
  "article": "第5条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对厂房改（扩）建后取得丙类及以上消防验收备案，容积率超过 1.5以上的新建部分，根据建设工程规划核实确认书所采信的竣工测绘报告中的建筑面积（不包括办公、宿舍、综合楼等），予以奖励50元/平方米。",
  "note": "“容积率超过1.5以上的新建部分”理解为：改（扩）建后容积率严格大于 1.5 时，全部新建建筑面积按 50元/平方米 奖励（容积率按普通数填写，如 1.8），不只奖励容积率 1.5 以上对应的面积。",
  "params": [
    {
      "name": "新建建筑面积",
      "kind": "quantity",
      "unit": "平方米",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "竣工测绘报告中的新建建筑面积，平方米（不含办公、宿舍、综合楼等）"
    },
    {
      "name": "改扩建后容积率",
      "kind": "ratio",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "改（扩）建后的容积率，按普通数填写，如 1.8"
    },
    {
      "name": "丙类及以上消防验收备案",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "改（扩）建后已取得丙类及以上消防验收备案"
    }
  ],
  "result": "money"
};
const m5: FunctionMeta = {
  "id": "WUYI.SOFTWARE_UPGRADE",
  "namespace": "WUYI",
  "name": "SOFTWARE_UPGRADE",
  "zhName": "软件企业升规奖",
  "title": "软件和信息技术服务业企业升规奖励",
  "article": "第6条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次完成年度升规和月度升规的软件和信息技术服务业企业，分别给予10万元、15万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "升规类型",
      "kind": "enum",
      "values": [
        "年度升规",
        "月度升规"
      ],
      "optional": false,
      "integer": false,
      "description": "首次完成的升规类型"
    }
  ],
  "result": "money"
};
const m6: FunctionMeta = {
  "id": "WUYI.SOFTWARE_GROWTH",
  "namespace": "WUYI",
  "name": "SOFTWARE_GROWTH",
  "zhName": "软件企业增长奖",
  "title": "软件和信息技术服务业在库企业营收增长奖励",
  "article": "第6条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "自升规后次年起，在库企业营业收入持续增长且同比增幅达到20%（含）以上的，每年再给予20万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "本年营业收入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本年度营业收入，万元"
    },
    {
      "name": "上年营业收入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "上年度营业收入，万元（须大于0）"
    },
    {
      "name": "升规次年起在库",
      "kind": "flag",
      "optional": true,
      "default": true,
      "integer": false,
      "description": "已过升规当年（自升规后次年起）且为在库企业"
    }
  ],
  "result": "money"
};
const m7: FunctionMeta = {
  "id": "WUYI.FIRST_SOFTWARE",
  "namespace": "WUYI",
  "name": "FIRST_SOFTWARE",
  "zhName": "首版次软件奖",
  "title": "首版次软件产品奖励",
  "article": "第6条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对获得国家级、省级首版次软件产品的企业，分别给予50万元、30万元的一次性奖励。",
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
      "description": "首版次软件产品的级别"
    }
  ],
  "result": "money"
};
const m8: FunctionMeta = {
  "id": "WUYI.BRAIN_COMPONENT",
  "namespace": "WUYI",
  "name": "BRAIN_COMPONENT",
  "zhName": "产业大脑组件奖",
  "title": "省级产业大脑能力中心组件上架奖励",
  "article": "第6条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对服务商首次上架省级产业大脑能力中心的组件按照0.5万元/个的标准给予奖励，每家企业当年度奖励不超过10万元。",
  "note": "",
  "params": [
    {
      "name": "组件数",
      "kind": "quantity",
      "unit": "个",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本年度首次上架省级产业大脑能力中心的组件数，个"
    }
  ],
  "result": "money"
};
const m9: FunctionMeta = {
  "id": "WUYI.SMART_MANUFACTURING",
  "namespace": "WUYI",
  "name": "SMART_MANUFACTURING",
  "zhName": "智能制造示范奖",
  "title": "国家智能制造示范工厂、优秀场景奖励",
  "article": "第7条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次承担国家“智能制造示范工厂”和智能制造优秀场景的企业分别给予200万元和100万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "智能制造示范工厂",
        "智能制造优秀场景"
      ],
      "optional": false,
      "integer": false,
      "description": "首次承担的国家智能制造项目类型"
    }
  ],
  "result": "money"
};
const m10: FunctionMeta = {
  "id": "WUYI.FUTURE_FACTORY",
  "namespace": "WUYI",
  "name": "FUTURE_FACTORY",
  "zhName": "未来工厂奖励",
  "title": "未来工厂、数字化车间（智能工厂）奖励",
  "article": "第7条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对新认定的省级未来工厂、未来工厂试点企业和验收通过的省级数字化车间（智能工厂）分别给予500万元、100万元、150万元的奖励。对通过验收的市级未来工厂、数字化车间（智能工厂）给予80万元的奖励。",
  "note": "按原文照录：省级未来工厂试点企业 100万元，少于省级数字化车间（智能工厂）150万元，有待与正式文本核对。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级未来工厂",
        "省级未来工厂试点企业",
        "省级数字化车间",
        "市级未来工厂",
        "市级数字化车间"
      ],
      "optional": false,
      "integer": false,
      "description": "新认定或验收通过的称号；数字化车间含智能工厂"
    }
  ],
  "result": "money"
};
const m11: FunctionMeta = {
  "id": "WUYI.LIGHT_DIGITAL",
  "namespace": "WUYI",
  "name": "LIGHT_DIGITAL",
  "zhName": "轻量级数字化补助",
  "title": "细分行业中小企业轻量级数字化改造补助",
  "article": "第7条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对参与细分行业中小企业轻量级数字化改造第一批、第二批、第三批的企业，对其共性软硬件投入（N部分）分别给予60%、50%、40%的补助，个性化软硬件投入（X部分）给予40%的补助，单个企业补助最高不超过50万元。",
  "note": "单个企业 50万元 上限对 N部分 与 X部分 的补助合计适用。",
  "params": [
    {
      "name": "批次",
      "kind": "enum",
      "values": [
        "第一批",
        "第二批",
        "第三批"
      ],
      "optional": false,
      "integer": false,
      "description": "参与轻量级数字化改造的批次"
    },
    {
      "name": "共性软硬件投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "共性软硬件投入（N部分），万元"
    },
    {
      "name": "个性化软硬件投入",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "个性化软硬件投入（X部分），万元"
    }
  ],
  "result": "money"
};
const m12: FunctionMeta = {
  "id": "WUYI.TWO_INTEGRATION_PROJECT",
  "namespace": "WUYI",
  "name": "TWO_INTEGRATION_PROJECT",
  "zhName": "两化融合项目补助",
  "title": "“两化”融合项目补助",
  "article": "第7条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对经备案的实际软性投入30万元（含）以上的“两化”融合项目，按实际软性投入25%、硬件投入20%给予补助，最高不超过100万元；市级重点项目加计5个百分点补助，最高不超过300万元。",
  "note": "“市级重点项目加计5个百分点”同时加到软性投入（25%→30%）和硬件投入（20%→25%）两个比例上，上限由 100万元 改为 300万元；30万元 门槛只看实际软性投入。",
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
      "description": "经备案的实际软性投入，万元"
    },
    {
      "name": "硬件投入",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "硬件投入，万元"
    },
    {
      "name": "市级重点项目",
      "kind": "flag",
      "optional": true,
      "default": false,
      "integer": false,
      "description": "是否为市级重点项目"
    }
  ],
  "result": "money"
};
const m13: FunctionMeta = {
  "id": "WUYI.DIGITAL_TITLE",
  "namespace": "WUYI",
  "name": "DIGITAL_TITLE",
  "zhName": "数字经济称号奖",
  "title": "“云上企业”、大数据、两化融合试点、服务型制造、5G全连接工厂、工业互联网平台等称号奖励",
  "article": "第8条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次认定为国家级、省级、市级制造业“云上企业”（培育）、大数据应用（产业发展）示范企业、新一代信息技术与制造业融合发展试点示范、服务型制造示范企业（项目、平台）、5G全连接工厂和工业互联网平台（创建名单、试点示范）的分别给予50万元、30万元、5万元的奖励。",
  "note": "金额只取决于级别，适用于所列任一称号（云上企业、大数据示范、融合试点、服务型制造、5G全连接工厂、工业互联网平台）。",
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
      "description": "首次认定的级别"
    }
  ],
  "result": "money"
};
const m14: FunctionMeta = {
  "id": "WUYI.DIGITAL_SAMPLE",
  "namespace": "WUYI",
  "name": "DIGITAL_SAMPLE",
  "zhName": "数字化样本企业奖",
  "title": "数字化改造样本企业奖励",
  "article": "第8条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次获得数字化改造样本企业（数字工厂标杆样本）荣誉的企业，每家给予10-20万元的奖励。",
  "note": "“10-20万元”是没有取值规则的酌定区间，按其上限 20万元 编入（与“最高X按X”一致），结果应视为上限。",
  "params": [
    {
      "name": "首次获得",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "首次获得数字化改造样本企业（数字工厂标杆样本）荣誉"
    }
  ],
  "result": "money"
};
const m15: FunctionMeta = {
  "id": "WUYI.DCMM",
  "namespace": "WUYI",
  "name": "DCMM",
  "zhName": "DCMM贯标奖励",
  "title": "数据管理能力成熟度（DCMM）贯标奖励",
  "article": "第8条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次认定达到数据管理能力成熟度（DCMM）贯标等级二级、三级、四级、五级的企业，分别给予10万、20万、30万、50万的奖励。",
  "note": "",
  "params": [
    {
      "name": "等级",
      "kind": "enum",
      "values": [
        "二级",
        "三级",
        "四级",
        "五级"
      ],
      "optional": false,
      "integer": false,
      "description": "首次认定达到的 DCMM 贯标等级"
    }
  ],
  "result": "money"
};
const m16: FunctionMeta = {
  "id": "WUYI.CPMS_PILOT",
  "namespace": "WUYI",
  "name": "CPMS_PILOT",
  "zhName": "CPMS试点奖励",
  "title": "产品主数据标准（CPMS）省级试点奖励",
  "article": "第8条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次参与产品主数据标准（CPMS）省级试点的企业每家给予2万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "首次参与",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "首次参与产品主数据标准（CPMS）省级试点"
    }
  ],
  "result": "money"
};
const m17: FunctionMeta = {
  "id": "WUYI.TWO_INTEGRATION_CERT",
  "namespace": "WUYI",
  "name": "TWO_INTEGRATION_CERT",
  "zhName": "两化融合贯标奖",
  "title": "两化融合管理体系贯标认定奖励",
  "article": "第8条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次通过两化融合管理体系贯标认定的企业，一次性给予15万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "首次通过",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "首次通过两化融合管理体系贯标认定"
    }
  ],
  "result": "money"
};
const m18: FunctionMeta = {
  "id": "WUYI.TECH_CENTER",
  "namespace": "WUYI",
  "name": "TECH_CENTER",
  "zhName": "企业技术中心奖",
  "title": "企业技术中心（制造业创新中心）奖励",
  "article": "第10条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对认定为国家级、省级、市级企业技术中心（制造业创新中心）的企业，分别给予100万元、50万元、10万元的奖励。",
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
      "description": "企业技术中心（制造业创新中心）的认定级别"
    }
  ],
  "result": "money"
};
const m19: FunctionMeta = {
  "id": "WUYI.TECH_ALLIANCE",
  "namespace": "WUYI",
  "name": "TECH_ALLIANCE",
  "zhName": "产业技术联盟奖",
  "title": "省级及以上重点产业技术联盟（集群）奖励",
  "article": "第10条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对新认定省级及以上重点产业技术联盟（集群）的，给予联盟（集群）的主要依托单位总额20万元的一次性奖励。",
  "note": "20万元 是联盟（集群）的一次性总额，发给其主要依托单位。",
  "params": [
    {
      "name": "主要依托单位",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "申请单位是新认定省级及以上重点产业技术联盟（集群）的主要依托单位"
    }
  ],
  "result": "money"
};
const m20: FunctionMeta = {
  "id": "WUYI.NEW_PRODUCT_EXCELLENT",
  "namespace": "WUYI",
  "name": "NEW_PRODUCT_EXCELLENT",
  "zhName": "优秀工业新产品奖",
  "title": "优秀工业新产品奖励",
  "article": "第11条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对认定为优秀工业新产品的，按一、二、三类分别给予25万元、15万元、10万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "类别",
      "kind": "enum",
      "values": [
        "一类",
        "二类",
        "三类"
      ],
      "optional": false,
      "integer": false,
      "description": "优秀工业新产品的类别"
    }
  ],
  "result": "money"
};
const m21: FunctionMeta = {
  "id": "WUYI.NEW_PRODUCT_APPRAISAL",
  "namespace": "WUYI",
  "name": "NEW_PRODUCT_APPRAISAL",
  "zhName": "省级鉴定新产品奖",
  "title": "省级鉴定工业新产品奖励",
  "article": "第11条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对当年通过省级鉴定的工业新产品给予每个5万元的奖励。",
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
      "description": "当年通过省级鉴定的工业新产品个数"
    }
  ],
  "result": "money"
};
const m22: FunctionMeta = {
  "id": "WUYI.ZHEJIANG_QUALITY_PRODUCT",
  "namespace": "WUYI",
  "name": "ZHEJIANG_QUALITY_PRODUCT",
  "zhName": "浙江制造精品奖",
  "title": "“浙江制造”精品认定奖励",
  "article": "第11条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对当年通过“浙江制造”精品认定的企业给予每个10万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "精品数",
      "kind": "quantity",
      "unit": "个",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年通过「浙江制造」精品认定的个数"
    }
  ],
  "result": "money"
};
const m23: FunctionMeta = {
  "id": "WUYI.FIRST_SET_INSURANCE",
  "namespace": "WUYI",
  "name": "FIRST_SET_INSURANCE",
  "zhName": "首台套保险配套",
  "title": "首台（套）、首版次、首批次保险补偿配套补贴",
  "article": "第11条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对当年通过国家级、省级装备制造业首台（套）产品认定的，列入国家、省装备制造业首台（套）重大技术装备、省首版次软件产品和重点新材料首批次应用保险补偿支持对象的企业，给予上级财政补贴50%的配套补贴（合计补贴额不超过保险额）。",
  "note": "“保险额”理解为实际缴纳的保险费；“合计补贴额不超过保险额”指上级补贴与本县配套补贴之和不超过保险费，配套补贴削减到剩余额度为止。",
  "params": [
    {
      "name": "上级财政补贴",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "国家、省已给予的保险补偿补贴，万元"
    },
    {
      "name": "保险费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "企业实际缴纳的保险费，万元"
    }
  ],
  "result": "money"
};
const m24: FunctionMeta = {
  "id": "WUYI.TECH_INNOVATION_PROJECT",
  "namespace": "WUYI",
  "name": "TECH_INNOVATION_PROJECT",
  "zhName": "技术创新项目奖",
  "title": "重点高新技术产品开发项目、技术创新项目奖励",
  "article": "第11条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对通过验收的省级及以上重点高新技术产品开发项目（技术创新项目）、市级技术创新项目分别给予10万元、5万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "省级及以上",
        "市级"
      ],
      "optional": false,
      "integer": false,
      "description": "通过验收的项目级别（每次一个项目）"
    }
  ],
  "result": "money"
};
const m25: FunctionMeta = {
  "id": "WUYI.DESIGN_CENTER",
  "namespace": "WUYI",
  "name": "DESIGN_CENTER",
  "zhName": "工业设计中心奖",
  "title": "工业设计中心奖励",
  "article": "第12条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对获得国家、省和市级设计中心认定的企业分别给予50万元、30万元、5万元的奖励。",
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
      "description": "设计中心的认定级别"
    }
  ],
  "result": "money"
};
const m26: FunctionMeta = {
  "id": "WUYI.DESIGN_COMPETITION",
  "namespace": "WUYI",
  "name": "DESIGN_COMPETITION",
  "zhName": "工业设计大赛奖",
  "title": "工业设计大赛奖项奖励",
  "article": "第12条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对当年荣获省级及以上、市级工业设计大赛奖项的企业，分别给予10万元、5万元的奖励，每家企业当年度奖励不超过20万元。",
  "note": "10万元、5万元按每个奖项计；20万元 上限按每家企业每年度计。",
  "params": [
    {
      "name": "省级及以上奖项数",
      "kind": "quantity",
      "unit": "项",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年荣获省级及以上工业设计大赛奖项数，项"
    },
    {
      "name": "市级奖项数",
      "kind": "quantity",
      "unit": "项",
      "optional": true,
      "default": 0,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年荣获市级工业设计大赛奖项数，项"
    }
  ],
  "result": "money"
};
const m27: FunctionMeta = {
  "id": "WUYI.CLEAN_PRODUCTION",
  "namespace": "WUYI",
  "name": "CLEAN_PRODUCTION",
  "zhName": "清洁生产奖励",
  "title": "清洁生产审核及迭代升级示范奖励",
  "article": "第13条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对首次完成清洁生产审核并通过验收的企业，给予5万元的奖励；对首次评为省级行业清洁生产迭代升级示范企业的给予8万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "清洁生产审核验收",
        "省级清洁生产迭代升级示范企业"
      ],
      "optional": false,
      "integer": false,
      "description": "首次完成或获评的类型"
    }
  ],
  "result": "money"
};
const m28: FunctionMeta = {
  "id": "WUYI.GREEN_FACTORY",
  "namespace": "WUYI",
  "name": "GREEN_FACTORY",
  "zhName": "绿色工厂奖励",
  "title": "绿色工厂、绿色园区、美丽工厂奖励",
  "article": "第13条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对评为国家级、省级或市级绿色工厂、“绿色园区”、“美丽工厂”的企业，分别给予50万元、25万元、10万元的奖励。",
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
      "description": "绿色工厂、绿色园区或美丽工厂的级别"
    }
  ],
  "result": "money"
};
const m29: FunctionMeta = {
  "id": "WUYI.GREEN_SUPPLY_CHAIN",
  "namespace": "WUYI",
  "name": "GREEN_SUPPLY_CHAIN",
  "zhName": "绿色供应链奖励",
  "title": "绿色低碳供应链管理企业奖励",
  "article": "第13条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对评为国家级、省级绿色低碳供应链管理企业的企业，分别给予50万元、25万元的奖励。",
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
      "description": "绿色低碳供应链管理企业的级别"
    }
  ],
  "result": "money"
};
const m30: FunctionMeta = {
  "id": "WUYI.GREEN_DESIGN_PRODUCT",
  "namespace": "WUYI",
  "name": "GREEN_DESIGN_PRODUCT",
  "zhName": "绿色设计产品奖",
  "title": "绿色设计产品示范名单奖励",
  "article": "第13条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对列入国家级、省级绿色设计产品示范名单的企业，分别给予20万元、10万元的奖励。",
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
      "description": "绿色设计产品示范名单的级别"
    }
  ],
  "result": "money"
};
const m31: FunctionMeta = {
  "id": "WUYI.CIRCULAR_PILOT",
  "namespace": "WUYI",
  "name": "CIRCULAR_PILOT",
  "zhName": "循环经济试点奖",
  "title": "省级工业循环经济试点企业奖励",
  "article": "第13条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对列入省级工业循环经济试点企业并通过验收的，给予8万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "验收通过",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "已列入省级工业循环经济试点企业并通过验收"
    }
  ],
  "result": "money"
};
const m32: FunctionMeta = {
  "id": "WUYI.WATER_SAVING",
  "namespace": "WUYI",
  "name": "WATER_SAVING",
  "zhName": "节水型企业奖",
  "title": "节水型企业奖励",
  "article": "第13条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对评为省、市“节水型企业”的企业，分别给予15万元、10万元的奖励。",
  "note": "",
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
      "description": "节水型企业的级别"
    }
  ],
  "result": "money"
};
const m33: FunctionMeta = {
  "id": "WUYI.ASSOCIATION",
  "namespace": "WUYI",
  "name": "ASSOCIATION",
  "zhName": "行业协会补助",
  "title": "工业行业协会补助",
  "article": "第15条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "工业行业协会补助。根据行业协会工作开展情况进行考评，根据考评结果给予2-10万元的补助。",
  "note": "“根据考评结果给予2-10万元”未给出考评结果与金额的对应关系，按上限 10万元 编入（与“最高X按X”一致），结果应视为上限。",
  "params": [
    {
      "name": "考评通过",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "行业协会工作考评通过"
    }
  ],
  "result": "money"
};
const m34: FunctionMeta = {
  "id": "WUYI.INDUSTRY_BASE",
  "namespace": "WUYI",
  "name": "INDUSTRY_BASE",
  "zhName": "产业基地奖励",
  "title": "国家级产业基地（制造业）称号奖励",
  "article": "第16条",
  "source": "002_f1ffc7c4a0856d10.txt",
  "document": {
    "title": "推动工业经济高质量发展（经信部分）意见",
    "issuer": "武义县",
    "draft": false
  },
  "text": "对获评国家级产业基地（制造业）称号的行业协会（承办主体），给予30万元的奖励，对通过复评的，给予20万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "情形",
      "kind": "enum",
      "values": [
        "获评",
        "通过复评"
      ],
      "optional": false,
      "integer": false,
      "description": "行业协会（承办主体）获评或通过复评"
    }
  ],
  "result": "money"
};

// 第1条「工业增加值增长奖」 policies/wuyi-002.zc:16
function clause_GROWTH(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「本年增加值」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「上年增加值」", value: showValue(p1, "money"), source: "" });
  const t0 = p0.minus(p1);
  const v0: Decimal = t0;
  if (t) t.push({ step: "增长额 = " + showValue(p0, "money") + " − " + showValue(p1, "money"), value: showValue(v0, "money"), source: S0 });
  src = "";
  let t1: Decimal;
  b0: {
    if (cmp(v0, K0) >= 0) {
      t1 = K1;
      if (t) t.push({ step: "增长额 落在「1亿元（含）以上」", value: showValue(t1, "money"), source: S1 });
      src = S1;
      break b0;
    }
    if (cmp(v0, K2) >= 0) {
      t1 = K3;
      if (t) t.push({ step: "增长额 落在「5000万元（含）到1亿元」", value: showValue(t1, "money"), source: S2 });
      src = S2;
      break b0;
    }
    if (cmp(v0, K4) >= 0) {
      t1 = K5;
      if (t) t.push({ step: "增长额 落在「3000万元（含）到5000万元」", value: showValue(t1, "money"), source: S2 });
      src = S2;
      break b0;
    }
    if (cmp(v0, K6) >= 0) {
      t1 = K7;
      if (t) t.push({ step: "增长额 落在「2000万元（含）到3000万元」", value: showValue(t1, "money"), source: S2 });
      src = S2;
      break b0;
    }
    if (cmp(v0, K8) >= 0) {
      t1 = K9;
      if (t) t.push({ step: "增长额 落在「1000万元（含）到2000万元」", value: showValue(t1, "money"), source: S2 });
      src = S2;
      break b0;
    }
    if (cmp(v0, K10) >= 0) {
      t1 = K11;
      if (t) t.push({ step: "增长额 落在「500万元（含）到1000万元」", value: showValue(t1, "money"), source: S3 });
      src = S3;
      break b0;
    }
    t1 = K12;
    if (t) t.push({ step: "增长额 不在所列各档", value: showValue(t1, "money"), source: "" });
    src = "";
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "增长奖励", value: showValue(v1, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v1, "money"), source: "" });
  return v1;
}

// 第2条「单项冠军、专精特新“小巨人”、隐形冠军等称号奖励」 policies/wuyi-002.zc:53
function clause_SPECIALIZED(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「已获奖称号」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级单项冠军":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S4 });
      src = S4;
      break;
    }
    case "专精特新小巨人":
    {
      t0 = K1;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S5 });
      src = S5;
      break;
    }
    case "省隐形冠军":
    case "省雄鹰行动培育企业":
    {
      t0 = K3;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S6 });
      src = S6;
      break;
    }
    case "省专精特新中小企业":
    {
      t0 = K9;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S7 });
      src = S7;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W0);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "本次称号奖额", value: showValue(v0, "money"), source: src });
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "无":
    {
      t1 = K12;
      if (t) t.push({ step: "已获奖称号 为「" + p1 + "」", value: showValue(t1, "money"), source: S8 });
      src = S8;
      break;
    }
    case "国家级单项冠军":
    {
      t1 = K13;
      if (t) t.push({ step: "已获奖称号 为「" + p1 + "」", value: showValue(t1, "money"), source: S9 });
      src = S9;
      break;
    }
    case "专精特新小巨人":
    {
      t1 = K1;
      if (t) t.push({ step: "已获奖称号 为「" + p1 + "」", value: showValue(t1, "money"), source: S10 });
      src = S10;
      break;
    }
    case "省隐形冠军":
    case "省雄鹰行动培育企业":
    {
      t1 = K3;
      if (t) t.push({ step: "已获奖称号 为「" + p1 + "」", value: showValue(t1, "money"), source: S11 });
      src = S11;
      break;
    }
    case "省专精特新中小企业":
    {
      t1 = K9;
      if (t) t.push({ step: "已获奖称号 为「" + p1 + "」", value: showValue(t1, "money"), source: S12 });
      src = S12;
      break;
    }
    default: {
      throw new PolicyLookupError("已获奖称号 为「" + p1 + "」，表中没有这一项", W1);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "已获奖额", value: showValue(v1, "money"), source: src });
  const t2 = v0.minus(v1);
  const t3 = t2.isNegative() ? ZERO : t2;
  const v2: Decimal = t3;
  if (t) t.push({ step: "差价奖励 = " + showValue(v0, "money") + " 扣除 " + showValue(v1, "money"), value: showValue(v2, "money"), source: S8 });
  if (t) t.push({ step: "结果", value: showValue(v2, "money"), source: "" });
  return v2;
}

// 第3条「小微企业之星奖励」 policies/wuyi-002.zc:94
function clause_SMALL_MICRO_STAR(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "月度小微企业之星":
    {
      t0 = K11;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S13 });
      src = S13;
      break;
    }
    case "年度小微企业之星":
    {
      t0 = K14;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S14 });
      src = S14;
      break;
    }
    default: {
      throw new PolicyLookupError("类别 为「" + p0 + "」，表中没有这一项", W2);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第4条「推进智能化技术改造」 policies/wuyi-002.zc:111
function clause_EQUIPMENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「重点项目」", value: showValue(p1, "plain"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「机器人投资额」", value: showValue(p2, "money"), source: "" });
  const p3 = a[3] as boolean;
  if (t) t.push({ step: "输入「备案入库」", value: showValue(p3, "plain"), source: "" });
  const t0 = cmp(p2, p0) <= 0;
  if (!t0) throw new PolicyInputError("机器人投资额不能大于设备投资额（机器人投资额包含在设备投资额内）", W3);
  if (t) t.push({ step: "适用：备案入库", value: p3 ? "是" : "否", source: S15 });
  if (!p3) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = cmp(p0, K1) >= 0;
  if (t) t.push({ step: "适用：设备投资额 ≥ 100万元", value: t1 ? "是" : "否", source: S16 });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t2: Decimal;
  b0: {
    if (cmp(p0, K2) >= 0) {
      src = "";
      let t3: Decimal;
      switch (p1) {
        case "国家重点":
        {
          t3 = K15;
          if (t) t.push({ step: "重点项目 为「" + p1 + "」", value: showValue(t3, "ratio"), source: S17 });
          src = S17;
          break;
        }
        default: {
          t3 = K16;
          if (t) t.push({ step: "重点项目 为「" + p1 + "」（其余）", value: showValue(t3, "ratio"), source: S18 });
          src = S18;
        }
      }
      t2 = t3;
      src = src || S19;
      if (t) t.push({ step: "设备投资额 落在「5000万元（含）以上」", value: showValue(t2, "ratio"), source: src });
      break b0;
    }
    if (cmp(p0, K6) >= 0) {
      src = "";
      let t4: Decimal;
      switch (p1) {
        case "市重点":
        {
          t4 = K17;
          if (t) t.push({ step: "重点项目 为「" + p1 + "」", value: showValue(t4, "ratio"), source: S20 });
          src = S20;
          break;
        }
        case "省重点":
        {
          t4 = K16;
          if (t) t.push({ step: "重点项目 为「" + p1 + "」", value: showValue(t4, "ratio"), source: S21 });
          src = S21;
          break;
        }
        default: {
          t4 = K18;
          if (t) t.push({ step: "重点项目 为「" + p1 + "」（其余）", value: showValue(t4, "ratio"), source: S22 });
          src = S22;
        }
      }
      t2 = t4;
      src = src || S19;
      if (t) t.push({ step: "设备投资额 落在「2000万元（含）到5000万元」", value: showValue(t2, "ratio"), source: src });
      break b0;
    }
    if (cmp(p0, K10) >= 0) {
      t2 = K19;
      if (t) t.push({ step: "设备投资额 落在「500万元（含）到2000万元」", value: showValue(t2, "ratio"), source: S23 });
      src = S23;
      break b0;
    }
    if (cmp(p0, K1) >= 0) {
      t2 = K20;
      if (t) t.push({ step: "设备投资额 落在「100万元（含）到500万元」", value: showValue(t2, "ratio"), source: S24 });
      src = S24;
      break b0;
    }
    t2 = K12;
    if (t) t.push({ step: "设备投资额 不在所列各档", value: showValue(t2, "ratio"), source: "" });
    src = "";
  }
  const v0: Decimal = t2;
  if (t) t.push({ step: "资助标准", value: showValue(v0, "ratio"), source: src });
  const t5 = p0.minus(p2);
  const v1: Decimal = t5;
  if (t) t.push({ step: "一般设备投资额 = " + showValue(p0, "money") + " − " + showValue(p2, "money"), value: showValue(v1, "money"), source: "" });
  const t6 = v1.times(v0);
  const v2: Decimal = t6;
  if (t) t.push({ step: "一般设备资助 = " + showValue(v1, "money") + " × " + showValue(v0, "ratio"), value: showValue(v2, "money"), source: "" });
  const t7 = p2.times(K21);
  const v3: Decimal = t7;
  if (t) t.push({ step: "机器人资助 = " + showValue(p2, "money") + " × 20%", value: showValue(v3, "money"), source: S25 });
  const t8 = v2.plus(v3);
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " + " + showValue(v3, "money"), value: showValue(t8, "money"), source: "" });
  return t8;
}

// 第5条「鼓励企业厂房改（扩）建」 policies/wuyi-002.zc:176
function clause_PLANT_EXPANSION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「新建建筑面积」", value: showValue(p0, "平方米"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「改扩建后容积率」", value: showValue(p1, "ratio"), source: "" });
  const p2 = a[2] as boolean;
  if (t) t.push({ step: "输入「丙类及以上消防验收备案」", value: showValue(p2, "plain"), source: "" });
  if (t) t.push({ step: "适用：「丙类及以上消防验收备案」", value: p2 ? "是" : "否", source: S26 });
  if (!p2) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = cmp(p1, K22) > 0;
  if (t) t.push({ step: "适用：改扩建后容积率 > 1.5", value: t0 ? "是" : "否", source: S27 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K23);
  if (t) t.push({ step: "结果 = " + showValue(p0, "平方米") + " × 50元/平方米", value: showValue(t1, "money"), source: S28 });
  return t1;
}

// 第6条「软件和信息技术服务业企业升规奖励」 policies/wuyi-002.zc:200
function clause_SOFTWARE_UPGRADE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「升规类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "年度升规":
    {
      t0 = K9;
      if (t) t.push({ step: "升规类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S29 });
      src = S29;
      break;
    }
    case "月度升规":
    {
      t0 = K24;
      if (t) t.push({ step: "升规类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S29 });
      src = S29;
      break;
    }
    default: {
      throw new PolicyLookupError("升规类型 为「" + p0 + "」，表中没有这一项", W4);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第6条「软件和信息技术服务业在库企业营收增长奖励」 policies/wuyi-002.zc:214
function clause_SOFTWARE_GROWTH(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「本年营业收入」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「上年营业收入」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as boolean;
  if (t) t.push({ step: "输入「升规次年起在库」", value: showValue(p2, "plain"), source: "" });
  const t0 = cmp(p1, K12) > 0;
  if (!t0) throw new PolicyInputError("上年营业收入须大于0，才能计算同比增幅", W5);
  if (t) t.push({ step: "适用：升规次年起在库", value: p2 ? "是" : "否", source: S30 });
  if (!p2) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.minus(p1);
  if (p1.isZero()) throw new PolicyInputError("计算时除数「上年营业收入」为零", W6);
  const t2 = t1.div(p1);
  const v0: Decimal = t2;
  if (t) t.push({ step: "同比增幅 = （" + showValue(p0, "money") + " − " + showValue(p1, "money") + "） ÷ " + showValue(p1, "money"), value: showValue(v0, "ratio"), source: "" });
  const t3 = cmp(v0, K21) >= 0;
  if (t) t.push({ step: "适用：同比增幅 ≥ 20%", value: t3 ? "是" : "否", source: S31 });
  if (!t3) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K7, "money"), source: S32 });
  return K7;
}

// 第6条「首版次软件产品奖励」 policies/wuyi-002.zc:236
function clause_FIRST_SOFTWARE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S33 });
      src = S33;
      break;
    }
    case "省级":
    {
      t0 = K5;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S33 });
      src = S33;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W7);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第6条「省级产业大脑能力中心组件上架奖励」 policies/wuyi-002.zc:250
function clause_BRAIN_COMPONENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「组件数」", value: showValue(p0, "个"), source: "" });
  const t0 = p0.times(K25);
  const v0: Decimal = t0;
  if (t) t.push({ step: "组件奖励 = " + showValue(p0, "个") + " × 0.5万元/个", value: showValue(v0, "money"), source: S34 });
  const t1 = cmp(v0, K9) <= 0 ? v0 : K9;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 10万元", value: showValue(t1, "money"), source: S35 });
  return t1;
}

// 第7条「国家智能制造示范工厂、优秀场景奖励」 policies/wuyi-002.zc:267
function clause_SMART_MANUFACTURING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "智能制造示范工厂":
    {
      t0 = K13;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S36 });
      src = S36;
      break;
    }
    case "智能制造优秀场景":
    {
      t0 = K1;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S36 });
      src = S36;
      break;
    }
    default: {
      throw new PolicyLookupError("类型 为「" + p0 + "」，表中没有这一项", W8);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第7条「未来工厂、数字化车间（智能工厂）奖励」 policies/wuyi-002.zc:281
function clause_FUTURE_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级未来工厂":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S37 });
      src = S37;
      break;
    }
    case "省级未来工厂试点企业":
    {
      t0 = K1;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S37 });
      src = S37;
      break;
    }
    case "省级数字化车间":
    {
      t0 = K26;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S37 });
      src = S37;
      break;
    }
    case "市级未来工厂":
    case "市级数字化车间":
    {
      t0 = K27;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S38 });
      src = S38;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W9);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第7条「细分行业中小企业轻量级数字化改造补助」 policies/wuyi-002.zc:303
function clause_LIGHT_DIGITAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「批次」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「共性软硬件投入」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「个性化软硬件投入」", value: showValue(p2, "money"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "第一批":
    {
      t0 = K28;
      if (t) t.push({ step: "批次 为「" + p0 + "」", value: showValue(t0, "ratio"), source: S39 });
      src = S39;
      break;
    }
    case "第二批":
    {
      t0 = K25;
      if (t) t.push({ step: "批次 为「" + p0 + "」", value: showValue(t0, "ratio"), source: S39 });
      src = S39;
      break;
    }
    case "第三批":
    {
      t0 = K29;
      if (t) t.push({ step: "批次 为「" + p0 + "」", value: showValue(t0, "ratio"), source: S39 });
      src = S39;
      break;
    }
    default: {
      throw new PolicyLookupError("批次 为「" + p0 + "」，表中没有这一项", W10);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "N部分补助率", value: showValue(v0, "ratio"), source: src });
  const t1 = p1.times(v0);
  const v1: Decimal = t1;
  if (t) t.push({ step: "N部分补助 = " + showValue(p1, "money") + " × " + showValue(v0, "ratio"), value: showValue(v1, "money"), source: S40 });
  const t2 = p2.times(K29);
  const v2: Decimal = t2;
  if (t) t.push({ step: "X部分补助 = " + showValue(p2, "money") + " × 40%", value: showValue(v2, "money"), source: S41 });
  const t3 = v1.plus(v2);
  const v3: Decimal = t3;
  if (t) t.push({ step: "补助合计 = " + showValue(v1, "money") + " + " + showValue(v2, "money"), value: showValue(v3, "money"), source: "" });
  const t4 = cmp(v3, K3) <= 0 ? v3 : K3;
  if (t) t.push({ step: "结果 = " + showValue(v3, "money") + " 封顶 50万元", value: showValue(t4, "money"), source: S39 });
  return t4;
}

// 第7条「“两化”融合项目补助」 policies/wuyi-002.zc:334
function clause_TWO_INTEGRATION_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「软性投入」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「硬件投入」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as boolean;
  if (t) t.push({ step: "输入「市级重点项目」", value: showValue(p2, "plain"), source: "" });
  const t0 = cmp(p0, K5) >= 0;
  if (t) t.push({ step: "适用：软性投入 ≥ 30万元", value: t0 ? "是" : "否", source: S42 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  let t1: Decimal;
  let t1b = 1;
  b0: {
    if (p2) {
      t1 = K30;
      t1b = 0;
      break b0;
    }
    t1 = K12;
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "加计（" + B0[t1b]! + "）", value: showValue(v0, "points"), source: S43 });
  const t2 = K15.plus(v0);
  const t3 = p0.times(t2);
  const v1: Decimal = t3;
  if (t) t.push({ step: "软性投入补助 = " + showValue(p0, "money") + " × （25% + " + showValue(v0, "points") + "）", value: showValue(v1, "money"), source: S44 });
  const t4 = K21.plus(v0);
  const t5 = p1.times(t4);
  const v2: Decimal = t5;
  if (t) t.push({ step: "硬件投入补助 = " + showValue(p1, "money") + " × （20% + " + showValue(v0, "points") + "）", value: showValue(v2, "money"), source: S45 });
  let t6: Decimal;
  let t6b = 1;
  b1: {
    if (p2) {
      t6 = K31;
      t6b = 0;
      break b1;
    }
    t6 = K1;
  }
  const v3: Decimal = t6;
  if (t) t.push({ step: "补助上限（" + B0[t6b]! + "）", value: showValue(v3, "money"), source: S46 });
  const t7 = v1.plus(v2);
  const v4: Decimal = t7;
  if (t) t.push({ step: "补助合计 = " + showValue(v1, "money") + " + " + showValue(v2, "money"), value: showValue(v4, "money"), source: "" });
  const t8 = cmp(v4, v3) <= 0 ? v4 : v3;
  if (t) t.push({ step: "结果 = " + showValue(v4, "money") + " 封顶 " + showValue(v3, "money"), value: showValue(t8, "money"), source: "" });
  return t8;
}

// 第8条「“云上企业”、大数据、两化融合试点、服务型制造、5G全连接工厂、工业互联网平台等称号奖励」 policies/wuyi-002.zc:365
function clause_DIGITAL_TITLE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "省级":
    {
      t0 = K5;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "市级":
    {
      t0 = K11;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W11);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第8条「数字化改造样本企业奖励」 policies/wuyi-002.zc:385
function clause_DIGITAL_SAMPLE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「首次获得」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：首次获得", value: p0 ? "是" : "否", source: S48 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const v0: Decimal = K7;
  if (t) t.push({ step: "样本企业奖励", value: showValue(v0, "money"), source: S49 });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// 第8条「数据管理能力成熟度（DCMM）贯标奖励」 policies/wuyi-002.zc:401
function clause_DCMM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「等级」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "二级":
    {
      t0 = K9;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S50 });
      src = S50;
      break;
    }
    case "三级":
    {
      t0 = K7;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S50 });
      src = S50;
      break;
    }
    case "四级":
    {
      t0 = K5;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S50 });
      src = S50;
      break;
    }
    case "五级":
    {
      t0 = K3;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S50 });
      src = S50;
      break;
    }
    default: {
      throw new PolicyLookupError("等级 为「" + p0 + "」，表中没有这一项", W12);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第8条「产品主数据标准（CPMS）省级试点奖励」 policies/wuyi-002.zc:419
function clause_CPMS_PILOT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「首次参与」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：首次参与", value: p0 ? "是" : "否", source: S51 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S52 });
  return K14;
}

// 第8条「两化融合管理体系贯标认定奖励」 policies/wuyi-002.zc:432
function clause_TWO_INTEGRATION_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「首次通过」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：首次通过", value: p0 ? "是" : "否", source: S53 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K24, "money"), source: S54 });
  return K24;
}

// 第10条「企业技术中心（制造业创新中心）奖励」 policies/wuyi-002.zc:445
function clause_TECH_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K1;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S55 });
      src = S55;
      break;
    }
    case "省级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S55 });
      src = S55;
      break;
    }
    case "市级":
    {
      t0 = K9;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S55 });
      src = S55;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W13);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第10条「省级及以上重点产业技术联盟（集群）奖励」 policies/wuyi-002.zc:461
function clause_TECH_ALLIANCE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「主要依托单位」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：主要依托单位", value: p0 ? "是" : "否", source: S56 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K7, "money"), source: S57 });
  return K7;
}

// 第11条「优秀工业新产品奖励」 policies/wuyi-002.zc:476
function clause_NEW_PRODUCT_EXCELLENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "一类":
    {
      t0 = K32;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S58 });
      src = S58;
      break;
    }
    case "二类":
    {
      t0 = K24;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S58 });
      src = S58;
      break;
    }
    case "三类":
    {
      t0 = K9;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S58 });
      src = S58;
      break;
    }
    default: {
      throw new PolicyLookupError("类别 为「" + p0 + "」，表中没有这一项", W14);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第11条「省级鉴定工业新产品奖励」 policies/wuyi-002.zc:492
function clause_NEW_PRODUCT_APPRAISAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「产品数」", value: showValue(p0, "个"), source: "" });
  const t0 = p0.times(K11);
  if (t) t.push({ step: "结果 = " + showValue(p0, "个") + " × 5万元/个", value: showValue(t0, "money"), source: S59 });
  return t0;
}

// 第11条「“浙江制造”精品认定奖励」 policies/wuyi-002.zc:506
function clause_ZHEJIANG_QUALITY_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「精品数」", value: showValue(p0, "个"), source: "" });
  const t0 = p0.times(K9);
  if (t) t.push({ step: "结果 = " + showValue(p0, "个") + " × 10万元/个", value: showValue(t0, "money"), source: S60 });
  return t0;
}

// 第11条「首台（套）、首版次、首批次保险补偿配套补贴」 policies/wuyi-002.zc:520
function clause_FIRST_SET_INSURANCE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「上级财政补贴」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「保险费」", value: showValue(p1, "money"), source: "" });
  const t0 = p0.times(K25);
  const v0: Decimal = t0;
  if (t) t.push({ step: "配套补贴 = " + showValue(p0, "money") + " × 50%", value: showValue(v0, "money"), source: S61 });
  const t1 = p1.minus(p0);
  const t2 = t1.isNegative() ? ZERO : t1;
  const v1: Decimal = t2;
  if (t) t.push({ step: "剩余额度 = " + showValue(p1, "money") + " 扣除 " + showValue(p0, "money"), value: showValue(v1, "money"), source: S62 });
  const t3 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// 第11条「重点高新技术产品开发项目、技术创新项目奖励」 policies/wuyi-002.zc:542
function clause_TECH_INNOVATION_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级及以上":
    {
      t0 = K9;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S63 });
      src = S63;
      break;
    }
    case "市级":
    {
      t0 = K11;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S63 });
      src = S63;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W15);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第12条「工业设计中心奖励」 policies/wuyi-002.zc:556
function clause_DESIGN_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "省级":
    {
      t0 = K5;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "市级":
    {
      t0 = K11;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W16);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第12条「工业设计大赛奖项奖励」 policies/wuyi-002.zc:572
function clause_DESIGN_COMPETITION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「省级及以上奖项数」", value: showValue(p0, "项"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「市级奖项数」", value: showValue(p1, "项"), source: "" });
  const t0 = p0.times(K9);
  const v0: Decimal = t0;
  if (t) t.push({ step: "省级及以上奖励 = " + showValue(p0, "项") + " × 10万元/项", value: showValue(v0, "money"), source: S65 });
  const t1 = p1.times(K11);
  const v1: Decimal = t1;
  if (t) t.push({ step: "市级奖励 = " + showValue(p1, "项") + " × 5万元/项", value: showValue(v1, "money"), source: S65 });
  const t2 = v0.plus(v1);
  const v2: Decimal = t2;
  if (t) t.push({ step: "奖励合计 = " + showValue(v0, "money") + " + " + showValue(v1, "money"), value: showValue(v2, "money"), source: "" });
  const t3 = cmp(v2, K7) <= 0 ? v2 : K7;
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " 封顶 20万元", value: showValue(t3, "money"), source: S65 });
  return t3;
}

// 第13条「清洁生产审核及迭代升级示范奖励」 policies/wuyi-002.zc:594
function clause_CLEAN_PRODUCTION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "清洁生产审核验收":
    {
      t0 = K11;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S66 });
      src = S66;
      break;
    }
    case "省级清洁生产迭代升级示范企业":
    {
      t0 = K33;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S67 });
      src = S67;
      break;
    }
    default: {
      throw new PolicyLookupError("类型 为「" + p0 + "」，表中没有这一项", W17);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第13条「绿色工厂、绿色园区、美丽工厂奖励」 policies/wuyi-002.zc:608
function clause_GREEN_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S68 });
      src = S68;
      break;
    }
    case "省级":
    {
      t0 = K32;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S68 });
      src = S68;
      break;
    }
    case "市级":
    {
      t0 = K9;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S68 });
      src = S68;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W18);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第13条「绿色低碳供应链管理企业奖励」 policies/wuyi-002.zc:624
function clause_GREEN_SUPPLY_CHAIN(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K3;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S69 });
      src = S69;
      break;
    }
    case "省级":
    {
      t0 = K32;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S69 });
      src = S69;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W19);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第13条「绿色设计产品示范名单奖励」 policies/wuyi-002.zc:638
function clause_GREEN_DESIGN_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K7;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S70 });
      src = S70;
      break;
    }
    case "省级":
    {
      t0 = K9;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S70 });
      src = S70;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W20);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第13条「省级工业循环经济试点企业奖励」 policies/wuyi-002.zc:652
function clause_CIRCULAR_PILOT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「验收通过」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：验收通过", value: p0 ? "是" : "否", source: S71 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K33, "money"), source: S72 });
  return K33;
}

// 第13条「节水型企业奖励」 policies/wuyi-002.zc:665
function clause_WATER_SAVING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级":
    {
      t0 = K24;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S73 });
      src = S73;
      break;
    }
    case "市级":
    {
      t0 = K9;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S73 });
      src = S73;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W21);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第15条「工业行业协会补助」 policies/wuyi-002.zc:679
function clause_ASSOCIATION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as boolean;
  if (t) t.push({ step: "输入「考评通过」", value: showValue(p0, "plain"), source: "" });
  if (t) t.push({ step: "适用：考评通过", value: p0 ? "是" : "否", source: S74 });
  if (!p0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const v0: Decimal = K9;
  if (t) t.push({ step: "协会补助", value: showValue(v0, "money"), source: S75 });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// 第16条「国家级产业基地（制造业）称号奖励」 policies/wuyi-002.zc:695
function clause_INDUSTRY_BASE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「情形」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "获评":
    {
      t0 = K5;
      if (t) t.push({ step: "情形 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    case "通过复评":
    {
      t0 = K7;
      if (t) t.push({ step: "情形 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    default: {
      throw new PolicyLookupError("情形 为「" + p0 + "」，表中没有这一项", W22);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

export const namespace = "WUYI";
export const functions: readonly CompiledFunction[] = [
  { meta: m0, evaluate: clause_GROWTH },
  { meta: m1, evaluate: clause_SPECIALIZED },
  { meta: m2, evaluate: clause_SMALL_MICRO_STAR },
  { meta: m3, evaluate: clause_EQUIPMENT },
  { meta: m4, evaluate: clause_PLANT_EXPANSION },
  { meta: m5, evaluate: clause_SOFTWARE_UPGRADE },
  { meta: m6, evaluate: clause_SOFTWARE_GROWTH },
  { meta: m7, evaluate: clause_FIRST_SOFTWARE },
  { meta: m8, evaluate: clause_BRAIN_COMPONENT },
  { meta: m9, evaluate: clause_SMART_MANUFACTURING },
  { meta: m10, evaluate: clause_FUTURE_FACTORY },
  { meta: m11, evaluate: clause_LIGHT_DIGITAL },
  { meta: m12, evaluate: clause_TWO_INTEGRATION_PROJECT },
  { meta: m13, evaluate: clause_DIGITAL_TITLE },
  { meta: m14, evaluate: clause_DIGITAL_SAMPLE },
  { meta: m15, evaluate: clause_DCMM },
  { meta: m16, evaluate: clause_CPMS_PILOT },
  { meta: m17, evaluate: clause_TWO_INTEGRATION_CERT },
  { meta: m18, evaluate: clause_TECH_CENTER },
  { meta: m19, evaluate: clause_TECH_ALLIANCE },
  { meta: m20, evaluate: clause_NEW_PRODUCT_EXCELLENT },
  { meta: m21, evaluate: clause_NEW_PRODUCT_APPRAISAL },
  { meta: m22, evaluate: clause_ZHEJIANG_QUALITY_PRODUCT },
  { meta: m23, evaluate: clause_FIRST_SET_INSURANCE },
  { meta: m24, evaluate: clause_TECH_INNOVATION_PROJECT },
  { meta: m25, evaluate: clause_DESIGN_CENTER },
  { meta: m26, evaluate: clause_DESIGN_COMPETITION },
  { meta: m27, evaluate: clause_CLEAN_PRODUCTION },
  { meta: m28, evaluate: clause_GREEN_FACTORY },
  { meta: m29, evaluate: clause_GREEN_SUPPLY_CHAIN },
  { meta: m30, evaluate: clause_GREEN_DESIGN_PRODUCT },
  { meta: m31, evaluate: clause_CIRCULAR_PILOT },
  { meta: m32, evaluate: clause_WATER_SAVING },
  { meta: m33, evaluate: clause_ASSOCIATION },
  { meta: m34, evaluate: clause_INDUSTRY_BASE },
];

export const settlement: SettlementRules = {
  "namespace": "WUYI",
  "rules": [
    {
      "id": "EXCLUSION",
      "title": "一票否决事项审核",
      "article": "第20条",
      "document": {
        "title": "推动工业经济高质量发展（经信部分）意见",
        "issuer": "武义县",
        "draft": false
      },
      "text": "本意见涉及的政策须按照《关于实行工业企业政策兑现“一票否决”管理制度的通知》（武转升〔2022〕3号）文件进行一票否决事项审核，若该文件有更新按新文件执行。",
      "basis": "进行一票否决事项审核",
      "kind": "exclusion"
    },
    {
      "id": "BRAIN_COMPONENT_CAP",
      "title": "产业大脑组件奖励每家企业当年度上限",
      "article": "第6条",
      "document": {
        "title": "推动工业经济高质量发展（经信部分）意见",
        "issuer": "武义县",
        "draft": false
      },
      "text": "对服务商首次上架省级产业大脑能力中心的组件按照0.5万元/个的标准给予奖励，每家企业当年度奖励不超过10万元。",
      "basis": "每家企业当年度奖励不超过10万元",
      "kind": "annualCap",
      "functions": [
        "BRAIN_COMPONENT"
      ],
      "sum": "10"
    },
    {
      "id": "DESIGN_COMPETITION_CAP",
      "title": "工业设计大赛奖励每家企业当年度上限",
      "article": "第12条",
      "document": {
        "title": "推动工业经济高质量发展（经信部分）意见",
        "issuer": "武义县",
        "draft": false
      },
      "text": "对当年荣获省级及以上、市级工业设计大赛奖项的企业，分别给予10万元、5万元的奖励，每家企业当年度奖励不超过20万元。",
      "basis": "每家企业当年度奖励不超过20万元",
      "kind": "annualCap",
      "functions": [
        "DESIGN_COMPETITION"
      ],
      "sum": "20"
    }
  ]
};
