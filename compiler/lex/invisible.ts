// Characters a reader cannot see: zero-width characters, bidirectional controls, the soft hyphen. Inside a name
// they make two different names look the same, so names may not contain them; anywhere else they are shown by
// code point, since quoting an invisible character tells the reader nothing.
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
