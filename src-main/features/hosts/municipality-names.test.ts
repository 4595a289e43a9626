import { describe, expect, it } from 'vitest';
import { englishName, romanizeReading } from './municipality-names';

describe('English names of municipalities', () => {
  it('romanises readings without long-vowel marks', () => {
    expect(romanizeReading('おおいた')).toBe('Oita');
    expect(romanizeReading('とうきょう')).toBe('Tokyo');
    expect(romanizeReading('ひがしおうみ')).toBe('Higashiomi');
    expect(romanizeReading('きょうと')).toBe('Kyoto');
  });

  it('names each kind of body', () => {
    expect(englishName('うさし', 'municipality')).toBe('Usa City');
    expect(englishName('ひがしおうみし', 'municipality')).toBe('Higashiomi City');
    expect(englishName('とうべつちょう', 'municipality')).toBe('Tobetsu Town');
    expect(englishName('しんしのつむら', 'municipality')).toBe('Shinshinotsu Village');
    expect(englishName('ちゅうおうく', 'ward', true)).toBe('Chuo Ward');
    expect(englishName('ちよだく', 'municipality')).toBe('Chiyoda City');
    expect(englishName('おおいたけん', 'prefecture')).toBe('Oita Prefecture');
    expect(englishName('とうきょうと', 'prefecture')).toBe('Tokyo Metropolis');
    expect(englishName('おおさかふ', 'prefecture')).toBe('Osaka Prefecture');
    expect(englishName('ほっかいどう', 'prefecture')).toBe('Hokkaido');
  });
});
