// Units of measure: the table of unit words the language knows and the algebra of their dimensions.
// Every number is held in the canonical unit of its dimension (万元 for money, 1 for ratios), so arithmetic is
// plain decimal arithmetic and comparisons across scales (万元 vs 亿元) are exact.
import { Exact } from "../../runtime/exact.js";
import { MONEY_SCALES, RATIO_SCALES } from "../../runtime/unitScales.js";
import type { Decimal } from "decimal.js";

/** The dimension of money. Every other dimension is named by its own unit word. */
export const MONEY = "金额";

/** Dimensionless numbers come in three kinds that must not be mixed up: 5% is a ratio, 1个百分点 is not. */
export type DimensionlessKind = "plain" | "ratio" | "points";

/** A product of dimensions with integer exponents, e.g. 元/平方米/月 = {金额:1, 平方米:-1, 月:-1}. */
export type Dims = Readonly<Record<string, number>>;

export interface UnitWord {
  readonly word: string;
  readonly dims: Dims;
  /** Multiply a number written in this unit by `scale` to get the canonical unit. */
  readonly scale: string;
  readonly kind: DimensionlessKind;
}

const money = (word: string, scale: string): UnitWord => ({ word, dims: { [MONEY]: 1 }, scale, kind: "plain" });
const count = (word: string): UnitWord => ({ word, dims: { [word]: 1 }, scale: "1", kind: "plain" });

/** Units whose quantities are counted: parameters in these units must be whole numbers. */
export const COUNTING_UNITS: ReadonlySet<string> = new Set([
  "台", "套", "项", "个", "人", "家", "家次", "款", "件", "次", "级", "位", "张", "年", "天",
]);

/** Measured (not counted) quantity units. */
const MEASURED_UNITS = ["平方米", "亩", "吨标煤", "吨", "斤", "月"];

const ALIASES: Record<string, string> = { "㎡": "平方米", "个月": "月", "％": "%", "百分点": "个百分点" };

/** 30倍: a plain multiplier written as one on purpose (a bare 30 multiplying money gets the forgotten-% warning). */
const TIMES: UnitWord = { word: "倍", dims: {}, scale: "1", kind: "plain" };

const TABLE: ReadonlyMap<string, UnitWord> = new Map<string, UnitWord>([
  ...Object.entries(MONEY_SCALES).map(([word, scale]): [string, UnitWord] => [word, money(word, scale)]),
  ...Object.entries(RATIO_SCALES).map(([word, scale]): [string, UnitWord] => [word, { word, dims: {}, scale, kind: "ratio" }]),
  ["个百分点", { word: "个百分点", dims: {}, scale: "0.01", kind: "points" }],
  ["倍", TIMES],
  ...[...COUNTING_UNITS, ...MEASURED_UNITS].map((w): [string, UnitWord] => [w, count(w)]),
]);

/** Every spelling the lexer accepts after a number, longest first so that 个百分点 wins over 个, 吨标煤 over 吨. */
export const UNIT_SPELLINGS: readonly string[] = [...TABLE.keys(), ...Object.keys(ALIASES)].sort(
  (a, b) => b.length - a.length,
);

/** The unit words a drafter may write, for hints (元、万元、亿元、%、个百分点、倍、平方米 …). */
export function unitHelp(): string {
  return [...TABLE.keys()].join("、");
}

export function lookupUnit(word: string): UnitWord | undefined {
  return TABLE.get(ALIASES[word] ?? word);
}

/** Quantity unit words that may name a parameter type (平方米, 款, 年 …). */
export function isQuantityUnit(word: string): boolean {
  const unit = lookupUnit(word);
  return unit !== undefined && unit.kind === "plain" && !(MONEY in unit.dims) && !isDimensionless(unit.dims);
}

export interface UnitExpr {
  readonly dims: Dims;
  readonly scale: Decimal;
  readonly kind: DimensionlessKind;
}

/** Parses a written unit such as 元/平方米/月 into its dimensions and scale. Returns the unknown word on failure. */
export function parseUnit(text: string): UnitExpr | { unknown: string } {
  const [head, ...divisors] = text.split("/");
  const first = lookupUnit(head!);
  if (!first) return { unknown: head! };
  let dims: Dims = first.dims;
  let scale = new Exact(first.scale);
  for (const word of divisors) {
    const unit = lookupUnit(word);
    if (!unit) return { unknown: word };
    dims = divideDims(dims, unit.dims);
    scale = scale.div(unit.scale);
  }
  return { dims, scale, kind: divisors.length === 0 ? first.kind : "plain" };
}

function combine(a: Dims, b: Dims, sign: 1 | -1): Dims {
  const out: Record<string, number> = { ...a };
  for (const [dim, exp] of Object.entries(b)) {
    const next = (out[dim] ?? 0) + sign * exp;
    if (next === 0) delete out[dim];
    else out[dim] = next;
  }
  return out;
}

export const multiplyDims = (a: Dims, b: Dims): Dims => combine(a, b, 1);
export const divideDims = (a: Dims, b: Dims): Dims => combine(a, b, -1);

export function sameDims(a: Dims, b: Dims): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export const isDimensionless = (d: Dims): boolean => Object.keys(d).length === 0;

/** 金额 shows as 万元 (the unit money is held in); 元/平方米/月 style for compounds. */
export function formatDims(dims: Dims): string {
  const name = (dim: string) => (dim === MONEY ? "万元" : dim);
  const up = Object.entries(dims).filter(([, e]) => e > 0);
  const down = Object.entries(dims).filter(([, e]) => e < 0);
  const part = ([dim, e]: [string, number]) => name(dim) + (Math.abs(e) > 1 ? `^${Math.abs(e)}` : "");
  const numerator = up.length ? up.map(part).join("·") : "1";
  return [numerator, ...down.map(part)].join("/");
}
