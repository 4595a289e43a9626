import { foldText } from '@shared/text/fold';
import { foldHan } from '@shared/text/han';
import { katakanaToRomaji } from '@shared/text/romaji';

/**
 * A trainee's search text: every name form folded (case, width, kana, Latin accents, and Han
 * characters to one form: 王暁燕 = 王晓燕) into one string, with katakana readings also in romaji,
 * so キム is found by "kim".
 */

/**
 * Which rules made the stored search text: raised whenever `searchText` or `searchQuery` fold
 * differently, so a database written before is indexed again when it is opened (backend.ts).
 * 2: Han characters folded to simplified Chinese (opencc-js). 3: ゠ and · read as name separators.
 */
export const SEARCH_TEXT_VERSION = '3';

/** What is typed in a search box, folded as the stored search text is. */
export function searchQuery(text: string): string {
  return foldHan(foldText(text));
}

export interface SearchableNames {
  familyNameNative: string | null;
  givenNameNative: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  nameKana: string | null;
  preferredName: string | null;
}

/** Everything a trainee can be found by, in one normalised text (parts joined by " | "). */
export function searchText(t: SearchableNames): string {
  const kana = t.nameKana ? foldText(t.nameKana) : '';
  const parts = [
    t.familyNameNative,
    t.givenNameNative,
    // Written both ways round, so "김시현" and "시현" as well as "kim sihyeon" and "sihyeon kim" hit.
    [t.familyNameNative, t.givenNameNative].filter(Boolean).join(''),
    [t.familyNameLatin, t.givenNameLatin].filter(Boolean).join(' '),
    [t.givenNameLatin, t.familyNameLatin].filter(Boolean).join(' '),
    kana,
    kana.replace(/ /g, ''),
    katakanaToRomaji(kana),
    t.preferredName,
  ];
  return foldHan(
    parts
      .filter((p): p is string => Boolean(p))
      .map(foldText)
      .join(' | '),
  );
}
