// Which words of the 原文 a step rests on. A drafter may name the fragment (据“…”), which must then occur in the
// 原文; otherwise the citation pass takes the clause of the 原文 (between punctuation) where a number the step uses is
// written, so every line of an explanation points at the sentence it comes from.
const strip = (s: string) => s.replace(/[\s\u3000]+/g, "");

export function fragmentContains(originalText: string, fragment: string): boolean {
  return strip(fragment).length > 0 && strip(originalText).includes(strip(fragment));
}

/**
 * The sentence (between 。；) of the 原文 that mentions the most of the step's numbers; ties go to the earliest.
 * Several numbers pin down the right sentence where one alone (a bound shared by two bands) would not.
 */
export function firstSentenceOf(originalText: string, literals: readonly string[], words: readonly string[] = []): string {
  const sentences = strip(originalText).split(/(?<=[。；;])/).filter((s) => s.length > 0);
  let best = "";
  let bestScore = 0;
  for (const sentence of sentences) {
    const numbers = new Set(literals.filter((lit) => mentions(sentence, lit))).size;
    if (numbers === 0) continue;
    // Among sentences with as many of the numbers, prefer the one that shares the longest run with the row's key
    // (数据管理贯标二级 ↔ “数据管理国家标准贯标二级”), so a row cites its own sentence, not the first “10万元”.
    const score = numbers * 1000 + Math.max(0, ...words.map((w) => longestCommonRun(w, sentence)));
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best.replace(/[。；;]$/, "");
}

/** Ways the documents write a number: 20万元 also appears as “20万、25万元”, 1亿元 as “1亿”. */
function spellings(literal: string): string[] {
  const first = strip(literal).split("/")[0]!;
  const m = /^([0-9.]+)(万元|亿元)$/.exec(first);
  return m ? [first, `${m[1]}${m[2]![0]}`] : [first];
}

function mentions(sentence: string, literal: string): boolean {
  for (const needle of spellings(literal)) {
    for (let at = sentence.indexOf(needle); at >= 0; at = sentence.indexOf(needle, at + 1)) {
      if (at === 0 || !/[0-9.]/.test(sentence[at - 1]!)) return true;
    }
  }
  return false;
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let len = best + 1; i + len <= a.length; len++) {
      if (!b.includes(a.slice(i, i + len))) break;
      best = len;
    }
  }
  return best;
}

/** The first sentence (between 。；) of the 原文 that contains `word`, or "" when none does. */
export function sentenceContaining(originalText: string, word: string): string {
  const sentences = strip(originalText).split(/(?<=[。；;])/);
  return (sentences.find((s) => s.includes(word)) ?? "").replace(/[。；;]$/, "");
}
