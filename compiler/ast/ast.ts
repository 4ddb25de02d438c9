// The typed syntax tree produced by the parser. Every node has a span; nodes the parser had to invent while
// recovering from a syntax error are `Missing`, so later phases can skip them without crashing.
import type { Span } from "../diagnostics/diagnostic.js";

export interface Node {
  readonly span: Span;
}

export interface Name extends Node {
  readonly text: string;
  /** Written in 「」: a deliberate name, exempt from the keyword lint. */
  readonly quoted: boolean;
}

export interface NumberLiteral extends Node {
  readonly kind: "number";
  /** Digits as written, e.g. "1000". */
  readonly digits: string;
  /** Unit as written, e.g. "万元", "元/平方米/月", "" for a plain number. */
  readonly unit: string;
  readonly negative: boolean;
}

export type Expr =
  | NumberLiteral
  | { readonly kind: "bool"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "ref"; readonly name: Name; readonly span: Span }
  | { readonly kind: "call"; readonly callee: Name; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly kind: "unary"; readonly op: "neg" | "not"; readonly operand: Expr; readonly span: Span }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly span: Span; readonly opSpan: Span }
  | { readonly kind: "halve"; readonly operand: Expr; readonly span: Span }
  | { readonly kind: "is"; readonly subject: Expr; readonly values: readonly Name[]; readonly negated: boolean; readonly span: Span }
  | { readonly kind: "if"; readonly branches: readonly { cond: Expr; then: Expr }[]; readonly otherwise: Expr; readonly span: Span }
  | BandTable
  | LookupTable
  | { readonly kind: "missing"; readonly span: Span };

export type BinaryOp =
  | "+" | "-" | "*" | "/" | "perFull"
  | ">=" | "<=" | ">" | "<" | "=" | "!="
  | "and" | "or"
  | "cap" | "floor" | "deduct";

export type BoundValue = NumberLiteral | { readonly kind: "infinity"; readonly negative: boolean; readonly span: Span };

export interface Bound {
  readonly value: BoundValue;
  readonly inclusive: boolean;
}

export interface Band extends Node {
  /** Absent lower bound = −∞, absent upper = +∞. */
  readonly lower?: Bound;
  readonly upper?: Bound;
}

export interface BandRow extends Node {
  /** Absent for the 其余 row. */
  readonly band?: Band;
  readonly value: Expr;
  readonly basis?: StringLiteral;
}

export interface BandTable extends Node {
  readonly kind: "bands";
  /** whole: 分档 (whole amount at its band's value); acknowledged: written 整额分档; slices: 分段 (marginal). */
  readonly mode: "whole" | "slices";
  readonly acknowledged: boolean;
  readonly subject: Expr;
  readonly rows: readonly BandRow[];
  /** 据“…” written after the header's colon: the 原文 the whole table rests on. */
  readonly basis?: StringLiteral;
}

export type LookupKey = { readonly kind: "names"; readonly names: readonly Name[] } | { readonly kind: "number"; readonly literal: NumberLiteral };

export interface LookupRow extends Node {
  /** Absent for the 其余 row. */
  readonly key?: LookupKey;
  readonly value: Expr;
  readonly basis?: StringLiteral;
}

export interface LookupTable extends Node {
  readonly kind: "lookup";
  readonly subject: Expr;
  readonly rows: readonly LookupRow[];
  readonly basis?: StringLiteral;
}

export interface StringLiteral extends Node {
  readonly value: string;
}

export interface RawText extends Node {
  /** Lines joined without their indentation or line breaks. */
  readonly value: string;
}

export type TypeRef =
  | { readonly kind: "named"; readonly name: Name; readonly span: Span }
  | { readonly kind: "inlineEnum"; readonly values: readonly Name[]; readonly span: Span };

export interface Interval extends Node {
  readonly lower: Bound;
  readonly upper: Bound;
}

export type ExampleValue =
  | NumberLiteral
  | { readonly kind: "name"; readonly name: Name; readonly span: Span }
  | { readonly kind: "bool"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "text"; readonly value: string; readonly span: Span };

export interface ParamDecl extends Node {
  readonly name: Name;
  readonly type: TypeRef;
  readonly integer: boolean;
  readonly range?: Interval;
  readonly default?: ExampleValue;
  readonly description?: StringLiteral;
}

export type Statement =
  | { readonly kind: "define"; readonly name: Name; readonly value: Expr; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "applies"; readonly cond: Expr; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "require"; readonly cond: Expr; readonly message: StringLiteral; readonly span: Span };

export interface Example extends Node {
  readonly inputs: readonly { readonly name: Name; readonly value: ExampleValue }[];
  readonly expected: { readonly kind: "value"; readonly value: NumberLiteral } | { readonly kind: "error"; readonly fragment?: StringLiteral; readonly span: Span };
}

export interface Validity extends Node {
  readonly from: { readonly text: string; readonly span: Span };
  readonly to: { readonly text: string; readonly span: Span };
}

export interface Clause extends Node {
  readonly name: Name;
  readonly title: Name;
  readonly article: string;
  readonly zhName?: Name;
  readonly validity?: Validity;
  readonly text?: RawText;
  readonly note?: RawText;
  readonly params: readonly ParamDecl[];
  readonly statements: readonly Statement[];
  readonly examples: readonly Example[];
}

export interface EnumDecl extends Node {
  readonly name: Name;
  readonly values: readonly Name[];
}

export interface TableDecl extends Node {
  readonly name: Name;
  readonly keyType: Name;
  readonly rows: readonly LookupRow[];
}

export interface PolicyFile extends Node {
  readonly path: string;
  readonly title?: string;
  readonly namespace?: Name;
  readonly source?: string;
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly date?: { readonly text: string; readonly span: Span };
  readonly validity?: Validity;
  readonly note?: RawText;
  readonly enums: readonly EnumDecl[];
  readonly tables: readonly TableDecl[];
  readonly clauses: readonly Clause[];
  /** Set only when parsing failed somewhere: names of steps written `名称 =`, including ones that did not parse. */
  readonly attemptedNames?: readonly string[];
}
