/**
 * Text folding: what a person types and what is stored are brought to one form, so that
 * case, width (全角/半角), kana (ひらがな/カタカナ) and Latin accents (Peña/Pena) do not matter.
 * One home for these rules: search, the host list filter, imports and matching all use it.
 */

const HIRAGANA = /[\u3041-\u3096]/g;
const KANA_OFFSET = 0x60;

/** Hiragana become katakana; everything else is left alone. */
export function toKatakana(text: string): string {
  return text.replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + KANA_OFFSET));
}

/** Full-width Latin letters, digits and signs become half-width, half-width katakana full-width (NFKC), trimmed. */
export function halfWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

/** Latin diacritics removed (Peña → Pena, Nguyễn → Nguyen); marks of other scripts are letters there and stay. */
export function stripLatinAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * One form for comparing: NFKC, lower case, Latin diacritics removed, hiragana as katakana,
 * spaces and name separators (・ = - and their look-alikes ゠ ·) collapsed to one space.
 */
export function foldText(text: string): string {
  return toKatakana(stripLatinAccents(text.normalize('NFKC').toLowerCase()))
    .replace(/[\s\u3000・゠·=＝-]+/g, ' ')
    .trim();
}

/**
 * A key to match a name or a label typed by someone else (an agent's list, a survey tally, a
 * spreadsheet's header): folded as `foldText`, then without spaces, punctuation and brackets,
 * so "PEÑA, Rosa" = "pena rosa" and 「生年月日」 = 生年月日.
 */
export function matchKey(text: string): string {
  return foldText(text).replace(/[\s,.·'’()（）「」『』【】[\]:;]/g, '');
}
