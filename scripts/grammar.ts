// Writes dsl/grammar.html: the syntax diagrams of the language, generated from the parser itself, self-contained
// (the diagram scripts are inlined, so the page works offline).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSyntaxDiagramsCode } from "chevrotain";
import { parserInstance } from "../compiler/parse/parser.js";

const diagrams = join("node_modules", "chevrotain", "diagrams");
const inline = (rel: string) => readFileSync(join(diagrams, rel), "utf8");

let html = createSyntaxDiagramsCode(parserInstance.getSerializedGastProductions(), { resourceBase: "RES/", css: "RES/diagrams.css" });
html = html.replace(/<link[^>]*href='RES\/diagrams\.css'[^>]*>/, `<style>${inline("diagrams.css")}</style>`);
html = html.replace(/<script src='RES\/([^']+)'><\/script>/g, (_m, rel: string) => `<script>${inline(rel)}</script>`);
html = html.replace("<body>", "<body>\n<h1>政策语言（.zc）语法图</h1>\n<p>由解析器自动生成：<code>npm run grammar</code>。语言说明见 REFERENCE.md。</p>");
const out = join("dsl", "grammar.html");
writeFileSync(out, html);
console.log(`写入 ${out}`);
