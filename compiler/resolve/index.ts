// Name resolution: which declaration every name refers to. Builds the file scope (enums, tables) and each
// clause's scope (parameters, then steps in order), resolves parameter types, and reports unknown, duplicate and
// misleading names. Enum values are resolved later, by the checker, against the type of the value they meet.
import type * as A from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import { isQuantityUnit } from "../units/units.js";
import { OPERATOR_WORDS, KEYWORD_WORDS } from "../lex/tokens.js";
import { editDistance } from "../../runtime/functions.js";

export type ParamType =
  | { readonly kind: "money" | "ratio" | "flag" | "year" | "number" }
  | { readonly kind: "quantity"; readonly unit: string }
  | { readonly kind: "enum"; readonly name: string; readonly values: readonly string[] };

export const BUILTIN_TYPES: Record<string, ParamType> = {
  金额: { kind: "money" }, 比例: { kind: "ratio" }, 是否: { kind: "flag" }, 年份: { kind: "year" }, 数: { kind: "number" },
};

export const BUILTIN_FUNCTIONS = ["取小", "取大", "向下取整"] as const;

export type Symbol =
  | { readonly kind: "param"; readonly index: number }
  | { readonly kind: "local"; readonly index: number };

export interface ResolvedClause {
  readonly ast: A.Clause;
  readonly paramTypes: readonly (ParamType | undefined)[];
  /** Every `ref` name in the clause, resolved. Unresolved names are absent (and reported). */
  readonly refs: ReadonlyMap<A.Name, Symbol>;
}

export interface ResolvedFile {
  readonly ast: A.PolicyFile;
  readonly enums: ReadonlyMap<string, A.EnumDecl>;
  readonly tables: ReadonlyMap<string, A.TableDecl>;
  /** The key type of each named table whose key type resolved: an enum, or a number type (rows are bands). */
  readonly tableKeys: ReadonlyMap<string, ParamType>;
  readonly clauses: readonly ResolvedClause[];
}

export function resolve(ast: A.PolicyFile): { resolved: ResolvedFile; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink();
  const enums = declareOnce(ast.enums, "枚举", sink);
  const tables = declareOnce(ast.tables, "表", sink);
  for (const e of ast.enums) {
    lintName(e.name, sink);
    declareOnce(e.values.map((v) => ({ name: v, span: v.span })), "枚举值", sink);
    e.values.forEach((v) => lintName(v, sink));
  }
  const tableKeys = new Map<string, ParamType>();
  for (const t of ast.tables) {
    // Table rows are constants: any name in them is unknown (no parameters or steps are in scope).
    for (const { row } of t.rows) resolveExpr(row.value, new Map(), new Map(), tables, new Set(), sink);
    const key = tableKeyType(t.keyType, enums);
    if (key) tableKeys.set(t.name.text, key);
    else if (t.keyType.text) sink.report("Z0304", t.keyType.span, { name: t.keyType.text }, { hint: "tableKey" });
  }
  // (Clauses with the same name, in this file or another of the namespace, are reported once by the driver.)
  const clauses = ast.clauses.map((c) => resolveClause(c, enums, tables, new Set(ast.attemptedNames ?? []), sink));
  return { resolved: { ast, enums, tables, tableKeys, clauses }, diagnostics: sink.items };
}

/** A table's key: a declared enum (rows are its values) or a numeric type (rows are bands of it). */
function tableKeyType(name: A.Name, enums: ReadonlyMap<string, A.EnumDecl>): ParamType | undefined {
  const e = enums.get(name.text);
  if (e) return { kind: "enum", name: name.text, values: e.values.map((v) => v.text) };
  const builtin = BUILTIN_TYPES[name.text];
  if (builtin && (builtin.kind === "money" || builtin.kind === "ratio" || builtin.kind === "number")) return builtin;
  if (isQuantityUnit(name.text)) return { kind: "quantity", unit: name.text === "个月" ? "月" : name.text };
  return undefined;
}

function declareOnce<T extends { name: A.Name; span: A.Node["span"] }>(items: readonly T[], what: string, sink: DiagnosticSink): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!item.name.text) continue;
    const prior = map.get(item.name.text);
    if (prior) {
      sink.report("Z0302", item.name.span, { what, name: item.name.text }, { related: [prior.name.span] });
    } else map.set(item.name.text, item);
  }
  return map;
}

/** A declared name containing an operator word may be misread as a condition: ask for 「」 to confirm it. */
function lintName(name: A.Name, sink: DiagnosticSink): void {
  if (name.quoted || !name.text) return;
  const word = OPERATOR_WORDS.find((w) => name.text.includes(w) && name.text !== w);
  if (word) {
    sink.report("Z0801", name.span, { name: name.text, word });
  }
}

function resolveParamType(t: A.TypeRef, enums: ReadonlyMap<string, A.EnumDecl>, sink: DiagnosticSink): ParamType | undefined {
  if (t.kind === "inlineEnum") {
    declareOnce(t.values.map((v) => ({ name: v, span: v.span })), "枚举值", sink);
    t.values.forEach((v) => lintName(v, sink));
    return { kind: "enum", name: "", values: t.values.map((v) => v.text) };
  }
  const word = t.name.text;
  if (BUILTIN_TYPES[word]) return BUILTIN_TYPES[word];
  if (isQuantityUnit(word)) return { kind: "quantity", unit: word === "个月" ? "月" : word };
  const e = enums.get(word);
  if (e) return { kind: "enum", name: word, values: e.values.map((v) => v.text) };
  if (!word) return undefined;
  sink.report("Z0304", t.span, { name: word });
  return undefined;
}

function resolveClause(
  c: A.Clause, enums: ReadonlyMap<string, A.EnumDecl>, tables: ReadonlyMap<string, A.TableDecl>,
  unparsed: ReadonlySet<string>, sink: DiagnosticSink,
): ResolvedClause {
  const scope = new Map<string, Symbol>();
  const refs = new Map<A.Name, Symbol>();
  const declared = new Map<string, A.Name>();
  const declare = (name: A.Name, sym: Symbol) => {
    if (!name.text) return;
    const prior = declared.get(name.text);
    if (prior) {
      sink.report("Z0302", name.span, { what: "名称", name: name.text }, { related: [prior.span], hint: "step" });
      return;
    }
    declared.set(name.text, name);
    scope.set(name.text, sym);
    lintName(name, sink);
  };
  const paramTypes = c.params.map((p, index) => {
    declare(p.name, { kind: "param", index });
    return resolveParamType(p.type, enums, sink);
  });
  const used = new Set<string>();
  let locals = 0;
  for (const s of c.statements) {
    const walk = (e: A.Expr) => resolveExpr(e, scope, refs, tables, used, sink, unparsed);
    walk(s.kind === "define" ? s.value : s.cond);
    if (s.kind === "define") declare(s.name, { kind: "local", index: locals++ });
  }
  // After a syntax error some uses are missing from the tree: “unused” would then be noise.
  for (const s of unparsed.size ? [] : c.statements) {
    if (s.kind === "define" && s.name.text !== "结果" && !used.has(s.name.text)) {
      sink.report("Z0802", s.name.span, { name: s.name.text });
    }
  }
  return { ast: c, paramTypes, refs };
}

function resolveExpr(
  e: A.Expr, scope: Map<string, Symbol>, refs: Map<A.Name, Symbol>, tables: ReadonlyMap<string, A.TableDecl>,
  used: Set<string>, sink: DiagnosticSink, unparsed: ReadonlySet<string> = new Set(),
): void {
  const walk = (x: A.Expr) => resolveExpr(x, scope, refs, tables, used, sink, unparsed);
  switch (e.kind) {
    case "ref": {
      const sym = scope.get(e.name.text);
      if (sym) {
        refs.set(e.name, sym);
        used.add(e.name.text);
      } else if (e.name.text && !unparsed.has(e.name.text)) reportUnknown(e.name, scope, sink);
      // (a step that failed to parse was already reported where it is written)
      return;
    }
    case "call":
      if (!(BUILTIN_FUNCTIONS as readonly string[]).includes(e.callee.text) && !tables.has(e.callee.text)) {
        sink.report("Z0305", e.callee.span, { name: e.callee.text, functions: BUILTIN_FUNCTIONS.join("、") });
      }
      e.args.forEach(walk);
      return;
    case "unary": case "halve": walk(e.operand); return;
    case "binary": walk(e.left); walk(e.right); return;
    case "is": walk(e.subject); return;
    case "if": e.branches.forEach((b) => { walk(b.cond); walk(b.then); }); walk(e.otherwise); return;
    case "bands": walk(e.subject); e.rows.forEach((r) => walk(r.value)); return;
    case "lookup": walk(e.subject); e.rows.forEach((r) => walk(r.value)); return;
    case "number": case "bool": case "missing": return;
  }
}

/** An unknown name: suggest the spaced reading when it splits at a keyword into known names, else a near name. */
function reportUnknown(name: A.Name, scope: Map<string, Symbol>, sink: DiagnosticSink): void {
  const split = splitAtKeyword(name.text, scope);
  if (split) {
    sink.report("Z0301", name.span, { name: name.text, suggestion: split }, { hint: "spaced" });
    return;
  }
  const near = [...scope.keys()].find((k) => editDistance(k, name.text) <= Math.max(1, Math.floor(name.text.length / 3)));
  sink.report("Z0301", name.span, { name: name.text, suggestion: near ?? "" }, { hint: near ? "near" : "default" });
}

function splitAtKeyword(text: string, scope: Map<string, Symbol>): string | undefined {
  for (const kw of KEYWORD_WORDS) {
    const at = text.indexOf(kw);
    if (at <= 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + kw.length);
    if (scope.has(before)) return after ? `${before} ${kw} ${after}` : `${before} ${kw}`;
  }
  return undefined;
}
