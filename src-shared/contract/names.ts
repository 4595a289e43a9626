import type { NameLang, NameOrder } from './trainees';

export interface PersonName {
  familyNameNative: string | null;
  givenNameNative: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  nameLang: NameLang;
  nameOrder: NameOrder;
}

// Chinese, Japanese and Korean names are written without a space between the parts.
const UNSPACED = new Set<NameLang>(['zh-Hans', 'zh-Hant', 'ja', 'ko']);

function join(parts: Array<string | null>, separator: string): string {
  return parts.filter((p): p is string => Boolean(p)).join(separator);
}

/** The name in its own script and order (이서연, 王晓燕, अनिता श्रेष्ठ); falls back to the passport name. */
export function nativeName(p: PersonName): string {
  if (!p.familyNameNative && !p.givenNameNative) return latinName(p);
  const parts = p.nameOrder === 'family_first' ? [p.familyNameNative, p.givenNameNative] : [p.givenNameNative, p.familyNameNative];
  return join(parts, UNSPACED.has(p.nameLang) ? '' : ' ');
}

/**
 * The passport name with the family name in capitals, in the person's own order, as
 * Japanese offices write it on lists: `LEE Seoyeon`, `José Luis PEÑA QUISPE`.
 */
export function latinName(p: PersonName): string {
  const family = p.familyNameLatin ? p.familyNameLatin.toLocaleUpperCase() : null;
  const parts = p.nameOrder === 'family_first' ? [family, p.givenNameLatin] : [p.givenNameLatin, family];
  return join(parts, ' ');
}

/** The language tag to mark a native name with, so it is drawn with the right glyphs. */
export function nameLangTag(lang: NameLang): string | undefined {
  return lang === 'other' ? undefined : lang;
}

/** Name order a person from this language usually has. */
export function defaultNameOrder(lang: NameLang): NameOrder {
  return UNSPACED.has(lang) || lang === 'vi' || lang === 'mn' ? 'family_first' : 'given_first';
}

/** Guesses the language of a native name from its script (Hangul → ko, Devanagari → ne …). */
export function guessNameLang(text: string): NameLang | null {
  if (/[\uAC00-\uD7AF\u1100-\u11FF]/u.test(text)) return 'ko';
  if (/[\u0900-\u097F]/u.test(text)) return 'ne';
  if (/[\u3040-\u30FF]/u.test(text)) return 'ja';
  if (/[\u4E00-\u9FFF]/u.test(text)) return 'zh-Hans';
  if (/[\u0E00-\u0E7F]/u.test(text)) return 'th';
  if (/[\u0400-\u04FF]/u.test(text)) return 'ru';
  return null;
}

/** A name kept in Japanese and, optionally, English: the English one on English screens and sheets when there is one. */
export function inLanguage(ja: string, en: string | null | undefined, language: 'ja' | 'en'): string {
  return language === 'en' && en ? en : ja;
}

/**
 * A host's full Japanese name: prefecture and name (大分県宇佐市), without the prefecture twice
 * when the name already starts with it (大分県国際政策課).
 */
export function hostFullName(h: { prefectureJa: string; nameJa: string }): string {
  return h.nameJa.startsWith(h.prefectureJa) ? h.nameJa : h.prefectureJa + h.nameJa;
}

/** The host a record names (an assignment, a trainee's latest host …) in the language of the screen or sheet. */
export function hostNameIn<T extends string | null>(r: { hostName: T; hostNameEn: string | null }, language: 'ja' | 'en'): T {
  return (r.hostName === null ? null : inLanguage(r.hostName, r.hostNameEn, language)) as T;
}

/** A host as a person reads it: 大分県宇佐市 on Japanese screens, Usa City on English ones (when it has an English name). */
export function hostLabel(h: { prefectureJa: string; nameJa: string; nameEn: string | null }, language: 'ja' | 'en'): string {
  return inLanguage(hostFullName(h), h.nameEn, language);
}

/**
 * A sending government as people read it: local script first, then English, then Japanese on
 * Japanese screens and sheets (경주시 / Gyeongju / 慶州市). The English name is left out when it
 * is the local one (Cusco / クスコ市), so no name is written twice.
 */
export function sendingGovernmentLabel(g: { nameLocal: string; nameEn: string; nameJa: string | null }, language: 'ja' | 'en'): string {
  const parts = [g.nameLocal, g.nameEn !== g.nameLocal ? g.nameEn : null, language === 'ja' ? g.nameJa : null];
  return join(parts, ' / ');
}

/** A training field in the language of the screen or sheet: 一般行政 / General administration. */
export function trainingFieldLabel<T extends string | null>(f: { nameJa: T; nameEn: T }, language: 'ja' | 'en'): T {
  return language === 'ja' ? f.nameJa : f.nameEn;
}
