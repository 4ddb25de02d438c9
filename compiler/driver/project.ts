// The project around the phases: finding policy files, emitting and loading each namespace's evaluators, and
// running every clause's examples through the same argument adapter as Excel.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { join, relative, resolve as resolvePath, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../diagnostics/render.js";
import type { Compilation } from "./compile.js";
import { emitModule } from "../emit/index.js";
import { loadEmitted } from "./load.js";
import type { CompiledFunction } from "../../runtime/types.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { decodePolicyFile } from "./decode.js";
import { runExample, type ExampleOutcome } from "./examples.js";

export { examplesSummaryLine, ledgersSummaryLine, runExample, runSettlementExamples, type ExampleOutcome, type SettlementOutcome } from "./examples.js";

/** The checkout this CLI belongs to (dist/ or compiler/driver/ sit two levels or one level below it). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "policies"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function defaultPolicyDir(): string {
  const local = resolvePath("policies");
  return existsSync(local) ? local : join(packageRoot(), "policies");
}

export class UsageError extends Error {}

/** Told about a directory entry that looks like a policy file but cannot be read as one (it is then left out). */
export type SkipNotice = (message: string) => void;

/** Why a file system call failed, in words (`verb`: 读取 or 写入). */
export function fsReason(e: unknown, verb = "读取"): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT": return "不存在";
    case "EACCES": case "EPERM": return `没有${verb}权限`;
    case "EISDIR": return "是一个目录，不是文件";
    case "ELOOP": return "是循环的链接";
    case "EBUSY": return "文件正被其他程序（如 Excel）打开，请关闭后再试";
    case "ENOSPC": return "磁盘已满";
    default: return `无法${verb}（${code ?? (e as Error)?.message ?? String(e)}）`;
  }
}

/** The file a path names after following links, or why there is none ("是指向不存在的文件的链接"). */
function statOf(path: string): { stats: Stats } | { why: string } {
  try {
    return { stats: statSync(path) };
  } catch (e) {
    let link = false;
    try { link = lstatSync(path).isSymbolicLink(); } catch { /* not there at all */ }
    return { why: link && (e as NodeJS.ErrnoException).code === "ENOENT" ? "是指向不存在的文件的链接" : fsReason(e) };
  }
}

/** The .zc files of a directory, sorted (so output order is stable); entries that are not files are skipped. */
function policyFilesIn(dir: string, onSkip: SkipNotice): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new UsageError(`无法读取目录 ${dir}：${fsReason(e)}`);
  }
  const out: string[] = [];
  for (const name of names.filter((n) => n.endsWith(".zc")).sort()) {
    const path = join(dir, name);
    const s = statOf(path);
    if ("why" in s) onSkip(`跳过 ${path}：${s.why}`);
    else if (s.stats.isDirectory()) onSkip(`跳过 ${path}：这是一个目录，不是政策文件`);
    else if (!s.stats.isFile()) onSkip(`跳过 ${path}：不是普通文件`);
    else out.push(path);
  }
  return out;
}

/**
 * Expands directories to their .zc files. A path named on the command line must exist and be a file or a
 * directory (else a usage error); a directory entry that is not a readable file is skipped and told.
 */
export function findPolicyFiles(paths: readonly string[], onSkip: SkipNotice = () => {}): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const s = statOf(p);
    if ("why" in s) throw new UsageError(s.why === "不存在" ? `找不到文件或目录：${p}` : `${p}：${s.why}`);
    if (s.stats.isDirectory()) out.push(...policyFilesIn(p, onSkip));
    else if (s.stats.isFile()) out.push(p);
    else throw new UsageError(`${p} 不是普通文件`);
  }
  return out;
}

/** The text of every policy file; a file that vanished or cannot be read since it was found is skipped and told. */
export function readSources(paths: readonly string[], onSkip: SkipNotice = () => {}): SourceFile[] {
  const out: SourceFile[] = [];
  for (const p of findPolicyFiles(paths, onSkip)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(p);
    } catch (e) {
      if (paths.includes(p)) throw new UsageError(`无法读取 ${p}：${fsReason(e)}`);
      onSkip(`跳过 ${p}：${fsReason(e)}`);
      continue;
    }
    out.push(decodePolicyFile(relative(process.cwd(), p) || p, bytes));
  }
  return out;
}

export interface EmittedNamespace {
  readonly namespace: string;
  readonly files: readonly string[];
  readonly code: string;
}

/**
 * One module per namespace. Only files without errors are emitted (a clause that failed to check has no
 * meaning to run); `zhengce build` refuses to run at all when any file has errors.
 */
export function emitAll(comp: Compilation): EmittedNamespace[] {
  const broken = new Set(comp.files.filter((f) => hasErrors(f.diagnostics)).map((f) => f.source.path));
  const out: EmittedNamespace[] = [];
  for (const [namespace, ns] of comp.namespaces) {
    const files = ns.files.filter((f) => !broken.has(f));
    const clauses = ns.clauses.filter((c) => !broken.has(c.span.file));
    if (clauses.length) out.push({ namespace, files, code: emitModule({ namespace, file: files.join(","), clauses }, files, ns.settlement) });
  }
  return out;
}

export function loadAll(emitted: readonly EmittedNamespace[]): Map<string, CompiledFunction> {
  const registry = new Map<string, CompiledFunction>();
  for (const e of emitted) for (const fn of loadEmitted(e.code)) registry.set(fn.meta.id, fn);
  return registry;
}

export function runExamples(comp: Compilation, registry: ReadonlyMap<string, CompiledFunction>): ExampleOutcome[] {
  const out: ExampleOutcome[] = [];
  for (const [, ns] of comp.namespaces) {
    for (const clause of ns.clauses) {
      const fn = registry.get(clause.meta.id);
      if (!fn) continue;
      for (const ex of clause.examples) out.push(runExample(fn, ex));
    }
  }
  return out;
}
