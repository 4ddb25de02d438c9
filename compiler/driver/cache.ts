// The evaluators `zhengce eval` needs, cached on disk by the exact policy text and compiler build, so a batch
// (`eval --jsonl`) or a one-off evaluation starts without lexing, checking, emitting and transforming every policy.
// A changed policy file or a rebuilt CLI gives a different key; a missing or unreadable cache is simply rebuilt.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../diagnostics/render.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";
import { compileSources } from "./compile.js";
import { emitAll } from "./project.js";
import { runModule, toScript } from "./load.js";
import { hasErrors } from "../diagnostics/diagnostic.js";

interface Cached {
  /** Policy files with errors, whose functions are left out. */
  readonly broken: readonly string[];
  /** One CommonJS script per namespace. */
  readonly scripts: readonly string[];
}

function compilerStamp(): string {
  try {
    const self = statSync(fileURLToPath(import.meta.url));
    return `${self.size}:${self.mtimeMs}`;
  } catch {
    return "unknown";
  }
}

function keyOf(sources: readonly SourceFile[]): string {
  const h = createHash("sha256").update(compilerStamp());
  for (const s of sources) h.update(`\\0${s.path}\\0${s.text}`);
  return h.digest("hex").slice(0, 32);
}

function build(sources: readonly SourceFile[]): Cached {
  const comp = compileSources(sources);
  const broken = comp.files.filter((f) => hasErrors(f.diagnostics)).map((f) => f.source.path);
  return { broken, scripts: emitAll(comp).map((e) => toScript(e.code)) };
}

export interface Evaluators {
  readonly registry: Map<string, CompiledFunction>;
  readonly broken: readonly string[];
  /** The settlement rules of the namespaces whose modules export them (`zhengce settle`). */
  readonly rules: readonly SettlementRules[];
}

export function loadEvaluators(sources: readonly SourceFile[], cacheDir: string): Evaluators {
  const file = join(cacheDir, `${keyOf(sources)}.json`);
  let cached: Cached | undefined;
  try {
    cached = JSON.parse(readFileSync(file, "utf8")) as Cached;
  } catch {
    cached = build(sources);
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, JSON.stringify(cached));
    } catch {
      // A read-only checkout still works, only without the cache.
    }
  }
  const registry = new Map<string, CompiledFunction>();
  const rules: SettlementRules[] = [];
  for (const script of cached.scripts) {
    const loaded = runModule(script);
    for (const fn of loaded.functions) registry.set(fn.meta.id, fn);
    if (loaded.settlement) rules.push(loaded.settlement);
  }
  return { registry, broken: cached.broken, rules };
}
