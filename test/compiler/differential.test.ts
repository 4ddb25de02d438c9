// Differential property tests: for every clause of every policy file that checks clean, the emitted evaluator and
// the reference interpreter agree — same formatted value (or the same error) and the same explanation — on random
// valid inputs, band edges and ±0.000001 (1分) around them. Plus: caps hold, and results are not negative where
// nothing in the clause can make them so.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { emitAll, loadAll } from "../../compiler/driver/project.js";
import { interpretedFunction } from "../../compiler/interpret/index.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import type { CheckedClause, Ir } from "../../compiler/check/ir.js";
import { callFunction, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction, ParamMeta } from "../../runtime/types.js";
import { Exact } from "../../runtime/exact.js";
import { compilePolicies } from "./helpers.js";

const SEED = 20240813;
const RUNS_PER_CLAUSE = 100;
const CENT = "0.000001";

const comp = compilePolicies();
const cleanFiles = comp.files.filter((f) => f.program && !hasErrors(f.diagnostics));
const registry = loadAll(emitAll(comp));

/** Every Ir node reachable from a clause (any object with an `op`), whatever fields the node kinds grow. */
function irNodes(clause: CheckedClause): Ir[] {
  const out: Ir[] = [];
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (typeof x !== "object" || x === null || seen.has(x)) return;
    seen.add(x);
    if ("op" in x) out.push(x as Ir);
    for (const v of Object.values(x)) visit(v);
  };
  visit(clause.statements);
  return out;
}

/** Band bounds and numeric lookup keys, by the parameter they test (−1: a computed subject). */
function edgesByParam(clause: CheckedClause): Map<number, Set<string>> {
  const edges = new Map<number, Set<string>>();
  const add = (subject: Ir, value: string) => {
    const key = subject.op === "param" ? subject.index : -1;
    const set = edges.get(key) ?? new Set<string>();
    for (const d of [value, new Exact(value).minus(CENT).toFixed(), new Exact(value).plus(CENT).toFixed()]) set.add(d);
    edges.set(key, set);
  };
  for (const node of irNodes(clause)) {
    if (node.op === "bands") {
      for (const r of node.rows) {
        if (r.lower.value !== undefined) add(node.subject, r.lower.value);
        if (r.upper.value !== undefined) add(node.subject, r.upper.value);
      }
    } else if (node.op === "lookup" && node.numeric) {
      for (const r of node.rows) for (const k of r.keys) add(node.subject, k);
    } else if (node.op === "cmp" && node.right.op === "const" && node.left.op === "param") {
      add(node.left, node.right.value); // thresholds in conditions (适用：营收 ≥ 2000万元) are edges too
    }
  }
  return edges;
}

function inRange(p: ParamMeta, v: InstanceType<typeof Exact>): boolean {
  if (p.integer && !v.isInteger()) return false;
  if (p.min && (p.min.inclusive ? v.lt(p.min.value) : v.lte(p.min.value))) return false;
  if (p.max && (p.max.inclusive ? v.gt(p.max.value) : v.gte(p.max.value))) return false;
  return true;
}

/** Random valid Excel values for one parameter, biased towards the edges the clause tests. */
function paramArb(p: ParamMeta, edges: readonly string[]): fc.Arbitrary<ExcelValue> {
  const optional: fc.Arbitrary<ExcelValue>[] = p.optional ? [fc.constant(null)] : [];
  switch (p.kind) {
    case "flag": return fc.oneof(fc.boolean(), ...optional);
    case "enum": return fc.oneof(fc.constantFrom(...(p.values ?? [])), ...optional);
    case "year": {
      const lo = p.min ? Number(p.min.value) : 2020, hi = p.max ? Number(p.max.value) : 2030;
      return fc.oneof(fc.integer({ min: lo, max: hi }), ...optional);
    }
    default: {
      const lo = p.min ? Number(p.min.value) : p.kind === "ratio" ? -3 : -1000;
      const hi = p.max ? Number(p.max.value) : lo + (p.kind === "ratio" ? 3 : 2_000_000);
      const valid = edges.filter((e) => inRange(p, new Exact(e))).map(Number);
      const ints = (a: number, b: number) => (Math.ceil(a) <= Math.floor(b) ? [fc.integer({ min: Math.ceil(a), max: Math.floor(b) })] : []);
      const numbers: fc.Arbitrary<number>[] = [...ints(lo, Math.min(hi, lo + 20_000)), ...ints(lo, hi)];
      if (!p.integer) {
        // Decimals with up to 6 places (1分 for money), in the lower part of the range.
        numbers.push(...ints(lo * 1e6, Math.min(hi, lo + 5000) * 1e6).map((a) => a.map((n) => Number(new Exact(n).div(1e6)))));
      }
      if (valid.length) numbers.push(fc.constantFrom(...valid));
      return fc.oneof(...numbers.map((a) => a.filter((n) => inRange(p, new Exact(String(n))))), ...optional);
    }
  }
}

function argsArb(clause: CheckedClause): fc.Arbitrary<ExcelValue[]> {
  const edges = edgesByParam(clause);
  const shared = [...(edges.get(-1) ?? [])];
  return fc.tuple(...clause.meta.params.map((p, i) => paramArb(p, [...(edges.get(i) ?? []), ...(p.kind === "money" ? shared : [])])));
}

/** The cap C of a clause whose result is `x 封顶 C` (a min with a constant), if any. */
function capOf(clause: CheckedClause): InstanceType<typeof Exact> | undefined {
  const result = clause.statements.find((s) => s.kind === "result");
  if (!result || result.kind !== "result" || result.value.op !== "minmax" || result.value.fn !== "min") return undefined;
  const consts = result.value.args.filter((a): a is Extract<Ir, { op: "const" }> => a.op === "const");
  return consts.length ? Exact.min(...consts.map((c) => new Exact(c.value))) : undefined;
}

/** Nothing in the clause can go below zero: no subtraction, negation or negative constant, and no input below 0. */
function cannotGoNegative(clause: CheckedClause): boolean {
  const inputsNonNegative = clause.meta.params.every((p) => !["money", "ratio", "quantity", "number"].includes(p.kind) || (p.min !== undefined && new Exact(p.min.value).gte(0)));
  const risky = irNodes(clause).some((n) => (n.op === "arith" && n.fn === "sub") || n.op === "neg" || (n.op === "const" && new Exact(n.value).isNegative()));
  return inputsNonNegative && !risky;
}

function outcome(fn: CompiledFunction, args: ExcelValue[]) {
  return callFunction(fn, args, true);
}

describe.each(cleanFiles.map((f) => [f.source.path, f] as const))("%s", (_path, file) => {
  const clauses = file.program!.clauses;

  it("has clauses, each emitted", () => {
    expect(clauses.length).toBeGreaterThan(0);
    for (const c of clauses) expect(registry.has(c.meta.id), c.meta.id).toBe(true);
  });

  it("compiled evaluator = interpreter (value or error, and trace) on random and edge inputs", () => {
    let ok = 0, total = 0;
    clauses.forEach((clause, k) => {
      const compiled = registry.get(clause.meta.id)!;
      const interpreted = interpretedFunction(clause);
      fc.assert(
        fc.property(argsArb(clause), (args) => {
          const got = outcome(compiled, args);
          expect(got, `${clause.meta.id}(${JSON.stringify(args)})`).toEqual(outcome(interpreted, args));
          total++;
          if (got.ok) ok++;
        }),
        { seed: SEED + k, numRuns: RUNS_PER_CLAUSE },
      );
    });
    // The inputs are valid by construction: most calls must compute a value (errors come from 要求 and lookups).
    expect(ok / total).toBeGreaterThan(0.8);
  });

  it("every band edge and ±1分 around it gives the same result on both", () => {
    for (const clause of clauses) {
      const compiled = registry.get(clause.meta.id)!;
      const interpreted = interpretedFunction(clause);
      const edges = edgesByParam(clause);
      clause.meta.params.forEach((p, i) => {
        for (const e of edges.get(i) ?? []) {
          const args: ExcelValue[] = clause.meta.params.map((q) => (q.optional ? null : baseline(q)));
          args[i] = Number(e);
          expect(outcome(compiled, args), `${clause.meta.id} ${p.name}=${e}`).toEqual(outcome(interpreted, args));
        }
      });
    }
  });

  it("caps hold: a result written `x 封顶 C` is never above C", () => {
    clauses.forEach((clause, k) => {
      const cap = capOf(clause);
      if (!cap) return;
      const fn = registry.get(clause.meta.id)!;
      fc.assert(
        fc.property(argsArb(clause), (args) => {
          const o = callFunction(fn, args);
          if (o.ok) expect(new Exact(o.value).lte(cap), `${clause.meta.id}(${JSON.stringify(args)}) = ${o.value} > ${cap}`).toBe(true);
        }),
        { seed: SEED + 1000 + k, numRuns: RUNS_PER_CLAUSE },
      );
    });
  });

  it("results are never negative where nothing in the clause can go below zero", () => {
    clauses.forEach((clause, k) => {
      if (!cannotGoNegative(clause)) return;
      const fn = registry.get(clause.meta.id)!;
      fc.assert(
        fc.property(argsArb(clause), (args) => {
          const o = callFunction(fn, args);
          if (o.ok) expect(new Exact(o.value).gte(0), `${clause.meta.id}(${JSON.stringify(args)}) = ${o.value}`).toBe(true);
        }),
        { seed: SEED + 2000 + k, numRuns: RUNS_PER_CLAUSE / 2 },
      );
    });
  });
});

/** A valid value for a required parameter when another one is being swept. */
function baseline(p: ParamMeta): ExcelValue {
  switch (p.kind) {
    case "flag": return false;
    case "enum": return p.values?.[0] ?? "";
    case "year": return p.min ? Number(p.min.value) : 2024;
    default: return p.min ? Number(new Exact(p.min.value).plus(p.min.inclusive ? 0 : 1).toFixed()) : 1;
  }
}

describe("the differential test covers the policies", () => {
  const all = cleanFiles.flatMap((f) => f.program!.clauses);
  it("policy files check clean and have band tables, caps and non-negative clauses to test", () => {
    expect(cleanFiles.length).toBeGreaterThan(0);
    expect(all.filter((c) => irNodes(c).some((n) => n.op === "bands")).length).toBeGreaterThan(0);
    expect(all.filter((c) => capOf(c) !== undefined).length).toBeGreaterThan(0);
    expect(all.filter(cannotGoNegative).length).toBeGreaterThan(0);
  });
});
