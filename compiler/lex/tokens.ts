// Token definitions, and the one home of every fact about a token: its spellings, how it is named in messages
// (its label), and its role (which keyword lists it belongs to, whether a line may end on it). Chinese keywords
// are matched only when the surrounding run of name characters is not longer (Chevrotain's longer_alt), so a name
// is always the longest run of name characters: 企业类别是A类 is one name, and the resolver suggests the spaced
// reading. Chevrotain drops the regexp `u` flag, so only BMP ranges.
import { createToken, Lexer, type TokenType, type CustomPatternMatcherFunc, type IToken } from "chevrotain";
import { UNIT_SPELLINGS } from "../units/units.js";
import { POLICY_NUMBER } from "../../runtime/numtext.js";
import { lineStartOf, indentWidthAt } from "./lines.js";

const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";

/** What a keyword is, for the lists derived from it. */
type Role =
  | "structure" // file, clause and rule structure
  | "operator" // may be misread inside a name (the lint warns)
  | "table" // table heads and rows
  | "bound"; // band bounds in words (民法典 第1259条)

interface TokenFacts {
  readonly role?: Role;
  readonly words?: readonly string[];
  /** A line may not end on it: the expression goes on (a line break after it continues the line). */
  readonly needsOperand?: boolean;
}

const facts = new Map<TokenType, TokenFacts>();
const keywords: TokenType[] = [];

export const Identifier = createToken({
  name: "Identifier", label: "名称",
  pattern: new RegExp(`(?:[${CJK}]|[A-Za-z_][A-Za-z0-9_]*)+`),
});

function kw(name: string, words: readonly string[], role: Role, needsOperand = false): TokenType {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const t = createToken({ name, label: words[0]!, pattern: new RegExp(sorted.join("|")), longer_alt: Identifier });
  keywords.push(t);
  facts.set(t, { role, words, needsOperand });
  return t;
}

function punct(name: string, label: string, pattern: RegExp, needsOperand = false): TokenType {
  const t = createToken({ name, label, pattern });
  facts.set(t, { needsOperand });
  return t;
}

/** 「任意文字」: a name that may hold digits, punctuation or keywords. */
export const QuotedName = createToken({ name: "QuotedName", label: "「名称」", pattern: /「[^」\n]*」/ });
export const StringLit = createToken({ name: "StringLit", label: "“文字”", pattern: /“[^”\n]*”|"[^"\n]*"/ });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/%]/g, "\\$&");
const UNIT_RE = `(?:${UNIT_SPELLINGS.map(escapeRe).join("|")})`;
/** A number with its unit written as in the documents: 1000万元, 3%, 1个百分点, 10元/平方米/月. */
export const NumberLit = createToken({
  name: "NumberLit", label: "数",
  pattern: new RegExp(`${POLICY_NUMBER}(?:${UNIT_RE}(?:\\/${UNIT_RE})*)?`),
});
export const DateLit = createToken({ name: "DateLit", label: "日期（如 2024-01-01）", pattern: /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/ });
export const Infinity_ = createToken({ name: "Infinity", label: "∞", pattern: /∞|无穷大|无穷/ });

// File, clause and rule structure.
export const KwPolicy = kw("KwPolicy", ["政策"], "structure");
export const KwNamespace = kw("KwNamespace", ["命名空间"], "structure");
export const KwSource = kw("KwSource", ["来源"], "structure");
export const KwIssuer = kw("KwIssuer", ["发文"], "structure");
export const KwDocNo = kw("KwDocNo", ["文号"], "structure");
export const KwDate = kw("KwDate", ["日期"], "structure");
export const KwValidity = kw("KwValidity", ["有效期"], "structure");
export const KwNote = kw("KwNote", ["说明"], "structure");
export const KwEnum = kw("KwEnum", ["枚举"], "structure");
export const KwTable = kw("KwTable", ["表"], "structure");
export const KwClause = kw("KwClause", ["条款"], "structure");
export const KwRule = kw("KwRule", ["规则"], "structure");
export const KwZhName = kw("KwZhName", ["中文名"], "structure");
export const KwText = kw("KwText", ["原文"], "structure");
export const KwParams = kw("KwParams", ["参数"], "structure");
export const KwSettleExamples = kw("KwSettleExamples", ["结算示例"], "structure");
export const KwExamples = kw("KwExamples", ["示例"], "structure");
export const KwApplies = kw("KwApplies", ["适用"], "structure");
export const KwRequire = kw("KwRequire", ["要求"], "structure");
export const KwBasis = kw("KwBasis", ["据"], "structure");
export const KwError = kw("KwError", ["错误"], "structure");
export const KwInteger = kw("KwInteger", ["整数"], "structure");
export const KwRange = kw("KwRange", ["范围"], "structure");
export const KwTo = kw("KwTo", ["到", "至"], "bound", true);
// Settlement rules (规则) and settlement examples (结算示例).
export const KwHighest = kw("KwHighest", ["就高"], "structure");
export const KwStack = kw("KwStack", ["叠加"], "structure");
export const KwOn = kw("KwOn", ["于"], "structure");
export const KwLadder = kw("KwLadder", ["进档差额"], "structure");
export const KwAnnualCap = kw("KwAnnualCap", ["年度上限"], "structure");
export const KwContribution = kw("KwContribution", ["贡献封顶"], "structure");
export const KwExclusion = kw("KwExclusion", ["排除"], "structure");
export const KwBudgetRule = kw("KwBudgetRule", ["预算总额控制"], "structure");
export const KwBudget = kw("KwBudget", ["预算总额"], "structure");
export const KwPaid = kw("KwPaid", ["已兑现"], "structure");
// Expressions.
export const KwElseIf = kw("KwElseIf", ["否则若"], "operator", true);
export const KwElse = kw("KwElse", ["否则"], "operator", true);
export const KwIf = kw("KwIf", ["若"], "operator", true);
export const KwThen = kw("KwThen", ["则"], "operator", true);
export const KwAnd = kw("KwAnd", ["且"], "operator", true);
export const KwOr = kw("KwOr", ["或"], "operator", true);
export const KwIsNot = kw("KwIsNot", ["不是"], "operator", true);
export const KwNot = kw("KwNot", ["非"], "operator", true);
export const KwIs = kw("KwIs", ["是"], "operator", true);
export const KwNo = kw("KwNo", ["否"], "structure");
export const KwIn = kw("KwIn", ["属于"], "operator", true);
export const KwCap = kw("KwCap", ["封顶", "不超过"], "operator", true);
export const KwFloor = kw("KwFloor", ["保底", "不低于"], "operator", true);
export const KwDeduct = kw("KwDeduct", ["扣除"], "operator", true);
export const KwHalve = kw("KwHalve", ["减半"], "operator");
export const KwPerFull = kw("KwPerFull", ["每满"], "operator", true);
export const KwWholeBands = kw("KwWholeBands", ["整额分档"], "table");
export const KwBands = kw("KwBands", ["分档"], "table");
export const KwSlices = kw("KwSlices", ["分段"], "table");
export const KwLookup = kw("KwLookup", ["按"], "table");
export const KwOther = kw("KwOther", ["其余"], "table");
// Band bound words (民法典 第1259条).
export const KwAbove = kw("KwAbove", ["以上", "及以上"], "bound");
export const KwBelow = kw("KwBelow", ["以下", "以内"], "bound");
export const KwOver = kw("KwOver", ["超过"], "bound");
export const KwUnder = kw("KwUnder", ["不满", "未达到", "未满", "不足", "低于"], "bound");

export const Inclusive = punct("Inclusive", "（含）", /[(（]含[)）]/);
export const Exclusive = punct("Exclusive", "（不含）", /[(（]不含[)）]/);
export const LParen = punct("LParen", "（", /[(（]/);
export const RParen = punct("RParen", "）", /[)）]/);
export const LBracket = punct("LBracket", "［", /[[［]/);
export const RBracket = punct("RBracket", "］", /[\]］]/);
export const Colon = punct("Colon", "：", /[:：]/);
export const Comma = punct("Comma", "，", /[,，]/);
export const ListComma = punct("ListComma", "、", /、/);
export const Semicolon = punct("Semicolon", "；", /[;；]/);
export const Arrow = punct("Arrow", "→", /→|->|=>/);
export const GreaterEq = punct("GreaterEq", "≥", />=|≥|＞＝|⩾/, true);
export const LessEq = punct("LessEq", "≤", /<=|≤|＜＝|⩽/, true);
export const NotEq = punct("NotEq", "≠", /!=|≠/, true);
export const Greater = punct("Greater", ">", />|＞/, true);
export const Less = punct("Less", "<", /<|＜/, true);
export const Equals = punct("Equals", "=", /=|＝/, true);
export const Plus = punct("Plus", "+", /\+|＋/, true);
export const Minus = punct("Minus", "−", /-|－|−/, true);
export const Times = punct("Times", "×", /×|\*|＊/, true);
export const Divide = punct("Divide", "÷", /÷|\/|／/, true);
export const Tilde = punct("Tilde", "～", /~|～/);

export const Comment = createToken({ name: "Comment", pattern: /[#＃][^\n]*/, group: Lexer.SKIPPED });
export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\u3000\r\n]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/** A UTF-8 byte-order mark at the very start of a file is not text (editors on Windows add it). */
export const ByteOrderMark = createToken({
  name: "ByteOrderMark",
  pattern: { exec: (text, offset) => (offset === 0 && text.charCodeAt(0) === 0xfeff ? (["\ufeff"] as unknown as RegExpExecArray) : null) },
  start_chars_hint: ["\ufeff"],
  line_breaks: false,
  group: Lexer.SKIPPED,
});

// Layout tokens, inserted by the layout pass (never matched by the lexer).
export const Newline = createToken({ name: "Newline", label: "换行", pattern: Lexer.NA });
export const Indent = createToken({ name: "Indent", label: "缩进的下一行", pattern: Lexer.NA });
export const Dedent = createToken({ name: "Dedent", label: "这一块的结尾", pattern: Lexer.NA });
/** Stands for an expression the limits pass took out (too deep or too long; already reported). */
export const Omitted = createToken({ name: "Omitted", label: "（略去的式子）", pattern: Lexer.NA });

/** Intro tokens after which the rest of the line is raw text (titles, file names, article references). */
const RAW_LINE_AFTER = new Set(["KwPolicy", "KwSource", "KwIssuer", "KwDocNo"]);
/** Heads after which `NAME 「标题」条款号` follows. */
const HEAD_AFTER = new Set(["KwClause", "KwRule"]);

const lineEndOf = (text: string, from: number) => {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
};

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

/** After `条款 NAME` or `规则 NAME`: 「中文标题」 and, to the end of the line, the article reference (第20条, （十一）, 附则6). */
const matchClauseHead: CustomPatternMatcherFunc = (text, offset, tokens: IToken[]) => {
  if (tokens[tokens.length - 1]?.tokenType.name !== "Identifier" || !HEAD_AFTER.has(tokens[tokens.length - 2]?.tokenType.name ?? "")) return null;
  const m = /^「[^」\n]*」[^\n#＃]*/.exec(text.slice(offset, lineEndOf(text, offset)));
  if (!m) return null;
  return [m[0].replace(/[ \t\u3000\r]+$/, "")] as unknown as RegExpExecArray;
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
  const introIndent = indentWidthAt(text, lineStartOf(text, intro.startOffset));
  const start = offset + 1;
  let end = lineEndOf(text, start);
  let lastContent = text.slice(start, end).trim() ? end : start;
  while (end < text.length) {
    const next = end + 1;
    const nextEnd = lineEndOf(text, next);
    if (text.slice(next, nextEnd).trim() === "") {
      end = nextEnd;
      continue;
    }
    if (indentWidthAt(text, next) <= introIndent) break;
    end = nextEnd;
    lastContent = nextEnd;
  }
  if (lastContent === start) return null;
  return [text.slice(offset, lastContent)] as unknown as RegExpExecArray;
};

export const RawBlock = createToken({
  name: "RawBlock", label: "「：」及其下缩进的文本块", pattern: { exec: matchRawBlock }, line_breaks: true, start_chars_hint: ["：", ":"],
});
export const RawLine = createToken({
  name: "RawLine", label: "本行的文字", pattern: { exec: matchRawLine }, line_breaks: false, start_chars_hint: [" ", "\t", "\u3000"],
});
export const ClauseHead = createToken({
  name: "ClauseHead", label: "「中文标题」与条款号", pattern: { exec: matchClauseHead }, line_breaks: false, start_chars_hint: ["「"],
});

export const allTokens: TokenType[] = [
  ByteOrderMark, RawBlock, RawLine, ClauseHead, WhiteSpace, Comment, QuotedName, StringLit, DateLit, NumberLit, Infinity_,
  ...keywords,
  Identifier, Inclusive, Exclusive, LParen, RParen, LBracket, RBracket, Colon, Comma, ListComma, Semicolon, Arrow,
  GreaterEq, LessEq, NotEq, Greater, Less, Equals, Plus, Minus, Times, Divide, Tilde,
  Newline, Indent, Dedent, Omitted,
];

const wordsOf = (...roles: Role[]) => keywords.flatMap((t) => (roles.includes(facts.get(t)!.role!) ? facts.get(t)!.words! : []));

/** Words that, inside a declared name, may be misread as an operator: the lint warns unless the name is quoted. */
export const OPERATOR_WORDS: readonly string[] = wordsOf("operator");

/** Operator, table and bound words, longest first: for suggesting where the spaces go in a glued name. */
export const KEYWORD_WORDS: readonly string[] = wordsOf("operator", "table", "bound").sort((a, b) => b.length - a.length);

/** Tokens a line may not end on: the next line continues the expression (layout) or the line is unfinished (parser). */
export const NEEDS_OPERAND: ReadonlySet<TokenType> = new Set([...facts].filter(([, f]) => f.needsOperand).map(([t]) => t));

/** How a token type is named in a message: its label (政策, 数, 「：」…). */
export function tokenLabel(type: TokenType): string {
  return type.LABEL ?? type.name;
}
