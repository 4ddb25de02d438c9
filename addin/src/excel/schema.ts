// Microsoft's JSON Schema for Excel's functions.json (draft-04), from ../shared/schemas/custom-functions/ when the
// checkout has it (CI does; users' clones may not). As that folder's README says, the schema file fails a strict
// meta-schema check (`"required": []`), so it is compiled with the meta-schema check off, by Ajv's draft-04 build.
// Passing it is necessary, not sufficient: validate.ts checks ids and names besides.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";

export function functionsSchemaPath(root: string): string {
  return join(root, "..", "shared", "schemas", "custom-functions", "custom-functions.schema.json");
}

/** The schema's check as a function returning messages (empty when valid), or null when the schema is absent. */
export function loadFunctionsSchema(root: string): ((json: unknown) => string[]) | null {
  const path = functionsSchemaPath(root);
  if (!existsSync(path)) return null;
  const ajv = new Ajv({ validateSchema: false, allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(path, "utf8")) as object);
  return (json) => (validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}${e.params && "additionalProperty" in e.params ? `：${String(e.params.additionalProperty)}` : ""}`));
}
