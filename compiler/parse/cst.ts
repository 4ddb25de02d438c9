// 由 npm run grammar 从 compiler/parse/grammar.ts 生成，请勿手工修改。
// Generated from the grammar; every child is optional because recovery may leave any child out.
/* eslint-disable */
import type { CstNode, IToken } from "chevrotain";

export interface PolicyFileCstNode extends CstNode {
  name: "policyFile";
  children: PolicyFileCstChildren;
}

export type PolicyFileCstChildren = {
  Newline?: IToken[];
  headerItem?: HeaderItemCstNode[];
  enumDecl?: EnumDeclCstNode[];
  tableDecl?: TableDeclCstNode[];
  clause?: ClauseCstNode[];
  ruleDecl?: RuleDeclCstNode[];
  settlementExamples?: SettlementExamplesCstNode[];
};

export interface HeaderItemCstNode extends CstNode {
  name: "headerItem";
  children: HeaderItemCstChildren;
}

export type HeaderItemCstChildren = {
  KwPolicy?: IToken[];
  RawLine?: IToken[];
  KwNamespace?: IToken[];
  Identifier?: IToken[];
  KwSource?: IToken[];
  KwIssuer?: IToken[];
  KwDocNo?: IToken[];
  KwDate?: IToken[];
  DateLit?: IToken[];
  validity?: ValidityCstNode[];
  noteBlock?: NoteBlockCstNode[];
};

export interface ValidityCstNode extends CstNode {
  name: "validity";
  children: ValidityCstChildren;
}

export type ValidityCstChildren = {
  KwValidity?: IToken[];
  DateLit?: IToken[];
  KwTo?: IToken[];
};

export interface NoteBlockCstNode extends CstNode {
  name: "noteBlock";
  children: NoteBlockCstChildren;
}

export type NoteBlockCstChildren = {
  KwNote?: IToken[];
  RawBlock?: IToken[];
};

export interface TextBlockCstNode extends CstNode {
  name: "textBlock";
  children: TextBlockCstChildren;
}

export type TextBlockCstChildren = {
  KwText?: IToken[];
  RawBlock?: IToken[];
};

export interface NameCstNode extends CstNode {
  name: "name";
  children: NameCstChildren;
}

export type NameCstChildren = {
  Identifier?: IToken[];
  QuotedName?: IToken[];
};

export interface NameListCstNode extends CstNode {
  name: "nameList";
  children: NameListCstChildren;
}

export type NameListCstChildren = {
  name?: NameCstNode[];
  ListComma?: IToken[];
};

export interface EnumDeclCstNode extends CstNode {
  name: "enumDecl";
  children: EnumDeclCstChildren;
}

export type EnumDeclCstChildren = {
  KwEnum?: IToken[];
  name?: NameCstNode[];
  Colon?: IToken[];
  values?: (NameCstNode)[];
  ListComma?: IToken[];
  Comma?: IToken[];
};

export interface TableDeclCstNode extends CstNode {
  name: "tableDecl";
  children: TableDeclCstChildren;
}

export type TableDeclCstChildren = {
  KwTable?: IToken[];
  name?: NameCstNode[];
  LParen?: IToken[];
  keyType?: NameCstNode[];
  RParen?: IToken[];
  Colon?: IToken[];
  basis?: BasisCstNode[];
  Indent?: IToken[];
  tableRow?: TableRowCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface TableRowCstNode extends CstNode {
  name: "tableRow";
  children: TableRowCstChildren;
}

export type TableRowCstChildren = {
  KwOther?: IToken[];
  band?: BandCstNode[];
  lookupKey?: LookupKeyCstNode[];
  Colon?: IToken[];
  expr?: ExprCstNode[];
  basis?: BasisCstNode[];
};

export interface ClauseCstNode extends CstNode {
  name: "clause";
  children: ClauseCstChildren;
}

export type ClauseCstChildren = {
  KwClause?: IToken[];
  Identifier?: IToken[];
  ClauseHead?: IToken[];
  Indent?: IToken[];
  clauseItem?: ClauseItemCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface ClauseItemCstNode extends CstNode {
  name: "clauseItem";
  children: ClauseItemCstChildren;
}

export type ClauseItemCstChildren = {
  KwZhName?: IToken[];
  name?: NameCstNode[];
  validity?: ValidityCstNode[];
  textBlock?: TextBlockCstNode[];
  noteBlock?: NoteBlockCstNode[];
  paramsBlock?: ParamsBlockCstNode[];
  examplesBlock?: ExamplesBlockCstNode[];
  example?: ExampleCstNode[];
  statement?: StatementCstNode[];
};

export interface ParamsBlockCstNode extends CstNode {
  name: "paramsBlock";
  children: ParamsBlockCstChildren;
}

export type ParamsBlockCstChildren = {
  KwParams?: IToken[];
  Colon?: IToken[];
  Indent?: IToken[];
  paramDecl?: ParamDeclCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface ParamDeclCstNode extends CstNode {
  name: "paramDecl";
  children: ParamDeclCstChildren;
}

export type ParamDeclCstChildren = {
  name?: NameCstNode[];
  Colon?: IToken[];
  typeRef?: TypeRefCstNode[];
  Comma?: IToken[];
  KwInteger?: IToken[];
  KwRange?: IToken[];
  interval?: IntervalCstNode[];
  Equals?: IToken[];
  exampleValue?: ExampleValueCstNode[];
  StringLit?: IToken[];
};

export interface TypeRefCstNode extends CstNode {
  name: "typeRef";
  children: TypeRefCstChildren;
}

export type TypeRefCstChildren = {
  KwEnum?: IToken[];
  LParen?: IToken[];
  nameList?: NameListCstNode[];
  RParen?: IToken[];
  name?: NameCstNode[];
};

export interface ExamplesBlockCstNode extends CstNode {
  name: "examplesBlock";
  children: ExamplesBlockCstChildren;
}

export type ExamplesBlockCstChildren = {
  KwExamples?: IToken[];
  Colon?: IToken[];
  Indent?: IToken[];
  example?: ExampleCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface ExampleCstNode extends CstNode {
  name: "example";
  children: ExampleCstChildren;
}

export type ExampleCstChildren = {
  exampleInput?: ExampleInputCstNode[];
  Comma?: IToken[];
  Arrow?: IToken[];
  expected?: ExpectedCstNode[];
};

export interface ExampleInputCstNode extends CstNode {
  name: "exampleInput";
  children: ExampleInputCstChildren;
}

export type ExampleInputCstChildren = {
  name?: NameCstNode[];
  Equals?: IToken[];
  exampleValue?: ExampleValueCstNode[];
};

export interface ExpectedCstNode extends CstNode {
  name: "expected";
  children: ExpectedCstChildren;
}

export type ExpectedCstChildren = {
  KwError?: IToken[];
  StringLit?: IToken[];
  addExpr?: AddExprCstNode[];
};

export interface SignedNumberCstNode extends CstNode {
  name: "signedNumber";
  children: SignedNumberCstChildren;
}

export type SignedNumberCstChildren = {
  Minus?: IToken[];
  NumberLit?: IToken[];
};

export interface ExampleValueCstNode extends CstNode {
  name: "exampleValue";
  children: ExampleValueCstChildren;
}

export type ExampleValueCstChildren = {
  signedNumber?: SignedNumberCstNode[];
  name?: NameCstNode[];
  KwIs?: IToken[];
  KwNo?: IToken[];
  StringLit?: IToken[];
};

export interface StatementCstNode extends CstNode {
  name: "statement";
  children: StatementCstChildren;
}

export type StatementCstChildren = {
  KwApplies?: IToken[];
  Colon?: IToken[];
  expr?: (ExprCstNode)[];
  basis?: (BasisCstNode)[];
  KwRequire?: IToken[];
  Comma?: IToken[];
  KwElse?: IToken[];
  StringLit?: IToken[];
  name?: NameCstNode[];
  Equals?: IToken[];
};

export interface BasisCstNode extends CstNode {
  name: "basis";
  children: BasisCstChildren;
}

export type BasisCstChildren = {
  KwBasis?: IToken[];
  StringLit?: IToken[];
};

export interface ExprCstNode extends CstNode {
  name: "expr";
  children: ExprCstChildren;
}

export type ExprCstChildren = {
  ifExpr?: IfExprCstNode[];
  capExpr?: CapExprCstNode[];
};

export interface IfExprCstNode extends CstNode {
  name: "ifExpr";
  children: IfExprCstChildren;
}

export type IfExprCstChildren = {
  KwIf?: IToken[];
  conditions?: (ExprCstNode)[];
  KwThen?: IToken[];
  branches?: (ExprCstNode)[];
  KwElseIf?: IToken[];
  KwElse?: IToken[];
  otherwise?: ExprCstNode[];
};

export interface CapExprCstNode extends CstNode {
  name: "capExpr";
  children: CapExprCstChildren;
}

export type CapExprCstChildren = {
  orExpr?: OrExprCstNode[];
  capTail?: CapTailCstNode[];
  KwHalve?: IToken[];
};

export interface CapTailCstNode extends CstNode {
  name: "capTail";
  children: CapTailCstChildren;
}

export type CapTailCstChildren = {
  KwCap?: IToken[];
  KwFloor?: IToken[];
  KwDeduct?: IToken[];
  orExpr?: OrExprCstNode[];
};

export interface OrExprCstNode extends CstNode {
  name: "orExpr";
  children: OrExprCstChildren;
}

export type OrExprCstChildren = {
  andExpr?: AndExprCstNode[];
  KwOr?: IToken[];
};

export interface AndExprCstNode extends CstNode {
  name: "andExpr";
  children: AndExprCstChildren;
}

export type AndExprCstChildren = {
  notExpr?: NotExprCstNode[];
  KwAnd?: IToken[];
};

export interface NotExprCstNode extends CstNode {
  name: "notExpr";
  children: NotExprCstChildren;
}

export type NotExprCstChildren = {
  KwNot?: IToken[];
  cmpExpr?: CmpExprCstNode[];
};

export interface CmpExprCstNode extends CstNode {
  name: "cmpExpr";
  children: CmpExprCstChildren;
}

export type CmpExprCstChildren = {
  addExpr?: (AddExprCstNode)[];
  comparison?: IToken[];
  isWord?: IToken[];
  nameList?: NameListCstNode[];
};

export interface AddExprCstNode extends CstNode {
  name: "addExpr";
  children: AddExprCstChildren;
}

export type AddExprCstChildren = {
  mulExpr?: (MulExprCstNode)[];
  operators?: IToken[];
};

export interface MulExprCstNode extends CstNode {
  name: "mulExpr";
  children: MulExprCstChildren;
}

export type MulExprCstChildren = {
  unaryExpr?: (UnaryExprCstNode)[];
  operators?: IToken[];
};

export interface UnaryExprCstNode extends CstNode {
  name: "unaryExpr";
  children: UnaryExprCstChildren;
}

export type UnaryExprCstChildren = {
  Minus?: IToken[];
  primary?: PrimaryCstNode[];
};

export interface PrimaryCstNode extends CstNode {
  name: "primary";
  children: PrimaryCstChildren;
}

export type PrimaryCstChildren = {
  NumberLit?: IToken[];
  KwIs?: IToken[];
  KwNo?: IToken[];
  Omitted?: IToken[];
  parenthesized?: ParenthesizedCstNode[];
  refOrCall?: RefOrCallCstNode[];
  bandTable?: BandTableCstNode[];
  lookupTable?: LookupTableCstNode[];
};

export interface ParenthesizedCstNode extends CstNode {
  name: "parenthesized";
  children: ParenthesizedCstChildren;
}

export type ParenthesizedCstChildren = {
  LParen?: IToken[];
  expr?: ExprCstNode[];
  RParen?: IToken[];
};

export interface RefOrCallCstNode extends CstNode {
  name: "refOrCall";
  children: RefOrCallCstChildren;
}

export type RefOrCallCstChildren = {
  name?: NameCstNode[];
  LParen?: IToken[];
  args?: ExprCstNode[];
  Comma?: IToken[];
  RParen?: IToken[];
};

export interface BandTableCstNode extends CstNode {
  name: "bandTable";
  children: BandTableCstChildren;
}

export type BandTableCstChildren = {
  head?: IToken[];
  addExpr?: AddExprCstNode[];
  Colon?: IToken[];
  basis?: BasisCstNode[];
  Indent?: IToken[];
  bandRow?: BandRowCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface BandRowCstNode extends CstNode {
  name: "bandRow";
  children: BandRowCstChildren;
}

export type BandRowCstChildren = {
  KwOther?: IToken[];
  band?: BandCstNode[];
  Colon?: IToken[];
  expr?: ExprCstNode[];
  basis?: BasisCstNode[];
};

export interface LookupTableCstNode extends CstNode {
  name: "lookupTable";
  children: LookupTableCstChildren;
}

export type LookupTableCstChildren = {
  KwLookup?: IToken[];
  addExpr?: AddExprCstNode[];
  Colon?: IToken[];
  basis?: BasisCstNode[];
  Indent?: IToken[];
  lookupRow?: LookupRowCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface LookupRowCstNode extends CstNode {
  name: "lookupRow";
  children: LookupRowCstChildren;
}

export type LookupRowCstChildren = {
  KwOther?: IToken[];
  lookupKey?: LookupKeyCstNode[];
  Colon?: IToken[];
  expr?: ExprCstNode[];
  basis?: BasisCstNode[];
};

export interface LookupKeyCstNode extends CstNode {
  name: "lookupKey";
  children: LookupKeyCstChildren;
}

export type LookupKeyCstChildren = {
  signedNumber?: SignedNumberCstNode[];
  nameList?: NameListCstNode[];
};

export interface BoundValueCstNode extends CstNode {
  name: "boundValue";
  children: BoundValueCstChildren;
}

export type BoundValueCstChildren = {
  Minus?: IToken[];
  NumberLit?: IToken[];
  Infinity?: IToken[];
};

export interface IntervalCstNode extends CstNode {
  name: "interval";
  children: IntervalCstChildren;
}

export type IntervalCstChildren = {
  open?: IToken[];
  lower?: BoundValueCstNode[];
  Comma?: IToken[];
  upper?: BoundValueCstNode[];
  close?: IToken[];
};

export interface MarkCstNode extends CstNode {
  name: "mark";
  children: MarkCstChildren;
}

export type MarkCstChildren = {
  Inclusive?: IToken[];
  Exclusive?: IToken[];
};

export interface UpperWordsCstNode extends CstNode {
  name: "upperWords";
  children: UpperWordsCstChildren;
}

export type UpperWordsCstChildren = {
  KwUnder?: IToken[];
  boundValue?: (BoundValueCstNode)[];
  mark?: MarkCstNode[];
  KwBelow?: IToken[];
};

export interface BandCstNode extends CstNode {
  name: "band";
  children: BandCstChildren;
}

export type BandCstChildren = {
  interval?: IntervalCstNode[];
  KwOver?: IToken[];
  boundValue?: (BoundValueCstNode)[];
  upperWords?: UpperWordsCstNode[];
  KwUnder?: IToken[];
  mark?: MarkCstNode[];
  boundWords?: BoundWordsCstNode[];
};

export interface BoundWordsCstNode extends CstNode {
  name: "boundWords";
  children: BoundWordsCstChildren;
}

export type BoundWordsCstChildren = {
  KwAbove?: IToken[];
  upperWords?: UpperWordsCstNode[];
  KwBelow?: IToken[];
  KwTo?: IToken[];
  Tilde?: IToken[];
  boundValue?: BoundValueCstNode[];
  mark?: MarkCstNode[];
};

export interface RuleDeclCstNode extends CstNode {
  name: "ruleDecl";
  children: RuleDeclCstChildren;
}

export type RuleDeclCstChildren = {
  KwRule?: IToken[];
  Identifier?: IToken[];
  ClauseHead?: IToken[];
  Indent?: IToken[];
  ruleItem?: RuleItemCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface RuleItemCstNode extends CstNode {
  name: "ruleItem";
  children: RuleItemCstChildren;
}

export type RuleItemCstChildren = {
  textBlock?: TextBlockCstNode[];
  noteBlock?: NoteBlockCstNode[];
  KwHighest?: IToken[];
  basis?: (BasisCstNode)[];
  KwExclusion?: IToken[];
  KwBudgetRule?: IToken[];
  stackRule?: StackRuleCstNode[];
  ladderRule?: LadderRuleCstNode[];
  annualCapRule?: AnnualCapRuleCstNode[];
  contributionRule?: ContributionRuleCstNode[];
};

export interface StackRuleCstNode extends CstNode {
  name: "stackRule";
  children: StackRuleCstChildren;
}

export type StackRuleCstChildren = {
  KwStack?: IToken[];
  Colon?: IToken[];
  addOn?: NameListCstNode[];
  KwOn?: IToken[];
  base?: NameListCstNode[];
  basis?: BasisCstNode[];
};

export interface LadderRuleCstNode extends CstNode {
  name: "ladderRule";
  children: LadderRuleCstChildren;
}

export type LadderRuleCstChildren = {
  KwLadder?: IToken[];
  name?: NameCstNode[];
  Colon?: IToken[];
  basis?: BasisCstNode[];
  Indent?: IToken[];
  ladderMember?: LadderMemberCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface LadderMemberCstNode extends CstNode {
  name: "ladderMember";
  children: LadderMemberCstChildren;
}

export type LadderMemberCstChildren = {
  Identifier?: IToken[];
  Colon?: IToken[];
  nameList?: NameListCstNode[];
};

export interface AnnualCapRuleCstNode extends CstNode {
  name: "annualCapRule";
  children: AnnualCapRuleCstChildren;
}

export type AnnualCapRuleCstChildren = {
  KwAnnualCap?: IToken[];
  NumberLit?: IToken[];
  ListComma?: IToken[];
  Colon?: IToken[];
  nameList?: NameListCstNode[];
  basis?: BasisCstNode[];
};

export interface ContributionRuleCstNode extends CstNode {
  name: "contributionRule";
  children: ContributionRuleCstChildren;
}

export type ContributionRuleCstChildren = {
  KwContribution?: IToken[];
  Colon?: IToken[];
  nameList?: NameListCstNode[];
  basis?: BasisCstNode[];
};

export interface SettlementExamplesCstNode extends CstNode {
  name: "settlementExamples";
  children: SettlementExamplesCstChildren;
}

export type SettlementExamplesCstChildren = {
  KwSettleExamples?: IToken[];
  QuotedName?: IToken[];
  Colon?: IToken[];
  Indent?: IToken[];
  ledgerLine?: LedgerLineCstNode[];
  Newline?: IToken[];
  Dedent?: IToken[];
};

export interface LedgerLineCstNode extends CstNode {
  name: "ledgerLine";
  children: LedgerLineCstChildren;
}

export type LedgerLineCstChildren = {
  KwBudget?: IToken[];
  NumberLit?: IToken[];
  enterpriseInput?: EnterpriseInputCstNode[];
  ledgerClaim?: LedgerClaimCstNode[];
};

export interface EnterpriseInputCstNode extends CstNode {
  name: "enterpriseInput";
  children: EnterpriseInputCstChildren;
}

export type EnterpriseInputCstChildren = {
  name?: NameCstNode[];
  year?: IToken[];
  KwExclusion?: IToken[];
  StringLit?: IToken[];
  KwContribution?: IToken[];
  amount?: IToken[];
};

export interface LedgerClaimCstNode extends CstNode {
  name: "ledgerClaim";
  children: LedgerClaimCstChildren;
}

export type LedgerClaimCstChildren = {
  enterprise?: NameCstNode[];
  Comma?: IToken[];
  project?: NameCstNode[];
  year?: IToken[];
  fn?: IToken[];
  LParen?: IToken[];
  args?: ExampleValueCstNode[];
  RParen?: IToken[];
  KwPaid?: IToken[];
  paid?: SignedNumberCstNode[];
  Arrow?: IToken[];
  expected?: ExpectedCstNode[];
};
