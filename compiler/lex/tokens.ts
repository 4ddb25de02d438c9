// Token definitions. Chinese keywords are matched only when the surrounding run of name characters is not longer
// (Chevrotain's longer_alt), so a name is always read as the longest run of name characters: 企业类别是A类 is one
// name, and the resolver suggests the spaced reading. Chevrotain drops the regexp `u` flag, so only BMP ranges.
import { createToken, Lexer, type TokenType, type CustomPatternMatcherFunc, type IToken } from "chevrotain";
import { UNIT_SPELLINGS } from "../units/units.js";

const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";

export const Identifier = createToken({
  name: "Identifier",
  pattern: new RegExp(`(?:[${CJK}]|[A-Za-z_][A-Za-z0-9_]*)+`),
});

/** 「任意文字」: a name that may hold digits, punctuation or keywords. */
export const QuotedName = createToken({ name: "QuotedName", pattern: /「[^」\n]*」/ });
export const StringLit = createToken({ name: "StringLit", pattern: /“[^”\n]*”|"[^"\n]*"/ });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/%]/g, "\\$&");
const UNIT_RE = `(?:${UNIT_SPELLINGS.map(escapeRe).join("|")})`;
/** A number with its unit written as in the documents: 1000万元, 3%, 1个百分点, 10元/平方米/月. */
export const NumberLit = createToken({
  name: "NumberLit",
  pattern: new RegExp(`[0-9]+(?:\\.[0-9]+)?(?:${UNIT_RE}(?:\\/${UNIT_RE})*)?`),
});
export const DateLit = createToken({ name: "DateLit", pattern: /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/ });
export const Infinity_ = createToken({ name: "Infinity", pattern: /∞|无穷大|无穷/ });

const keywords: TokenType[] = [];
function kw(name: string, word: string | RegExp): TokenType {
  const t = createToken({ name, pattern: word, longer_alt: Identifier });
  keywords.push(t);
  return t;
}

// File and clause structure.
export const KwPolicy = kw("KwPolicy", "政策");
export const KwNamespace = kw("KwNamespace", "命名空间");
export const KwSource = kw("KwSource", "来源");
export const KwIssuer = kw("KwIssuer", "发文");
export const KwDocNo = kw("KwDocNo", "文号");
export const KwDate = kw("KwDate", "日期");
export const KwValidity = kw("KwValidity", "有效期");
export const KwNote = kw("KwNote", "说明");
export const KwEnum = kw("KwEnum", "枚举");
export const KwTable = kw("KwTable", "表");
export const KwClause = kw("KwClause", "条款");
export const KwZhName = kw("KwZhName", "中文名");
export const KwText = kw("KwText", "原文");
export const KwParams = kw("KwParams", "参数");
export const KwExamples = kw("KwExamples", "示例");
export const KwApplies = kw("KwApplies", "适用");
export const KwRequire = kw("KwRequire", "要求");
export const KwBasis = kw("KwBasis", "据");
export const KwError = kw("KwError", "错误");
export const KwInteger = kw("KwInteger", "整数");
export const KwRange = kw("KwRange", "范围");
export const KwTo = kw("KwTo", /至|到/);
// Expressions.
export const KwElseIf = kw("KwElseIf", "否则若");
export const KwElse = kw("KwElse", "否则");
export const KwIf = kw("KwIf", "若");
export const KwThen = kw("KwThen", "则");
export const KwAnd = kw("KwAnd", "且");
export const KwOr = kw("KwOr", "或");
export const KwIsNot = kw("KwIsNot", "不是");
export const KwNot = kw("KwNot", "非");
export const KwIs = kw("KwIs", "是");
export const KwNo = kw("KwNo", "否");
export const KwIn = kw("KwIn", "属于");
export const KwCap = kw("KwCap", /封顶|不超过/);
export const KwFloor = kw("KwFloor", /保底|不低于/);
export const KwDeduct = kw("KwDeduct", "扣除");
export const KwHalve = kw("KwHalve", "减半");
export const KwPerFull = kw("KwPerFull", "每满");
export const KwWholeBands = kw("KwWholeBands", "整额分档");
export const KwBands = kw("KwBands", "分档");
export const KwSlices = kw("KwSlices", "分段");
export const KwLookup = kw("KwLookup", "按");
export const KwOther = kw("KwOther", "其余");
// Band bound words (民法典 第1259条).
export const KwAbove = kw("KwAbove", /及以上|以上/);
export const KwBelow = kw("KwBelow", /以下|以内/);
export const KwOver = kw("KwOver", "超过");
export const KwUnder = kw("KwUnder", /未达到|不满|未满|不足|低于/);

export const Inclusive = createToken({ name: "Inclusive", pattern: /[(（]含[)）]/ });
export const Exclusive = createToken({ name: "Exclusive", pattern: /[(（]不含[)）]/ });
export const LParen = createToken({ name: "LParen", pattern: /[(（]/ });
export const RParen = createToken({ name: "RParen", pattern: /[)）]/ });
export const LBracket = createToken({ name: "LBracket", pattern: /[[［]/ });
export const RBracket = createToken({ name: "RBracket", pattern: /[\]］]/ });
export const Colon = createToken({ name: "Colon", pattern: /[:：]/ });
export const Comma = createToken({ name: "Comma", pattern: /[,，]/ });
export const ListComma = createToken({ name: "ListComma", pattern: /、/ });
export const Semicolon = createToken({ name: "Semicolon", pattern: /[;；]/ });
export const Arrow = createToken({ name: "Arrow", pattern: /→|->|=>/ });
export const GreaterEq = createToken({ name: "GreaterEq", pattern: />=|≥|＞＝|⩾/ });
export const LessEq = createToken({ name: "LessEq", pattern: /<=|≤|＜＝|⩽/ });
export const NotEq = createToken({ name: "NotEq", pattern: /!=|≠/ });
export const Greater = createToken({ name: "Greater", pattern: />|＞/ });
export const Less = createToken({ name: "Less", pattern: /<|＜/ });
export const Equals = createToken({ name: "Equals", pattern: /=|＝/ });
export const Plus = createToken({ name: "Plus", pattern: /\+|＋/ });
export const Minus = createToken({ name: "Minus", pattern: /-|－|−/ });
export const Times = createToken({ name: "Times", pattern: /×|\*|＊/ });
export const Divide = createToken({ name: "Divide", pattern: /÷|\/|／/ });
export const Tilde = createToken({ name: "Tilde", pattern: /~|～/ });

export const Comment = createToken({ name: "Comment", pattern: /[#＃][^\n]*/, group: Lexer.SKIPPED });
export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\u3000\r\n]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// Layout tokens, inserted by the layout pass (never matched by the lexer).
export const Newline = createToken({ name: "Newline", pattern: Lexer.NA });
export const Indent = createToken({ name: "Indent", pattern: Lexer.NA });
export const Dedent = createToken({ name: "Dedent", pattern: Lexer.NA });

/** Intro tokens after which the rest of the line is raw text (titles, file names, article references). */
const RAW_LINE_AFTER = new Set(["KwPolicy", "KwSource", "KwIssuer", "KwDocNo"]);

const lineStartOf = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;

function indentWidth(text: string, lineStart: number): number {
  let w = 0;
  for (let i = lineStart; i < text.length; i++) {
    const ch = text[i];
    if (ch === " ") w += 1;
    else if (ch === "\u3000") w += 2;
    else if (ch === "\t") w += 4;
    else break;
  }
  return w;
}

// The custom patterns below each start with a known character (their start_chars_hint), so Chevrotain keeps its
// first-character dispatch for the whole token list; a custom pattern without a hint would disable it.

/** After 政策/来源/发文/文号 and a space: the rest of the line (titles and file names are not tokenised). */
const matchRawLine: CustomPatternMatcherFunc = (text, offset, tokens: IToken[]) => {
  const last = tokens[tokens.length - 1];
  if (!last || !RAW_LINE_AFTER.has(last.tokenType.name)) return null;
  const m = /^[ \t\u3000]+[^\s#＃][^\n#＃]*/.exec(text.slice(offset, lineEndOf(text, offset)));
  if (!m) return null;
  return [m[0].replace(/[ \t\u3000\r]+$/, "")] as unknown as RegExpExecArray;
};

/** After `条款 NAME`: 「中文标题」 and, to the end of the line, the article reference (第20条, （十一）, 答一·…). */
const matchClauseHead: CustomPatternMatcherFunc = (text, offset, tokens: IToken[]) => {
  if (tokens[tokens.length - 1]?.tokenType.name !== "Identifier" || tokens[tokens.length - 2]?.tokenType.name !== "KwClause") return null;
  const m = /^「[^」\n]*」[^\n#＃]*/.exec(text.slice(offset, lineEndOf(text, offset)));
  if (!m) return null;
  return [m[0].replace(/[ \t\u3000\r]+$/, "")] as unknown as RegExpExecArray;
};

const lineEndOf = (text: string, from: number) => {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
};

/**
 * After 原文 or 说明: the 「：」, the rest of the line and every following line indented deeper than the intro line.
 * The token starts at the colon (its start character), and the text is what follows it.
 */
const matchRawBlock: CustomPatternMatcherFunc = (text, offset, tokens: IToken[]) => {
  const intro = tokens[tokens.length - 1];
  if (!intro || (intro.tokenType.name !== "KwText" && intro.tokenType.name !== "KwNote")) return null;
  const colon = text[offset];
  if (colon !== "：" && colon !== ":") return null;
  const introIndent = indentWidth(text, lineStartOf(text, intro.startOffset));
  const start = offset + 1;
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  let lastContent = text.slice(start, end).trim() ? end : start;
  while (end < text.length) {
    const next = end + 1;
    let nextEnd = text.indexOf("\n", next);
    if (nextEnd < 0) nextEnd = text.length;
    const line = text.slice(next, nextEnd);
    if (line.trim() === "") {
      end = nextEnd;
      continue;
    }
    if (indentWidth(text, next) <= introIndent) break;
    end = nextEnd;
    lastContent = nextEnd;
  }
  if (lastContent === start) return null;
  return [text.slice(offset, lastContent)] as unknown as RegExpExecArray;
};

export const RawBlock = createToken({
  name: "RawBlock", pattern: { exec: matchRawBlock }, line_breaks: true, start_chars_hint: ["：", ":"],
});
export const RawLine = createToken({
  name: "RawLine", pattern: { exec: matchRawLine }, line_breaks: false, start_chars_hint: [" ", "\t", "\u3000"],
});
export const ClauseHead = createToken({
  name: "ClauseHead", pattern: { exec: matchClauseHead }, line_breaks: false, start_chars_hint: ["「"],
});

export const allTokens: TokenType[] = [
  RawBlock,
  RawLine,
  ClauseHead,
  WhiteSpace,
  Comment,
  QuotedName,
  StringLit,
  DateLit,
  NumberLit,
  Infinity_,
  ...keywords,
  Identifier,
  Inclusive,
  Exclusive,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Colon,
  Comma,
  ListComma,
  Semicolon,
  Arrow,
  GreaterEq,
  LessEq,
  NotEq,
  Greater,
  Less,
  Equals,
  Plus,
  Minus,
  Times,
  Divide,
  Tilde,
  Newline,
  Indent,
  Dedent,
];

/** Words that, inside a declared name, may be misread as an operator: the lint warns unless the name is quoted. */
export const OPERATOR_WORDS = [
  "否则", "若", "则", "且", "或", "非", "是", "属于", "封顶", "不超过", "保底", "不低于", "扣除", "减半", "每满",
];

/** All keyword spellings, for splitting an unknown name into a suggested spaced reading. */
export const KEYWORD_WORDS = [
  ...OPERATOR_WORDS, "分档", "整额分档", "分段", "按", "其余", "以上", "及以上", "以下", "以内", "超过", "不满",
  "未满", "不足", "低于", "到", "至",
];
