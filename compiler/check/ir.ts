// The checked program: what the interpreter runs and the emitter translates. Names are resolved, enum values are
// plain strings, every number is an exact decimal string in its canonical unit (with the form it was written in,
// for citing the 原文), and every step carries the text it shows in an explanation. The checker leaves every
// `source` empty; the citation pass (cite/) fills them in from the 原文.
import type { FunctionMeta } from "../../runtime/types.js";
import type { Span } from "../diagnostics/diagnostic.js";
import type { Ty } from "./types.js";

export type Ir =
  | { readonly op: "const"; readonly value: string; readonly ty: Ty; readonly written?: string }
  | { readonly op: "bool"; readonly value: boolean }
  | { readonly op: "enumConst"; readonly value: string }
  | { readonly op: "param"; readonly index: number; readonly ty: Ty }
  | { readonly op: "local"; readonly index: number; readonly ty: Ty }
  | { readonly op: "arith"; readonly fn: "add" | "sub" | "mul" | "div"; readonly left: Ir; readonly right: Ir; readonly text: string; readonly ty: Ty }
  | { readonly op: "perFull"; readonly left: Ir; readonly right: Ir; readonly text: string; readonly ty: Ty }
  | { readonly op: "neg"; readonly operand: Ir; readonly ty: Ty }
  /** 取小/取大 (written as calls), or 封顶/保底 (written as operators: `form` says which, for explanations). */
  | { readonly op: "minmax"; readonly fn: "min" | "max"; readonly args: readonly Ir[]; readonly ty: Ty; readonly form?: "cap" | "floor" }
  | { readonly op: "deduct"; readonly left: Ir; readonly right: Ir; readonly ty: Ty }
  | { readonly op: "halve"; readonly operand: Ir; readonly ty: Ty }
  | { readonly op: "floorInt"; readonly operand: Ir; readonly ty: Ty }
  | { readonly op: "cmp"; readonly fn: ">=" | "<=" | ">" | "<" | "=" | "!="; readonly left: Ir; readonly right: Ir }
  | { readonly op: "is"; readonly subject: Ir; readonly values: readonly string[]; readonly negated: boolean }
  | { readonly op: "logic"; readonly fn: "and" | "or"; readonly left: Ir; readonly right: Ir }
  | { readonly op: "not"; readonly operand: Ir }
  | IfIr
  | BandsIr
  | LookupIr;

/** 若…则…否则若…否则: each branch's condition as written, so an explanation can say which one held. */
export interface IfIr {
  readonly op: "if";
  readonly branches: readonly { readonly cond: Ir; readonly then: Ir; readonly condText: string }[];
  readonly otherwise: Ir;
  readonly ty: Ty;
}

/**
 * The 原文 a row cites: its 据 if it has one, else (filled by the citation pass) the sentence naming its numbers.
 * A row whose value is itself a table (and has no 据) cites the inner row taken.
 */
export interface RowSource {
  readonly basis?: string;
  readonly source: string;
  readonly nested: boolean;
}

export interface IrBound {
  /** Canonical decimal string; absent = infinite. */
  readonly value?: string;
  readonly inclusive: boolean;
  /** As written (1000万元), for citing. */
  readonly written?: string;
}

export interface BandsIr {
  readonly op: "bands";
  readonly mode: "whole" | "slices";
  /** Written 整额分档: the drafter confirmed the whole-amount reading, so no cliff warning. */
  readonly acknowledged: boolean;
  readonly subject: Ir;
  readonly subjectText: string;
  /** Sorted ascending, contiguous (checked). */
  readonly rows: readonly BandRowIr[];
  /** Value below the lowest band (the entry threshold) or for 其余, and what it cites. */
  readonly otherwise: Ir;
  readonly otherwiseSource: RowSource;
  readonly ty: Ty;
}

export interface BandRowIr extends RowSource {
  readonly lower: IrBound;
  readonly upper: IrBound;
  readonly value: Ir;
  /** The band as written, e.g. 1000万元（含）到3000万元. */
  readonly label: string;
}

export interface LookupIr {
  readonly op: "lookup";
  readonly subject: Ir;
  readonly subjectText: string;
  /** Keys are enum values, or canonical decimal strings for numeric subjects. */
  readonly rows: readonly (RowSource & { readonly keys: readonly string[]; readonly value: Ir })[];
  readonly numeric: boolean;
  readonly otherwise?: Ir;
  readonly otherwiseSource: RowSource;
  readonly ty: Ty;
}

/** What a step cites: its 据 (verified to be in the 原文) or, filled by the citation pass, the sentence found. */
export interface Cited {
  readonly basis?: string;
  readonly source: string;
}

/** Every statement knows its line, for the positions generated code passes to its errors. */
export type CheckedStatement = StatementBody & { readonly line: number };

type StatementBody =
  | (Cited & {
      readonly kind: "define"; readonly index: number; readonly name: string; readonly value: Ir; readonly ty: Ty;
      /** A table step with no 据 of its own cites the row actually taken (its 原文, possibly none). */
      readonly sourceFromRow: boolean;
    })
  | (Cited & { readonly kind: "applies"; readonly cond: Ir; readonly text: string })
  | { readonly kind: "require"; readonly cond: Ir; readonly message: string }
  | (Cited & { readonly kind: "result"; readonly value: Ir; readonly sourceFromRow: boolean });

export interface CheckedParam {
  readonly name: string;
  readonly ty: Ty;
  /** For the explanation: how to show the value (unit word). */
  readonly unitLabel: string;
}

export interface CheckedExample {
  readonly span: Span;
  /**
   * Excel-style arguments in parameter order (undefined = omitted, so the default applies). Numbers are exact
   * decimal text in the parameter's unit (万元 for money, 0.05 for 5%), never a binary float.
   */
  readonly args: readonly (string | boolean | null | undefined)[];
  readonly expected: { readonly kind: "value"; readonly value: string } | { readonly kind: "error"; readonly fragment?: string };
  readonly text: string;
}

export interface CheckedClause {
  readonly meta: FunctionMeta;
  /** The line of `条款 …` in its file (1-based). */
  readonly line: number;
  /** Where the clause's name and Chinese name are written (for duplicates across a namespace). */
  readonly nameSpan: Span;
  readonly zhNameSpan?: Span;
  /** The 原文 the citation pass searches (the clause's, whitespace kept as written). */
  readonly originalText: string;
  readonly params: readonly CheckedParam[];
  readonly statements: readonly CheckedStatement[];
  readonly localCount: number;
  readonly examples: readonly CheckedExample[];
  readonly span: Span;
}

export interface CheckedProgram {
  readonly namespace: string;
  readonly file: string;
  readonly clauses: readonly CheckedClause[];
}

/** The type of a numeric or enum node (conditions are booleans). */
export function tyOf(ir: Ir): Ty {
  if ("ty" in ir) return ir.ty;
  return { t: "bool" };
}
