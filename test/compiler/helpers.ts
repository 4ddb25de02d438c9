// Shared helpers for the compiler tests: compile a policy text in memory, pick diagnostics, build evaluators.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileSource, compileSources, type CompiledFile } from "../../compiler/driver/compile.js";
import { emitModule } from "../../compiler/emit/index.js";
import { loadEmitted } from "../../compiler/driver/load.js";
import { interpretedFunction } from "../../compiler/interpret/index.js";
import { callFunction, type ExcelValue } from "../../runtime/adapter.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { CheckedClause } from "../../compiler/check/ir.js";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.js";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const FIXTURES = join(ROOT, "test", "fixtures");
export const POLICIES = join(ROOT, "policies");

/** A file header every test program starts with; its lines are counted by tests that check positions. */
export const HEADER = [
  "政策 测试政策",
  "命名空间 TEST",
  "来源 test.txt",
  "有效期 2024-01-01 至 2026-12-31",
  "",
].join("\n");

export function compileText(text: string, path = "test.zc"): CompiledFile {
  return compileSource({ path, text });
}

/** A clause body (indented two spaces) wrapped in a header and a clause with 中文名, 原文 and one example. */
export function clauseProgram(body: string, opts: { text?: string; extra?: string } = {}): string {
  const text = opts.text ?? "原文文字1000万元，3%，500万元。";
  return [
    HEADER,
    opts.extra ?? "",
    "条款 CLAUSE「测试条款」第1条",
    "  中文名 测试条款甲",
    "  原文：",
    `    ${text}`,
    body.replace(/^\n/, "").replace(/\s+$/, ""),
    "",
  ].join("\n");
}

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);
export const errors = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === "error");

/** The diagnostics of a program, minus the examples lint (Z0803) that test programs often omit on purpose. */
export function diagnosticsOf(text: string): Diagnostic[] {
  return compileText(text).diagnostics.filter((d) => d.code !== "Z0803");
}

/** The source text a diagnostic's span covers. */
export const spanText = (text: string, d: Diagnostic): string => text.slice(d.span.start, d.span.end);

/** Compiles a program that must check clean and returns its clauses. */
export function checkedClauses(text: string): readonly CheckedClause[] {
  const f = compileText(text);
  const errs = errors(f.diagnostics);
  if (errs.length) throw new Error(`expected a clean program, got: ${errs.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return f.program!.clauses;
}

/** The compiled (emitted + loaded) and interpreted evaluators of every clause of a clean program. */
export function bothEvaluators(text: string): { compiled: readonly CompiledFunction[]; interpreted: readonly CompiledFunction[] } {
  const clauses = checkedClauses(text);
  const code = emitModule({ namespace: "TEST", file: "test.zc", clauses }, ["test.zc"]);
  return { compiled: loadEmitted(code), interpreted: clauses.map(interpretedFunction) };
}

/** Calls a function the way Excel does and returns the formatted value, or "错误：message". */
export function call(fn: CompiledFunction, ...args: ExcelValue[]): string {
  const o = callFunction(fn, args);
  return o.ok ? o.value : `错误：${o.error}`;
}

export function policyFiles(): { path: string; text: string }[] {
  return readdirSync(POLICIES)
    .filter((f) => f.endsWith(".zc"))
    .sort()
    .map((f) => ({ path: relative(ROOT, join(POLICIES, f)), text: readFileSync(join(POLICIES, f), "utf8") }));
}

export function compilePolicies() {
  return compileSources(policyFiles());
}
