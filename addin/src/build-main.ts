// Entry of the bundled build tool: generated/index.ts (from `zhengce build`) is baked in at bundle time.
import { NAMESPACES } from "../../generated/index.js";
import { buildAddins } from "./build.js";

export function run(root: string, baseUrl: string) {
  return buildAddins({ root, baseUrl, namespaces: NAMESPACES });
}
