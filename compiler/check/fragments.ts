// Which words of the 原文 a step rests on. A drafter may name the fragment (据“…”), which must then occur in the
// 原文; otherwise the checker takes the clause of the 原文 (between punctuation) where a number the step uses is
// written, so every line of an explanation points at the sentence it comes from.
const strip = (s: string) => s.replace(/[\s\u3000]+/g, "");
const BREAKS = /[，。；：！？,;:]/;

export function fragmentContains(originalText: string, fragment: string): boolean {
  return strip(fragment).length > 0 && strip(originalText).includes(strip(fragment));
}

/** The sentence clause of the 原文 where `literal` (digits and unit, e.g. 500万元) is written, or "". */
export function sentenceOf(originalText: string, literal: string): string {
  const text = strip(originalText);
  const needle = strip(literal);
  if (!needle) return "";
  let at = text.indexOf(needle);
  // 10元/平方米/月 is usually written 每月每平方米10元: fall back to the number and its first unit word.
  if (at < 0) at = text.indexOf(needle.split("/")[0]!);
  while (at > 0 && /[0-9.]/.test(text[at - 1]!)) at = text.indexOf(needle, at + 1); // not inside a longer number
  if (at < 0) return "";
  let start = at;
  while (start > 0 && !BREAKS.test(text[start - 1]!)) start--;
  let end = at + needle.length;
  while (end < text.length && !BREAKS.test(text[end]!)) end++;
  return text.slice(start, end);
}

export function firstSentenceOf(originalText: string, literals: readonly string[]): string {
  for (const lit of literals) {
    const s = sentenceOf(originalText, lit);
    if (s) return s;
  }
  return "";
}
