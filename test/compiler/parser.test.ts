// Parser: the AST shape of every construct, bands in words (民法典第1259条), conditions, parameters, examples.
import { describe, expect, it } from "vitest";
import { lex } from "../../compiler/lex/index.js";
import { parse } from "../../compiler/parse/index.js";
import type * as A from "../../compiler/ast/ast.js";
import { HEADER } from "./helpers.js";

function parseText(text: string): { ast: A.PolicyFile; codes: string[] } {
  const lexed = lex("t.zc", text);
  const parsed = parse("t.zc", lexed.tokens);
  return { ast: parsed.ast, codes: [...lexed.diagnostics, ...parsed.diagnostics].map((d) => d.code) };
}

/** Parses a clause with the given statement lines (indented two spaces) and returns it; fails on syntax errors. */
function clause(lines: string): A.Clause {
  const text = `${HEADER}条款 ABC「标题」第1条\n  中文名 测试条款\n  原文：\n    原文。\n${lines}\n`;
  const { ast, codes } = parseText(text);
  expect(codes).toEqual([]);
  expect(ast.clauses).toHaveLength(1);
  return ast.clauses[0]!;
}

const valueOf = (c: A.Clause, i = 0): A.Expr => {
  const s = c.statements[i]!;
  if (s.kind !== "define") throw new Error(`statement ${i} is ${s.kind}`);
  return s.value;
};

/** A compact, hand-checkable rendering of an expression tree. */
function show(e: A.Expr): string {
  switch (e.kind) {
    case "number": return `${e.negative ? "-" : ""}${e.digits}${e.unit}`;
    case "bool": return e.value ? "是" : "否";
    case "ref": return e.name.text;
    case "call": return `${e.callee.text}(${e.args.map(show).join(", ")})`;
    case "unary": return `${e.op}(${show(e.operand)})`;
    case "binary": return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case "halve": return `halve(${show(e.operand)})`;
    case "is": return `(${show(e.subject)} ${e.negated ? "isnot" : "is"} ${e.values.map((v) => v.text).join("|")})`;
    case "if": return `if(${e.branches.map((b) => `${show(b.cond)} => ${show(b.then)}`).join("; ")}; else ${show(e.otherwise)})`;
    case "bands": return `${e.mode}${e.acknowledged ? "!" : ""}[${show(e.subject)}]{${e.rows.map((r) => `${r.band ? showBand(r.band) : "其余"}: ${show(r.value)}`).join("; ")}}`;
    case "lookup": return `lookup[${show(e.subject)}]{${e.rows.map((r) => `${r.key ? (r.key.kind === "names" ? r.key.names.map((n) => n.text).join("|") : show(r.key.literal)) : "其余"}: ${show(r.value)}`).join("; ")}}`;
    case "missing": return "?";
  }
}

function showBound(b: A.Bound | undefined, side: "lo" | "hi"): string {
  if (!b) return side === "lo" ? "(-∞" : "∞)";
  const v = b.value.kind === "infinity" ? `${b.value.negative ? "-" : ""}∞` : show(b.value);
  return side === "lo" ? `${b.inclusive ? "[" : "("}${v}` : `${v}${b.inclusive ? "]" : ")"}`;
}
const showBand = (b: A.Band): string => `${showBound(b.lower, "lo")}, ${showBound(b.upper, "hi")}`;

/** The interval a band written in words parses to. */
function bandOf(words: string): string {
  const c = clause(`  档 = 分档 营收：\n    ${words}：5%`);
  const e = valueOf(c);
  if (e.kind !== "bands") throw new Error("not bands");
  return showBand(e.rows[0]!.band!);
}

describe("bands in words (民法典第1259条: 以上、以下 include the bound; 超过、不满 exclude it)", () => {
  it.each([
    ["1000万元以上", "[1000万元, ∞)"],
    ["1000万元及以上", "[1000万元, ∞)"],
    ["1000万元（含）以上", "[1000万元, ∞)"],
    ["1000万元（不含）以上", "(1000万元, ∞)"],
    ["超过1000万元", "(1000万元, ∞)"],
    ["1000万元以下", "(-∞, 1000万元]"],
    ["1000万元以内", "(-∞, 1000万元]"],
    ["1000万元（不含）以下", "(-∞, 1000万元)"],
    ["不满1000万元", "(-∞, 1000万元)"],
    ["未满1000万元", "(-∞, 1000万元)"],
    ["不足1000万元", "(-∞, 1000万元)"],
    ["低于1000万元", "(-∞, 1000万元)"],
    ["1000万元到3000万元", "[1000万元, 3000万元)"],
    ["1000万元至3000万元", "[1000万元, 3000万元)"],
    ["1000万元（含）到3000万元", "[1000万元, 3000万元)"],
    ["1000万元（不含）到3000万元", "(1000万元, 3000万元)"],
    ["1000万元到3000万元（含）", "[1000万元, 3000万元]"],
    ["1000万元到3000万元（不含）", "[1000万元, 3000万元)"],
    ["1000万元到3000万元以下", "[1000万元, 3000万元]"],
    ["1000万元～3000万元", "[1000万元, 3000万元)"],
    ["1000万元以上3000万元以下", "[1000万元, 3000万元]"],
    ["1000万元以上 不满3000万元", "[1000万元, 3000万元)"], // 以上不满 unspaced is one name: keywords need a space
    ["1000万元以上3000万元（不含）以下", "[1000万元, 3000万元)"],
    ["超过1000万元不满3000万元", "(1000万元, 3000万元)"],
    ["超过1000万元3000万元以下", "(1000万元, 3000万元]"],
    ["[1000万元, 3000万元)", "[1000万元, 3000万元)"],
    ["(0, 5%]", "(0, 5%]"],
    ["[1亿元, ∞)", "[1亿元, ∞)"],
    ["(-∞, 0万元]", "(-∞, 0万元]"],
  ])("%s → %s", (words, interval) => {
    expect(bandOf(words)).toBe(interval);
  });
});

describe("tables", () => {
  it("分档 rows with bounds, values and 据", () => {
    const c = clause([
      "  比率 = 分档 营收：",
      "    不满2000万元：5% 据“原文”",
      "    2000万元（含）到1亿元：15%",
      "    1亿元（含）以上：20%",
    ].join("\n"));
    const e = valueOf(c);
    expect(show(e)).toBe("whole[营收]{(-∞, 2000万元): 5%; [2000万元, 1亿元): 15%; [1亿元, ∞): 20%}");
    if (e.kind !== "bands") throw new Error();
    expect(e.rows[0]!.basis?.value).toBe("原文");
    expect(e.rows[1]!.basis).toBeUndefined();
  });

  it("整额分档 is a whole-amount table marked acknowledged; 分段 is slices", () => {
    expect(show(valueOf(clause("  x = 整额分档 y：\n    1万元以上：1%")))).toBe("whole![y]{[1万元, ∞): 1%}");
    expect(show(valueOf(clause("  x = 分段 y：\n    1万元以上：1%")))).toBe("slices[y]{[1万元, ∞): 1%}");
  });

  it("其余 row in a band table", () => {
    expect(show(valueOf(clause("  x = 分档 y：\n    1万元以上：1万元\n    其余：0万元")))).toBe("whole[y]{[1万元, ∞): 1万元; 其余: 0万元}");
  });

  it("按 with enum keys (several per row), numeric keys and 其余", () => {
    const c = clause([
      "  奖额 = 按 称号：",
      "    省级未来工厂：100万元",
      "    未来工厂试点、省级智能工厂：25万元",
      "    其余：0万元",
      "  比率 = 按 年度：",
      "    2024：5%",
      "    2025年：3%",
    ].join("\n"));
    expect(show(valueOf(c, 0))).toBe("lookup[称号]{省级未来工厂: 100万元; 未来工厂试点|省级智能工厂: 25万元; 其余: 0万元}");
    expect(show(valueOf(c, 1))).toBe("lookup[年度]{2024: 5%; 2025年: 3%}");
  });

  it("nested tables one level deeper", () => {
    const c = clause([
      "  x = 按 类别：",
      "    甲：分档 营收：",
      "      1万元以上：1%",
      "    乙：2%",
    ].join("\n"));
    expect(show(valueOf(c))).toBe("lookup[类别]{甲: whole[营收]{[1万元, ∞): 1%}; 乙: 2%}");
  });

  it("a 表 declaration at file level", () => {
    const { ast, codes } = parseText(`${HEADER}枚举 级别：国家级、省级\n表 奖额（级别）：\n  国家级：100万元\n  省级：50万元\n`);
    expect(codes).toEqual([]);
    expect(ast.tables).toHaveLength(1);
    expect(ast.tables[0]!.name.text).toBe("奖额");
    expect(ast.tables[0]!.keyType.text).toBe("级别");
    expect(ast.tables[0]!.rows.map((r) => (r.kind === "keyed" && r.row.key?.kind === "names" ? r.row.key.names[0]!.text : "?"))).toEqual(["国家级", "省级"]);
    expect(ast.enums[0]!.values.map((v) => v.text)).toEqual(["国家级", "省级"]);
  });
});

describe("expressions", () => {
  it.each([
    ["a + b × c", "(a + (b * c))"],
    ["a − b − c", "((a - b) - c)"],
    ["a × 3% 封顶 100万元", "((a * 3%) cap 100万元)"],
    ["a 不超过 b", "(a cap b)"],
    ["a 保底 b", "(a floor b)"],
    ["a 不低于 b", "(a floor b)"],
    ["200万元 扣除 已获", "(200万元 deduct 已获)"],
    ["a 减半", "halve(a)"],
    ["a × 3% 封顶 100万元 减半", "halve(((a * 3%) cap 100万元))"],
    ["营收 每满 100亿元", "(营收 perFull 100亿元)"],
    ["-x + 1", "(neg(x) + 1)"],
    ["取小（a，b，c）", "取小(a, b, c)"],
    ["向下取整（a ÷ b）", "向下取整((a / b))"],
    ["奖额（级别）", "奖额(级别)"],
    ["（a + b）× c", "((a + b) * c)"],
    ["a ≥ 1万元 且 b < 2万元 或 非 c", "(((a >= 1万元) and (b < 2万元)) or not(c))"],
    ["x 是 A类", "(x is A类)"],
    ["x 不是 A类", "(x isnot A类)"],
    ["x 属于 A类、数字经济项目", "(x is A类|数字经济项目)"],
    ["若 c 则 1个百分点 否则 0个百分点", "if(c => 1个百分点; else 0个百分点)"],
    ["若 a > 1 则 1万元 否则若 a > 0 则 2万元 否则 3万元", "if((a > 1) => 1万元; (a > 0) => 2万元; else 3万元)"],
    ["若 x 则 是 否则 否", "if(x => 是; else 否)"],
  ])("%s parses as %s", (src, tree) => {
    expect(show(valueOf(clause(`  v = ${src}`)))).toBe(tree);
  });

  it("a long expression continues on the next line after an operator", () => {
    expect(show(valueOf(clause("  v = a +\n    b")))).toBe("(a + b)");
  });
});

describe("statements", () => {
  it("适用、要求、结果 and 据", () => {
    const c = clause([
      "  适用：第几年 ≤ 3年 据“最多三年”",
      "  要求：a ≥ 0万元，否则 “a 不能为负”",
      "  结果 = a 据“奖励”",
    ].join("\n"));
    expect(c.statements.map((s) => s.kind)).toEqual(["applies", "require", "define"]);
    const [applies, require_, result] = c.statements;
    if (applies!.kind !== "applies" || require_!.kind !== "require" || result!.kind !== "define") throw new Error();
    expect(show(applies.cond)).toBe("(第几年 <= 3年)");
    expect(applies.basis?.value).toBe("最多三年");
    expect(require_.message.value).toBe("a 不能为负");
    expect(result.name.text).toBe("结果");
    expect(result.basis?.value).toBe("奖励");
  });
});

describe("clause and parameters", () => {
  it("header items and a full clause", () => {
    const text = [
      "政策 某政策",
      "命名空间 NS",
      "来源 1.txt",
      "发文 某局",
      "文号 平政发〔2024〕10号",
      "日期 2024-04-14",
      "有效期 2024-01-01 至 2026-12-31",
      "",
      "条款 ABC「标题」（十一）",
      "  中文名 测试条款",
      "  有效期 2025-01-01 至 2025-12-31",
      "  原文：",
      "    第一行",
      "    第二行。",
      "  说明：",
      "    取舍。",
      "  参数：",
      "    投资额：金额 “万元”",
      "    第几年：年，范围 [1, ∞) = 1年 “第几年”",
      "    不良率：比例，范围 [0, 1]",
      "    台数：台，整数",
      "    示范：是否 = 否",
      "    级别：枚举（国家级、「省-级」） = 国家级",
      "  结果 = 投资额",
      "  示例：",
      "    投资额 = 2000万元 → 60万元",
      "    投资额 = 4000万元，示范 = 是，级别 = 「省-级」 → 170万元",
      "    → 10万元",
      "    投资额 = “abc” → 错误 “投资额”",
      "    投资额 = -1万元 → 错误",
    ].join("\n");
    const { ast, codes } = parseText(text);
    expect(codes).toEqual([]);
    expect(ast.title).toBe("某政策");
    expect(ast.namespace?.text).toBe("NS");
    expect(ast.source).toBe("1.txt");
    expect(ast.issuer).toBe("某局");
    expect(ast.docNumber).toBe("平政发〔2024〕10号");
    expect(ast.date?.text).toBe("2024-04-14");
    expect([ast.validity?.from.text, ast.validity?.to.text]).toEqual(["2024-01-01", "2026-12-31"]);
    const c = ast.clauses[0]!;
    expect(c.name.text).toBe("ABC");
    expect(c.title.text).toBe("标题");
    expect(c.article).toBe("（十一）");
    expect(c.zhName?.text).toBe("测试条款");
    expect(c.validity?.from.text).toBe("2025-01-01");
    expect(c.text?.value).toBe("第一行第二行。"); // lines joined without indentation or line breaks
    expect(c.note?.value).toBe("取舍。");
    const [money, year, ratio, count, flag, level] = c.params;
    expect(money!.type).toMatchObject({ kind: "named", name: { text: "金额" } });
    expect(money!.description?.value).toBe("万元");
    expect(money!.default).toBeUndefined();
    expect(year!.range && `${showBound(year!.range.lower, "lo")}, ${showBound(year!.range.upper, "hi")}`).toBe("[1, ∞)");
    expect(year!.default).toMatchObject({ kind: "number", digits: "1", unit: "年" });
    expect(year!.description?.value).toBe("第几年");
    expect(ratio!.range && `${showBound(ratio!.range.lower, "lo")}, ${showBound(ratio!.range.upper, "hi")}`).toBe("[0, 1]");
    expect(count!.integer).toBe(true);
    expect(money!.integer).toBe(false);
    expect(flag!.default).toMatchObject({ kind: "bool", value: false });
    expect(level!.type.kind).toBe("inlineEnum");
    if (level!.type.kind !== "inlineEnum") throw new Error();
    expect(level!.type.values.map((v) => [v.text, v.quoted])).toEqual([["国家级", false], ["省-级", true]]);
    expect(level!.default).toMatchObject({ kind: "name", name: { text: "国家级" } });

    expect(c.examples).toHaveLength(5);
    const [e1, e2, e3, e4, e5] = c.examples;
    expect(e1!.inputs.map((i) => i.name.text)).toEqual(["投资额"]);
    expect(e1!.expected).toMatchObject({ kind: "value", value: { digits: "60", unit: "万元" } });
    expect(e2!.inputs.map((i) => [i.name.text, i.value.kind])).toEqual([["投资额", "number"], ["示范", "bool"], ["级别", "name"]]);
    expect(e3!.inputs).toEqual([]);
    expect(e4!.inputs[0]!.value).toMatchObject({ kind: "text", value: "abc" });
    expect(e4!.expected).toMatchObject({ kind: "error", fragment: { value: "投资额" } });
    expect(e5!.inputs[0]!.value).toMatchObject({ kind: "number", digits: "1", negative: true });
    expect(e5!.expected.kind).toBe("error");
    if (e5!.expected.kind !== "error") throw new Error();
    expect(e5!.expected.fragment).toBeUndefined();
  });

  it("a syntax error is reported and parsing resumes at the next line", () => {
    const text = `${HEADER}条款 ABC「标题」第1条\n  中文名 测试条款\n  甲 = 1万元 +\n  乙 = ） 2万元\n  丙 = 3万元\n`;
    const { ast, codes } = parseText(text);
    expect(codes).toEqual(["Z0202", "Z0203"]); // 「+」 with nothing after it; a stray 「）」
    const names = ast.clauses[0]?.statements.map((s) => (s.kind === "define" ? s.name.text : s.kind));
    expect(names).toContain("丙");
  });
});
