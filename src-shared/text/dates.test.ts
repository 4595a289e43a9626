import { describe, expect, it } from 'vitest';
import { parseJapaneseDate } from './date-parse';
import { formatDate, formatDateRange, formatFiscalYear, formatOfficialDate, formatOfficialYear, formatWareki } from './date-format';
import { DATE_CASES } from './date-parse.cases';

describe('Japanese dates in', () => {
  it.each(DATE_CASES)('%s → %s', (text, expected) => {
    expect(parseJapaneseDate(text)).toBe(expected);
  });
});

describe('dates out', () => {
  it('writes dates as people in Japan do, and in English', () => {
    expect(formatDate('2024-05-20', 'ja')).toBe('2024年5月20日');
    expect(formatDate('2024-05-20', 'en')).toBe('20 May 2024');
  });

  it('writes 和暦 with 元年 for the first year of an era', () => {
    expect(formatWareki('2024-05-20')).toBe('令和6年5月20日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
  });

  it('writes fiscal years', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('2024年度');
    expect(formatFiscalYear(2024, 'ja', { wareki: true })).toBe('令和6年度');
    expect(formatFiscalYear(2019, 'ja', { wareki: true })).toBe('平成31年度');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
    expect(formatOfficialYear(2024, 'ja')).toBe('令和6年度（2024年度）');
    expect(formatDateRange('2024-05-20', '2024-05-23', 'ja')).toBe('2024年5月20日〜23日');
    expect(formatDateRange('2024-05-20', '2024-06-02', 'ja')).toBe('2024年5月20日〜6月2日');
    expect(formatDateRange('2024-12-30', '2025-01-02', 'ja')).toBe('2024年12月30日〜2025年1月2日');
    expect(formatDateRange('2024-05-20', '2024-05-23', 'en')).toBe('20–23 May 2024');
    expect(formatDateRange('2024-05-20', '2024-06-02', 'en')).toBe('20 May – 2 June 2024');
    expect(formatOfficialYear(2019, 'ja')).toBe('平成31年度（2019年度）');
    expect(formatOfficialYear(2024, 'en')).toBe('FY2024');
    expect(formatOfficialDate('2024-05-20', 'ja')).toBe('令和6年5月20日');
    expect(formatOfficialDate('2024-05-20', 'en')).toBe(formatDate('2024-05-20', 'en'));
  });
});
