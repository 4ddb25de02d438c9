// Writes what is generated from the parser: dsl/grammar.html (syntax diagrams) and compiler/parse/cst.ts (the CST
// types the builder is checked against). A test fails when either is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntaxDiagramsHtml } from "../compiler/parse/diagrams.js";
import { cstTypesSource } from "../compiler/parse/cstTypes.js";

for (const [path, text] of [
  [join("dsl", "grammar.html"), syntaxDiagramsHtml(join("node_modules", "chevrotain"))],
  [join("compiler", "parse", "cst.ts"), cstTypesSource()],
] as const) {
  writeFileSync(path, text);
  console.log(`写入 ${path}`);
}
