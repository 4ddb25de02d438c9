// dsl/grammar.html is generated from the parser; it must match the grammar as it is now.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { syntaxDiagramsHtml } from "../../compiler/parse/diagrams.js";
import { cstTypesSource } from "../../compiler/parse/cstTypes.js";
import { diagnosticsMarkdown } from "../../compiler/diagnostics/reference.js";

const root = join(__dirname, "..", "..");

describe("syntax diagrams", () => {
  it("dsl/grammar.html is up to date (run `npm run grammar` after changing the parser)", () => {
    const committed = readFileSync(join(root, "dsl", "grammar.html"), "utf8");
    expect(committed === syntaxDiagramsHtml(join(root, "node_modules", "chevrotain"))).toBe(true);
  });

  it("compiler/parse/cst.ts and dsl/DIAGNOSTICS.md are up to date (run `npm run grammar`)", () => {
    expect(readFileSync(join(root, "compiler", "parse", "cst.ts"), "utf8") === cstTypesSource()).toBe(true);
    expect(readFileSync(join(root, "dsl", "DIAGNOSTICS.md"), "utf8") === diagnosticsMarkdown()).toBe(true);
  });

  it("shows every rule of the parser", () => {
    const html = syntaxDiagramsHtml(join(root, "node_modules", "chevrotain"));
    for (const rule of ["policyFile", "clause", "bandTable", "lookupTable", "band", "example", "ruleDecl", "ledgerLine"]) expect(html).toContain(`"type": "Rule",\n    "name": "${rule}"`);
  });
});
