import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDay, formatFiscalYear, formatMonth, formatOfficialYear, formatWallTime, formatWareki } from './date-format';

afterEach(() => vi.restoreAllMocks());

/** Intl as an ICU from before 元年 (before ICU 64) prints it: 令和1年5月1日. */
function icuWithoutGannen(): void {
  type Format = (date?: Date | number) => string;
  const proto = Intl.DateTimeFormat.prototype as unknown as { readonly format: Format | null }; // typed as a value: it is a getter
  const format = Object.getOwnPropertyDescriptor(proto, 'format')!.get!;
  vi.spyOn(proto, 'format', 'get').mockImplementation(function (this: Intl.DateTimeFormat): Format {
    const real = format.call(this) as Format;
    return (date) => real(date).replace('元年', '1年');
  });
}

describe('dates out, at their edges', () => {
  it('reads a date only at the start of the text: one with words before it is shown as it was written', () => {
    expect(formatDate('on 2024-05-20', 'ja')).toBe('on 2024-05-20');
    expect(formatWareki('x2024-05-20')).toBe('x2024-05-20');
  });

  it('a month is read from its first seven characters, whatever follows them', () => {
    expect(formatMonth('2025-03 (予定)', 'ja')).toBe('2025年3月');
    expect(formatMonth('2025-031', 'en')).toBe('March 2025');
  });

  it('the weekday comes from the date alone: a time it cannot read after the date does not matter', () => {
    expect(formatDay('2024-05-20T99:99', 'en')).toBe('Mon 20 May');
    expect(formatDay('2024-05-20T24:00', 'ja')).toBe('5月20日(月)'); // not the 21st that 24:00 would make it
    expect(formatWallTime('2024-05-20T24:00', 'en')).toBe('Mon 20 May 24:00');
  });

  it('writes 元年 even where ICU prints 1年 for an era\'s first year, and leaves other years alone', () => {
    icuWithoutGannen();
    expect(new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2019, 5, 1)))).toBe('令和1年');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2021-01-01')).toBe('令和3年1月1日');
    expect(formatFiscalYear(2019, 'ja', { wareki: true })).toBe('平成31年度');
    expect(formatFiscalYear(1989, 'ja', { wareki: true })).toBe('平成元年度');
    expect(formatOfficialYear(1989, 'ja')).toBe('平成元年度（1989年度）');
  });
});
