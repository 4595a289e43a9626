import { toKatakana } from '@shared/text/fold';
import { katakanaToRomaji } from '@shared/text/romaji';

/**
 * English names of Japanese local governments from their readings, as their own English
 * pages write them: Hepburn without long-vowel marks, and the kind of body as a word
 * (宇佐市 うさし → Usa City, 東近江市 → Higashiomi City, 北海道 → Hokkaido).
 */
export function romanizeReading(hiragana: string): string {
  const romaji = katakanaToRomaji(toKatakana(hiragana))
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u');
  return romaji.charAt(0).toUpperCase() + romaji.slice(1);
}

export type GovernmentKind = 'prefecture' | 'municipality' | 'ward';

const SUFFIXES: Array<[string, string]> = [
  ['し', 'City'],
  ['ちょう', 'Town'],
  ['まち', 'Town'],
  ['そん', 'Village'],
  ['むら', 'Village'],
];

/** 大分県/おおいたけん → Oita Prefecture; 東京都 → Tokyo Metropolis; 大阪府 → Osaka Prefecture. */
function prefectureEnglish(reading: string): string {
  if (reading === 'ほっかいどう') return 'Hokkaido';
  if (reading.endsWith('と')) return `${romanizeReading(reading.slice(0, -1))} Metropolis`;
  const stem = reading.replace(/(けん|ふ)$/, '');
  return `${romanizeReading(stem)} Prefecture`;
}

/**
 * @param isDesignatedCityWard a ward of a designated city (札幌市中央区 → Chuo Ward); Tokyo's
 * special wards call themselves cities in English (千代田区 → Chiyoda City).
 */
export function englishName(reading: string, kind: GovernmentKind, isDesignatedCityWard = false): string {
  if (kind === 'prefecture') return prefectureEnglish(reading);
  if (reading.endsWith('く')) return `${romanizeReading(reading.slice(0, -1))} ${isDesignatedCityWard ? 'Ward' : 'City'}`;
  for (const [suffix, word] of SUFFIXES) {
    if (reading.endsWith(suffix)) return `${romanizeReading(reading.slice(0, -suffix.length))} ${word}`;
  }
  return romanizeReading(reading);
}
