import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween, japanDate, todayInJapan, weekdayOf } from './date-math';

describe('date arithmetic', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds days across months, leap days and years, either way', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-05-20T09:30', 7)).toBe('2024-05-27');
    expect(addDays('2024-05-20', 0)).toBe('2024-05-20');
  });

  it('counts whole days between two dates, negative backwards', () => {
    expect(daysBetween('2024-05-30', '2024-06-02')).toBe(3);
    expect(daysBetween('2024-06-02', '2024-05-30')).toBe(-3);
    expect(daysBetween('2024-05-21', '2025-05-20')).toBe(364);
    expect(daysBetween('2024-03-31T23:50', '2024-04-01T00:10')).toBe(1);
    expect(daysBetween('2024-05-20', addDays('2024-05-20', 400))).toBe(400);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('2024-05-20')).toBe(1);
    expect(weekdayOf('2024-05-26')).toBe(0);
    expect(weekdayOf('2024-06-01T23:59')).toBe(6);
  });

  it("gives the date in Japan, which is a day ahead of UTC from 15:00 UTC", () => {
    expect(japanDate(new Date('2024-05-20T14:59:59Z'))).toBe('2024-05-20');
    expect(japanDate(new Date('2024-05-20T15:00:00Z'))).toBe('2024-05-21');
    expect(japanDate(Date.parse('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
    vi.useFakeTimers({ now: new Date('2024-03-31T16:00:00Z') });
    expect(todayInJapan()).toBe('2024-04-01');
  });
});
