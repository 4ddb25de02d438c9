// Every diagnostic code is emitted by something: each code's example (compiler/diagnostics/examples.ts, the same
// programs `zhengce codes --explain` shows) is compiled and must report that code; the few codes that are not
// about one text (a compiler fault, bytes that are not UTF-8, a failing example) are produced here directly.
import { describe, expect, it } from "vitest";
import { CODES, type Code } from "../../compiler/diagnostics/codes.js";
import { EXAMPLES } from "../../compiler/diagnostics/examples.js";
import { compileSource, compileSources } from "../../compiler/driver/compile.js";
import { decodePolicyFile } from "../../compiler/driver/decode.js";
import { emitAll, loadAll, runExamples, runSettlementExamples } from "../../compiler/driver/project.js";

const textOf = (code: Code): string | undefined => {
  const ex = EXAMPLES[code];
  return "text" in ex ? ex.text : "build" in ex ? ex.build() : undefined;
};

describe("every diagnostic code", () => {
  it("has an example entry, and every entry is a code", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(CODES).sort());
  });

  const withText = (Object.keys(CODES) as Code[]).filter((c) => textOf(c) !== undefined);
  it.each(withText)("%s: its example reports it", (code) => {
    const comp = compileSources([{ path: "demo.zc", text: textOf(code)! }]);
    expect(comp.diagnostics.map((d) => d.code)).toContain(code);
    for (const d of comp.diagnostics) {
      expect(d.message, `${d.code} left a placeholder unfilled`).not.toMatch(/\{\w+\}/);
      expect(d.hint ?? "", `${d.code} left a placeholder unfilled`).not.toMatch(/\{\w+\}/);
    }
  });

  it("Z0001: a fault inside the compiler is a diagnostic, not a crash", () => {
    const broken = { path: "fault.zc", get text(): string { throw new Error("读不出来"); } };
    const f = compileSource(broken);
    expect(f.diagnostics.map((d) => d.code)).toEqual(["Z0001"]);
    expect(f.diagnostics[0]!.message).toContain("读不出来");
  });

  it("Z0106: a GBK file is reported once, at the first line that is not UTF-8", () => {
    const gbk = Uint8Array.from([...Buffer.from("政策 测试\n命名空间 T\n"), 0xd5, 0xfe, 0xb2, 0xdf, 0x0a]); // 政策 in GBK on line 3
    const f = compileSource(decodePolicyFile("gbk.zc", gbk));
    expect(f.diagnostics.map((d) => d.code)).toEqual(["Z0106"]);
    expect(f.diagnostics[0]!.message).toContain("第 3 行");
    const bom = compileSource(decodePolicyFile("bom.zc", Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(textOf("Z0804")!)])));
    expect(bom.diagnostics.map((d) => d.code)).toEqual(["Z0804"]); // the BOM itself is no error
  });

  it("Z0702: an example whose hand-worked result differs is reported at the example", () => {
    const text = textOf("Z0804")!.replace("→ 60万元", "→ 70万元").replace("投资额 × 3\n", "投资额 × 3%\n");
    const comp = compileSources([{ path: "demo.zc", text }]);
    expect(comp.ok).toBe(true);
    const failed = runExamples(comp, loadAll(emitAll(comp))).filter((o) => !o.passed);
    expect(failed.map((o) => o.diagnostic?.code)).toEqual(["Z0702"]);
    expect(failed[0]!.diagnostic!.message).toContain("期望 70万元，实际 60万元");
  });

  it("Z0705: a settlement example row whose hand-worked amount differs is reported at the row", () => {
    const text = textOf("Z0706")!.replace("LEVEL_AWARD（县级） → 50万元", "LEVEL_AWARD（省级），已兑现 50万元\n  甲公司，一期，2026年，LEVEL_AWARD（国家级） → 60万元")
      + "  乙公司，一期，2026年，LEVEL_AWARD（国家级） → 100万元\n";
    const comp = compileSources([{ path: "demo.zc", text }]);
    expect(comp.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const [ledger] = runSettlementExamples(comp, loadAll(emitAll(comp)));
    // 甲: 100 − 50 already paid on the ladder = 50, written 60 → Z0705; 乙: no history, 100 = 100 passes.
    expect(ledger!.rows.map((r) => [r.passed, r.actual])).toEqual([[false, "50万元"], [true, "100万元"]]);
    expect(ledger!.rows[0]!.diagnostic?.code).toBe("Z0705");
  });
});
