import { describe, expect, it } from 'vitest';
import { defaultNameOrder, guessNameLang, inLanguage, latinName, nativeName, sendingGovernmentLabel, trainingFieldLabel, type PersonName } from './names';

const person = (p: Partial<PersonName>): PersonName => ({
  familyNameNative: null,
  givenNameNative: null,
  familyNameLatin: null,
  givenNameLatin: null,
  nameLang: 'other',
  nameOrder: 'given_first',
  ...p,
});

describe('names', () => {
  it('labels a sending government local name first, English once, Japanese on Japanese screens', () => {
    const gyeongju = { nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' };
    expect(sendingGovernmentLabel(gyeongju, 'ja')).toBe('경주시 / Gyeongju / 慶州市');
    expect(sendingGovernmentLabel(gyeongju, 'en')).toBe('경주시 / Gyeongju');
    expect(sendingGovernmentLabel({ nameLocal: 'Cusco', nameEn: 'Cusco', nameJa: 'クスコ市' }, 'ja')).toBe('Cusco / クスコ市');
    expect(sendingGovernmentLabel({ nameLocal: 'Cusco', nameEn: 'Cusco', nameJa: null }, 'ja')).toBe('Cusco');
  });

  it('labels a training field in the language asked for', () => {
    const field = { nameJa: '一般行政', nameEn: 'General administration' };
    expect([trainingFieldLabel(field, 'ja'), trainingFieldLabel(field, 'en')]).toEqual(['一般行政', 'General administration']);
    expect(trainingFieldLabel({ nameJa: null, nameEn: null }, 'en')).toBeNull();
  });

  it('names a checklist item (any name kept in Japanese and English) in the language asked for, Japanese when it has no English', () => {
    expect(inLanguage('査証発給', 'Visa issued', 'ja')).toBe('査証発給');
    expect(inLanguage('査証発給', 'Visa issued', 'en')).toBe('Visa issued');
    expect(inLanguage('査証発給', '', 'en')).toBe('査証発給');
    expect(inLanguage('航空券の手配', null, 'en')).toBe('航空券の手配');
  });

  it('writes CJK names family first without a space', () => {
    expect(nativeName(person({ familyNameNative: '김', givenNameNative: '시현', nameLang: 'ko', nameOrder: 'family_first' }))).toBe('김시현');
    expect(nativeName(person({ familyNameNative: '肖', givenNameNative: '雨晴', nameLang: 'zh-Hans', nameOrder: 'family_first' }))).toBe('肖雨晴');
  });

  it('writes other names given first with a space, and single names alone', () => {
    expect(nativeName(person({ familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', nameLang: 'ne' }))).toBe('अनिता श्रेष्ठ');
    expect(nativeName(person({ givenNameNative: 'Suharto', nameLang: 'id' }))).toBe('Suharto');
  });

  it('capitalises the family name of the passport name in the person\'s order', () => {
    expect(latinName(person({ familyNameLatin: 'Kim', givenNameLatin: 'Sihyeon', nameOrder: 'family_first' }))).toBe('KIM Sihyeon');
    expect(latinName(person({ familyNameLatin: 'Peña Quispe', givenNameLatin: 'José Luis' }))).toBe('José Luis PEÑA QUISPE');
  });

  it('falls back to the passport name when no native name is known', () => {
    expect(nativeName(person({ familyNameLatin: 'Tan', givenNameLatin: 'Mei Ling', nameOrder: 'family_first' }))).toBe('TAN Mei Ling');
  });

  it('guesses the language from the script', () => {
    expect(guessNameLang('김시현')).toBe('ko');
    expect(guessNameLang('अनिता')).toBe('ne');
    expect(guessNameLang('王晓燕')).toBe('zh-Hans');
    expect(guessNameLang('やまだ')).toBe('ja');
    expect(guessNameLang('José')).toBeNull();
    expect(defaultNameOrder('ko')).toBe('family_first');
    expect(defaultNameOrder('es')).toBe('given_first');
  });
});
