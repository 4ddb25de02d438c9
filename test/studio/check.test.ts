// The studio's worker side, run in Node: the diagnostics it lists are `zhengce check`'s (same words, same places),
// checked across the edited file's namespace; its examples summary is `zhengce test`'s line.
import { describe, expect, it } from "vitest";
import { CheckSession } from "../../dsl/studio/check/session.js";
import { examplesSummaryText, ledgersSummaryText, runClauseExamples } from "../../dsl/studio/check/examples.js";
import { headline } from "../../dsl/studio/check/diagnostics.js";
import { NEW_POLICY } from "../../dsl/studio/newPolicy.js";
import { cli, cliDiagnostics, cliTestAll, countExampleLines, countLedgers, edit, LARGEST, policyText, projectSources } from "./helpers.js";

const session = new CheckSession(projectSources());
const PINGHU_003 = "policies/pinghu-003-pingzhengfa-2024-10.zc";

describe("studio check session", () => {
  it("a unit error (金额 + 比例) in the largest file: Z0401 at its line, with the same words and places as zhengce check", () => {
    const text = edit(policyText(LARGEST), "  结果 = 分段奖励 封顶 500万元\n", "  结果 = 分段奖励 + 3% 封顶 500万元\n");
    const result = session.check({ path: LARGEST, text });
    const unit = result.diagnostics.find((d) => d.code === "Z0401");
    expect(unit).toBeDefined();
    const line = text.slice(0, text.indexOf("  结果 = 分段奖励 + 3%")).split("\n").length;
    expect(unit!.line).toBe(line);
    expect(result.clauses).toBeUndefined();
    const fromCli = cliDiagnostics(cli(["check", "policies"], { [LARGEST]: text, [PINGHU_003]: policyText(PINGHU_003) }), LARGEST);
    expect(fromCli.length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => ({ headline: headline(d), line: d.line, column: d.column, ...(d.hint ? { hint: d.hint } : {}) }))).toEqual(fromCli);
  });

  it("checks across the namespace: a clause name taken by the other PINGHU file is Z0607 in the edited file only", () => {
    const text = edit(policyText(LARGEST), "条款 EQUIPMENT「", "条款 RD_GROWTH「");
    const result = session.check({ path: LARGEST, text });
    expect(result.diagnostics.map((d) => d.code)).toContain("Z0607");
    const dup = result.diagnostics.find((d) => d.code === "Z0607")!;
    expect(dup.related[0]?.where).toContain(PINGHU_003);
    // Alone (as a file of another namespace would be checked) there is no duplicate.
    const alone = new CheckSession([]).check({ path: LARGEST, text });
    expect(alone.diagnostics.map((d) => d.code)).not.toContain("Z0607");
  });

  it("every project file checks clean; its examples and ledgers, summed over the files, are what zhengce test counts, worded the same", () => {
    let total = 0, passed = 0, ledgers = 0, rows = 0, matching = 0;
    for (const { path, text } of projectSources()) {
      const result = session.check({ path, text });
      expect(result.errors, path).toBe(0);
      const summary = runClauseExamples(result.clauses!, { path, text }, result.compilation);
      // Counted from the text, independently of the compiler: lines with → under 示例：, and 结算示例 headings.
      expect(summary.total, path).toBe(countExampleLines(text));
      expect(summary.ledgers?.count ?? 0, path).toBe(countLedgers(text));
      // Every example and every settlement example row matches its hand-worked value (the only place npm test
      // requires this of the 结算示例 of every file).
      expect(summary.failed, path).toBe(0);
      expect(summary.ledgers?.mismatched ?? [], path).toEqual([]);
      total += summary.total;
      passed += summary.passed;
      ledgers += summary.ledgers?.count ?? 0;
      rows += summary.ledgers?.rows ?? 0;
      matching += (summary.ledgers?.rows ?? 0) - (summary.ledgers?.mismatched.length ?? 0);
    }
    const fromCli = cliTestAll();
    expect(examplesSummaryText({ total, passed, failed: total - passed })).toBe(fromCli.examples);
    expect(ledgersSummaryText({ count: ledgers, rows, mismatched: Array.from({ length: rows - matching }) as never })).toBe(fromCli.ledgers);
    // A namespace of one file: the file's line is the CLI's line.
    const huzhou = "policies/huzhou-001.zc";
    const r = session.check({ path: huzhou, text: policyText(huzhou) });
    const out = cli(["test", huzhou], { [huzhou]: policyText(huzhou) }).trim().split("\n");
    expect(examplesSummaryText(runClauseExamples(r.clauses!, { path: huzhou, text: policyText(huzhou) }, r.compilation))).toBe(out[out.length - 1]);
  });

  it("a wrong hand-computed example fails with expected and actual, as zhengce test reports it", () => {
    // 5000万元: 3000 × 3% + 2000 × 4% = 170万元; the edit claims 171万元.
    const text = edit(policyText(LARGEST), "设备投资额 = 5000万元 → 170万元", "设备投资额 = 5000万元 → 171万元");
    const result = session.check({ path: LARGEST, text });
    expect(result.errors).toBe(0);
    const summary = runClauseExamples(result.clauses!, { path: LARGEST, text }, result.compilation);
    expect(summary).toMatchObject({ total: countExampleLines(text), passed: countExampleLines(text) - 1, failed: 1 });
    const failure = summary.reports.find((r) => !r.passed)!;
    expect(failure).toMatchObject({ id: "PINGHU.EQUIPMENT", expected: "171万元", actual: "170万元" });
    expect(failure.line).toBe(text.slice(0, text.indexOf("设备投资额 = 5000万元 → 171万元")).split("\n").length);
    const out = cli(["test", "policies"], { [LARGEST]: text, [PINGHU_003]: policyText(PINGHU_003) });
    expect(out).toContain(failure.message!);
    expect(out.trim().split("\n").pop()).toBe(examplesSummaryText({ total: summary.total + countExampleLines(policyText(PINGHU_003)), passed: summary.passed + countExampleLines(policyText(PINGHU_003)), failed: 1 }));
  });

  it("a settled amount worked wrongly in a 结算示例 is reported with expected and actual, as zhengce test reports it", () => {
    const text = policyText(LARGEST);
    const claim = text.split("\n").find((l) => /^\s+\S+，.+，\d{4}年，[A-Z_0-9]+.*→ [0-9.]+万元/.test(l))!;
    const amount = /→ ([0-9.]+)万元/.exec(claim)![1]!;
    const wrongText = edit(text, claim, claim.replace(`→ ${amount}万元`, `→ ${amount}1万元`));
    const result = session.check({ path: LARGEST, text: wrongText });
    expect(result.errors).toBe(0);
    const summary = runClauseExamples(result.clauses!, { path: LARGEST, text: wrongText }, result.compilation);
    expect(summary.ledgers!.mismatched).toHaveLength(1);
    const row = summary.ledgers!.mismatched[0]!;
    expect(row.expected).toBe(`${amount}1万元`);
    const out = cli(["test", "policies"], { [LARGEST]: wrongText, [PINGHU_003]: policyText(PINGHU_003) });
    expect(out).toContain(row.message!);
    expect(out).toContain("行不符");
  });

  it("a new file starts from a template that checks clean, with one example: 1000万元 × 3% = 30万元", () => {
    const result = session.check({ path: "新政策.zc", text: NEW_POLICY });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const summary = runClauseExamples(result.clauses!, { path: "新政策.zc", text: NEW_POLICY });
    expect(summary).toMatchObject({ total: 1, passed: 1, failed: 0 });
  });

  it("never throws on garbage, and outlines what it can", () => {
    for (const text of ["", "条款", "条款 X「", "（（（（", "\u0000\uffff", "参数：\n  a：金额\n结果 = a ×"]) {
      const result = session.check({ path: "x.zc", text });
      expect(result.errors).toBeGreaterThan(0);
      expect(Array.isArray(result.outline.clauses)).toBe(true);
    }
  });

  it("outlines declared names per clause for completion", () => {
    const result = session.check({ path: LARGEST, text: policyText(LARGEST) });
    const eq = result.outline.clauses.find((c) => c.name === "EQUIPMENT")!;
    expect(eq.names).toEqual(expect.arrayContaining(["设备投资额", "企业类别", "加点", "分段奖励"]));
    expect(result.outline.namespace).toBe("PINGHU");
  });
});
