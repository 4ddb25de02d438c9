// The names a drafter has declared, read from the syntax tree (which exists even when the file has errors):
// for completion, and the clauses' extents for finding the clause under the cursor.
import type { CompiledFile } from "../../../compiler/driver/compile.js";
import type { Outline } from "../protocol.js";

export function outlineOf(file: CompiledFile): Outline {
  const ast = file.ast;
  if (!ast) return { clauses: [], fileNames: [] };
  const named = (n: { text: string }) => n.text;
  const fileNames = [
    ...ast.enums.flatMap((e) => [named(e.name), ...e.values.map(named)]),
    ...ast.tables.map((t) => named(t.name)),
    ...ast.clauses.map((c) => named(c.name)),
  ].filter(Boolean);
  return {
    ...(ast.namespace?.text ? { namespace: ast.namespace.text } : {}),
    fileNames: [...new Set(fileNames)],
    clauses: ast.clauses.map((c) => ({
      name: c.name.text, title: c.title.text, from: c.span.start, to: c.span.end,
      names: [...new Set([...c.params.map((p) => p.name.text), ...c.statements.flatMap((s) => (s.kind === "define" ? [s.name.text] : []))].filter(Boolean))],
    })),
  };
}
