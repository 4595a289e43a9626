import { describe, expect, it } from 'vitest';
import { localToUtc, utcToLocal } from './zoned-time';

describe('zoned time at its edges', () => {
  it.each([
    // Instants before 1970 are negative numbers: the earlier of the two is still the one meant.
    ['America/New_York', '1918-10-27T01:30', '1918-10-27T05:30:00.000Z'],
    ['America/New_York', '1969-10-26T01:00', '1969-10-26T05:00:00.000Z'],
    ['Europe/London', '1968-02-18T02:30', null], // the clocks went forward early that year
  ])('a time from before 1970 in %s (%s) reads as %s, the first when the clocks went back, none when they skipped it', (zone, local, utc) => {
    expect(localToUtc(local, zone)).toBe(utc);
    if (utc) expect(utcToLocal(new Date(Date.parse(utc) + 3600000).toISOString(), zone)).toBe(local); // it happened twice
  });
});
