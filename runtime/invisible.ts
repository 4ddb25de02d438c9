// Characters a reader cannot see: zero-width characters, bidirectional controls, the soft hyphen. Inside a name —
// a policy file's names (the parser), a ledger's enterprise and project (runtime/settlement/ledger.ts) — they make
// two different names look the same, so names may not contain them; anywhere else they are shown by code point,
// since quoting an invisible character tells the reader nothing. Explicit ranges, not \p{Cf}: the add-ins' bundles
// target engines without Unicode property escapes.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** U+200B */
export const codepoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first invisible character in `s`, if any. */
export function firstInvisible(s: string): string | undefined {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.exec(s)?.[0];
}

/** `s` with each invisible character written as its code point, so a message can show it. */
export function describeCharacters(s: string): string {
  return s.replace(INVISIBLE, (ch) => `〔${codepoint(ch)}〕`);
}

/** Whether `s` holds half of a surrogate pair (text cut in the middle of a character outside the BMP). */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
