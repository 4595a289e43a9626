import type { Language } from '../contract/settings';
import countries from '../../resources/reference/countries.json';

const byCode = new Map(countries.map((c) => [c.code, c]));

export function countryName(code: string, language: Language): string {
  return byCode.get(code)?.[language] ?? code;
}

/**
 * How the Japanese names written with kanji are read, so that 中国 (ちゅうごく) sorts among
 * the チ and not after every kana name; names in katakana are their own reading.
 */
const READINGS: Record<string, string> = {
  AE: 'アラブシュチョウコクレンポウ', AQ: 'ナンキョク', AS: 'ベイリョウサモア', AX: 'オーランドショトウ', BQ: 'オランダリョウカリブ',
  BV: 'ブーベトウ', CC: 'ココス(キーリング)ショトウ', CD: 'コンゴミンシュキョウワコク(キンシャサ)', CF: 'チュウオウアフリカキョウワコク',
  CG: 'コンゴキョウワコク(ブラザビル)', CK: 'クックショトウ', CN: 'チュウゴク', CX: 'クリスマストウ', DM: 'ドミニカコク',
  DO: 'ドミニカキョウワコク', EH: 'ニシサハラ', FK: 'フォークランドショトウ', FM: 'ミクロネシアレンポウ', FO: 'フェローショトウ',
  GF: 'フツリョウギアナ', GQ: 'セキドウギニア', GS: 'サウスジョージア・サウスサンドウィッチショトウ',
  HK: 'チュウカジンミンキョウワコクホンコントクベツギョウセイク', HM: 'ハードトウ・マクドナルドショトウ', IM: 'マントウ',
  IO: 'エイリョウインドヨウチイキ', JP: 'ニホン', KP: 'キタチョウセン', KR: 'カンコク', KY: 'ケイマンショトウ', MH: 'マーシャルショトウ',
  MK: 'キタマケドニア', MO: 'チュウカジンミンキョウワコクマカオトクベツギョウセイク', MP: 'キタマリアナショトウ', NF: 'ノーフォークトウ',
  PF: 'フツリョウポリネシア', PM: 'サンピエールトウ・ミクロントウ', PN: 'ピトケアンショトウ', PS: 'パレスチナジチク', SB: 'ソロモンショトウ',
  SJ: 'スバールバルショトウ・ヤンマイエントウ', SS: 'ミナミスーダン', TC: 'タークス・カイコスショトウ', TF: 'フツリョウキョクナンショトウ',
  TL: 'ヒガシティモール', TW: 'タイワン', UM: 'ガッシュウコクリョウユウショウリトウ', US: 'アメリカガッシュウコク', VA: 'バチカンシコク',
  VC: 'セントビンセントオヨビグレナディーンショトウ', VG: 'エイリョウヴァージンショトウ', VI: 'ベイリョウヴァージンショトウ', ZA: 'ミナミアフリカ',
};

/** Orders country codes by their names: in Japanese 五十音順 of the reading, in English alphabetically. */
export function compareCountries(language: Language): (a: string, b: string) => number {
  const collator = new Intl.Collator(language === 'ja' ? 'ja' : 'en');
  const key = (code: string) => (language === 'ja' ? (READINGS[code] ?? countryName(code, 'ja')) : countryName(code, 'en'));
  return (a, b) => collator.compare(key(a), key(b));
}

