// Every diagnostic the compiler can emit, as data: a stable code, a severity, a title, the message template and
// the hint templates (placeholders in braces, filled by the phase that reports it), and the label of a related
// span. Phases pass arguments; render.ts renders. Codes are stable: tests, docs and drafters refer to them.
// Z00xx internal, Z01xx reading and lexing, Z02xx syntax, Z03xx names, Z04xx types and units, Z05xx tables,
// Z06xx clauses, files and rules, Z07xx examples, Z08xx lint. Messages never repeat their title (the renderer
// prints “title：message”). `compiler/diagnostics/examples.ts` has a program that triggers each code.

export interface CodeInfo {
  readonly severity: "error" | "warning";
  readonly title: string;
  readonly message: string;
  /** Hint templates; `default` is used when the reporter names none. */
  readonly hints?: Readonly<Record<string, string>>;
  /** Label of the related span(s) the reporter attaches. */
  readonly related?: string;
}

export const CODES = {
  // ── internal ───────────────────────────────────────────────────────────────────────────────────────────────
  Z0001: { severity: "error", title: "编译器内部错误", message: "编译器处理这个文件时出错：{detail}", hints: { default: "这是编译器的缺陷，不是你的错：请把这个文件报告给编译器维护人员" } },

  // ── reading and lexing ─────────────────────────────────────────────────────────────────────────────────────
  Z0101: { severity: "error", title: "无法识别的字符", message: "「{text}」不是语言里能用的字符", hints: { default: "名称里的特殊字符请用「」括起，文字请用“”括起" } },
  Z0102: { severity: "error", title: "未知的单位", message: "「{unit}」不是已知的单位", hints: { default: "可用的单位：{units}，以及用 / 组成的单价（如 元/平方米）" } },
  Z0103: { severity: "error", title: "缩进不一致", message: "这一行的缩进与前面任何一层都对不齐", hints: { default: "同一块里的行须缩进相同的空格数" } },
  Z0104: { severity: "error", title: "括号未闭合", message: "「{open}」没有对应的「{close}」", hints: { default: "括号须成对：在这一行末尾补上右括号" } },
  Z0105: { severity: "error", title: "嵌套过深", message: "括号、若…则…否则、非 或负号在这里嵌套到第 {depth} 层，最多 {limit} 层", hints: { default: "把里面的部分写成单独的一步（名称 = …），再在这里用它的名称" } },
  Z0106: { severity: "error", title: "文件不是 UTF-8 编码", message: "这个文件不是 UTF-8 编码的文本（第 {line} 行有无法按 UTF-8 读出的字节）", hints: { default: "用编辑器把文件另存为 UTF-8 编码（GBK、GB18030 等编码须先转换）" } },
  Z0107: { severity: "error", title: "名称含不可见字符", message: "名称「{name}」里有看不见的字符 {codepoint}", hints: { default: "删掉它：零宽字符和双向控制字符会让两个不同的名称看起来一模一样" } },
  Z0108: { severity: "error", title: "一步过长", message: "这一步有 {count} 个运算符，最多 {limit} 个", hints: { default: "把它拆成几步，每一步起一个名称" } },
  Z0109: { severity: "error", title: "多余的缩进", message: "这一行比上一行缩进更深，但上一行并不开始一个块", hints: { default: "只有以「：」结尾的行（参数：、示例：、表头）下面才缩进；续行须以运算符或逗号结束上一行" } },
  Z0110: { severity: "error", title: "文件过大", message: "这个文件有 {size} 个字符，超过上限 {limit}，没有检查", hints: { default: "一个政策文件通常只有几十万字符：检查是否选错了文件，或把文件拆开" } },
  Z0111: { severity: "error", title: "问题过多", message: "还有 {count} 个问题没有列出", hints: { default: "先改正上面列出的问题，再重新检查" } },
  Z0112: { severity: "error", title: "一项过长", message: "从这里开始的一项有 {count} 个词，超过上限 {limit}，没有解析", hints: { default: "每个条款、规则或声明以行首的关键字开始；检查这里是否缺了换行，或误粘贴了大段文字" } },

  // ── syntax ─────────────────────────────────────────────────────────────────────────────────────────────────
  Z0201: {
    severity: "error", title: "语法错误", message: "这里应有{expected}，却是{found}",
    hints: {
      colon: "名称与内容之间用「：」分隔", rparen: "括号须成对：每个「（」都要有对应的「）」",
      indent: "表、参数和示例的各行须在下一行缩进书写",
    },
  },
  Z0202: { severity: "error", title: "这一行没有写完", message: "「{op}」后面缺少内容", hints: { default: "补上运算的另一边；若要换行接着写，下一行须比这一步缩进更深" } },
  Z0203: {
    severity: "error", title: "写法有误", message: "这里不能出现{found}",
    hints: {
      default: "检查这一行的写法；关键字两侧须留空格，数须带单位",
      glued: "「{image}」被读成了一个名称；关键字两侧须留空格，例如「{spaced}」",
    },
  },
  Z0204: { severity: "error", title: "缺少内容", message: "这里至少要有一项{what}，却是{found}" },
  Z0205: { severity: "error", title: "多余的内容", message: "{found}不属于任何条款或声明", hints: { default: "每个条款以「条款」开头，其内容须缩进在它下面" } },
  Z0206: { severity: "error", title: "示例缺少期望结果", message: "「→」后面缺少期望的结果", hints: { default: "写成：参数 = 值 → 期望结果，例如「→ 60万元」，应当报错的输入写「→ 错误 “参数名”」" } },
  Z0207: { severity: "error", title: "缺少「示例：」", message: "这一行是示例，但它上面没有「示例：」", hints: { default: "在第一个示例的上一行写「示例：」，各个示例缩进写在它下面" } },
  Z0208: { severity: "error", title: "期望结果须是一个数", message: "示例的期望结果写成了算式「{text}」", hints: { default: "先手算出结果，写成一个数，例如 333.333333万元（结果按 0.000001万元 即 1 分四舍五入）；算式写在行末的 # 注释里" } },
  Z0209: { severity: "error", title: "这一行多出了内容", message: "这一行到这里应已写完，却还有{found}", hints: { default: "一行只写一项；续行须以运算符或逗号结束上一行，并比这一行缩进更深" } },

  // ── names ──────────────────────────────────────────────────────────────────────────────────────────────────
  Z0301: {
    severity: "error", title: "未定义的名称", message: "「{name}」既不是本条款的参数，也不是在它之前定义的步骤",
    hints: { default: "名称须是本条款的参数，或在这一步之前定义的步骤", spaced: "你是不是想写「{suggestion}」？关键字两侧须留空格", near: "你是不是想写「{suggestion}」？" },
  },
  Z0302: { severity: "error", title: "名称重复定义", message: "{what}「{name}」已经定义过", related: "第一次定义在这里", hints: { step: "每一步用一个新名称；要修改一个值，就给修改后的值起个新名字" } },
  Z0303: { severity: "error", title: "不是可选的值", message: "「{value}」不是{owner}的可选值", hints: { default: "可选的值：{values}" } },
  Z0304: { severity: "error", title: "未知的类型", message: "「{name}」不是类型", hints: { default: "类型可以是 金额、比例、是否、年份、数、数量单位（平方米、款、年 …）、已声明的枚举，或 枚举（甲、乙）", tableKey: "表的键可以是已声明的枚举（按值对照），或 金额、比例、数、数量单位（按档对照）" } },
  Z0305: { severity: "error", title: "未知的函数或表", message: "「{name}」既不是内置函数，也不是已声明的表", hints: { default: "可用的函数：{functions}；表须先用「表」声明" } },
  Z0306: { severity: "error", title: "参数个数不对", message: "「{name}」需要 {expected} 个参数，这里有 {count} 个" },
  Z0307: { severity: "error", title: "未知的函数", message: "命名空间 {namespace} 里没有函数「{name}」", hints: { default: "写条款的英文名，如 EQUIPMENT", near: "你是不是想写「{suggestion}」？" } },
  Z0308: { severity: "error", title: "不是函数的档次", message: "函数 {fn} 没有一个枚举参数能取「{value}」", hints: { default: "进档的各档写函数某一个枚举参数的值，按从低到高的顺序：{values}" } },

  // ── types and units ────────────────────────────────────────────────────────────────────────────────────────
  Z0401: { severity: "error", title: "单位不相容", message: "{left}与{right}单位不同，不能{op}", hints: { ratio: "比例要先乘到一个金额上，才能与金额相加：例如 投资额 × 3%", plain: "数要带单位，例如 3{unit}" } },
  Z0402: {
    severity: "error", title: "类型不符", message: "{what}须是{expected}，这里是{actual}",
    hints: { isEnum: "数的比较请用 ≥ ≤ > < =", lookupBool: "按是否取值请用「若…则…否则」" },
  },
  Z0403: { severity: "error", title: "百分点用法不当", message: "百分点不能与{other}{op}：百分点只表示比例的增减", hints: { default: "百分点只能加到比例上（如 3% + 1个百分点）；你是不是想写 %？" } },
  Z0404: {
    severity: "error", title: "条件须为是否值", message: "{where}须是条件（是否值），这里是{actual}",
    hints: { default: "用比较（≥ ≤ > < =）、是、属于、且、或 写成条件" },
  },
  Z0405: {
    severity: "error", title: "结果须为金额", message: "「结果」是{actual}",
    hints: {
      ratio: "比例要乘到金额上：例如 投资额 × 3%", plain: "数要带金额单位，例如 10万元",
      perUnit: "这是每{unit}的金额：再乘以以{unit}计的数量，例如 × {unit}数（参数类型写 {unit}）",
      quantity: "金额 × 数量时，金额要写成单价，例如 5万元/{unit}", default: "结果须是一个金额",
    },
  },
  Z0406: { severity: "error", title: "默认值不符合参数类型", message: "默认值不符合参数「{name}」的类型（{type}）", hints: { money: "金额的默认值要带单位，例如 0万元", flag: "是否的默认值写 是 或 否" } },
  Z0407: { severity: "error", title: "除数为零", message: "{what}是零，计算时必然出错" },
  Z0408: { severity: "error", title: "不能比较", message: "不能比较{left}与{right}：单位不同", hints: { plain: "数要带单位，例如 3{unit}" } },
  Z0409: { severity: "error", title: "各项单位不同", message: "{what}单位须相同：{left}与{right}", related: "这一项是{left}", hints: { plain: "数要带单位，例如 3{unit}" } },
  Z0410: { severity: "error", title: "各行类型不同", message: "表中各行的值须同一类型：{left}与{right}" },
  Z0411: { severity: "error", title: "各分支类型不同", message: "「若…则…否则」各分支的类型须相同：{left}与{right}", related: "这一支是{left}", hints: { default: "例如两支都写成金额：若 … 则 10万元 否则 0万元", plain: "数要带单位，例如 3{unit}" } },
  Z0412: { severity: "error", title: "不能从百分点里减去比例", message: "百分点 − 比例 没有意义", hints: { default: "写成 比例 − 百分点" } },
  Z0413: { severity: "error", title: "封顶不是比较", message: "「{word}」在式子里表示{meaning}，不能当作比较", hints: { default: "作比较请用 {compare}（「{word}」写在条件里时读作封顶/保底，取较小/较大值）" } },
  Z0414: { severity: "error", title: "界限单位不符", message: "{what}是{bound}，而{subject}是{target}", hints: { default: "界限要带单位，与对象一致" } },

  // ── tables ─────────────────────────────────────────────────────────────────────────────────────────────────
  Z0501: { severity: "error", title: "分档重叠", message: "这一档与上一档重叠（{where} 两档都适用）", related: "与这一档重叠", hints: { edge: "同一个数只能落在一档：在其中一边写（不含），或用“不满”“超过”", default: "检查两档的界限" } },
  Z0502: { severity: "error", title: "分档有缺口", message: "这一档与上一档之间有缺口（{where} 不在任何一档）", related: "上一档", hints: { edge: "在其中一边写（含）", default: "补上缺失的一档，或调整界限" } },
  Z0503: { severity: "error", title: "分档没有覆盖到无穷", message: "最高一档到 {top} 为止，超出的数不在任何一档", hints: { default: "最高一档写成“…以上”，或加一行「其余：…」写明超出时的值" } },
  Z0504: { severity: "error", title: "对照表不完整", message: "缺少：{missing}", hints: { default: "为每个值各写一行，或加一行「其余：…」" } },
  Z0505: { severity: "error", title: "对照表的键重复", message: "「{key}」在表中出现了不止一次", related: "第一次在这里" },
  Z0506: { severity: "warning", title: "整额分档在边界处跳变", message: "在 {edge} 处，结果从 {before} 跳到 {after}", hints: { default: "若原文是“分段计算”（超额累进），请用「分段」；确认原文就是整额分档时，把关键字写成「整额分档」" } },
  Z0507: { severity: "error", title: "区间为空", message: "这一档是空的：下限不小于上限" },
  Z0508: { severity: "error", title: "分段的值须为比例或单价", message: "分段表的值是{actual}", hints: { default: "分段计算是把每段金额乘以本段的比例（或单价）再相加" } },
  Z0509: { severity: "error", title: "分段表不能有其余行", message: "分段表不能有「其余」行：不满门槛时为 0，超出最高档的部分按最高档计算" },
  Z0510: { severity: "error", title: "分档表缺少其余行", message: "这个分档表的值不是数，须写「其余：」行说明不在任何一档时的值" },
  Z0511: { severity: "error", title: "按年份对照缺少年份", message: "「{param}」可取 {from} 到 {to} 年，表中缺少：{missing}", hints: { default: "为每一年各写一行，或加一行「其余：…」；参数的年份范围由「范围 [a, b]」或有效期决定" } },
  Z0512: { severity: "error", title: "按数值对照缺少其余行", message: "按数值对照须有「其余：」行，写明不在表中的数对应的值", hints: { default: "按年份参数对照时，列全它可取的每一年即可" } },
  Z0513: { severity: "error", title: "其余行重复", message: "「其余」行只能有一行" },
  Z0514: { severity: "error", title: "表的行与键不符", message: "表「{name}」的键是{key}，这一行应写{expected}", hints: { default: "按枚举对照的表每行写枚举值；按金额或数量对照的表每行写一档（如 1000万元（含）到2000万元）" } },

  // ── clauses, files and rules ───────────────────────────────────────────────────────────────────────────────
  Z0601: {
    severity: "error", title: "缺少必填项", message: "{owner}缺少{item}",
    hints: {
      header: "在文件开头写一行：{item} …", article: "在「标题」后写条款号，如 第20条、（十一）、附则6",
      text: "逐字抄录政策原文，缩进写在「原文：」下面", zhName: "写一行：中文名 设备投资奖励（只含汉字和字母，至少 3 个字），它是 Excel 中文界面里的函数名",
      result: "最后一步写：结果 = 计算式（须为金额）", rule: "写明规则的内容，如 就高、进档差额：…、年度上限 500万元：…",
    },
  },
  Z0602: { severity: "error", title: "函数名不合 Excel 规则", message: "「{name}」不能作 Excel 函数名：须以英文字母开头，只含字母、数字、点、下划线，3–64 个字符" },
  Z0603: { severity: "error", title: "可选参数须在必填参数之后", message: "必填参数「{name}」写在了可选参数之后", hints: { default: "Excel 按位置填参数：把有默认值的参数移到最后" } },
  Z0604: { severity: "error", title: "原文片段不在原文中", message: "“{fragment}”不在本{owner}的原文中", hints: { default: "据“…”里的片段须逐字出现在原文中（空白不计）" } },
  Z0605: { severity: "error", title: "中文函数名不合规则", message: "「{name}」只能含汉字和英文字母，至少 3 个字" },
  Z0606: { severity: "error", title: "命名空间不合规则", message: "「{name}」须为大写英文字母与数字，以字母开头，不超过 32 个字符" },
  Z0607: { severity: "error", title: "重复的条款", message: "命名空间 {namespace} 里已有{what}「{name}」", related: "第一次定义在这里" },
  Z0608: { severity: "error", title: "日期无效", message: "「{date}」不是有效的日期" },
  Z0609: { severity: "error", title: "中文函数名重复", message: "命名空间 {namespace} 里已有中文函数名「{name}」", related: "已用在这里" },
  Z0610: { severity: "error", title: "有效期颠倒", message: "有效期的起始日期 {from} 晚于截止日期 {to}" },
  Z0611: { severity: "error", title: "结果须是最后一步", message: "「结果」之后还有步骤", hints: { default: "把「结果 = …」移到条款的最后" } },
  Z0612: { severity: "error", title: "进档的函数须为定额奖励", message: "{fn} 的结果随{param}变化，不是定额奖励，不能进档差额", hints: { default: "进档差额只适用于按档次给定金额的奖励（附则“属定额奖励的给予两档之间的差额奖励”）" } },
  Z0613: { severity: "error", title: "上限须为金额或项数", message: "年度上限写的是{actual}", hints: { default: "写金额（如 500万元）或项数（如 5项）" } },
  Z0614: { severity: "error", title: "规则重复", message: "命名空间 {namespace} 里已有{what}", related: "已声明在这里", hints: { default: "同一命名空间只声明一次；要补充原文依据，写在同一条规则的原文里" } },

  // ── examples ───────────────────────────────────────────────────────────────────────────────────────────────
  Z0701: { severity: "error", title: "示例的参数有误", message: "「{name}」不是本条款的参数", hints: { default: "参数有：{params}" } },
  Z0702: { severity: "error", title: "示例结果不符", message: "{fn} 期望 {expected}，实际 {actual}", hints: { default: "先按原文重新手算；确认手算无误时，检查条款的计算步骤" } },
  Z0703: { severity: "error", title: "示例值不符合参数类型", message: "示例值不符合参数「{name}」的类型（{type}）", hints: { enum: "可选的值：{values}", ratio: "比例写成百分数，例如 5%", default: "数要带单位，与参数一致" } },
  Z0704: { severity: "error", title: "期望结果须为金额", message: "示例的期望结果是{actual}", hints: { default: "写成金额，例如 60万元" } },
  Z0705: { severity: "error", title: "结算示例结果不符", message: "{fn} 期望结算为 {expected}，实际 {actual}", hints: { default: "先按原文重新手算这一本台账（毛额 → 排除 → 进档差额 → 就高 → 年度上限 → 贡献封顶 → 预算）" } },
  Z0706: { severity: "error", title: "结算示例的行有误", message: "{problem}" },

  // ── lint ───────────────────────────────────────────────────────────────────────────────────────────────────
  Z0801: { severity: "warning", title: "名称含有关键字", message: "名称「{name}」含有关键字「{word}」，读者可能误读为运算", hints: { default: "确实是一个名称就写成「{name}」（用「」括起），警告即消失" } },
  Z0802: { severity: "warning", title: "定义了但未使用", message: "步骤「{name}」没有被后面的计算用到", hints: { default: "删掉它，或在后面的计算中用上它" } },
  Z0803: { severity: "warning", title: "条款没有示例", message: "条款「{name}」还没有手算的示例", hints: { default: "写几行手算的示例：参数 = 值 → 期望结果（普通情形、恰在界限上、达到封顶）" } },
  Z0804: { severity: "warning", title: "金额乘以不带单位的数", message: "金额乘以 {number}：原文若是百分数，这里漏写了 %", hints: { default: "比例写成 {number}%；确实是倍数就写成 {number}倍，警告即消失" } },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** Placeholder names in a template: "「{name}」与{left}" → "name" | "left". */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type HintsOf<C extends Code> = (typeof CODES)[C] extends { hints: infer H } ? H : Record<never, string>;

/** The arguments a code's message needs (required) and its hints and related label may use (optional). */
export type MessageArgs<C extends Code> =
  & Record<Placeholders<(typeof CODES)[C]["message"]>, string | number>
  & Partial<Record<Placeholders<HintsOf<C>[keyof HintsOf<C>]> | Placeholders<(typeof CODES)[C] extends { related: infer R } ? R : "">, string | number>>;

export type HintKey<C extends Code> = keyof HintsOf<C> & string;

/** Fills a template's placeholders; a missing argument is left visible as {name} (a test catches it). */
export function fill(template: string, args: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
}
