// The catalogue's groups: one per source document, in the order the functions come, each headed by the document as
// a reader names it (title, 文号, date; 征求意见稿 marked — runtime/document.ts), never by an internal file name.
// PINGHU's functions come from two documents, which the list tells apart this way.
import { documentLabel } from "../../../runtime/document.js";
import type { CompiledFunction } from "../../../runtime/types.js";

export interface CatalogueGroup {
  readonly label: string;
  readonly functions: CompiledFunction[];
}

export function catalogueGroups(functions: readonly CompiledFunction[]): CatalogueGroup[] {
  const groups = new Map<string, CatalogueGroup>();
  for (const fn of functions) {
    const label = documentLabel(fn.meta.document);
    let g = groups.get(label);
    if (!g) groups.set(label, (g = { label, functions: [] }));
    g.functions.push(fn);
  }
  return [...groups.values()];
}
