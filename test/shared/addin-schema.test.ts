// Every Excel functions.json and its zh-CN twin against Microsoft's JSON Schema in ../shared/schemas/custom-functions/
// (the same check `npm run validate` makes when ../shared is present), and the WPS registration of every catalog
// function with the catalog's parameters. Reads ../shared, so it runs in CI only.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { functionsJson } from "../../addin/src/metadata.js";
import { functionsSchemaPath, loadFunctionsSchema } from "../../addin/src/excel/schema.js";
import { wpsFunctionsJson } from "../../addin/src/wps/functions.js";
import { project, ROOT } from "../addin/helpers.js";

const NAMESPACES = ["PINGHU", "HUZHOU", "WUYI", "SHAOXING"];
const CATALOG_DIR = join(ROOT, "..", "shared", "catalog");
const { namespaces } = project();

interface CatalogEntry { id: string; params: { name: string; optional?: boolean }[] }

describe("Excel functions.json against Microsoft's JSON Schema", () => {
  it("the schema is present beside the project", () => expect(existsSync(functionsSchemaPath(ROOT))).toBe(true));
  const check = loadFunctionsSchema(ROOT);

  it.each(NAMESPACES.flatMap((ns) => (["default", "zh-cn"] as const).map((locale) => [ns, locale] as const)))("%s %s passes", (ns, locale) => {
    expect(check).not.toBeNull();
    expect(check!(functionsJson(ns, namespaces[ns]!, locale, "https://localhost:3000/"))).toEqual([]);
  });

  it("the check is not vacuous: an unknown key, a wrong dimensionality and a missing name fail", () => {
    const json = structuredClone(functionsJson("PINGHU", namespaces.PINGHU!, "default", "https://localhost:3000/")) as unknown as { functions: Record<string, unknown>[] };
    json.functions[0]!.repeating = true;
    (json.functions[1]!.parameters as Record<string, unknown>[])[0]!.dimensionality = "cube";
    delete json.functions[2]!.name;
    const errors = check!(json).join("\n");
    expect(errors).toContain("/functions/0");
    expect(errors).toContain("/functions/1/parameters/0/dimensionality");
    expect(errors).toContain("/functions/2");
  });
});

describe.each(NAMESPACES)("WPS add-in %s offers every catalog function", (ns) => {
  it("registered under the catalog's name with the catalog's parameters (names, order, optional)", () => {
    const catalog = JSON.parse(readFileSync(join(CATALOG_DIR, `${ns}.json`), "utf8")) as CatalogEntry[];
    const wps = new Map(wpsFunctionsJson(ns, namespaces[ns]!).functions.map((f) => [`${ns}.${f.name}`, f]));
    const wrong = catalog.filter((c) => {
      const f = wps.get(c.id);
      return !f || JSON.stringify(f.parameters.map((p) => [p.name, p.type === "any?"])) !== JSON.stringify(c.params.map((p) => [p.name, p.optional ?? false]));
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
    expect(catalog.length).toBeGreaterThan(0);
  });
});
