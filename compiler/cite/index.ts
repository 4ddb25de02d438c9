// The citation pass: after checking, every step and every table row of a clause is given the 原文 it rests on.
// A 据“…” written by the drafter wins (the checker verified it is in the 原文); otherwise the pass takes the
// sentence that mentions most of the numbers the step or row is built from (and, for a lookup row, its key),
// and a 分段 step cites the sentence that says the amount is computed in slices. It only reads the checked IR,
// so what an explanation cites can be inspected on its own (`zhengce check --dump-ir`).
import type { BandRowIr, BandsIr, CheckedClause, CheckedStatement, Ir, LookupIr, RowSource } from "../check/ir.js";
import { firstSentenceOf, sentenceContaining } from "./fragments.js";

export function cite(clause: CheckedClause): CheckedClause {
  const text = clause.originalText;
  const citeRow = <R extends RowSource>(row: R, literals: readonly string[], words: readonly string[] = []): R =>
    ({ ...row, source: row.basis ?? firstSentenceOf(text, literals, words) });

  const mapIr = (ir: Ir): Ir => {
    switch (ir.op) {
      case "bands": {
        const rows = ir.rows.map((r): BandRowIr => citeRow({ ...r, value: mapIr(r.value) }, rowLiterals(r)));
        const otherwise = mapIr(ir.otherwise);
        return { ...ir, subject: mapIr(ir.subject), rows, otherwise, otherwiseSource: citeRow(ir.otherwiseSource, literalsOf(ir.otherwise)) };
      }
      case "lookup": {
        const rows = ir.rows.map((r) => citeRow({ ...r, value: mapIr(r.value) }, literalsOf(r.value), ir.numeric ? [] : r.keys));
        const otherwise = ir.otherwise && mapIr(ir.otherwise);
        const otherwiseSource = citeRow(ir.otherwiseSource, ir.otherwise ? literalsOf(ir.otherwise) : []);
        return { ...ir, subject: mapIr(ir.subject), rows, otherwise, otherwiseSource } satisfies LookupIr;
      }
      default:
        return mapChildren(ir, mapIr);
    }
  };

  const statements = clause.statements.map((s): CheckedStatement => {
    if (s.kind === "require") return { ...s, cond: mapIr(s.cond) };
    if (s.kind === "applies") return { ...s, cond: mapIr(s.cond), source: s.basis ?? firstSentenceOf(text, literalsOf(s.cond)) };
    const value = mapIr(s.value);
    return { ...s, value, source: s.basis ?? stepSource(text, value) };
  });
  return { ...clause, statements };
}

/** A 分段 step cites the sentence saying the amount is computed in slices (以上分段计算), where the 原文 has one. */
function stepSource(text: string, value: Ir): string {
  if (value.op === "bands" && value.mode === "slices") {
    const slices = sentenceContaining(text, "分段");
    if (slices) return slices;
  }
  return firstSentenceOf(text, literalsOf(value));
}

/** The numbers of a band row as written: its bounds and the literals of its value. */
function rowLiterals(row: BandRowIr): string[] {
  return [row.lower.written, row.upper.written].filter((w): w is string => w !== undefined).concat(literalsOf(row.value));
}

/** Every number literal in an expression, as written (1000万元, 3%), tables' bounds included. */
export function literalsOf(ir: Ir): string[] {
  const out: string[] = [];
  const walk = (x: Ir): void => {
    if (x.op === "const") {
      if (x.written) out.push(x.written);
      return;
    }
    if (x.op === "bands") {
      walk(x.subject);
      for (const r of x.rows) out.push(...rowLiterals(r));
      walk(x.otherwise);
      return;
    }
    forEachChild(x, walk);
  };
  walk(ir);
  return out;
}

/** The direct sub-expressions of a node (tables: subject, row values and 其余). */
export function childrenOf(ir: Ir): Ir[] {
  switch (ir.op) {
    case "const": case "bool": case "enumConst": case "param": case "local": return [];
    case "arith": case "perFull": case "deduct": case "cmp": case "logic": return [ir.left, ir.right];
    case "neg": case "halve": case "floorInt": case "not": return [ir.operand];
    case "minmax": return [...ir.args];
    case "is": return [ir.subject];
    case "if": return [...ir.branches.flatMap((b) => [b.cond, b.then]), ir.otherwise];
    case "bands": return [ir.subject, ...ir.rows.map((r) => r.value), ir.otherwise];
    case "lookup": return [ir.subject, ...ir.rows.map((r) => r.value), ...(ir.otherwise ? [ir.otherwise] : [])];
  }
}

function forEachChild(ir: Ir, f: (child: Ir) => void): void {
  for (const c of childrenOf(ir)) f(c);
}

/** The node with each direct sub-expression replaced by f(sub-expression). */
function mapChildren(ir: Ir, f: (child: Ir) => Ir): Ir {
  switch (ir.op) {
    case "const": case "bool": case "enumConst": case "param": case "local": return ir;
    case "arith": case "perFull": case "deduct": case "cmp": case "logic": return { ...ir, left: f(ir.left), right: f(ir.right) } as Ir;
    case "neg": case "halve": case "floorInt": case "not": return { ...ir, operand: f(ir.operand) } as Ir;
    case "minmax": return { ...ir, args: ir.args.map(f) };
    case "is": return { ...ir, subject: f(ir.subject) };
    case "if": return { ...ir, branches: ir.branches.map((b) => ({ ...b, cond: f(b.cond), then: f(b.then) })), otherwise: f(ir.otherwise) };
    case "bands": return { ...ir, subject: f(ir.subject), rows: ir.rows.map((r) => ({ ...r, value: f(r.value) })), otherwise: f(ir.otherwise) } satisfies BandsIr;
    case "lookup": return { ...ir, subject: f(ir.subject), rows: ir.rows.map((r) => ({ ...r, value: f(r.value) })), otherwise: ir.otherwise && f(ir.otherwise) } satisfies LookupIr;
  }
}
