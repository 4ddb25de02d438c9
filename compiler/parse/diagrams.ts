// The syntax diagrams of the language as one self-contained HTML page, generated from the parser itself (the
// diagram scripts are inlined, so the page works offline). Written to dsl/grammar.html by `npm run grammar`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSyntaxDiagramsCode } from "chevrotain";
import { grammar } from "./grammar.js";

export function syntaxDiagramsHtml(chevrotainDir: string): string {
  const diagrams = join(chevrotainDir, "diagrams");
  const inline = (rel: string) => readFileSync(join(diagrams, rel), "utf8");
  let html = createSyntaxDiagramsCode(grammar.getSerializedGastProductions(), { resourceBase: "RES/", css: "RES/diagrams.css" });
  html = html.replace(/<link[^>]*href='RES\/diagrams\.css'[^>]*>/, `<style>${inline("diagrams.css")}</style>`);
  html = html.replace(/<script src='RES\/([^']+)'><\/script>/g, (_m, rel: string) => `<script>${inline(rel)}</script>`);
  return html.replace("<body>", "<body>\n<h1>政策语言（.zc）语法图</h1>\n<p>由解析器自动生成：<code>npm run grammar</code>。语言说明见 REFERENCE.md。</p>");
}
