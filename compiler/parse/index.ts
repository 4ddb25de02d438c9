// Parsing phase: tokens → CST (grammar.ts) → AST (build.ts), with every syntax error reported in Chinese and
// parsing resumed after it.
import type { IRecognitionException, IToken } from "chevrotain";
import { grammar } from "./grammar.js";
import type { PolicyFileCstChildren, PolicyFileCstNode } from "./cst.js";
import type { PolicyFile } from "../ast/ast.js";
import { DiagnosticSink, type Diagnostic, type Span } from "../diagnostics/diagnostic.js";
import { describeExpected, describeFound, expectedTokenName, mismatchHint } from "./messages.js";
import { BuildContext, isReal } from "./buildSupport.js";
import { AstBuilder } from "./build.js";
import { unitHelp } from "../units/units.js";
import * as T from "../lex/tokens.js";

export interface ParseResult {
  readonly ast: PolicyFile;
  readonly diagnostics: Diagnostic[];
}

/** A top-level item longer than this (in tokens) is not parsed (Z0112): recovery inside it would be quadratic. */
export const MAX_ITEM_TOKENS = 100_000;

/**
 * Parses each top-level item (header line, declaration, clause, rule) on its own, so that error recovery — which
 * looks ahead for a place to resume — never scans past the item it is in: parsing stays linear in the file.
 */
export function parse(file: string, tokens: IToken[], text = ""): ParseResult {
  const sink = new DiagnosticSink();
  const children: PolicyFileCstChildren = {};
  let failed = false;
  for (const item of topLevelItems(tokens)) {
    if (item.length > MAX_ITEM_TOKENS) {
      const at = item.find(isReal);
      sink.report("Z0112", at ? spanOf(file, at) : { file, start: 0, end: 0 }, { count: item.length, limit: MAX_ITEM_TOKENS });
      failed = true;
      continue;
    }
    grammar.input = item;
    const cst = withoutStackTraces(() => grammar.policyFile() as PolicyFileCstNode | undefined);
    mergeChildren(children, cst?.children);
    if (grammar.errors.length) {
      failed = true;
      const positions = new Map(item.map((t, i) => [t, i]));
      for (const err of grammar.errors) reportSyntaxError(file, err, item, positions, sink);
    }
  }
  const root = { name: "policyFile", children } as PolicyFileCstNode;
  const ast = new AstBuilder(new BuildContext(file, text, sink)).policyFile(root, text.length);
  return { ast: failed ? { ...ast, attemptedNames: attemptedDefinitions(tokens) } : ast, diagnostics: sink.items };
}

/**
 * Chevrotain reports each syntax error as an Error object; capturing a stack trace for each costs more than the
 * parse itself on a file full of errors, and nobody reads them.
 */
function withoutStackTraces<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The token runs of the top-level items: each ends with the line break that returns to the left margin. */
function* topLevelItems(tokens: readonly IToken[]): Generator<IToken[]> {
  let depth = 0, start = 0;
  for (const [i, token] of tokens.entries()) {
    const type = token.tokenType;
    if (type === T.Indent) depth++;
    else if (type === T.Dedent) depth = Math.max(0, depth - 1);
    else if (type === T.Newline && depth === 0) {
      yield tokens.slice(start, i + 1);
      start = i + 1;
    }
  }
  if (start < tokens.length) yield tokens.slice(start);
}

function mergeChildren(into: PolicyFileCstChildren, from: PolicyFileCstChildren | undefined): void {
  if (!from) return;
  const target = into as Record<string, unknown[]>;
  for (const [key, list] of Object.entries(from as Record<string, unknown[]>)) (target[key] ??= []).push(...list);
}

/**
 * Names written as `名称 =` at the start of a line. When a step fails to parse it is dropped from the AST; knowing
 * its name lets the resolver stay quiet about later uses of it instead of piling “未定义的名称” on the real error.
 */
function attemptedDefinitions(tokens: IToken[]): string[] {
  const names: string[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.tokenType;
    const lineStart = i === 0 || before === T.Newline || before === T.Indent || before === T.Dedent;
    if (lineStart && (t.tokenType === T.Identifier || t.tokenType === T.QuotedName) && tokens[i + 1]?.tokenType === T.Equals) {
      names.push(t.tokenType === T.QuotedName ? t.image.slice(1, -1) : t.image);
    }
  });
  return names;
}

function reportSyntaxError(file: string, err: IRecognitionException, tokens: IToken[], positions: Map<IToken, number>, sink: DiagnosticSink): void {
  const at = positions.get(err.token) ?? tokens.length;
  const unit = unknownUnitAfterNumber(err.token, tokens[at - 1]);
  if (unit) {
    sink.report("Z0102", spanOf(file, err.token), { unit, units: unitHelp() });
    return;
  }
  const layoutToken = !isReal(err.token);
  const prev = layoutToken ? lastRealTokenBefore(at, tokens) : undefined;
  if (prev && T.NEEDS_OPERAND.has(prev.tokenType)) {
    sink.report("Z0202", spanOf(file, prev), { op: prev.image });
    return;
  }
  // An error at a line break or the end of the file is shown just after the last thing written (zero width: at
  // the end of the file there is no character to mark; the renderer draws one caret).
  const after = prev ? (prev.endOffset ?? prev.startOffset) + 1 : 0;
  const span: Span = layoutToken ? { file, start: after, end: after } : spanOf(file, err.token);
  const found = describeFound(err.token);
  switch (err.name) {
    case "MismatchedTokenException": {
      const expected = expectedTokenName(err);
      if (expected === "Newline" || expected === "Dedent") sink.report("Z0209", span, { found });
      else if (expected === "EOF") sink.report("Z0205", span, { found });
      else sink.report("Z0201", span, { expected: describeExpected(expected), found }, { hint: mismatchHint(expected) });
      return;
    }
    case "EarlyExitException":
      sink.report("Z0204", span, { what: "", found });
      return;
    case "NotAllInputParsedException":
      sink.report("Z0205", span, { found });
      return;
    default: {
      const glued = gluedKeywords(err.token);
      sink.report("Z0203", span, { found, ...glued }, { hint: glued ? "glued" : "default" });
    }
  }
}

function spanOf(file: string, tok: IToken): Span {
  const start = tok.startOffset;
  return { file, start, end: Math.max(start + 1, (tok.endOffset ?? start) + 1) };
}

function lastRealTokenBefore(index: number, tokens: IToken[]): IToken | undefined {
  for (let i = Math.min(index, tokens.length) - 1; i >= 0; i--) if (isReal(tokens[i])) return tokens[i];
  return undefined;
}

/** `以上不满3000万元` reads 以上不满 as one name: say where the spaces go. */
function gluedKeywords(tok: IToken): { image: string; spaced: string } | undefined {
  if (tok.tokenType !== T.Identifier) return undefined;
  const pattern = new RegExp(T.KEYWORD_WORDS.join("|"), "g");
  if (!pattern.test(tok.image)) return undefined;
  const spaced = tok.image.replace(pattern, (w) => ` ${w} `).replace(/\s+/g, " ").trim();
  return { image: tok.image, spaced };
}

/** `3美元`: a name written right after a number is almost always a unit the language does not know. */
function unknownUnitAfterNumber(at: IToken, prev: IToken | undefined): string | undefined {
  if (at.tokenType !== T.Identifier) return undefined;
  const adjacent = prev?.tokenType === T.NumberLit && (prev.endOffset ?? -2) + 1 === at.startOffset;
  // 1000万元以上不满…: bound words glued together, not a unit (gluedKeywords explains it).
  const gluedKeyword = T.KEYWORD_WORDS.some((w) => at.image.startsWith(w));
  return adjacent && !gluedKeyword ? at.image : undefined;
}
