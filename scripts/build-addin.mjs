// npm run build (after `zhengce build` and the studio): the four Excel add-ins into dist/addin/, and the top-level manifest.xml.
// It runs last, because npm appends the arguments after `--` to the last command of the script only.
// Production base URL (yo-office convention: replaces https://localhost:3000/ everywhere):
//   npm run build -- --base-url=https://example.com/zhengce/     or     ADDIN_BASE_URL=https://… npm run build
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles one of addin/src's Node-side modules (with generated/ baked in) to .cache/ and imports it. */
export async function loadAddinTool(entry, name) {
  mkdirSync(join(root, ".cache"), { recursive: true });
  const outfile = join(root, ".cache", `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    external: ["esbuild"],
    logLevel: "warning",
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

export function baseUrlFromArgs(argv = process.argv.slice(2)) {
  const flag = argv.find((a) => a.startsWith("--base-url="))?.slice("--base-url=".length)
    ?? (argv.includes("--base-url") ? argv[argv.indexOf("--base-url") + 1] : undefined);
  return flag || process.env.ADDIN_BASE_URL || "https://localhost:3000/";
}

export async function buildAddin(baseUrl = baseUrlFromArgs()) {
  const tool = await loadAddinTool("addin/src/build-main.ts", "addin-build");
  return tool.run(root, baseUrl);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await buildAddin();
  } catch (e) {
    console.error(`加载项构建失败：${e?.message ?? e}`);
    process.exit(1);
  }
}
