// Where a clause's result may change its formula as one parameter grows: the bounds of every band table whose
// subject is that parameter, the constants it is compared with, and the numeric keys of tables looked up by it;
// and the constant money caps (封顶/不超过 …) anywhere in the clause. Read from the checked IR.
import type { Decimal } from "decimal.js";
import type { CheckedClause, Ir } from "../../../compiler/check/ir.js";
import { isMoney } from "../../../compiler/check/types.js";
import { childrenOf } from "../../../compiler/cite/index.js";
import { Exact } from "../../../runtime/exact.js";

export interface Edge {
  readonly value: Decimal;
  /** How the drafter wrote the band or comparison (1000万元（含）到3000万元, ≥ 40吨标煤 …). */
  readonly label: string;
}

/** Every node of an expression, depth first. */
function* nodes(ir: Ir): Generator<Ir> {
  yield ir;
  for (const child of childrenOf(ir)) yield* nodes(child);
}

function* clauseNodes(clause: CheckedClause): Generator<Ir> {
  for (const s of clause.statements) {
    if (s.kind === "define" || s.kind === "result") yield* nodes(s.value);
    else yield* nodes(s.cond);
  }
}

const isParam = (ir: Ir, index: number) => ir.op === "param" && ir.index === index;

export function edgesOf(clause: CheckedClause, index: number): Edge[] {
  const found = new Map<string, Edge>();
  const add = (value: string | undefined, label: string) => {
    if (value === undefined) return;
    const d = new Exact(value);
    if (!found.has(d.toFixed())) found.set(d.toFixed(), { value: d, label });
  };
  for (const ir of clauseNodes(clause)) {
    if (ir.op === "bands" && isParam(ir.subject, index)) {
      for (const r of ir.rows) {
        add(r.lower.value, r.label);
        add(r.upper.value, r.label);
      }
    } else if (ir.op === "cmp") {
      const [p, c] = isParam(ir.left, index) ? [ir.left, ir.right] : [ir.right, ir.left];
      if (isParam(p, index) && c.op === "const") add(c.value, `${ir.fn} ${c.written ?? c.value}`);
    } else if (ir.op === "lookup" && ir.numeric && isParam(ir.subject, index)) {
      for (const r of ir.rows) for (const k of r.keys) add(k, `${ir.subjectText} 为 ${k}`);
    }
  }
  return [...found.values()].sort((a, b) => a.value.cmp(b.value));
}

export interface Cap {
  readonly value: Decimal;
  readonly written: string;
}

/** Constant money caps: 封顶 500万元, 不超过 300万元, 取小(…, 100万元). */
export function capsOf(clause: CheckedClause): Cap[] {
  const found = new Map<string, Cap>();
  for (const ir of clauseNodes(clause)) {
    if (ir.op !== "minmax" || ir.fn !== "min") continue;
    for (const a of ir.args) {
      if (a.op === "const" && isMoney(a.ty)) {
        const d = new Exact(a.value);
        if (!found.has(d.toFixed())) found.set(d.toFixed(), { value: d, written: a.written ?? `${a.value}万元` });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.value.cmp(b.value));
}
