// npm run validate: offline checks of manifest.xml and dist/addin/ (run npm run build first).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadAddinTool } from "./build-addin.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tool = await loadAddinTool("addin/src/validate.ts", "addin-validate");
process.exit(tool.run(root));
