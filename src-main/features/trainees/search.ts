/**
 * Search normalisation: what a person types and what is stored are brought to one form, so
 * that case, width (全角/半角), kana (ひらがな/カタカナ) and Latin accents (Peña/Pena) do not
 * matter, and katakana readings can be found by their romaji (キム ← kim).
 */

const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const KANA_OFFSET = 0x60;

/** Hiragana become katakana; everything else is left alone. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => {
    const code = c.charCodeAt(0);
    return code >= HIRAGANA_START && code <= HIRAGANA_END ? String.fromCharCode(code + KANA_OFFSET) : c;
  });
}

/**
 * One form for comparing: NFKC (full-width Latin and digits, half-width katakana), lower
 * case, Latin diacritics removed, hiragana as katakana, spaces collapsed. Marks of other
 * scripts (Devanagari vowel signs, Hangul) are kept: they are letters there.
 */
export function normalizeForSearch(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  const withoutLatinAccents = nfkc.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return toKatakana(withoutLatinAccents).replace(/[\s\u3000・=＝-]+/g, ' ').trim();
}

// Hepburn, as readings are given in Japan; two-kana combinations first.
const DIGRAPHS: Record<string, string> = {
  キャ: 'kya', キュ: 'kyu', キョ: 'kyo', シャ: 'sha', シュ: 'shu', ショ: 'sho', シェ: 'she', チャ: 'cha', チュ: 'chu',
  チョ: 'cho', チェ: 'che', ニャ: 'nya', ニュ: 'nyu', ニョ: 'nyo', ヒャ: 'hya', ヒュ: 'hyu', ヒョ: 'hyo', ミャ: 'mya',
  ミュ: 'myu', ミョ: 'myo', リャ: 'rya', リュ: 'ryu', リョ: 'ryo', ギャ: 'gya', ギュ: 'gyu', ギョ: 'gyo', ジャ: 'ja',
  ジュ: 'ju', ジョ: 'jo', ジェ: 'je', ビャ: 'bya', ビュ: 'byu', ビョ: 'byo', ピャ: 'pya', ピュ: 'pyu', ピョ: 'pyo',
  ファ: 'fa', フィ: 'fi', フェ: 'fe', フォ: 'fo', ティ: 'ti', ディ: 'di', トゥ: 'tu', ドゥ: 'du', ウィ: 'wi', ウェ: 'we',
  ウォ: 'wo', ヴァ: 'va', ヴィ: 'vi', ヴェ: 've', ヴォ: 'vo', ツァ: 'tsa', イェ: 'ye', スィ: 'si', ズィ: 'zi',
};

const MONOGRAPHS: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', サ: 'sa', シ: 'shi',
  ス: 'su', セ: 'se', ソ: 'so', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to', ナ: 'na', ニ: 'ni', ヌ: 'nu',
  ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho', マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me',
  モ: 'mo', ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヲ: 'o', ン: 'n',
  ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', ダ: 'da',
  ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do', バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi',
  プ: 'pu', ペ: 'pe', ポ: 'po', ヴ: 'vu', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo',
};

/** Katakana in Hepburn romaji (キム シヒョン → kimu shihyon); other characters pass through. */
export function katakanaToRomaji(kana: string): string {
  let out = '';
  let doubleNext = false;
  for (let i = 0; i < kana.length; i++) {
    const pair = kana.slice(i, i + 2);
    const c = kana[i]!;
    let syllable: string | undefined = DIGRAPHS[pair];
    if (syllable) i++;
    else syllable = MONOGRAPHS[c];
    if (c === 'ッ') {
      doubleNext = true;
      continue;
    }
    if (c === 'ー') continue; // long vowels are written without a mark in passports
    if (syllable === undefined) {
      out += c;
      continue;
    }
    out += doubleNext ? syllable[0] + syllable : syllable;
    doubleNext = false;
  }
  return out;
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
  const kana = t.nameKana ? normalizeForSearch(t.nameKana) : '';
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
  return parts
    .filter((p): p is string => Boolean(p))
    .map(normalizeForSearch)
    .join(' | ');
}
