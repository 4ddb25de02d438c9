// Numbers written as text: the one home of the number patterns and of how typed text is cleaned up. The argument
// adapter reads cells, command-line words and JSON numbers through here, and the add-in's formula reader
// (addin/src/formula.ts parseArg) reads a formula's number literals with `readFormulaNumber` below.

/**
 * A number written out in decimal by a machine or on a command line — a JSON number, a command-line word —
 * carried as its text so that it is read exactly, never through a double (12345678901234567890.123456 stays so).
 */
export class WrittenNumber {
  constructor(readonly text: string) {}
}

/** A number as a drafter writes it in a policy file, before its unit (1000万元, 2.5%): digits and a fraction. */
export const POLICY_NUMBER = "[0-9]+(?:\\.[0-9]+)?";

/** A number as a person types it in a cell: optional sign, digits (optionally grouped in threes by commas), fraction. */
export const TYPED_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A number as a machine writes it (JSON, a command-line word, an Excel formula): digits, fraction, exponent. */
export const MACHINE_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The longest text an argument may be. Far beyond any amount or enum value a policy has; it keeps a pasted
 * megabyte from being normalised, matched and converted before it is refused.
 */
export const MAX_TEXT_LENGTH = 256;

/**
 * Text as the adapter compares it: NFKC (the full-width digits, letters, brackets and ％ a Chinese IME types read
 * as their half-width forms: ４０００ → 4000, Ａ类 → A类, （ → (), then without surrounding blanks (NFKC also
 * turns the ideographic space U+3000 into a plain one).
 */
export function normalizeTyped(text: string): string {
  return text.normalize("NFKC").trim();
}

export type TypedNumber =
  | { readonly ok: true; readonly digits: string; readonly unit: string }
  | { readonly ok: false; readonly why: "not-a-number" | "blank-inside"; readonly unit: string };

/**
 * Splits cleaned-up cell text into its number and the word after it: "4,000 万元" → digits 4000, unit 万元;
 * "5%" → 5, %. Blanks around the number, and between it and its unit, are fine; a blank inside the number
 * ("4 000", "3.5 2", "- 5") is not a thousands separator we can trust, so it is reported, never deleted.
 */
export function readTypedNumber(text: string): TypedNumber {
  const m = /^(.*?)\s*([^\d\s.,+-]*)$/su.exec(text)!;
  const number = m[1]!, unit = m[2]!;
  if (TYPED_NUMBER.test(number)) return { ok: true, digits: number.replace(/,/g, ""), unit };
  const blankInside = /\s/.test(number) && TYPED_NUMBER.test(number.replace(/\s+/g, ""));
  return { ok: false, why: blankInside ? "blank-inside" : "not-a-number", unit };
}

/**
 * A number literal in an Excel formula as an exact number: "4000", "1.5E3", and a percentage "5%" as 5e-2 (what
 * Excel hands a function for =F(5%)); null when the text is not a number literal. For the add-in's formula reader
 * (addin/src/formula.ts), so that a formula's literals never pass through a double.
 */
export function readFormulaNumber(text: string): WrittenNumber | null {
  const t = normalizeTyped(text);
  if (t.length > MAX_TEXT_LENGTH) return null;
  if (MACHINE_NUMBER.test(t)) return new WrittenNumber(t);
  const body = t.slice(0, -1);
  if (!t.endsWith("%") || !MACHINE_NUMBER.test(body)) return null;
  const [, mantissa, exponent] = /^(.*?)(?:e([+-]?\d+))?$/i.exec(body)!;
  // (BigInt(2), not 2n: the add-in bundles target ES2017, which has no BigInt literals.)
  return new WrittenNumber(`${mantissa}e${BigInt(exponent ?? 0) - BigInt(2)}`);
}
