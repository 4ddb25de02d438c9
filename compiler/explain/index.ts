// The words of an explanation, in one place for the emitter and the reference interpreter (the differential tests
// compare their traces): a step's arithmetic with its operands' values (2,500万元 × 18%), the label of each 分段
// slice (the range it really covers, and why the first one starts at 0), and what an unreached threshold says.
// Texts are parts: fixed strings, and holes where the value a node computed is shown at run time.
import type { BandsIr, IfIr, Ir } from "../check/ir.js";
import { tyOf } from "../check/ir.js";
import { unitTag } from "../check/unitTag.js";
import { Exact } from "../../runtime/exact.js";
import { showValue } from "../../runtime/show.js";

/** A fixed piece of text, a node whose value is shown there, or the branch a 若…则 took (which condition held). */
export type TextPart = string | { readonly hole: Ir } | { readonly branch: IfIr };

/** The unit tag a hole's value is shown with. */
export const holeTag = (ir: Ir): string => unitTag(tyOf(ir));

/** Binding strength, for parentheses: 封顶/保底/扣除/减半 < + − < × ÷ 每满 < 负号 < a value. */
const PREC = { tail: 0, add: 1, mul: 2, neg: 3, atom: 4 } as const;

/** The arithmetic of a step (`2,500万元 × 18%`), or undefined when the step is a value, a table or a condition. */
export function calcOf(ir: Ir): TextPart[] | undefined {
  if (!["arith", "perFull", "minmax", "deduct", "halve", "floorInt", "neg"].includes(ir.op)) return undefined;
  return render(ir, PREC.tail, false);
}

/**
 * What an explanation says about the branch a 若…则…否则 took: the condition that held (`标杆示范 成立`), or that
 * none did. Indexed by branch; the last entry is the 否则.
 */
export function branchTexts(ir: IfIr): string[] {
  const none = ir.branches.length === 1 ? `${ir.branches[0]!.condText} 不成立` : "以上条件都不成立";
  return [...ir.branches.map((b) => `${b.condText} 成立`), none];
}

function precOf(ir: Ir): number {
  switch (ir.op) {
    case "arith": return ir.fn === "add" || ir.fn === "sub" ? PREC.add : PREC.mul;
    case "perFull": return PREC.mul;
    case "minmax": return ir.form ? PREC.tail : PREC.atom;
    case "deduct": case "halve": return PREC.tail;
    case "neg": return PREC.neg;
    default: return PREC.atom;
  }
}

function render(ir: Ir, parent: number, rightOperand: boolean): TextPart[] {
  const own = precOf(ir);
  const parts = renderBare(ir);
  // Right operands of − and ÷ bind tighter: a − (b − c).
  const needParens = own < parent || (own === parent && rightOperand && own !== PREC.atom);
  return needParens ? ["（", ...parts, "）"] : parts;
}

function binary(left: Ir, op: string, right: Ir, prec: number): TextPart[] {
  return [...render(left, prec, false), ` ${op} `, ...render(right, prec, true)];
}

function renderBare(ir: Ir): TextPart[] {
  switch (ir.op) {
    case "const": return [showValue(new Exact(ir.value), unitTag(ir.ty))];
    case "arith": {
      const op = { add: "+", sub: "−", mul: "×", div: "÷" }[ir.fn];
      return binary(ir.left, op, ir.right, precOf(ir));
    }
    case "perFull": return binary(ir.left, "每满", ir.right, PREC.mul);
    case "deduct": return binary(ir.left, "扣除", ir.right, PREC.tail);
    case "halve": return [...render(ir.operand, PREC.tail, false), " 减半"];
    case "neg": return ["−", ...render(ir.operand, PREC.neg, true)];
    case "floorInt": return ["向下取整（", ...render(ir.operand, PREC.tail, false), "）"];
    case "minmax": {
      if (ir.form) return binary(ir.args[0]!, ir.form === "cap" ? "封顶" : "保底", ir.args[1]!, PREC.tail);
      const parts: TextPart[] = [ir.fn === "min" ? "取小（" : "取大（"];
      ir.args.forEach((a, i) => parts.push(...(i ? ["，"] : []), ...render(a, PREC.tail, false)));
      return [...parts, "）"];
    }
    default: return [{ hole: ir }];
  }
}

/** Joins fixed parts; holes and branches are rendered by the caller (as code in the emitter, as text in the interpreter). */
export function joinParts<T>(parts: readonly TextPart[], fixed: (s: string) => T, hole: (ir: Ir) => T, branch: (ir: IfIr) => T): T[] {
  const out: T[] = [];
  let pending = "";
  for (const p of parts) {
    if (typeof p === "string") pending += p;
    else {
      if (pending) out.push(fixed(pending));
      pending = "";
      out.push("hole" in p ? hole(p.hole) : branch(p.branch));
    }
  }
  if (pending) out.push(fixed(pending));
  return out;
}

/**
 * A step's label: its name, and its arithmetic when it has one (`奖励额 = 3,000万元 × 15%`), or for a 若…则 step the
 * condition that decided it (`适用最高奖励（标杆示范 成立）`).
 */
export function stepParts(name: string, value: Ir): TextPart[] {
  if (value.op === "if") return [`${name}（`, { branch: value }, "）"];
  const calc = calcOf(value);
  return calc ? [`${name} = `, ...calc] : [name];
}

// ── 分段 ───────────────────────────────────────────────────────────────────────────────────────────────────────

const showBound = (ir: BandsIr, value: string) => showValue(new Exact(value), holeTag(ir.subject));

/**
 * Which part of the amount slice k covers, honestly: the first slice of a table whose lowest band starts at a
 * threshold covers 0 up to its top (the threshold only decides whether anything is paid, per the catalog's
 * reading of 分段计算); the others are the bands as written.
 */
export function sliceLabel(ir: BandsIr, k: number): string {
  const row = ir.rows[k]!;
  if (k > 0 || row.lower.value === undefined) return `在「${row.label}」的部分`;
  const upto = row.upper.value === undefined ? "0 以上的部分" : `0 到 ${showBound(ir, row.upper.value)} 的部分`;
  return `在 ${upto}（达到 ${showBound(ir, row.lower.value)}${row.lower.inclusive ? "" : "（不含）"} 起，本档从 0 起算）`;
}

/**
 * Slice k's step reads `设备投资额 在 … 的部分：3,000万元 × 4%（3% + 1个百分点）`: this head, then width × rate
 * (values), then the rate's own arithmetic in brackets when it is computed (an uplift, a year's rate).
 */
export function sliceHead(ir: BandsIr, k: number): string {
  return `${ir.subjectText} ${sliceLabel(ir, k)}：`;
}

export function rateCalcParts(ir: BandsIr, k: number): TextPart[] | undefined {
  const calc = calcOf(ir.rows[k]!.value);
  return calc && ["（", ...calc, "）"];
}

/** The step shown when the amount is below a 分段 table's entry threshold. */
export function notReachedText(ir: BandsIr): string {
  const first = ir.rows[0];
  const at = first?.lower.value === undefined ? "" : ` ${showBound(ir, first.lower.value)}`;
  return `${ir.subjectText} 未达分段计算的起点${at}`;
}
