// Conformance: every catalog function exists with exactly the catalog's signature (id, parameter names, order,
// types, units, enum values, optional flags, defaults). Reads ../shared/catalog, so it runs in CI only.
import { describe, expect, it } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { compileSources } from "../../compiler/driver/compile.js";
import { readSources } from "../../compiler/driver/project.js";
import { catalogEntry } from "../../compiler/cli/main.js";

const CATALOG_DIR = join(__dirname, "..", "..", "..", "shared", "catalog");
const NAMESPACES = ["PINGHU", "HUZHOU", "WUYI", "SHAOXING"];

interface CatalogParam { name: string; type: string; unit?: string; values?: readonly string[]; optional?: boolean; default?: unknown }
interface CatalogEntry { id: string; params: CatalogParam[] }

const comp = compileSources(readSources([join(__dirname, "..", "..", "policies")]));
const listed = new Map([...comp.namespaces.values()].flatMap((ns) => ns.clauses).map((c) => [c.meta.id, catalogEntry(c.meta)]));

const signature = (params: readonly CatalogParam[]) =>
  params.map((p) => ({
    name: p.name, type: p.type, unit: p.unit ?? null, values: p.values ?? null,
    optional: p.optional ?? false, default: p.optional ? p.default : null,
  }));

describe.each(NAMESPACES)("catalog %s", (ns) => {
  const file = join(CATALOG_DIR, `${ns}.json`);
  it("is present beside the project", () => expect(existsSync(file)).toBe(true));
  const catalog: CatalogEntry[] = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  it(`offers every function with the catalog's signature`, () => {
    const missing: string[] = [];
    const different: string[] = [];
    for (const entry of catalog) {
      const ours = listed.get(entry.id);
      if (!ours) missing.push(entry.id);
      else if (JSON.stringify(signature(ours.params)) !== JSON.stringify(signature(entry.params))) different.push(entry.id);
    }
    const matched = catalog.length - missing.length - different.length;
    console.log(`${ns}: ${matched}/${catalog.length} match the catalog`);
    expect({ missing, different }).toEqual({ missing: [], different: [] });
  });
});
