// Writes dsl/grammar.html, the syntax diagrams generated from the parser (a test fails when it is stale).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntaxDiagramsHtml } from "../compiler/parse/diagrams.js";

const out = join("dsl", "grammar.html");
writeFileSync(out, syntaxDiagramsHtml(join("node_modules", "chevrotain")));
console.log(`写入 ${out}`);
