// Runs the phases over policy files: lex → parse → resolve → check, per file; then groups the checked clauses by
// namespace. Never throws for bad input: every problem is a diagnostic.
import { lex } from "../lex/index.js";
import { parse } from "../parse/index.js";
import { resolve } from "../resolve/index.js";
import { check } from "../check/index.js";
import type { CheckedClause, CheckedProgram } from "../check/ir.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "../diagnostics/render.js";

export interface CompiledFile {
  readonly source: SourceFile;
  readonly program?: CheckedProgram;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Compilation {
  readonly files: readonly CompiledFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, SourceFile>;
  /** Namespace → its clauses from every file, in file order. */
  readonly namespaces: ReadonlyMap<string, { readonly clauses: readonly CheckedClause[]; readonly files: readonly string[] }>;
  readonly ok: boolean;
}

export function compileSource(source: SourceFile): CompiledFile {
  try {
    const lexed = lex(source.path, source.text);
    const parsed = parse(source.path, lexed.tokens);
    const resolved = resolve(parsed.ast);
    const checked = check(resolved.resolved, source.text);
    const diagnostics = [...lexed.diagnostics, ...parsed.diagnostics, ...resolved.diagnostics, ...checked.diagnostics];
    return { source, program: checked.program, diagnostics: dedupe(diagnostics) };
  } catch (e) {
    // A compiler bug must still not surface as a stack trace to a drafter: report it as a diagnostic.
    const where = { file: source.path, start: 0, end: 0 };
    return { source, diagnostics: [diagnostic("Z0201", where, `编译器内部错误：${(e as Error).message}`, { hint: "请把这个文件报告给编译器维护人员" })] };
  }
}

/** Recovery can report one mistake twice at the same place; show it once. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.code}:${d.span.start}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.span.start - b.span.start);
}

export function compileSources(sources: readonly SourceFile[]): Compilation {
  const files = sources.map(compileSource);
  const namespaces = new Map<string, { clauses: CheckedClause[]; files: string[] }>();
  const extra: Diagnostic[] = [];
  for (const f of files) {
    if (!f.program?.namespace) continue;
    const ns = namespaces.get(f.program.namespace) ?? { clauses: [], files: [] };
    for (const c of f.program.clauses) {
      const twin = ns.clauses.find((o) => o.meta.name === c.meta.name || (c.meta.zhName && o.meta.zhName === c.meta.zhName));
      if (twin) {
        extra.push(diagnostic("Z0607", c.span, `命名空间 ${f.program.namespace} 里已有同名的函数（${twin.meta.name === c.meta.name ? c.meta.name : c.meta.zhName}）`, {
          related: [{ span: twin.span, message: "已定义在这里" }],
        }));
      }
      ns.clauses.push(c);
    }
    ns.files.push(f.source.path);
    namespaces.set(f.program.namespace, ns);
  }
  const diagnostics = [...files.flatMap((f) => f.diagnostics), ...extra];
  return {
    files, diagnostics, namespaces, ok: !hasErrors(diagnostics),
    sources: new Map(sources.map((s) => [s.path, s])),
  };
}
