// Runs the phases over policy files: lex → parse → resolve → check, per file; then groups the checked clauses by
// namespace. Never throws for bad input: every problem is a diagnostic.
import { lex } from "../lex/index.js";
import { parse } from "../parse/index.js";
import { resolve } from "../resolve/index.js";
import { check } from "../check/index.js";
import type { CheckedClause, CheckedProgram } from "../check/ir.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "../diagnostics/render.js";
import type { PolicyFile } from "../ast/ast.js";
import { checkNamespaceRules, type CheckedSettlementExample } from "../check/rules.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";

export interface CompiledFile {
  readonly source: SourceFile;
  readonly ast?: PolicyFile;
  readonly program?: CheckedProgram;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Compilation {
  readonly files: readonly CompiledFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, SourceFile>;
  /** Namespace → its clauses from every file (in file order), its settlement rules and its settlement examples. */
  readonly namespaces: ReadonlyMap<string, CompiledNamespace>;
  readonly ok: boolean;
}

export interface CompiledNamespace {
  readonly clauses: readonly CheckedClause[];
  readonly files: readonly string[];
  readonly settlement: SettlementRules;
  readonly settlementExamples: readonly CheckedSettlementExample[];
}

/** The largest policy file compiled (characters); real ones are a few hundred thousand. */
export const MAX_FILE_CHARS = 4_000_000;
/** The most diagnostics kept for one file; the rest are counted in one Z0111. */
export const MAX_DIAGNOSTICS = 1000;

export function compileSource(source: SourceFile): CompiledFile {
  try {
    const refusal = refuse(source);
    if (refusal) return { source, diagnostics: [refusal] };
    const lexed = lex(source.path, source.text);
    const parsed = parse(source.path, lexed.tokens, source.text);
    const resolved = resolve(parsed.ast);
    const checked = check(resolved.resolved, source.text);
    const program = checked.program;
    const unique = checkUniqueNames(program.namespace, program.clauses, false);
    const diagnostics = [...lexed.diagnostics, ...parsed.diagnostics, ...resolved.diagnostics, ...checked.diagnostics, ...unique];
    return { source, ast: parsed.ast, program: checked.program, diagnostics: dedupe(diagnostics) };
  } catch (e) {
    // A compiler bug must still not surface as a stack trace to a drafter: report it as a diagnostic.
    const where = { file: source.path, start: 0, end: 0 };
    return { source, diagnostics: [diagnostic("Z0001", where, { detail: (e as Error)?.message ?? String(e) })] };
  }
}

/** A file that is not compiled at all: not UTF-8, or too large to be a policy. */
function refuse(source: SourceFile): Diagnostic | undefined {
  const at = { file: source.path, start: 0, end: Math.min(1, source.text.length) };
  if (source.notUtf8Line !== undefined) return diagnostic("Z0106", at, { line: source.notUtf8Line });
  if (source.text.length > MAX_FILE_CHARS) return diagnostic("Z0110", at, { size: source.text.length, limit: MAX_FILE_CHARS });
  return undefined;
}

/** Recovery can report one mistake twice at the same place; show it once, in file order, at most MAX_DIAGNOSTICS. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = ds.filter((d) => {
    const key = `${d.code}:${d.span.start}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.span.start - b.span.start);
  if (unique.length <= MAX_DIAGNOSTICS) return unique;
  const kept = unique.slice(0, MAX_DIAGNOSTICS);
  const last = kept[kept.length - 1]!.span;
  return [...kept, diagnostic("Z0111", { ...last, start: last.end }, { count: unique.length - MAX_DIAGNOSTICS })];
}

/**
 * Function names and Chinese names are unique in a namespace, across its documents: each repeat is reported once,
 * at the later definition. compileSource checks one file (`acrossFiles` false); compileSources then reports only
 * the repeats whose first definition is in another file.
 */
function checkUniqueNames(namespace: string, clauses: readonly CheckedClause[], acrossFiles: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byName = new Map<string, CheckedClause>(), byZh = new Map<string, CheckedClause>();
  const reported = (twin: CheckedClause, c: CheckedClause) => !acrossFiles || twin.span.file !== c.span.file;
  for (const c of clauses) {
    const twin = byName.get(c.meta.name);
    if (!twin) byName.set(c.meta.name, c);
    else if (reported(twin, c)) out.push(diagnostic("Z0607", c.nameSpan, { namespace, what: "函数", name: c.meta.name }, { related: [twin.nameSpan] }));
    if (!c.meta.zhName) continue;
    const zhTwin = byZh.get(c.meta.zhName);
    if (!zhTwin) byZh.set(c.meta.zhName, c);
    else if (reported(zhTwin, c)) {
      out.push(diagnostic("Z0609", c.zhNameSpan ?? c.nameSpan, { namespace, name: c.meta.zhName }, { related: [zhTwin.zhNameSpan ?? zhTwin.nameSpan] }));
    }
  }
  return out;
}

export function compileSources(sources: readonly SourceFile[]): Compilation {
  return combineFiles(sources.map(compileSource));
}

/**
 * The cross-file half of compileSources: files already compiled one by one (compileSource) grouped by namespace,
 * with the checks that need the whole namespace. The studio keeps the unedited files' results and calls this.
 */
export function combineFiles(files: readonly CompiledFile[]): Compilation {
  const grouped = new Map<string, CompiledFile[]>();
  for (const f of files) {
    if (f.program?.namespace) grouped.set(f.program.namespace, [...(grouped.get(f.program.namespace) ?? []), f]);
  }
  const namespaces = new Map<string, CompiledNamespace>();
  const extra: Diagnostic[] = [];
  for (const [namespace, group] of grouped) {
    const clauses = group.flatMap((f) => f.program!.clauses);
    extra.push(...checkUniqueNames(namespace, clauses, true));
    const rules = checkNamespaceRules(namespace, group.map((f) => ({ ast: f.ast!, clauses: f.program!.clauses })));
    extra.push(...rules.diagnostics);
    namespaces.set(namespace, {
      clauses, files: group.map((f) => f.source.path), settlement: rules.rules, settlementExamples: rules.examples,
    });
  }
  const diagnostics = [...files.flatMap((f) => f.diagnostics), ...extra];
  return {
    files, diagnostics, namespaces, ok: !hasErrors(diagnostics),
    sources: new Map(files.map((f) => [f.source.path, f.source])),
  };
}
