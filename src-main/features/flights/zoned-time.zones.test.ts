import { describe, expect, it } from 'vitest';
import { isTimeZone, localToUtc, utcToLocal, zoneAbbreviation } from './zoned-time';

describe('zoned time in every kind of zone', () => {
  it('knows the IANA zones the runtime knows, and refuses made-up ones', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('America/Lima')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('UTC')).toBe(true);
  });

  it.each([
    ['Pacific/Kiritimati', '2024-05-20T09:00', '2024-05-19T19:00:00.000Z'], // +14
    ['Pacific/Pago_Pago', '2024-05-20T09:00', '2024-05-20T20:00:00.000Z'], // −11
    ['Asia/Kathmandu', '2024-05-20T09:00', '2024-05-20T03:15:00.000Z'], // +5:45
    ['America/St_Johns', '2024-01-20T09:00', '2024-01-20T12:30:00.000Z'], // −3:30 in winter
    ['Australia/Sydney', '2024-01-20T09:00', '2024-01-19T22:00:00.000Z'], // summer in the south, +11
    ['Europe/London', '2024-07-01T12:00', '2024-07-01T11:00:00.000Z'],
    ['UTC', '2024-07-01T12:00', '2024-07-01T12:00:00.000Z'],
  ])('reads %s %s as %s, and back', (zone, local, utc) => {
    expect(localToUtc(local, zone)).toBe(utc);
    expect(utcToLocal(utc, zone)).toBe(local);
  });

  it.each([
    // The hour the clocks go back happens twice: the first is meant.
    ['America/New_York', '2024-11-03T01:30', '2024-11-03T05:30:00.000Z'],
    ['Europe/London', '2024-10-27T01:30', '2024-10-27T00:30:00.000Z'],
    ['Australia/Sydney', '2024-04-07T02:30', '2024-04-06T15:30:00.000Z'],
    ['Pacific/Auckland', '2024-04-07T02:30', '2024-04-06T13:30:00.000Z'],
  ])('a doubled time in %s (%s) means the first: %s', (zone, local, utc) => {
    expect(localToUtc(local, zone)).toBe(utc);
  });

  it.each([
    ['America/New_York', '2024-03-10T02:30'],
    ['Europe/London', '2024-03-31T01:30'],
    ['Australia/Sydney', '2024-10-06T02:30'],
    ['Pacific/Auckland', '2024-09-29T02:30'],
  ])('a time the clocks skip in %s (%s) never happens', (zone, local) => {
    expect(localToUtc(local, zone)).toBeNull();
  });

  it('names the zone as travellers read it; Japan is always JST', () => {
    expect(zoneAbbreviation('2024-05-20T00:00:00Z', 'Asia/Tokyo')).toBe('JST');
    expect(zoneAbbreviation('2024-07-01T12:00:00Z', 'America/New_York')).toBe('EDT');
    expect(zoneAbbreviation('2024-01-01T12:00:00Z', 'America/New_York')).toBe('EST');
    expect(zoneAbbreviation('2024-05-20T00:00:00Z', 'Asia/Kathmandu')).toBe('GMT+5:45');
    expect(zoneAbbreviation('2024-01-01T12:00:00Z', 'America/New_York')).toBe('EST'); // asked again: the same
  });
});
