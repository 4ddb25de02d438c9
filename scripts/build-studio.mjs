// npm run build (after `zhengce build`, before the add-ins): the drafting studio, dsl/studio/ → dist/studio/ (static files).
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadAddinTool } from "./build-addin.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildStudio() {
  const tool = await loadAddinTool("dsl/studio/build.ts", "studio-build");
  return tool.buildStudio({ root });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await buildStudio();
  } catch (e) {
    console.error(`起草台构建失败：${e?.message ?? e}`);
    process.exit(1);
  }
}
