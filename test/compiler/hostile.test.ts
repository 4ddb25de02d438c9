// Hostile text cannot break out of the generated code. test/fixtures/emit/hostile.zc puts quotes, backticks, ${…},
// */, </script>, backslashes and U+2028/U+2029 into every place a policy can hold free text: the policy title and
// source, enum values, the clause title and article, 原文, 说明, parameter names and descriptions, step names,
// 要求 messages and 据 fragments. The emitted module must load, compute the right values, carry every string
// through unchanged, and never run any of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileSource } from "../../compiler/driver/compile.js";
import { emitModule } from "../../compiler/emit/index.js";
import { loadEmitted } from "../../compiler/driver/load.js";
import { interpretedFunction } from "../../compiler/interpret/index.js";
import { callFunction } from "../../runtime/adapter.js";
import { ROOT } from "./helpers.js";

const PW = "${globalThis.__pwned=1}";
const L = "\u2028", P = "\u2029";
const path = "test/fixtures/emit/hostile.zc";
const text = readFileSync(join(ROOT, path), "utf8");
const canary = () => (globalThis as Record<string, unknown>).__pwned;

const AMOUNT = "金额\"x'`${1}*/";
const STEP = `步骤"'\`${PW}*/`;
const MESSAGE = `错误"); globalThis.__pwned=1; ("${PW}*/\\${P}`;

describe("hostile strings in a policy", () => {
  const compiled = compileSource({ path, text });
  const program = compiled.program!;
  let code = "";

  beforeAll(() => {
    expect(canary()).toBeUndefined();
    code = emitModule(program, [path]);
  });
  afterAll(() => {
    expect(canary()).toBeUndefined();
  });

  it("the fixture checks clean", () => {
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("no raw line or paragraph separator reaches the generated source", () => {
    expect(code).not.toMatch(/[\u2028\u2029]/);
  });

  it("the module loads, computes, and the canary stays undefined", () => {
    const [fn] = loadEmitted(code);
    expect(canary()).toBeUndefined();
    // 「A"类」 → 10万元, plus 100 × 1%.
    expect(callFunction(fn!, [100])).toEqual({ ok: true, value: "11" });
    expect(callFunction(fn!, [100, `B'类\``])).toEqual({ ok: true, value: "21" });
    expect(callFunction(fn!, [100, `C${PW}`])).toEqual({ ok: true, value: "1" }); // 其余
    expect(callFunction(fn!, [100, "E\\"])).toEqual({ ok: true, value: "1" });
    expect(callFunction(fn!, [100, `F${L}G${P}H`])).toEqual({ ok: true, value: "1" });
    expect(canary()).toBeUndefined();
  });

  it("every string is carried through unchanged into the metadata", () => {
    const [fn] = loadEmitted(code);
    const m = fn!.meta;
    expect(m.document.title).toBe(`恶意"字符'测试\`${PW}*/</script>\\`);
    expect(m.source).toBe("hostile\"`${x}*/.txt");
    expect(m.title).toBe(`标题"'\`${PW}*/</script>\\${L}`);
    expect(m.article).toBe(`第1条"); globalThis.__pwned = 1; ("`);
    expect(m.text).toBe(`奖励"十"万元'\`${PW}\`*/</script>\\${L}每满${P}；第二行"); globalThis.__pwned = 1; //`);
    expect(m.note).toBe(`说明里的 */ 和 ${PW} 与 "引号" 以及 \\ 反斜杠${L}。`);
    expect(m.params[0]!.name).toBe(AMOUNT);
    expect(m.params[0]!.description).toBe(`说明"引号'单引号\`反引号${PW}*/</script>\\${L}`);
    expect(m.params[1]!.values).toEqual(["A\"类", "B'类`", `C${PW}`, "D*/</script>", "E\\", `F${L}G${P}H`]);
    expect(m.params[1]!.default).toBe("A\"类");
  });

  it("step names, 据 fragments and 要求 messages come out verbatim in explanations and errors", () => {
    const [fn] = loadEmitted(code);
    const o = callFunction(fn!, [100, "A\"类"], true);
    if (!o.ok) throw new Error(o.error);
    const steps = o.trace!.map((t) => t.step);
    expect(steps).toContain(`输入「${AMOUNT}」`);
    expect(steps).toContain(STEP);
    expect(o.trace!.find((t) => t.step === STEP)!.source).toBe(`奖励"十"万元'\`${PW}\``);
    expect(o.trace!.find((t) => t.step.startsWith("结果"))!.source).toBe(`第二行"); globalThis.__pwned = 1; //`);
    const bad = callFunction(fn!, [2000]);
    expect(bad).toEqual({ ok: false, error: MESSAGE, lookup: false });
    const missing = callFunction(fn!, [null]);
    expect(!missing.ok && missing.error).toContain(`「${AMOUNT}」`);
    expect(canary()).toBeUndefined();
  });

  it("the interpreter gives the same values and explanation", () => {
    const [fn] = loadEmitted(code);
    const interp = interpretedFunction(program.clauses[0]!);
    for (const args of [[100], [100, `C${PW}`], [2000], [100, "nope"]]) {
      expect(callFunction(fn!, args, true)).toEqual(callFunction(interp, args, true));
    }
  });

  it("a hostile file name in the header comment cannot end the comment or the line", () => {
    const evil = emitModule(program, [`evil*/${L}globalThis.__pwned=1;/*${P}\n"); globalThis.__pwned=1; //.zc`]);
    expect(evil.split("\n")[0]).toContain("evil");
    const [fn] = loadEmitted(evil);
    expect(callFunction(fn!, [100])).toEqual({ ok: true, value: "11" });
    expect(canary()).toBeUndefined();
  });
});
