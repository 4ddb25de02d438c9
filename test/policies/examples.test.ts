// Every worked example in every policy file, run through the same argument adapter as Excel. The expected values
// are the drafters' hand computations written beside each example in policies/*.zc.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { compileSources } from "../../compiler/driver/compile.js";
import { emitAll, loadAll, readSources, runExample } from "../../compiler/driver/project.js";
import { renderDiagnostic } from "../../compiler/diagnostics/render.js";

const comp = compileSources(readSources([join(__dirname, "..", "..", "policies")]));
const registry = loadAll(emitAll(comp));

describe("policies", () => {
  it("check with no errors", () => {
    const errors = comp.diagnostics.filter((d) => d.severity === "error").map((d) => renderDiagnostic(d, comp.sources));
    expect(errors).toEqual([]);
  });

  it("check with no warnings", () => {
    const warnings = comp.diagnostics.filter((d) => d.severity === "warning").map((d) => renderDiagnostic(d, comp.sources));
    expect(warnings).toEqual([]);
  });

  for (const [ns, { clauses }] of comp.namespaces) {
    describe(ns, () => {
      for (const clause of clauses) {
        // A function without parameters has exactly one possible call, so one example says everything.
        const wanted = clause.params.length === 0 ? 1 : 3;
        it(`${clause.meta.id} has at least ${wanted} examples`, () => expect(clause.examples.length).toBeGreaterThanOrEqual(wanted));
        it.each(clause.examples.map((ex) => [ex.text, ex] as const))(`${clause.meta.id}: %s`, (_text, ex) => {
          const fn = registry.get(clause.meta.id);
          expect(fn, `${clause.meta.id} was not emitted`).toBeDefined();
          const outcome = runExample(fn!, ex);
          expect(outcome.passed, `期望 ${JSON.stringify(ex.expected)}，实际 ${outcome.actual}`).toBe(true);
        });
      }
    });
  }
});
