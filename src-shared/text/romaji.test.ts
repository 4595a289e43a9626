import { describe, expect, it } from 'vitest';
import { katakanaToRomaji } from './romaji';

describe('katakana in Hepburn romaji', () => {
  it('reads every plain, voiced and half-voiced kana as Hepburn writes it', () => {
    const rows: Array<[string, string]> = [
      ['アイウエオ', 'a i u e o'],
      ['カキクケコ', 'ka ki ku ke ko'],
      ['サシスセソ', 'sa shi su se so'],
      ['タチツテト', 'ta chi tsu te to'],
      ['ナニヌネノ', 'na ni nu ne no'],
      ['ハヒフヘホ', 'ha hi fu he ho'],
      ['マミムメモ', 'ma mi mu me mo'],
      ['ヤユヨ', 'ya yu yo'],
      ['ラリルレロ', 'ra ri ru re ro'],
      ['ワヲン', 'wa o n'],
      ['ガギグゲゴ', 'ga gi gu ge go'],
      ['ザジズゼゾ', 'za ji zu ze zo'],
      ['ダヂヅデド', 'da ji zu de do'],
      ['バビブベボ', 'ba bi bu be bo'],
      ['パピプペポ', 'pa pi pu pe po'],
      ['ヴ', 'vu'],
      ['ァィゥェォャュョ', 'a i u e o ya yu yo'],
    ];
    for (const [kana, romaji] of rows) {
      expect([...kana].map((c) => katakanaToRomaji(c)).join(' '), kana).toBe(romaji);
    }
  });

  it('reads every two-kana combination as one syllable', () => {
    const pairs: Record<string, string> = {
      キャ: 'kya', キュ: 'kyu', キョ: 'kyo', シャ: 'sha', シュ: 'shu', ショ: 'sho', シェ: 'she', チャ: 'cha', チュ: 'chu',
      チョ: 'cho', チェ: 'che', ニャ: 'nya', ニュ: 'nyu', ニョ: 'nyo', ヒャ: 'hya', ヒュ: 'hyu', ヒョ: 'hyo', ミャ: 'mya',
      ミュ: 'myu', ミョ: 'myo', リャ: 'rya', リュ: 'ryu', リョ: 'ryo', ギャ: 'gya', ギュ: 'gyu', ギョ: 'gyo', ジャ: 'ja',
      ジュ: 'ju', ジョ: 'jo', ジェ: 'je', ビャ: 'bya', ビュ: 'byu', ビョ: 'byo', ピャ: 'pya', ピュ: 'pyu', ピョ: 'pyo',
      ファ: 'fa', フィ: 'fi', フェ: 'fe', フォ: 'fo', ティ: 'ti', ディ: 'di', トゥ: 'tu', ドゥ: 'du', ウィ: 'wi', ウェ: 'we',
      ウォ: 'wo', ヴァ: 'va', ヴィ: 'vi', ヴェ: 've', ヴォ: 'vo', ツァ: 'tsa', イェ: 'ye', スィ: 'si', ズィ: 'zi',
    };
    for (const [kana, romaji] of Object.entries(pairs)) expect(katakanaToRomaji(kana), kana).toBe(romaji);
  });

  it('doubles the consonant after ッ, drops the long-vowel mark, and passes other characters through', () => {
    expect(katakanaToRomaji('キム シヒョン')).toBe('kimu shihyon');
    expect(katakanaToRomaji('ホセ ペニャ')).toBe('hose penya');
    expect(katakanaToRomaji('マッチャ')).toBe('maccha');
    expect(katakanaToRomaji('ハットリ')).toBe('hattori');
    expect(katakanaToRomaji('ッ')).toBe('');
    expect(katakanaToRomaji('ッA')).toBe('A'); // nothing to double: the mark is dropped, the letter kept
    expect(katakanaToRomaji('ッカカ')).toBe('kkaka'); // only the next syllable is doubled
    expect(katakanaToRomaji('ルーシー')).toBe('rushi');
    expect(katakanaToRomaji('Kim 김')).toBe('Kim 김');
    expect(katakanaToRomaji('')).toBe('');
  });
});
