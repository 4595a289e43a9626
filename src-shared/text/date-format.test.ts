import { afterEach, describe, expect, it } from 'vitest';
import {
  ageOn, formatDate, formatDateRange, formatDateTime, formatDay, formatFiscalYear, formatJapanTime, formatLetterDate, formatMonth,
  formatOfficialDate, formatOfficialYear, formatTime, formatWallTime, formatWareki, setSheetDateStyle,
} from './date-format';

afterEach(() => setSheetDateStyle('wareki'));

describe('dates out, in Japanese and English', () => {
  it('writes a date, ignoring a time after it; an empty one as nothing, one it cannot read as it is', () => {
    expect(formatDate('2024-05-20', 'ja')).toBe('2024年5月20日');
    expect(formatDate('2024-05-20', 'en')).toBe('20 May 2024');
    expect(formatDate('2024-05-20T23:30', 'ja')).toBe('2024年5月20日');
    expect(formatDate('bad', 'ja')).toBe('bad');
    expect(formatDate(null, 'ja')).toBe('');
    expect(formatDate(undefined, 'en')).toBe('');
  });

  it('writes a month, from a month or a date in it', () => {
    expect(formatMonth('2025-03', 'ja')).toBe('2025年3月');
    expect(formatMonth('2025-03-15', 'en')).toBe('March 2025');
    expect(formatMonth('bad', 'ja')).toBe('bad');
  });

  it('writes a range once, not repeating what both ends share', () => {
    expect(formatDateRange('2024-05-20', '2024-05-23', 'ja')).toBe('2024年5月20日〜23日');
    expect(formatDateRange('2024-05-20', '2024-06-02', 'ja')).toBe('2024年5月20日〜6月2日');
    expect(formatDateRange('2024-12-28', '2025-01-04', 'ja')).toBe('2024年12月28日〜2025年1月4日');
    expect(formatDateRange('2024-05-20', '2024-05-23', 'en')).toBe('20–23 May 2024');
    expect(formatDateRange('2024-05-20', '2024-06-02', 'en')).toBe('20 May – 2 June 2024');
    expect(formatDateRange('2024-12-28', '2025-01-04', 'en')).toBe('28 December 2024 – 4 January 2025');
    expect(formatDateRange('2024-05-20', '2024-05-20', 'en')).toBe('20 May 2024');
    expect(formatDateRange('x', '2024-05-23', 'ja')).toBe('x〜2024年5月23日');
    expect(formatDateRange('2024-05-20', 'y', 'en')).toBe('20 May 2024〜y');
  });

  it('writes an instant in Japan time, with the day only when it is not today there', () => {
    expect(formatDateTime('2024-05-20T05:35:00Z', 'ja')).toBe('2024年5月20日 14:35');
    expect(formatDateTime('2024-05-20T05:35:00Z', 'en')).toBe('20 May 2024 at 14:35');
    const now = Date.parse('2024-05-20T01:00:00Z'); // 10:00 on 20 May in Japan
    expect(formatJapanTime('2024-05-20T05:35:00Z', 'ja', now)).toBe('14:35');
    expect(formatJapanTime('2024-05-19T14:10:00Z', 'ja', now)).toBe('5月19日 23:10');
    expect(formatJapanTime('2024-05-19T14:10:00Z', 'en', now)).toBe('19 May, 23:10');
    expect(formatJapanTime('2024-05-19T15:10:00Z', 'ja', now)).toBe('00:10'); // already the 20th in Japan
  });

  it('counts age in whole years, a year more from the birthday on', () => {
    expect(ageOn('1994-03-12', '2024-03-11')).toBe(29);
    expect(ageOn('1994-03-12', '2024-03-12')).toBe(30);
    expect(ageOn('1994-03-12', '2024-02-20')).toBe(29);
    expect(ageOn('1994-03-12', '2024-02-12')).toBe(29);
    expect(ageOn('1994-03-12', '2024-04-01')).toBe(30);
    expect(ageOn('1994-03-12', '2024-04-12')).toBe(30);
    expect(ageOn('1994-03-12', '2024-03-13')).toBe(30);
    expect(ageOn('x', '2024-04-01')).toBeNull();
    expect(ageOn('1994-03-12', 'y')).toBeNull();
  });

  it('writes wall-clock times as they are, with the weekday', () => {
    expect(formatTime('2024-05-20T14:35')).toBe('14:35');
    expect(formatTime(null)).toBe('');
    expect(formatDay('2024-05-20', 'ja')).toBe('5月20日(月)');
    expect(formatDay('2024-05-20T23:59', 'en')).toBe('Mon 20 May');
    expect(formatDay(null, 'ja')).toBe('');
    expect(formatWallTime('2024-05-20T14:35', 'ja')).toBe('5月20日(月) 14:35');
    expect(formatWallTime('2024-05-20T14:35', 'en')).toBe('Mon 20 May 14:35');
    expect(formatWallTime(null, 'en')).toBe('');
  });

  it('writes 和暦 with 元年 for an era\'s first year, the era of the day itself', () => {
    expect(formatWareki('2024-05-20')).toBe('令和6年5月20日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWareki('2020-01-01')).toBe('令和2年1月1日'); // 2年, not a 元年 made of the 1 in January
    expect(formatWareki('bad')).toBe('bad');
    expect(formatWareki(null)).toBe('');
  });

  it('writes fiscal years, in 和暦 by the era of their 1 April', () => {
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
    expect(formatFiscalYear(2024, 'en', { wareki: true })).toBe('FY2024');
    expect(formatFiscalYear(2024, 'ja')).toBe('2024年度');
    expect(formatFiscalYear(2024, 'ja', { wareki: true })).toBe('令和6年度');
    expect(formatFiscalYear(2019, 'ja', { wareki: true })).toBe('平成31年度');
    expect(formatFiscalYear(2020, 'ja', { wareki: true })).toBe('令和2年度');
  });

  it('writes what leaves the office: 令和6年度（2024年度）, dates in 和暦 unless Settings chose 西暦; letters always 和暦', () => {
    expect(formatOfficialYear(2024, 'ja')).toBe('令和6年度（2024年度）');
    expect(formatOfficialYear(2024, 'en')).toBe('FY2024');
    expect(formatOfficialDate('2024-05-20', 'ja')).toBe('令和6年5月20日');
    expect(formatOfficialDate('2024-05-20', 'en')).toBe('20 May 2024');
    expect(formatLetterDate('2024-05-20', 'ja')).toBe('令和6年5月20日');
    expect(formatLetterDate('2024-05-20', 'en')).toBe('20 May 2024');
    setSheetDateStyle('western');
    expect(formatOfficialDate('2024-05-20', 'ja')).toBe('2024年5月20日');
    expect(formatOfficialDate('2024-05-20', 'en')).toBe('20 May 2024');
    expect(formatLetterDate('2024-05-20', 'ja')).toBe('令和6年5月20日');
  });
});
