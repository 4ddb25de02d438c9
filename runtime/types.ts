// The contract between generated evaluators, the reference interpreter, the argument adapter, the CLI and the add-in.
import type { Decimal } from "decimal.js";

/** Parameter kinds, named as in the function catalog. */
export type ParamKind = "money" | "ratio" | "quantity" | "enum" | "flag" | "year" | "number";

/** A bound of an allowed range, in the parameter's canonical unit (万元 for money, 1 for ratios). */
export interface RangeBound {
  readonly value: string;
  readonly inclusive: boolean;
}

export interface ParamMeta {
  readonly name: string;
  readonly kind: ParamKind;
  /** Unit shown to the user: 万元 for money, % for ratios, the quantity's unit, absent otherwise. */
  readonly unit?: string;
  readonly values?: readonly string[];
  readonly optional: boolean;
  /** Default in the catalog's form: a number (canonical unit), an enum value, or a boolean. */
  readonly default?: number | string | boolean;
  readonly integer: boolean;
  readonly min?: RangeBound;
  readonly max?: RangeBound;
  readonly description: string;
}

/** A policy document as a reader cites it: title, issuer, 文号, date, and whether it is a 征求意见稿. */
export interface PolicyDocument {
  readonly title: string;
  readonly issuer?: string;
  readonly docNumber?: string;
  /** YYYY-MM-DD as written in the file header. */
  readonly date?: string;
  /** A 征求意见稿 (consultation draft): its amounts may change in the final version. */
  readonly draft: boolean;
}

export interface FunctionMeta {
  /** "PINGHU.EQUIPMENT" */
  readonly id: string;
  readonly namespace: string;
  /** "EQUIPMENT" — the Excel function id, stable forever. */
  readonly name: string;
  /** Chinese Excel function name for the zh-CN locale, e.g. 设备投资奖励. */
  readonly zhName: string;
  readonly title: string;
  readonly article: string;
  /** The source file of the 原文 (an internal name: never shown to a user; show `document` instead). */
  readonly source: string;
  /** The document the clause comes from; one namespace (city) may hold several documents. */
  readonly document: PolicyDocument;
  /** The clause's 原文, verbatim. */
  readonly text: string;
  /** The reading chosen where the text is ambiguous. */
  readonly note: string;
  readonly params: readonly ParamMeta[];
  readonly result: "money";
}

/** One validated argument: an exact number in the parameter's canonical unit, a flag, or an enum value. */
export type ArgValue = Decimal | boolean | string;

/** One row of an explanation: what was computed, its value as text, and the 原文 it rests on. */
export interface TraceStep {
  readonly step: string;
  readonly value: string;
  readonly source: string;
}

/** Evaluators append to the trace only when one is passed: the hot path (Excel recalculation) passes null. */
export type Evaluate = (args: readonly ArgValue[], trace: TraceStep[] | null) => Decimal;

export interface CompiledFunction {
  readonly meta: FunctionMeta;
  readonly evaluate: Evaluate;
}
