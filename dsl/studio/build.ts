// The studio build (npm run build, before the add-ins): dsl/studio/ → dist/studio/, static files only — index.html,
// the page and worker bundles (ES modules; the compiler, decimal.js and Chevrotain in chunks they share, so they
// are downloaded once), the task pane's stylesheet (the same visual language), and the project's policy files
// baked into a chunk (the import "studio:policies"). No CDN: it works offline from any static file server.
import { build as esbuild, type Plugin } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { compileSource } from "../../compiler/driver/compile.js";

export const STUDIO_OUT_DIR = join("dist", "studio");

export interface StudioBuildOptions {
  readonly root: string;
  /** Default dist/studio under root. */
  readonly outDir?: string;
  /** Default policies/ under root. */
  readonly policiesDir?: string;
  readonly log?: (line: string) => void;
}

export interface StudioBuildInfo {
  readonly outDir: string;
  readonly files: readonly { name: string; bytes: number; gzipBytes: number }[];
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly policies: number;
}

/** The project's policy files with the title and namespace their headers declare. */
function bundledPolicies(dir: string) {
  return readdirSync(dir).filter((f) => f.endsWith(".zc")).sort().map((f) => {
    const path = `policies/${f}`;
    const text = readFileSync(join(dir, f), "utf8").replace(/^\ufeff/, "");
    const ast = compileSource({ path, text }).ast;
    return { path, text, title: ast?.title ?? f, namespace: ast?.namespace?.text ?? "" };
  });
}

function policiesPlugin(dir: string): Plugin {
  return {
    name: "studio-policies",
    setup(b) {
      b.onResolve({ filter: /^studio:policies$/ }, () => ({ path: "policies", namespace: "studio" }));
      b.onLoad({ filter: /.*/, namespace: "studio" }, () => ({ contents: `export default ${JSON.stringify(bundledPolicies(dir))};`, loader: "js" }));
    },
  };
}

export async function buildStudio(opts: StudioBuildOptions): Promise<StudioBuildInfo> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const root = opts.root;
  const out = opts.outDir ?? join(root, STUDIO_OUT_DIR);
  const src = join(root, "dsl", "studio");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await esbuild({
    entryPoints: { main: join(src, "main.ts"), worker: join(src, "worker.ts") },
    bundle: true, splitting: true, format: "esm", platform: "browser", target: ["es2020", "chrome91", "firefox114", "safari15"],
    outdir: out, minify: true, legalComments: "none", logLevel: "warning", absWorkingDir: root, chunkNames: "chunk-[hash]",
    plugins: [policiesPlugin(opts.policiesDir ?? join(root, "policies"))],
  });
  copyFileSync(join(src, "index.html"), join(out, "index.html"));
  copyFileSync(join(src, "studio.css"), join(out, "studio.css"));
  copyFileSync(join(root, "addin", "src", "taskpane", "taskpane.css"), join(out, "taskpane.css"));
  const files = readdirSync(out).filter((f) => statSync(join(out, f)).isFile()).sort().map((name) => {
    const data = readFileSync(join(out, name));
    return { name, bytes: data.length, gzipBytes: gzipSync(data, { level: 6 }).length };
  });
  const info: StudioBuildInfo = {
    outDir: out, files, policies: readdirSync(opts.policiesDir ?? join(root, "policies")).filter((f) => f.endsWith(".zc")).length,
    bytes: files.reduce((n, f) => n + f.bytes, 0), gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  };
  writeFileSync(join(out, "build-info.json"), JSON.stringify({ files, bytes: info.bytes, gzipBytes: info.gzipBytes }, null, 2) + "\n");
  log(`起草台 → ${STUDIO_OUT_DIR}/（${files.length} 个文件，gzip 后 ${(info.gzipBytes / 1024).toFixed(1)} KB）`);
  return info;
}
