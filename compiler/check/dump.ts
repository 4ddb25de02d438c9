// The checked (and cited) program as text: `zhengce check --dump-ir`, and the IR golden files. Both the emitter
// and the reference interpreter run this IR, so a lowering mistake they share shows here, in a diff, rather than
// nowhere. One clause per block; values in canonical units (万元, ratios as decimals); each step and table row
// with the 原文 it cites.
import type { BandsIr, CheckedClause, CheckedProgram, CheckedStatement, Ir, IrBound, LookupIr } from "./ir.js";
import { describeType } from "./types.js";

export function dumpProgram(p: CheckedProgram): string {
  return p.clauses.map(dumpClause).join("\n");
}

export function dumpClause(c: CheckedClause): string {
  const out = [`clause ${c.meta.id} ${c.meta.article}「${c.meta.title}」 ${c.span.file}:${c.line}`];
  c.params.forEach((p, i) => out.push(`  param p${i} ${p.name}: ${describeType(p.ty)}`));
  for (const s of c.statements) out.push(...statement(s));
  return out.join("\n") + "\n";
}

function statement(s: CheckedStatement): string[] {
  const cite = (source: string, basis?: string) => `    cites ${basis !== undefined ? "据" : ""}“${source}”`;
  switch (s.kind) {
    case "define":
      return [`  v${s.index} ${s.name}: ${describeType(s.ty)} = ${expr(s.value, 2)}`, s.sourceFromRow ? "    cites the row taken" : cite(s.source, s.basis)];
    case "result":
      return [`  result = ${expr(s.value, 2)}`, s.sourceFromRow ? "    cites the row taken" : cite(s.source, s.basis)];
    case "applies":
      return [`  applies ${expr(s.cond, 2)}`, cite(s.source, s.basis)];
    case "require":
      return [`  require ${expr(s.cond, 2)} else “${s.message}”`];
  }
}

function expr(ir: Ir, depth: number): string {
  switch (ir.op) {
    case "const": return ir.value;
    case "bool": return ir.value ? "是" : "否";
    case "enumConst": return `「${ir.value}」`;
    case "param": return `p${ir.index}`;
    case "local": return `v${ir.index}`;
    case "arith": return `(${ir.fn} ${expr(ir.left, depth)} ${expr(ir.right, depth)})`;
    case "perFull": return `(perFull ${expr(ir.left, depth)} ${expr(ir.right, depth)})`;
    case "deduct": return `(deduct ${expr(ir.left, depth)} ${expr(ir.right, depth)})`;
    case "neg": return `(neg ${expr(ir.operand, depth)})`;
    case "halve": return `(halve ${expr(ir.operand, depth)})`;
    case "floorInt": return `(floor ${expr(ir.operand, depth)})`;
    case "not": return `(not ${expr(ir.operand, depth)})`;
    case "minmax": return `(${ir.form ?? ir.fn} ${ir.args.map((a) => expr(a, depth)).join(" ")})`;
    case "cmp": return `(${ir.fn} ${expr(ir.left, depth)} ${expr(ir.right, depth)})`;
    case "logic": return `(${ir.fn} ${expr(ir.left, depth)} ${expr(ir.right, depth)})`;
    case "is": return `(${ir.negated ? "isNot" : "is"} ${expr(ir.subject, depth)} ${ir.values.map((v) => `「${v}」`).join(" ")})`;
    case "if": return `(if ${ir.branches.map((b) => `${expr(b.cond, depth)} → ${expr(b.then, depth)}`).join("; ")}; else ${expr(ir.otherwise, depth)})`;
    case "bands": return bands(ir, depth);
    case "lookup": return lookup(ir, depth);
  }
}

const indent = (depth: number) => "  ".repeat(depth + 1);
const bound = (b: IrBound, open: string, close: string, side: "lo" | "hi") =>
  b.value === undefined ? (side === "lo" ? "(-∞" : "∞)") : side === "lo" ? `${b.inclusive ? open : "("}${b.value}` : `${b.value}${b.inclusive ? close : ")"}`;

function bands(ir: BandsIr, depth: number): string {
  const rows = ir.rows.map((r) => `${indent(depth)}${bound(r.lower, "[", "]", "lo")}, ${bound(r.upper, "[", "]", "hi")} → ${expr(r.value, depth + 1)}  cites${r.nested ? " inner" : ""} “${r.source}”`);
  const other = `${indent(depth)}otherwise → ${expr(ir.otherwise, depth + 1)}  cites “${ir.otherwiseSource.source}”`;
  return [`(${ir.mode === "whole" ? "bands" : "slices"}${ir.acknowledged ? "!" : ""} ${expr(ir.subject, depth)}`, ...rows, other, `${indent(depth - 1)})`].join("\n");
}

function lookup(ir: LookupIr, depth: number): string {
  const rows = ir.rows.map((r) => `${indent(depth)}${r.keys.map((k) => (ir.numeric ? k : `「${k}」`)).join(" ")} → ${expr(r.value, depth + 1)}  cites${r.nested ? " inner" : ""} “${r.source}”`);
  const other = ir.otherwise ? [`${indent(depth)}otherwise → ${expr(ir.otherwise, depth + 1)}  cites “${ir.otherwiseSource.source}”`] : [];
  return [`(lookup ${expr(ir.subject, depth)}`, ...rows, ...other, `${indent(depth - 1)})`].join("\n");
}
