import { describe, expect, it } from 'vitest';
import { katakanaToRomaji, normalizeForSearch, searchText, toKatakana } from './search';

describe('search normalisation', () => {
  it('ignores case, width and Latin accents', () => {
    expect(normalizeForSearch('ＰＥÑＡ')).toBe('pena');
    expect(normalizeForSearch('José Luis')).toBe('jose luis');
    expect(normalizeForSearch('ｷﾑ')).toBe('キム');
  });

  it('reads hiragana as katakana', () => {
    expect(toKatakana('きむ しひょん')).toBe('キム シヒョン');
    expect(normalizeForSearch('きむ')).toBe('キム');
  });

  it('keeps the marks of Devanagari and Hangul', () => {
    expect(normalizeForSearch('अनिता')).toBe('अनिता');
    expect(normalizeForSearch('김시현')).toBe('김시현');
    expect(normalizeForSearch('王晓燕')).toBe('王晓燕');
  });

  it('romanises katakana readings the Hepburn way', () => {
    expect(katakanaToRomaji('キム シヒョン')).toBe('kimu shihyon');
    expect(katakanaToRomaji('チェ ミンジュン')).toBe('che minjun');
    expect(katakanaToRomaji('ホセ ペニャ')).toBe('hose penya');
    expect(katakanaToRomaji('ラジェシュ')).toBe('rajeshu');
    expect(katakanaToRomaji('ハットリ')).toBe('hattori');
  });

  it('indexes every name form, so romaji finds the katakana reading', () => {
    const text = searchText({
      familyNameNative: '김',
      givenNameNative: '시현',
      familyNameLatin: 'Kim',
      givenNameLatin: 'Sihyeon',
      nameKana: 'キム シヒョン',
      preferredName: null,
    });
    expect(text).toContain('김시현');
    expect(text).toContain('kim sihyeon');
    expect(text).toContain('sihyeon kim');
    expect(text).toContain('キムシヒョン');
    expect(text).toContain('kimu shihyon');
  });
});
