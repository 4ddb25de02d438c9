// The emitter: checked program → one TypeScript module per namespace. Each clause becomes a straight-line
// function over decimal.js values: every intermediate value in a const, constants hoisted to module level, the
// explanation built only when a trace array is passed (Excel recalculation passes null and pays nothing for it).
// Nothing from a policy file reaches the output except through `lit()` (a JSON string literal), so no name or
// text in a policy can inject code.
import type { BandsIr, CheckedClause, CheckedProgram, Ir, LookupIr, RowSource } from "../check/ir.js";
import { tyOf } from "../check/ir.js";
import { unitTag } from "../check/unitTag.js";
import type { Ty } from "../check/types.js";
import { Exact, PRECISION } from "../../runtime/exact.js";

/** A string literal that is safe anywhere in TypeScript source. */
export function lit(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const tsType = (ty: Ty) => (ty.t === "num" || ty.t === "error" ? "Decimal" : ty.t === "bool" ? "boolean" : "string");

class ModuleWriter {
  private readonly constants = new Map<string, string>();
  constant(value: string): string {
    let name = this.constants.get(value);
    if (!name) {
      name = `K${this.constants.size}`;
      this.constants.set(value, name);
    }
    return name;
  }
  constantDecls(): string[] {
    return [...this.constants].map(([value, name]) => `const ${name} = new D(${lit(value)});`);
  }
}

class FunctionWriter {
  private temps = 0;
  readonly lines: string[] = [];
  private depth = 1;
  constructor(private readonly module: ModuleWriter) {}

  line(s: string): void {
    this.lines.push("  ".repeat(this.depth) + s);
  }
  temp(): string {
    return `t${this.temps++}`;
  }
  bind(expr: string): string {
    const t = this.temp();
    this.line(`const ${t} = ${expr};`);
    return t;
  }
  block(open: string, body: () => void): void {
    this.line(`${open} {`);
    this.depth++;
    body();
    this.depth--;
    this.line("}");
  }
  trace(step: string, value: string, source: string): void {
    this.line(`if (t) t.push({ step: ${step}, value: ${value}, source: ${lit(source)} });`);
  }
  /** A table row's trace line; then `src` holds the 原文 it cites (the inner row's, for a nested table). */
  rowTrace(step: string, value: string, row: RowSource): void {
    if (row.nested) {
      this.line(`src = src || ${lit(row.source)};`);
      this.line(`if (t) t.push({ step: ${step}, value: ${value}, source: src });`);
    } else {
      this.trace(step, value, row.source);
      this.line(`src = ${lit(row.source)};`);
    }
  }

  /** Emits statements computing `ir` and returns an identifier (or constant) holding its value. */
  value(ir: Ir): string {
    switch (ir.op) {
      case "const": return this.module.constant(ir.value);
      case "bool": return ir.value ? "true" : "false";
      case "enumConst": return lit(ir.value);
      case "param": return `p${ir.index}`;
      case "local": return `v${ir.index}`;
      case "neg": return this.bind(`${this.value(ir.operand)}.negated()`);
      case "halve": return this.bind(`${this.value(ir.operand)}.div(2)`);
      case "floorInt": return this.bind(`${this.value(ir.operand)}.floor()`);
      case "arith": return this.arith(ir);
      case "perFull": {
        const a = this.value(ir.left), b = this.value(ir.right);
        this.line(`if (cmp(${b}, ZERO) <= 0) throw new PolicyInputError(${lit(`「每满」的步长「${ir.text}」须大于零`)});`);
        return this.bind(`${a}.isNegative() ? ZERO : ${a}.div(${b}).floor()`);
      }
      case "minmax": {
        let acc = this.value(ir.args[0]!);
        for (const arg of ir.args.slice(1)) {
          const b = this.value(arg);
          acc = this.bind(`cmp(${acc}, ${b}) ${ir.fn === "min" ? "<=" : ">="} 0 ? ${acc} : ${b}`);
        }
        return acc;
      }
      case "deduct": {
        const d = this.bind(`${this.value(ir.left)}.minus(${this.value(ir.right)})`);
        return this.bind(`${d}.isNegative() ? ZERO : ${d}`);
      }
      case "cmp": {
        const op = { ">=": ">=", "<=": "<=", ">": ">", "<": "<", "=": "===", "!=": "!==" }[ir.fn];
        return this.bind(`cmp(${this.value(ir.left)}, ${this.value(ir.right)}) ${op} 0`);
      }
      case "is": {
        const s = this.value(ir.subject);
        const test = ir.values.map((v) => `${s} === ${lit(v)}`).join(" || ") || "false";
        return this.bind(ir.negated ? `!(${test})` : `(${test})`);
      }
      case "not": return this.bind(`!${this.value(ir.operand)}`);
      case "logic": {
        const r = this.temp();
        this.line(`let ${r} = ${this.value(ir.left)};`);
        this.block(ir.fn === "and" ? `if (${r})` : `if (!${r})`, () => this.line(`${r} = ${this.value(ir.right)};`));
        return r;
      }
      case "if": return this.ifValue(ir);
      case "bands": return ir.mode === "whole" ? this.wholeBands(ir) : this.slices(ir);
      case "lookup": return this.lookup(ir);
    }
  }

  private arith(ir: Extract<Ir, { op: "arith" }>): string {
    const a = this.value(ir.left), b = this.value(ir.right);
    if (ir.fn === "div") this.line(`if (${b}.isZero()) throw new PolicyInputError(${lit(`计算时除数「${ir.text}」为零`)});`);
    const method = { add: "plus", sub: "minus", mul: "times", div: "div" }[ir.fn];
    return this.bind(`${a}.${method}(${b})`);
  }

  private ifValue(ir: Extract<Ir, { op: "if" }>): string {
    const r = this.temp();
    this.line(`let ${r}: ${tsType(ir.ty)};`);
    const branch = (i: number): void => {
      if (i === ir.branches.length) {
        this.line(`${r} = ${this.value(ir.otherwise)};`);
        return;
      }
      const b = ir.branches[i]!;
      const c = this.value(b.cond);
      this.block(`if (${c})`, () => this.line(`${r} = ${this.value(b.then)};`));
      this.block("else", () => branch(i + 1));
    };
    branch(0);
    return r;
  }

  /** `x` is at or above the lower bound of `bound` (respecting （含）/（不含）). */
  private atOrAbove(x: string, bound: BandsIr["rows"][number]["lower"]): string {
    return `cmp(${x}, ${this.module.constant(bound.value!)}) ${bound.inclusive ? ">=" : ">"} 0`;
  }

  /**
   * 分档: the checker guarantees the bands are sorted and contiguous, so one comparison per band decides it:
   * test lower bounds from the top band down. Above a finite top band (only with a 其余 row) or below the lowest
   * band, the 其余 value (or nothing) applies.
   */
  private wholeBands(ir: BandsIr): string {
    const x = this.value(ir.subject);
    const r = this.temp();
    const tag = lit(unitTag(ir.ty));
    this.line(`let ${r}: ${tsType(ir.ty)};`);
    const otherwise = () => {
      this.line(`${r} = ${this.value(ir.otherwise)};`);
      this.trace(lit(`${ir.subjectText} 不在所列各档`), `showValue(${r}, ${tag})`, ir.otherwiseSource);
      this.line(`src = ${lit(ir.otherwiseSource)};`);
    };
    const take = (band: BandsIr["rows"][number]) => {
      if (band.nested) this.line(`src = "";`);
      this.line(`${r} = ${this.value(band.value)};`);
      this.rowTrace(`${lit(`${ir.subjectText} 落在「${band.label}」`)}`, `showValue(${r}, ${tag})`, band);
    };
    const rows = [...ir.rows].reverse();
    const chain = (i: number): void => {
      if (i === rows.length) return otherwise();
      const band = rows[i]!;
      if (band.lower.value === undefined) return take(band);
      this.block(`if (${this.atOrAbove(x, band.lower)})`, () => take(band));
      this.block("else", () => chain(i + 1));
    };
    const top = rows[0];
    if (top?.upper.value !== undefined) {
      this.block(`if (cmp(${x}, ${this.module.constant(top.upper.value)}) ${top.upper.inclusive ? ">" : ">="} 0)`, otherwise);
      this.block("else", () => chain(0));
    } else chain(0);
    return r;
  }

  /**
   * 分段: below the entry threshold 0; else the first slice from 0 and each higher slice from its lower bound, each
   * at its own rate. Slices are nested so that the walk stops at the first band the amount does not reach.
   */
  private slices(ir: BandsIr): string {
    const x = this.value(ir.subject);
    const total = this.temp();
    const subjectTag = lit(unitTag(tyOf(ir.subject)));
    const tag = lit(unitTag(ir.ty));
    const first = ir.rows[0]!;
    this.line(`let ${total} = ZERO;`);
    const slice = (i: number): void => {
      const row = ir.rows[i]!;
      const from = i === 0 ? undefined : this.module.constant(row.lower.value!);
      const hi = row.upper.value === undefined ? undefined : this.module.constant(row.upper.value);
      // A slice the amount passes entirely has a constant width (upper − lower), computed once at load time.
      const full = hi && (from ? this.module.constant(new Exact(row.upper.value!).minus(row.lower.value!).toFixed()) : hi);
      const partial = from ? `${x}.minus(${from})` : x;
      const width = hi ? this.bind(`cmp(${x}, ${hi}) < 0 ? ${partial} : ${full}`) : from ? this.bind(partial) : x;
      const rate = this.value(row.value);
      const part = this.bind(`${width}.times(${rate})`);
      this.trace(
        `${lit(`${ir.subjectText} 在「${row.label}」的部分：`)} + showValue(${width}, ${subjectTag}) + " × " + showValue(${rate}, ${lit(unitTag(tyOf(row.value)))})`,
        `showValue(${part}, ${tag})`, row.source,
      );
      this.line(i === 0 ? `${total} = ${part};` : `${total} = ${total}.plus(${part});`);
      this.line(`src = ${lit(row.source)};`);
      const next = ir.rows[i + 1];
      if (next) this.block(`if (cmp(${x}, ${this.module.constant(next.lower.value!)}) > 0)`, () => slice(i + 1));
    };
    const entered = first.lower.value === undefined ? undefined : this.atOrAbove(x, first.lower);
    if (!entered) {
      slice(0);
      return total;
    }
    this.block(`if (!(${entered}))`, () => this.trace(lit(`${ir.subjectText} 未达分段计算的起点`), `showValue(ZERO, ${tag})`, first.source));
    this.block("else", () => slice(0));
    return total;
  }

  private lookup(ir: LookupIr): string {
    const s = this.value(ir.subject);
    const key = ir.numeric ? this.bind(`${s}.toFixed()`) : s;
    const shown = ir.numeric ? `showValue(${s}, ${lit(unitTag(tyOf(ir.subject)))})` : key;
    const r = this.temp();
    const tag = lit(unitTag(ir.ty));
    this.line(`let ${r}: ${tsType(ir.ty)};`);
    this.line(`switch (${key}) {`);
    for (const row of ir.rows) {
      for (const k of row.keys) this.line(`  case ${lit(k)}:`);
      this.depth += 2;
      if (row.nested) this.line(`src = "";`);
      this.line(`${r} = ${this.value(row.value)};`);
      this.rowTrace(`${lit(`${ir.subjectText} 为「`)} + ${shown} + "」"`, `showValue(${r}, ${tag})`, row);
      this.line("break;");
      this.depth -= 2;
    }
    this.line("  default:");
    this.depth += 2;
    if (ir.otherwise) {
      this.line(`${r} = ${this.value(ir.otherwise)};`);
      this.trace(`${lit(`${ir.subjectText} 为「`)} + ${shown} + "」（其余）"`, `showValue(${r}, ${tag})`, ir.otherwiseSource);
      this.line(`src = ${lit(ir.otherwiseSource)};`);
    } else {
      this.line(`throw new PolicyLookupError(${lit(`${ir.subjectText} 为「`)} + ${shown} + "」，表中没有这一项");`);
    }
    this.depth -= 2;
    this.line("}");
    return r;
  }
}

function emitClause(c: CheckedClause, index: number, module: ModuleWriter): string {
  const w = new FunctionWriter(module);
  c.params.forEach((p, i) => {
    w.line(`const p${i} = a[${i}] as ${tsType(p.ty)};`);
    w.trace(lit(`输入「${p.name}」`), `showValue(p${i}, ${lit(p.ty.t === "num" ? unitTag(p.ty) : "plain")})`, "");
  });
  for (const s of c.statements) {
    switch (s.kind) {
      case "define": {
        if (s.sourceFromRow) w.line(`src = "";`);
        const v = w.value(s.value);
        w.line(`const v${s.index}: ${tsType(s.ty)} = ${v};`);
        const source = s.sourceFromRow ? "src" : lit(s.source);
        w.line(`if (t) t.push({ step: ${lit(s.name)}, value: showValue(v${s.index}, ${lit(unitTag(s.ty))}), source: ${source} });`);
        break;
      }
      case "applies": {
        const ok = w.value(s.cond);
        w.trace(lit(`适用：${s.text}`), `${ok} ? "是" : "否"`, s.source);
        w.block(`if (!${ok})`, () => {
          w.trace(lit("结果"), lit("0万元"), "不满足适用条件，不予奖励");
          w.line("return ZERO;");
        });
        break;
      }
      case "require": {
        const ok = w.value(s.cond);
        w.line(`if (!${ok}) throw new PolicyInputError(${lit(s.message)});`);
        break;
      }
      case "result": {
        if (s.sourceFromRow) w.line(`src = "";`);
        const v = w.value(s.value);
        const source = s.sourceFromRow ? "src" : lit(s.source);
        w.line(`if (t) t.push({ step: "结果", value: showValue(${v}, "money"), source: ${source} });`);
        w.line(`return ${v};`);
        break;
      }
    }
  }
  if (!c.statements.some((s) => s.kind === "result")) w.line("return ZERO;");
  // `src` carries the 原文 of the table row last taken (tables set it; table steps without 据 cite it).
  const usesSrc = w.lines.some((l) => l.includes("src"));
  const head = usesSrc ? ["  let src = \"\";"] : [];
  return [`function f${index}(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {`, ...head, ...w.lines, "}"].join("\n");
}

export function emitModule(program: CheckedProgram, sources: readonly string[]): string {
  const module = new ModuleWriter();
  const bodies = program.clauses.map((c, i) => emitClause(c, i, module));
  const metas = program.clauses.map((c, i) => `const m${i}: FunctionMeta = ${metaLiteral(c)};`);
  return [
    // The header comment holds only characters that cannot end a comment or a line, whatever the input was.
    `// 由 zhengce build 生成，请勿手工修改。命名空间 ${commentSafe(program.namespace)}，来源：${sources.map(commentSafe).join("、")}`,
    `import { Decimal } from "decimal.js";`,
    `import type { ArgValue, CompiledFunction, FunctionMeta, TraceStep } from "../runtime/types.js";`,
    ...errorImport(bodies.join("\n")),
    `import { showValue } from "../runtime/show.js";`,
    `import { cmp } from "../runtime/compare.js";`,
    "",
    `const D = Decimal.clone({ precision: ${PRECISION}, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });`,
    "const ZERO = new D(0);",
    ...module.constantDecls(),
    "",
    ...metas,
    "",
    ...bodies.flatMap((b) => [b, ""]),
    `export const namespace = ${lit(program.namespace)};`,
    "export const functions: readonly CompiledFunction[] = [",
    ...program.clauses.map((_, i) => `  { meta: m${i}, evaluate: f${i} },`),
    "];",
    "",
  ].join("\n");
}

/** Import only the error classes the clauses throw, so the module has no unused import. */
function errorImport(body: string): string[] {
  const used = ["PolicyInputError", "PolicyLookupError"].filter((name) => body.includes(`new ${name}(`));
  return used.length ? [`import { ${used.join(", ")} } from "../runtime/errors.js";`] : [];
}

const commentSafe = (s: string) => s.replace(/[^\w./-]/g, "_");

function metaLiteral(c: CheckedClause): string {
  // JSON is valid TypeScript; lit() rules apply to every string inside it.
  return JSON.stringify(c.meta, null, 2).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
