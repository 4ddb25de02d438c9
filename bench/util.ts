// Small helpers shared by the benchmark sections: timing, statistics, a seeded random source, table printing.
import { performance } from "node:perf_hooks";

export const now = (): number => performance.now();

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The seeded generator shared with the tests (same inputs on every run). */
export { seededRandom as rng } from "../test/support/rng.js";


export interface Options {
  /** Inputs per function for the compiled, hand-written and native versions. */
  readonly inputs: number;
  /** Inputs per function for the reference interpreter (a prefix of the same inputs). */
  readonly interpInputs: number;
  /** Timed passes per version (the median is reported). */
  readonly rounds: number;
  readonly batchLines: number;
  /** Lines of the settlement ledger (section 5). */
  readonly settleRows: number;
  readonly coldRuns: number;
  readonly warmRuns: number;
  readonly sections: ReadonlySet<string>;
  readonly quick: boolean;
}

/** Number formatting for the table: 3 significant figures, thousands separators for big numbers. */
export function fmt(n: number | undefined | null, digits = 3): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return "—";
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString("en-US");
  return Number(n.toPrecision(digits)).toString();
}

export const ms = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? "—" : `${fmt(n)} ms`);
export const perSec = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? "—" : `${fmt(n)}/s`);
export const ratio = (n: number | undefined): string =>
  n === undefined || !Number.isFinite(n) ? "—" : n >= 0.1 ? `${n.toFixed(2)}×` : `${Number(n.toPrecision(2))}×`;

/** Display width of a string in a monospace terminal (CJK characters take two cells). */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function table(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const pad = (s: string, w: number, right: boolean) => (right ? " ".repeat(w - width(s)) + s : s + " ".repeat(w - width(s)));
  const line = (r: readonly string[]) => "  " + r.map((c, i) => pad(c ?? "", widths[i]!, i > 0)).join("  ");
  const rule = "  " + widths.map((w) => "─".repeat(w)).join("  ");
  return [`\n${title}`, line(header), rule, ...rows.map(line)].join("\n");
}

export type Verdict = "met" | "missed" | "n/a";
export interface TargetResult {
  readonly target: string;
  readonly goal: string;
  readonly actual: string;
  readonly verdict: Verdict;
}

export const verdictText = (v: Verdict): string => (v === "met" ? "达标 met" : v === "missed" ? "未达 MISSED" : "n/a");

export function log(s: string): void {
  process.stderr.write(`[bench ${((now() - START) / 1000).toFixed(1)}s] ${s}\n`);
}
export const START = now();
