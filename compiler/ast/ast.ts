// The typed syntax tree built from the parser's CST (parse/build.ts). Every node has a span. The tree is honest
// about recovery: a part that did not parse is absent only where the type says it may be (`?`), an expression that
// did not parse is `missing`, and a name that did not parse has empty text; every phase handles all three.
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

/** What an example expects: an amount, an error (with a fragment of its message), or nothing that parsed (reported). */
export type ExpectedResult =
  | { readonly kind: "value"; readonly value: NumberLiteral }
  | { readonly kind: "error"; readonly fragment?: StringLiteral; readonly span: Span }
  | { readonly kind: "missing"; readonly span: Span };

export interface Example extends Node {
  readonly inputs: readonly { readonly name: Name; readonly value: ExampleValue }[];
  readonly expected: ExpectedResult;
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

/** A row of a named table: keyed by enum values (or 其余), or by a band of an amount. */
export type TableRow =
  | { readonly kind: "keyed"; readonly row: LookupRow }
  | { readonly kind: "banded"; readonly row: BandRow };

export interface TableDecl extends Node {
  readonly name: Name;
  /** An enum (rows keyed by its values) or a numeric type such as 金额 (rows are bands, read whole: 分档). */
  readonly keyType: Name;
  readonly rows: readonly TableRow[];
  readonly basis?: StringLiteral;
}

// ── settlement: document-level rules and ledgers ──────────────────────────────────────────────────────────────

export type RuleBody =
  | { readonly kind: "highest"; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "exclusion"; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "budget"; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "stack"; readonly addOn: readonly Name[]; readonly base: readonly Name[]; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "ladder"; readonly name: Name; readonly members: readonly LadderMember[]; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "annualCap"; readonly limits: readonly NumberLiteral[]; readonly functions: readonly Name[]; readonly basis?: StringLiteral; readonly span: Span }
  | { readonly kind: "contributionCap"; readonly functions: readonly Name[]; readonly basis?: StringLiteral; readonly span: Span };

/** `GREEN_FACTORY：嘉兴市级绿色工厂、省级绿色工厂、国家级绿色工厂` (levels lowest first), or a whole function. */
export interface LadderMember extends Node {
  readonly fn: Name;
  readonly levels: readonly Name[];
}

/** `规则 ID「标题」附则6`: one or more combining rules of the document, with their 原文. */
export interface RuleDecl extends Node {
  readonly name: Name;
  readonly title: Name;
  readonly article: string;
  readonly text?: RawText;
  readonly note?: RawText;
  readonly bodies: readonly RuleBody[];
}

interface LedgerClaimBase extends Node {
  readonly enterprise: Name;
  readonly project: Name;
  readonly year: NumberLiteral;
  readonly fn: Name;
  readonly args: readonly ExampleValue[];
}

export type LedgerLine =
  | (LedgerClaimBase & { readonly kind: "claim"; readonly expected: ExpectedResult })
  | (LedgerClaimBase & { readonly kind: "history"; readonly paid: NumberLiteral })
  | { readonly kind: "exclusion"; readonly enterprise: Name; readonly year?: NumberLiteral; readonly reason?: StringLiteral; readonly span: Span }
  | { readonly kind: "contributionCap"; readonly enterprise: Name; readonly cap: NumberLiteral; readonly year?: NumberLiteral; readonly span: Span }
  | { readonly kind: "budget"; readonly amount: NumberLiteral; readonly span: Span };

/** `结算示例「…」：` a small ledger with the settled value of each claim, worked by hand. */
export interface SettlementExample extends Node {
  readonly title: Name;
  readonly lines: readonly LedgerLine[];
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
  readonly rules: readonly RuleDecl[];
  readonly settlementExamples: readonly SettlementExample[];
  /** Set only when parsing failed somewhere: names of steps written `名称 =`, including ones that did not parse. */
  readonly attemptedNames?: readonly string[];
}
