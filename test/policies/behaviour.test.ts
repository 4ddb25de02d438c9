// Behaviour conformance: every catalog function against an independent reference implementation of its catalog
// rule (test/policies/reference/, written from the catalog's rule and interpretation without reading the .zc files),
// on random validated inputs drawn from each parameter's type, range and enum values, concentrated on round amounts
// and ±1分 around them where thresholds and caps live.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import { compileSources } from "../../compiler/driver/compile.js";
import { emitAll, loadAll, readSources } from "../../compiler/driver/project.js";
import { coerceArgs, type ExcelValue } from "../../runtime/adapter.js";
import { formatResult } from "../../runtime/exact.js";
import { PolicyInputError } from "../../runtime/errors.js";
import type { CompiledFunction, ParamMeta } from "../../runtime/types.js";
import { REFERENCES } from "./reference/index.js";
import { seededRandom } from "../support/rng.js";

const CASES_PER_FUNCTION = 3000;
const comp = compileSources(readSources([join(__dirname, "..", "..", "policies")]));
const registry = loadAll(emitAll(comp));


const ROUND = [0, 1, 2, 3, 5, 10, 15, 20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500, 600, 1000, 1500, 2000, 3000, 5000, 10000, 20000, 50000, 100000, 1000000, 5000000];

function amount(r: () => number, integer: boolean): number {
  const pick = r();
  const base = ROUND[Math.floor(r() * ROUND.length)]!;
  if (integer) return pick < 0.6 ? base : Math.floor(r() * (pick < 0.8 ? 20 : 1000));
  if (pick < 0.35) return base;
  if (pick < 0.55) return Math.max(0, Number((base + (r() < 0.5 ? -0.000001 : 0.000001)).toFixed(6)));
  if (pick < 0.8) return Number((r() * base * 2).toFixed(Math.floor(r() * 7)));
  return Number((r() * 100000).toFixed(Math.floor(r() * 7)));
}

function sample(p: ParamMeta, r: () => number): ExcelValue {
  if (p.optional && r() < 0.25) return null;
  switch (p.kind) {
    case "flag": return r() < 0.5;
    case "enum": return p.values![Math.floor(r() * p.values!.length)]!;
    case "year": {
      const lo = Number(p.min?.value ?? 2024), hi = Number(p.max?.value ?? lo);
      return lo + Math.floor(r() * (hi - lo + 1));
    }
    case "ratio": {
      const pick = r();
      const lo = p.min ? Number(p.min.value) : -0.5;
      // Unbounded ratios include plain figures like a 容积率 of 1.8, so draw well above 100%.
      const hi = p.max ? Number(p.max.value) : 3;
      const CHOSEN = [0, 0.01, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 1.5, 1.500001, 2];
      const chosen = CHOSEN[Math.floor(r() * CHOSEN.length)]!;
      const v = pick < 0.5 ? chosen : Number((lo + r() * (hi - lo)).toFixed(4));
      return v;
    }
    default: {
      const v = amount(r, p.integer);
      if (p.max && v > Number(p.max.value)) return Number(p.max.value) - (p.integer ? 0 : 0.5);
      if (p.min && v < Number(p.min.value)) return Number(p.min.value) + (p.min.inclusive ? 0 : 1);
      return v;
    }
  }
}

type Outcome = string; // formatted value, or "error"

function compiledOutcome(fn: CompiledFunction, args: ReturnType<typeof coerceArgs>): Outcome {
  try {
    return formatResult(fn.evaluate(args, null));
  } catch (e) {
    if (e instanceof PolicyInputError) return "error";
    throw e;
  }
}

const functions = [...comp.namespaces.values()].flatMap((ns) => ns.clauses.map((c) => c.meta.id));

describe("behaviour matches an independent reading of the catalog", () => {
  // The references cover the catalog's functions. A function a drafter adds (a new county, a new article) has no
  // reference: its hand-worked examples are its contract, run by zhengce test and test/policies/examples.test.ts.
  it("every reference implementation still has its compiled function", () => {
    expect(Object.keys(REFERENCES).filter((id) => !functions.includes(id))).toEqual([]);
  });

  for (const id of functions) {
    const reference = REFERENCES[id];
    if (!reference) continue;
    it(id, () => {
      const fn = registry.get(id)!;
      const r = seededRandom([...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
      const mismatches: string[] = [];
      let valued = 0;
      for (let i = 0; i < CASES_PER_FUNCTION && mismatches.length < 5; i++) {
        const raw = fn.meta.params.map((p) => sample(p, r));
        let args;
        try {
          args = coerceArgs(fn, raw);
        } catch {
          continue; // refused by the per-parameter checks, which the policy examples cover
        }
        const got = compiledOutcome(fn, args);
        const ref = reference(args);
        const want = ref === "error" ? "error" : formatResult(ref as Decimal);
        if (got !== want) mismatches.push(`${JSON.stringify(raw)}: compiled ${got}, reference ${want}`);
        if (got !== "error") valued++;
      }
      expect(mismatches).toEqual([]);
      expect(valued).toBeGreaterThan(0);
    });
  }
});
