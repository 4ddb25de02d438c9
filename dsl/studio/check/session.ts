// What the worker does on every change: compile the edited file together with the project's other policy files of
// the same namespace (cross-file checks and settlement rules are per namespace), and report the edited file's
// diagnostics only. The edited file goes last, so that a name or rule it repeats from another file of the namespace
// is reported in it (the checks report the later definition), where the drafter is working. The other files'
// per-file results are kept (keyed by their text), so a keystroke recompiles one file plus the namespace checks. Runs in Node too (the tests call it directly).
import { combineFiles, compileSource, type Compilation, type CompiledFile } from "../../../compiler/driver/compile.js";
import type { SourceFile } from "../../../compiler/diagnostics/render.js";
import { hasErrors } from "../../../compiler/diagnostics/diagnostic.js";
import type { CheckedClause } from "../../../compiler/check/ir.js";
import type { Outline, StudioDiagnostic } from "../protocol.js";
import { toStudioDiagnostic } from "./diagnostics.js";
import { outlineOf } from "./outline.js";

export interface CheckResult {
  readonly diagnostics: readonly StudioDiagnostic[];
  readonly errors: number;
  readonly warnings: number;
  readonly outline: Outline;
  /** The edited file's checked clauses when it has no errors (what examples, try-it and the curve run). */
  readonly clauses?: readonly CheckedClause[];
  /** The edited file with the other files of its namespace (its 结算示例 settle across them). Not sent to the page. */
  readonly compilation: Compilation;
}

export class CheckSession {
  private readonly compiled = new Map<string, { text: string; file: CompiledFile }>();

  /** `project`: the project's policy files (bundled into the studio at build time). */
  constructor(private readonly project: readonly SourceFile[]) {}

  check(edited: SourceFile): CheckResult {
    const own = compileSource(edited);
    const namespace = own.program?.namespace;
    const others = namespace ? this.project.filter((p) => p.path !== edited.path).map((p) => this.compiledOf(p)).filter((f) => f.program?.namespace === namespace) : [];
    const comp = combineFiles([...others, own]);
    const mine = comp.diagnostics.filter((d) => d.span.file === edited.path);
    const diagnostics = mine.map((d) => toStudioDiagnostic(d, comp.sources));
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    return {
      diagnostics, errors, warnings: diagnostics.length - errors,
      outline: outlineOf(own),
      ...(hasErrors(mine) || !own.program ? {} : { clauses: own.program.clauses }),
      compilation: comp,
    };
  }

  private compiledOf(source: SourceFile): CompiledFile {
    const hit = this.compiled.get(source.path);
    if (hit && hit.text === source.text) return hit.file;
    const file = compileSource(source);
    this.compiled.set(source.path, { text: source.text, file });
    return file;
  }
}
