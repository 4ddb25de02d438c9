// Formula text both ways: the ready formula the task pane copies (=PINGHU.EQUIPMENT(4000,"A类")), and the call
// read back out of a selected cell's formula so the task pane can explain it.
import type { ArgInput, ExcelValue } from "../../runtime/adapter.js";
import { Exact } from "../../runtime/exact.js";
import { readFormulaNumber, WrittenNumber } from "../../runtime/numtext.js";
import { EXPLAIN_ID } from "./cities.js";

/** One argument as Excel formula text; an omitted one (null) is left empty. */
export function formulaLiteral(v: ExcelValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return `"${v.replace(/"/g, '""')}"`;
}

/** =NS.NAME(a,b,…) with trailing omitted arguments dropped, as a user would type it. */
export function formulaFor(namespace: string, name: string, args: readonly ExcelValue[]): string {
  let n = args.length;
  while (n > 0 && (args[n - 1] === null || args[n - 1] === undefined)) n--;
  return `=${namespace}.${name}(${args.slice(0, n).map(formulaLiteral).join(",")})`;
}

export function explainFormulaFor(namespace: string, name: string, args: readonly ExcelValue[]): string {
  return formulaFor(namespace, EXPLAIN_ID, [name, ...args]);
}

/**
 * A formula argument: a value written in the formula, or a cell reference / expression to be read from the sheet. A
 * number literal is kept as its exact text (WrittenNumber): 5% is 5e-2, never the double 0.05.
 */
export type FormulaArg = { readonly value: ArgInput } | { readonly ref: string };

/** A value read from a formula as a person types it into the task pane's form: 5e-2 → 0.05, exactly. */
export function argText(v: ArgInput): string {
  if (v === null || v === undefined) return "";
  if (v instanceof WrittenNumber) return new Exact(v.text).toFixed();
  return String(v);
}

export interface ParsedCall {
  /** The function's id (EQUIPMENT) or, for NS.EXPLAIN("…", …), the name given as its first argument. */
  readonly name: string;
  readonly args: readonly FormulaArg[];
  readonly viaExplain: boolean;
}

const REF = /^(?:(?:'[^']+'|[^\s!'"(),]+)!)?\$?[A-Za-z]{1,3}\$?\d+$/;

export function isCellReference(text: string): boolean {
  return REF.test(text.trim());
}

/** A cell reference as written in a formula → its sheet (unquoted; none for the active sheet) and address. */
export function splitReference(ref: string): { readonly sheet?: string; readonly address: string } {
  const t = ref.trim();
  const bang = t.lastIndexOf("!");
  if (bang < 0) return { address: t };
  return { sheet: t.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"), address: t.slice(bang + 1) };
}

function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let depth = 0, inString = false, start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (inString) {
      if (c === '"') {
        if (inner[i + 1] === '"') i++;
        else inString = false;
      }
    } else if (c === '"') inString = true;
    else if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return inner.trim() === "" ? [] : out;
}

function parseArg(text: string): FormulaArg {
  const t = text.trim();
  if (t === "") return { value: null };
  const str = /^"((?:[^"]|"")*)"$/.exec(t);
  if (str) return { value: str[1]!.replace(/""/g, '"') };
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  // Number literals (4000, 1.5E3, 5%) through the runtime's one reading of number text, exactly.
  const number = readFormulaNumber(t);
  return number ? { value: number } : { ref: t };
}

/**
 * The first call to one of the namespace's functions in a cell formula, e.g. from `=ROUND(PINGHU.EQUIPMENT(B2,"A类"),2)`
 * → { name: "EQUIPMENT", args: [{ref:"B2"}, {value:"A类"}] }. Chinese function names (zh-CN Excel) are accepted too.
 */
export function parseCall(formula: string, namespace: string): ParsedCall | null {
  // A name's characters: an id's ([A-Za-z][A-Za-z0-9._]*) or a Chinese name's (ZH_NAME_RULE, compiler/check), as
  // explicit ranges: the task pane's engines may lack Unicode property escapes.
  const re = new RegExp(`(?:^|[^A-Za-z0-9_.])${namespace}\\.([A-Za-z0-9_.\\u4e00-\\u9fff]+)\\s*\\(`, "i");
  const m = re.exec(formula);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  let depth = 0, inString = false, close = -1;
  for (let i = open; i < formula.length; i++) {
    const c = formula[i]!;
    if (inString) {
      if (c === '"') inString = formula[i + 1] === '"' ? (i++, true) : false;
    } else if (c === '"') inString = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) { close = i; break; }
  }
  if (close < 0) return null;
  const args = splitArgs(formula.slice(open + 1, close)).map(parseArg);
  const called = m[1]!;
  const isExplain = called.toUpperCase() === EXPLAIN_ID || called === "解释计算过程";
  if (isExplain) {
    const first = args[0];
    if (!first || !("value" in first) || typeof first.value !== "string") return null;
    return { name: first.value, args: args.slice(1), viaExplain: true };
  }
  return { name: called, args, viaExplain: false };
}
