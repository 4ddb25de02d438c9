// Writes what is generated from the compiler: dsl/grammar.html (syntax diagrams), compiler/parse/cst.ts (the CST
// types the builder is checked against) and dsl/DIAGNOSTICS.md (every diagnostic code with an example). A test
// fails when any of them is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntaxDiagramsHtml } from "../compiler/parse/diagrams.js";
import { cstTypesSource } from "../compiler/parse/cstTypes.js";
import { diagnosticsMarkdown } from "../compiler/diagnostics/reference.js";

for (const [path, text] of [
  [join("dsl", "grammar.html"), syntaxDiagramsHtml(join("node_modules", "chevrotain"))],
  [join("compiler", "parse", "cst.ts"), cstTypesSource()],
  [join("dsl", "DIAGNOSTICS.md"), diagnosticsMarkdown()],
] as const) {
  writeFileSync(path, text);
  console.log(`写入 ${path}`);
}
