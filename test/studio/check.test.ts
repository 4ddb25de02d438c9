// The studio's worker side, run in Node: the diagnostics it lists are `zhengce check`'s (same words, same places),
// checked across the edited file's namespace; its examples summary is `zhengce test`'s line.
import { describe, expect, it } from "vitest";
import { CheckSession } from "../../dsl/studio/check/session.js";
import { examplesSummaryText, runClauseExamples } from "../../dsl/studio/check/examples.js";
import { headline } from "../../dsl/studio/check/diagnostics.js";
import { NEW_POLICY } from "../../dsl/studio/newPolicy.js";
import { cli, cliDiagnostics, edit, LARGEST, policyText, projectSources } from "./helpers.js";

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

  it("the project's files check clean, and the examples summary is worded exactly as zhengce test's last line", () => {
    for (const path of ["policies/huzhou-001.zc", LARGEST]) {
      const text = policyText(path);
      const result = session.check({ path, text });
      expect(result.errors).toBe(0);
      const summary = runClauseExamples(result.clauses!, { path, text });
      expect(summary.failed).toBe(0);
      const files: Record<string, string> = { [path]: text };
      const out = cli(["test", path], files).trim().split("\n");
      expect(examplesSummaryText(summary)).toBe(out[out.length - 1]);
    }
  });

  it("a wrong hand-computed example fails with expected and actual, as zhengce test reports it", () => {
    // 5000万元: 3000 × 3% + 2000 × 4% = 170万元; the edit claims 171万元.
    const text = edit(policyText(LARGEST), "设备投资额 = 5000万元 → 170万元", "设备投资额 = 5000万元 → 171万元");
    const result = session.check({ path: LARGEST, text });
    expect(result.errors).toBe(0);
    const summary = runClauseExamples(result.clauses!, { path: LARGEST, text });
    expect(summary.failed).toBe(1);
    const failure = summary.reports.find((r) => !r.passed)!;
    expect(failure).toMatchObject({ id: "PINGHU.EQUIPMENT", expected: "171万元", actual: "170万元" });
    expect(failure.line).toBe(text.slice(0, text.indexOf("设备投资额 = 5000万元 → 171万元")).split("\n").length);
    const out = cli(["test", LARGEST], { [LARGEST]: text }).trim().split("\n");
    expect(out[out.length - 1]).toBe(examplesSummaryText(summary));
    expect(out.some((l) => l.includes(failure.message!))).toBe(true);
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
