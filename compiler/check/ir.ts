// The checked program: what the interpreter runs and the emitter translates. Names are resolved, enum values are
// plain strings, every number is an exact decimal string in its canonical unit, and every step carries the text
// it shows in an explanation.
import type { FunctionMeta } from "../../runtime/types.js";
import type { Span } from "../diagnostics/diagnostic.js";
import type { Ty } from "./types.js";

export type Ir =
  | { readonly op: "const"; readonly value: string; readonly ty: Ty }
  | { readonly op: "bool"; readonly value: boolean }
  | { readonly op: "enumConst"; readonly value: string }
  | { readonly op: "param"; readonly index: number; readonly ty: Ty }
  | { readonly op: "local"; readonly index: number; readonly ty: Ty }
  | { readonly op: "arith"; readonly fn: "add" | "sub" | "mul" | "div"; readonly left: Ir; readonly right: Ir; readonly text: string; readonly ty: Ty }
  | { readonly op: "perFull"; readonly left: Ir; readonly right: Ir; readonly text: string; readonly ty: Ty }
  | { readonly op: "neg"; readonly operand: Ir; readonly ty: Ty }
  | { readonly op: "minmax"; readonly fn: "min" | "max"; readonly args: readonly Ir[]; readonly ty: Ty }
  | { readonly op: "deduct"; readonly left: Ir; readonly right: Ir; readonly ty: Ty }
  | { readonly op: "halve"; readonly operand: Ir; readonly ty: Ty }
  | { readonly op: "floorInt"; readonly operand: Ir; readonly ty: Ty }
  | { readonly op: "cmp"; readonly fn: ">=" | "<=" | ">" | "<" | "=" | "!="; readonly left: Ir; readonly right: Ir }
  | { readonly op: "is"; readonly subject: Ir; readonly values: readonly string[]; readonly negated: boolean }
  | { readonly op: "logic"; readonly fn: "and" | "or"; readonly left: Ir; readonly right: Ir }
  | { readonly op: "not"; readonly operand: Ir }
  | { readonly op: "if"; readonly branches: readonly { readonly cond: Ir; readonly then: Ir }[]; readonly otherwise: Ir; readonly ty: Ty }
  | BandsIr
  | LookupIr;

/** The 原文 a row cites; a row whose value is itself a table (and has no 据) cites the inner row taken. */
export interface RowSource {
  readonly source: string;
  readonly nested: boolean;
}

export interface IrBound {
  /** Canonical decimal string; absent = infinite. */
  readonly value?: string;
  readonly inclusive: boolean;
}

export interface BandsIr {
  readonly op: "bands";
  readonly mode: "whole" | "slices";
  /** Written 整额分档: the drafter confirmed the whole-amount reading, so no cliff warning. */
  readonly acknowledged: boolean;
  readonly subject: Ir;
  readonly subjectText: string;
  /** Sorted ascending, contiguous (checked). */
  readonly rows: readonly (RowSource & { readonly lower: IrBound; readonly upper: IrBound; readonly value: Ir; readonly label: string })[];
  /** Value below the lowest band (the entry threshold) or for 其余. */
  readonly otherwise: Ir;
  readonly otherwiseSource: string;
  readonly ty: Ty;
}

export interface LookupIr {
  readonly op: "lookup";
  readonly subject: Ir;
  readonly subjectText: string;
  /** Keys are enum values, or canonical decimal strings for numeric subjects. */
  readonly rows: readonly (RowSource & { readonly keys: readonly string[]; readonly value: Ir })[];
  readonly numeric: boolean;
  readonly otherwise?: Ir;
  readonly otherwiseSource: string;
  readonly ty: Ty;
}

export type CheckedStatement =
  | {
      readonly kind: "define"; readonly index: number; readonly name: string; readonly value: Ir; readonly ty: Ty;
      readonly source: string;
      /** A table step with no 据 of its own cites the row actually taken (its 原文, possibly none). */
      readonly sourceFromRow: boolean;
    }
  | { readonly kind: "applies"; readonly cond: Ir; readonly text: string; readonly source: string }
  | { readonly kind: "require"; readonly cond: Ir; readonly message: string }
  | { readonly kind: "result"; readonly value: Ir; readonly source: string; readonly sourceFromRow: boolean };

export interface CheckedParam {
  readonly name: string;
  readonly ty: Ty;
  /** For the explanation: how to show the value (unit word). */
  readonly unitLabel: string;
}

export interface CheckedExample {
  readonly span: Span;
  /** Excel-style arguments in parameter order (undefined = omitted, so the default applies). */
  readonly args: readonly (number | string | boolean | null | undefined)[];
  readonly expected: { readonly kind: "value"; readonly value: string } | { readonly kind: "error"; readonly fragment?: string };
  readonly text: string;
}

export interface CheckedClause {
  readonly meta: FunctionMeta;
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
