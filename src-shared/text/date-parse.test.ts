import { describe, expect, it } from 'vitest';
import { isRealIsoDate, parseFiscalYear, parseJapaneseDate } from './date-parse';

describe('isRealIsoDate: a real calendar date written YYYY-MM-DD', () => {
  it('takes the first and last years it accepts and refuses the years just outside', () => {
    expect(isRealIsoDate('1900-01-01')).toBe(true);
    expect(isRealIsoDate('1899-12-31')).toBe(false);
    expect(isRealIsoDate('2200-12-31')).toBe(true);
    expect(isRealIsoDate('2201-01-01')).toBe(false);
  });

  it('refuses month 0, month 13 and day 0, and takes month 1, month 12 and day 1', () => {
    expect(isRealIsoDate('2024-00-10')).toBe(false);
    expect(isRealIsoDate('2024-13-10')).toBe(false);
    expect(isRealIsoDate('2024-05-00')).toBe(false);
    expect(isRealIsoDate('2024-01-01')).toBe(true);
    expect(isRealIsoDate('2024-12-31')).toBe(true);
  });

  it('refuses a day past the end of its month, leap years counted', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2023-02-29')).toBe(false);
    expect(isRealIsoDate('2024-04-31')).toBe(false);
    expect(isRealIsoDate('2024-03-31')).toBe(true);
  });

  it('refuses anything not written YYYY-MM-DD, without throwing', () => {
    for (const text of ['', '2024/05/20', '2024-5-20', '20240520', ' 2024-05-20', '2024-05-20T00:00', 'abc']) {
      expect(isRealIsoDate(text), text).toBe(false);
    }
  });
});

describe('parseJapaneseDate: an era year 0 is refused', () => {
  it('令和0年 and 平成0年 are invalid, not a date before the era', () => {
    expect(parseJapaneseDate('令和0年5月1日')).toBe('invalid');
    expect(parseJapaneseDate('H0.1.8')).toBe('invalid');
  });
});

describe('parseFiscalYear: a 年度 as old lists write it', () => {
  it('reads western years with and without 年度 or FY, in full-width digits too', () => {
    expect(parseFiscalYear('2005')).toBe(2005);
    expect(parseFiscalYear('2005年度')).toBe(2005);
    expect(parseFiscalYear('2005年')).toBe(2005);
    expect(parseFiscalYear('FY2005')).toBe(2005);
    expect(parseFiscalYear('fy 2005')).toBe(2005);
    expect(parseFiscalYear('2005FY')).toBe(2005);
    expect(parseFiscalYear('  ２００５年度 ')).toBe(2005);
  });

  it('reads era years by name and by letter, 元 as year 1, each era from its own first year', () => {
    expect(parseFiscalYear('平成17年度')).toBe(2005);
    expect(parseFiscalYear('H17')).toBe(2005);
    expect(parseFiscalYear('h 17')).toBe(2005);
    expect(parseFiscalYear('R2')).toBe(2020);
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('平成元年度')).toBe(1989);
    expect(parseFiscalYear('平成31年度')).toBe(2019);
    expect(parseFiscalYear('昭和64年')).toBe(1989);
    expect(parseFiscalYear('S60')).toBe(1985);
  });

  it('is null for text that is no fiscal year, an era year 0 and an era it does not know', () => {
    for (const text of ['', '年度', '第3期', '2005/4', '17', 'R', '令和0年度', 'H0', 'T5', '大正5年度', 'FY', '20055', '20FY05', '2005 fy 1']) {
      expect(parseFiscalYear(text), text).toBeNull();
    }
  });
});
