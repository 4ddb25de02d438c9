// Step 1's call (runtime/adapter.ts `callFunctionExact`): the same validation, evaluation and messages as
// `callFunction`, the value kept as a decimal instead of text. The contract is that it equals the text read back:
// new Exact(callFunction(…).value), on every function and on the arguments a ledger carries.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { callFunction, callFunctionExact, type ExcelValue } from "../../runtime/adapter.js";
import { Exact } from "../../runtime/exact.js";
import type { CompiledFunction, FunctionMeta } from "../../runtime/types.js";
import { genericArgs } from "../../bench/inputs.js";
import { seededRandom } from "../support/rng.js";
import { project } from "../addin/helpers.js";

/** callFunction and callFunctionExact on the same arguments agree: same value, or same error and kind of error. */
function agree(fn: CompiledFunction, args: readonly ExcelValue[]): boolean {
  const text = callFunction(fn, args), exact = callFunctionExact(fn, args);
  if (!text.ok || !exact.ok) {
    expect(exact).toEqual(text);
    return false;
  }
  expect(exact.value.constructor).toBe(Exact);
  expect(exact.value.eq(new Exact(text.value))).toBe(true);
  expect(exact.value.toFixed()).toBe(new Exact(text.value).toFixed());
  return true;
}

describe("callFunctionExact", () => {
  it("equals callFunction's text read back, on every function of every namespace (random arguments, refusals included)", () => {
    const r = seededRandom(7);
    let values = 0, errors = 0;
    let functions = 0;
    for (const fn of project().registry.values()) {
      functions++;
      const good = genericArgs(r, fn.meta.params);
      // and cells the adapter refuses: text for a number, a negative amount, one argument too many, nothing
      const bad: ExcelValue[][] = [["abc", ...good.slice(1)], [-1, ...good.slice(1)], [...fn.meta.params.map(() => null), 1], []];
      for (const args of [good, ...bad, ...Array.from({ length: 60 }, () => genericArgs(r, fn.meta.params))]) {
        if (agree(fn, args)) values++;
        else errors++;
      }
    }
    expect(values).toBeGreaterThan(40 * functions);
    expect(errors).toBeGreaterThan(2 * functions);
  });

  it("returns the validated arguments, defaults applied (what the engine reads a claim's ladder level from)", () => {
    const fn = project().registry.get("PINGHU.EQUIPMENT")!;
    const out = callFunctionExact(fn, ["4,000万元", "A类"]);
    if (!out.ok) throw new Error(out.error);
    expect(out.value.toFixed()).toBe("170"); // 3000 × 4% + 1000 × 5% (A类: one point more on each band)
    expect(out.args.length).toBe(fn.meta.params.length);
    expect((out.args[0] as Decimal).toFixed()).toBe("4000");
    expect(out.args[1]).toBe("A类");
    const omitted = callFunctionExact(fn, [2000]); // 类别 omitted: its default, as in the call
    if (!omitted.ok) throw new Error(omitted.error);
    expect(omitted.args[1]).toBe(fn.meta.params[1]!.default);
    expect(omitted.value.toFixed()).toBe("60"); // 2000 × 3%
  });

  const meta = { id: "T.F", namespace: "T", name: "F", zhName: "", title: "", article: "", source: "", note: "", text: "", params: [], result: "money" } as unknown as FunctionMeta;
  const returning = (value: Decimal): CompiledFunction => ({ meta, evaluate: () => value });

  it("rounds half-up to 0.000001万元 as the text does, and a negative result that rounds to zero is 0", () => {
    for (const v of ["0.0000005", "0.0000004999", "1.2345675", "-0.0000004", "-0.0000005", "123456789012345678901234.5678905"]) {
      agree(returning(new Exact(v)), []);
    }
    const tiny = callFunctionExact(returning(new Exact("-0.0000004")), []);
    expect(tiny.ok && tiny.value.isNeg()).toBe(false); // callFunction shows "0", not "-0"
    expect(callFunction(returning(new Exact("-0.0000004")), [])).toMatchObject({ value: "0" });
  });

  it("a result of another decimal clone (a bundle of its own) comes back as this one's, digit for digit", () => {
    const Other = Decimal.clone({ precision: 80 });
    const out = callFunctionExact(returning(new Other("2").div(3)), []);
    if (!out.ok) throw new Error(out.error);
    expect(out.value.constructor).toBe(Exact);
    expect(out.value.toFixed()).toBe("0.666667");
  });

  it("an evaluator that throws something unexpected is an internal error, as in callFunction", () => {
    const broken: CompiledFunction = { meta, evaluate: () => { throw new TypeError("boom"); } };
    expect(callFunctionExact(broken, [])).toEqual({ ok: false, error: "内部错误：boom", lookup: false });
    expect(callFunction(broken, [])).toEqual({ ok: false, error: "内部错误：boom", lookup: false });
  });
});
