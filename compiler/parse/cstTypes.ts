// The types of the concrete syntax tree, generated from the grammar (written to cst.ts by `npm run grammar`; a
// test fails when it is stale). Chevrotain's generator marks a child mandatory when the grammar requires it, but a
// node built while recovering from a syntax error may lack any child, so every child is made optional here: the
// builder (build.ts) must handle each absence, and the type checker holds it to that.
import { generateCstDts } from "chevrotain";
import { grammar } from "./grammar.js";

export function cstTypesSource(): string {
  const dts = generateCstDts(grammar.getGAstProductions(), { includeVisitorInterface: false });
  // Only the members of the `…CstChildren = { … }` types; a node's `name` and `children` are always there.
  const allOptional = dts
    .replace(/CstChildren = \{[^}]*\}/g, (block) => block.replace(/^(  [A-Za-z_]\w*): /gm, "$1?: "))
    .replace(/: \(IToken\)\[\]/g, ": IToken[]");
  return [
    "// 由 npm run grammar 从 compiler/parse/grammar.ts 生成，请勿手工修改。",
    "// Generated from the grammar; every child is optional because recovery may leave any child out.",
    "/* eslint-disable */",
    allOptional.replace('import type { CstNode, ICstVisitor, IToken } from "chevrotain";', 'import type { CstNode, IToken } from "chevrotain";').trimEnd(),
    "",
  ].join("\n");
}
