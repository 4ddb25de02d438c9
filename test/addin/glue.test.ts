// The add-in glue against a CustomFunctions stand-in that follows the runtime's rules: declared arguments with an
// omitted optional one as null, the invocation object appended last, messages kept only on #VALUE! and #N/A.
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { callFunction } from "../../runtime/adapter.js";
import { PolicyLookupError } from "../../runtime/errors.js";
import type { CompiledFunction, FunctionMeta } from "../../runtime/types.js";
import { associateAll } from "../../addin/src/excel/functions.js";
import { hostArgs } from "../../addin/src/core/cells.js";
import { explainRows } from "../../runtime/explain.js";
import { explainArity, functionsJson, paramDescription } from "../../addin/src/metadata.js";
import { ADDINS, BUILTIN_IDS, EXPLAIN_ID } from "../../addin/src/cities.js";
import { ErrorCode, exampleArgs, project, standInRuntime } from "./helpers.js";

const { namespaces, examples } = project();
const NS = Object.keys(namespaces).sort();

function runtimeFor(ns: string) {
  const rt = standInRuntime();
  const ids = associateAll(ns, namespaces[ns]!, rt.CustomFunctions);
  const declared = new Map(functionsJson(ns, namespaces[ns]!, "default", "https://localhost:3000/").functions.map((f) => [f.id, f.parameters.length]));
  return { ...rt, ids, call: (id: string, args: readonly unknown[]) => rt.call(id, declared.get(id)!, args) };
}

const fake = (meta: Partial<FunctionMeta>, evaluate: CompiledFunction["evaluate"]): CompiledFunction => ({
  meta: {
    id: "TEST.FAKE", namespace: "TEST", name: "FAKE", zhName: "测试函数", title: "测试", article: "第1条", source: "", document: { title: "测试政策", draft: false },
    text: "", note: "", result: "money",
    params: [{ name: "金额", kind: "money", optional: false, integer: false, description: "金额，万元" }],
    ...meta,
  },
  evaluate,
});

describe("every namespace's functions are associated", () => {
  it("the project compiles at least the four cities", () => {
    expect(NS).toEqual(expect.arrayContaining(ADDINS.map((a) => a.namespace)));
  });
  it.each(NS)("%s: ids = functions.json ids (both locales) = function names + EXPLAIN, SETTLE, SETTLE_REASONS", (ns) => {
    const rt = runtimeFor(ns);
    const names = namespaces[ns]!.map((f) => f.meta.name);
    expect(BUILTIN_IDS).toEqual(["EXPLAIN", "SETTLE", "SETTLE_REASONS"]); // ids are forever: a rename breaks workbooks
    expect(rt.ids).toEqual([...names, ...BUILTIN_IDS]);
    expect([...rt.associated.keys()]).toEqual([...names, ...BUILTIN_IDS].map((s) => s.toUpperCase()));
    for (const locale of ["default", "zh-cn"] as const) {
      expect(functionsJson(ns, namespaces[ns]!, locale, "https://x.test/").functions.map((f) => f.id)).toEqual(rt.ids);
    }
  });
});

describe("calls through the stand-in = callFunction (what zhengce eval runs)", () => {
  it(`all ${examples.length} policy examples`, () => {
    const runtimes = new Map(NS.map((ns) => [ns, runtimeFor(ns)]));
    let checked = 0;
    for (const { fn, example } of examples) {
      const args = exampleArgs(example);
      const want = callFunction(fn, args);
      const got = runtimes.get(fn.meta.namespace)!.call(fn.meta.name, args);
      if (want.ok) expect(got, `${fn.meta.id} ${example.text}`).toEqual({ value: Number(want.value) });
      else expect(got, `${fn.meta.id} ${example.text}`).toEqual({ error: want.lookup ? ErrorCode.notAvailable : ErrorCode.invalidValue, message: want.error });
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("results are finite JS numbers in 万元 rounded to 分", () => {
    for (const ns of NS) {
      const rt = runtimeFor(ns);
      for (const { fn, example } of examples.filter((e) => e.fn.meta.namespace === ns)) {
        const got = rt.call(fn.meta.name, exampleArgs(example));
        if ("value" in got) {
          expect(typeof got.value).toBe("number");
          expect(Number.isFinite(got.value)).toBe(true);
          expect(Math.abs((got.value as number) * 1e6 - Math.round((got.value as number) * 1e6))).toBeLessThan(1e-3);
        }
      }
    }
  });
});

describe("bad arguments", () => {
  it("text where a number belongs → #VALUE! with the adapter's Chinese message naming the parameter", () => {
    for (const ns of NS) {
      const rt = runtimeFor(ns);
      for (const fn of namespaces[ns]!.filter((f) => f.meta.params.length)) {
        const got = rt.call(fn.meta.name, ["不是有效值"]);
        const want = callFunction(fn, ["不是有效值"]);
        expect(want.ok).toBe(false);
        expect(got).toEqual({ error: ErrorCode.invalidValue, message: (want as { error: string }).error });
        expect((got as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("an empty cell for a required argument names the parameter", () => {
    const fn = Object.values(namespaces).flat().find((f) => f.meta.params.some((p) => !p.optional))!;
    const rt = runtimeFor(fn.meta.namespace);
    const got = rt.call(fn.meta.name, []);
    expect(got).toMatchObject({ error: "#VALUE!" });
    expect((got as { message: string }).message).toContain("缺少必填参数「");
  });

  it("a lookup without a row → #N/A with its message; an internal error → #VALUE! 内部错误", () => {
    const rt = standInRuntime();
    const lookup = fake({}, () => { throw new PolicyLookupError("没有「丙级」对应的奖励档次"); });
    const broken = fake({ name: "BROKEN", id: "TEST.BROKEN" }, () => { throw new Error("boom"); });
    associateAll("TEST", [lookup, broken], rt.CustomFunctions);
    expect(rt.call("FAKE", 1, [5])).toEqual({ error: "#N/A", message: "没有「丙级」对应的奖励档次" });
    expect(rt.call("BROKEN", 1, [5])).toEqual({ error: "#VALUE!", message: "内部错误：boom" });
  });

  it("a result Excel cannot hold is #NUM!, never Infinity or NaN", () => {
    const rt = standInRuntime();
    associateAll("TEST", [fake({}, () => new Decimal("1e400"))], rt.CustomFunctions);
    expect(rt.call("FAKE", 1, [5])).toEqual({ error: "#NUM!" });
  });
});

describe("the invocation object and omitted arguments", () => {
  it("the invocation object is stripped: a call with every argument does not count it as one too many", () => {
    const fn = Object.values(namespaces).flat().find((f) => f.meta.params.length >= 2 && f.meta.params.every((p) => p.optional === false))
      ?? Object.values(namespaces).flat().find((f) => f.meta.params.length >= 1)!;
    const ex = examples.find((e) => e.fn === fn && e.example.expected.kind === "value");
    const args = ex ? exampleArgs(ex.example) : fn.meta.params.map(() => 1);
    const rt = runtimeFor(fn.meta.namespace);
    const got = rt.call(fn.meta.name, args);
    expect(JSON.stringify(got)).not.toContain("最多接受");
  });

  it("an omitted optional argument (null) takes the default, like leaving it out", () => {
    const cases = examples.filter(({ fn, example }) => fn.meta.params.some((p) => p.optional) && exampleArgs(example).length < fn.meta.params.length);
    expect(cases.length).toBeGreaterThan(0);
    for (const { fn, example } of cases) {
      const args = exampleArgs(example);
      const rt = runtimeFor(fn.meta.namespace);
      const padded = [...args, ...Array(fn.meta.params.length - args.length).fill(null)];
      expect(rt.call(fn.meta.name, padded)).toEqual(rt.call(fn.meta.name, args));
    }
  });

  it("hostArgs strips the trailing invocation object, maps undefined to null and unwraps a 1×1 range", () => {
    const inv = { address: "A1" };
    expect(hostArgs([1, "A类", null, inv])).toEqual([1, "A类", null]);
    expect(hostArgs([undefined, [[7]], inv])).toEqual([null, 7]);
    expect(hostArgs([1, 2])).toEqual([1, 2]);
  });
});

describe("EXPLAIN", () => {
  const withExample = examples.find((e) => e.example.expected.kind === "value" && e.fn.meta.params.length >= 1)!;
  const { fn, example } = withExample;
  const ns = fn.meta.namespace;
  const args = exampleArgs(example);
  const want = callFunction(fn, args, true);

  it("spills [[步骤, 值, 依据], …] = the trace of callFunction(fn, args, true)", () => {
    const rt = runtimeFor(ns);
    const got = rt.call(EXPLAIN_ID, [fn.meta.name, ...args]);
    expect(want.ok).toBe(true);
    expect(got).toEqual({ value: explainRows(fn.meta, (want.ok ? want.trace ?? [] : [])) });
    const rows = (got as { value: string[][] }).value;
    expect(rows[0]).toEqual(["步骤", "值", "依据"]);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      expect(r).toHaveLength(3);
      for (const c of r) expect(typeof c).toBe("string");
    }
  });

  it("takes the id, NS.ID, lower case or the Chinese name", () => {
    const rt = runtimeFor(ns);
    const base = rt.call(EXPLAIN_ID, [fn.meta.name, ...args]);
    for (const name of [fn.meta.id, fn.meta.name.toLowerCase(), fn.meta.zhName, ` ${fn.meta.name} `]) {
      expect(rt.call(EXPLAIN_ID, [name, ...args])).toEqual(base);
    }
  });

  it("declares as many optional slots as the longest function; unused ones are ignored", () => {
    const json = functionsJson(ns, namespaces[ns]!, "default", "https://x.test/");
    const explain = json.functions.find((f) => f.id === EXPLAIN_ID)!;
    expect(explain.parameters).toHaveLength(1 + explainArity(namespaces[ns]!));
    expect(explain.result).toEqual({ type: "string", dimensionality: "matrix" });
    expect(explain.parameters.slice(1).every((p) => p.optional)).toBe(true);
  });

  it("unknown function, missing name, too many or bad arguments → #VALUE! with a Chinese message", () => {
    const rt = runtimeFor(ns);
    expect(rt.call(EXPLAIN_ID, ["NO_SUCH_FUNCTION"])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("没有函数「NO_SUCH_FUNCTION」") });
    expect(rt.call(EXPLAIN_ID, [])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("第一个参数须为函数名") });
    const bad = rt.call(EXPLAIN_ID, [fn.meta.name, "不是有效值"]);
    expect(bad).toEqual({ error: "#VALUE!", message: (callFunction(fn, ["不是有效值"]) as { error: string }).error });
    const arity = explainArity(namespaces[ns]!);
    const shortest = namespaces[ns]!.find((f) => f.meta.params.length < arity);
    if (shortest) {
      const tooMany = Array(arity).fill(1);
      expect(rt.call(EXPLAIN_ID, [shortest.meta.name, ...tooMany])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("最多接受") });
    }
  });
});

describe("functions.json", () => {
  it.each(NS)("%s: Chinese help, every parameter declared any, optional ones marked, zh-CN names", (ns) => {
    const fns = namespaces[ns]!;
    const def = functionsJson(ns, fns, "default", "https://x.test/");
    const zh = functionsJson(ns, fns, "zh-cn", "https://x.test/");
    fns.forEach((fn, i) => {
      const d = def.functions[i]!, z = zh.functions[i]!;
      expect(d.name).toBe(fn.meta.name);
      expect(z.name).toBe(fn.meta.zhName);
      expect(d.description).toContain(fn.meta.title);
      expect(d.helpUrl).toBe(`https://x.test/${ns}/taskpane.html#${fn.meta.name}`);
      expect(d.parameters.map((p) => p.name)).toEqual(fn.meta.params.map((p) => p.name));
      d.parameters.forEach((p, j) => {
        expect(p.type).toBe("any");
        expect(p.optional ?? false).toBe(fn.meta.params[j]!.optional);
        expect(p.description).toContain(fn.meta.params[j]!.description.trim());
      });
    });
    expect(zh.functions.slice(-3).map((f) => f.name)).toEqual(["解释计算过程", "兑现测算", "兑现测算说明"]);
  });
});

describe("parameter help reads as a person would (issue 14, item 4)", () => {
  const param = (ns: string, fn: string, name: string) => namespaces[ns]!.find((f) => f.meta.name === fn)!.meta.params.find((p) => p.name === name)!;

  it("a yes/no default reads 默认 否 / 默认 是, never false/true", () => {
    expect(paramDescription(param("PINGHU", "ENERGY_SAVING", "示范项目"))).toBe("列入示范项目填TRUE；TRUE/FALSE（是/否）；可省略，默认 否");
    expect(paramDescription(param("SHAOXING", "DIGITAL_PARK_BUILD", "列入计划并完成建设"))).toMatch(/可省略，默认 是$/);
    for (const ns of NS) for (const f of functionsJson(ns, namespaces[ns]!, "default", "https://x.test/").functions) {
      for (const p of f.parameters) expect(p.description, `${f.id} ${p.name}`).not.toMatch(/默认 (true|false|TRUE|FALSE)/);
    }
  });

  it("an enum's choices are listed once: not when the description names them all, not under a form's select", () => {
    const level = param("PINGHU", "TECH_CENTER", "级别"); // description “新认定的技术中心级别” names no level
    expect(paramDescription(level)).toBe("新认定的技术中心级别；可选：国家级、省级、嘉兴市级");
    expect(paramDescription(level, { choices: false })).toBe("新认定的技术中心级别");
    // “规模以上企业填规上，否则填规下” already names 规上 and 规下.
    expect(paramDescription(param("PINGHU", "IC_IP_EDA", "企业规模"))).toBe("规模以上企业填规上，否则填规下");
    for (const ns of NS) for (const f of namespaces[ns]!) for (const p of f.meta.params) {
      const text = paramDescription(p);
      const listed = text.includes("可选：");
      if (p.kind !== "enum") expect(listed).toBe(false);
      else expect(listed, `${f.meta.id} ${p.name}:「${text}」`).toBe(!(p.values ?? []).every((v) => p.description.includes(v)));
    }
  });
});
