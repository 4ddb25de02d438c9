// Lexer: numbers with units, keywords versus longest names, brackets and marks, layout tokens, raw text blocks.
import { describe, expect, it } from "vitest";
import { Lexer } from "chevrotain";
import { lex } from "../../compiler/lex/index.js";
import { allTokens } from "../../compiler/lex/tokens.js";

const kinds = (text: string): string[] => lex("t.zc", text).tokens.map((t) => t.tokenType.name);
/** Real (non-layout) tokens as [type, image]. */
const toks = (text: string): [string, string][] =>
  lex("t.zc", text).tokens.filter((t) => t.image !== "").map((t) => [t.tokenType.name, t.image]);

describe("numbers with units", () => {
  it.each([
    ["1000万元", "1000万元"],
    ["1.5亿元", "1.5亿元"],
    ["50元", "50元"],
    ["3%", "3%"],
    ["0.8％", "0.8％"],
    ["1个百分点", "1个百分点"],
    ["10元/平方米/月", "10元/平方米/月"],
    ["5万元/人", "5万元/人"],
    ["2000平方米", "2000平方米"],
    ["200吨标煤", "200吨标煤"],
    ["3款", "3款"],
    ["42", "42"],
  ])("%s is one NumberLit", (src, image) => {
    expect(toks(src)).toEqual([["NumberLit", image]]);
  });

  it("个百分点 wins over 个 (longest unit first)", () => {
    expect(toks("1个百分点")).toEqual([["NumberLit", "1个百分点"]]);
    expect(toks("3个")).toEqual([["NumberLit", "3个"]]);
  });

  it("吨标煤 wins over 吨", () => {
    expect(toks("5吨标煤")).toEqual([["NumberLit", "5吨标煤"]]);
  });

  it("a number followed by an unknown word is a number then a name", () => {
    expect(toks("3美元")).toEqual([["NumberLit", "3"], ["Identifier", "美元"]]);
    expect(toks("3倍")).toEqual([["NumberLit", "3倍"]]); // 倍: a plain factor written as one on purpose
  });

  it("dates are DateLit, not numbers and minus signs", () => {
    expect(toks("2024-01-01")).toEqual([["DateLit", "2024-01-01"]]);
  });

  it("∞ and 无穷 are Infinity", () => {
    expect(toks("∞")).toEqual([["Infinity", "∞"]]);
    expect(toks("无穷")).toEqual([["Infinity", "无穷"]]);
  });
});

describe("marks and punctuation", () => {
  it("（含） and (不含) are single tokens in full- and half-width", () => {
    expect(toks("1000万元（含）")).toEqual([["NumberLit", "1000万元"], ["Inclusive", "（含）"]]);
    expect(toks("1000万元(含)")).toEqual([["NumberLit", "1000万元"], ["Inclusive", "(含)"]]);
    expect(toks("1000万元（不含）")).toEqual([["NumberLit", "1000万元"], ["Exclusive", "（不含）"]]);
  });

  it("a bare parenthesis is LParen", () => {
    expect(toks("（3%）")).toEqual([["LParen", "（"], ["NumberLit", "3%"], ["RParen", "）"]]);
  });

  it("full-width and half-width operators lex to the same token", () => {
    expect(toks("＝ = ＋ + － - × * ÷ / ≥ >= ≤ <= ≠ !=").map(([k]) => k)).toEqual([
      "Equals", "Equals", "Plus", "Plus", "Minus", "Minus", "Times", "Times", "Divide", "Divide",
      "GreaterEq", "GreaterEq", "LessEq", "LessEq", "NotEq", "NotEq",
    ]);
  });

  it("、 is ListComma, ，and , are Comma, → and -> are Arrow", () => {
    expect(toks("、，,→->").map(([k]) => k)).toEqual(["ListComma", "Comma", "Comma", "Arrow", "Arrow"]);
  });

  it("comments (# and ＃) are skipped to the end of the line", () => {
    expect(toks("x # 注释 y\n＃ 全角注释\nz")).toEqual([["Identifier", "x"], ["Identifier", "z"]]);
  });

  it("「quoted」 names keep digits and keywords; “strings” and \"strings\" are StringLit", () => {
    expect(toks("「2级」 「列入试点且验收」 “文字” \"text\"")).toEqual([
      ["QuotedName", "「2级」"], ["QuotedName", "「列入试点且验收」"], ["StringLit", "“文字”"], ["StringLit", "\"text\""],
    ]);
  });
});

describe("keywords versus the longest run of name characters", () => {
  it("企业类别是A类 is one Identifier", () => {
    expect(toks("企业类别是A类")).toEqual([["Identifier", "企业类别是A类"]]);
  });

  it("spaced keywords are keywords", () => {
    expect(toks("企业类别 是 A类")).toEqual([["Identifier", "企业类别"], ["KwIs", "是"], ["Identifier", "A类"]]);
  });

  it("punctuation separates a keyword from a name", () => {
    expect(toks("若（x）则")).toEqual([["KwIf", "若"], ["LParen", "（"], ["Identifier", "x"], ["RParen", "）"], ["KwThen", "则"]]);
  });

  it("a keyword inside a longer name does not split it", () => {
    expect(toks("封顶额")).toEqual([["Identifier", "封顶额"]]);
    expect(toks("分档奖励")).toEqual([["Identifier", "分档奖励"]]);
  });

  it.each([
    ["否则若", "KwElseIf"], ["否则", "KwElse"], ["整额分档", "KwWholeBands"], ["分档", "KwBands"], ["分段", "KwSlices"],
    ["封顶", "KwCap"], ["不超过", "KwCap"], ["保底", "KwFloor"], ["不低于", "KwFloor"], ["扣除", "KwDeduct"],
    ["减半", "KwHalve"], ["每满", "KwPerFull"], ["以上", "KwAbove"], ["及以上", "KwAbove"], ["以下", "KwBelow"],
    ["以内", "KwBelow"], ["超过", "KwOver"], ["不满", "KwUnder"], ["未满", "KwUnder"], ["不足", "KwUnder"],
    ["低于", "KwUnder"], ["到", "KwTo"], ["至", "KwTo"], ["不是", "KwIsNot"], ["属于", "KwIn"], ["按", "KwLookup"],
    ["其余", "KwOther"], ["据", "KwBasis"],
  ])("%s alone is %s", (word, kind) => {
    expect(toks(word)).toEqual([[kind, word]]);
  });

  it("1000万元以上 is a number then 以上 (units end at the unit word)", () => {
    expect(toks("1000万元以上")).toEqual([["NumberLit", "1000万元"], ["KwAbove", "以上"]]);
    expect(toks("不满2000万元")).toEqual([["KwUnder", "不满"], ["NumberLit", "2000万元"]]);
    expect(toks("1000万元（含）到3000万元")).toEqual([
      ["NumberLit", "1000万元"], ["Inclusive", "（含）"], ["KwTo", "到"], ["NumberLit", "3000万元"],
    ]);
  });
});

describe("layout", () => {
  it("indentation after a line ending in ： opens a block; same depth separates lines", () => {
    expect(kinds("a：\n  b\n  c\nd")).toEqual([
      "Identifier", "Colon", "Indent", "Identifier", "Newline", "Identifier", "Dedent", "Newline", "Identifier", "Newline",
    ]);
  });

  it("two levels closed at once give two Dedents", () => {
    expect(kinds("a：\n  b：\n    c\nd")).toEqual([
      "Identifier", "Colon", "Indent", "Identifier", "Colon", "Indent", "Identifier", "Dedent", "Dedent", "Newline", "Identifier", "Newline",
    ]);
  });

  it("blocks still open at the end of the file are closed", () => {
    expect(kinds("a：\n  b")).toEqual(["Identifier", "Colon", "Indent", "Identifier", "Dedent", "Newline"]);
  });

  it("a deeper line under a line that opens no block is Z0109 and stays at the current level", () => {
    const r = lex("t.zc", "a = 1\n    b = 2\nc = 3");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["Z0109"]);
    expect(r.diagnostics[0]!.span.start).toBe("a = 1\n    ".length);
    expect(r.tokens.map((t) => t.tokenType.name)).toEqual([
      "Identifier", "Equals", "NumberLit", "Newline", "Identifier", "Equals", "NumberLit", "Newline",
      "Identifier", "Equals", "NumberLit", "Newline",
    ]);
  });

  it("a line break after an operator continues the line", () => {
    expect(kinds("x = a +\n  b")).toEqual(["Identifier", "Equals", "Identifier", "Plus", "Identifier", "Newline"]);
  });

  it("a line break inside brackets continues the line", () => {
    expect(kinds("x = 取小（a，\n      b）")).toEqual([
      "Identifier", "Equals", "Identifier", "LParen", "Identifier", "Comma", "Identifier", "RParen", "Newline",
    ]);
  });

  it("a misaligned dedent is reported as Z0103", () => {
    const r = lex("t.zc", "a：\n    b\n  c\n");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["Z0103"]);
    expect(r.diagnostics[0]!.span.start).toBe("a：\n    b\n  ".length);
  });

  it("an unclosed bracket does not swallow the following lines (Z0104 at the opener)", () => {
    const text = "x = 取小（a，b\ny = 1";
    const r = lex("t.zc", text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["Z0104"]);
    expect(r.diagnostics[0]!.span.start).toBe(text.indexOf("（"));
    // The forgotten 「）」 is supplied (synthetic, empty image) and the next line is a new item.
    expect(r.tokens.map((t) => t.tokenType.name)).toEqual([
      "Identifier", "Equals", "Identifier", "LParen", "Identifier", "Comma", "Identifier", "RParen", "Newline",
      "Identifier", "Equals", "NumberLit", "Newline",
    ]);
  });
});

describe("raw text", () => {
  it("原文： takes the following deeper-indented lines as one RawBlock", () => {
    const text = "  原文：\n    第一行，1000万元；\n\n    第二行。\n  参数：";
    const t = toks(text);
    expect(t[0]).toEqual(["KwText", "原文"]);
    // The block token starts at its 「：」 (its start character, so the lexer keeps first-character dispatch).
    expect(t[1]![0]).toBe("RawBlock");
    expect(t[1]![1]!.startsWith("：")).toBe(true);
    expect(t[1]![1]).toContain("第一行，1000万元；");
    expect(t[1]![1]).toContain("第二行。");
    expect(t[2]).toEqual(["KwParams", "参数"]);
  });

  it("keywords, quotes and brackets inside 原文 are not tokens", () => {
    const t = toks("原文：\n  若（ 「 “ 封顶 # 不是注释\n");
    expect(t.map(([k]) => k)).toEqual(["KwText", "RawBlock"]);
    expect(t[1]![1]).toContain("# 不是注释");
  });

  it("政策、来源、发文、文号 take the rest of the line raw", () => {
    expect(toks("政策 关于（若干）政策的意见：第1条\n来源 003_fb48.txt")).toEqual([
      ["KwPolicy", "政策"], ["RawLine", " 关于（若干）政策的意见：第1条"], ["KwSource", "来源"], ["RawLine", " 003_fb48.txt"],
    ]);
  });

  it("the title and article reference after a clause name are one ClauseHead", () => {
    expect(toks("条款 ABC「标题」答一·支持（新兴）产业")).toEqual([
      ["KwClause", "条款"], ["Identifier", "ABC"], ["ClauseHead", "「标题」答一·支持（新兴）产业"],
    ]);
  });

  it("the lexer keeps Chevrotain's first-character optimisation (every custom pattern has a start hint)", () => {
    // A custom pattern without start_chars_hint makes this constructor throw.
    expect(() => new Lexer(allTokens, { ensureOptimizations: true, positionTracking: "full" })).not.toThrow();
  });

  it("an unrecognisable character is Z0101 with a hint", () => {
    const r = lex("t.zc", "x = 3 @ 4");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["Z0101"]);
    expect(r.diagnostics[0]!.message).toContain("「@」");
    expect(r.diagnostics[0]!.span.start).toBe(6);
  });
});
