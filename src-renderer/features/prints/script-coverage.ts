/**
 * The code points the bundled fonts draw (Noto Sans JP with its Latin, Vietnamese and Cyrillic
 * subsets, Noto Sans KR, SC and Devanagari). A name with anything else would print from a
 * font the PC happens to have, or as empty boxes, so the preview says so.
 */
const COVERED: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x02ff], // Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
  [0x0300, 0x036f], // combining diacritics
  [0x0400, 0x045f], // Cyrillic (basic)
  [0x0490, 0x0491],
  [0x04b0, 0x04b1],
  [0x0900, 0x097f], // Devanagari
  [0x1100, 0x11ff], // Hangul Jamo
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x206f], // general punctuation
  [0x20a0, 0x20c0],
  [0x2100, 0x214f],
  [0x3000, 0x30ff], // CJK punctuation, hiragana, katakana
  [0x3130, 0x318f], // Hangul compatibility Jamo
  [0x31f0, 0x31ff],
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa8e0, 0xa8ff], // Devanagari Extended
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef], // full-width forms
];

function isCovered(codePoint: number): boolean {
  return COVERED.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The characters of a text that no bundled font draws, each once, in order. */
export function uncoveredCharacters(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) {
    if (!isCovered(ch.codePointAt(0)!) && !found.includes(ch)) found.push(ch);
  }
  return found;
}
