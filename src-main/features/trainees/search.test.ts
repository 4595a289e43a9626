import { describe, expect, it } from 'vitest';
import { searchText } from './search';

describe('trainee search text', () => {
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

  it('a trainee without a katakana reading is indexed by the names there are, and nothing else', () => {
    const text = searchText({
      familyNameNative: null,
      givenNameNative: null,
      familyNameLatin: 'Peña',
      givenNameLatin: 'Rosa',
      nameKana: null,
      preferredName: null,
    });
    expect(text).toBe('pena rosa | rosa pena');
  });
});
