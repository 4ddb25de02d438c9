// The evaluators `zhengce eval` needs, cached on disk by the exact policy text and compiler build, so a batch
// (`eval --jsonl`) or a one-off evaluation starts without lexing, checking, emitting and transforming every policy.
//
// Layout: one file per key, `<cacheDir>/<sha256 of the key>.json`, holding a header line and the payload:
//   {"format":2,"key":"<hex>","sha256":"<hex of the payload text>"}\n<payload JSON: broken files, scripts>
// The key hashes the compiler's own bundle and every policy file, each with its byte length in front, so no two
// different inputs share a key. An entry is used only when its header names this format and key and the payload
// hashes to the recorded sha256 and loads: anything else (a truncated, hand-edited or foreign file, `{}`, a script
// that throws) is rebuilt silently. Writes go to a temporary file renamed into place, so a concurrent `eval` never
// reads half an entry, and the directory keeps only the most recently used entries.
import { createHash, type Hash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../diagnostics/render.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { compileSources } from "./compile.js";
import { emitAll } from "./project.js";
import { runModule, toScript } from "./load.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";
import { hasErrors } from "../diagnostics/diagnostic.js";

const FORMAT = 2;
/** Entries kept: a few checkouts' or branches' worth of policies; older ones are deleted after each write. */
export const KEEP_ENTRIES = 8;
/** Names of the files this cache writes (earlier versions used 32 hex digits); nothing else in the directory is touched. */
const ENTRY_NAME = /^(?:[0-9a-f]{32}|[0-9a-f]{64})\.json$/;
const TEMP_NAME = /^[0-9a-f]{64}\.json\.\d+\.[0-9a-z]+\.tmp$/;
/** A temporary file older than this was left by a process that died while writing. */
const STALE_TEMP_MS = 10 * 60 * 1000;

interface Cached {
  /** Policy files with errors, whose functions are left out. */
  readonly broken: readonly string[];
  /** One CommonJS script per namespace. */
  readonly scripts: readonly string[];
}

let stamp: string | undefined;
/**
 * The compiler that emitted the scripts: a hash of the CLI bundle when run as `zhengce`; when run from the
 * TypeScript sources (tests, scripts), a hash of every source file of the compiler and the runtime, so that an
 * edited emitter never meets scripts cached by its previous version.
 */
function compilerStamp(): string {
  if (stamp === undefined) {
    try {
      const self = fileURLToPath(import.meta.url);
      const h = createHash("sha256");
      const files = self.endsWith(".ts") ? [join(self, "..", ".."), join(self, "..", "..", "..", "runtime")].flatMap(sourcesUnder) : [self];
      for (const f of files) {
        frame(h, f);
        h.update(readFileSync(f));
      }
      stamp = h.digest("hex");
    } catch {
      stamp = "unknown";
    }
  }
  return stamp;
}

/** The .ts files under a directory, sorted. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).sort().map((f) => join(dir, f));
}

/** Feeds one string with its byte length in front, so that the boundaries between strings are part of the hash. */
function frame(h: Hash, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(bytes.length));
  h.update(length).update(bytes);
}

export function cacheKey(sources: readonly SourceFile[], compiler: string = compilerStamp()): string {
  const h = createHash("sha256");
  frame(h, `zhengce evaluator cache ${FORMAT}`);
  frame(h, compiler);
  frame(h, String(sources.length));
  for (const s of sources) {
    frame(h, s.path);
    frame(h, s.text);
  }
  return h.digest("hex");
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function build(sources: readonly SourceFile[]): Cached {
  const comp = compileSources(sources);
  const broken = comp.files.filter((f) => hasErrors(f.diagnostics)).map((f) => f.source.path);
  return { broken, scripts: emitAll(comp).map((e) => toScript(e.code)) };
}

function isCached(v: unknown): v is Cached {
  const c = v as Cached;
  const strings = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === "string");
  return typeof c === "object" && c !== null && strings(c.broken) && strings(c.scripts);
}

export interface Evaluators {
  readonly registry: Map<string, CompiledFunction>;
  readonly broken: readonly string[];
  /** The settlement rules of the namespaces whose modules export them (`zhengce settle`). */
  readonly rules: readonly SettlementRules[];
}

/** Runs each cached module: its functions (each checked to look like one) and its settlement rules. */
function evaluatorsOf(cached: Cached): Evaluators {
  const registry = new Map<string, CompiledFunction>();
  const rules: SettlementRules[] = [];
  for (const script of cached.scripts) {
    const loaded = runModule(script);
    for (const fn of loaded.functions) {
      if (typeof fn?.meta?.id !== "string" || typeof fn.evaluate !== "function") throw new Error("not an evaluator");
      registry.set(fn.meta.id, fn);
    }
    if (loaded.settlement) rules.push(loaded.settlement);
  }
  return { registry, broken: cached.broken, rules };
}

/** The entry at `file` if it is intact and loads, else undefined (never throws). */
function readEntry(file: string, key: string): Evaluators | undefined {
  try {
    const text = readFileSync(file, "utf8");
    const newline = text.indexOf("\n");
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; key?: unknown; sha256?: unknown };
    const payload = text.slice(newline + 1);
    if (header?.format !== FORMAT || header.key !== key || header.sha256 !== sha256(payload)) return undefined;
    const cached: unknown = JSON.parse(payload);
    if (!isCached(cached)) return undefined;
    return evaluatorsOf(cached);
  } catch {
    return undefined;
  }
}

function writeEntry(cacheDir: string, file: string, key: string, cached: Cached): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const payload = JSON.stringify(cached);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ format: FORMAT, key, sha256: sha256(payload) })}\n${payload}`);
    renameSync(temp, file);
    prune(cacheDir);
  } catch {
    // A read-only checkout still works, only without the cache.
  }
}

/** Deletes all but the KEEP_ENTRIES most recently used entries, and temporary files of writers that died. */
export function prune(cacheDir: string): void {
  const entries: { path: string; mtime: number }[] = [];
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    try {
      const mtime = statSync(path).mtimeMs;
      if (ENTRY_NAME.test(name)) entries.push({ path, mtime });
      else if (TEMP_NAME.test(name) && Date.now() - mtime > STALE_TEMP_MS) rmSync(path, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  entries.sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(KEEP_ENTRIES)) rmSync(old.path, { force: true });
}

export function loadEvaluators(sources: readonly SourceFile[], cacheDir: string): Evaluators {
  const key = cacheKey(sources);
  const file = join(cacheDir, `${key}.json`);
  const hit = readEntry(file, key);
  if (hit) {
    try {
      const now = new Date();
      utimesSync(file, now, now); // most recently used: kept by prune()
    } catch {
      // Read-only: the entry is still good.
    }
    return hit;
  }
  const cached = build(sources);
  writeEntry(cacheDir, file, key, cached);
  return evaluatorsOf(cached);
}
