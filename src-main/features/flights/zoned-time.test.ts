import { describe, expect, it } from 'vitest';
import { addMinutes, isLocalDateTime, localToUtc, minutesBetween, utcToLocal } from './zoned-time';

describe('zoned time', () => {
  it('reads a Tokyo landing as the instant nine hours earlier in UTC', () => {
    expect(localToUtc('2024-05-20T14:35', 'Asia/Tokyo')).toBe('2024-05-20T05:35:00.000Z');
    expect(utcToLocal('2024-05-20T05:35:00.000Z', 'Asia/Tokyo')).toBe('2024-05-20T14:35');
  });

  it('a night flight from Lima lands in Tokyo two calendar days later, 25 h 25 min after leaving', () => {
    // Leaves Lima 23:50 (UTC−5) on 18 May, lands at Narita 15:15 (UTC+9) on 20 May, with a connection.
    const departs = localToUtc('2024-05-18T23:50', 'America/Lima')!;
    const lands = localToUtc('2024-05-20T15:15', 'Asia/Tokyo')!;
    expect(departs).toBe('2024-05-19T04:50:00.000Z');
    expect(minutesBetween(departs, lands)).toBe(25 * 60 + 25);
    expect(utcToLocal(lands, 'America/Lima')).toBe('2024-05-20T01:15');
  });

  it('crossing the date line eastwards, a flight lands the day before it left', () => {
    // Leaves Tokyo 00:30 on 21 May, lands in Honolulu 12:45 on 20 May: a day earlier on the calendar.
    const departs = localToUtc('2024-05-21T00:30', 'Asia/Tokyo')!;
    const lands = localToUtc('2024-05-20T12:45', 'Pacific/Honolulu')!;
    expect(lands > departs).toBe(true);
    expect(minutesBetween(departs, lands)).toBe(7 * 60 + 15);
  });

  it('crossing the date line westwards, Auckland to Tokyo and Apia to Auckland', () => {
    const departs = localToUtc('2024-05-19T23:00', 'Pacific/Apia')!; // UTC+13
    const lands = localToUtc('2024-05-20T01:05', 'Pacific/Auckland')!; // UTC+12
    expect(minutesBetween(departs, lands)).toBe(3 * 60 + 5);
  });

  it('Kathmandu is five hours forty-five minutes ahead', () => {
    expect(localToUtc('2024-05-19T13:00', 'Asia/Kathmandu')).toBe('2024-05-19T07:15:00.000Z');
  });

  it('daylight saving: a time that never happens is refused, a doubled time means the first', () => {
    expect(localToUtc('2024-03-10T02:30', 'America/New_York')).toBeNull();
    expect(localToUtc('2024-11-03T01:30', 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
    expect(localToUtc('2024-07-01T12:00', 'America/New_York')).toBe('2024-07-01T16:00:00.000Z');
  });

  it('checks the written form and moves wall-clock times across midnight', () => {
    expect(isLocalDateTime('2024-05-20T14:35')).toBe(true);
    expect(isLocalDateTime('2024-02-30T10:00')).toBe(false);
    expect(isLocalDateTime('2024-05-20T24:00')).toBe(false);
    expect(isLocalDateTime('2024-05-20 14:35')).toBe(false);
    expect(addMinutes('2024-05-20T23:30', 60)).toBe('2024-05-21T00:30');
  });
});
