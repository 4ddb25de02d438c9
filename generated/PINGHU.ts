// 由 zhengce build 生成，请勿手工修改。命名空间 PINGHU，来源：policies/pinghu-000-xinzhi.zc、policies/pinghu-003-pingzhengfa-2024-10.zc
import type { Decimal } from "decimal.js";
import { Exact as D } from "../runtime/exact.js";
import type { ArgValue, CompiledFunction, FunctionMeta, TraceStep } from "../runtime/types.js";
import { PolicyInputError, PolicyLookupError, type SourcePosition } from "../runtime/errors.js";
import { showValue } from "../runtime/show.js";
import { cmp } from "../runtime/compare.js";
import type { SettlementRules } from "../runtime/settlement/rules.js";

const ZERO = new D(0);
const K0 = new D("3");
const K1 = new D("10000");
const K2 = new D("0.2");
const K3 = new D("2000");
const K4 = new D("0.15");
const K5 = new D("0.05");
const K6 = new D("600");
const K7 = new D("400");
const K8 = new D("100");
const K9 = new D("0.4");
const K10 = new D("200");
const K11 = new D("500");
const K12 = new D("10");
const K13 = new D("15");
const K14 = new D("50");
const K15 = new D("5");
const K16 = new D("0.5");
const K17 = new D("0.3");
const K18 = new D("5000");
const K19 = new D("20");
const K20 = new D("0");
const K21 = new D("0.01");
const K22 = new D("0.009");
const K23 = new D("3000");
const K24 = new D("0.008");
const K25 = new D("300");
const K26 = new D("0.1");
const K27 = new D("30");
const K28 = new D("0.08");
const K29 = new D("0.06");
const K30 = new D("150");
const K31 = new D("25");
const K32 = new D("0.6");
const K33 = new D("2");
const K34 = new D("1");
const K35 = new D("0.02");
const K36 = new D("40");
const K37 = new D("80");
const K38 = new D("100000");
const K39 = new D("60");
const K40 = new D("20000");
const K41 = new D("1000");
const K42 = new D("0.03");
const K43 = new D("0.04");
const K44 = new D("75");
const K45 = new D("0.7");
const K46 = new D("15000");
const K47 = new D("0.001");
const K48 = new D("0.35");
const K49 = new D("0.25");
const K50 = new D("0.8");
const K51 = new D("7");
const K52 = new D("0.0005");
const K53 = new D("0.013");
const K54 = new D("0.00002");
const K55 = new D("0.00003");
const S0 = "以上奖励最多三年";
const S1 = "当年营收达到1亿元（含）以上的，给予其算力服务器实际租金最高20%、最高600万元的奖励";
const S2 = "当年营收达到2000万元（含）以上的，给予其算力服务器实际租金最高15%、最高400万元的奖励";
const S3 = "企业租用高性能算力服务器的，当年营收未达到2000万元的，给予其算力服务器实际租金最高5%的奖励，单个企业最高奖励100万元且奖励金额不超过企业当年营收的20%";
const S4 = "单个企业最高奖励 100 万元且奖励金额不超过企业当年营收的 20%";
const S5 = "对经认定的集成电路企业开展符合一定条件的工程产品（指经过全掩膜板流片）首轮流片，给予该产品掩膜版制作费用最高40%或首轮流片费用最高20%、最高200万元的奖励";
const S6 = "给予该产品掩膜版制作费用最高 40%或首轮流片费用最高 20%、最高 200 万元的奖励";
const S7 = "以上奖励单个企业当年度最高可获得 500 万元";
const S8 = "对开展多项目晶圆流片的集成电路企业，给予产品流片费用最高20%、最高100万元的奖励";
const S9 = "企业开发的车规级应用集成电路产品完成AEC-Q100标准、AEC-Q200标准认证的，每款产品分别给予最高10万元、15万元的奖励，单个企业当年度最高奖励50万元";
const S10 = "企业开发的商用密码集成电路产品，完成商用密码产品一级、二级标准认证的，每款产品分别给予最高10万元、15万元的奖励，单个企业当年度最高奖励50万元";
const S11 = "单个企业当年度奖励不超过 5 项";
const S12 = "经省软件行业协会新认定的企业软件产品，每款软件产品给予最高5000元的奖励";
const S13 = "企业开发的软件产品获得计算机软件著作权登记证书的（须为原始取得，第一著作权人须为依法登记注册在本市的企事业单位、社会组织），并且该款软件或软件所配套项目当年销售收入（工业软件则为配套的制造产品销售收入）达到10万元（含）以上的，每款软件给予最高3000元的奖励，同一软件的升级版本不得重复享受";
const S14 = "软件信息服务业企业年营收首次突破5000万元、1亿元的企业，分别给予最高20万元、50万元的一次性奖励";
const S15 = "对新认定的软件企业，给予最高 5 万元的一次性奖励";
const S16 = "分别给予最高 100 万元的一次性奖励";
const S17 = "年度首次升规的软件信息服务业企业，给予最高 10 万元的一次性奖励";
const S18 = "每提高一级资质认证给予最高 5 万元奖励";
const S19 = "每提高一级资质认证分别给予最高 5万元奖励";
const S20 = "首次通过 ISO27001/BS7799 资质认证的，给予最高 5 万元奖励";
const S21 = "对面积 2000 平方米以上";
const S22 = "入驻软件企业不少于 3 家";
const S23 = "最多奖励三年";
const S24 = "对面积2000平方米以上，入驻软件企业不少于3家，软件及信息技术服务业务营收总额达到3000万元（含）以上、5000万元（含）以上、1亿元（含）以上的园区，给予园区运营主体分别按照当年营收总额的0.8%、0.9%、1.0%奖励，每年最高300万元，最多奖励三年";
const S25 = "每年最高 300 万元";
const S26 = "三年内每年";
const S27 = "租金按实不超过 15 万元";
const S28 = "企业自主开发获得集成电路布图设计权的，每项产品给予最高3000元奖励，单个企业当年度奖励不超过5项";
const S29 = "对购买IP(知识产权)、EDA(电子设计自动化)用于集成电路设计的集成电路企业，规上企业给予实际支出费用最高20%的奖励，规下企业给予实际支出费用最高10%的奖励,单个企业当年度最高奖励50万元";
const S30 = "对经认定的“领军型浙江数商”企业、“成长型浙江数商”企业分别给予最高30万元、10万元奖励";
const S31 = "项目投资不低于 500 万元的，给予软件及信息服务费最高 20%";
const S32 = "其软件及信息服务费奖励比例最高可提至50%";
const S33 = "经审计投资额在 20 万元到 100 万元（不含）的";
const S34 = "智能硬件最高 8%的奖励";
const S35 = "智能硬件奖励比例最高可提至 15%";
const S36 = "单个企业当年度最高奖励 150 万元";
const S37 = "单个企业当年度最高奖励 300 万元";
const S38 = "纯软件项目参照集成性项目奖励，单个企业当年度最高奖励 50 万元";
const S39 = "对获得省级“未来工厂”、“未来工厂”试点的企业，分别给予最高100万元、25万元的一次性奖励";
const S40 = "对获得省级智能工厂、数字化车间的企业，分别给予最高25万元、15万元的一次性奖励";
const S41 = "对获得国家智能制造示范企业、国家智能制造优秀场景企业，分别给予最高50万元、20万元一次性奖励";
const S42 = "改造投入在 20 万元（含）以下的";
const S43 = "鼓励汽车零部件、服装、箱包行业开展“N+X”轻量级数字化改造，列入第一批、第二批、第三批试点的项目，改造投入在20万元（含）以下的，通过验收后，分别给予企业数字化改造投入最高60%、最高50%、最高40%的一次性奖励";
const S44 = "鼓励装备制造、时尚产业等行业领域制造业企业与国内人工智能企业开展合作，推动AI大模型等人工智能技术在工业领域应用，给予实际合作支出最高20%、最高50万元的奖励";
const S45 = "实际支付 2 万元及以上的最高奖励 1 万元";
const S46 = "实际支付 1 万元及以上的最高奖励 5000 元";
const S47 = "通过工信部“两化融合”管理体系贯标评定的，给予最高10万元的一次性奖励";
const S48 = "对通过企业数据管理国家标准贯标二级、三级、四级、五级的，分别给予最高10万、15万、20万、25万元的一次性奖励";
const S49 = "对企业获得国家级、省级数字经济领域“云上企业”或相应级别示范试点称号的，分别给予最高15万元、10万元的一次性奖励";
const S50 = "列入省工业互联网平台创建及应用试点的省行业级平台（含区域级、产业链级等跨企业平台）、企业级平台，分别给予最高20万元、5万元的奖励";
const S51 = "列入省工业互联网平台创建及应用试点的";
const S52 = "经验收认定为省行业级平台";
const S53 = "再给予最高 20 万元、5 万元 的奖励";
const S54 = "鼓励企业建设产业大脑，经相关部门认定评估，根据评估等级给予建设投入最高40%、最高500万元的奖励";
const S55 = "每上线 1 个组件给予对应企业给予最高 2 万元的奖励";
const S56 = "支持企业拆解数字化能力组件并上线至省产业大脑能力中心，对列入计划的，每上线1个组件给予对应企业给予最高2万元的奖励，单个企业当年度最高奖励30万元";
const S57 = "列入示范项目的奖励标准在上述基础上提高 2 个百分点";
const S58 = "年节能量达到 200 吨标煤（等价值）以上或二氧化碳年减排量达到 400吨以上，且设备投资额不低于 300 万元";
const S59 = "年节能量 40 吨标煤（等价值）以上或二氧化碳年减排量 80 吨以上，设备投资额在50-300 万元";
const S60 = "最高 300 万元";
const S61 = "年节水量达到 10万吨以上，且设备投资额不低于 300 万元";
const S62 = "年节水量达到 2 万吨以上，设备投资额在 60-300 万元";
const S63 = "对经认定的省级节水型企业，给予最高10万元的一次性奖励";
const S64 = "对认定为国家级、省级、嘉兴市级绿色工厂或绿色园区的企业，分别给予最高50万元、25万元、10万元的一次性奖励";
const S65 = "获得“绿色产品”认证的企业，给予最高 10 万元的一次性奖励";
const S66 = "上一年度 A类企业和数字经济项目奖励标准在上述基础上提高1 个百分点";
const S67 = "企业当年生产设备投资完成1000万元（含）到3000万元的，给予设备投资额最高3%的奖励";
const S68 = "完成3000万元（含）至5000万元的，给予最高4%的奖励";
const S69 = "完成5000万元（含）以上的，给予最高5%的奖励";
const S70 = "以上分段计算，单个企业当年度最高奖励500万元";
const S71 = "鼓励企业采购应用我市范围内经认定的省级以上首台（套）成套装备，按其首次购置费最高5%、最高50万元的奖励";
const S72 = "支持机床产业生产性服务体系建设，对国内外知名机床研发机构、实验室或检测中心落户我市，提供平台化服务的，给予实际投入最高30%、最高100万元的一次性奖励";
const S73 = "对取得航空航天整机厂销售收入的关键零部件企业，给予当年度销售收入（不含税）最高5%、最高100万元的一次性奖励";
const S74 = "对取得航空器整机型号合格证和生产许可证的企业，分别给予最高600万元和最高400万元的一次性奖励";
const S75 = "对取得航空发动机整机型号合格证和生产许可证的企业，分别给予最高500万元和最高300万元的一次性奖励";
const S76 = "对新认定的国家级、省级航空航天专业类产业园分别给予企业最高300万元和最高100万元的一次性奖励";
const S77 = "对我市氢燃料电池及其核心配套生产企业，按其氢能领域产品自主销售（不含我市政府及国有企业采购订单及其关联订单）形成的销售额，2024年按其销售额给予最高5%、2025年按其销售额给予最高3%的奖励，单个企业当年度最高奖励500万元";
const S78 = "2024 年按其销售额给予最高 5%、2025 年按其销售额给予最高 3%的奖励";
const S79 = "单个企业当年度最高奖励 500 万元";
const S80 = "鼓励企业与本土设计机构（关联公司除外）设计合作，开展设计外包、定制设计、协作开发、资讯服务、品牌提升、教育培训、数字化服务等业务的，给予当年实际交易额最高10%、最高10万元奖励";
const S81 = "对经认定的国家级、省级、嘉兴市级工业设计企业（中心、研究院），分别给予最高25万元、10万元、5万元的一次性奖励";
const S82 = "对经认定的国家级、省级、嘉兴市级服务型制造示范企业（平台、项目），分别给予最高25万元、10万元、5万元的奖励";
const S83 = "为我市企业提供检验检测服务、工业设计（包括ODM）、研发服务、管理咨询等生产性服务的独立核算机构/企业，年营业收入达到300万元、500万元、1000万元的，分别给予最高5万元、10万元和30万元的一次性奖励";
const S84 = "对首次通过CMA、CNAS认证的制造业企业，分别给予最高5万元和最高10万元奖励";
const S85 = "入选培育库的企业与本土设计机构（关联公司除外）设计合作，给予当年实际交易额最高10%、最高20万元奖励";
const S86 = "单个展会最高奖励 5 万元";
const S87 = "当年参加国际四大时装周（纽约时装周、伦敦时装周、巴黎时装周、米兰时装周）并进行品牌发布的企业，给予最高50万元奖励，最多奖励三年";
const S88 = "当年参加国内四大时装周（中国国际时装周、上海时装周、深圳时装周、广东时装周）并进行品牌发布的企业，给予最高20万元的奖励，最多奖励三年";
const S89 = "企业应用新一代信息技术研发生产智能化产品的，经认定后，给予该产品当年销售额最高2%、最高20万元的一次性奖励，单个企业当年度最高奖励50万元";
const S90 = "单个企业当年度最高奖励 50 万元";
const S91 = "每成功新培育或新引进1名设计及相关专业毕业或具备相关资格证书的设计师，年度设计款式销售额达200万元（含）以上，给予企业最高5万元/人的一次性奖励，单个企业当年度最高奖励20万元";
const S92 = "企业在国内外知名商业街区、机场、高铁站等新开设由平湖总部统一核算并纳税的线下直营店，给予直接投入（商铺租赁费用和装修费用）最高30%、最高100万元的一次性奖励";
const S93 = "企业入驻我市开设的金平湖品牌馆，对品牌馆运营方给予直接投入（商铺租赁费用和装修费用）最高20%、最高50万元的一次性奖励";
const S94 = "入选国家“单项冠军”企业（产品）给予最高100万元奖励";
const S95 = "获评国家级专精特新“小巨人”企业给予最高50万元奖励，获评省级专精特新中小企业给予最高10万元奖励";
const S96 = "获评省“雄鹰企业”给予最高50万奖励";
const S97 = "获评省级“隐形冠军”企业给予最高50万元奖励";
const S98 = "获评功勋企业给予最高20万元奖励，获评明星企业给予最高10万元奖励";
const S99 = "对年内月度升规的企业给予最高 5万元奖励";
const S100 = "对经认定的国家级、省级制造业创新中心分别给予最高75万元、50万元的一次性奖励";
const S101 = "对新认定的国家级、省级、嘉兴市级技术中心，分别给予最高50万元、25万元、10万元的一次性奖励";
const S102 = "产品被认定为国际、国内、省内、嘉兴市内装备制造业首台（套）、软件首版次、材料首批次的企业，分别给予最高100万元、50万元、25万元、10万元的一次性奖励";
const S103 = "费率以 2%为上限";
const S104 = "建立首台（套）产品保险补偿机制，对投保首台（套）产品保险的企业，按实际投保年度保费给予最高70%的支持（费率以2%为上限），支持时间按保险期限据实核算，单个企业当年度最高奖励20万元，最多奖励三年";
const S105 = "获得省信用管理示范企业的，给予最高5万元奖励";
const S106 = "获得浙江省政府质量奖的企业，给予最高50万元奖励";
const S107 = "获得嘉兴市、平湖市政府质量奖的，分别给予最高25万元、15万元的奖励";
const S108 = "认证的企业，给予最高 15 万元奖励";
const S109 = "通过国际互认（国际合作证书）的，给予最高 2 万元奖励";
const S110 = "年销售额增长 20%以上的";
const S111 = "对注册地及结算地在我市的原创品牌企业，年销售额增长20%以上的，给予实际投入宣传推广费用最高10%、最高50万元的奖励";
const S112 = "对符合上述条件";
const S113 = "同时带动 5 家以上本地企业为其贴牌代工的";
const S114 = "按每带动 1 家代工费达到 100 万元的企业奖励最高 5 万元的标准";
const S115 = "对符合上述条件，同时带动5家以上本地企业为其贴牌代工的，按每带动1家代工费达到100万元的企业奖励最高5万元的标准，给予原创品牌企业最高50万元的奖励，最多奖励三年";
const S116 = "年营收达到 50 万元（含）以上的";
const S117 = "在平湖新注册成立的设计型企业，年营收达到50万元（含）以上的，给予租金及装修实际投入费用最高50%、最高3万元一次性奖励";
const S118 = "年营收达 50 万元（含）以上的";
const S119 = "对亚洲十佳焦点设计师（TenAsianDesignertoWatch）、金顶奖、国家和省十佳设计师、国际国内设计大赛金银铜奖获得者设立设计型企业且年营收达50万元（含）以上的，给予年营收金额最高8%、最高10万元奖励";
const S120 = "单个企业当年度奖励不超 过 3 个产品";
const S121 = "对获得“浙江制造精品”或省优秀工业新产品称号的企业，给予最高5万元奖励，“浙江制造精品”、省优秀工业新产品单个企业当年度奖励不超过3个产品";
const S122 = "对列入省级重点技术创新项目（高新技术产品）且在资金申报年度通过验收的企业，给予最高15万元奖励";
const S123 = "对已在我市形成稳定产品配套的数字产业、汽车及零部件、高端新材料、数控机床、航空航天、生命健康等重点产业龙头企业，其产品零部件、原材料年采购金额首次达到5000万元、1亿元、1.5亿元、2亿元及以上的，分别给予最高50万元、100万元、150万元、200万元一次性奖励";
const S124 = "单个企业奖励合计最高不超过 200 万元";
const S125 = "对购买上述平台服务的本市企业，经认定，给予年实际服务费最高10%、最高30万元一次性奖励";
const S126 = "按房租每月每平方米奖励最高 10 元";
const S127 = "最高奖励 3 万元";
const S128 = "企业或行业协会举办经批准的全市性、行业性的高峰论坛、产学研和设计对接、时尚发布等活动的，给予活动实际支出最高30%、单个活动最高30万元的奖励";
const S129 = "按实际摊位费用予以奖励，单个展会最高 3 万元";
const S130 = "给予单个展会特装费用最高 50%、最高 15 万元的奖励";
const S131 = "单个企业当年度最高奖励 30 万元";
const S132 = "对经评定达到《民营企业清廉建设管理体系》标准1A级、2A级、3A4A级的企业，分别给予最高3000元、7000元、30000元的奖励";
const S133 = "3A4A 级的企业";
const S134 = "协会组织新认定国家级、省级、嘉兴市级产业集群（基地、平台）等荣誉的，分别给予最高10万元、5万元、3万元奖励";
const S135 = "荣誉复评的，分别给予最高 5 万元、2 万元、1 万元奖励";
const S136 = "当年累计组织企业 50 家次以上的";
const S137 = "协会组织企业以区域品牌抱团参展，当年累计组织企业50家次以上的，给予最高2万元奖励";
const S138 = "当年度省级监管评级结果为“B级”（含）以上";
const S139 = "贷款不良率在 3%（含）以内";
const S140 = "最高不超过 30%给予风险奖励";
const S141 = "最高不超过当年度贡献的 50%";
const S142 = "资产不良率在 1%（含）以内的";
const S143 = "最高不超过 30%给予风险 奖励";
const S144 = "对牵头承担国家科技重大专项的企业给予 100 万元的奖励";
const S145 = "分别给予 50 万元、15 万元的奖励";
const S146 = "经市科技计划项目立项验收通过后";
const S147 = "验收基本通过的项目，以上奖励减半执行";
const S148 = "当年度研发经费 100 万元（含）至 1000 万元";
const S149 = "根据研发费用增长部分";
const S150 = "研发费用占营业收入比重";
const S151 = "研发费用占营业收入比重达 3% 以上";
const S152 = "研发费用占营业收入比重达 4% 以上";
const S153 = "研发费用占营业收入比重达 5% 以上";
const S154 = "研发费用增速在 5% 以上";
const S155 = "研发费用增速在 10% 以上";
const S156 = "研发费用增速在 15% 以上";
const S157 = "研发费用增速在";
const S158 = "或研发费用占营业收入比重达 10% 以上且当年度研发费用正增长的企业";
const S159 = "给予不超过 10%、最高 100 万元的奖励";
const S160 = "给予不超过 10%、最高 80 万元的奖励";
const S161 = "给予不超过 10%、最高 60 万元的奖励";
const S162 = "根据研发费用增长部分给予不超过 10%";
const S163 = "对新认定的省重点实验室、工程技术研究中心给予 200 万元的奖励";
const S164 = "对新认定的嘉兴市重点实验室（A 类）给予 50 万元的奖励";
const S165 = "分别给予 300 万元、100 万元的奖励";
const S166 = "连续两年";
const S167 = "对绩效评价结果为“优秀”的市重点实验室（A类），给予每年10万元、连续两年的经费支持";
const S168 = "连续三年";
const S169 = "按项目设备投资额的 10%";
const S170 = "累计最高不超过 5000 万元";
const S171 = "给予 1 万元的奖励";
const S172 = "单个企业年度最高限额 3 万元";
const S173 = "获得国家最高科学技术奖的，一次性给予 300 万元奖励";
const S174 = "分别一次性给予 200 万元、100 万元、80 万元的奖励";
const S175 = "对获得浙江科技大奖的一次性给予 80 万元奖励";
const S176 = "分别一次性给予 50 万元、30 万元、20 万元的奖励";
const S177 = "以上均指第一项目完成单位（个人）";
const S178 = "分别按第一项目完成单位（个人）的 60%、30% 给予一次性奖励";
const S179 = "项目投资在 20 到 200 万元的集成性项目";
const S180 = "给予A档项目软件及信息服务费最高35%";
const S181 = "B 档项目软件及信息服务费最高 25%";
const S182 = "具备行业示范效应的集成性项目，项目投资不低于200万元的，根据验收结果，给予A档项目软件及信息服务费最高35%、智能硬件最高10%的奖励，B档项目软件及信息服务费最高25%、智能硬件最高8%的奖励，单个项目奖励最高300万元封顶";
const S183 = "给予 A 档项目软件及信息服务费最高 30%";
const S184 = "B 档项目软件及信息服务费最高 20%";
const S185 = "项目投资在20到200万元的集成性项目，根据验收结果，给予A档项目软件及信息服务费最高30%、智能硬件最高10%的奖励，B档项目软件及信息服务费最高20%、智能硬件最高8%的奖励";
const S186 = "智能硬件最高 10% 的奖励";
const S187 = "智能硬件最高 8% 的奖励";
const S188 = "单个项目奖励最高 300 万元封顶";
const S189 = "对经认定的省级“未来工厂”、“未来工厂”试点、省级智能工厂、数字化车间的企业，分别给予最高200万元、50万元、50万元、30万元的奖励";
const S190 = "且设备投资额不低于 300 万元";
const S191 = "设备投资额在 60-300 万元";
const S192 = "对节能改造项目年节能量达到200吨标煤（等价值）以上或二氧化碳年减排量达到400吨以上，且设备投资额不低于300万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高10%的奖励，最高奖励400万元";
const S193 = "分别给予最高 100 万元、50 万元和 20 万元的一次性奖励";
const S194 = "被认定为国家级绿色供应链或绿色设计产品示范企业的，给予最高 100 万元的一次性奖励";
const S195 = "对经认定的国家级、省级制造业创新中心分别给予150万元、100万元的一次性奖励";
const S196 = "对新认定的国家级、省级、嘉兴市级技术中心，分别给予100万元、50万元、20万元的一次性奖励";
const S197 = "产品被认定为国内、省内、嘉兴市内装备制造业首台（套）、软件首版次、材料首批次的企业，分别给予100万元、50万元、20万元的一次性奖励";
const S198 = "同一项目如已享受国家及省保费支持的，不再给予支持";
const S199 = "最长不超过3年";
const S200 = "费率以3%为上限";
const S201 = "按实际投保年度保费的80%给予支持";
const S202 = "单个企业同一年度支持不超过20万元";
const S203 = "单个企业一个年度内不超过3个产品";
const S204 = "的产品给予10万元奖励";
const S205 = "企业（产品）给予最高150万元奖励";
const S206 = "企业给予最高100万元奖励，获评省级专精特新中小企业";
const S207 = "获评国家级专精特新“小巨人”企业给予最高100万元奖励，获评省级专精特新中小企业给予最高20万元奖励";
const S208 = "给予最高100万奖励";
const S209 = "分别给予最高不超过 30 万元、50 万元、100 万元的一次性奖励";
const S210 = "对在省创新区评价中居前的给予最高50万元的奖励";
const S211 = "对获评平湖市功勋企业和明星企业，分别给予最高20万元和10万元的奖励";
const S212 = "最多可连续支持 3 年";
const S213 = "按照实际投保费率最高不超过 3%";
const S214 = "首年度实际保费的 80% 给予保险补偿";
const S215 = "并从次年度开始保险补偿比例逐年递减 10%";
const S216 = "单个企业同一年度补偿金额最高不超过 20 万元";
const S217 = "对被评定为市级、省级首版次软件产品的企业分别给予20万元、50万元一次性奖励";
const S218 = "对短期出口信用保险保费给予不低于 60% 的补助";
const S219 = "原则上单家企业不超过 500 万元";
const S220 = "对获评省级内外贸一体化改革试点培育基地、省级内外贸一体化领跑者企业分别奖励30万元和7万元";
const S221 = "LPR 利率 50%";
const S222 = "最高 50 万元的贴息";
const S223 = "全年稻麦油复种面积";
const S224 = "市财政对稻麦种植配套 5 元/亩，油菜种植配套 10 元/亩";
const S225 = "对未达到稻麦油复种规模补贴标准但种植油菜 5 亩（含）以上的生产主体";
const S226 = "晚稻订单奖补标准不低于 0.2 元/斤";
const S227 = "订单奖补标准不低于 0.3 元/斤";
const S228 = "最高至购置价格的 50%";
const S229 = "给予地方累加补助";
const S230 = "对引进推广的首台（套）机械给予50%补助";
const B0: readonly string[] = ["示范项目 成立", "示范项目 不成立"];
const B1: readonly string[] = ["企业类别 属于 A类、数字经济项目 成立", "企业类别 属于 A类、数字经济项目 不成立"];
const B2: readonly string[] = ["认定类型 是 新认定 成立", "认定类型 是 新认定 不成立"];
const B3: readonly string[] = ["项目类别 是 国家科技重大专项 或 验收结果 是 通过 成立", "项目类别 是 国家科技重大专项 或 验收结果 是 通过 不成立"];
const B4: readonly string[] = ["项目投资额 ≥ 200万元 成立", "项目投资额 ≥ 200万元 不成立"];
const W0: SourcePosition = { fn: "PINGHU.SOFTWARE_ENTERPRISE", file: "policies/pinghu-000-xinzhi.zc", line: 218 };
const W1: SourcePosition = { fn: "PINGHU.SOFTWARE_CERT", file: "policies/pinghu-000-xinzhi.zc", line: 245 };
const W2: SourcePosition = { fn: "PINGHU.IC_IP_EDA", file: "policies/pinghu-000-xinzhi.zc", line: 337 };
const W3: SourcePosition = { fn: "PINGHU.DIGITAL_MERCHANT", file: "policies/pinghu-000-xinzhi.zc", line: 356 };
const W4: SourcePosition = { fn: "PINGHU.DIGITAL_RETROFIT", file: "policies/pinghu-000-xinzhi.zc", line: 394 };
const W5: SourcePosition = { fn: "PINGHU.FUTURE_FACTORY", file: "policies/pinghu-000-xinzhi.zc", line: 431 };
const W6: SourcePosition = { fn: "PINGHU.LIGHT_RETROFIT", file: "policies/pinghu-000-xinzhi.zc", line: 460 };
const W7: SourcePosition = { fn: "PINGHU.DIGITAL_DEMO", file: "policies/pinghu-000-xinzhi.zc", line: 516 };
const W8: SourcePosition = { fn: "PINGHU.INDUSTRIAL_INTERNET", file: "policies/pinghu-000-xinzhi.zc", line: 546 };
const W9: SourcePosition = { fn: "PINGHU.INDUSTRIAL_INTERNET", file: "policies/pinghu-000-xinzhi.zc", line: 549 };
const W10: SourcePosition = { fn: "PINGHU.GREEN_FACTORY", file: "policies/pinghu-000-xinzhi.zc", line: 679 };
const W11: SourcePosition = { fn: "PINGHU.AEROSPACE_CERT", file: "policies/pinghu-000-xinzhi.zc", line: 784 };
const W12: SourcePosition = { fn: "PINGHU.AEROSPACE_PARK", file: "policies/pinghu-000-xinzhi.zc", line: 803 };
const W13: SourcePosition = { fn: "PINGHU.HYDROGEN", file: "policies/pinghu-000-xinzhi.zc", line: 824 };
const W14: SourcePosition = { fn: "PINGHU.INDUSTRIAL_DESIGN_CENTER", file: "policies/pinghu-000-xinzhi.zc", line: 861 };
const W15: SourcePosition = { fn: "PINGHU.SERVICE_MFG_DEMO", file: "policies/pinghu-000-xinzhi.zc", line: 878 };
const W16: SourcePosition = { fn: "PINGHU.CMA_CNAS", file: "policies/pinghu-000-xinzhi.zc", line: 919 };
const W17: SourcePosition = { fn: "PINGHU.FASHION_WEEK", file: "policies/pinghu-000-xinzhi.zc", line: 967 };
const W18: SourcePosition = { fn: "PINGHU.SPECIALIZED", file: "policies/pinghu-000-xinzhi.zc", line: 1059 };
const W19: SourcePosition = { fn: "PINGHU.INNOVATION_CENTER", file: "policies/pinghu-000-xinzhi.zc", line: 1086 };
const W20: SourcePosition = { fn: "PINGHU.TECH_CENTER", file: "policies/pinghu-000-xinzhi.zc", line: 1101 };
const W21: SourcePosition = { fn: "PINGHU.FIRST_SET", file: "policies/pinghu-000-xinzhi.zc", line: 1119 };
const W22: SourcePosition = { fn: "PINGHU.QUALITY_BRAND", file: "policies/pinghu-000-xinzhi.zc", line: 1167 };
const W23: SourcePosition = { fn: "PINGHU.BRAND_OEM", file: "policies/pinghu-000-xinzhi.zc", line: 1216 };
const W24: SourcePosition = { fn: "PINGHU.EXHIBITION", file: "policies/pinghu-000-xinzhi.zc", line: 1394 };
const W25: SourcePosition = { fn: "PINGHU.CLEAN_ENTERPRISE", file: "policies/pinghu-000-xinzhi.zc", line: 1420 };
const W26: SourcePosition = { fn: "PINGHU.ASSOCIATION_CLUSTER", file: "policies/pinghu-000-xinzhi.zc", line: 1441 };
const W27: SourcePosition = { fn: "PINGHU.ASSOCIATION_CLUSTER", file: "policies/pinghu-000-xinzhi.zc", line: 1445 };
const W28: SourcePosition = { fn: "PINGHU.SCI_TECH_PROJECT", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 35 };
const W29: SourcePosition = { fn: "PINGHU.RD_GROWTH", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 78 };
const W30: SourcePosition = { fn: "PINGHU.RD_GROWTH", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 81 };
const W31: SourcePosition = { fn: "PINGHU.RD_PLATFORM", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 129 };
const W32: SourcePosition = { fn: "PINGHU.SCI_TECH_AWARD", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 221 };
const W33: SourcePosition = { fn: "PINGHU.SCI_TECH_AWARD", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 230 };
const W34: SourcePosition = { fn: "PINGHU.DIGITAL_RETROFIT_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 271 };
const W35: SourcePosition = { fn: "PINGHU.DIGITAL_RETROFIT_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 278 };
const W36: SourcePosition = { fn: "PINGHU.FUTURE_FACTORY_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 306 };
const W37: SourcePosition = { fn: "PINGHU.GREEN_FACTORY_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 363 };
const W38: SourcePosition = { fn: "PINGHU.INNOVATION_CENTER_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 389 };
const W39: SourcePosition = { fn: "PINGHU.TECH_CENTER_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 407 };
const W40: SourcePosition = { fn: "PINGHU.FIRST_SET_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 427 };
const W41: SourcePosition = { fn: "PINGHU.SPECIALIZED_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 499 };
const W42: SourcePosition = { fn: "PINGHU.MICRO_PARK", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 523 };
const W43: SourcePosition = { fn: "PINGHU.STAR_ENTERPRISE_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 552 };
const W44: SourcePosition = { fn: "PINGHU.FIRST_EDITION_SOFTWARE_2024", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 605 };
const W45: SourcePosition = { fn: "PINGHU.TRADE_INTEGRATION", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 641 };
const W46: SourcePosition = { fn: "PINGHU.GRAIN_ORDER", file: "policies/pinghu-003-pingzhengfa-2024-10.zc", line: 714 };

const m0: FunctionMeta = {
  "id": "PINGHU.AI_COMPUTE",
  "namespace": "PINGHU",
  "name": "AI_COMPUTE",
  "zhName": "算力租金奖励",
  "title": "支持人工智能产业发展（算力服务器租金奖励）",
  "article": "第1条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业租用高性能算力服务器的，当年营收未达到 2000 万元的，给予其算力服务器实际租金最高 5%的奖励，单个企业最高奖励 100 万元且奖励金额不超过企业当年营收的 20%；当年营收达到 2000 万元（含）以上的，给予其算力服务器实际租金最高 15%、最高 400 万元的奖励；当年营收达到 1 亿元（含）以上的，给予其算力服务器实际租金最高 20%、最高 600 万元的奖励。以上奖励最多三年。",
  "note": "按当年营收所在档，对全部算力租金适用同一比率（整额，不分段）；“不超过企业当年营收的20%”按原文只适用于营收未达2000万元一档。",
  "params": [
    {
      "name": "算力租金",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年租用高性能算力服务器的实际租金，万元"
    },
    {
      "name": "营收",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "企业当年营业收入，万元"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本企业第几年享受本奖励（1起），最多三年"
    }
  ],
  "result": "money"
};
const m1: FunctionMeta = {
  "id": "PINGHU.IC_FULL_MASK_TAPEOUT",
  "namespace": "PINGHU",
  "name": "IC_FULL_MASK_TAPEOUT",
  "zhName": "全掩膜流片奖励",
  "title": "集成电路工程产品首轮流片奖励（全掩膜）",
  "article": "第2条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经认定的集成电路企业开展符合一定条件的工程产品（指经过全掩膜板流片）首轮流片，给予该产品掩膜版制作费用最高 40%或首轮流片费用最高 20%、最高 200 万元的奖励；对开展多项目晶圆流片的集 成电路企业，给予产品流片费用最高 20%、最高 100 万元的奖励；以上奖励单个企业当年度最高可获得 500 万元。",
  "note": "“掩膜版制作费用最高40%或首轮流片费用最高20%”取两种算法中较高者（未发生的费用填0），再封顶200万元；当年已获流片奖励指本企业当年已获第2条流片奖励（全掩膜与多项目晶圆合计），两者共用当年度500万元上限。",
  "params": [
    {
      "name": "掩膜版费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "该产品掩膜版制作费用，万元；未发生填0"
    },
    {
      "name": "首轮流片费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "该产品首轮流片费用，万元；未发生填0"
    },
    {
      "name": "当年已获流片奖励",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本企业当年已获第2条流片奖励（全掩膜及多项目晶圆），万元"
    }
  ],
  "result": "money"
};
const m2: FunctionMeta = {
  "id": "PINGHU.IC_MPW_TAPEOUT",
  "namespace": "PINGHU",
  "name": "IC_MPW_TAPEOUT",
  "zhName": "多项目晶圆流片奖励",
  "title": "集成电路多项目晶圆流片奖励",
  "article": "第2条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对开展多项目晶圆流片的集 成电路企业，给予产品流片费用最高 20%、最高 100 万元的奖励；以上奖励单个企业当年度最高可获得 500 万元。",
  "note": "",
  "params": [
    {
      "name": "流片费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "多项目晶圆产品流片费用，万元"
    },
    {
      "name": "当年已获流片奖励",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本企业当年已获第2条流片奖励（全掩膜及多项目晶圆），万元"
    }
  ],
  "result": "money"
};
const m3: FunctionMeta = {
  "id": "PINGHU.IC_AUTO_CERT",
  "namespace": "PINGHU",
  "name": "IC_AUTO_CERT",
  "zhName": "车规芯片认证奖励",
  "title": "车规级集成电路产品AEC认证奖励",
  "article": "第2条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业开发的车规级应用集成电路产品完成 AEC-Q100 标准、AEC-Q200 标准认证的，每款产品分别给予最高 10 万元、15万元的奖励，单个企业当年度最高奖励 50 万元。",
  "note": "",
  "params": [
    {
      "name": "AEC-Q100产品数",
      "kind": "quantity",
      "unit": "款",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年完成AEC-Q100标准认证的车规级集成电路产品数，款"
    },
    {
      "name": "AEC-Q200产品数",
      "kind": "quantity",
      "unit": "款",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年完成AEC-Q200标准认证的车规级集成电路产品数，款"
    }
  ],
  "result": "money"
};
const m4: FunctionMeta = {
  "id": "PINGHU.IC_CRYPTO_CERT",
  "namespace": "PINGHU",
  "name": "IC_CRYPTO_CERT",
  "zhName": "商用密码芯片认证奖励",
  "title": "商用密码集成电路产品认证奖励",
  "article": "第2条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业开发的商用密码集成电路产品，完成商用密码产品一级、二级标准认证的，每款产品分别给予最高 10 万元、15 万元的奖励，单个企业当年度最高奖励 50 万元。",
  "note": "",
  "params": [
    {
      "name": "一级认证产品数",
      "kind": "quantity",
      "unit": "款",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年完成商用密码产品一级标准认证的产品数，款"
    },
    {
      "name": "二级认证产品数",
      "kind": "quantity",
      "unit": "款",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年完成商用密码产品二级标准认证的产品数，款"
    }
  ],
  "result": "money"
};
const m5: FunctionMeta = {
  "id": "PINGHU.SOFTWARE_PRODUCT",
  "namespace": "PINGHU",
  "name": "SOFTWARE_PRODUCT",
  "zhName": "软件产品奖励",
  "title": "支持软件产业发展（软件产品奖励）",
  "article": "第3条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "经省软件行业协会新认定的企业软件产品，每款软件产品给予最高 5000 元的奖励。企业开发的软件产品获得计算机软件著作权登记证书的（须为原始取得，第一著作权人须为依法登记注册在本市的企事业单位、社会组织），并且该款软件或软件所配套项目当年销售收入（工业软件则为配套的制造产品销售收入）达到 10 万元（含）以上的，每款软件给予最高 3000 元的奖励，同一软件的升级版本不得重复享受。同一款软件不得重复享受以上两个奖励，单个企业当年度奖励不超过 5 项。",
  "note": "著作权软件产品数只计原始取得著作权登记、当年（配套）销售收入达到10万元（含）以上且未计入新认定的软件产品；每年最多5项，先计每款5000元的新认定产品，再计每款3000元的著作权产品。",
  "params": [
    {
      "name": "新认定软件产品数",
      "kind": "quantity",
      "unit": "款",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "经省软件行业协会新认定的软件产品数，款"
    },
    {
      "name": "著作权软件产品数",
      "kind": "quantity",
      "unit": "款",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "取得原始著作权登记、当年销售收入达10万元（含）以上、未计入新认定的软件产品数，款"
    }
  ],
  "result": "money"
};
const m6: FunctionMeta = {
  "id": "PINGHU.SOFTWARE_REVENUE_MILESTONE",
  "namespace": "PINGHU",
  "name": "SOFTWARE_REVENUE_MILESTONE",
  "zhName": "软件营收突破奖励",
  "title": "软件信息服务业企业营收首次突破奖励",
  "article": "第4条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "软件信息服务业企业年营收首次突破 5000 万元、1 亿元的企业，分别给予最高 20 万元、50 万元的一次性奖励。",
  "note": "“首次突破X”按当年营收达到X（含）计，函数假定为首次；同一年越过两个门槛只给50万元；以后年度由20万元升档至50万元的，按附则6在函数外给予差额。",
  "params": [
    {
      "name": "营收",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "软件信息服务业企业当年营业收入，万元"
    }
  ],
  "result": "money"
};
const m7: FunctionMeta = {
  "id": "PINGHU.SOFTWARE_ENTERPRISE",
  "namespace": "PINGHU",
  "name": "SOFTWARE_ENTERPRISE",
  "zhName": "软件企业认定奖励",
  "title": "鼓励软件企业提档增效（企业认定奖励）",
  "article": "第5条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对新认定的软件企业，给予最高 5 万元的一次性奖励。对首次列入国家鼓励的重点软件企业、国家鼓励的重点集成电路设计企业、中国软件业务收入前百强企业的，分别给予最高 100 万元的一次性奖励。对 软件企业首次通过 CMMI、T/SIA009-2020 三级以上资质认证的，每提高一级资质认证给予最高 5 万元奖励；对软件企业首次通过 T/SIA010.11-2021.1、ITSS、CS、CCRC 三级以上资质认证的，每提高一级资质认证分别给予最高 5万元奖励；对软件企业首次通过 ISO27001/BS7799 资质认证的，给予最高 5 万元奖励。对当年新注册、剥离业务后新设立或转型后年度首次升规的软件信息服务业企业，给予最高 10 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "类别",
      "kind": "enum",
      "values": [
        "新认定软件企业",
        "国家鼓励的重点软件企业",
        "国家鼓励的重点集成电路设计企业",
        "中国软件业务收入前百强企业",
        "首次升规软件信息服务业企业"
      ],
      "optional": false,
      "integer": false,
      "description": "企业获得的认定或列入的名单"
    }
  ],
  "result": "money"
};
const m8: FunctionMeta = {
  "id": "PINGHU.SOFTWARE_CERT",
  "namespace": "PINGHU",
  "name": "SOFTWARE_CERT",
  "zhName": "软件资质认证奖励",
  "title": "软件企业资质认证奖励",
  "article": "第5条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对 软件企业首次通过 CMMI、T/SIA009-2020 三级以上资质认证的，每提高一级资质认证给予最高 5 万元奖励；对软件企业首次通过 T/SIA010.11-2021.1、ITSS、CS、CCRC 三级以上资质认证的，每提高一级资质认证分别给予最高 5万元奖励；对软件企业首次通过 ISO27001/BS7799 资质认证的，给予最高 5 万元奖励。",
  "note": "提高级数为本次首次通过认证新达到的三级及以上等级数，第一个等级计1（如首次直接通过CMMI5计3，CMMI3升CMMI4计1），各认证体系的等级方向（如ITSS、CCRC以一级为最高）由填报人自行换算；ISO27001/BS7799固定5万元，不看级数。",
  "params": [
    {
      "name": "认证类型",
      "kind": "enum",
      "values": [
        "CMMI",
        "T/SIA009-2020",
        "T/SIA010.11-2021.1",
        "ITSS",
        "CS",
        "CCRC",
        "ISO27001/BS7799"
      ],
      "optional": false,
      "integer": false,
      "description": "首次通过的资质认证"
    },
    {
      "name": "提高级数",
      "kind": "quantity",
      "unit": "级",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本次新达到的三级及以上等级数，级"
    }
  ],
  "result": "money"
};
const m9: FunctionMeta = {
  "id": "PINGHU.SOFTWARE_PARK",
  "namespace": "PINGHU",
  "name": "SOFTWARE_PARK",
  "zhName": "软件园区运营奖励",
  "title": "支持软件产业集聚发展（软件产业园区运营奖励）",
  "article": "第6条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对面积 2000 平方米以上，入驻软件企业不少于 3 家，软件及信息技术服务业务营收总额达到 3000 万元（含）以上、5000 万元（含）以上、1 亿元（含）以上的园区，给予园区运营主体分别按照当年营收总额的 0.8%、0.9%、1.0%奖励，每年最高 300 万元，最多奖励三年。",
  "note": "“2000平方米以上”含2000平方米；按营收总额所在档对全部营收总额适用同一比率（整额，不分段），每年封顶300万元。",
  "params": [
    {
      "name": "园区面积",
      "kind": "quantity",
      "unit": "平方米",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "软件产业园区面积，平方米"
    },
    {
      "name": "入驻软件企业数",
      "kind": "quantity",
      "unit": "家",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "入驻园区的软件企业数，家"
    },
    {
      "name": "营收总额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "园区当年软件及信息技术服务业务营收总额，万元"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "园区运营主体第几年享受本奖励（1起），最多三年"
    }
  ],
  "result": "money"
};
const m10: FunctionMeta = {
  "id": "PINGHU.SOFTWARE_PARK_RENT",
  "namespace": "PINGHU",
  "name": "SOFTWARE_PARK_RENT",
  "zhName": "园区软件企业租金奖励",
  "title": "软件产业园区新引进软件企业租金奖励",
  "article": "第6条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对园区新引进的软件企业，三年内每年给予其租金按实不超过 15 万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "租金",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "新引进软件企业当年实际支付租金，万元"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "引进后第几年（1起），三年内有效"
    }
  ],
  "result": "money"
};
const m11: FunctionMeta = {
  "id": "PINGHU.IC_LAYOUT",
  "namespace": "PINGHU",
  "name": "IC_LAYOUT",
  "zhName": "布图设计权奖励",
  "title": "集成电路布图设计权奖励",
  "article": "第7条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业自主开发获得集成电路布图设计权的，每项产品给予最高 3000 元奖励，单个企业当年度奖励不超过 5 项。",
  "note": "",
  "params": [
    {
      "name": "布图设计数",
      "kind": "quantity",
      "unit": "项",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年自主开发获得的集成电路布图设计权数，项"
    }
  ],
  "result": "money"
};
const m12: FunctionMeta = {
  "id": "PINGHU.IC_IP_EDA",
  "namespace": "PINGHU",
  "name": "IC_IP_EDA",
  "zhName": "芯片IP及EDA奖励",
  "title": "集成电路企业购买IP、EDA奖励",
  "article": "第7条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对购买 IP(知识产权)、EDA(电子设计自动化)用于集成电路设计的集成电路企业，规上企业给予实际支出费用最高 20%的奖励，规下企业给予实际支出费用最高 10%的奖励,单个企业当年度最高奖励 50 万元。",
  "note": "",
  "params": [
    {
      "name": "IP及EDA费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年购买IP、EDA用于集成电路设计的实际支出，万元"
    },
    {
      "name": "企业规模",
      "kind": "enum",
      "values": [
        "规上",
        "规下"
      ],
      "optional": false,
      "integer": false,
      "description": "规模以上企业填规上，否则填规下"
    }
  ],
  "result": "money"
};
const m13: FunctionMeta = {
  "id": "PINGHU.DIGITAL_MERCHANT",
  "namespace": "PINGHU",
  "name": "DIGITAL_MERCHANT",
  "zhName": "浙江数商奖励",
  "title": "支持数商企业发展",
  "article": "第8条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经认定的“领军型浙江数商”企业、“成长型浙江数商”企业分别给予最高 30 万元、10万元奖励。",
  "note": "",
  "params": [
    {
      "name": "类型",
      "kind": "enum",
      "values": [
        "领军型浙江数商",
        "成长型浙江数商"
      ],
      "optional": false,
      "integer": false,
      "description": "认定的浙江数商类型"
    }
  ],
  "result": "money"
};
const m14: FunctionMeta = {
  "id": "PINGHU.DIGITAL_RETROFIT",
  "namespace": "PINGHU",
  "name": "DIGITAL_RETROFIT",
  "zhName": "数字化改造奖励",
  "title": "支持企业数字化改造",
  "article": "第9条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "具备行业示范效应的集成性项目，项目投资在 100 万元（含）到 500 万元（不含）的集成性项目，给予软件及信息服务费最高 15%、智能硬件最高 6%的奖励；项目投资不低于 500 万元的，给予软件及信息服务费最高 20%、智能硬件最高 8%的奖励,单个企业当年度最高奖励 150 万元。上述经认定为样本改造项目的，其软件及信息服务费奖励比例最高可提至50%，智能硬件奖励比例最高可提至 15%，单个企业当年度最高奖励 300 万元。纯软件项目参照集成性项目奖励，单个企业当年度最高奖励 50 万元。本条款项目需列入年度计划，单个企业原则上每年申报一个项目。已列入历年计划的在建项目，经审计投资额在 20 万元到 100 万元（不含）的，给予软件及信息服务费最高 15%、智能硬件最高 6%的奖励。",
  "note": "样本改造项目是项目投资100万元（含）以上的集成性项目，不论投资档次均按提高后的50%、15%计，封顶300万元；纯软件项目只奖励软件及信息服务费（按集成性项目的档次比率），封顶50万元；历年计划在建项目投资20万元到100万元按15%、6%，100万元（含）以上按集成性项目计；上限按单个企业每年申报的一个项目适用。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "项目投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目投资额（历年计划在建项目为经审计投资额），万元"
    },
    {
      "name": "软件及信息服务费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目的软件及信息服务费，万元"
    },
    {
      "name": "智能硬件费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目的智能硬件费用，万元；纯软件项目填0"
    },
    {
      "name": "项目类型",
      "kind": "enum",
      "values": [
        "集成性项目",
        "样本改造项目",
        "纯软件项目",
        "历年计划在建项目"
      ],
      "optional": true,
      "default": "集成性项目",
      "integer": false,
      "description": "项目类型"
    }
  ],
  "result": "money"
};
const m15: FunctionMeta = {
  "id": "PINGHU.FUTURE_FACTORY",
  "namespace": "PINGHU",
  "name": "FUTURE_FACTORY",
  "zhName": "未来工厂奖励",
  "title": "支持“未来工厂”创建",
  "article": "第10条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对获得省级“未来工厂”、“未来工厂”试点的企业，分别给予最高 100 万元、25 万元的一次性奖励。对获得省级智能工厂、数字化车间的企业，分别给予最高 25 万元、15 万元的一次性奖励。对获得国家智能制造示范企业、国家智能制造优秀场景企业，分别给予最高 50 万元、20 万元一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级未来工厂",
        "未来工厂试点",
        "省级智能工厂",
        "数字化车间",
        "国家智能制造示范企业",
        "国家智能制造优秀场景企业"
      ],
      "optional": false,
      "integer": false,
      "description": "获得的称号"
    }
  ],
  "result": "money"
};
const m16: FunctionMeta = {
  "id": "PINGHU.LIGHT_RETROFIT",
  "namespace": "PINGHU",
  "name": "LIGHT_RETROFIT",
  "zhName": "轻量化改造奖励",
  "title": "支持重点行业轻量化（N+X）数字化改造",
  "article": "第11条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "鼓励汽车零部件、服装、箱包行业开展“N+X”轻量级数字化改造，列入第一批、第二批、第三批试点的项目，改造投入在 20 万元（含）以下的，通过验收后，分别给予企业数字化改造投入最高 60%、最高 50%、最高 40%的一次性奖励。",
  "note": "“改造投入在20万元（含）以下的”是适用条件而非计算基数的上限：改造投入超过20万元的项目不适用本条。",
  "params": [
    {
      "name": "改造投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "企业数字化改造投入，万元"
    },
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
      "description": "项目列入的试点批次"
    }
  ],
  "result": "money"
};
const m17: FunctionMeta = {
  "id": "PINGHU.AI_ENABLEMENT",
  "namespace": "PINGHU",
  "name": "AI_ENABLEMENT",
  "zhName": "人工智能赋能奖励",
  "title": "支持人工智能技术赋能产业转型升级",
  "article": "第12条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "鼓励装备制造、时尚产业等行业领域制造业企业与国内人工智能企业开展合作，推动 AI 大模型等人工智能技术在工业领域应用，给予实际合作支出最高 20%、最高 50 万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "合作支出",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "与国内人工智能企业的实际合作支出，万元"
    }
  ],
  "result": "money"
};
const m18: FunctionMeta = {
  "id": "PINGHU.DEEP_CLOUD",
  "namespace": "PINGHU",
  "name": "DEEP_CLOUD",
  "zhName": "深度上云奖励",
  "title": "鼓励企业实施“深度上云”",
  "article": "第13条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对列入年度计划的“深度上云”项目，实际支付 1 万元及以上的最高奖励 5000 元，实际支付 2 万元及以上的最高奖励 1 万元。",
  "note": "",
  "params": [
    {
      "name": "实际支付",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "深度上云项目实际支付金额，万元"
    }
  ],
  "result": "money"
};
const m19: FunctionMeta = {
  "id": "PINGHU.DIGITAL_DEMO",
  "namespace": "PINGHU",
  "name": "DIGITAL_DEMO",
  "zhName": "数字化示范奖励",
  "title": "鼓励数字化改造示范创建（两化融合、数据管理贯标、云上企业）",
  "article": "第14条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "通过工信部“两化融合”管理体系贯标评定的，给予最高 10 万元的一次性奖励。对通过企业数据管理国家标准贯标二级、三级、四级、五级的，分别给予最高 10 万、15 万、20 万、25 万元的一次性奖励。对企业获得国家级、省级数字经济领域“云上企业”或相应级别示范试点称号的，分别给予最高 15 万元、10 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "两化融合管理体系贯标",
        "数据管理贯标二级",
        "数据管理贯标三级",
        "数据管理贯标四级",
        "数据管理贯标五级",
        "国家级云上企业",
        "省级云上企业"
      ],
      "optional": false,
      "integer": false,
      "description": "通过的贯标评定或获得的称号（云上企业含相应级别示范试点称号）"
    }
  ],
  "result": "money"
};
const m20: FunctionMeta = {
  "id": "PINGHU.INDUSTRIAL_INTERNET",
  "namespace": "PINGHU",
  "name": "INDUSTRIAL_INTERNET",
  "zhName": "工业互联网平台奖励",
  "title": "支持工业互联网平台建设",
  "article": "第15条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "列入省工业互联网平台创建及应用试点的省行业级平台（含区域级、产业链级等跨企业平台）、企业级平台，分别给予最高 20 万元、5 万元的奖励。经验收认定为省行业级平台（含区域级、产业链级等跨企业平台）、企业级平台的，再给予最高 20 万元、5 万元 的奖励。",
  "note": "列入创建及应用试点、经验收认定各给一次；两个阶段都在同一次申报中的，填“列入试点且验收认定”，给两次。",
  "params": [
    {
      "name": "平台类型",
      "kind": "enum",
      "values": [
        "行业级平台",
        "企业级平台"
      ],
      "optional": false,
      "integer": false,
      "description": "行业级平台含区域级、产业链级等跨企业平台"
    },
    {
      "name": "阶段",
      "kind": "enum",
      "values": [
        "列入创建试点",
        "验收认定",
        "列入试点且验收认定"
      ],
      "optional": true,
      "default": "列入创建试点",
      "integer": false,
      "description": "本次申报的阶段"
    }
  ],
  "result": "money"
};
const m21: FunctionMeta = {
  "id": "PINGHU.INDUSTRY_BRAIN",
  "namespace": "PINGHU",
  "name": "INDUSTRY_BRAIN",
  "zhName": "产业大脑建设奖励",
  "title": "支持产业大脑能力中心建设（产业大脑建设）",
  "article": "第16条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "鼓励企业建设产业大脑，经相关部门认定评估，根据评估等级给予建设投入最高40%、最高 500 万元的奖励。",
  "note": "原文按未定义的评估等级确定比率，函数按所列最高比率40%计算，封顶500万元。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "建设投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "产业大脑建设投入，万元"
    }
  ],
  "result": "money"
};
const m22: FunctionMeta = {
  "id": "PINGHU.BRAIN_COMPONENT",
  "namespace": "PINGHU",
  "name": "BRAIN_COMPONENT",
  "zhName": "大脑组件上线奖励",
  "title": "产业大脑能力组件上线奖励",
  "article": "第16条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "支持企业拆解数字化能力组件并上线至省产业大脑能力中心，对列入计划的，每上线 1 个组件给予对应企业给予最高 2 万元的奖励，单个企业当年度最高奖励 30 万元。",
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
      "description": "当年上线至省产业大脑能力中心的组件数，个"
    }
  ],
  "result": "money"
};
const m23: FunctionMeta = {
  "id": "PINGHU.ENERGY_SAVING",
  "namespace": "PINGHU",
  "name": "ENERGY_SAVING",
  "zhName": "节能改造奖励",
  "title": "鼓励节能节碳技术改造",
  "article": "第17条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对节能改造项目年节能量达到 200 吨标煤（等价值）以上或二氧化碳年减排量达到 400吨以上，且设备投资额不低于 300 万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高 10%、最高 300 万元的奖励；对节能改造项目年节能量 40 吨标煤（等价值）以上或二氧化碳年减排量 80 吨以上，设备投资额在50-300 万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高 8%的奖励。列入示范项目的奖励标准在上述基础上提高 2 个百分点。",
  "note": "“以上”含本数；“50-300万元”取 [50, 300)，300万元属第一档；设备投资额300万元（含）以上而节能量只达第二档的，两档均不符合，不予奖励。示范项目提高2个百分点只提高比率，不提高300万元上限。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "节能量",
      "kind": "quantity",
      "unit": "吨标煤",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "节能改造项目年节能量（等价值），吨标煤"
    },
    {
      "name": "二氧化碳减排量",
      "kind": "quantity",
      "unit": "吨",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "二氧化碳年减排量，吨"
    },
    {
      "name": "设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "设备实际投资额，万元"
    },
    {
      "name": "示范项目",
      "kind": "flag",
      "optional": true,
      "default": false,
      "integer": false,
      "description": "列入示范项目填TRUE"
    }
  ],
  "result": "money"
};
const m24: FunctionMeta = {
  "id": "PINGHU.WATER_SAVING",
  "namespace": "PINGHU",
  "name": "WATER_SAVING",
  "zhName": "节水改造奖励",
  "title": "鼓励工业节水改造",
  "article": "第18条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "节水改造项目年节水量达到 10万吨以上，且设备投资额不低于 300 万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高 10%、最高 300 万元的奖励；年节水量达到 2 万吨以上，设备投资额在 60-300 万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高８%的奖励。",
  "note": "“以上”含本数；“60-300万元”取 [60, 300)；设备投资额300万元（含）以上而年节水量不满10万吨的不予奖励。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "节水量",
      "kind": "quantity",
      "unit": "吨",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "节水改造项目年节水量，吨（10万吨填100000）"
    },
    {
      "name": "设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "设备实际投资额，万元"
    }
  ],
  "result": "money"
};
const m25: FunctionMeta = {
  "id": "PINGHU.WATER_SAVING_ENTERPRISE",
  "namespace": "PINGHU",
  "name": "WATER_SAVING_ENTERPRISE",
  "zhName": "节水型企业奖励",
  "title": "省级节水型企业奖励",
  "article": "第18条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经认定的省级节水型企业，给予最高 10 万元的一次性奖励。",
  "note": "",
  "params": [],
  "result": "money"
};
const m26: FunctionMeta = {
  "id": "PINGHU.GREEN_FACTORY",
  "namespace": "PINGHU",
  "name": "GREEN_FACTORY",
  "zhName": "绿色制造奖励",
  "title": "鼓励绿色低碳制造体系建设（绿色工厂、绿色园区、绿色产品）",
  "article": "第19条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对认定为国家级、省 级、嘉兴市级绿色工厂或绿色园区的企业，分别给予最高 50万元、25 万元、10 万元的一次性奖励。获得“绿色产品”认证的企业，给予最高 10 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "认定类别",
      "kind": "enum",
      "values": [
        "国家级绿色工厂",
        "国家级绿色园区",
        "省级绿色工厂",
        "省级绿色园区",
        "嘉兴市级绿色工厂",
        "嘉兴市级绿色园区",
        "绿色产品认证"
      ],
      "optional": false,
      "integer": false,
      "description": "认定的绿色工厂、绿色园区级别，或绿色产品认证"
    }
  ],
  "result": "money"
};
const m27: FunctionMeta = {
  "id": "PINGHU.EQUIPMENT",
  "namespace": "PINGHU",
  "name": "EQUIPMENT",
  "zhName": "设备投资奖励",
  "title": "鼓励企业开展制造业投资",
  "article": "第20条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业当年生产设备投资完成 1000 万元（含）到 3000 万元的，给予设备投资额最高3%的奖励；完成 3000 万元（含）至 5000 万元的，给予最高4%的奖励；完成 5000 万元（含）以上的，给予最高 5%的奖励。以上分段计算，单个企业当年度最高奖励 500 万元。上一年度 A类企业和数字经济项目奖励标准在上述基础上提高1 个百分点。",
  "note": "分段（超额累进）计算：1000万元是门槛，达到后3%覆盖0到3000万元，3000万元到5000万元部分按4%，5000万元以上部分按5%；上一年度A类企业或数字经济项目各档提高1个百分点（只提高一次，不叠加）；单个企业当年度封顶500万元。",
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
      "description": "企业当年生产设备投资完成额，万元"
    },
    {
      "name": "企业类别",
      "kind": "enum",
      "values": [
        "A类",
        "数字经济项目",
        "其他"
      ],
      "optional": true,
      "default": "其他",
      "integer": false,
      "description": "上一年度A类企业或数字经济项目填相应值，否则填其他"
    }
  ],
  "result": "money"
};
const m28: FunctionMeta = {
  "id": "PINGHU.FIRST_SET_PURCHASE",
  "namespace": "PINGHU",
  "name": "FIRST_SET_PURCHASE",
  "zhName": "首台套采购奖励",
  "title": "采购应用首台（套）成套装备奖励",
  "article": "第21条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "鼓励企业采购应用我市范围内经认定的省级以上首台（套）成套装备，按其首次购置费最高 5%、最高 50 万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "首次购置费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "采购省级以上首台（套）成套装备的首次购置费，万元"
    }
  ],
  "result": "money"
};
const m29: FunctionMeta = {
  "id": "PINGHU.MACHINE_TOOL_PLATFORM",
  "namespace": "PINGHU",
  "name": "MACHINE_TOOL_PLATFORM",
  "zhName": "机床服务平台奖励",
  "title": "机床研发机构、实验室或检测中心落户奖励",
  "article": "第21条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "支持机床产业生产性服务体系建设，对国内外知名机床研发机构、实验室或检测中心落户我市，提供平台化服务的，给予实际投入最高 30%、最高 100 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "实际投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "机床研发机构、实验室或检测中心落户的实际投入，万元"
    }
  ],
  "result": "money"
};
const m30: FunctionMeta = {
  "id": "PINGHU.AEROSPACE_PARTS",
  "namespace": "PINGHU",
  "name": "AEROSPACE_PARTS",
  "zhName": "航空零部件销售奖励",
  "title": "航空航天关键零部件销售奖励",
  "article": "第22条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对取得航空航天整机厂销售收入的关键零部件企业，给予当年度销售收入（不含税）最高 5%、最高 100 万元的一次性奖励。",
  "note": "基数是对航空航天整机厂的当年度销售收入（不含税），不是企业全部营收。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "销售收入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年度对航空航天整机厂的销售收入（不含税），万元"
    }
  ],
  "result": "money"
};
const m31: FunctionMeta = {
  "id": "PINGHU.AEROSPACE_CERT",
  "namespace": "PINGHU",
  "name": "AEROSPACE_CERT",
  "zhName": "航空整机证书奖励",
  "title": "航空器、航空发动机整机型号合格证和生产许可证奖励",
  "article": "第22条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对取得航空器整机型号合格证和生产许可证的企业，分别给予最高 600 万元和最高 400 万元的一次性奖励。对取得航空发动机整机型号合格证和生产许可证的企业，分别给予最高 500 万元和最高 300万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "证书",
      "kind": "enum",
      "values": [
        "航空器型号合格证",
        "航空器生产许可证",
        "航空发动机型号合格证",
        "航空发动机生产许可证"
      ],
      "optional": false,
      "integer": false,
      "description": "取得的整机型号合格证或生产许可证"
    }
  ],
  "result": "money"
};
const m32: FunctionMeta = {
  "id": "PINGHU.AEROSPACE_PARK",
  "namespace": "PINGHU",
  "name": "AEROSPACE_PARK",
  "zhName": "航空航天园区奖励",
  "title": "航空航天专业类产业园奖励",
  "article": "第22条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对新认定的国家级、省级航空航天专业类产业园分别给予企业最高 300 万元和最高 100 万元的一次性奖励。",
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
      "description": "新认定的航空航天专业类产业园级别"
    }
  ],
  "result": "money"
};
const m33: FunctionMeta = {
  "id": "PINGHU.HYDROGEN",
  "namespace": "PINGHU",
  "name": "HYDROGEN",
  "zhName": "氢能销售奖励",
  "title": "支持氢能产业发展",
  "article": "第23条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对我市氢燃料电池及其核心配套生产企业，按其氢能领域产品自主销售（不含我市政府及国有企业采购订单及其关联订单）形成的销售额，2024 年按其销售额给予最高 5%、2025 年按其销售额给予最高 3%的奖励，单个企业当年度最高奖励 500 万元。",
  "note": "销售额为氢能领域产品自主销售额，不含我市政府及国有企业采购订单及其关联订单；2026年在有效期内但原文未定比率，按0计；有效期以外的年度为输入错误。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "销售额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年度氢能领域产品自主销售额（不含我市政府及国企订单），万元"
    },
    {
      "name": "年度",
      "kind": "year",
      "optional": false,
      "integer": true,
      "min": {
        "value": "2024",
        "inclusive": true
      },
      "max": {
        "value": "2026",
        "inclusive": true
      },
      "description": "奖励所属年度，如2024"
    }
  ],
  "result": "money"
};
const m34: FunctionMeta = {
  "id": "PINGHU.DESIGN_COOPERATION",
  "namespace": "PINGHU",
  "name": "DESIGN_COOPERATION",
  "zhName": "设计合作奖励",
  "title": "鼓励设计赋能（本土设计机构设计合作奖励）",
  "article": "第24条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "鼓励企业与本土设计机构（关联公司除外）设计合作，开展设计外包、定制设计、协作开发、资讯服务、品牌提升、教育培训、数字化服务等业务的，给予当年实际交易额最高 10%、最高 10 万元奖励。",
  "note": "",
  "params": [
    {
      "name": "交易额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年与本土设计机构（关联公司除外）设计合作的实际交易额，万元"
    }
  ],
  "result": "money"
};
const m35: FunctionMeta = {
  "id": "PINGHU.INDUSTRIAL_DESIGN_CENTER",
  "namespace": "PINGHU",
  "name": "INDUSTRIAL_DESIGN_CENTER",
  "zhName": "工业设计中心奖励",
  "title": "工业设计企业（中心、研究院）认定奖励",
  "article": "第24条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经认定的国家级、省级、嘉兴市级工业设计企业（中心、研究院），分别给予最高 25 万元、10 万元、5 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "嘉兴市级"
      ],
      "optional": false,
      "integer": false,
      "description": "工业设计企业（中心、研究院）认定级别"
    }
  ],
  "result": "money"
};
const m36: FunctionMeta = {
  "id": "PINGHU.SERVICE_MFG_DEMO",
  "namespace": "PINGHU",
  "name": "SERVICE_MFG_DEMO",
  "zhName": "服务型制造示范奖励",
  "title": "服务型制造示范企业（平台、项目）奖励",
  "article": "第24条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经认定的国家级、省级、嘉兴市级服务型制造示范企业（平台、项目），分别给予最高 25 万元、10 万元、5万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "嘉兴市级"
      ],
      "optional": false,
      "integer": false,
      "description": "服务型制造示范企业（平台、项目）认定级别"
    }
  ],
  "result": "money"
};
const m37: FunctionMeta = {
  "id": "PINGHU.PRODUCER_SERVICE",
  "namespace": "PINGHU",
  "name": "PRODUCER_SERVICE",
  "zhName": "生产性服务营收奖励",
  "title": "生产性服务机构营收奖励",
  "article": "第25条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "为我市企业提供检验检测服务、工业设计（包括 ODM）、研发服务、管理咨询等生产性服务的独立核算机构/企业，年营业收入达到 300 万元、500 万元、1000 万元的，分别给予最高 5 万元、10 万元和30 万元的一次性奖励。",
  "note": "“达到X”含本数；按营业收入所在的一档给一次，不累加。",
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
      "description": "生产性服务机构/企业的年营业收入，万元"
    }
  ],
  "result": "money"
};
const m38: FunctionMeta = {
  "id": "PINGHU.CMA_CNAS",
  "namespace": "PINGHU",
  "name": "CMA_CNAS",
  "zhName": "检验检测认证奖励",
  "title": "制造业企业首次通过CMA、CNAS认证奖励",
  "article": "第25条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对首次通过 CMA、CNAS 认证的制造业企业，分别给予最高 5 万元和最高 10 万元奖励。",
  "note": "",
  "params": [
    {
      "name": "认证",
      "kind": "enum",
      "values": [
        "CMA",
        "CNAS"
      ],
      "optional": false,
      "integer": false,
      "description": "首次通过的认证"
    }
  ],
  "result": "money"
};
const m39: FunctionMeta = {
  "id": "PINGHU.FASHION_DESIGN_COOP",
  "namespace": "PINGHU",
  "name": "FASHION_DESIGN_COOP",
  "zhName": "时尚设计合作奖励",
  "title": "“时尚平湖”培育库企业设计合作奖励",
  "article": "第26条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "入选培育库的企业与本土设计机构（关联公司除外）设计合作，给予当年实际交易额最高 10%、最高 20 万元奖励。",
  "note": "",
  "params": [
    {
      "name": "交易额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "培育库企业当年与本土设计机构设计合作的实际交易额，万元"
    }
  ],
  "result": "money"
};
const m40: FunctionMeta = {
  "id": "PINGHU.FASHION_BRAND_EXPO",
  "namespace": "PINGHU",
  "name": "FASHION_BRAND_EXPO",
  "zhName": "区域品牌参展奖励",
  "title": "时尚产业区域品牌统一参展奖励",
  "article": "第26条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "时尚产业企业以区域品牌统一参展的企业，经认定，按实际展位费予以奖励，单个展会最高奖励 5 万元。",
  "note": "",
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
      "description": "以区域品牌统一参展的单个展会实际展位费，万元"
    }
  ],
  "result": "money"
};
const m41: FunctionMeta = {
  "id": "PINGHU.FASHION_WEEK",
  "namespace": "PINGHU",
  "name": "FASHION_WEEK",
  "zhName": "时装周奖励",
  "title": "支持参加国内外知名时装周",
  "article": "第27条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "当年参加国际四大时装周（纽约时装周、伦敦时装周、巴黎时装周、米兰时装周）并进行品牌发布的企业，给予最高 50万元奖励，最多奖励三年。当年参加国内四大时装周（中国国际时装周、上海时装周、深圳时装周、广东时装周）并进行品牌发布的企业，给予最高 20 万元的奖励，最多奖励三年。",
  "note": "",
  "params": [
    {
      "name": "时装周",
      "kind": "enum",
      "values": [
        "国际四大时装周",
        "国内四大时装周"
      ],
      "optional": false,
      "integer": false,
      "description": "当年参加并进行品牌发布的时装周"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本企业第几年享受本奖励（1起），最多三年"
    }
  ],
  "result": "money"
};
const m42: FunctionMeta = {
  "id": "PINGHU.SMART_PRODUCT",
  "namespace": "PINGHU",
  "name": "SMART_PRODUCT",
  "zhName": "智能化产品奖励",
  "title": "鼓励智能化产品研发",
  "article": "第28条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业应用新一代信息技术研发生产智能化产品的，经认定后，给予该产品当年销售额最高 2%、最高 20 万元的一次性奖励，单个企业当年度最高奖励 50 万元。",
  "note": "每个产品单独计算（封顶20万元）；当年已获奖励为本企业当年已获本条奖励，合计不超过50万元。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "产品销售额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "该智能化产品当年销售额，万元"
    },
    {
      "name": "当年已获奖励",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本企业当年已获本条奖励，万元"
    }
  ],
  "result": "money"
};
const m43: FunctionMeta = {
  "id": "PINGHU.DESIGNER",
  "namespace": "PINGHU",
  "name": "DESIGNER",
  "zhName": "设计师引进奖励",
  "title": "支持引进设计师资源",
  "article": "第29条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "每成功新培育或新引进 1 名设计及相关专业毕业或具备相关资格证书的设计师，年度设计款式销售额达200 万元（含）以上，给予企业最高 5 万元/人的一次性奖励，单个企业当年度最高奖励 20 万元。",
  "note": "设计师人数只计新培育或新引进、具备专业或资格条件且年度设计款式销售额达到200万元（含）以上的设计师。",
  "params": [
    {
      "name": "设计师人数",
      "kind": "quantity",
      "unit": "人",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "符合条件的新培育或新引进设计师人数，人"
    }
  ],
  "result": "money"
};
const m44: FunctionMeta = {
  "id": "PINGHU.DIRECT_STORE",
  "namespace": "PINGHU",
  "name": "DIRECT_STORE",
  "zhName": "直营门店奖励",
  "title": "支持开设直营门店",
  "article": "第30条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业在国内外知名商业街区、机场、高铁站等新开设由平湖总部统一核算并 纳税的线下直营店，给予直接投入（商铺租赁费用和装修费用）最高 30%、最高 100 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "直接投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "新开设直营店的商铺租赁费用和装修费用，万元"
    }
  ],
  "result": "money"
};
const m45: FunctionMeta = {
  "id": "PINGHU.BRAND_HALL",
  "namespace": "PINGHU",
  "name": "BRAND_HALL",
  "zhName": "品牌馆运营奖励",
  "title": "金平湖品牌馆运营方奖励",
  "article": "第30条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业入驻我市开设的金平湖品牌馆，对品牌馆运营方给予直接投入（商铺租赁费用和装修费用）最高 20%、最高 50 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "直接投入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "金平湖品牌馆的商铺租赁费用和装修费用，万元"
    }
  ],
  "result": "money"
};
const m46: FunctionMeta = {
  "id": "PINGHU.SPECIALIZED",
  "namespace": "PINGHU",
  "name": "SPECIALIZED",
  "zhName": "专精特新奖励",
  "title": "鼓励企业“专精特新”发展",
  "article": "第31条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "入选国家“单项冠军”企业（产品）给予最高 100 万元奖励。获评国家级专精特新“小巨人”企业给予最高 50 万元奖励，获评省级专精特新中小企业给予最高 10 万元奖励。获评省“雄鹰企业”给予最高 50 万奖励。获评省级“隐形冠军”企业给予最高 50 万元奖励。获评功勋企业给予最高 20 万元奖励，获评明星企业给予最高 10 万元奖励。对年内月度升规的企业给予最高 5万元奖励。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家单项冠军",
        "国家级专精特新小巨人",
        "省级专精特新中小企业",
        "省雄鹰企业",
        "省级隐形冠军",
        "功勋企业",
        "明星企业",
        "月度升规企业"
      ],
      "optional": false,
      "integer": false,
      "description": "获评的称号（国家单项冠军含企业或产品）"
    }
  ],
  "result": "money"
};
const m47: FunctionMeta = {
  "id": "PINGHU.INNOVATION_CENTER",
  "namespace": "PINGHU",
  "name": "INNOVATION_CENTER",
  "zhName": "制造业创新中心奖励",
  "title": "制造业创新中心奖励",
  "article": "第32条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经认定的国家级、省级制造业创新中心分别给予最高 75 万元、50 万元的一次性奖励。",
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
      "description": "制造业创新中心认定级别"
    }
  ],
  "result": "money"
};
const m48: FunctionMeta = {
  "id": "PINGHU.TECH_CENTER",
  "namespace": "PINGHU",
  "name": "TECH_CENTER",
  "zhName": "技术中心奖励",
  "title": "企业技术中心奖励",
  "article": "第32条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对新认定的国家级、省级、嘉兴市级技术中心，分别给予最高 50 万元、25 万元、10 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "嘉兴市级"
      ],
      "optional": false,
      "integer": false,
      "description": "新认定的技术中心级别"
    }
  ],
  "result": "money"
};
const m49: FunctionMeta = {
  "id": "PINGHU.FIRST_SET",
  "namespace": "PINGHU",
  "name": "FIRST_SET",
  "zhName": "首台套认定奖励",
  "title": "首台（套）、首版次、首批次认定奖励",
  "article": "第33条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "产品被认定为国际、国内、省内、嘉兴市内装备制造业首台（套）、软件首版次、材料首批次的企业，分别给予最高 100万元、50 万元、25 万元、10 万元的一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国际",
        "国内",
        "省内",
        "嘉兴市内"
      ],
      "optional": false,
      "integer": false,
      "description": "首台（套）、首版次、首批次的认定范围"
    }
  ],
  "result": "money"
};
const m50: FunctionMeta = {
  "id": "PINGHU.FIRST_SET_INSURANCE",
  "namespace": "PINGHU",
  "name": "FIRST_SET_INSURANCE",
  "zhName": "首台套保险补偿",
  "title": "首台（套）产品保险补偿",
  "article": "第33条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "建立首台（套）产品保险补偿机制，对投保首台（套）产品保险的企业，按实际投保年度保费给予最高 70%的支持（费率以 2%为上限），支持时间按保险期限据实核算，单个企业当年度最 高奖励 20 万元，最多奖励三年。",
  "note": "“费率以2%为上限”指可支持的保费不超过投保金额的2%；再按70%支持，单个企业当年度封顶20万元。",
  "params": [
    {
      "name": "年度保费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "首台（套）产品保险实际投保年度保费，万元"
    },
    {
      "name": "投保金额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "首台（套）产品保险的投保金额（保险金额），万元"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本企业第几年享受本奖励（1起），最多三年"
    }
  ],
  "result": "money"
};
const m51: FunctionMeta = {
  "id": "PINGHU.QUALITY_BRAND",
  "namespace": "PINGHU",
  "name": "QUALITY_BRAND",
  "zhName": "品牌质量奖励",
  "title": "鼓励品牌质量双提升",
  "article": "第34条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "获得省信用管理示范企业的，给予最高 5 万元奖励。获得浙江省政府质量奖的企业，给予最高 50 万元奖励；获得嘉兴市、平湖市政府质量奖的，分别给予最高 25 万元、15 万元的奖励。获得“品字标浙江制造”认证的企业，给予最高 15 万元奖励；获得“品字标浙江制造”认证并同时通过国际互认（国际合作证书）的，给予最高 2 万元奖励。",
  "note": "品字标国际互认指“品字标浙江制造”认证同时通过国际互认（国际合作证书），另给2万元，可与品字标认证的15万元同时享受。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省信用管理示范企业",
        "浙江省政府质量奖",
        "嘉兴市政府质量奖",
        "平湖市政府质量奖",
        "品字标浙江制造认证",
        "品字标国际互认"
      ],
      "optional": false,
      "integer": false,
      "description": "获得的称号或认证"
    }
  ],
  "result": "money"
};
const m52: FunctionMeta = {
  "id": "PINGHU.BRAND_PROMOTION",
  "namespace": "PINGHU",
  "name": "BRAND_PROMOTION",
  "zhName": "品牌推广奖励",
  "title": "加强自主品牌推广（宣传推广费用奖励）",
  "article": "第35条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对注册地及结算地在我市的原创品牌企业，年销售额增长 20%以上的，给予实际投入宣传推广费用最高 10%、最高 50 万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "宣传推广费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "实际投入的宣传推广费用，万元"
    },
    {
      "name": "销售额增长率",
      "kind": "ratio",
      "optional": false,
      "integer": false,
      "description": "原创品牌企业年销售额增长率，如25%；可为负"
    }
  ],
  "result": "money"
};
const m53: FunctionMeta = {
  "id": "PINGHU.BRAND_OEM",
  "namespace": "PINGHU",
  "name": "BRAND_OEM",
  "zhName": "贴牌代工带动奖励",
  "title": "原创品牌带动本地贴牌代工奖励",
  "article": "第35条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对符合上述条件，同时带动 5 家以上本地企业为其贴牌代工的，按每带动 1 家代工费达到 100 万元的企业奖励最高 5 万元的标准，给予原创品牌企业最高 50 万元的奖励，最多奖励三年。",
  "note": "代工企业数为为其贴牌代工的全部本地企业数（须5家以上）；达标代工企业数为其中代工费达到100万元的企业数，每家5万元。“符合上述条件”指年销售额增长20%以上。",
  "params": [
    {
      "name": "代工企业数",
      "kind": "quantity",
      "unit": "家",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "为其贴牌代工的本地企业数，家"
    },
    {
      "name": "达标代工企业数",
      "kind": "quantity",
      "unit": "家",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "其中代工费达到100万元的企业数，家"
    },
    {
      "name": "销售额增长率",
      "kind": "ratio",
      "optional": false,
      "integer": false,
      "description": "原创品牌企业年销售额增长率，如25%；可为负"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本企业第几年享受本奖励（1起），最多三年"
    }
  ],
  "result": "money"
};
const m54: FunctionMeta = {
  "id": "PINGHU.DESIGN_STARTUP",
  "namespace": "PINGHU",
  "name": "DESIGN_STARTUP",
  "zhName": "设计企业开办奖励",
  "title": "新注册设计型企业租金及装修奖励",
  "article": "第36条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "在平湖新注册成立的设计型企业，年营收达到 50 万元（含）以上的，给予租金及装修实际投入费用最高 50%、最高 3 万元一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "租金及装修费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "租金及装修实际投入费用，万元"
    },
    {
      "name": "营收",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "新注册设计型企业年营收，万元"
    }
  ],
  "result": "money"
};
const m55: FunctionMeta = {
  "id": "PINGHU.AWARDED_DESIGNER_FIRM",
  "namespace": "PINGHU",
  "name": "AWARDED_DESIGNER_FIRM",
  "zhName": "获奖设计师企业奖励",
  "title": "获奖设计师设立设计型企业奖励",
  "article": "第36条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对亚洲十佳焦点设计师（Ten Asian Designer to Watch）、金顶奖、国家和省十佳设计师、国际国内设计大赛金银铜奖获得者设立设计型企业且年营收达 50 万元（含）以上的，给予年营收金额最高 8%、最高 10 万元奖励。",
  "note": "",
  "params": [
    {
      "name": "营收",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "获奖设计师设立的设计型企业年营收，万元"
    }
  ],
  "result": "money"
};
const m56: FunctionMeta = {
  "id": "PINGHU.ZJ_FINE_PRODUCT",
  "namespace": "PINGHU",
  "name": "ZJ_FINE_PRODUCT",
  "zhName": "浙江制造精品奖励",
  "title": "“浙江制造精品”、省优秀工业新产品奖励",
  "article": "第37条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对获得“浙江制造精品”或省优秀工业新产品称号的企业，给予最高 5 万元奖励，“浙江制造精品”、省优秀工业新产品单个企业当年度奖励不超 过 3 个产品。",
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
      "description": "当年获得浙江制造精品或省优秀工业新产品称号的产品数，个"
    }
  ],
  "result": "money"
};
const m57: FunctionMeta = {
  "id": "PINGHU.KEY_TECH_PROJECT",
  "namespace": "PINGHU",
  "name": "KEY_TECH_PROJECT",
  "zhName": "重点技术创新项目奖励",
  "title": "省级重点技术创新项目验收奖励",
  "article": "第37条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对列入省级重点技术创新项目（高新技术产品）且在资金申报年度通过验收的企业，给予最高 15 万元奖励。",
  "note": "",
  "params": [],
  "result": "money"
};
const m58: FunctionMeta = {
  "id": "PINGHU.CHAIN_LEADER",
  "namespace": "PINGHU",
  "name": "CHAIN_LEADER",
  "zhName": "链主企业奖励",
  "title": "鼓励产业链“链主”企业发展",
  "article": "第38条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对已在我市形成稳定产品配套的数字产业、汽车及零部件、高端新材料、数控机床、航空航天、生命健康等重点产业龙头企业，其产品零部件、原材料年采购金额首次达到 5000 万元、1 亿元、1.5亿元、2 亿元及以上的，分别给予最高 50 万元、100 万元、150 万元、200 万元一次性奖励。单个企业奖励合计最高不超过 200 万元。",
  "note": "各档为首次达到；本条“合计最高不超过200万元”作为附则6差额规则的“列举”例外：升档时给所达档全额，但与本企业已获本条奖励合计不超过200万元。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "采购金额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "产品零部件、原材料年采购金额，万元"
    },
    {
      "name": "已获奖励",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本企业以前已获本条奖励合计，万元"
    }
  ],
  "result": "money"
};
const m59: FunctionMeta = {
  "id": "PINGHU.BIG_DATA_SERVICE",
  "namespace": "PINGHU",
  "name": "BIG_DATA_SERVICE",
  "zhName": "大数据服务奖励",
  "title": "购买大数据平台服务奖励",
  "article": "第39条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对购买上述平台服务的本市企业，经认定，给予年实际服务费最高 10%、最高 30 万元一次性奖励。",
  "note": "",
  "params": [
    {
      "name": "服务费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "购买大数据平台服务的年实际服务费，万元"
    }
  ],
  "result": "money"
};
const m60: FunctionMeta = {
  "id": "PINGHU.CHAIN_SERVICE_RENT",
  "namespace": "PINGHU",
  "name": "CHAIN_SERVICE_RENT",
  "zhName": "产业链机构租金奖励",
  "title": "产业链服务机构入驻租金奖励",
  "article": "第40条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对其租用办公场所，按房租每月每平方米奖励最高 10 元、最高奖励 3 万元，最多奖励三年。",
  "note": "每月每平方米10元是按面积计算的上限，奖励不超过实际房租；每年封顶3万元，最多三年。",
  "params": [
    {
      "name": "房租",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年实际支付的办公场所房租，万元"
    },
    {
      "name": "租用面积",
      "kind": "quantity",
      "unit": "平方米",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "租用办公场所面积，平方米"
    },
    {
      "name": "租用月数",
      "kind": "quantity",
      "unit": "月",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "max": {
        "value": "12",
        "inclusive": true
      },
      "description": "当年租用月数，0到12"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本机构第几年享受本奖励（1起），最多三年"
    }
  ],
  "result": "money"
};
const m61: FunctionMeta = {
  "id": "PINGHU.INDUSTRY_EVENT",
  "namespace": "PINGHU",
  "name": "INDUSTRY_EVENT",
  "zhName": "行业活动奖励",
  "title": "鼓励举办行业性活动",
  "article": "第41条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "企业或行业协会举办经批准的全市性、行业性的高峰论坛、产学研和设计对接、时尚发布等活动的，给予活动实际支出最高 30%、单个活动最高 30万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "活动支出",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "单个活动实际支出，万元"
    }
  ],
  "result": "money"
};
const m62: FunctionMeta = {
  "id": "PINGHU.EXHIBITION",
  "namespace": "PINGHU",
  "name": "EXHIBITION",
  "zhName": "企业参展奖励",
  "title": "鼓励企业参展（国内线下展会）",
  "article": "第42条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对参加由市级以上政府部门组织的国内线下展会的企业，经认定，按实际摊位费用予以奖励，单个展会最高 3 万元；以特装形式参展的，经认定，给予单个展会特装费用最高 50%、最高 15 万元的奖励。以上各类展会，单个企业当年度最高奖励 30 万元。",
  "note": "特装参展时参展费用填特装费用，按50%计（封顶15万元），不再另给摊位费；当年已获奖励为本企业当年已获本条奖励，合计不超过30万元。",
  "params": [
    {
      "name": "参展费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "单个展会实际摊位费用（特装填特装费用），万元"
    },
    {
      "name": "参展形式",
      "kind": "enum",
      "values": [
        "标准展位",
        "特装"
      ],
      "optional": false,
      "integer": false,
      "description": "参展形式"
    },
    {
      "name": "当年已获奖励",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本企业当年已获本条参展奖励，万元"
    }
  ],
  "result": "money"
};
const m63: FunctionMeta = {
  "id": "PINGHU.CLEAN_ENTERPRISE",
  "namespace": "PINGHU",
  "name": "CLEAN_ENTERPRISE",
  "zhName": "清廉民企奖励",
  "title": "推动清廉民企建设",
  "article": "第43条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "对经评定达到《民营企业清廉建设管理体系》标准 1A 级、2A 级、3A4A 级的企业，分别给予最高 3000 元、7000 元、30000 元的奖励。",
  "note": "“3A4A级”按3A级、4A级两个等级处理，均为30000元。",
  "params": [
    {
      "name": "等级",
      "kind": "enum",
      "values": [
        "1A级",
        "2A级",
        "3A级",
        "4A级"
      ],
      "optional": false,
      "integer": false,
      "description": "民营企业清廉建设管理体系评定等级"
    }
  ],
  "result": "money"
};
const m64: FunctionMeta = {
  "id": "PINGHU.ASSOCIATION_CLUSTER",
  "namespace": "PINGHU",
  "name": "ASSOCIATION_CLUSTER",
  "zhName": "协会集群荣誉奖励",
  "title": "行业协会产业集群荣誉奖励",
  "article": "第44条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "协会组织新认定国家级、省级、嘉兴市级产业集群（基地、平台）等荣誉的，分别给予最高 10 万元、5 万元、3 万元奖励；协会组织通过国家级、省级、嘉兴市级产业集群（基地、平台）等荣誉复评的，分别给予最高 5 万元、2 万元、1 万元奖励。",
  "note": "",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "嘉兴市级"
      ],
      "optional": false,
      "integer": false,
      "description": "产业集群（基地、平台）等荣誉的级别"
    },
    {
      "name": "认定类型",
      "kind": "enum",
      "values": [
        "新认定",
        "复评"
      ],
      "optional": true,
      "default": "新认定",
      "integer": false,
      "description": "新认定或通过复评"
    }
  ],
  "result": "money"
};
const m65: FunctionMeta = {
  "id": "PINGHU.ASSOCIATION_EXPO",
  "namespace": "PINGHU",
  "name": "ASSOCIATION_EXPO",
  "zhName": "协会抱团参展奖励",
  "title": "协会组织企业区域品牌抱团参展奖励",
  "article": "第44条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "协会组织企业以区域品牌抱团参展，当年累计组织企业 50 家次以上的，给予最高 2 万元奖励。",
  "note": "",
  "params": [
    {
      "name": "组织企业家次",
      "kind": "quantity",
      "unit": "家次",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "协会当年累计组织企业以区域品牌抱团参展的家次"
    }
  ],
  "result": "money"
};
const m66: FunctionMeta = {
  "id": "PINGHU.MICROCREDIT_RISK",
  "namespace": "PINGHU",
  "name": "MICROCREDIT_RISK",
  "zhName": "小贷风险奖励",
  "title": "扶持小额贷款公司（风险奖励）",
  "article": "第45条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "当年度省级监管评级结果为“B级”（含）以上且贷款不良率在 3%（含）以内的小贷公司，按当年度短期流动资金贷款实际发生损失净额的最高不超过 30%给予风险奖励，最高不超过当年度贡献的 50%。",
  "note": "损失净额为当年度短期流动资金贷款实际发生损失净额；当年度贡献为公司当年度财政贡献；“最高不超过30%”按30%计。原文未给出评级序列，评级以是否达到B级（含）以上填报。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "损失净额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年度短期流动资金贷款实际发生损失净额，万元"
    },
    {
      "name": "当年度贡献",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "小贷公司当年度贡献，万元"
    },
    {
      "name": "不良率",
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
      "description": "贷款不良率，如2%"
    },
    {
      "name": "评级达B级",
      "kind": "flag",
      "optional": false,
      "integer": false,
      "description": "当年度省级监管评级为B级（含）以上填TRUE"
    }
  ],
  "result": "money"
};
const m67: FunctionMeta = {
  "id": "PINGHU.PRIVATE_FINANCE_RISK",
  "namespace": "PINGHU",
  "name": "PRIVATE_FINANCE_RISK",
  "zhName": "民间融资风险奖励",
  "title": "扶持民间融资服务中心（风险奖励）",
  "article": "第46条",
  "source": "000_f6c37e905cc8a4ad.txt",
  "document": {
    "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
    "issuer": "平湖市经济和信息化局",
    "date": "2024-08-13",
    "draft": true
  },
  "text": "根据合同约定代偿借款人到期债务而发生实际损失的，且资产不良率在 1%（含）以内的，按当年度实际发生损失净额的最高不超过 30%给予风险 奖励，最高不超过当年度贡献的 50%。",
  "note": "“最高不超过30%”按30%计；当年度贡献为中心当年度财政贡献。附则4贡献封顶在函数外处理。",
  "params": [
    {
      "name": "损失净额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "代偿到期债务当年度实际发生损失净额，万元"
    },
    {
      "name": "当年度贡献",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "民间融资服务中心当年度贡献，万元"
    },
    {
      "name": "资产不良率",
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
      "description": "资产不良率，如0.5%"
    }
  ],
  "result": "money"
};
const m68: FunctionMeta = {
  "id": "PINGHU.SCI_TECH_PROJECT",
  "namespace": "PINGHU",
  "name": "SCI_TECH_PROJECT",
  "zhName": "科技攻关项目奖励",
  "title": "支持开展关键核心技术攻关",
  "article": "（十）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对牵头承担国家科技重大专项的企业给予 100 万元的奖励。对符合相关领域的项目攻关和技术创新，经市科技计划项目立项验收通过后的重大类、重点类项目，分别给予 50 万元、15 万元的奖励；验收基本通过的项目，以上奖励减半执行。",
  "note": "“以上奖励减半执行”只适用于同一句中的市科技计划重大类、重点类项目，不适用于牵头承担国家科技重大专项的奖励（该项在任何验收结果下均为100万元）。",
  "params": [
    {
      "name": "项目类别",
      "kind": "enum",
      "values": [
        "国家科技重大专项",
        "市科技计划重大类",
        "市科技计划重点类"
      ],
      "optional": false,
      "integer": false,
      "description": "牵头承担国家科技重大专项，或市科技计划项目的类别"
    },
    {
      "name": "验收结果",
      "kind": "enum",
      "values": [
        "通过",
        "基本通过",
        "未通过"
      ],
      "optional": true,
      "default": "通过",
      "integer": false,
      "description": "市科技计划项目的验收结果"
    }
  ],
  "result": "money"
};
const m69: FunctionMeta = {
  "id": "PINGHU.RD_GROWTH",
  "namespace": "PINGHU",
  "name": "RD_GROWTH",
  "zhName": "研发费用增长奖励",
  "title": "推动企业加大研发投入（研发费用增长奖励）",
  "article": "（十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对当年度研发经费 5000 万元（含）以上，研发费用占营业收入比重达 3% 以上且研发费用增速在 5% 以上的企业，或研发费用占营业收入比重达 10% 以上且当年度研发费用正增长的企业，根据研发费用增长部分给予不超过 10%、最高 100 万元的奖励。对当年度研发经费 1000 万元（含）至 5000 万元，研发费用占营业收入比重达 4% 以上且研发费用增速在 10% 以上的企业，或研发费用占营业收入比重达 10% 以上且当年度研发费用正增长的企业，根据研发费用增长部分给予不超过 10%、最高 80 万元的奖励。对当年度研发经费 100 万元（含）至 1000 万元，研发费用占营业收入比重达 5% 以上且研发费用增速在 15% 以上的企业，或研发费用占营业收入比重达 10% 以上且当年度研发费用正增长的企业，根据研发费用增长部分给予不超过 10%、最高 60 万元的奖励。研发费用奖励按总额控制原则予以分配。",
  "note": "研发经费（定档）与研发费用（占比、增速）视为同一数字；“达X%以上”“增速在X%以上”含本数；“不超过10%”按10%计；上年研发费用为0时，任何正的研发费用都满足增速条件；“按总额控制原则予以分配”的比例调减在函数外处理。",
  "params": [
    {
      "name": "研发费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年度研发费用（研发经费），万元"
    },
    {
      "name": "上年研发费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "上年度研发费用，万元"
    },
    {
      "name": "营业收入",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年度营业收入，万元，须大于0"
    }
  ],
  "result": "money"
};
const m70: FunctionMeta = {
  "id": "PINGHU.RD_PLATFORM",
  "namespace": "PINGHU",
  "name": "RD_PLATFORM",
  "zhName": "研发平台认定奖励",
  "title": "新认定省重点实验室、工程技术研究中心、新型研发机构奖励",
  "article": "（十二）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对新认定的省重点实验室、工程技术研究中心给予 200 万元的奖励；对新认定的嘉兴市重点实验室（A 类）给予 50 万元的奖励，对绩效评价结果为“优秀”的市重点实验室（A 类），给予每年 10 万元、连续两年的经费支持。对新认定的省、嘉兴市级新型研发机构，分别给予 300 万元、100 万元的奖励。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省重点实验室",
        "省工程技术研究中心",
        "嘉兴市重点实验室A类",
        "省级新型研发机构",
        "嘉兴市级新型研发机构"
      ],
      "optional": false,
      "integer": false,
      "description": "新认定的平台称号"
    }
  ],
  "result": "money"
};
const m71: FunctionMeta = {
  "id": "PINGHU.KEY_LAB_EXCELLENT",
  "namespace": "PINGHU",
  "name": "KEY_LAB_EXCELLENT",
  "zhName": "重点实验室绩效支持",
  "title": "市重点实验室（A类）绩效优秀经费支持",
  "article": "（十二）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对绩效评价结果为“优秀”的市重点实验室（A 类），给予每年 10 万元、连续两年的经费支持。",
  "note": "",
  "params": [
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本项经费支持的第几年（从1起），连续两年"
    }
  ],
  "result": "money"
};
const m72: FunctionMeta = {
  "id": "PINGHU.TECH_TRANSFER",
  "namespace": "PINGHU",
  "name": "TECH_TRANSFER",
  "zhName": "成果转化项目奖励",
  "title": "国家级重大科技成果转化项目奖励",
  "article": "（十三）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对符合我市产业发展方向，对产业集聚起战略性引领作用的国家级重大科技成果转化项目，按项目设备投资额的 10%，连续三年给予累计最高不超过 5000 万元的奖励。",
  "note": "连续三年，每年按当年项目设备投资额的10%奖励；“累计已获奖励”为此前年度已获本项奖励之和，用于控制累计5000万元上限。",
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
      "description": "本年度项目设备投资额，万元"
    },
    {
      "name": "累计已获奖励",
      "kind": "money",
      "optional": true,
      "default": 0,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "此前年度已获本项奖励累计，万元"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本项奖励的第几年（从1起），连续三年"
    }
  ],
  "result": "money"
};
const m73: FunctionMeta = {
  "id": "PINGHU.NEW_PRODUCT_TRIAL",
  "namespace": "PINGHU",
  "name": "NEW_PRODUCT_TRIAL",
  "zhName": "省级新产品奖励",
  "title": "省级新产品试制计划验收奖励",
  "article": "（十三）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "通过省级验收的省级新产品试制计划（省级新产品）给予 1 万元的奖励，单个企业年度最高限额 3 万元。",
  "note": "",
  "params": [
    {
      "name": "新产品数",
      "kind": "quantity",
      "unit": "项",
      "optional": false,
      "integer": true,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "当年通过省级验收的省级新产品试制计划项数"
    }
  ],
  "result": "money"
};
const m74: FunctionMeta = {
  "id": "PINGHU.SCI_TECH_AWARD",
  "namespace": "PINGHU",
  "name": "SCI_TECH_AWARD",
  "zhName": "科技成果获奖奖励",
  "title": "科技成果奖励（国家、省科学技术奖）",
  "article": "（十三）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "加大科技成果奖励力度，对以第一项目完成单位（个人）获得国家最高科学技术奖的，一次性给予 300 万元奖励；获得国家自然科学奖、国家技术发明奖或国家科学技术进步奖的特等奖、一等奖、二等奖的，分别一次性给予 200 万元、100 万元、80 万元的奖励；对获得浙江科技大奖的一次性给予 80 万元奖励；对获得省自然科学奖、省技术发明奖或省科学技术进步奖的一、二、三等奖的，分别一次性给予 50 万元、30 万元、20 万元的奖励〔以上均指第一项目完成单位（个人）」。对以第二、第三项目完成单位（个人）获得以上荣誉的，分别按第一项目完成单位（个人）的 60%、30% 给予一次性奖励。",
  "note": "第二、第三项目完成单位按60%、30%的系数适用于所列全部荣誉（包括国家最高科学技术奖），原文称“以上荣誉”。",
  "params": [
    {
      "name": "奖项",
      "kind": "enum",
      "values": [
        "国家最高科学技术奖",
        "国家级特等奖",
        "国家级一等奖",
        "国家级二等奖",
        "浙江科技大奖",
        "省级一等奖",
        "省级二等奖",
        "省级三等奖"
      ],
      "optional": false,
      "integer": false,
      "description": "国家级指国家自然科学奖、技术发明奖、科学技术进步奖；省级指省自然科学奖、技术发明奖、科学技术进步奖"
    },
    {
      "name": "完成单位排名",
      "kind": "enum",
      "values": [
        "第一",
        "第二",
        "第三"
      ],
      "optional": true,
      "default": "第一",
      "integer": false,
      "description": "第几项目完成单位（个人）"
    }
  ],
  "result": "money"
};
const m75: FunctionMeta = {
  "id": "PINGHU.DIGITAL_RETROFIT_2024",
  "namespace": "PINGHU",
  "name": "DIGITAL_RETROFIT_2024",
  "zhName": "数字化改造奖励二四年",
  "title": "推进企业数字化改造（2024年政策）",
  "article": "（十九）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "具备行业示范效应的集成性项目，项目投资不低于200万元的，根据验收结果，给予A档项目软件及信息服务费最高35%、智能硬件最高 10% 的奖励，B 档项目软件及信息服务费最高 25%、智能硬件最高 8% 的奖励，单个项目奖励最高 300 万元封顶。项目投资在 20 到 200 万元的集成性项目，根据验收结果，给予 A 档项目软件及信息服务费最高 30%、智能硬件最高 10% 的奖励，B 档项目软件及信息服务费最高 20%、智能硬件最高 8% 的奖励。",
  "note": "“不低于200万元”属于上一档，故“20到200万元”为[20, 200)；20到200万元一档原文未设封顶。与征求意见稿的 DIGITAL_RETROFIT 为同类奖励、不同函数。",
  "params": [
    {
      "name": "项目投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "集成性项目投资额，万元"
    },
    {
      "name": "软件及信息服务费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目软件及信息服务费，万元"
    },
    {
      "name": "智能硬件费用",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目智能硬件费用，万元"
    },
    {
      "name": "验收档次",
      "kind": "enum",
      "values": [
        "A档",
        "B档"
      ],
      "optional": false,
      "integer": false,
      "description": "根据验收结果评定的档次"
    }
  ],
  "result": "money"
};
const m76: FunctionMeta = {
  "id": "PINGHU.FUTURE_FACTORY_2024",
  "namespace": "PINGHU",
  "name": "FUTURE_FACTORY_2024",
  "zhName": "未来工厂奖励二四年",
  "title": "未来工厂、智能工厂、数字化车间奖励（2024年政策）",
  "article": "（十九）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对经认定的省级“未来工厂”、“未来工厂”试点、省级智能工厂、数字化车间的企业，分别给予最高 200 万元、50 万元、50 万元、30 万元的奖励。",
  "note": "与征求意见稿的 FUTURE_FACTORY 为同类奖励、不同函数。“最高N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级未来工厂",
        "未来工厂试点",
        "省级智能工厂",
        "数字化车间"
      ],
      "optional": false,
      "integer": false,
      "description": "经认定的称号"
    }
  ],
  "result": "money"
};
const m77: FunctionMeta = {
  "id": "PINGHU.ENERGY_SAVING_2024",
  "namespace": "PINGHU",
  "name": "ENERGY_SAVING_2024",
  "zhName": "节能改造奖励二四年",
  "title": "加快企业绿色化改造（节能改造，2024年政策）",
  "article": "（二十）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对节能改造项目年节能量达到 200 吨标煤（等价值）以上或二氧化碳年减排量达到 400 吨以上，且设备投资额不低于 300 万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高 10% 的奖励，最高奖励 400 万元；对节能改造项目年节能量 40 吨标煤（等价值）以上或二氧化碳年减排量 80 吨以上，设备投资额在 60-300 万元，经有资质的第三方审核（检测）机构认定，给予设备实际投资额最高 8% 的奖励。",
  "note": "“以上”含本数；“60-300万元”为[60, 300)；设备投资额达300万元、但节能量或减排量只达到第二档标准的，两档都不符合，不予奖励（按字面）。与征求意见稿的 ENERGY_SAVING（下限50万元、封顶300万元、示范项目加点）为同类奖励、不同函数。",
  "params": [
    {
      "name": "节能量",
      "kind": "quantity",
      "unit": "吨标煤",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目年节能量（等价值），吨标煤"
    },
    {
      "name": "二氧化碳减排量",
      "kind": "quantity",
      "unit": "吨",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "项目二氧化碳年减排量，吨"
    },
    {
      "name": "设备投资额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "设备实际投资额，万元"
    }
  ],
  "result": "money"
};
const m78: FunctionMeta = {
  "id": "PINGHU.GREEN_FACTORY_2024",
  "namespace": "PINGHU",
  "name": "GREEN_FACTORY_2024",
  "zhName": "绿色工厂奖励二四年",
  "title": "绿色工厂、绿色园区、绿色供应链奖励（2024年政策）",
  "article": "（二十）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对被认定为国家级、省级和嘉兴市级绿色工厂或绿色园区的，分别给予最高 100 万元、50 万元和 20 万元的一次性奖励。被认定为国家级绿色供应链或绿色设计产品示范企业的，给予最高 100 万元的一次性奖励。",
  "note": "与征求意见稿的 GREEN_FACTORY 为同类奖励、不同函数。“最高N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "认定类别",
      "kind": "enum",
      "values": [
        "国家级绿色工厂",
        "国家级绿色园区",
        "省级绿色工厂",
        "省级绿色园区",
        "嘉兴市级绿色工厂",
        "嘉兴市级绿色园区",
        "国家级绿色供应链示范企业",
        "国家级绿色设计产品示范企业"
      ],
      "optional": false,
      "integer": false,
      "description": "被认定的级别与类别"
    }
  ],
  "result": "money"
};
const m79: FunctionMeta = {
  "id": "PINGHU.INNOVATION_CENTER_2024",
  "namespace": "PINGHU",
  "name": "INNOVATION_CENTER_2024",
  "zhName": "创新中心奖励二四年",
  "title": "制造业创新中心奖励（2024年政策）",
  "article": "（二十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对经认定的国家级、省级制造业创新中心分别给予 150 万元、100 万元的一次性奖励。",
  "note": "与征求意见稿的 INNOVATION_CENTER 为同类奖励、不同函数。",
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
      "description": "经认定的制造业创新中心级别"
    }
  ],
  "result": "money"
};
const m80: FunctionMeta = {
  "id": "PINGHU.TECH_CENTER_2024",
  "namespace": "PINGHU",
  "name": "TECH_CENTER_2024",
  "zhName": "技术中心奖励二四年",
  "title": "企业技术中心奖励（2024年政策）",
  "article": "（二十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对新认定的国家级、省级、嘉兴市级技术中心，分别给予 100 万元、50万元、20万元的一次性奖励。",
  "note": "与征求意见稿的 TECH_CENTER 为同类奖励、不同函数。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国家级",
        "省级",
        "嘉兴市级"
      ],
      "optional": false,
      "integer": false,
      "description": "新认定的技术中心级别"
    }
  ],
  "result": "money"
};
const m81: FunctionMeta = {
  "id": "PINGHU.FIRST_SET_2024",
  "namespace": "PINGHU",
  "name": "FIRST_SET_2024",
  "zhName": "首台套奖励二四年",
  "title": "首台（套）、首版次、首批次认定奖励（2024年政策）",
  "article": "（二十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "产品被认定为国内、省内、嘉兴市内装备制造业首台（套）、软件首版次、材料首批次的企业，分别给予100万元、50万元、20万元的一次性奖励。",
  "note": "与征求意见稿的 FIRST_SET（另有国际级）为同类奖励、不同函数。",
  "params": [
    {
      "name": "级别",
      "kind": "enum",
      "values": [
        "国内",
        "省内",
        "嘉兴市内"
      ],
      "optional": false,
      "integer": false,
      "description": "装备首台（套）、软件首版次、材料首批次的认定范围"
    }
  ],
  "result": "money"
};
const m82: FunctionMeta = {
  "id": "PINGHU.FIRST_SET_INSURANCE_2024",
  "namespace": "PINGHU",
  "name": "FIRST_SET_INSURANCE_2024",
  "zhName": "首台套保险补偿二四年",
  "title": "首台（套）产品保险补偿（2024年政策）",
  "article": "（二十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "建立首台（套）产品保险补偿机制，对投保首台（套）产品保险的企业，按实际投保年度保费的80%给予支持（费率以3%为上限），支持时间按保险期限据实核算，最长不超过3年（同一项目如已享受国家及省保费支持的，不再给予支持），单个企业同一年度支持不超过20万元。",
  "note": "“费率以3%为上限”指可支持的保费不超过投保金额的3%。与征求意见稿的 FIRST_SET_INSURANCE（70%、费率上限2%）为同类奖励、不同函数。",
  "params": [
    {
      "name": "年度保费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "实际投保年度保费，万元"
    },
    {
      "name": "投保金额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "首台（套）产品保险的投保金额，万元"
    },
    {
      "name": "已享受上级保费支持",
      "kind": "flag",
      "optional": true,
      "default": false,
      "integer": false,
      "description": "同一项目已享受国家及省保费支持的填 是"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本项支持的第几年（从1起），最长3年"
    }
  ],
  "result": "money"
};
const m83: FunctionMeta = {
  "id": "PINGHU.ZJ_FINE_PRODUCT_2024",
  "namespace": "PINGHU",
  "name": "ZJ_FINE_PRODUCT_2024",
  "zhName": "浙江制造精品奖二四年",
  "title": "“浙江制造精品”奖励（2024年政策）",
  "article": "（二十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "获得“浙江制造精品”的产品给予10万元奖励，单个企业一个年度内不超过3个产品。",
  "note": "与征求意见稿的 ZJ_FINE_PRODUCT（每个5万元）为同类奖励、不同函数。",
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
      "description": "本年度获得浙江制造精品称号的产品个数"
    }
  ],
  "result": "money"
};
const m84: FunctionMeta = {
  "id": "PINGHU.SPECIALIZED_2024",
  "namespace": "PINGHU",
  "name": "SPECIALIZED_2024",
  "zhName": "企业认定奖励二四年",
  "title": "加大对企业认定支持（2024年政策）",
  "article": "（二十二）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "入选国家“单项冠军”企业（产品）给予最高150万元奖励。获评国家级专精特新“小巨人”企业给予最高100万元奖励，获评省级专精特新中小企业给予最高20万元奖励。获评省“雄鹰企业”给予最高100万奖励。获评省级“隐形冠军”企业给予最高50万元奖励。",
  "note": "与征求意见稿的 SPECIALIZED 为同类奖励、不同函数。“最高N万元”的定额奖励按N万元计。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "国家单项冠军",
        "国家级专精特新小巨人",
        "省级专精特新中小企业",
        "省雄鹰企业",
        "省级隐形冠军"
      ],
      "optional": false,
      "integer": false,
      "description": "入选或获评的称号"
    }
  ],
  "result": "money"
};
const m85: FunctionMeta = {
  "id": "PINGHU.MICRO_PARK",
  "namespace": "PINGHU",
  "name": "MICRO_PARK",
  "zhName": "小微企业园星级奖励",
  "title": "高质量小微企业园星级认定奖励",
  "article": "（二十六）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "鼓励建设高质量小微企业园，对通过“五星级”“四星级”“五星级”认定的，分别给予最高不超过 30 万元、50 万元、100 万元的一次性奖励。",
  "note": "原文“五星级”“四星级”“五星级”分别对应30、50、100万元，第一个“五星级”理解为“三星级”的笔误。",
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
      "description": "小微企业园通过认定的星级"
    }
  ],
  "result": "money"
};
const m86: FunctionMeta = {
  "id": "PINGHU.SERVICE_ZONE",
  "namespace": "PINGHU",
  "name": "SERVICE_ZONE",
  "zhName": "服务业创新区奖励",
  "title": "服务业创新发展区评价居前奖励",
  "article": "（二十九）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对在省创新区评价中居前的给予最高 50 万元的奖励",
  "note": "",
  "params": [],
  "result": "money"
};
const m87: FunctionMeta = {
  "id": "PINGHU.STAR_ENTERPRISE_2024",
  "namespace": "PINGHU",
  "name": "STAR_ENTERPRISE_2024",
  "zhName": "功勋明星企业奖二四年",
  "title": "平湖市功勋企业、明星企业奖励（服务业，2024年政策）",
  "article": "（三十）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对获评平湖市功勋企业和明星企业，分别给予最高 20 万元和 10 万元的奖励。",
  "note": "与征求意见稿 SPECIALIZED 中的功勋企业、明星企业为同类奖励、不同函数。",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "功勋企业",
        "明星企业"
      ],
      "optional": false,
      "integer": false,
      "description": "获评的平湖市称号"
    }
  ],
  "result": "money"
};
const m88: FunctionMeta = {
  "id": "PINGHU.FIRST_EDITION_INSURANCE",
  "namespace": "PINGHU",
  "name": "FIRST_EDITION_INSURANCE",
  "zhName": "首版次软件保险补偿",
  "title": "首版次软件产品保险补偿",
  "article": "（三十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "符合条件的可享受首版次软件产品推广应用政策，按照实际投保费率最高不超过 3%，以及省内首版次软件产品首年度实际保费的 80% 给予保险补偿，并从次年度开始保险补偿比例逐年递减 10%，单个企业同一年度补偿金额最高不超过 20 万元，最多可连续支持 3 年。",
  "note": "“逐年递减10%”理解为每年递减10个百分点（80%→70%→60%），而非按上年比例的10%递减；实际投保费率超过3%的部分不予补偿，即可补偿保费不超过投保金额的3%。",
  "params": [
    {
      "name": "年度保费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "本年度实际保费，万元"
    },
    {
      "name": "投保金额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "首版次软件产品保险的投保金额，万元"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本项补偿的第几年（从1起），最多连续3年"
    }
  ],
  "result": "money"
};
const m89: FunctionMeta = {
  "id": "PINGHU.FIRST_EDITION_SOFTWARE_2024",
  "namespace": "PINGHU",
  "name": "FIRST_EDITION_SOFTWARE_2024",
  "zhName": "首版次软件奖励二四年",
  "title": "首版次软件产品评定奖励（2024年政策）",
  "article": "（三十一）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对被评定为市级、省级首版次软件产品的企业分别给予 20 万元、50 万元一次性奖励。",
  "note": "与征求意见稿 FIRST_SET 中的软件首版次为同类奖励、不同函数。",
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
      "description": "被评定的首版次软件产品级别"
    }
  ],
  "result": "money"
};
const m90: FunctionMeta = {
  "id": "PINGHU.EXPORT_CREDIT_INSURANCE",
  "namespace": "PINGHU",
  "name": "EXPORT_CREDIT_INSURANCE",
  "zhName": "出口信用保险补助",
  "title": "短期出口信用保险保费补助",
  "article": "（四十五）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对短期出口信用保险保费给予不低于 60% 的补助，原则上单家企业不超过 500 万元。",
  "note": "“不低于60%”按60%计（原文保证的下限）；“原则上”单家企业不超过500万元按硬上限处理。",
  "params": [
    {
      "name": "保费",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "短期出口信用保险保费，万元"
    }
  ],
  "result": "money"
};
const m91: FunctionMeta = {
  "id": "PINGHU.TRADE_INTEGRATION",
  "namespace": "PINGHU",
  "name": "TRADE_INTEGRATION",
  "zhName": "内外贸一体化奖励",
  "title": "省级内外贸一体化试点奖励",
  "article": "（四十五）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对获评省级内外贸一体化改革试点培育基地、省级内外贸一体化领跑者企业分别奖励 30 万元和 7 万元。",
  "note": "",
  "params": [
    {
      "name": "称号",
      "kind": "enum",
      "values": [
        "省级内外贸一体化改革试点培育基地",
        "省级内外贸一体化领跑者企业"
      ],
      "optional": false,
      "integer": false,
      "description": "获评的称号"
    }
  ],
  "result": "money"
};
const m92: FunctionMeta = {
  "id": "PINGHU.AGRI_STARTUP_LOAN",
  "namespace": "PINGHU",
  "name": "AGRI_STARTUP_LOAN",
  "zhName": "农创客贷款贴息",
  "title": "“农创担”农创客贷款贴息",
  "article": "（五十）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "开展“农创担”试点，对“农创客”用于农业生产的贷款，连续三年给予 LPR 利率 50%、最高 50 万元的贴息。",
  "note": "贴息额为用于农业生产的贷款（按年度日均余额）乘以LPR利率的50%；50万元上限按每年计；连续三年。",
  "params": [
    {
      "name": "贷款金额",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "用于农业生产的贷款年度日均余额，万元"
    },
    {
      "name": "LPR",
      "kind": "ratio",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "贷款市场报价利率（年利率），如 3.45%"
    },
    {
      "name": "第几年",
      "kind": "quantity",
      "unit": "年",
      "optional": true,
      "default": 1,
      "integer": true,
      "min": {
        "value": "1",
        "inclusive": true
      },
      "description": "本项贴息的第几年（从1起），连续三年"
    }
  ],
  "result": "money"
};
const m93: FunctionMeta = {
  "id": "PINGHU.GRAIN_SCALE",
  "namespace": "PINGHU",
  "name": "GRAIN_SCALE",
  "zhName": "规模粮油配套补贴",
  "title": "规模粮油生产主体市级配套补贴",
  "article": "（五十二）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对全年稻麦油复种面积达到 50 亩（含）以上的规模粮油生产主体，在省财政补贴的基础上，市财政对稻麦种植配套 5 元/亩，油菜种植配套 10 元/亩；对未达到稻麦油复种规模补贴标准但种植油菜 5 亩（含）以上的生产主体，市财政给与 130 元/亩补贴。",
  "note": "稻麦种植面积为全年稻、麦各季种植面积之和（复种按季累计），复种面积为稻麦与油菜种植面积之和；市级配套在省财政补贴之外另计，省补贴不在此计算。50亩上下两种补贴方式按原文保留，在50亩处有跳变。",
  "params": [
    {
      "name": "稻麦种植面积",
      "kind": "quantity",
      "unit": "亩",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "全年水稻、小麦各季种植面积之和，亩"
    },
    {
      "name": "油菜种植面积",
      "kind": "quantity",
      "unit": "亩",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "全年油菜种植面积，亩"
    }
  ],
  "result": "money"
};
const m94: FunctionMeta = {
  "id": "PINGHU.GRAIN_ORDER",
  "namespace": "PINGHU",
  "name": "GRAIN_ORDER",
  "zhName": "粮食订单奖补",
  "title": "粮食订单奖补",
  "article": "（五十二）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "晚稻订单奖补标准不低于 0.2 元/斤，早稻订单实现全覆盖、订单奖补标准不低于 0.3 元/斤",
  "note": "“不低于”按所列标准计；小麦订单按省要求落实，不在此计算。",
  "params": [
    {
      "name": "品种",
      "kind": "enum",
      "values": [
        "晚稻",
        "早稻"
      ],
      "optional": false,
      "integer": false,
      "description": "订单粮食品种"
    },
    {
      "name": "订单交售量",
      "kind": "quantity",
      "unit": "斤",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "订单交售量，斤"
    }
  ],
  "result": "money"
};
const m95: FunctionMeta = {
  "id": "PINGHU.AGRI_MACHINERY",
  "namespace": "PINGHU",
  "name": "AGRI_MACHINERY",
  "zhName": "农机购置累加补助",
  "title": "农业机械购置地方累加补助",
  "article": "（五十四）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "落实农业机械购置补贴，对水稻机械化栽植、高效植保、烘干等薄弱环节及绿色、生态、高效生产机械给予地方累加补助，最高至购置价格的 50%。",
  "note": "“累加补助，最高至购置价格的50%”理解为地方累加补助使购置补贴合计达到购置价格的50%；已享受购置补贴为中央、省级已给予的购置补贴。",
  "params": [
    {
      "name": "购置价格",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "机械购置价格，万元"
    },
    {
      "name": "已享受购置补贴",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "已享受的中央、省级农机购置补贴，万元"
    }
  ],
  "result": "money"
};
const m96: FunctionMeta = {
  "id": "PINGHU.FIRST_SET_AGRI_MACHINERY",
  "namespace": "PINGHU",
  "name": "FIRST_SET_AGRI_MACHINERY",
  "zhName": "首台套农机补助",
  "title": "引进推广首台（套）农业机械补助",
  "article": "（五十四）",
  "source": "003_fb4863d4dcbbec7a.txt",
  "document": {
    "title": "平湖市进一步推动经济高质量发展若干政策",
    "issuer": "平湖市人民政府",
    "docNumber": "平政发〔2024〕10号",
    "date": "2024-04-14",
    "draft": false
  },
  "text": "对引进推广的首台（套）机械给予 50%补助。",
  "note": "50%补助的基数为机械购置价格；原文未设上限。",
  "params": [
    {
      "name": "购置价格",
      "kind": "money",
      "optional": false,
      "integer": false,
      "min": {
        "value": "0",
        "inclusive": true
      },
      "description": "引进推广的首台（套）机械购置价格，万元"
    }
  ],
  "result": "money"
};

// 第1条「支持人工智能产业发展（算力服务器租金奖励）」 policies/pinghu-000-xinzhi.zc:19
function clause_AI_COMPUTE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「算力租金」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「营收」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p2, "年"), source: "" });
  const t0 = cmp(p2, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S0 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  b0: {
    if (cmp(p1, K1) >= 0) {
      t1 = K2;
      if (t) t.push({ step: "营收 落在「1亿元（含）以上」", value: showValue(t1, "ratio"), source: S1 });
      src = S1;
      break b0;
    }
    if (cmp(p1, K3) >= 0) {
      t1 = K4;
      if (t) t.push({ step: "营收 落在「2000万元（含）到1亿元」", value: showValue(t1, "ratio"), source: S2 });
      src = S2;
      break b0;
    }
    t1 = K5;
    if (t) t.push({ step: "营收 落在「不满2000万元」", value: showValue(t1, "ratio"), source: S3 });
    src = S3;
    break b0;
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  src = "";
  let t2: Decimal;
  b1: {
    if (cmp(p1, K1) >= 0) {
      t2 = K6;
      if (t) t.push({ step: "营收 落在「1亿元（含）以上」", value: showValue(t2, "money"), source: S1 });
      src = S1;
      break b1;
    }
    if (cmp(p1, K3) >= 0) {
      t2 = K7;
      if (t) t.push({ step: "营收 落在「2000万元（含）到1亿元」", value: showValue(t2, "money"), source: S2 });
      src = S2;
      break b1;
    }
    const t3 = p1.times(K2);
    const t4 = cmp(K8, t3) <= 0 ? K8 : t3;
    t2 = t4;
    if (t) t.push({ step: "营收 落在「不满2000万元」", value: showValue(t2, "money"), source: S4 });
    src = S4;
    break b1;
  }
  const v1: Decimal = t2;
  if (t) t.push({ step: "奖励上限", value: showValue(v1, "money"), source: src });
  const t5 = p0.times(v0);
  const v2: Decimal = t5;
  if (t) t.push({ step: "计算奖励 = " + showValue(p0, "money") + " × " + showValue(v0, "ratio"), value: showValue(v2, "money"), source: "" });
  const t6 = cmp(v2, v1) <= 0 ? v2 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t6, "money"), source: "" });
  return t6;
}

// 第2条「集成电路工程产品首轮流片奖励（全掩膜）」 policies/pinghu-000-xinzhi.zc:62
function clause_IC_FULL_MASK_TAPEOUT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「掩膜版费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「首轮流片费用」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「当年已获流片奖励」", value: showValue(p2, "money"), source: "" });
  const t0 = p0.times(K9);
  const v0: Decimal = t0;
  if (t) t.push({ step: "掩膜版费用奖励额 = " + showValue(p0, "money") + " × 40%", value: showValue(v0, "money"), source: S5 });
  const t1 = p1.times(K2);
  const v1: Decimal = t1;
  if (t) t.push({ step: "首轮流片费用奖励额 = " + showValue(p1, "money") + " × 20%", value: showValue(v1, "money"), source: S5 });
  const t2 = cmp(v0, v1) >= 0 ? v0 : v1;
  const t3 = cmp(t2, K10) <= 0 ? t2 : K10;
  const v2: Decimal = t3;
  if (t) t.push({ step: "单个产品奖励 = 取大（" + showValue(v0, "money") + "，" + showValue(v1, "money") + "） 封顶 200万元", value: showValue(v2, "money"), source: S6 });
  const t4 = K11.minus(p2);
  const t5 = t4.isNegative() ? ZERO : t4;
  const v3: Decimal = t5;
  if (t) t.push({ step: "当年剩余额度 = 500万元 扣除 " + showValue(p2, "money"), value: showValue(v3, "money"), source: S7 });
  const t6 = cmp(v2, v3) <= 0 ? v2 : v3;
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " 封顶 " + showValue(v3, "money"), value: showValue(t6, "money"), source: "" });
  return t6;
}

// 第2条「集成电路多项目晶圆流片奖励」 policies/pinghu-000-xinzhi.zc:93
function clause_IC_MPW_TAPEOUT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「流片费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「当年已获流片奖励」", value: showValue(p1, "money"), source: "" });
  const t0 = p0.times(K2);
  const t1 = cmp(t0, K8) <= 0 ? t0 : K8;
  const v0: Decimal = t1;
  if (t) t.push({ step: "单个产品奖励 = " + showValue(p0, "money") + " × 20% 封顶 100万元", value: showValue(v0, "money"), source: S8 });
  const t2 = K11.minus(p1);
  const t3 = t2.isNegative() ? ZERO : t2;
  const v1: Decimal = t3;
  if (t) t.push({ step: "当年剩余额度 = 500万元 扣除 " + showValue(p1, "money"), value: showValue(v1, "money"), source: S7 });
  const t4 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t4, "money"), source: "" });
  return t4;
}

// 第2条「车规级集成电路产品AEC认证奖励」 policies/pinghu-000-xinzhi.zc:113
function clause_IC_AUTO_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「AEC-Q100产品数」", value: showValue(p0, "款"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「AEC-Q200产品数」", value: showValue(p1, "款"), source: "" });
  const t0 = K12.times(p0);
  const v0: Decimal = t0;
  if (t) t.push({ step: "AEC-Q100认证奖励 = 10万元/款 × " + showValue(p0, "款"), value: showValue(v0, "money"), source: S9 });
  const t1 = K13.times(p1);
  const v1: Decimal = t1;
  if (t) t.push({ step: "AEC-Q200认证奖励 = 15万元/款 × " + showValue(p1, "款"), value: showValue(v1, "money"), source: S9 });
  const t2 = v0.plus(v1);
  const t3 = cmp(t2, K14) <= 0 ? t2 : K14;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " + " + showValue(v1, "money") + " 封顶 50万元", value: showValue(t3, "money"), source: S9 });
  return t3;
}

// 第2条「商用密码集成电路产品认证奖励」 policies/pinghu-000-xinzhi.zc:133
function clause_IC_CRYPTO_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「一级认证产品数」", value: showValue(p0, "款"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「二级认证产品数」", value: showValue(p1, "款"), source: "" });
  const t0 = K12.times(p0);
  const v0: Decimal = t0;
  if (t) t.push({ step: "一级认证奖励 = 10万元/款 × " + showValue(p0, "款"), value: showValue(v0, "money"), source: S10 });
  const t1 = K13.times(p1);
  const v1: Decimal = t1;
  if (t) t.push({ step: "二级认证奖励 = 15万元/款 × " + showValue(p1, "款"), value: showValue(v1, "money"), source: S10 });
  const t2 = v0.plus(v1);
  const t3 = cmp(t2, K14) <= 0 ? t2 : K14;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " + " + showValue(v1, "money") + " 封顶 50万元", value: showValue(t3, "money"), source: S10 });
  return t3;
}

// 第3条「支持软件产业发展（软件产品奖励）」 policies/pinghu-000-xinzhi.zc:151
function clause_SOFTWARE_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「新认定软件产品数」", value: showValue(p0, "款"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「著作权软件产品数」", value: showValue(p1, "款"), source: "" });
  const t0 = cmp(p0, K15) <= 0 ? p0 : K15;
  const v0: Decimal = t0;
  if (t) t.push({ step: "新认定计奖款数 = " + showValue(p0, "款") + " 封顶 5款", value: showValue(v0, "款"), source: S11 });
  const t1 = K15.minus(v0);
  const t2 = cmp(p1, t1) <= 0 ? p1 : t1;
  const v1: Decimal = t2;
  if (t) t.push({ step: "著作权计奖款数 = " + showValue(p1, "款") + " 封顶 5款 − " + showValue(v0, "款"), value: showValue(v1, "款"), source: S11 });
  const t3 = K16.times(v0);
  const v2: Decimal = t3;
  if (t) t.push({ step: "新认定产品奖励 = 0.5万元/款 × " + showValue(v0, "款"), value: showValue(v2, "money"), source: S12 });
  const t4 = K17.times(v1);
  const v3: Decimal = t4;
  if (t) t.push({ step: "著作权产品奖励 = 0.3万元/款 × " + showValue(v1, "款"), value: showValue(v3, "money"), source: S13 });
  const t5 = v2.plus(v3);
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " + " + showValue(v3, "money"), value: showValue(t5, "money"), source: "" });
  return t5;
}

// 第4条「软件信息服务业企业营收首次突破奖励」 policies/pinghu-000-xinzhi.zc:180
function clause_SOFTWARE_REVENUE_MILESTONE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「营收」", value: showValue(p0, "money"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p0, K1) >= 0) {
      t0 = K14;
      if (t) t.push({ step: "营收 落在「1亿元（含）以上」", value: showValue(t0, "money"), source: S14 });
      src = S14;
      break b0;
    }
    if (cmp(p0, K18) >= 0) {
      t0 = K19;
      if (t) t.push({ step: "营收 落在「5000万元（含）到1亿元」", value: showValue(t0, "money"), source: S14 });
      src = S14;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "营收 不在所列各档", value: showValue(t0, "money"), source: "" });
    src = "";
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第5条「鼓励软件企业提档增效（企业认定奖励）」 policies/pinghu-000-xinzhi.zc:202
function clause_SOFTWARE_ENTERPRISE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "新认定软件企业":
    {
      t0 = K15;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S15 });
      src = S15;
      break;
    }
    case "国家鼓励的重点软件企业":
    case "国家鼓励的重点集成电路设计企业":
    case "中国软件业务收入前百强企业":
    {
      t0 = K8;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S16 });
      src = S16;
      break;
    }
    case "首次升规软件信息服务业企业":
    {
      t0 = K12;
      if (t) t.push({ step: "类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S17 });
      src = S17;
      break;
    }
    default: {
      throw new PolicyLookupError("类别 为「" + p0 + "」，表中没有这一项", W0);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第5条「软件企业资质认证奖励」 policies/pinghu-000-xinzhi.zc:230
function clause_SOFTWARE_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「认证类型」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「提高级数」", value: showValue(p1, "级"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "CMMI":
    case "T/SIA009-2020":
    {
      const t1 = K15.times(p1);
      t0 = t1;
      if (t) t.push({ step: "认证类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S18 });
      src = S18;
      break;
    }
    case "T/SIA010.11-2021.1":
    case "ITSS":
    case "CS":
    case "CCRC":
    {
      const t2 = K15.times(p1);
      t0 = t2;
      if (t) t.push({ step: "认证类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S19 });
      src = S19;
      break;
    }
    case "ISO27001/BS7799":
    {
      t0 = K15;
      if (t) t.push({ step: "认证类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S20 });
      src = S20;
      break;
    }
    default: {
      throw new PolicyLookupError("认证类型 为「" + p0 + "」，表中没有这一项", W1);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第6条「支持软件产业集聚发展（软件产业园区运营奖励）」 policies/pinghu-000-xinzhi.zc:259
function clause_SOFTWARE_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「园区面积」", value: showValue(p0, "平方米"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「入驻软件企业数」", value: showValue(p1, "家"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「营收总额」", value: showValue(p2, "money"), source: "" });
  const p3 = a[3] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p3, "年"), source: "" });
  const t0 = cmp(p0, K3) >= 0;
  if (t) t.push({ step: "适用：园区面积 ≥ 2000平方米", value: t0 ? "是" : "否", source: S21 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = cmp(p1, K0) >= 0;
  if (t) t.push({ step: "适用：入驻软件企业数 ≥ 3家", value: t1 ? "是" : "否", source: S22 });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t2 = cmp(p3, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t2 ? "是" : "否", source: S23 });
  if (!t2) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t3: Decimal;
  b0: {
    if (cmp(p2, K1) >= 0) {
      t3 = K21;
      if (t) t.push({ step: "营收总额 落在「1亿元（含）以上」", value: showValue(t3, "ratio"), source: S24 });
      src = S24;
      break b0;
    }
    if (cmp(p2, K18) >= 0) {
      t3 = K22;
      if (t) t.push({ step: "营收总额 落在「5000万元（含）到1亿元」", value: showValue(t3, "ratio"), source: S24 });
      src = S24;
      break b0;
    }
    if (cmp(p2, K23) >= 0) {
      t3 = K24;
      if (t) t.push({ step: "营收总额 落在「3000万元（含）到5000万元」", value: showValue(t3, "ratio"), source: S24 });
      src = S24;
      break b0;
    }
    t3 = K20;
    if (t) t.push({ step: "营收总额 不在所列各档", value: showValue(t3, "ratio"), source: "" });
    src = "";
  }
  const v0: Decimal = t3;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t4 = p2.times(v0);
  const t5 = cmp(t4, K25) <= 0 ? t4 : K25;
  if (t) t.push({ step: "结果 = " + showValue(p2, "money") + " × " + showValue(v0, "ratio") + " 封顶 300万元", value: showValue(t5, "money"), source: S25 });
  return t5;
}

// 第6条「软件产业园区新引进软件企业租金奖励」 policies/pinghu-000-xinzhi.zc:295
function clause_SOFTWARE_PARK_RENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「租金」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p1, "年"), source: "" });
  const t0 = cmp(p1, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S26 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = cmp(p0, K13) <= 0 ? p0 : K13;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " 封顶 15万元", value: showValue(t1, "money"), source: S27 });
  return t1;
}

// 第7条「集成电路布图设计权奖励」 policies/pinghu-000-xinzhi.zc:313
function clause_IC_LAYOUT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「布图设计数」", value: showValue(p0, "项"), source: "" });
  const t0 = cmp(p0, K15) <= 0 ? p0 : K15;
  const v0: Decimal = t0;
  if (t) t.push({ step: "计奖项数 = " + showValue(p0, "项") + " 封顶 5项", value: showValue(v0, "项"), source: S11 });
  const t1 = K17.times(v0);
  if (t) t.push({ step: "结果 = 0.3万元/项 × " + showValue(v0, "项"), value: showValue(t1, "money"), source: S28 });
  return t1;
}

// 第7条「集成电路企业购买IP、EDA奖励」 policies/pinghu-000-xinzhi.zc:328
function clause_IC_IP_EDA(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「IP及EDA费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「企业规模」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p1) {
    case "规上":
    {
      t0 = K2;
      if (t) t.push({ step: "企业规模 为「" + p1 + "」", value: showValue(t0, "ratio"), source: S29 });
      src = S29;
      break;
    }
    case "规下":
    {
      t0 = K26;
      if (t) t.push({ step: "企业规模 为「" + p1 + "」", value: showValue(t0, "ratio"), source: S29 });
      src = S29;
      break;
    }
    default: {
      throw new PolicyLookupError("企业规模 为「" + p1 + "」，表中没有这一项", W2);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t1 = p0.times(v0);
  const t2 = cmp(t1, K14) <= 0 ? t1 : K14;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × " + showValue(v0, "ratio") + " 封顶 50万元", value: showValue(t2, "money"), source: S29 });
  return t2;
}

// 第8条「支持数商企业发展」 policies/pinghu-000-xinzhi.zc:349
function clause_DIGITAL_MERCHANT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「类型」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "领军型浙江数商":
    {
      t0 = K27;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S30 });
      src = S30;
      break;
    }
    case "成长型浙江数商":
    {
      t0 = K12;
      if (t) t.push({ step: "类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S30 });
      src = S30;
      break;
    }
    default: {
      throw new PolicyLookupError("类型 为「" + p0 + "」，表中没有这一项", W3);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第9条「支持企业数字化改造」 policies/pinghu-000-xinzhi.zc:364
function clause_DIGITAL_RETROFIT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「项目投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「软件及信息服务费」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「智能硬件费用」", value: showValue(p2, "money"), source: "" });
  const p3 = a[3] as string;
  if (t) t.push({ step: "输入「项目类型」", value: showValue(p3, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p0, K11) >= 0) {
      let t1: Decimal;
      b1: {
        const t2 = (p3 === "样本改造项目");
        if (t2) {
          t1 = K16;
          break b1;
        }
        t1 = K2;
      }
      t0 = t1;
      if (t) t.push({ step: "项目投资额 落在「500万元（含）以上」", value: showValue(t0, "ratio"), source: S31 });
      src = S31;
      break b0;
    }
    if (cmp(p0, K8) >= 0) {
      let t3: Decimal;
      b2: {
        const t4 = (p3 === "样本改造项目");
        if (t4) {
          t3 = K16;
          break b2;
        }
        t3 = K4;
      }
      t0 = t3;
      if (t) t.push({ step: "项目投资额 落在「100万元（含）到500万元（不含）」", value: showValue(t0, "ratio"), source: S32 });
      src = S32;
      break b0;
    }
    if (cmp(p0, K19) >= 0) {
      let t5: Decimal;
      b3: {
        const t6 = (p3 === "历年计划在建项目");
        if (t6) {
          t5 = K4;
          break b3;
        }
        t5 = K20;
      }
      t0 = t5;
      if (t) t.push({ step: "项目投资额 落在「20万元到100万元（不含）」", value: showValue(t0, "ratio"), source: S33 });
      src = S33;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "项目投资额 不在所列各档", value: showValue(t0, "ratio"), source: "" });
    src = "";
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "软件服务费比率", value: showValue(v0, "ratio"), source: src });
  src = "";
  let t7: Decimal;
  b4: {
    if (cmp(p0, K11) >= 0) {
      let t8: Decimal;
      b5: {
        const t9 = (p3 === "样本改造项目");
        if (t9) {
          t8 = K4;
          break b5;
        }
        const t10 = (p3 === "纯软件项目");
        if (t10) {
          t8 = K20;
          break b5;
        }
        t8 = K28;
      }
      t7 = t8;
      if (t) t.push({ step: "项目投资额 落在「500万元（含）以上」", value: showValue(t7, "ratio"), source: S34 });
      src = S34;
      break b4;
    }
    if (cmp(p0, K8) >= 0) {
      let t11: Decimal;
      b6: {
        const t12 = (p3 === "样本改造项目");
        if (t12) {
          t11 = K4;
          break b6;
        }
        const t13 = (p3 === "纯软件项目");
        if (t13) {
          t11 = K20;
          break b6;
        }
        t11 = K29;
      }
      t7 = t11;
      if (t) t.push({ step: "项目投资额 落在「100万元（含）到500万元（不含）」", value: showValue(t7, "ratio"), source: S35 });
      src = S35;
      break b4;
    }
    if (cmp(p0, K19) >= 0) {
      let t14: Decimal;
      b7: {
        const t15 = (p3 === "历年计划在建项目");
        if (t15) {
          t14 = K29;
          break b7;
        }
        t14 = K20;
      }
      t7 = t14;
      if (t) t.push({ step: "项目投资额 落在「20万元到100万元（不含）」", value: showValue(t7, "ratio"), source: S33 });
      src = S33;
      break b4;
    }
    t7 = K20;
    if (t) t.push({ step: "项目投资额 不在所列各档", value: showValue(t7, "ratio"), source: "" });
    src = "";
  }
  const v1: Decimal = t7;
  if (t) t.push({ step: "智能硬件比率", value: showValue(v1, "ratio"), source: src });
  src = "";
  let t16: Decimal;
  switch (p3) {
    case "集成性项目":
    case "历年计划在建项目":
    {
      t16 = K30;
      if (t) t.push({ step: "项目类型 为「" + p3 + "」", value: showValue(t16, "money"), source: S36 });
      src = S36;
      break;
    }
    case "样本改造项目":
    {
      t16 = K25;
      if (t) t.push({ step: "项目类型 为「" + p3 + "」", value: showValue(t16, "money"), source: S37 });
      src = S37;
      break;
    }
    case "纯软件项目":
    {
      t16 = K14;
      if (t) t.push({ step: "项目类型 为「" + p3 + "」", value: showValue(t16, "money"), source: S38 });
      src = S38;
      break;
    }
    default: {
      throw new PolicyLookupError("项目类型 为「" + p3 + "」，表中没有这一项", W4);
    }
  }
  const v2: Decimal = t16;
  if (t) t.push({ step: "当年上限", value: showValue(v2, "money"), source: src });
  const t17 = p1.times(v0);
  const v3: Decimal = t17;
  if (t) t.push({ step: "软件服务费奖励 = " + showValue(p1, "money") + " × " + showValue(v0, "ratio"), value: showValue(v3, "money"), source: "" });
  const t18 = p2.times(v1);
  const v4: Decimal = t18;
  if (t) t.push({ step: "智能硬件奖励 = " + showValue(p2, "money") + " × " + showValue(v1, "ratio"), value: showValue(v4, "money"), source: "" });
  const t19 = v3.plus(v4);
  const t20 = cmp(t19, v2) <= 0 ? t19 : v2;
  if (t) t.push({ step: "结果 = " + showValue(v3, "money") + " + " + showValue(v4, "money") + " 封顶 " + showValue(v2, "money"), value: showValue(t20, "money"), source: "" });
  return t20;
}

// 第10条「支持“未来工厂”创建」 policies/pinghu-000-xinzhi.zc:420
function clause_FUTURE_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级未来工厂":
    {
      t0 = K8;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S39 });
      src = S39;
      break;
    }
    case "未来工厂试点":
    {
      t0 = K31;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S39 });
      src = S39;
      break;
    }
    case "省级智能工厂":
    {
      t0 = K31;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S40 });
      src = S40;
      break;
    }
    case "数字化车间":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S40 });
      src = S40;
      break;
    }
    case "国家智能制造示范企业":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S41 });
      src = S41;
      break;
    }
    case "国家智能制造优秀场景企业":
    {
      t0 = K19;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S41 });
      src = S41;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W5);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第11条「支持重点行业轻量化（N+X）数字化改造」 policies/pinghu-000-xinzhi.zc:447
function clause_LIGHT_RETROFIT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「改造投入」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「批次」", value: showValue(p1, "plain"), source: "" });
  const t0 = cmp(p0, K19) <= 0;
  if (t) t.push({ step: "适用：改造投入 ≤ 20万元", value: t0 ? "是" : "否", source: S42 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "第一批":
    {
      t1 = K32;
      if (t) t.push({ step: "批次 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S43 });
      src = S43;
      break;
    }
    case "第二批":
    {
      t1 = K16;
      if (t) t.push({ step: "批次 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S43 });
      src = S43;
      break;
    }
    case "第三批":
    {
      t1 = K9;
      if (t) t.push({ step: "批次 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S43 });
      src = S43;
      break;
    }
    default: {
      throw new PolicyLookupError("批次 为「" + p1 + "」，表中没有这一项", W6);
    }
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t2 = p0.times(v0);
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × " + showValue(v0, "ratio"), value: showValue(t2, "money"), source: "" });
  return t2;
}

// 第12条「支持人工智能技术赋能产业转型升级」 policies/pinghu-000-xinzhi.zc:473
function clause_AI_ENABLEMENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「合作支出」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K2);
  const t1 = cmp(t0, K14) <= 0 ? t0 : K14;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 20% 封顶 50万元", value: showValue(t1, "money"), source: S44 });
  return t1;
}

// 第13条「鼓励企业实施“深度上云”」 policies/pinghu-000-xinzhi.zc:488
function clause_DEEP_CLOUD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「实际支付」", value: showValue(p0, "money"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p0, K33) >= 0) {
      t0 = K34;
      if (t) t.push({ step: "实际支付 落在「2万元（含）以上」", value: showValue(t0, "money"), source: S45 });
      src = S45;
      break b0;
    }
    if (cmp(p0, K34) >= 0) {
      t0 = K16;
      if (t) t.push({ step: "实际支付 落在「1万元（含）到2万元」", value: showValue(t0, "money"), source: S46 });
      src = S46;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "实际支付 不在所列各档", value: showValue(t0, "money"), source: "" });
    src = "";
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第14条「鼓励数字化改造示范创建（两化融合、数据管理贯标、云上企业）」 policies/pinghu-000-xinzhi.zc:506
function clause_DIGITAL_DEMO(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "两化融合管理体系贯标":
    {
      t0 = K12;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S47 });
      src = S47;
      break;
    }
    case "数据管理贯标二级":
    {
      t0 = K12;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S48 });
      src = S48;
      break;
    }
    case "数据管理贯标三级":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S48 });
      src = S48;
      break;
    }
    case "数据管理贯标四级":
    {
      t0 = K19;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S48 });
      src = S48;
      break;
    }
    case "数据管理贯标五级":
    {
      t0 = K31;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S48 });
      src = S48;
      break;
    }
    case "国家级云上企业":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S49 });
      src = S49;
      break;
    }
    case "省级云上企业":
    {
      t0 = K12;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S49 });
      src = S49;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W7);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第15条「支持工业互联网平台建设」 policies/pinghu-000-xinzhi.zc:534
function clause_INDUSTRIAL_INTERNET(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「平台类型」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「阶段」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "行业级平台":
    {
      t0 = K19;
      if (t) t.push({ step: "平台类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S50 });
      src = S50;
      break;
    }
    case "企业级平台":
    {
      t0 = K15;
      if (t) t.push({ step: "平台类型 为「" + p0 + "」", value: showValue(t0, "money"), source: S50 });
      src = S50;
      break;
    }
    default: {
      throw new PolicyLookupError("平台类型 为「" + p0 + "」，表中没有这一项", W8);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "每阶段奖励", value: showValue(v0, "money"), source: src });
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "列入创建试点":
    {
      t1 = K34;
      if (t) t.push({ step: "阶段 为「" + p1 + "」", value: showValue(t1, "plain"), source: S51 });
      src = S51;
      break;
    }
    case "验收认定":
    {
      t1 = K34;
      if (t) t.push({ step: "阶段 为「" + p1 + "」", value: showValue(t1, "plain"), source: S52 });
      src = S52;
      break;
    }
    case "列入试点且验收认定":
    {
      t1 = K33;
      if (t) t.push({ step: "阶段 为「" + p1 + "」", value: showValue(t1, "plain"), source: S53 });
      src = S53;
      break;
    }
    default: {
      throw new PolicyLookupError("阶段 为「" + p1 + "」，表中没有这一项", W9);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "阶段数", value: showValue(v1, "plain"), source: src });
  const t2 = v0.times(v1);
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " × " + showValue(v1, "plain"), value: showValue(t2, "money"), source: "" });
  return t2;
}

// 第16条「支持产业大脑能力中心建设（产业大脑建设）」 policies/pinghu-000-xinzhi.zc:564
function clause_INDUSTRY_BRAIN(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「建设投入」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K9);
  const t1 = cmp(t0, K11) <= 0 ? t0 : K11;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 40% 封顶 500万元", value: showValue(t1, "money"), source: S54 });
  return t1;
}

// 第16条「产业大脑能力组件上线奖励」 policies/pinghu-000-xinzhi.zc:580
function clause_BRAIN_COMPONENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「组件数」", value: showValue(p0, "个"), source: "" });
  const t0 = K33.times(p0);
  const v0: Decimal = t0;
  if (t) t.push({ step: "上线奖励 = 2万元/个 × " + showValue(p0, "个"), value: showValue(v0, "money"), source: S55 });
  const t1 = cmp(v0, K27) <= 0 ? v0 : K27;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 30万元", value: showValue(t1, "money"), source: S56 });
  return t1;
}

// 第17条「鼓励节能节碳技术改造」 policies/pinghu-000-xinzhi.zc:596
function clause_ENERGY_SAVING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「节能量」", value: showValue(p0, "吨标煤"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「二氧化碳减排量」", value: showValue(p1, "吨"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p2, "money"), source: "" });
  const p3 = a[3] as boolean;
  if (t) t.push({ step: "输入「示范项目」", value: showValue(p3, "plain"), source: "" });
  let t0: Decimal;
  let t0b = 1;
  b0: {
    if (p3) {
      t0 = K35;
      t0b = 0;
      break b0;
    }
    t0 = K20;
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "示范加点（" + B0[t0b]! + "）", value: showValue(v0, "points"), source: S57 });
  src = "";
  let t1: Decimal;
  b1: {
    if (cmp(p2, K25) >= 0) {
      let t2: Decimal;
      b2: {
        const t4 = cmp(p0, K10) >= 0;
        let t3 = t4;
        if (!t3) {
          const t5 = cmp(p1, K7) >= 0;
          t3 = t5;
        }
        if (t3) {
          const t6 = K26.plus(v0);
          t2 = t6;
          break b2;
        }
        t2 = K20;
      }
      t1 = t2;
      if (t) t.push({ step: "设备投资额 落在「300万元（含）以上」", value: showValue(t1, "ratio"), source: S58 });
      src = S58;
      break b1;
    }
    if (cmp(p2, K14) >= 0) {
      let t7: Decimal;
      b3: {
        const t9 = cmp(p0, K36) >= 0;
        let t8 = t9;
        if (!t8) {
          const t10 = cmp(p1, K37) >= 0;
          t8 = t10;
        }
        if (t8) {
          const t11 = K28.plus(v0);
          t7 = t11;
          break b3;
        }
        t7 = K20;
      }
      t1 = t7;
      if (t) t.push({ step: "设备投资额 落在「50万元（含）到300万元」", value: showValue(t1, "ratio"), source: S59 });
      src = S59;
      break b1;
    }
    t1 = K20;
    if (t) t.push({ step: "设备投资额 不在所列各档", value: showValue(t1, "ratio"), source: "" });
    src = "";
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "奖励比率", value: showValue(v1, "ratio"), source: src });
  const t12 = p2.times(v1);
  const t13 = cmp(t12, K25) <= 0 ? t12 : K25;
  if (t) t.push({ step: "结果 = " + showValue(p2, "money") + " × " + showValue(v1, "ratio") + " 封顶 300万元", value: showValue(t13, "money"), source: S60 });
  return t13;
}

// 第18条「鼓励工业节水改造」 policies/pinghu-000-xinzhi.zc:634
function clause_WATER_SAVING(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「节水量」", value: showValue(p0, "吨"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p1, "money"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p1, K25) >= 0) {
      let t1: Decimal;
      b1: {
        const t2 = cmp(p0, K38) >= 0;
        if (t2) {
          t1 = K26;
          break b1;
        }
        t1 = K20;
      }
      t0 = t1;
      if (t) t.push({ step: "设备投资额 落在「300万元（含）以上」", value: showValue(t0, "ratio"), source: S61 });
      src = S61;
      break b0;
    }
    if (cmp(p1, K39) >= 0) {
      let t3: Decimal;
      b2: {
        const t4 = cmp(p0, K40) >= 0;
        if (t4) {
          t3 = K28;
          break b2;
        }
        t3 = K20;
      }
      t0 = t3;
      if (t) t.push({ step: "设备投资额 落在「60万元（含）到300万元」", value: showValue(t0, "ratio"), source: S62 });
      src = S62;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "设备投资额 不在所列各档", value: showValue(t0, "ratio"), source: "" });
    src = "";
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t5 = p1.times(v0);
  const t6 = cmp(t5, K25) <= 0 ? t5 : K25;
  if (t) t.push({ step: "结果 = " + showValue(p1, "money") + " × " + showValue(v0, "ratio") + " 封顶 300万元", value: showValue(t6, "money"), source: S60 });
  return t6;
}

// 第18条「省级节水型企业奖励」 policies/pinghu-000-xinzhi.zc:663
function clause_WATER_SAVING_ENTERPRISE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  if (t) t.push({ step: "结果", value: showValue(K12, "money"), source: S63 });
  return K12;
}

// 第19条「鼓励绿色低碳制造体系建设（绿色工厂、绿色园区、绿色产品）」 policies/pinghu-000-xinzhi.zc:671
function clause_GREEN_FACTORY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「认定类别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级绿色工厂":
    case "国家级绿色园区":
    {
      t0 = K14;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "省级绿色工厂":
    case "省级绿色园区":
    {
      t0 = K31;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "嘉兴市级绿色工厂":
    case "嘉兴市级绿色园区":
    {
      t0 = K12;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S64 });
      src = S64;
      break;
    }
    case "绿色产品认证":
    {
      t0 = K12;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S65 });
      src = S65;
      break;
    }
    default: {
      throw new PolicyLookupError("认定类别 为「" + p0 + "」，表中没有这一项", W10);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第20条「鼓励企业开展制造业投资」 policies/pinghu-000-xinzhi.zc:694
function clause_EQUIPMENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「企业类别」", value: showValue(p1, "plain"), source: "" });
  let t0: Decimal;
  let t0b = 1;
  b0: {
    const t1 = (p1 === "A类" || p1 === "数字经济项目");
    if (t1) {
      t0 = K21;
      t0b = 0;
      break b0;
    }
    t0 = K20;
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "加点（" + B1[t0b]! + "）", value: showValue(v0, "points"), source: S66 });
  let t2 = ZERO;
  b1: {
    if (!(cmp(p0, K41) >= 0)) {
      if (t) t.push({ step: "设备投资额 未达分段计算的起点 1,000万元", value: showValue(ZERO, "money"), source: S67 });
      break b1;
    }
    const t3 = cmp(p0, K23) < 0 ? p0 : K23;
    const t4 = K42.plus(v0);
    const t5 = t3.times(t4);
    if (t) t.push({ step: "设备投资额 在 0 到 3,000万元 的部分（达到 1,000万元 起，本档从 0 起算）：" + showValue(t3, "money") + " × " + showValue(t4, "ratio") + "（3% + " + showValue(v0, "points") + "）", value: showValue(t5, "money"), source: S67 });
    t2 = t5;
    src = S67;
    if (cmp(p0, K23) <= 0) break b1;
    const t6 = cmp(p0, K18) < 0 ? p0.minus(K23) : K3;
    const t7 = K43.plus(v0);
    const t8 = t6.times(t7);
    if (t) t.push({ step: "设备投资额 在「3000万元（含）至5000万元」的部分：" + showValue(t6, "money") + " × " + showValue(t7, "ratio") + "（4% + " + showValue(v0, "points") + "）", value: showValue(t8, "money"), source: S68 });
    t2 = t2.plus(t8);
    src = S68;
    if (cmp(p0, K18) <= 0) break b1;
    const t9 = p0.minus(K18);
    const t10 = K5.plus(v0);
    const t11 = t9.times(t10);
    if (t) t.push({ step: "设备投资额 在「5000万元（含）以上」的部分：" + showValue(t9, "money") + " × " + showValue(t10, "ratio") + "（5% + " + showValue(v0, "points") + "）", value: showValue(t11, "money"), source: S69 });
    t2 = t2.plus(t11);
    src = S69;
  }
  const v1: Decimal = t2;
  if (t) t.push({ step: "分段奖励", value: showValue(v1, "money"), source: S70 });
  const t12 = cmp(v1, K11) <= 0 ? v1 : K11;
  if (t) t.push({ step: "结果 = " + showValue(v1, "money") + " 封顶 500万元", value: showValue(t12, "money"), source: S70 });
  return t12;
}

// 第21条「采购应用首台（套）成套装备奖励」 policies/pinghu-000-xinzhi.zc:730
function clause_FIRST_SET_PURCHASE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「首次购置费」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K5);
  const t1 = cmp(t0, K14) <= 0 ? t0 : K14;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 5% 封顶 50万元", value: showValue(t1, "money"), source: S71 });
  return t1;
}

// 第21条「机床研发机构、实验室或检测中心落户奖励」 policies/pinghu-000-xinzhi.zc:744
function clause_MACHINE_TOOL_PLATFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「实际投入」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K17);
  const t1 = cmp(t0, K8) <= 0 ? t0 : K8;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 30% 封顶 100万元", value: showValue(t1, "money"), source: S72 });
  return t1;
}

// 第22条「航空航天关键零部件销售奖励」 policies/pinghu-000-xinzhi.zc:759
function clause_AEROSPACE_PARTS(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「销售收入」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K5);
  const t1 = cmp(t0, K8) <= 0 ? t0 : K8;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 5% 封顶 100万元", value: showValue(t1, "money"), source: S73 });
  return t1;
}

// 第22条「航空器、航空发动机整机型号合格证和生产许可证奖励」 policies/pinghu-000-xinzhi.zc:775
function clause_AEROSPACE_CERT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「证书」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "航空器型号合格证":
    {
      t0 = K6;
      if (t) t.push({ step: "证书 为「" + p0 + "」", value: showValue(t0, "money"), source: S74 });
      src = S74;
      break;
    }
    case "航空器生产许可证":
    {
      t0 = K7;
      if (t) t.push({ step: "证书 为「" + p0 + "」", value: showValue(t0, "money"), source: S74 });
      src = S74;
      break;
    }
    case "航空发动机型号合格证":
    {
      t0 = K11;
      if (t) t.push({ step: "证书 为「" + p0 + "」", value: showValue(t0, "money"), source: S75 });
      src = S75;
      break;
    }
    case "航空发动机生产许可证":
    {
      t0 = K25;
      if (t) t.push({ step: "证书 为「" + p0 + "」", value: showValue(t0, "money"), source: S75 });
      src = S75;
      break;
    }
    default: {
      throw new PolicyLookupError("证书 为「" + p0 + "」，表中没有这一项", W11);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第22条「航空航天专业类产业园奖励」 policies/pinghu-000-xinzhi.zc:796
function clause_AEROSPACE_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K25;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    case "省级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S76 });
      src = S76;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W12);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第23条「支持氢能产业发展」 policies/pinghu-000-xinzhi.zc:811
function clause_HYDROGEN(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「销售额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「年度」", value: showValue(p1, "plain"), source: "" });
  src = "";
  const t0 = p1.toFixed();
  let t1: Decimal;
  switch (t0) {
    case "2024":
    {
      t1 = K5;
      if (t) t.push({ step: "年度 为「" + showValue(p1, "plain") + "」", value: showValue(t1, "ratio"), source: S77 });
      src = S77;
      break;
    }
    case "2025":
    {
      t1 = K42;
      if (t) t.push({ step: "年度 为「" + showValue(p1, "plain") + "」", value: showValue(t1, "ratio"), source: S77 });
      src = S77;
      break;
    }
    case "2026":
    {
      t1 = K20;
      if (t) t.push({ step: "年度 为「" + showValue(p1, "plain") + "」", value: showValue(t1, "ratio"), source: S78 });
      src = S78;
      break;
    }
    default: {
      throw new PolicyLookupError("年度 为「" + showValue(p1, "plain") + "」，表中没有这一项", W13);
    }
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t2 = p0.times(v0);
  const t3 = cmp(t2, K11) <= 0 ? t2 : K11;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × " + showValue(v0, "ratio") + " 封顶 500万元", value: showValue(t3, "money"), source: S79 });
  return t3;
}

// 第24条「鼓励设计赋能（本土设计机构设计合作奖励）」 policies/pinghu-000-xinzhi.zc:839
function clause_DESIGN_COOPERATION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「交易额」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K26);
  const t1 = cmp(t0, K12) <= 0 ? t0 : K12;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 10% 封顶 10万元", value: showValue(t1, "money"), source: S80 });
  return t1;
}

// 第24条「工业设计企业（中心、研究院）认定奖励」 policies/pinghu-000-xinzhi.zc:854
function clause_INDUSTRIAL_DESIGN_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K31;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S81 });
      src = S81;
      break;
    }
    case "省级":
    {
      t0 = K12;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S81 });
      src = S81;
      break;
    }
    case "嘉兴市级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S81 });
      src = S81;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W14);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第24条「服务型制造示范企业（平台、项目）奖励」 policies/pinghu-000-xinzhi.zc:871
function clause_SERVICE_MFG_DEMO(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K31;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S82 });
      src = S82;
      break;
    }
    case "省级":
    {
      t0 = K12;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S82 });
      src = S82;
      break;
    }
    case "嘉兴市级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S82 });
      src = S82;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W15);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第25条「生产性服务机构营收奖励」 policies/pinghu-000-xinzhi.zc:888
function clause_PRODUCER_SERVICE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「营业收入」", value: showValue(p0, "money"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p0, K41) >= 0) {
      t0 = K27;
      if (t) t.push({ step: "营业收入 落在「1000万元（含）以上」", value: showValue(t0, "money"), source: S83 });
      src = S83;
      break b0;
    }
    if (cmp(p0, K11) >= 0) {
      t0 = K12;
      if (t) t.push({ step: "营业收入 落在「500万元（含）到1000万元」", value: showValue(t0, "money"), source: S83 });
      src = S83;
      break b0;
    }
    if (cmp(p0, K25) >= 0) {
      t0 = K15;
      if (t) t.push({ step: "营业收入 落在「300万元（含）到500万元」", value: showValue(t0, "money"), source: S83 });
      src = S83;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "营业收入 不在所列各档", value: showValue(t0, "money"), source: "" });
    src = "";
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第25条「制造业企业首次通过CMA、CNAS认证奖励」 policies/pinghu-000-xinzhi.zc:912
function clause_CMA_CNAS(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「认证」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "CMA":
    {
      t0 = K15;
      if (t) t.push({ step: "认证 为「" + p0 + "」", value: showValue(t0, "money"), source: S84 });
      src = S84;
      break;
    }
    case "CNAS":
    {
      t0 = K12;
      if (t) t.push({ step: "认证 为「" + p0 + "」", value: showValue(t0, "money"), source: S84 });
      src = S84;
      break;
    }
    default: {
      throw new PolicyLookupError("认证 为「" + p0 + "」，表中没有这一项", W16);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第26条「“时尚平湖”培育库企业设计合作奖励」 policies/pinghu-000-xinzhi.zc:927
function clause_FASHION_DESIGN_COOP(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「交易额」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K26);
  const t1 = cmp(t0, K19) <= 0 ? t0 : K19;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 10% 封顶 20万元", value: showValue(t1, "money"), source: S85 });
  return t1;
}

// 第26条「时尚产业区域品牌统一参展奖励」 policies/pinghu-000-xinzhi.zc:941
function clause_FASHION_BRAND_EXPO(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「展位费」", value: showValue(p0, "money"), source: "" });
  const t0 = cmp(p0, K15) <= 0 ? p0 : K15;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " 封顶 5万元", value: showValue(t0, "money"), source: S86 });
  return t0;
}

// 第27条「支持参加国内外知名时装周」 policies/pinghu-000-xinzhi.zc:955
function clause_FASHION_WEEK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「时装周」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p1, "年"), source: "" });
  const t0 = cmp(p1, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S23 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  switch (p0) {
    case "国际四大时装周":
    {
      t1 = K14;
      if (t) t.push({ step: "时装周 为「" + p0 + "」", value: showValue(t1, "money"), source: S87 });
      src = S87;
      break;
    }
    case "国内四大时装周":
    {
      t1 = K19;
      if (t) t.push({ step: "时装周 为「" + p0 + "」", value: showValue(t1, "money"), source: S88 });
      src = S88;
      break;
    }
    default: {
      throw new PolicyLookupError("时装周 为「" + p0 + "」，表中没有这一项", W17);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t1, "money"), source: src });
  return t1;
}

// 第28条「鼓励智能化产品研发」 policies/pinghu-000-xinzhi.zc:978
function clause_SMART_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「产品销售额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「当年已获奖励」", value: showValue(p1, "money"), source: "" });
  const t0 = p0.times(K35);
  const t1 = cmp(t0, K19) <= 0 ? t0 : K19;
  const v0: Decimal = t1;
  if (t) t.push({ step: "单个产品奖励 = " + showValue(p0, "money") + " × 2% 封顶 20万元", value: showValue(v0, "money"), source: S89 });
  const t2 = K14.minus(p1);
  const t3 = t2.isNegative() ? ZERO : t2;
  const v1: Decimal = t3;
  if (t) t.push({ step: "当年剩余额度 = 50万元 扣除 " + showValue(p1, "money"), value: showValue(v1, "money"), source: S90 });
  const t4 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t4, "money"), source: "" });
  return t4;
}

// 第29条「支持引进设计师资源」 policies/pinghu-000-xinzhi.zc:1000
function clause_DESIGNER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设计师人数」", value: showValue(p0, "人"), source: "" });
  const t0 = K15.times(p0);
  const v0: Decimal = t0;
  if (t) t.push({ step: "引进奖励 = 5万元/人 × " + showValue(p0, "人"), value: showValue(v0, "money"), source: S91 });
  const t1 = cmp(v0, K19) <= 0 ? v0 : K19;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 20万元", value: showValue(t1, "money"), source: S91 });
  return t1;
}

// 第30条「支持开设直营门店」 policies/pinghu-000-xinzhi.zc:1018
function clause_DIRECT_STORE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「直接投入」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K17);
  const t1 = cmp(t0, K8) <= 0 ? t0 : K8;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 30% 封顶 100万元", value: showValue(t1, "money"), source: S92 });
  return t1;
}

// 第30条「金平湖品牌馆运营方奖励」 policies/pinghu-000-xinzhi.zc:1033
function clause_BRAND_HALL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「直接投入」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K2);
  const t1 = cmp(t0, K14) <= 0 ? t0 : K14;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 20% 封顶 50万元", value: showValue(t1, "money"), source: S93 });
  return t1;
}

// 第31条「鼓励企业“专精特新”发展」 policies/pinghu-000-xinzhi.zc:1047
function clause_SPECIALIZED(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家单项冠军":
    {
      t0 = K8;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S94 });
      src = S94;
      break;
    }
    case "国家级专精特新小巨人":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S95 });
      src = S95;
      break;
    }
    case "省级专精特新中小企业":
    {
      t0 = K12;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S95 });
      src = S95;
      break;
    }
    case "省雄鹰企业":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S96 });
      src = S96;
      break;
    }
    case "省级隐形冠军":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S97 });
      src = S97;
      break;
    }
    case "功勋企业":
    {
      t0 = K19;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S98 });
      src = S98;
      break;
    }
    case "明星企业":
    {
      t0 = K12;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S98 });
      src = S98;
      break;
    }
    case "月度升规企业":
    {
      t0 = K15;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S99 });
      src = S99;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W18);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第32条「制造业创新中心奖励」 policies/pinghu-000-xinzhi.zc:1079
function clause_INNOVATION_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K44;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S100 });
      src = S100;
      break;
    }
    case "省级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S100 });
      src = S100;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W19);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第32条「企业技术中心奖励」 policies/pinghu-000-xinzhi.zc:1094
function clause_TECH_CENTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S101 });
      src = S101;
      break;
    }
    case "省级":
    {
      t0 = K31;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S101 });
      src = S101;
      break;
    }
    case "嘉兴市级":
    {
      t0 = K12;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S101 });
      src = S101;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W20);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第33条「首台（套）、首版次、首批次认定奖励」 policies/pinghu-000-xinzhi.zc:1111
function clause_FIRST_SET(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国际":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S102 });
      src = S102;
      break;
    }
    case "国内":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S102 });
      src = S102;
      break;
    }
    case "省内":
    {
      t0 = K31;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S102 });
      src = S102;
      break;
    }
    case "嘉兴市内":
    {
      t0 = K12;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S102 });
      src = S102;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W21);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第33条「首台（套）产品保险补偿」 policies/pinghu-000-xinzhi.zc:1131
function clause_FIRST_SET_INSURANCE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「年度保费」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「投保金额」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p2, "年"), source: "" });
  const t0 = cmp(p2, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S23 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p1.times(K35);
  const t2 = cmp(p0, t1) <= 0 ? p0 : t1;
  const v0: Decimal = t2;
  if (t) t.push({ step: "可支持保费 = " + showValue(p0, "money") + " 封顶 " + showValue(p1, "money") + " × 2%", value: showValue(v0, "money"), source: S103 });
  const t3 = v0.times(K45);
  const t4 = cmp(t3, K19) <= 0 ? t3 : K19;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " × 70% 封顶 20万元", value: showValue(t4, "money"), source: S104 });
  return t4;
}

// 第34条「鼓励品牌质量双提升」 policies/pinghu-000-xinzhi.zc:1154
function clause_QUALITY_BRAND(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省信用管理示范企业":
    {
      t0 = K15;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S105 });
      src = S105;
      break;
    }
    case "浙江省政府质量奖":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S106 });
      src = S106;
      break;
    }
    case "嘉兴市政府质量奖":
    {
      t0 = K31;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S107 });
      src = S107;
      break;
    }
    case "平湖市政府质量奖":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S107 });
      src = S107;
      break;
    }
    case "品字标浙江制造认证":
    {
      t0 = K13;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S108 });
      src = S108;
      break;
    }
    case "品字标国际互认":
    {
      t0 = K33;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S109 });
      src = S109;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W22);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第35条「加强自主品牌推广（宣传推广费用奖励）」 policies/pinghu-000-xinzhi.zc:1183
function clause_BRAND_PROMOTION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「宣传推广费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「销售额增长率」", value: showValue(p1, "ratio"), source: "" });
  const t0 = cmp(p1, K2) >= 0;
  if (t) t.push({ step: "适用：销售额增长率 ≥ 20%", value: t0 ? "是" : "否", source: S110 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K26);
  const t2 = cmp(t1, K14) <= 0 ? t1 : K14;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 10% 封顶 50万元", value: showValue(t2, "money"), source: S111 });
  return t2;
}

// 第35条「原创品牌带动本地贴牌代工奖励」 policies/pinghu-000-xinzhi.zc:1201
function clause_BRAND_OEM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「代工企业数」", value: showValue(p0, "家"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「达标代工企业数」", value: showValue(p1, "家"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「销售额增长率」", value: showValue(p2, "ratio"), source: "" });
  const p3 = a[3] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p3, "年"), source: "" });
  const t0 = cmp(p1, p0) <= 0;
  if (!t0) throw new PolicyInputError("达标代工企业数不能多于代工企业数", W23);
  const t1 = cmp(p2, K2) >= 0;
  if (t) t.push({ step: "适用：销售额增长率 ≥ 20%", value: t1 ? "是" : "否", source: S112 });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t2 = cmp(p0, K15) >= 0;
  if (t) t.push({ step: "适用：代工企业数 ≥ 5家", value: t2 ? "是" : "否", source: S113 });
  if (!t2) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t3 = cmp(p3, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t3 ? "是" : "否", source: S23 });
  if (!t3) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t4 = K15.times(p1);
  const v0: Decimal = t4;
  if (t) t.push({ step: "带动奖励 = 5万元/家 × " + showValue(p1, "家"), value: showValue(v0, "money"), source: S114 });
  const t5 = cmp(v0, K14) <= 0 ? v0 : K14;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 50万元", value: showValue(t5, "money"), source: S115 });
  return t5;
}

// 第36条「新注册设计型企业租金及装修奖励」 policies/pinghu-000-xinzhi.zc:1232
function clause_DESIGN_STARTUP(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「租金及装修费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「营收」", value: showValue(p1, "money"), source: "" });
  const t0 = cmp(p1, K14) >= 0;
  if (t) t.push({ step: "适用：营收 ≥ 50万元", value: t0 ? "是" : "否", source: S116 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K16);
  const t2 = cmp(t1, K0) <= 0 ? t1 : K0;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 50% 封顶 3万元", value: showValue(t2, "money"), source: S117 });
  return t2;
}

// 第36条「获奖设计师设立设计型企业奖励」 policies/pinghu-000-xinzhi.zc:1249
function clause_AWARDED_DESIGNER_FIRM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「营收」", value: showValue(p0, "money"), source: "" });
  const t0 = cmp(p0, K14) >= 0;
  if (t) t.push({ step: "适用：营收 ≥ 50万元", value: t0 ? "是" : "否", source: S118 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K28);
  const t2 = cmp(t1, K12) <= 0 ? t1 : K12;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 8% 封顶 10万元", value: showValue(t2, "money"), source: S119 });
  return t2;
}

// 第37条「“浙江制造精品”、省优秀工业新产品奖励」 policies/pinghu-000-xinzhi.zc:1267
function clause_ZJ_FINE_PRODUCT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「产品数」", value: showValue(p0, "个"), source: "" });
  const t0 = cmp(p0, K0) <= 0 ? p0 : K0;
  const v0: Decimal = t0;
  if (t) t.push({ step: "计奖产品数 = " + showValue(p0, "个") + " 封顶 3个", value: showValue(v0, "个"), source: S120 });
  const t1 = K15.times(v0);
  if (t) t.push({ step: "结果 = 5万元/个 × " + showValue(v0, "个"), value: showValue(t1, "money"), source: S121 });
  return t1;
}

// 第37条「省级重点技术创新项目验收奖励」 policies/pinghu-000-xinzhi.zc:1283
function clause_KEY_TECH_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  if (t) t.push({ step: "结果", value: showValue(K13, "money"), source: S122 });
  return K13;
}

// 第38条「鼓励产业链“链主”企业发展」 policies/pinghu-000-xinzhi.zc:1292
function clause_CHAIN_LEADER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「采购金额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「已获奖励」", value: showValue(p1, "money"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p0, K40) >= 0) {
      t0 = K10;
      if (t) t.push({ step: "采购金额 落在「2亿元及以上」", value: showValue(t0, "money"), source: S123 });
      src = S123;
      break b0;
    }
    if (cmp(p0, K46) >= 0) {
      t0 = K30;
      if (t) t.push({ step: "采购金额 落在「1.5亿元（含）到2亿元」", value: showValue(t0, "money"), source: S123 });
      src = S123;
      break b0;
    }
    if (cmp(p0, K1) >= 0) {
      t0 = K8;
      if (t) t.push({ step: "采购金额 落在「1亿元（含）到1.5亿元」", value: showValue(t0, "money"), source: S123 });
      src = S123;
      break b0;
    }
    if (cmp(p0, K18) >= 0) {
      t0 = K14;
      if (t) t.push({ step: "采购金额 落在「5000万元（含）到1亿元」", value: showValue(t0, "money"), source: S123 });
      src = S123;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "采购金额 不在所列各档", value: showValue(t0, "money"), source: "" });
    src = "";
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "档位奖励", value: showValue(v0, "money"), source: src });
  const t1 = K10.minus(p1);
  const t2 = t1.isNegative() ? ZERO : t1;
  const v1: Decimal = t2;
  if (t) t.push({ step: "剩余额度 = 200万元 扣除 " + showValue(p1, "money"), value: showValue(v1, "money"), source: S124 });
  const t3 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// 第39条「购买大数据平台服务奖励」 policies/pinghu-000-xinzhi.zc:1327
function clause_BIG_DATA_SERVICE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「服务费」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K26);
  const t1 = cmp(t0, K27) <= 0 ? t0 : K27;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 10% 封顶 30万元", value: showValue(t1, "money"), source: S125 });
  return t1;
}

// 第40条「产业链服务机构入驻租金奖励」 policies/pinghu-000-xinzhi.zc:1341
function clause_CHAIN_SERVICE_RENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「房租」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「租用面积」", value: showValue(p1, "平方米"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「租用月数」", value: showValue(p2, "月"), source: "" });
  const p3 = a[3] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p3, "年"), source: "" });
  const t0 = cmp(p3, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S23 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = K47.times(p1);
  const t2 = t1.times(p2);
  const v0: Decimal = t2;
  if (t) t.push({ step: "面积月数限额 = 10元/平方米/月 × " + showValue(p1, "平方米") + " × " + showValue(p2, "月"), value: showValue(v0, "money"), source: S126 });
  const t3 = cmp(p0, v0) <= 0 ? p0 : v0;
  const t4 = cmp(t3, K0) <= 0 ? t3 : K0;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " 封顶 " + showValue(v0, "money") + " 封顶 3万元", value: showValue(t4, "money"), source: S127 });
  return t4;
}

// 第41条「鼓励举办行业性活动」 policies/pinghu-000-xinzhi.zc:1366
function clause_INDUSTRY_EVENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「活动支出」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K17);
  const t1 = cmp(t0, K27) <= 0 ? t0 : K27;
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 30% 封顶 30万元", value: showValue(t1, "money"), source: S128 });
  return t1;
}

// 第42条「鼓励企业参展（国内线下展会）」 policies/pinghu-000-xinzhi.zc:1381
function clause_EXHIBITION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「参展费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「参展形式」", value: showValue(p1, "plain"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「当年已获奖励」", value: showValue(p2, "money"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p1) {
    case "标准展位":
    {
      const t1 = cmp(p0, K0) <= 0 ? p0 : K0;
      t0 = t1;
      if (t) t.push({ step: "参展形式 为「" + p1 + "」", value: showValue(t0, "money"), source: S129 });
      src = S129;
      break;
    }
    case "特装":
    {
      const t2 = p0.times(K16);
      const t3 = cmp(t2, K13) <= 0 ? t2 : K13;
      t0 = t3;
      if (t) t.push({ step: "参展形式 为「" + p1 + "」", value: showValue(t0, "money"), source: S130 });
      src = S130;
      break;
    }
    default: {
      throw new PolicyLookupError("参展形式 为「" + p1 + "」，表中没有这一项", W24);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "单个展会奖励", value: showValue(v0, "money"), source: src });
  const t4 = K27.minus(p2);
  const t5 = t4.isNegative() ? ZERO : t4;
  const v1: Decimal = t5;
  if (t) t.push({ step: "当年剩余额度 = 30万元 扣除 " + showValue(p2, "money"), value: showValue(v1, "money"), source: S131 });
  const t6 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t6, "money"), source: "" });
  return t6;
}

// 第43条「推动清廉民企建设」 policies/pinghu-000-xinzhi.zc:1410
function clause_CLEAN_ENTERPRISE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「等级」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "1A级":
    {
      t0 = K17;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S132 });
      src = S132;
      break;
    }
    case "2A级":
    {
      t0 = K45;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S132 });
      src = S132;
      break;
    }
    case "3A级":
    case "4A级":
    {
      t0 = K0;
      if (t) t.push({ step: "等级 为「" + p0 + "」", value: showValue(t0, "money"), source: S133 });
      src = S133;
      break;
    }
    default: {
      throw new PolicyLookupError("等级 为「" + p0 + "」，表中没有这一项", W25);
    }
  }
  if (t) t.push({ step: "结果", value: showValue(t0, "money"), source: src });
  return t0;
}

// 第44条「行业协会产业集群荣誉奖励」 policies/pinghu-000-xinzhi.zc:1431
function clause_ASSOCIATION_CLUSTER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「认定类型」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K12;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S134 });
      src = S134;
      break;
    }
    case "省级":
    {
      t0 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S134 });
      src = S134;
      break;
    }
    case "嘉兴市级":
    {
      t0 = K0;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S134 });
      src = S134;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W26);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "新认定奖额", value: showValue(v0, "money"), source: src });
  src = "";
  let t1: Decimal;
  switch (p0) {
    case "国家级":
    {
      t1 = K15;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t1, "money"), source: S135 });
      src = S135;
      break;
    }
    case "省级":
    {
      t1 = K33;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t1, "money"), source: S135 });
      src = S135;
      break;
    }
    case "嘉兴市级":
    {
      t1 = K34;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t1, "money"), source: S135 });
      src = S135;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W27);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "复评奖额", value: showValue(v1, "money"), source: src });
  let t2: Decimal;
  let t2b = 1;
  b0: {
    const t3 = (p1 === "新认定");
    if (t3) {
      t2 = v0;
      t2b = 0;
      break b0;
    }
    t2 = v1;
  }
  if (t) t.push({ step: "结果（" + B2[t2b]! + "）", value: showValue(t2, "money"), source: "" });
  return t2;
}

// 第44条「协会组织企业区域品牌抱团参展奖励」 policies/pinghu-000-xinzhi.zc:1460
function clause_ASSOCIATION_EXPO(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「组织企业家次」", value: showValue(p0, "家次"), source: "" });
  const t0 = cmp(p0, K14) >= 0;
  if (t) t.push({ step: "适用：组织企业家次 ≥ 50家次", value: t0 ? "是" : "否", source: S136 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K33, "money"), source: S137 });
  return K33;
}

// 第45条「扶持小额贷款公司（风险奖励）」 policies/pinghu-000-xinzhi.zc:1475
function clause_MICROCREDIT_RISK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「损失净额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「当年度贡献」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「不良率」", value: showValue(p2, "ratio"), source: "" });
  const p3 = a[3] as boolean;
  if (t) t.push({ step: "输入「评级达B级」", value: showValue(p3, "plain"), source: "" });
  if (t) t.push({ step: "适用：评级达B级", value: p3 ? "是" : "否", source: S138 });
  if (!p3) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t0 = cmp(p2, K42) <= 0;
  if (t) t.push({ step: "适用：不良率 ≤ 3%", value: t0 ? "是" : "否", source: S139 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K17);
  const v0: Decimal = t1;
  if (t) t.push({ step: "风险奖励 = " + showValue(p0, "money") + " × 30%", value: showValue(v0, "money"), source: S140 });
  const t2 = p1.times(K16);
  const v1: Decimal = t2;
  if (t) t.push({ step: "贡献上限 = " + showValue(p1, "money") + " × 50%", value: showValue(v1, "money"), source: S141 });
  const t3 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// 第46条「扶持民间融资服务中心（风险奖励）」 policies/pinghu-000-xinzhi.zc:1503
function clause_PRIVATE_FINANCE_RISK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「损失净额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「当年度贡献」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「资产不良率」", value: showValue(p2, "ratio"), source: "" });
  const t0 = cmp(p2, K21) <= 0;
  if (t) t.push({ step: "适用：资产不良率 ≤ 1%", value: t0 ? "是" : "否", source: S142 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K17);
  const v0: Decimal = t1;
  if (t) t.push({ step: "风险奖励 = " + showValue(p0, "money") + " × 30%", value: showValue(v0, "money"), source: S143 });
  const t2 = p1.times(K16);
  const v1: Decimal = t2;
  if (t) t.push({ step: "贡献上限 = " + showValue(p1, "money") + " × 50%", value: showValue(v1, "money"), source: S141 });
  const t3 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t3, "money"), source: "" });
  return t3;
}

// （十）「支持开展关键核心技术攻关」 policies/pinghu-003-pingzhengfa-2024-10.zc:22
function clause_SCI_TECH_PROJECT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「项目类别」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「验收结果」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家科技重大专项":
    {
      t0 = K8;
      if (t) t.push({ step: "项目类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S144 });
      src = S144;
      break;
    }
    case "市科技计划重大类":
    {
      t0 = K14;
      if (t) t.push({ step: "项目类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S145 });
      src = S145;
      break;
    }
    case "市科技计划重点类":
    {
      t0 = K13;
      if (t) t.push({ step: "项目类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S145 });
      src = S145;
      break;
    }
    default: {
      throw new PolicyLookupError("项目类别 为「" + p0 + "」，表中没有这一项", W28);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励标准", value: showValue(v0, "money"), source: src });
  const t2 = (p0 === "国家科技重大专项");
  let t1 = t2;
  if (!t1) {
    const t3 = (p1 === "通过" || p1 === "基本通过");
    t1 = t3;
  }
  if (t) t.push({ step: "适用：项目类别 是 国家科技重大专项 或 验收结果 属于 通过、基本通过", value: t1 ? "是" : "否", source: S146 });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  let t4: Decimal;
  let t4b = 1;
  b0: {
    const t6 = (p0 === "国家科技重大专项");
    let t5 = t6;
    if (!t5) {
      const t7 = (p1 === "通过");
      t5 = t7;
    }
    if (t5) {
      t4 = v0;
      t4b = 0;
      break b0;
    }
    const t8 = v0.div(2);
    t4 = t8;
  }
  if (t) t.push({ step: "结果（" + B3[t4b]! + "）", value: showValue(t4, "money"), source: S147 });
  return t4;
}

// （十一）「推动企业加大研发投入（研发费用增长奖励）」 policies/pinghu-003-pingzhengfa-2024-10.zc:54
function clause_RD_GROWTH(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「研发费用」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「上年研发费用」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「营业收入」", value: showValue(p2, "money"), source: "" });
  const t0 = cmp(p2, K20) > 0;
  if (!t0) throw new PolicyInputError("营业收入须大于0", W29);
  const t1 = cmp(p0, K8) >= 0;
  if (t) t.push({ step: "适用：研发费用 ≥ 100万元", value: t1 ? "是" : "否", source: S148 });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t2 = p0.minus(p1);
  const v0: Decimal = t2;
  if (t) t.push({ step: "增长部分 = " + showValue(p0, "money") + " − " + showValue(p1, "money"), value: showValue(v0, "money"), source: S149 });
  if (p2.isZero()) throw new PolicyInputError("计算时除数「营业收入」为零", W30);
  const t3 = p0.div(p2);
  const v1: Decimal = t3;
  if (t) t.push({ step: "研发占比 = " + showValue(p0, "money") + " ÷ " + showValue(p2, "money"), value: showValue(v1, "ratio"), source: S150 });
  src = "";
  let t4: Decimal;
  b0: {
    if (cmp(p0, K18) >= 0) {
      t4 = K42;
      if (t) t.push({ step: "研发费用 落在「5000万元（含）以上」", value: showValue(t4, "ratio"), source: S151 });
      src = S151;
      break b0;
    }
    if (cmp(p0, K41) >= 0) {
      t4 = K43;
      if (t) t.push({ step: "研发费用 落在「1000万元（含）至5000万元」", value: showValue(t4, "ratio"), source: S152 });
      src = S152;
      break b0;
    }
    if (cmp(p0, K8) >= 0) {
      t4 = K5;
      if (t) t.push({ step: "研发费用 落在「100万元（含）至1000万元」", value: showValue(t4, "ratio"), source: S153 });
      src = S153;
      break b0;
    }
    t4 = K20;
    if (t) t.push({ step: "研发费用 不在所列各档", value: showValue(t4, "ratio"), source: "" });
    src = "";
  }
  const v2: Decimal = t4;
  if (t) t.push({ step: "占比要求", value: showValue(v2, "ratio"), source: src });
  src = "";
  let t5: Decimal;
  b1: {
    if (cmp(p0, K18) >= 0) {
      t5 = K5;
      if (t) t.push({ step: "研发费用 落在「5000万元（含）以上」", value: showValue(t5, "ratio"), source: S154 });
      src = S154;
      break b1;
    }
    if (cmp(p0, K41) >= 0) {
      t5 = K26;
      if (t) t.push({ step: "研发费用 落在「1000万元（含）至5000万元」", value: showValue(t5, "ratio"), source: S155 });
      src = S155;
      break b1;
    }
    if (cmp(p0, K8) >= 0) {
      t5 = K4;
      if (t) t.push({ step: "研发费用 落在「100万元（含）至1000万元」", value: showValue(t5, "ratio"), source: S156 });
      src = S156;
      break b1;
    }
    t5 = K20;
    if (t) t.push({ step: "研发费用 不在所列各档", value: showValue(t5, "ratio"), source: "" });
    src = "";
  }
  const v3: Decimal = t5;
  if (t) t.push({ step: "增速要求", value: showValue(v3, "ratio"), source: src });
  const t6 = p1.times(v3);
  const v4: Decimal = t6;
  if (t) t.push({ step: "所需增长额 = " + showValue(p1, "money") + " × " + showValue(v3, "ratio"), value: showValue(v4, "money"), source: S157 });
  const t9 = cmp(v1, v2) >= 0;
  let t8 = t9;
  if (t8) {
    const t10 = cmp(v0, v4) >= 0;
    t8 = t10;
  }
  let t7 = t8;
  if (!t7) {
    const t12 = cmp(v1, K26) >= 0;
    let t11 = t12;
    if (t11) {
      const t13 = cmp(v0, K20) > 0;
      t11 = t13;
    }
    t7 = t11;
  }
  if (t) t.push({ step: "适用：（研发占比 ≥ 占比要求 且 增长部分 ≥ 所需增长额） 或 （研发占比 ≥ 10% 且 增长部分 > 0万元）", value: t7 ? "是" : "否", source: S158 });
  if (!t7) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t14: Decimal;
  b2: {
    if (cmp(p0, K18) >= 0) {
      t14 = K8;
      if (t) t.push({ step: "研发费用 落在「5000万元（含）以上」", value: showValue(t14, "money"), source: S159 });
      src = S159;
      break b2;
    }
    if (cmp(p0, K41) >= 0) {
      t14 = K37;
      if (t) t.push({ step: "研发费用 落在「1000万元（含）至5000万元」", value: showValue(t14, "money"), source: S160 });
      src = S160;
      break b2;
    }
    if (cmp(p0, K8) >= 0) {
      t14 = K39;
      if (t) t.push({ step: "研发费用 落在「100万元（含）至1000万元」", value: showValue(t14, "money"), source: S161 });
      src = S161;
      break b2;
    }
    t14 = K20;
    if (t) t.push({ step: "研发费用 不在所列各档", value: showValue(t14, "money"), source: "" });
    src = "";
  }
  const v5: Decimal = t14;
  if (t) t.push({ step: "最高奖励", value: showValue(v5, "money"), source: src });
  const t15 = v0.times(K26);
  const t16 = cmp(t15, v5) <= 0 ? t15 : v5;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " × 10% 封顶 " + showValue(v5, "money"), value: showValue(t16, "money"), source: S162 });
  return t16;
}

// （十二）「新认定省重点实验室、工程技术研究中心、新型研发机构奖励」 policies/pinghu-003-pingzhengfa-2024-10.zc:119
function clause_RD_PLATFORM(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省重点实验室":
    case "省工程技术研究中心":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S163 });
      src = S163;
      break;
    }
    case "嘉兴市重点实验室A类":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S164 });
      src = S164;
      break;
    }
    case "省级新型研发机构":
    {
      t0 = K25;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S165 });
      src = S165;
      break;
    }
    case "嘉兴市级新型研发机构":
    {
      t0 = K8;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S165 });
      src = S165;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W31);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （十二）「市重点实验室（A类）绩效优秀经费支持」 policies/pinghu-003-pingzhengfa-2024-10.zc:143
function clause_KEY_LAB_EXCELLENT(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p0, "年"), source: "" });
  const t0 = cmp(p0, K33) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 2年", value: t0 ? "是" : "否", source: S166 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  if (t) t.push({ step: "结果", value: showValue(K12, "money"), source: S167 });
  return K12;
}

// （十三）「国家级重大科技成果转化项目奖励」 policies/pinghu-003-pingzhengfa-2024-10.zc:159
function clause_TECH_TRANSFER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「累计已获奖励」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p2, "年"), source: "" });
  const t0 = cmp(p2, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S168 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(K26);
  const v0: Decimal = t1;
  if (t) t.push({ step: "本年奖励 = " + showValue(p0, "money") + " × 10%", value: showValue(v0, "money"), source: S169 });
  const t2 = K18.minus(p1);
  const t3 = t2.isNegative() ? ZERO : t2;
  const v1: Decimal = t3;
  if (t) t.push({ step: "剩余额度 = 5,000万元 扣除 " + showValue(p1, "money"), value: showValue(v1, "money"), source: S170 });
  const t4 = cmp(v0, v1) <= 0 ? v0 : v1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 " + showValue(v1, "money"), value: showValue(t4, "money"), source: "" });
  return t4;
}

// （十三）「省级新产品试制计划验收奖励」 policies/pinghu-003-pingzhengfa-2024-10.zc:186
function clause_NEW_PRODUCT_TRIAL(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「新产品数」", value: showValue(p0, "项"), source: "" });
  const t0 = K34.times(p0);
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励 = 1万元/项 × " + showValue(p0, "项"), value: showValue(v0, "money"), source: S171 });
  const t1 = cmp(v0, K0) <= 0 ? v0 : K0;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 3万元", value: showValue(t1, "money"), source: S172 });
  return t1;
}

// （十三）「科技成果奖励（国家、省科学技术奖）」 policies/pinghu-003-pingzhengfa-2024-10.zc:204
function clause_SCI_TECH_AWARD(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「奖项」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as string;
  if (t) t.push({ step: "输入「完成单位排名」", value: showValue(p1, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家最高科学技术奖":
    {
      t0 = K25;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S173 });
      src = S173;
      break;
    }
    case "国家级特等奖":
    {
      t0 = K10;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S174 });
      src = S174;
      break;
    }
    case "国家级一等奖":
    {
      t0 = K8;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S174 });
      src = S174;
      break;
    }
    case "国家级二等奖":
    {
      t0 = K37;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S174 });
      src = S174;
      break;
    }
    case "浙江科技大奖":
    {
      t0 = K37;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S175 });
      src = S175;
      break;
    }
    case "省级一等奖":
    {
      t0 = K14;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S176 });
      src = S176;
      break;
    }
    case "省级二等奖":
    {
      t0 = K27;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S176 });
      src = S176;
      break;
    }
    case "省级三等奖":
    {
      t0 = K19;
      if (t) t.push({ step: "奖项 为「" + p0 + "」", value: showValue(t0, "money"), source: S176 });
      src = S176;
      break;
    }
    default: {
      throw new PolicyLookupError("奖项 为「" + p0 + "」，表中没有这一项", W32);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "第一完成单位奖额", value: showValue(v0, "money"), source: src });
  src = "";
  let t1: Decimal;
  switch (p1) {
    case "第一":
    {
      t1 = K34;
      if (t) t.push({ step: "完成单位排名 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S177 });
      src = S177;
      break;
    }
    case "第二":
    {
      t1 = K32;
      if (t) t.push({ step: "完成单位排名 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S178 });
      src = S178;
      break;
    }
    case "第三":
    {
      t1 = K17;
      if (t) t.push({ step: "完成单位排名 为「" + p1 + "」", value: showValue(t1, "ratio"), source: S178 });
      src = S178;
      break;
    }
    default: {
      throw new PolicyLookupError("完成单位排名 为「" + p1 + "」，表中没有这一项", W33);
    }
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "排名系数", value: showValue(v1, "ratio"), source: src });
  const t2 = v0.times(v1);
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " × " + showValue(v1, "ratio"), value: showValue(t2, "money"), source: "" });
  return t2;
}

// （十九）「推进企业数字化改造（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:252
function clause_DIGITAL_RETROFIT_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「项目投资额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「软件及信息服务费」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「智能硬件费用」", value: showValue(p2, "money"), source: "" });
  const p3 = a[3] as string;
  if (t) t.push({ step: "输入「验收档次」", value: showValue(p3, "plain"), source: "" });
  const t0 = cmp(p0, K19) >= 0;
  if (t) t.push({ step: "适用：项目投资额 ≥ 20万元", value: t0 ? "是" : "否", source: S179 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  src = "";
  let t1: Decimal;
  b0: {
    if (cmp(p0, K10) >= 0) {
      src = "";
      let t2: Decimal;
      switch (p3) {
        case "A档":
        {
          t2 = K48;
          if (t) t.push({ step: "验收档次 为「" + p3 + "」", value: showValue(t2, "ratio"), source: S180 });
          src = S180;
          break;
        }
        case "B档":
        {
          t2 = K49;
          if (t) t.push({ step: "验收档次 为「" + p3 + "」", value: showValue(t2, "ratio"), source: S181 });
          src = S181;
          break;
        }
        default: {
          throw new PolicyLookupError("验收档次 为「" + p3 + "」，表中没有这一项", W34);
        }
      }
      t1 = t2;
      src = src || S182;
      if (t) t.push({ step: "项目投资额 落在「200万元（含）以上」", value: showValue(t1, "ratio"), source: src });
      break b0;
    }
    if (cmp(p0, K19) >= 0) {
      src = "";
      let t3: Decimal;
      switch (p3) {
        case "A档":
        {
          t3 = K17;
          if (t) t.push({ step: "验收档次 为「" + p3 + "」", value: showValue(t3, "ratio"), source: S183 });
          src = S183;
          break;
        }
        case "B档":
        {
          t3 = K2;
          if (t) t.push({ step: "验收档次 为「" + p3 + "」", value: showValue(t3, "ratio"), source: S184 });
          src = S184;
          break;
        }
        default: {
          throw new PolicyLookupError("验收档次 为「" + p3 + "」，表中没有这一项", W34);
        }
      }
      t1 = t3;
      src = src || S185;
      if (t) t.push({ step: "项目投资额 落在「20万元到200万元」", value: showValue(t1, "ratio"), source: src });
      break b0;
    }
    t1 = K20;
    if (t) t.push({ step: "项目投资额 不在所列各档", value: showValue(t1, "ratio"), source: "" });
    src = "";
  }
  const v0: Decimal = t1;
  if (t) t.push({ step: "软件奖励比率", value: showValue(v0, "ratio"), source: src });
  src = "";
  let t4: Decimal;
  switch (p3) {
    case "A档":
    {
      t4 = K26;
      if (t) t.push({ step: "验收档次 为「" + p3 + "」", value: showValue(t4, "ratio"), source: S186 });
      src = S186;
      break;
    }
    case "B档":
    {
      t4 = K28;
      if (t) t.push({ step: "验收档次 为「" + p3 + "」", value: showValue(t4, "ratio"), source: S187 });
      src = S187;
      break;
    }
    default: {
      throw new PolicyLookupError("验收档次 为「" + p3 + "」，表中没有这一项", W35);
    }
  }
  const v1: Decimal = t4;
  if (t) t.push({ step: "硬件奖励比率", value: showValue(v1, "ratio"), source: src });
  const t5 = p1.times(v0);
  const v2: Decimal = t5;
  if (t) t.push({ step: "软件奖励 = " + showValue(p1, "money") + " × " + showValue(v0, "ratio"), value: showValue(v2, "money"), source: "" });
  const t6 = p2.times(v1);
  const v3: Decimal = t6;
  if (t) t.push({ step: "硬件奖励 = " + showValue(p2, "money") + " × " + showValue(v1, "ratio"), value: showValue(v3, "money"), source: "" });
  const t7 = v2.plus(v3);
  const v4: Decimal = t7;
  if (t) t.push({ step: "项目奖励 = " + showValue(v2, "money") + " + " + showValue(v3, "money"), value: showValue(v4, "money"), source: "" });
  let t8: Decimal;
  let t8b = 1;
  b1: {
    const t9 = cmp(p0, K10) >= 0;
    if (t9) {
      const t10 = cmp(v4, K25) <= 0 ? v4 : K25;
      t8 = t10;
      t8b = 0;
      break b1;
    }
    t8 = v4;
  }
  if (t) t.push({ step: "结果（" + B4[t8b]! + "）", value: showValue(t8, "money"), source: S188 });
  return t8;
}

// （十九）「未来工厂、智能工厂、数字化车间奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:297
function clause_FUTURE_FACTORY_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级未来工厂":
    {
      t0 = K10;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S189 });
      src = S189;
      break;
    }
    case "未来工厂试点":
    case "省级智能工厂":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S189 });
      src = S189;
      break;
    }
    case "数字化车间":
    {
      t0 = K27;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S189 });
      src = S189;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W36);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十）「加快企业绿色化改造（节能改造，2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:318
function clause_ENERGY_SAVING_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「节能量」", value: showValue(p0, "吨标煤"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「二氧化碳减排量」", value: showValue(p1, "吨"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「设备投资额」", value: showValue(p2, "money"), source: "" });
  src = "";
  let t0: Decimal;
  b0: {
    if (cmp(p2, K25) >= 0) {
      let t1: Decimal;
      b1: {
        const t3 = cmp(p0, K10) >= 0;
        let t2 = t3;
        if (!t2) {
          const t4 = cmp(p1, K7) >= 0;
          t2 = t4;
        }
        if (t2) {
          t1 = K26;
          break b1;
        }
        t1 = K20;
      }
      t0 = t1;
      if (t) t.push({ step: "设备投资额 落在「300万元（含）以上」", value: showValue(t0, "ratio"), source: S190 });
      src = S190;
      break b0;
    }
    if (cmp(p2, K39) >= 0) {
      let t5: Decimal;
      b2: {
        const t7 = cmp(p0, K36) >= 0;
        let t6 = t7;
        if (!t6) {
          const t8 = cmp(p1, K37) >= 0;
          t6 = t8;
        }
        if (t6) {
          t5 = K28;
          break b2;
        }
        t5 = K20;
      }
      t0 = t5;
      if (t) t.push({ step: "设备投资额 落在「60万元到300万元」", value: showValue(t0, "ratio"), source: S191 });
      src = S191;
      break b0;
    }
    t0 = K20;
    if (t) t.push({ step: "设备投资额 不在所列各档", value: showValue(t0, "ratio"), source: "" });
    src = "";
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励比率", value: showValue(v0, "ratio"), source: src });
  const t9 = p2.times(v0);
  const t10 = cmp(t9, K7) <= 0 ? t9 : K7;
  if (t) t.push({ step: "结果 = " + showValue(p2, "money") + " × " + showValue(v0, "ratio") + " 封顶 400万元", value: showValue(t10, "money"), source: S192 });
  return t10;
}

// （二十）「绿色工厂、绿色园区、绿色供应链奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:352
function clause_GREEN_FACTORY_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「认定类别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级绿色工厂":
    case "国家级绿色园区":
    {
      t0 = K8;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S193 });
      src = S193;
      break;
    }
    case "省级绿色工厂":
    case "省级绿色园区":
    {
      t0 = K14;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S193 });
      src = S193;
      break;
    }
    case "嘉兴市级绿色工厂":
    case "嘉兴市级绿色园区":
    {
      t0 = K19;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S193 });
      src = S193;
      break;
    }
    case "国家级绿色供应链示范企业":
    case "国家级绿色设计产品示范企业":
    {
      t0 = K8;
      if (t) t.push({ step: "认定类别 为「" + p0 + "」", value: showValue(t0, "money"), source: S194 });
      src = S194;
      break;
    }
    default: {
      throw new PolicyLookupError("认定类别 为「" + p0 + "」，表中没有这一项", W37);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十一）「制造业创新中心奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:380
function clause_INNOVATION_CENTER_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K30;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S195 });
      src = S195;
      break;
    }
    case "省级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S195 });
      src = S195;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W38);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十一）「企业技术中心奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:398
function clause_TECH_CENTER_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家级":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S196 });
      src = S196;
      break;
    }
    case "省级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S196 });
      src = S196;
      break;
    }
    case "嘉兴市级":
    {
      t0 = K19;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S196 });
      src = S196;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W39);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十一）「首台（套）、首版次、首批次认定奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:418
function clause_FIRST_SET_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国内":
    {
      t0 = K8;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S197 });
      src = S197;
      break;
    }
    case "省内":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S197 });
      src = S197;
      break;
    }
    case "嘉兴市内":
    {
      t0 = K19;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S197 });
      src = S197;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W40);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十一）「首台（套）产品保险补偿（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:438
function clause_FIRST_SET_INSURANCE_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「年度保费」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「投保金额」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as boolean;
  if (t) t.push({ step: "输入「已享受上级保费支持」", value: showValue(p2, "plain"), source: "" });
  const p3 = a[3] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p3, "年"), source: "" });
  const t0 = !p2;
  if (t) t.push({ step: "适用：非 已享受上级保费支持", value: t0 ? "是" : "否", source: S198 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = cmp(p3, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t1 ? "是" : "否", source: S199 });
  if (!t1) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t2 = p1.times(K42);
  const t3 = cmp(p0, t2) <= 0 ? p0 : t2;
  const v0: Decimal = t3;
  if (t) t.push({ step: "可支持保费 = " + showValue(p0, "money") + " 封顶 " + showValue(p1, "money") + " × 3%", value: showValue(v0, "money"), source: S200 });
  const t4 = v0.times(K50);
  const v1: Decimal = t4;
  if (t) t.push({ step: "支持额 = " + showValue(v0, "money") + " × 80%", value: showValue(v1, "money"), source: S201 });
  const t5 = cmp(v1, K19) <= 0 ? v1 : K19;
  if (t) t.push({ step: "结果 = " + showValue(v1, "money") + " 封顶 20万元", value: showValue(t5, "money"), source: S202 });
  return t5;
}

// （二十一）「“浙江制造精品”奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:470
function clause_ZJ_FINE_PRODUCT_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「产品数」", value: showValue(p0, "个"), source: "" });
  const t0 = cmp(p0, K0) <= 0 ? p0 : K0;
  const v0: Decimal = t0;
  if (t) t.push({ step: "计奖产品数 = " + showValue(p0, "个") + " 封顶 3个", value: showValue(v0, "个"), source: S203 });
  const t1 = K12.times(v0);
  if (t) t.push({ step: "结果 = 10万元/个 × " + showValue(v0, "个"), value: showValue(t1, "money"), source: S204 });
  return t1;
}

// （二十二）「加大对企业认定支持（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:487
function clause_SPECIALIZED_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "国家单项冠军":
    {
      t0 = K30;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S205 });
      src = S205;
      break;
    }
    case "国家级专精特新小巨人":
    {
      t0 = K8;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S206 });
      src = S206;
      break;
    }
    case "省级专精特新中小企业":
    {
      t0 = K19;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S207 });
      src = S207;
      break;
    }
    case "省雄鹰企业":
    {
      t0 = K8;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S208 });
      src = S208;
      break;
    }
    case "省级隐形冠军":
    {
      t0 = K14;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S97 });
      src = S97;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W41);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十六）「高质量小微企业园星级认定奖励」 policies/pinghu-003-pingzhengfa-2024-10.zc:514
function clause_MICRO_PARK(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「星级」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "三星级":
    {
      t0 = K27;
      if (t) t.push({ step: "星级 为「" + p0 + "」", value: showValue(t0, "money"), source: S209 });
      src = S209;
      break;
    }
    case "四星级":
    {
      t0 = K14;
      if (t) t.push({ step: "星级 为「" + p0 + "」", value: showValue(t0, "money"), source: S209 });
      src = S209;
      break;
    }
    case "五星级":
    {
      t0 = K8;
      if (t) t.push({ step: "星级 为「" + p0 + "」", value: showValue(t0, "money"), source: S209 });
      src = S209;
      break;
    }
    default: {
      throw new PolicyLookupError("星级 为「" + p0 + "」，表中没有这一项", W42);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （二十九）「服务业创新发展区评价居前奖励」 policies/pinghu-003-pingzhengfa-2024-10.zc:536
function clause_SERVICE_ZONE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  if (t) t.push({ step: "结果", value: showValue(K14, "money"), source: S210 });
  return K14;
}

// （三十）「平湖市功勋企业、明星企业奖励（服务业，2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:544
function clause_STAR_ENTERPRISE_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "功勋企业":
    {
      t0 = K19;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S211 });
      src = S211;
      break;
    }
    case "明星企业":
    {
      t0 = K12;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S211 });
      src = S211;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W43);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （三十一）「首版次软件产品保险补偿」 policies/pinghu-003-pingzhengfa-2024-10.zc:561
function clause_FIRST_EDITION_INSURANCE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「年度保费」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「投保金额」", value: showValue(p1, "money"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p2, "年"), source: "" });
  const t0 = cmp(p2, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S212 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p1.times(K42);
  const t2 = cmp(p0, t1) <= 0 ? p0 : t1;
  const v0: Decimal = t2;
  if (t) t.push({ step: "可补偿保费 = " + showValue(p0, "money") + " 封顶 " + showValue(p1, "money") + " × 3%", value: showValue(v0, "money"), source: S213 });
  src = "";
  const t3 = p2.toFixed();
  let t4: Decimal;
  switch (t3) {
    case "1":
    {
      t4 = K50;
      if (t) t.push({ step: "第几年 为「" + showValue(p2, "年") + "」", value: showValue(t4, "ratio"), source: S214 });
      src = S214;
      break;
    }
    case "2":
    {
      t4 = K45;
      if (t) t.push({ step: "第几年 为「" + showValue(p2, "年") + "」", value: showValue(t4, "ratio"), source: S215 });
      src = S215;
      break;
    }
    case "3":
    {
      t4 = K32;
      if (t) t.push({ step: "第几年 为「" + showValue(p2, "年") + "」", value: showValue(t4, "ratio"), source: S215 });
      src = S215;
      break;
    }
    default: {
      t4 = K20;
      if (t) t.push({ step: "第几年 为「" + showValue(p2, "年") + "」（其余）", value: showValue(t4, "ratio"), source: S212 });
      src = S212;
    }
  }
  const v1: Decimal = t4;
  if (t) t.push({ step: "补偿率", value: showValue(v1, "ratio"), source: src });
  const t5 = v0.times(v1);
  const v2: Decimal = t5;
  if (t) t.push({ step: "补偿额 = " + showValue(v0, "money") + " × " + showValue(v1, "ratio"), value: showValue(v2, "money"), source: "" });
  const t6 = cmp(v2, K19) <= 0 ? v2 : K19;
  if (t) t.push({ step: "结果 = " + showValue(v2, "money") + " 封顶 20万元", value: showValue(t6, "money"), source: S216 });
  return t6;
}

// （三十一）「首版次软件产品评定奖励（2024年政策）」 policies/pinghu-003-pingzhengfa-2024-10.zc:596
function clause_FIRST_EDITION_SOFTWARE_2024(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「级别」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "市级":
    {
      t0 = K19;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S217 });
      src = S217;
      break;
    }
    case "省级":
    {
      t0 = K14;
      if (t) t.push({ step: "级别 为「" + p0 + "」", value: showValue(t0, "money"), source: S217 });
      src = S217;
      break;
    }
    default: {
      throw new PolicyLookupError("级别 为「" + p0 + "」，表中没有这一项", W44);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （四十五）「短期出口信用保险保费补助」 policies/pinghu-003-pingzhengfa-2024-10.zc:616
function clause_EXPORT_CREDIT_INSURANCE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「保费」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K32);
  const v0: Decimal = t0;
  if (t) t.push({ step: "补助 = " + showValue(p0, "money") + " × 60%", value: showValue(v0, "money"), source: S218 });
  const t1 = cmp(v0, K11) <= 0 ? v0 : K11;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 500万元", value: showValue(t1, "money"), source: S219 });
  return t1;
}

// （四十五）「省级内外贸一体化试点奖励」 policies/pinghu-003-pingzhengfa-2024-10.zc:634
function clause_TRADE_INTEGRATION(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「称号」", value: showValue(p0, "plain"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "省级内外贸一体化改革试点培育基地":
    {
      t0 = K27;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S220 });
      src = S220;
      break;
    }
    case "省级内外贸一体化领跑者企业":
    {
      t0 = K51;
      if (t) t.push({ step: "称号 为「" + p0 + "」", value: showValue(t0, "money"), source: S220 });
      src = S220;
      break;
    }
    default: {
      throw new PolicyLookupError("称号 为「" + p0 + "」，表中没有这一项", W45);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖励", value: showValue(v0, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v0, "money"), source: "" });
  return v0;
}

// （五十）「“农创担”农创客贷款贴息」 policies/pinghu-003-pingzhengfa-2024-10.zc:652
function clause_AGRI_STARTUP_LOAN(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「贷款金额」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「LPR」", value: showValue(p1, "ratio"), source: "" });
  const p2 = a[2] as Decimal;
  if (t) t.push({ step: "输入「第几年」", value: showValue(p2, "年"), source: "" });
  const t0 = cmp(p2, K0) <= 0;
  if (t) t.push({ step: "适用：第几年 ≤ 3年", value: t0 ? "是" : "否", source: S168 });
  if (!t0) {
    if (t) t.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
    return ZERO;
  }
  const t1 = p0.times(p1);
  const t2 = t1.times(K16);
  const v0: Decimal = t2;
  if (t) t.push({ step: "贴息 = " + showValue(p0, "money") + " × " + showValue(p1, "ratio") + " × 50%", value: showValue(v0, "money"), source: S221 });
  const t3 = cmp(v0, K14) <= 0 ? v0 : K14;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 封顶 50万元", value: showValue(t3, "money"), source: S222 });
  return t3;
}

// （五十二）「规模粮油生产主体市级配套补贴」 policies/pinghu-003-pingzhengfa-2024-10.zc:675
function clause_GRAIN_SCALE(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「稻麦种植面积」", value: showValue(p0, "亩"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「油菜种植面积」", value: showValue(p1, "亩"), source: "" });
  const t0 = p0.plus(p1);
  const v0: Decimal = t0;
  if (t) t.push({ step: "复种面积 = " + showValue(p0, "亩") + " + " + showValue(p1, "亩"), value: showValue(v0, "亩"), source: S223 });
  src = "";
  let t1: Decimal;
  b0: {
    if (cmp(v0, K14) >= 0) {
      const t2 = p0.times(K52);
      const t3 = p1.times(K47);
      const t4 = t2.plus(t3);
      t1 = t4;
      if (t) t.push({ step: "复种面积 落在「50亩（含）以上」", value: showValue(t1, "money"), source: S224 });
      src = S224;
      break b0;
    }
    let t5: Decimal;
    b1: {
      const t6 = cmp(p1, K15) >= 0;
      if (t6) {
        const t7 = p1.times(K53);
        t5 = t7;
        break b1;
      }
      t5 = K20;
    }
    t1 = t5;
    if (t) t.push({ step: "复种面积 不在所列各档", value: showValue(t1, "money"), source: S225 });
    src = S225;
  }
  const v1: Decimal = t1;
  if (t) t.push({ step: "市级补贴", value: showValue(v1, "money"), source: src });
  if (t) t.push({ step: "结果", value: showValue(v1, "money"), source: "" });
  return v1;
}

// （五十二）「粮食订单奖补」 policies/pinghu-003-pingzhengfa-2024-10.zc:704
function clause_GRAIN_ORDER(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  let src = "";
  const p0 = a[0] as string;
  if (t) t.push({ step: "输入「品种」", value: showValue(p0, "plain"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「订单交售量」", value: showValue(p1, "斤"), source: "" });
  src = "";
  let t0: Decimal;
  switch (p0) {
    case "晚稻":
    {
      t0 = K54;
      if (t) t.push({ step: "品种 为「" + p0 + "」", value: showValue(t0, "万元/斤"), source: S226 });
      src = S226;
      break;
    }
    case "早稻":
    {
      t0 = K55;
      if (t) t.push({ step: "品种 为「" + p0 + "」", value: showValue(t0, "万元/斤"), source: S227 });
      src = S227;
      break;
    }
    default: {
      throw new PolicyLookupError("品种 为「" + p0 + "」，表中没有这一项", W46);
    }
  }
  const v0: Decimal = t0;
  if (t) t.push({ step: "奖补标准", value: showValue(v0, "万元/斤"), source: src });
  const t1 = p1.times(v0);
  if (t) t.push({ step: "结果 = " + showValue(p1, "斤") + " × " + showValue(v0, "万元/斤"), value: showValue(t1, "money"), source: "" });
  return t1;
}

// （五十四）「农业机械购置地方累加补助」 policies/pinghu-003-pingzhengfa-2024-10.zc:726
function clause_AGRI_MACHINERY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「购置价格」", value: showValue(p0, "money"), source: "" });
  const p1 = a[1] as Decimal;
  if (t) t.push({ step: "输入「已享受购置补贴」", value: showValue(p1, "money"), source: "" });
  const t0 = p0.times(K16);
  const v0: Decimal = t0;
  if (t) t.push({ step: "补贴合计上限 = " + showValue(p0, "money") + " × 50%", value: showValue(v0, "money"), source: S228 });
  const t1 = v0.minus(p1);
  const t2 = t1.isNegative() ? ZERO : t1;
  if (t) t.push({ step: "结果 = " + showValue(v0, "money") + " 扣除 " + showValue(p1, "money"), value: showValue(t2, "money"), source: S229 });
  return t2;
}

// （五十四）「引进推广首台（套）农业机械补助」 policies/pinghu-003-pingzhengfa-2024-10.zc:746
function clause_FIRST_SET_AGRI_MACHINERY(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {
  const p0 = a[0] as Decimal;
  if (t) t.push({ step: "输入「购置价格」", value: showValue(p0, "money"), source: "" });
  const t0 = p0.times(K16);
  if (t) t.push({ step: "结果 = " + showValue(p0, "money") + " × 50%", value: showValue(t0, "money"), source: S230 });
  return t0;
}

export const namespace = "PINGHU";
export const functions: readonly CompiledFunction[] = [
  { meta: m0, evaluate: clause_AI_COMPUTE },
  { meta: m1, evaluate: clause_IC_FULL_MASK_TAPEOUT },
  { meta: m2, evaluate: clause_IC_MPW_TAPEOUT },
  { meta: m3, evaluate: clause_IC_AUTO_CERT },
  { meta: m4, evaluate: clause_IC_CRYPTO_CERT },
  { meta: m5, evaluate: clause_SOFTWARE_PRODUCT },
  { meta: m6, evaluate: clause_SOFTWARE_REVENUE_MILESTONE },
  { meta: m7, evaluate: clause_SOFTWARE_ENTERPRISE },
  { meta: m8, evaluate: clause_SOFTWARE_CERT },
  { meta: m9, evaluate: clause_SOFTWARE_PARK },
  { meta: m10, evaluate: clause_SOFTWARE_PARK_RENT },
  { meta: m11, evaluate: clause_IC_LAYOUT },
  { meta: m12, evaluate: clause_IC_IP_EDA },
  { meta: m13, evaluate: clause_DIGITAL_MERCHANT },
  { meta: m14, evaluate: clause_DIGITAL_RETROFIT },
  { meta: m15, evaluate: clause_FUTURE_FACTORY },
  { meta: m16, evaluate: clause_LIGHT_RETROFIT },
  { meta: m17, evaluate: clause_AI_ENABLEMENT },
  { meta: m18, evaluate: clause_DEEP_CLOUD },
  { meta: m19, evaluate: clause_DIGITAL_DEMO },
  { meta: m20, evaluate: clause_INDUSTRIAL_INTERNET },
  { meta: m21, evaluate: clause_INDUSTRY_BRAIN },
  { meta: m22, evaluate: clause_BRAIN_COMPONENT },
  { meta: m23, evaluate: clause_ENERGY_SAVING },
  { meta: m24, evaluate: clause_WATER_SAVING },
  { meta: m25, evaluate: clause_WATER_SAVING_ENTERPRISE },
  { meta: m26, evaluate: clause_GREEN_FACTORY },
  { meta: m27, evaluate: clause_EQUIPMENT },
  { meta: m28, evaluate: clause_FIRST_SET_PURCHASE },
  { meta: m29, evaluate: clause_MACHINE_TOOL_PLATFORM },
  { meta: m30, evaluate: clause_AEROSPACE_PARTS },
  { meta: m31, evaluate: clause_AEROSPACE_CERT },
  { meta: m32, evaluate: clause_AEROSPACE_PARK },
  { meta: m33, evaluate: clause_HYDROGEN },
  { meta: m34, evaluate: clause_DESIGN_COOPERATION },
  { meta: m35, evaluate: clause_INDUSTRIAL_DESIGN_CENTER },
  { meta: m36, evaluate: clause_SERVICE_MFG_DEMO },
  { meta: m37, evaluate: clause_PRODUCER_SERVICE },
  { meta: m38, evaluate: clause_CMA_CNAS },
  { meta: m39, evaluate: clause_FASHION_DESIGN_COOP },
  { meta: m40, evaluate: clause_FASHION_BRAND_EXPO },
  { meta: m41, evaluate: clause_FASHION_WEEK },
  { meta: m42, evaluate: clause_SMART_PRODUCT },
  { meta: m43, evaluate: clause_DESIGNER },
  { meta: m44, evaluate: clause_DIRECT_STORE },
  { meta: m45, evaluate: clause_BRAND_HALL },
  { meta: m46, evaluate: clause_SPECIALIZED },
  { meta: m47, evaluate: clause_INNOVATION_CENTER },
  { meta: m48, evaluate: clause_TECH_CENTER },
  { meta: m49, evaluate: clause_FIRST_SET },
  { meta: m50, evaluate: clause_FIRST_SET_INSURANCE },
  { meta: m51, evaluate: clause_QUALITY_BRAND },
  { meta: m52, evaluate: clause_BRAND_PROMOTION },
  { meta: m53, evaluate: clause_BRAND_OEM },
  { meta: m54, evaluate: clause_DESIGN_STARTUP },
  { meta: m55, evaluate: clause_AWARDED_DESIGNER_FIRM },
  { meta: m56, evaluate: clause_ZJ_FINE_PRODUCT },
  { meta: m57, evaluate: clause_KEY_TECH_PROJECT },
  { meta: m58, evaluate: clause_CHAIN_LEADER },
  { meta: m59, evaluate: clause_BIG_DATA_SERVICE },
  { meta: m60, evaluate: clause_CHAIN_SERVICE_RENT },
  { meta: m61, evaluate: clause_INDUSTRY_EVENT },
  { meta: m62, evaluate: clause_EXHIBITION },
  { meta: m63, evaluate: clause_CLEAN_ENTERPRISE },
  { meta: m64, evaluate: clause_ASSOCIATION_CLUSTER },
  { meta: m65, evaluate: clause_ASSOCIATION_EXPO },
  { meta: m66, evaluate: clause_MICROCREDIT_RISK },
  { meta: m67, evaluate: clause_PRIVATE_FINANCE_RISK },
  { meta: m68, evaluate: clause_SCI_TECH_PROJECT },
  { meta: m69, evaluate: clause_RD_GROWTH },
  { meta: m70, evaluate: clause_RD_PLATFORM },
  { meta: m71, evaluate: clause_KEY_LAB_EXCELLENT },
  { meta: m72, evaluate: clause_TECH_TRANSFER },
  { meta: m73, evaluate: clause_NEW_PRODUCT_TRIAL },
  { meta: m74, evaluate: clause_SCI_TECH_AWARD },
  { meta: m75, evaluate: clause_DIGITAL_RETROFIT_2024 },
  { meta: m76, evaluate: clause_FUTURE_FACTORY_2024 },
  { meta: m77, evaluate: clause_ENERGY_SAVING_2024 },
  { meta: m78, evaluate: clause_GREEN_FACTORY_2024 },
  { meta: m79, evaluate: clause_INNOVATION_CENTER_2024 },
  { meta: m80, evaluate: clause_TECH_CENTER_2024 },
  { meta: m81, evaluate: clause_FIRST_SET_2024 },
  { meta: m82, evaluate: clause_FIRST_SET_INSURANCE_2024 },
  { meta: m83, evaluate: clause_ZJ_FINE_PRODUCT_2024 },
  { meta: m84, evaluate: clause_SPECIALIZED_2024 },
  { meta: m85, evaluate: clause_MICRO_PARK },
  { meta: m86, evaluate: clause_SERVICE_ZONE },
  { meta: m87, evaluate: clause_STAR_ENTERPRISE_2024 },
  { meta: m88, evaluate: clause_FIRST_EDITION_INSURANCE },
  { meta: m89, evaluate: clause_FIRST_EDITION_SOFTWARE_2024 },
  { meta: m90, evaluate: clause_EXPORT_CREDIT_INSURANCE },
  { meta: m91, evaluate: clause_TRADE_INTEGRATION },
  { meta: m92, evaluate: clause_AGRI_STARTUP_LOAN },
  { meta: m93, evaluate: clause_GRAIN_SCALE },
  { meta: m94, evaluate: clause_GRAIN_ORDER },
  { meta: m95, evaluate: clause_AGRI_MACHINERY },
  { meta: m96, evaluate: clause_FIRST_SET_AGRI_MACHINERY },
];

export const settlement: SettlementRules = {
  "namespace": "PINGHU",
  "rules": [
    {
      "id": "BUDGET",
      "title": "预算总额控制、竞争性分配",
      "article": "附则2",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "本政策所有条款实行预算总额控制、竞争性分配。",
      "basis": "本政策所有条款实行预算总额控制、竞争性分配。",
      "kind": "budget"
    },
    {
      "id": "CONTRIBUTION",
      "title": "财政专项资金贡献封顶",
      "article": "附则4",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "本政策第 1-3、5-8、10-11、13-15、19、21、25、27、29-36、40-44 及第 22 条关于销售奖励以外的条款内容、第24 和 26 条关于设计合作奖励以外的条款内容不执行财政专项资金贡献封顶。申报主体是镇街道（包括工业园区开发公司）、协会、个人和其他具有事业/国有/行政机关下属单位等性质的单位，不执行财政专项资金贡献封顶。",
      "basis": "本政策第 1-3、5-8、10-11、13-15、19、21、25、27、29-36、40-44 及第 22 条关于销售奖励以外的条款内容、第24 和 26 条关于设计合作奖励以外的条款内容不执行财政专项资金贡献封顶。申报主体是镇街道（包括工业园区开发公司）、协会、个人和其他具有事业/国有/行政机关下属单位等性质的单位，不执行财政专项资金贡献封顶。",
      "kind": "contributionCap",
      "functions": [
        "SOFTWARE_REVENUE_MILESTONE",
        "DIGITAL_RETROFIT",
        "AI_ENABLEMENT",
        "INDUSTRY_BRAIN",
        "BRAIN_COMPONENT",
        "ENERGY_SAVING",
        "WATER_SAVING",
        "WATER_SAVING_ENTERPRISE",
        "EQUIPMENT",
        "AEROSPACE_PARTS",
        "HYDROGEN",
        "DESIGN_COOPERATION",
        "FASHION_DESIGN_COOP",
        "SMART_PRODUCT",
        "ZJ_FINE_PRODUCT",
        "KEY_TECH_PROJECT",
        "CHAIN_LEADER",
        "BIG_DATA_SERVICE",
        "MICROCREDIT_RISK",
        "PRIVATE_FINANCE_RISK"
      ]
    },
    {
      "id": "EXCLUSION",
      "title": "一票否决事项名单不能享受",
      "article": "附则5",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "享受本政策的单位或个人必须严格遵守国家产业政策和法律法规、切实履行社会责任。凡列入一票否决事项名单的企业和个人，不能享受上述优惠政策。如违法行为存在情节轻微、非主观恶意等情况的，由市工发资金管理委员会 讨论决定是否予以否决。",
      "basis": "凡列入一票否决事项名单的企业和个人，不能享受上述优惠政策",
      "kind": "exclusion"
    },
    {
      "id": "HIGHEST",
      "title": "同一项目不重复奖励、就高执行",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行",
      "kind": "highest"
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励",
      "kind": "ladder",
      "name": "绿色工厂",
      "members": [
        {
          "fn": "GREEN_FACTORY",
          "param": 0,
          "values": [
            "嘉兴市级绿色工厂",
            "省级绿色工厂",
            "国家级绿色工厂"
          ]
        },
        {
          "fn": "GREEN_FACTORY_2024",
          "param": 0,
          "values": [
            "嘉兴市级绿色工厂",
            "省级绿色工厂",
            "国家级绿色工厂"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "绿色园区",
      "members": [
        {
          "fn": "GREEN_FACTORY",
          "param": 0,
          "values": [
            "嘉兴市级绿色园区",
            "省级绿色园区",
            "国家级绿色园区"
          ]
        },
        {
          "fn": "GREEN_FACTORY_2024",
          "param": 0,
          "values": [
            "嘉兴市级绿色园区",
            "省级绿色园区",
            "国家级绿色园区"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "企业技术中心",
      "members": [
        {
          "fn": "TECH_CENTER",
          "param": 0,
          "values": [
            "嘉兴市级",
            "省级",
            "国家级"
          ]
        },
        {
          "fn": "TECH_CENTER_2024",
          "param": 0,
          "values": [
            "嘉兴市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "制造业创新中心",
      "members": [
        {
          "fn": "INNOVATION_CENTER",
          "param": 0,
          "values": [
            "省级",
            "国家级"
          ]
        },
        {
          "fn": "INNOVATION_CENTER_2024",
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
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "首台套首版次首批次",
      "members": [
        {
          "fn": "FIRST_SET",
          "param": 0,
          "values": [
            "嘉兴市内",
            "省内",
            "国内",
            "国际"
          ]
        },
        {
          "fn": "FIRST_SET_2024",
          "param": 0,
          "values": [
            "嘉兴市内",
            "省内",
            "国内"
          ]
        },
        {
          "fn": "FIRST_EDITION_SOFTWARE_2024",
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
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "未来工厂",
      "members": [
        {
          "fn": "FUTURE_FACTORY",
          "param": 0,
          "values": [
            "未来工厂试点",
            "省级未来工厂"
          ]
        },
        {
          "fn": "FUTURE_FACTORY_2024",
          "param": 0,
          "values": [
            "未来工厂试点",
            "省级未来工厂"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "智能工厂数字化车间",
      "members": [
        {
          "fn": "FUTURE_FACTORY",
          "param": 0,
          "values": [
            "数字化车间",
            "省级智能工厂"
          ]
        },
        {
          "fn": "FUTURE_FACTORY_2024",
          "param": 0,
          "values": [
            "数字化车间",
            "省级智能工厂"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "数据管理贯标",
      "members": [
        {
          "fn": "DIGITAL_DEMO",
          "param": 0,
          "values": [
            "数据管理贯标二级",
            "数据管理贯标三级",
            "数据管理贯标四级",
            "数据管理贯标五级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "云上企业",
      "members": [
        {
          "fn": "DIGITAL_DEMO",
          "param": 0,
          "values": [
            "省级云上企业",
            "国家级云上企业"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "浙江数商",
      "members": [
        {
          "fn": "DIGITAL_MERCHANT",
          "param": 0,
          "values": [
            "成长型浙江数商",
            "领军型浙江数商"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
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
        },
        {
          "fn": "SPECIALIZED_2024",
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
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "功勋明星企业",
      "members": [
        {
          "fn": "SPECIALIZED",
          "param": 0,
          "values": [
            "明星企业",
            "功勋企业"
          ]
        },
        {
          "fn": "STAR_ENTERPRISE_2024",
          "param": 0,
          "values": [
            "明星企业",
            "功勋企业"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "软件营收突破",
      "members": [
        {
          "fn": "SOFTWARE_REVENUE_MILESTONE"
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "生产性服务营收",
      "members": [
        {
          "fn": "PRODUCER_SERVICE"
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "清廉民企",
      "members": [
        {
          "fn": "CLEAN_ENTERPRISE",
          "param": 0,
          "values": [
            "1A级",
            "2A级",
            "3A级",
            "4A级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "工业设计企业",
      "members": [
        {
          "fn": "INDUSTRIAL_DESIGN_CENTER",
          "param": 0,
          "values": [
            "嘉兴市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "服务型制造示范",
      "members": [
        {
          "fn": "SERVICE_MFG_DEMO",
          "param": 0,
          "values": [
            "嘉兴市级",
            "省级",
            "国家级"
          ]
        }
      ]
    },
    {
      "id": "UPGRADE",
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "航空航天产业园",
      "members": [
        {
          "fn": "AEROSPACE_PARK",
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
      "title": "同一项目进档升级给予两档之间的差额奖励",
      "article": "附则6",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "basis": "同一项目符合我市多个政策规定的或符合本政策多项规定的，不重复奖励，就高执行；除列举外，同一项目进档升级，属定额奖励的给予两档之间的差额奖励；已享受省级及以上项目资金奖励，但上级要求配套奖励的，可适用本政策意见。",
      "kind": "ladder",
      "name": "政府质量奖",
      "members": [
        {
          "fn": "QUALITY_BRAND",
          "param": 0,
          "values": [
            "平湖市政府质量奖",
            "嘉兴市政府质量奖",
            "浙江省政府质量奖"
          ]
        }
      ]
    },
    {
      "id": "TAPEOUT_CAP",
      "title": "流片奖励单个企业当年度上限",
      "article": "第2条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "对经认定的集成电路企业开展符合一定条件的工程产品（指经过全掩膜板流片）首轮流片，给予该产品掩膜版制作费用最高 40%或首轮流片费用最高 20%、最高 200 万元的奖励；对开展多项目晶圆流片的集 成电路企业，给予产品流片费用最高 20%、最高 100 万元的奖励；以上奖励单个企业当年度最高可获得 500 万元。",
      "basis": "以上奖励单个企业当年度最高可获得 500 万元",
      "kind": "annualCap",
      "functions": [
        "IC_FULL_MASK_TAPEOUT",
        "IC_MPW_TAPEOUT"
      ],
      "sum": "500"
    },
    {
      "id": "AEC_CERT_CAP",
      "title": "车规级芯片认证奖励单个企业当年度上限",
      "article": "第2条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "企业开发的车规级应用集成电路产品完成 AEC-Q100 标准、AEC-Q200 标准认证的，每款产品分别给予最高 10 万元、15万元的奖励，单个企业当年度最高奖励 50 万元。",
      "basis": "单个企业当年度最高奖励 50 万元",
      "kind": "annualCap",
      "functions": [
        "IC_AUTO_CERT"
      ],
      "sum": "50"
    },
    {
      "id": "CRYPTO_CERT_CAP",
      "title": "商用密码芯片认证奖励单个企业当年度上限",
      "article": "第2条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "企业开发的商用密码集成电路产品，完成商用密码产品一级、二级标准认证的，每款产品分别给予最高 10 万元、15 万元的奖励，单个企业当年度最高奖励 50 万元。",
      "basis": "单个企业当年度最高奖励 50 万元",
      "kind": "annualCap",
      "functions": [
        "IC_CRYPTO_CERT"
      ],
      "sum": "50"
    },
    {
      "id": "SOFTWARE_PRODUCT_CAP",
      "title": "软件产品奖励单个企业当年度不超过5项",
      "article": "第3条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "经省软件行业协会新认定的企业软件产品，每款软件产品给予最高 5000 元的奖励。企业开发的软件产品获得计算机软件著作权登记证书的（须为原始取得，第一著作权人须为依法登记注册在本市的企事业单位、社会组织），并且该款软件或软件所配套项目当年销售收入（工业软件则为配套的制造产品销售收入）达到 10 万元（含）以上的，每款软件给予最高 3000 元的奖励，同一软件的升级版本不得重复享受。同一款软件不得重复享受以上两个奖励，单个企业当年度奖励不超过 5 项。",
      "basis": "单个企业当年度奖励不超过 5 项",
      "kind": "annualCap",
      "functions": [
        "SOFTWARE_PRODUCT"
      ],
      "count": 5
    },
    {
      "id": "SOFTWARE_PARK_CAP",
      "title": "软件产业园区运营奖励每年最高300万元",
      "article": "第6条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "加快平湖市软件产业园区培育，对面积 2000 平方米以上，入驻软件企业不少于 3 家，软件及信息技术服务业务营收总额达到 3000 万元（含）以上、5000 万元（含）以上、1 亿元（含）以上的园区，给予园区运营主体分别按照当年营收总额的 0.8%、0.9%、1.0%奖励，每年最高 300 万元，最多奖励三年。",
      "basis": "每年最高 300 万元",
      "kind": "annualCap",
      "functions": [
        "SOFTWARE_PARK"
      ],
      "sum": "300"
    },
    {
      "id": "SOFTWARE_PARK_RENT_CAP",
      "title": "园区新引进软件企业租金奖励每年不超过15万元",
      "article": "第6条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "对园区新引进的软件企业，三年内每年给予其租金按实不超过 15 万元的奖励。",
      "basis": "每年给予其租金按实不超过 15 万元的奖励",
      "kind": "annualCap",
      "functions": [
        "SOFTWARE_PARK_RENT"
      ],
      "sum": "15"
    },
    {
      "id": "IC_LAYOUT_CAP",
      "title": "布图设计权奖励单个企业当年度不超过5项",
      "article": "第7条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "企业自主开发获得集成电路布图设计权的，每项产品给予最高 3000 元奖励，单个企业当年度奖励不超过 5 项。",
      "basis": "单个企业当年度奖励不超过 5 项",
      "kind": "annualCap",
      "functions": [
        "IC_LAYOUT"
      ],
      "count": 5
    },
    {
      "id": "IC_IP_EDA_CAP",
      "title": "购买IP、EDA奖励单个企业当年度上限",
      "article": "第7条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "对购买 IP(知识产权)、EDA(电子设计自动化)用于集成电路设计的集成电路企业，规上企业给予实际支出费用最高 20%的奖励，规下企业给予实际支出费用最高 10%的奖励,单个企业当年度最高奖励 50 万元。",
      "basis": "单个企业当年度最高奖励 50 万元",
      "kind": "annualCap",
      "functions": [
        "IC_IP_EDA"
      ],
      "sum": "50"
    },
    {
      "id": "BRAIN_COMPONENT_CAP",
      "title": "产业大脑组件奖励单个企业当年度上限",
      "article": "第16条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "支持企业拆解数字化能力组件并上线至省产业大脑能力中心，对列入计划的，每上线 1 个组件给予对应企业给予最高 2 万元的奖励，单个企业当年度最高奖励 30 万元。",
      "basis": "单个企业当年度最高奖励 30 万元",
      "kind": "annualCap",
      "functions": [
        "BRAIN_COMPONENT"
      ],
      "sum": "30"
    },
    {
      "id": "EQUIPMENT_CAP",
      "title": "设备投资奖励单个企业当年度上限",
      "article": "第20条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "企业当年生产设备投资完成 1000 万元（含）到 3000 万元的，给予设备投资额最高3%的奖励；完成 3000 万元（含）至 5000 万元的，给予最高4%的奖励；完成 5000 万元（含）以上的，给予最高 5%的奖励。以上分段计算，单个企业当年度最高奖励 500 万元。",
      "basis": "单个企业当年度最高奖励 500 万元",
      "kind": "annualCap",
      "functions": [
        "EQUIPMENT"
      ],
      "sum": "500"
    },
    {
      "id": "HYDROGEN_CAP",
      "title": "氢能产品销售奖励单个企业当年度上限",
      "article": "第23条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "对我市氢燃料电池及其核心配套生产企业，按其氢能领域产品自主销售（不含我市政府及国有企业采购订单及其关联订单）形成的销售额，2024 年按其销售额给予最高 5%、2025 年按其销售额给予最高 3%的奖励，单个企业当年度最高奖励 500 万元。",
      "basis": "单个企业当年度最高奖励 500 万元",
      "kind": "annualCap",
      "functions": [
        "HYDROGEN"
      ],
      "sum": "500"
    },
    {
      "id": "SMART_PRODUCT_CAP",
      "title": "智能化产品奖励单个企业当年度上限",
      "article": "第28条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "企业应用新一代信息技术研发生产智能化产品的，经认定后，给予该产品当年销售额最高 2%、最高 20 万元的一次性奖励，单个企业当年度最高奖励 50 万元。",
      "basis": "单个企业当年度最高奖励 50 万元",
      "kind": "annualCap",
      "functions": [
        "SMART_PRODUCT"
      ],
      "sum": "50"
    },
    {
      "id": "DESIGNER_CAP",
      "title": "引进设计师奖励单个企业当年度上限",
      "article": "第29条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "鼓励时尚产业品牌企业提升研发设计能力，每成功新培育或新引进 1 名设计及相关专业毕业或具备相关资格证书的设计师，年度设计款式销售额达200 万元（含）以上，给予企业最高 5 万元/人的一次性奖励，单个企业当年度最高奖励 20 万元。",
      "basis": "单个企业当年度最高奖励 20 万元",
      "kind": "annualCap",
      "functions": [
        "DESIGNER"
      ],
      "sum": "20"
    },
    {
      "id": "FIRST_SET_INSURANCE_CAP",
      "title": "首台（套）保险补偿单个企业当年度上限",
      "article": "第33条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "建立首台（套）产品保险补偿机制，对投保首台（套）产品保险的企业，按实际投保年度保费给予最高 70%的支持（费率以 2%为上限），支持时间按保险期限据实核算，单个企业当年度最 高奖励 20 万元，最多奖励三年。",
      "basis": "单个企业当年度最高奖励 20 万元",
      "kind": "annualCap",
      "functions": [
        "FIRST_SET_INSURANCE"
      ],
      "sum": "20"
    },
    {
      "id": "ZJ_FINE_PRODUCT_CAP",
      "title": "浙江制造精品奖励单个企业当年度不超过3个产品",
      "article": "第37条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "对获得“浙江制造精品”或省优秀工业新产品称号的企业，给予最高 5 万元奖励，“浙江制造精品”、省优秀工业新产品单个企业当年度奖励不超 过 3 个产品。",
      "basis": "单个企业当年度奖励不超过 3 个产品",
      "kind": "annualCap",
      "functions": [
        "ZJ_FINE_PRODUCT"
      ],
      "count": 3
    },
    {
      "id": "EXHIBITION_CAP",
      "title": "参展奖励单个企业当年度上限",
      "article": "第42条",
      "document": {
        "title": "平湖市加快发展新质生产力推动工业经济高质量发展的若干政策意见（征求意见稿）",
        "issuer": "平湖市经济和信息化局",
        "date": "2024-08-13",
        "draft": true
      },
      "text": "对参加由市级以上政府部门组织的国内线下展会的企业，经认定，按实际摊位费用予以奖励，单个展会最高 3 万元；以特装形式参展的，经认定，给予单个展会特装费用最高 50%、最高 15 万元的奖励。以上各类展会，单个企业当年度最高奖励 30 万元。",
      "basis": "以上各类展会，单个企业当年度最高奖励 30 万元",
      "kind": "annualCap",
      "functions": [
        "EXHIBITION"
      ],
      "sum": "30"
    },
    {
      "id": "RD_BUDGET",
      "title": "研发费用奖励按总额控制原则予以分配",
      "article": "（十一）",
      "document": {
        "title": "平湖市进一步推动经济高质量发展若干政策",
        "issuer": "平湖市人民政府",
        "docNumber": "平政发〔2024〕10号",
        "date": "2024-04-14",
        "draft": false
      },
      "text": "研发费用奖励按总额控制原则予以分配。",
      "basis": "研发费用奖励按总额控制原则予以分配。",
      "kind": "budget"
    },
    {
      "id": "NEW_PRODUCT_TRIAL_CAP",
      "title": "省级新产品奖励单个企业年度最高限额",
      "article": "（十三）",
      "document": {
        "title": "平湖市进一步推动经济高质量发展若干政策",
        "issuer": "平湖市人民政府",
        "docNumber": "平政发〔2024〕10号",
        "date": "2024-04-14",
        "draft": false
      },
      "text": "通过省级验收的省级新产品试制计划（省级新产品）给予 1 万元的奖励，单个企业年度最高限额 3 万元。",
      "basis": "单个企业年度最高限额 3 万元",
      "kind": "annualCap",
      "functions": [
        "NEW_PRODUCT_TRIAL"
      ],
      "sum": "3"
    },
    {
      "id": "FIRST_SET_INSURANCE_2024_CAP",
      "title": "首台（套）保险补偿单个企业同一年度上限",
      "article": "（二十一）",
      "document": {
        "title": "平湖市进一步推动经济高质量发展若干政策",
        "issuer": "平湖市人民政府",
        "docNumber": "平政发〔2024〕10号",
        "date": "2024-04-14",
        "draft": false
      },
      "text": "建立首台（套）产品保险补偿机制，对投保首台（套）产品保险的企业，按实际投保年度保费的80%给予支持（费率以3%为上限），支持时间按保险期限据实核算，最长不超过3年（同一项目如已享受国家及省保费支持的，不再给予支持），单个企业同一年度支持不超过20万元。",
      "basis": "单个企业同一年度支持不超过20万元",
      "kind": "annualCap",
      "functions": [
        "FIRST_SET_INSURANCE_2024"
      ],
      "sum": "20"
    },
    {
      "id": "ZJ_FINE_PRODUCT_2024_CAP",
      "title": "浙江制造精品单个企业一个年度内不超过3个产品",
      "article": "（二十一）",
      "document": {
        "title": "平湖市进一步推动经济高质量发展若干政策",
        "issuer": "平湖市人民政府",
        "docNumber": "平政发〔2024〕10号",
        "date": "2024-04-14",
        "draft": false
      },
      "text": "获得“浙江制造精品”的产品给予10万元奖励，单个企业一个年度内不超过3个产品。",
      "basis": "单个企业一个年度内不超过3个产品",
      "kind": "annualCap",
      "functions": [
        "ZJ_FINE_PRODUCT_2024"
      ],
      "count": 3
    },
    {
      "id": "FIRST_EDITION_INSURANCE_CAP",
      "title": "首版次软件保险补偿单个企业同一年度上限",
      "article": "（三十一）",
      "document": {
        "title": "平湖市进一步推动经济高质量发展若干政策",
        "issuer": "平湖市人民政府",
        "docNumber": "平政发〔2024〕10号",
        "date": "2024-04-14",
        "draft": false
      },
      "text": "鼓励信息服务业企业基于自主开发软件产品开展信息技术服务，符合条件的可享受首版次软件产品推广应用政策，按照实际投保费率最高不超过 3%，以及省内首版次软件产品首年度实际保费的 80% 给予保险补偿，并从次年度开始保险补偿比例逐年递减 10%，单个企业同一年度补偿金额最高不超过 20 万元，最多可连续支持 3 年。",
      "basis": "单个企业同一年度补偿金额最高不超过 20 万元",
      "kind": "annualCap",
      "functions": [
        "FIRST_EDITION_INSURANCE"
      ],
      "sum": "20"
    },
    {
      "id": "EXPORT_CREDIT_CAP",
      "title": "出口信用保险保费补助单家企业上限",
      "article": "（四十五）",
      "document": {
        "title": "平湖市进一步推动经济高质量发展若干政策",
        "issuer": "平湖市人民政府",
        "docNumber": "平政发〔2024〕10号",
        "date": "2024-04-14",
        "draft": false
      },
      "text": "对短期出口信用保险保费给予不低于 60% 的补助，原则上单家企业不超过 500 万元。",
      "basis": "原则上单家企业不超过 500 万元",
      "kind": "annualCap",
      "functions": [
        "EXPORT_CREDIT_INSURANCE"
      ],
      "sum": "500"
    }
  ]
};
