// The emitter: checked (and cited) program → one TypeScript module per namespace. Each clause becomes a
// straight-line function named after it (clause_EQUIPMENT), headed by a comment giving its article and its place
// in the policy file, over decimal.js values: every intermediate value in a const, numbers and citations hoisted
// to module level (each written once), the explanation built only when a trace array is passed (Excel
// recalculation passes null and pays nothing for it). Tables and 若…否则若 chains are emitted as flat labelled
// blocks, so the nesting of the generated code does not grow with the number of rows or branches.
// Nothing from a policy file reaches the output except through `lit()` (a JSON string literal) or a comment with
// its line breaks removed, so no name or text in a policy can inject code.
import type { BandsIr, CheckedClause, CheckedProgram, CheckedStatement, IfIr, Ir, LookupIr, RowSource } from "../check/ir.js";
import { tyOf } from "../check/ir.js";
import { unitTag } from "../check/unitTag.js";
import type { Ty } from "../check/types.js";
import { Exact } from "../../runtime/exact.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";
import { branchTexts, holeTag, joinParts, notReachedText, rateCalcParts, sliceHead, stepParts, type TextPart } from "../explain/index.js";

/** A string literal that is safe anywhere in TypeScript source. */
export function lit(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Text for a `//` comment: nothing in it can end the comment early. */
const commentText = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, " ");

const tsType = (ty: Ty) => (ty.t === "num" || ty.t === "error" ? "Decimal" : ty.t === "bool" ? "boolean" : "string");

/** Module-level constants, each value written once: numbers (K), citations (S), text lists (B) and positions (W). */
class ModuleWriter {
  private readonly numbers = new Map<string, string>();
  private readonly citations = new Map<string, string>();
  private readonly textLists = new Map<string, string>();
  private readonly positions: string[] = [];

  constant(value: string): string {
    return intern(this.numbers, value, "K");
  }
  citation(text: string): string {
    return text === "" ? '""' : intern(this.citations, text, "S");
  }
  /** A constant array of explanation texts (one per branch of a 若…则). */
  texts(list: readonly string[]): string {
    return intern(this.textLists, `[${list.map(lit).join(", ")}]`, "B");
  }
  position(fn: string, file: string, line: number): string {
    this.positions.push(`{ fn: ${lit(fn)}, file: ${lit(file)}, line: ${line} }`);
    return `W${this.positions.length - 1}`;
  }
  declarations(): string[] {
    return [
      ...[...this.numbers].map(([value, name]) => `const ${name} = new D(${lit(value)});`),
      ...[...this.citations].map(([text, name]) => `const ${name} = ${lit(text)};`),
      ...[...this.textLists].map(([list, name]) => `const ${name}: readonly string[] = ${list};`),
      ...this.positions.map((p, i) => `const W${i}: SourcePosition = ${p};`),
    ];
  }
}

function intern(map: Map<string, string>, value: string, prefix: string): string {
  let name = map.get(value);
  if (!name) map.set(value, (name = `${prefix}${map.size}`));
  return name;
}

class FunctionWriter {
  private temps = 0;
  private labels = 0;
  readonly lines: string[] = [];
  private depth = 1;
  /** The identifier holding each node's value once computed (what an explanation's holes show). */
  private readonly held = new Map<Ir, string>();
  /** For each 若…则 whose branch an explanation names: the identifier of the branch taken (index; last = 否则). */
  private readonly branchTaken = new Map<Ir, string>();
  /** The position errors of the current statement carry. */
  where = "undefined";

  constructor(private readonly module: ModuleWriter) {}

  line(s: string): void {
    this.lines.push("  ".repeat(this.depth) + s);
  }
  temp(): string {
    return `t${this.temps++}`;
  }
  label(): string {
    return `b${this.labels++}`;
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
  cite(text: string): string {
    return this.module.citation(text);
  }
  trace(step: string, value: string, source: string): void {
    this.line(`if (t) t.push({ step: ${step}, value: ${value}, source: ${source} });`);
  }
  /** An explanation text as a TypeScript expression: fixed parts as literals, holes as the values computed. */
  text(parts: readonly TextPart[]): string {
    const pieces = joinParts(parts, lit, (ir) => `showValue(${this.held.get(ir) ?? this.value(ir)}, ${lit(holeTag(ir))})`,
      (ir) => `${this.module.texts(branchTexts(ir))}[${this.branchTaken.get(ir) ?? ir.branches.length}]!`);
    return pieces.length ? pieces.join(" + ") : '""';
  }
  /** A table row's trace line; then `src` holds the 原文 it cites (the inner row's, for a nested table). */
  rowTrace(step: string, value: string, row: RowSource): void {
    if (row.nested) {
      this.line(`src = src || ${this.cite(row.source)};`);
      this.trace(step, value, "src");
    } else {
      this.trace(step, value, this.cite(row.source));
      this.line(`src = ${this.cite(row.source)};`);
    }
  }

  /** Emits statements computing `ir` and returns an identifier (or constant) holding its value. */
  value(ir: Ir): string {
    const v = this.compute(ir);
    this.held.set(ir, v);
    return v;
  }

  private compute(ir: Ir): string {
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
        this.line(`if (cmp(${b}, ZERO) <= 0) throw new PolicyInputError(${lit(`「每满」的步长「${ir.text}」须大于零`)}, ${this.where});`);
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
      case "if": return this.ifValue(ir, this.stepValue === ir);
      case "bands": return ir.mode === "whole" ? this.wholeBands(ir) : this.slices(ir);
      case "lookup": return this.lookup(ir);
    }
  }

  private arith(ir: Extract<Ir, { op: "arith" }>): string {
    const a = this.value(ir.left), b = this.value(ir.right);
    if (ir.fn === "div") this.line(`if (${b}.isZero()) throw new PolicyInputError(${lit(`计算时除数「${ir.text}」为零`)}, ${this.where});`);
    const method = { add: "plus", sub: "minus", mul: "times", div: "div" }[ir.fn];
    return this.bind(`${a}.${method}(${b})`);
  }

  /**
   * 若…则…否则若…否则 as one flat labelled block: each branch tests its condition and breaks out when taken. When the
   * step is this if itself, the branch taken is kept too, for the explanation (`适用最高奖励（标杆示范 成立）`).
   */
  private ifValue(ir: IfIr, namesBranch = false): string {
    const r = this.temp();
    const done = this.label();
    const taken = namesBranch ? `${r}b` : undefined;
    this.line(`let ${r}: ${tsType(ir.ty)};`);
    if (taken) {
      this.line(`let ${taken} = ${ir.branches.length};`);
      this.branchTaken.set(ir, taken);
    }
    this.block(`${done}:`, () => {
      ir.branches.forEach((b, i) => {
        const c = this.value(b.cond);
        this.block(`if (${c})`, () => {
          this.line(`${r} = ${this.value(b.then)};`);
          if (taken) this.line(`${taken} = ${i};`);
          this.line(`break ${done};`);
        });
      });
      this.line(`${r} = ${this.value(ir.otherwise)};`);
    });
    return r;
  }

  /** `x` is at or above the lower bound of `bound` (respecting （含）/（不含）). */
  private atOrAbove(x: string, bound: BandsIr["rows"][number]["lower"]): string {
    return `cmp(${x}, ${this.module.constant(bound.value!)}) ${bound.inclusive ? ">=" : ">"} 0`;
  }

  /**
   * 分档: the checker guarantees the bands are sorted and contiguous, so one comparison per band decides it: test
   * lower bounds from the top band down, in one flat block. Above a finite top band (only with a 其余 row) or below
   * the lowest band, the 其余 value (or nothing) applies.
   */
  private wholeBands(ir: BandsIr): string {
    const x = this.value(ir.subject);
    const r = this.temp();
    const done = this.label();
    const tag = lit(unitTag(ir.ty));
    this.line(`let ${r}: ${tsType(ir.ty)};`);
    const otherwise = () => {
      this.line(`${r} = ${this.value(ir.otherwise)};`);
      this.trace(lit(`${ir.subjectText} 不在所列各档`), `showValue(${r}, ${tag})`, this.cite(ir.otherwiseSource.source));
      this.line(`src = ${this.cite(ir.otherwiseSource.source)};`);
    };
    const take = (band: BandsIr["rows"][number]) => {
      if (band.nested) this.line(`src = "";`);
      this.line(`${r} = ${this.value(band.value)};`);
      this.rowTrace(lit(`${ir.subjectText} 落在「${band.label}」`), `showValue(${r}, ${tag})`, band);
      this.line(`break ${done};`);
    };
    this.block(`${done}:`, () => {
      const top = ir.rows[ir.rows.length - 1];
      if (top?.upper.value !== undefined) {
        this.block(`if (cmp(${x}, ${this.module.constant(top.upper.value)}) ${top.upper.inclusive ? ">" : ">="} 0)`, () => {
          otherwise();
          this.line(`break ${done};`);
        });
      }
      for (let i = ir.rows.length - 1; i >= 0; i--) {
        const band = ir.rows[i]!;
        if (band.lower.value === undefined) {
          take(band);
          return;
        }
        this.block(`if (${this.atOrAbove(x, band.lower)})`, () => take(band));
      }
      otherwise();
    });
    return r;
  }

  /**
   * 分段: below the entry threshold 0; else the first slice from 0 and each higher slice from its lower bound, each
   * at its own rate, in one flat block that leaves at the first band the amount does not reach.
   */
  private slices(ir: BandsIr): string {
    const x = this.value(ir.subject);
    const total = this.temp();
    const done = this.label();
    const subjectTag = lit(unitTag(tyOf(ir.subject)));
    const tag = lit(unitTag(ir.ty));
    const first = ir.rows[0]!;
    this.line(`let ${total} = ZERO;`);
    this.block(`${done}:`, () => {
      if (first.lower.value !== undefined) {
        this.block(`if (!(${this.atOrAbove(x, first.lower)}))`, () => {
          this.trace(lit(notReachedText(ir)), `showValue(ZERO, ${tag})`, this.cite(first.source));
          this.line(`break ${done};`);
        });
      }
      ir.rows.forEach((row, i) => {
        if (i > 0) this.line(`if (cmp(${x}, ${this.module.constant(row.lower.value!)}) <= 0) break ${done};`);
        const from = i === 0 ? undefined : this.module.constant(row.lower.value!);
        const hi = row.upper.value === undefined ? undefined : this.module.constant(row.upper.value);
        // A slice the amount passes entirely has a constant width (upper − lower), computed once at load time.
        const full = hi && (from ? this.module.constant(new Exact(row.upper.value!).minus(row.lower.value!).toFixed()) : hi);
        const partial = from ? `${x}.minus(${from})` : x;
        const width = hi ? this.bind(`cmp(${x}, ${hi}) < 0 ? ${partial} : ${full}`) : from ? this.bind(partial) : x;
        const rate = this.value(row.value);
        const part = this.bind(`${width}.times(${rate})`);
        const rateCalc = rateCalcParts(ir, i);
        const step = [lit(sliceHead(ir, i)), `showValue(${width}, ${subjectTag})`, lit(" × "), `showValue(${rate}, ${lit(unitTag(tyOf(row.value)))})`,
          ...(rateCalc ? [this.text(rateCalc)] : [])].join(" + ");
        this.trace(step, `showValue(${part}, ${tag})`, this.cite(row.source));
        this.line(i === 0 ? `${total} = ${part};` : `${total} = ${total}.plus(${part});`);
        this.line(`src = ${this.cite(row.source)};`);
      });
    });
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
      this.line("  {");
      this.depth += 2;
      if (row.nested) this.line(`src = "";`);
      this.line(`${r} = ${this.value(row.value)};`);
      this.rowTrace(`${lit(`${ir.subjectText} 为「`)} + ${shown} + "」"`, `showValue(${r}, ${tag})`, row);
      this.line("break;");
      this.depth -= 2;
      this.line("  }");
    }
    this.line("  default: {");
    this.depth += 2;
    if (ir.otherwise) {
      this.line(`${r} = ${this.value(ir.otherwise)};`);
      this.trace(`${lit(`${ir.subjectText} 为「`)} + ${shown} + "」（其余）"`, `showValue(${r}, ${tag})`, this.cite(ir.otherwiseSource.source));
      this.line(`src = ${this.cite(ir.otherwiseSource.source)};`);
    } else {
      this.line(`throw new PolicyLookupError(${lit(`${ir.subjectText} 为「`)} + ${shown} + "」，表中没有这一项", ${this.where});`);
    }
    this.depth -= 2;
    this.line("  }");
    this.line("}");
    return r;
  }

  /** The value of the step being written (an if at the top of a step records its branch for the explanation). */
  private stepValue: Ir | undefined;

  statement(s: CheckedStatement): void {
    this.stepValue = s.kind === "define" || s.kind === "result" ? s.value : undefined;
    switch (s.kind) {
      case "define": {
        if (s.sourceFromRow) this.line(`src = "";`);
        const v = this.value(s.value);
        this.line(`const v${s.index}: ${tsType(s.ty)} = ${v};`);
        const source = s.sourceFromRow ? "src" : this.cite(s.source);
        this.trace(this.text(stepParts(s.name, s.value)), `showValue(v${s.index}, ${lit(unitTag(s.ty))})`, source);
        return;
      }
      case "applies": {
        const ok = this.value(s.cond);
        this.trace(lit(`适用：${s.text}`), `${ok} ? "是" : "否"`, this.cite(s.source));
        this.block(`if (!${ok})`, () => {
          this.trace(lit("结果"), lit("0万元"), lit("不满足适用条件，不予奖励"));
          this.line("return ZERO;");
        });
        return;
      }
      case "require": {
        const ok = this.value(s.cond);
        this.line(`if (!${ok}) throw new PolicyInputError(${lit(s.message)}, ${this.where});`);
        return;
      }
      case "result": {
        if (s.sourceFromRow) this.line(`src = "";`);
        const v = this.value(s.value);
        const source = s.sourceFromRow ? "src" : this.cite(s.source);
        this.trace(this.text(stepParts("结果", s.value)), `showValue(${v}, "money")`, source);
        this.line(`return ${v};`);
        return;
      }
    }
  }
}

/** The TypeScript name of a clause's function: Excel ids may hold dots, which become `$`. */
export const functionName = (c: CheckedClause) => `clause_${c.meta.name.replace(/\./g, "$")}`;

function emitClause(c: CheckedClause, module: ModuleWriter): string {
  const w = new FunctionWriter(module);
  c.params.forEach((p, i) => {
    w.line(`const p${i} = a[${i}] as ${tsType(p.ty)};`);
    w.trace(lit(`输入「${p.name}」`), `showValue(p${i}, ${lit(p.ty.t === "num" ? unitTag(p.ty) : "plain")})`, '""');
  });
  for (const s of c.statements) {
    if (s.kind === "require" || hasThrowingStep(s)) w.where = module.position(c.meta.id, c.span.file, s.line);
    w.statement(s);
  }
  if (!c.statements.some((s) => s.kind === "result")) w.line("return ZERO;");
  // `src` carries the 原文 of the table row last taken (tables set it; table steps without 据 cite it).
  const usesSrc = w.lines.some((l) => /\bsrc\b/.test(l));
  const head = usesSrc ? ["  let src = \"\";"] : [];
  return [
    `// ${commentText(`${c.meta.article}「${c.meta.title}」 ${c.span.file}:${c.line}`)}`,
    `function ${functionName(c)}(a: readonly ArgValue[], t: TraceStep[] | null): Decimal {`,
    ...head, ...w.lines, "}",
  ].join("\n");
}

/** Whether a statement's code can throw (a division, 每满, or a lookup with no 其余), so it needs a position. */
function hasThrowingStep(s: CheckedStatement): boolean {
  const root = s.kind === "require" || s.kind === "applies" ? s.cond : s.value;
  const walk = (ir: Ir): boolean => {
    if ((ir.op === "arith" && ir.fn === "div") || ir.op === "perFull" || (ir.op === "lookup" && !ir.otherwise)) return true;
    return childIrs(ir).some(walk);
  };
  return walk(root);
}

function childIrs(ir: Ir): readonly Ir[] {
  switch (ir.op) {
    case "arith": case "perFull": case "deduct": case "cmp": case "logic": return [ir.left, ir.right];
    case "neg": case "halve": case "floorInt": case "not": return [ir.operand];
    case "minmax": return ir.args;
    case "is": return [ir.subject];
    case "if": return [...ir.branches.flatMap((b) => [b.cond, b.then]), ir.otherwise];
    case "bands": return [ir.subject, ...ir.rows.map((r) => r.value), ir.otherwise];
    case "lookup": return [ir.subject, ...ir.rows.map((r) => r.value), ...(ir.otherwise ? [ir.otherwise] : [])];
    default: return [];
  }
}

/**
 * One namespace's module: its functions, and (when given) its settlement rules, which the settlement engine reads
 * beside the functions.
 */
export function emitModule(program: CheckedProgram, sources: readonly string[], settlement?: SettlementRules): string {
  const module = new ModuleWriter();
  const bodies = program.clauses.map((c) => emitClause(c, module));
  const metas = program.clauses.map((c, i) => `const m${i}: FunctionMeta = ${metaLiteral(c)};`);
  const body = bodies.join("\n");
  return [
    // The header comment holds only characters that cannot end a comment or a line, whatever the input was.
    `// 由 zhengce build 生成，请勿手工修改。命名空间 ${commentSafe(program.namespace)}，来源：${sources.map(commentSafe).join("、")}`,
    `import type { Decimal } from "decimal.js";`,
    `import { Exact as D } from "../runtime/exact.js";`,
    `import type { ArgValue, CompiledFunction, FunctionMeta, TraceStep } from "../runtime/types.js";`,
    ...errorImport(body),
    `import { showValue } from "../runtime/show.js";`,
    `import { cmp } from "../runtime/compare.js";`,
    ...(settlement ? [`import type { SettlementRules } from "../runtime/settlement/rules.js";`] : []),
    "",
    "const ZERO = new D(0);",
    ...module.declarations(),
    "",
    ...metas,
    "",
    ...bodies.flatMap((b) => [b, ""]),
    `export const namespace = ${lit(program.namespace)};`,
    "export const functions: readonly CompiledFunction[] = [",
    ...program.clauses.map((c, i) => `  { meta: m${i}, evaluate: ${functionName(c)} },`),
    "];",
    ...(settlement ? ["", `export const settlement: SettlementRules = ${jsonLiteral(settlement)};`] : []),
    "",
  ].join("\n");
}

/** Import only the error classes the clauses throw (and their position type), so the module has no unused import. */
function errorImport(body: string): string[] {
  const used = ["PolicyInputError", "PolicyLookupError"].filter((name) => body.includes(`new ${name}(`));
  if (!used.length) return [];
  return [`import { ${used.join(", ")}, type SourcePosition } from "../runtime/errors.js";`];
}

const commentSafe = (s: string) => s.replace(/[^\w./-]/g, "_");

function metaLiteral(c: CheckedClause): string {
  return jsonLiteral(c.meta);
}

/** Data as a TypeScript literal: JSON is valid TypeScript, and lit()'s rules apply to every string inside it. */
function jsonLiteral(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
