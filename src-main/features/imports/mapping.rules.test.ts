import { describe, expect, it } from 'vitest';
import { fieldOfHeader, findHeaderRow, guessMapping, headerMatcher, splitFullName, splitLatinName, splitNativeName } from './mapping';
import { cellText, matchChoice, parseCountry, parseDate, trainingFieldChoices } from './normalize';

describe('import headers', () => {
  it('reads a header however the sheet writes it: width, case, brackets, spaces', () => {
    expect(fieldOfHeader('「生年月日」')).toBe('birthDate');
    expect(fieldOfHeader('Passport No.')).toBe('passportNumber');
    expect(fieldOfHeader('ＰＡＳＳＰＯＲＴ　ＮＵＭＢＥＲ')).toBe('passportNumber');
    expect(fieldOfHeader('姓(ローマ字)')).toBe('familyNameLatin');
    expect(fieldOfHeader('フリガナ')).toBe('nameKana');
    expect(fieldOfHeader('好きな食べ物')).toBeNull();
  });

  it('finds the header row among the first five: the one naming the most fields', () => {
    const rows = [['令和6年度 研修員名簿'], [], ['氏名', '国籍', '生年月日'], ['王晓燕', '中国', '1994-03-12']];
    expect(findHeaderRow(rows)).toBe(2);
    expect(findHeaderRow([['氏名', '国籍'], ['氏名', '国籍']])).toBe(0); // a tie keeps the first
    expect(findHeaderRow([[1, 2], ['x']])).toBe(0);
    const late = [[], [], [], [], [], ['氏名', '国籍', '生年月日']];
    expect(findHeaderRow(late)).toBe(0); // only the first five rows are looked at
    expect(findHeaderRow([[42, '国籍'], ['x', 'y']])).toBe(0);
    expect(findHeaderRow([['x'], [42, '国籍']])).toBe(1);
  });

  it('counts the cells that name a field, not the cells: a wider title row loses to the header', () => {
    expect(findHeaderRow([['令和6年度', '研修員', '名簿', '(案)'], ['氏名', '国籍']])).toBe(1);
    expect(findHeaderRow([[1, 2, 3], ['国籍']])).toBe(1);
  });

  it('maps each column to a field once: a second column with the same field is left unmapped', () => {
    expect(guessMapping(['国籍', '氏名', 'Nationality', 'メモ', '?'])).toEqual(['nationality', 'fullName', null, 'notes', null]);
  });

  it('keeps the first field that claims a label', () => {
    const matcher = headerMatcher(['a', 'b'] as const, (field) => (field === 'a' ? ['Name', undefined] : ['name', 'other']));
    expect(matcher.fieldOf('NAME')).toBe('a');
    expect(matcher.fieldOf('Other')).toBe('b');
    expect(matcher.fieldOf('')).toBeNull();
  });
});

describe('names from one column', () => {
  it('splits a passport name by its comma, its capitals, or family name first', () => {
    expect(splitLatinName('NGUYEN Thi Mai')).toEqual({ family: 'NGUYEN', given: 'Thi Mai' });
    expect(splitLatinName('Thi Mai NGUYEN')).toEqual({ family: 'NGUYEN', given: 'Thi Mai' });
    expect(splitLatinName('Kim Minji')).toEqual({ family: 'Kim', given: 'Minji' });
    expect(splitLatinName('  Peña Quispe ,  José Luis ')).toEqual({ family: 'Peña Quispe', given: 'José Luis' });
    expect(splitLatinName(', Anita')).toEqual({ family: null, given: 'Anita' });
    expect(splitLatinName('')).toEqual({ family: null, given: null });
    // Capitals in the middle only: neither leading nor trailing, so the passport's order.
    expect(splitLatinName('Maria DE LA Cruz')).toEqual({ family: 'Maria', given: 'DE LA Cruz' });
    // A trailing run of capitals after a word in capitals is not a family name at the end.
    expect(splitLatinName('Ana MARIA Lopez GARCIA')).toEqual({ family: 'Ana', given: 'MARIA Lopez GARCIA' });
    expect(splitLatinName("O'NEIL Sean")).toEqual({ family: "O'NEIL", given: 'Sean' });
    expect(splitLatinName('Sean 2')).toEqual({ family: 'Sean', given: '2' });
  });

  it('reads a name all in capitals in the passport order, family name first', () => {
    expect(splitLatinName('KIM MINJI')).toEqual({ family: 'KIM', given: 'MINJI' });
    expect(splitLatinName('NGUYEN THI MAI')).toEqual({ family: 'NGUYEN', given: 'THI MAI' });
  });

  it('keeps every leading word in capitals as the family name, spaced as written', () => {
    expect(splitLatinName('PEÑA QUISPE José Luis')).toEqual({ family: 'PEÑA QUISPE', given: 'José Luis' });
  });

  it('does not read a word without letter case as capitals', () => {
    // 王 is its own upper and lower case: not a family name in capitals, so the passport's order.
    expect(splitLatinName('Mai 王')).toEqual({ family: 'Mai', given: '王' });
  });

  it('splits a native name in its language\'s order, or by characters for Korean and Chinese', () => {
    expect(splitNativeName('김 민지')).toEqual({ family: '김', given: '민지' });
    expect(splitNativeName('김\u3000민지')).toEqual({ family: '김', given: '민지' });
    expect(splitNativeName('王 晓 燕')).toEqual({ family: '王', given: '晓 燕' });
    expect(splitNativeName('राजेश अधिकारी')).toEqual({ family: 'अधिकारी', given: 'राजेश' });
    expect(splitNativeName('王晓燕')).toEqual({ family: '王', given: '晓燕' });
    expect(splitNativeName('刘佳')).toEqual({ family: '刘', given: '佳' });
    expect(splitNativeName('김')).toEqual({ family: '김', given: null });
    expect(splitNativeName('남궁민수')).toEqual({ family: '남궁', given: '민수' });
    expect(splitNativeName('やまだはなこ')).toEqual({ family: 'やまだはなこ', given: null });
    expect(splitNativeName('')).toEqual({ family: null, given: null });
  });

  it('takes the last word as the family name of a given-first name, the words before it as the given name', () => {
    expect(splitNativeName('राजेश कुमार अधिकारी')).toEqual({ family: 'अधिकारी', given: 'राजेश कुमार' });
  });

  it('reads a whole-name column as the passport name when it is Latin, else as the native name', () => {
    expect(splitFullName('José Luis PEÑA QUISPE')).toEqual({ latin: { family: 'PEÑA QUISPE', given: 'José Luis' }, native: null });
    expect(splitFullName("Nguyễn Thị, O'Brien-Smith.")).toMatchObject({ native: null });
    expect(splitFullName('이서연')).toEqual({ latin: null, native: { family: '이', given: '서연' } });
    expect(splitFullName('Kim 김')).toMatchObject({ latin: null });
  });
});

describe('cells', () => {
  it('reads dates from Excel dates and text, and refuses numbers and impossible dates', () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(new Date('invalid'))).toBe('invalid');
    expect(parseDate(45432)).toBe('invalid');
    expect(parseDate('R6.5.20')).toBe('2024-05-20');
    expect(parseDate(new Date(Date.UTC(2024, 4, 20)))).toBe('2024-05-20'); // an Excel date: the day only
  });

  it('reads a country from its code or its name in either language, null when empty, undefined when unknown', () => {
    expect(parseCountry('KR')).toBe('KR');
    expect(parseCountry('韓国')).toBe('KR');
    expect(parseCountry('大韓民国')).toBe('KR');
    expect(parseCountry('Republic of Korea')).toBe('KR');
    expect(parseCountry('KOREA')).toBe('KR');
    expect(parseCountry('中華人民共和国')).toBe('CN');
    expect(parseCountry('ネパール')).toBe('NP');
    expect(parseCountry('Nepal')).toBe('NP');
    expect(parseCountry('  ')).toBeNull();
    expect(parseCountry(null)).toBeNull();
    expect(parseCountry('Atlantis')).toBeUndefined();
  });

  it('reads cell text trimmed, dates as ISO, numbers as typed, and a guarded formula as it was', () => {
    expect(cellText(null)).toBeNull();
    expect(cellText('  ')).toBeNull();
    expect(cellText(' 김 ')).toBe('김');
    expect(cellText(new Date(Date.UTC(2024, 4, 20)))).toBe('2024-05-20');
    expect(cellText(12345678)).toBe('12345678');
    expect(cellText("'+63 912 345 6789")).toBe('+63 912 345 6789');
  });

  it('matches a choice by its code or any label, folded, the first listed winning a shared label', () => {
    const choices = [
      { code: 'selected', labels: ['決定', 'Selected'] },
      { code: 'applicant', labels: ['応募', 'Applicant', '決定'] },
    ];
    expect(matchChoice('決定', choices)).toBe('selected');
    expect(matchChoice('ＳＥＬＥＣＴＥＤ', choices)).toBe('selected');
    expect(matchChoice('applicant', choices)).toBe('applicant');
    expect(matchChoice('応募', choices)).toBe('applicant');
    expect(matchChoice('', choices)).toBeNull();
    expect(matchChoice('maybe', choices)).toBeUndefined();
    const fields = trainingFieldChoices([{ id: 'f1', nameJa: '一般行政', nameEn: 'General administration' }]);
    expect(fields).toEqual([{ code: 'f1', labels: ['一般行政', 'General administration'] }]);
    expect(matchChoice('general administration', fields)).toBe('f1');
  });
});
