// Name resolution: which declaration every name refers to. Builds the file scope (enums, tables) and each
// clause's scope (parameters, then steps in order), resolves parameter types, and reports unknown, duplicate and
// misleading names. Enum values are resolved later, by the checker, against the type of the value they meet.
import type * as A from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic } from "../diagnostics/diagnostic.js";
import { isQuantityUnit } from "../units/units.js";
import { OPERATOR_WORDS, KEYWORD_WORDS } from "../lex/tokens.js";

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
  for (const t of ast.tables) {
    // Table rows are constants: any name in them is unknown (no parameters or steps are in scope).
    for (const row of t.rows) resolveExpr(row.value, new Map(), new Map(), tables, new Set(), sink);
    if (!enums.has(t.keyType.text)) {
      sink.report("Z0304", t.keyType.span, `「${t.keyType.text}」不是已声明的枚举`, { hint: "表按枚举取值：先用「枚举」声明它" });
    }
  }
  const seen = new Map<string, A.Clause>();
  const clauses = ast.clauses.map((c) => {
    const dup = seen.get(c.name.text);
    if (dup) sink.report("Z0607", c.name.span, `条款「${c.name.text}」重复`, { related: [{ span: dup.name.span, message: "第一次定义在这里" }] });
    seen.set(c.name.text, c);
    return resolveClause(c, enums, tables, new Set(ast.attemptedNames ?? []), sink);
  });
  return { resolved: { ast, enums, tables, clauses }, diagnostics: sink.items };
}

function declareOnce<T extends { name: A.Name; span: A.Node["span"] }>(items: readonly T[], what: string, sink: DiagnosticSink): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!item.name.text) continue;
    const prior = map.get(item.name.text);
    if (prior) {
      sink.report("Z0302", item.name.span, `${what}「${item.name.text}」重复定义`, { related: [{ span: prior.name.span, message: "第一次定义在这里" }] });
    } else map.set(item.name.text, item);
  }
  return map;
}

/** A declared name containing an operator word may be misread as a condition: ask for 「」 to confirm it. */
function lintName(name: A.Name, sink: DiagnosticSink): void {
  if (name.quoted || !name.text) return;
  const word = OPERATOR_WORDS.find((w) => name.text.includes(w) && name.text !== w);
  if (word) {
    sink.report("Z0801", name.span, `名称「${name.text}」含有关键字「${word}」，读者可能误读为运算`, {
      hint: `确实是一个名称就写成「${name.text}」（用「」括起），警告即消失`,
    });
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
  sink.report("Z0304", t.span, `未知的类型「${word}」`, {
    hint: "类型可以是 金额、比例、是否、年份、数量单位（平方米、款、年 …）、已声明的枚举，或 枚举（甲、乙）",
  });
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
      sink.report("Z0302", name.span, `「${name.text}」在本条款中重复定义`, {
        related: [{ span: prior.span, message: "第一次定义在这里" }],
        hint: "每一步用一个新名称；要修改一个值，就给修改后的值起个新名字",
      });
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
      sink.report("Z0802", s.name.span, `步骤「${s.name.text}」定义了但没有被用到`, { hint: "删掉它，或在后面的计算中用上它" });
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
        sink.report("Z0305", e.callee.span, `未知的函数或表「${e.callee.text}」`, { hint: `可用的函数：${BUILTIN_FUNCTIONS.join("、")}；表须先用「表」声明` });
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
    sink.report("Z0301", name.span, `未定义的名称「${name.text}」`, { hint: `你是不是想写「${split}」？关键字两侧须留空格` });
    return;
  }
  const near = [...scope.keys()].find((k) => editDistance(k, name.text) <= Math.max(1, Math.floor(name.text.length / 3)));
  sink.report("Z0301", name.span, `未定义的名称「${name.text}」`, {
    hint: near ? `你是不是想写「${near}」？` : "名称须是本条款的参数，或前面已经定义的步骤",
  });
}

function splitAtKeyword(text: string, scope: Map<string, Symbol>): string | undefined {
  for (const kw of [...KEYWORD_WORDS].sort((a, b) => b.length - a.length)) {
    const at = text.indexOf(kw);
    if (at <= 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + kw.length);
    if (scope.has(before)) return after ? `${before} ${kw} ${after}` : `${before} ${kw}`;
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
