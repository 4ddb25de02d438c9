// Which words of the 原文 a step rests on. A drafter may name the fragment (据“…”), which must then occur in the
// 原文; otherwise the checker takes the clause of the 原文 (between punctuation) where a number the step uses is
// written, so every line of an explanation points at the sentence it comes from.
const strip = (s: string) => s.replace(/[\s\u3000]+/g, "");

export function fragmentContains(originalText: string, fragment: string): boolean {
  return strip(fragment).length > 0 && strip(originalText).includes(strip(fragment));
}

/**
 * The sentence (between 。；) of the 原文 that mentions the most of the step's numbers; ties go to the earliest.
 * Several numbers pin down the right sentence where one alone (a bound shared by two bands) would not.
 */
export function firstSentenceOf(originalText: string, literals: readonly string[]): string {
  const sentences = strip(originalText).split(/(?<=[。；;])/).filter((s) => s.length > 0);
  let best = "";
  let bestScore = 0;
  for (const sentence of sentences) {
    const score = new Set(literals.filter((lit) => mentions(sentence, lit))).size;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best.replace(/[。；;]$/, "");
}

function mentions(sentence: string, literal: string): boolean {
  const needle = strip(literal).split("/")[0]!;
  for (let at = sentence.indexOf(needle); at >= 0; at = sentence.indexOf(needle, at + 1)) {
    if (at === 0 || !/[0-9.]/.test(sentence[at - 1]!)) return true;
  }
  return false;
}
