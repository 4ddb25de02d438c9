// Chinese wording of syntax errors. Chevrotain reports what it expected by token type; drafters need to hear it
// in the words they type.
import type { IRecognitionException, IToken } from "chevrotain";

const DISPLAY: Record<string, string> = {
  Identifier: "名称", QuotedName: "「名称」", StringLit: "“文字”", NumberLit: "数", DateLit: "日期（如 2024-01-01）",
  Infinity: "∞", Inclusive: "（含）", Exclusive: "（不含）", LParen: "（", RParen: "）", LBracket: "［", RBracket: "］",
  Colon: "：", Comma: "，", ListComma: "、", Semicolon: "；", Arrow: "→", GreaterEq: "≥", LessEq: "≤", NotEq: "≠",
  Greater: ">", Less: "<", Equals: "=", Plus: "+", Minus: "−", Times: "×", Divide: "÷", Tilde: "～",
  Newline: "换行", Indent: "缩进的下一行", Dedent: "块的结束", RawLine: "本行的文字", RawBlock: "「：」及其下缩进的文本块", ClauseHead: "「中文标题」与条款号",
  KwPolicy: "政策", KwNamespace: "命名空间", KwSource: "来源", KwIssuer: "发文", KwDocNo: "文号", KwDate: "日期",
  KwValidity: "有效期", KwNote: "说明", KwEnum: "枚举", KwTable: "表", KwClause: "条款", KwZhName: "中文名",
  KwText: "原文", KwParams: "参数", KwExamples: "示例", KwApplies: "适用", KwRequire: "要求", KwBasis: "据",
  KwError: "错误", KwInteger: "整数", KwRange: "范围", KwTo: "到", KwElseIf: "否则若", KwElse: "否则", KwIf: "若",
  KwThen: "则", KwAnd: "且", KwOr: "或", KwIsNot: "不是", KwNot: "非", KwIs: "是", KwNo: "否", KwIn: "属于",
  KwCap: "封顶", KwFloor: "保底", KwDeduct: "扣除", KwHalve: "减半", KwPerFull: "每满", KwWholeBands: "整额分档",
  KwBands: "分档", KwSlices: "分段", KwLookup: "按", KwOther: "其余", KwAbove: "以上", KwBelow: "以下", KwOver: "超过",
  KwUnder: "不满", EOF: "文件结尾",
};

/** Token types that need something after them: a line may not end on one. */
export const OPERATOR_IMAGES: ReadonlySet<string> = new Set([
  "Plus", "Minus", "Times", "Divide", "GreaterEq", "LessEq", "NotEq", "Greater", "Less", "Equals", "KwAnd", "KwOr",
  "KwNot", "KwCap", "KwFloor", "KwDeduct", "KwPerFull", "KwIs", "KwIsNot", "KwIn", "KwThen", "KwElse", "KwElseIf", "KwIf",
]);

export function displayTokenType(name: string): string {
  return DISPLAY[name] ?? name;
}

export function describeToken(tok: IToken): string {
  if (tok.tokenType.name === "EOF") return "文件结尾";
  if (tok.image === "") return displayTokenType(tok.tokenType.name);
  const image = tok.image.length > 16 ? tok.image.slice(0, 16) + "…" : tok.image;
  return `「${image.replace(/\n/g, " ")}」`;
}

export function expectedHint(err: IRecognitionException, found: string): { message: string; hint?: string } {
  const expected = /--> (\w+) <--/.exec(err.message)?.[1];
  switch (err.name) {
    case "MismatchedTokenException": {
      const want = expected ? displayTokenType(expected) : "别的内容";
      const hint =
        expected === "RParen" ? "括号须成对：每个「（」都要有对应的「）」"
        : expected === "Colon" ? "名称与内容之间用「：」分隔"
        : expected === "Dedent" || expected === "Newline" ? "一行写完一项；续行须以运算符或逗号结尾"
        : expected === "Indent" ? "表、参数和示例的各行须在下一行缩进书写"
        : undefined;
      return { message: `这里应有${want}，却是${found}`, hint };
    }
    case "NoViableAltException":
      return { message: `这里不能出现${found}`, hint: "检查这一行的写法；关键字两侧须留空格，数须带单位" };
    case "EarlyExitException":
      return { message: `这里至少要有一项，却是${found}` };
    case "NotAllInputParsedException":
      return { message: `多余的内容${found}`, hint: "每个条款以「条款」开头，其内容须缩进" };
    default:
      return { message: `语法错误：${found}` };
  }
}
