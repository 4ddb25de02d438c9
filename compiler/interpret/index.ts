// The reference interpreter: runs a checked clause directly, node by node. It shares no evaluation code with the
// emitter, so the differential tests (compiled evaluator vs interpreter on random inputs) check the emitter.
import type { Decimal } from "decimal.js";
import { Exact } from "../../runtime/exact.js";
import { PolicyInputError, PolicyLookupError } from "../../runtime/errors.js";
import { showValue } from "../../runtime/show.js";
import type { ArgValue, CompiledFunction, TraceStep } from "../../runtime/types.js";
import { tyOf, type BandsIr, type CheckedClause, type Ir, type LookupIr } from "../check/ir.js";
import { unitTag } from "../check/unitTag.js";
import { branchTexts, holeTag, joinParts, notReachedText, rateCalcParts, sliceHead, stepParts, type TextPart } from "../explain/index.js";

type Value = Decimal | boolean | string;

interface Frame {
  readonly args: readonly ArgValue[];
  readonly locals: Value[];
  readonly trace: TraceStep[] | null;
  /** The 原文 of the table row most recently taken, for table steps that cite the row actually taken. */
  rowSource: string;
  /** When tracing: the value each node computed, for the holes of an explanation text. */
  readonly values: Map<Ir, Value>;
  /** When tracing: the branch each 若…则 took (index; its branch count for 否则). */
  readonly branches: Map<Ir, number>;
}

/** An explanation text with its holes filled by the values the nodes computed. */
function textOf(parts: readonly TextPart[], f: Frame): string {
  return joinParts(parts, (s) => s, (ir) => showValue(f.values.get(ir) ?? evaluate(ir, f), holeTag(ir)),
    (ir) => branchTexts(ir)[f.branches.get(ir) ?? ir.branches.length]!).join("");
}

const ZERO = new Exact(0);

export function interpret(clause: CheckedClause, args: readonly ArgValue[], trace: TraceStep[] | null): Decimal {
  const frame: Frame = { args, locals: [], trace, rowSource: "", values: new Map(), branches: new Map() };
  clause.params.forEach((p, i) => trace?.push({ step: `输入「${p.name}」`, value: showValue(args[i]!, p.ty.t === "num" ? unitTag(p.ty) : "plain"), source: "" }));
  for (const s of clause.statements) {
    switch (s.kind) {
      case "define": {
        frame.rowSource = "";
        const v = evaluate(s.value, frame);
        frame.locals[s.index] = v;
        const source = s.sourceFromRow ? frame.rowSource : s.source;
        if (trace) trace.push({ step: textOf(stepParts(s.name, s.value), frame), value: showValue(v, unitTag(s.ty)), source });
        break;
      }
      case "applies": {
        const ok = evaluate(s.cond, frame) as boolean;
        trace?.push({ step: `适用：${s.text}`, value: ok ? "是" : "否", source: s.source });
        if (!ok) {
          trace?.push({ step: "结果", value: "0万元", source: "不满足适用条件，不予奖励" });
          return ZERO;
        }
        break;
      }
      case "require":
        if (!(evaluate(s.cond, frame) as boolean)) throw new PolicyInputError(s.message);
        break;
      case "result": {
        frame.rowSource = "";
        const v = evaluate(s.value, frame) as Decimal;
        if (trace) trace.push({ step: textOf(stepParts("结果", s.value), frame), value: showValue(v, "money"), source: s.sourceFromRow ? frame.rowSource : s.source });
        return v;
      }
    }
  }
  return ZERO;
}

export function interpretedFunction(clause: CheckedClause): CompiledFunction {
  return { meta: clause.meta, evaluate: (args, trace) => interpret(clause, args, trace) };
}

const dec = (v: Value) => v as Decimal;

function evaluate(ir: Ir, f: Frame): Value {
  const v = compute(ir, f);
  if (f.trace) f.values.set(ir, v);
  return v;
}

function compute(ir: Ir, f: Frame): Value {
  switch (ir.op) {
    case "const": return new Exact(ir.value);
    case "bool": return ir.value;
    case "enumConst": return ir.value;
    case "param": return f.args[ir.index]!;
    case "local": return f.locals[ir.index]!;
    case "neg": return dec(evaluate(ir.operand, f)).negated();
    case "halve": return dec(evaluate(ir.operand, f)).div(2);
    case "floorInt": return dec(evaluate(ir.operand, f)).floor();
    case "arith": {
      const a = dec(evaluate(ir.left, f)), b = dec(evaluate(ir.right, f));
      switch (ir.fn) {
        case "add": return a.plus(b);
        case "sub": return a.minus(b);
        case "mul": return a.times(b);
        case "div":
          if (b.isZero()) throw new PolicyInputError(`计算时除数「${ir.text}」为零`);
          return a.div(b);
      }
      break;
    }
    case "perFull": {
      const a = dec(evaluate(ir.left, f)), b = dec(evaluate(ir.right, f));
      if (b.lte(0)) throw new PolicyInputError(`「每满」的步长「${ir.text}」须大于零`);
      return a.isNegative() ? ZERO : a.div(b).floor();
    }
    case "minmax": {
      const values = ir.args.map((a) => dec(evaluate(a, f)));
      return ir.fn === "min" ? Exact.min(...values) : Exact.max(...values);
    }
    case "deduct": return Exact.max(ZERO, dec(evaluate(ir.left, f)).minus(dec(evaluate(ir.right, f))));
    case "cmp": {
      const c = dec(evaluate(ir.left, f)).cmp(dec(evaluate(ir.right, f)));
      switch (ir.fn) {
        case ">=": return c >= 0;
        case "<=": return c <= 0;
        case ">": return c > 0;
        case "<": return c < 0;
        case "=": return c === 0;
        case "!=": return c !== 0;
      }
      break;
    }
    case "is": return ir.values.includes(evaluate(ir.subject, f) as string) !== ir.negated;
    case "logic":
      return ir.fn === "and" ? (evaluate(ir.left, f) as boolean) && (evaluate(ir.right, f) as boolean)
        : (evaluate(ir.left, f) as boolean) || (evaluate(ir.right, f) as boolean);
    case "not": return !(evaluate(ir.operand, f) as boolean);
    case "if": {
      for (const [i, b] of ir.branches.entries()) {
        if (evaluate(b.cond, f) as boolean) {
          if (f.trace) f.branches.set(ir, i);
          return evaluate(b.then, f);
        }
      }
      if (f.trace) f.branches.set(ir, ir.branches.length);
      return evaluate(ir.otherwise, f);
    }
    case "bands": return ir.mode === "whole" ? wholeBands(ir, f) : slices(ir, f);
    case "lookup": return lookup(ir, f);
  }
  throw new Error(`interpreter: unknown node ${(ir as Ir).op}`);
}

function inBand(x: Decimal, row: BandsIr["rows"][number]): boolean {
  const lo = row.lower, hi = row.upper;
  const aboveLo = lo.value === undefined || (lo.inclusive ? x.gte(lo.value) : x.gt(lo.value));
  const belowHi = hi.value === undefined || (hi.inclusive ? x.lte(hi.value) : x.lt(hi.value));
  return aboveLo && belowHi;
}

function wholeBands(ir: BandsIr, f: Frame): Value {
  const x = dec(evaluate(ir.subject, f));
  const row = ir.rows.find((r) => inBand(x, r));
  if (row) {
    f.rowSource = "";
    const v = evaluate(row.value, f);
    const source = row.nested ? f.rowSource || row.source : row.source;
    f.trace?.push({ step: `${ir.subjectText} 落在「${row.label}」`, value: showValue(v, unitTag(ir.ty)), source });
    f.rowSource = source;
    return v;
  }
  const v = evaluate(ir.otherwise, f);
  f.trace?.push({ step: `${ir.subjectText} 不在所列各档`, value: showValue(v, unitTag(ir.ty)), source: ir.otherwiseSource.source });
  f.rowSource = ir.otherwiseSource.source;
  return v;
}

/** 分段: below the lowest band's lower bound nothing; else each slice at its band's rate, the first from 0. */
function slices(ir: BandsIr, f: Frame): Value {
  const x = dec(evaluate(ir.subject, f));
  const first = ir.rows[0];
  if (!first || !ir.rows.some((r) => inBand(x, r))) {
    f.trace?.push({ step: notReachedText(ir), value: showValue(ZERO, unitTag(ir.ty)), source: first?.source ?? "" });
    return ZERO;
  }
  let total = ZERO;
  for (let i = 0; i < ir.rows.length; i++) {
    const row = ir.rows[i]!;
    const from = i === 0 ? ZERO : new Exact(row.lower.value!);
    if (x.lte(from) && i > 0) break;
    const to = row.upper.value === undefined ? x : Exact.min(x, row.upper.value);
    const width = to.minus(from);
    const rate = dec(evaluate(row.value, f));
    const part = width.times(rate);
    if (f.trace) {
      const rateCalc = rateCalcParts(ir, i);
      const step = `${sliceHead(ir, i)}${showValue(width, unitTag(tyOf(ir.subject)))} × ${showValue(rate, unitTag(tyOf(row.value)))}${rateCalc ? textOf(rateCalc, f) : ""}`;
      f.trace.push({ step, value: showValue(part, unitTag(ir.ty)), source: row.source });
    }
    total = total.plus(part);
    f.rowSource = row.source;
  }
  return total;
}

function lookup(ir: LookupIr, f: Frame): Value {
  const s = evaluate(ir.subject, f);
  const key = typeof s === "string" ? s : dec(s).toFixed();
  const row = ir.rows.find((r) => r.keys.includes(key));
  const showKey = typeof s === "string" ? s : showValue(s, unitTag(tyOf(ir.subject)));
  if (row) {
    f.rowSource = "";
    const v = evaluate(row.value, f);
    const source = row.nested ? f.rowSource || row.source : row.source;
    f.trace?.push({ step: `${ir.subjectText} 为「${showKey}」`, value: showValue(v, unitTag(ir.ty)), source });
    f.rowSource = source;
    return v;
  }
  if (!ir.otherwise) throw new PolicyLookupError(`${ir.subjectText} 为「${showKey}」，表中没有这一项`);
  const v = evaluate(ir.otherwise, f);
  f.trace?.push({ step: `${ir.subjectText} 为「${showKey}」（其余）`, value: showValue(v, unitTag(ir.ty)), source: ir.otherwiseSource.source });
  f.rowSource = ir.otherwiseSource.source;
  return v;
}
