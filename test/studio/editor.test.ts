// The editor's knowledge of the language comes from the lexer: every keyword of tokens.ts highlights as a keyword
// (never as a name), units and numbers as numbers, comments from the gaps; and new lines indent as the layout reads.
import { describe, expect, it } from "vitest";
import { highlightSpans } from "../../dsl/studio/editor/highlight.js";
import { indentAfter } from "../../dsl/studio/editor/language.js";
import { KEYWORDS, UNITS } from "../../dsl/studio/editor/vocabulary.js";

const classAt = (text: string, word: string) => highlightSpans(text).find((s) => s.from === text.indexOf(word))?.cls;

describe("highlighting by the project's lexer", () => {
  it("marks the parts of a clause by token kind", () => {
    const text = "条款 A「设备奖励」第20条\n  结果 = 投资额 × 3% 封顶 100万元   # 手算\n";
    expect(classAt(text, "条款")).toBe("keyword");
    expect(classAt(text, "「设备奖励」第20条")).toBe("title");
    expect(classAt(text, "投资额")).toBe("name");
    expect(classAt(text, "3%")).toBe("number");
    expect(classAt(text, "封顶")).toBe("operator");
    expect(classAt(text, "100万元")).toBe("number");
    expect(classAt(text, "# 手算")).toBe("comment");
    const span = highlightSpans(text).find((s) => s.from === text.indexOf("100万元"))!;
    expect(text.slice(span.from, span.to)).toBe("100万元");
  });

  it("every keyword word of the lexer is highlighted as a keyword, not as a name", () => {
    expect(KEYWORDS).toEqual(expect.arrayContaining(["若", "否则若", "分档", "整额分档", "以上", "结算示例", "进档差额"]));
    for (const w of KEYWORDS) {
      const text = `x ${w} y`;
      const cls = highlightSpans(text).find((s) => s.from === 2)?.cls;
      expect(["keyword", "operator", "table"], w).toContain(cls);
    }
  });

  it("the 原文 block is one raw span, and a # inside a string is not a comment", () => {
    const text = "条款 A「t」第1条\n  原文：\n    企业投资 # 不是注释\n  说明 “甲#乙”\n";
    const raw = highlightSpans(text).find((s) => s.cls === "raw")!;
    expect(text.slice(raw.from, raw.to)).toContain("企业投资 # 不是注释");
    expect(highlightSpans(text).filter((s) => s.cls === "comment")).toEqual([]);
  });

  it("offers the unit table's spellings", () => {
    expect(UNITS).toEqual(expect.arrayContaining(["万元", "亿元", "%", "个百分点", "平方米", "吨标煤"]));
  });
});

describe("indentation", () => {
  it("opens a block after 「：」 and after a clause head, continues after an operator or comma, else stays", () => {
    expect(indentAfter("  参数：")).toBe(4);
    expect(indentAfter("  示例:   # 手算")).toBe(4);
    expect(indentAfter("条款 EQUIPMENT「设备」第20条")).toBe(2);
    expect(indentAfter("  结果 = 投资额 ×")).toBe(4);
    expect(indentAfter("    投资额 = 1000万元，")).toBe(6);
    expect(indentAfter("  中文名 设备奖励")).toBe(2);
    expect(indentAfter("  结果 = 投资额 × 3%")).toBe(2);
  });
});
