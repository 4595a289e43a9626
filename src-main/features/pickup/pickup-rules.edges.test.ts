import { describe, expect, it } from 'vitest';
import type { Flight } from '@shared/contract/arrivals';
import { countArrivals, groupFlags, groupFor, isSameFlight, suggestMeetingTime, type RuleGroup } from './pickup-rules';

const group = (over: Partial<RuleGroup> = {}): RuleGroup => ({
  id: 'g', airport: 'NRT', terminal: null, meetingTime: null, marginMinutes: 90, windowFrom: null, windowTo: null, ...over,
});
const landing = (expectedArrivesLocal: string, over: { airport?: string; terminal?: string | null } = {}) => ({
  airport: 'NRT', terminal: null, expectedArrivesLocal, ...over,
});

describe('pickup rules at their edges', () => {
  it('suggests the last landing plus the margin, whatever order the landings come in', () => {
    expect(suggestMeetingTime(['2024-05-20T15:10', '2024-05-20T09:40', '2024-05-20T12:00'], 90)).toBe('2024-05-20T16:40');
    expect(suggestMeetingTime(['2024-05-20T23:30'], 45)).toBe('2024-05-21T00:15');
    expect(suggestMeetingTime([], 90)).toBeNull();
  });

  it('counts a landing on the window\'s edges as inside, and one a minute out as outside', () => {
    const g = group({ windowFrom: '2024-05-20T09:00', windowTo: '2024-05-20T17:00' });
    expect(groupFlags(g, landing('2024-05-20T09:00'))).toEqual([]);
    expect(groupFlags(g, landing('2024-05-20T17:00'))).toEqual([]);
    expect(groupFlags(g, landing('2024-05-20T08:59'))).toEqual(['outside_window']);
    expect(groupFlags(g, landing('2024-05-20T17:01'))).toEqual(['outside_window']);
    expect(groupFlags(group({ windowFrom: '2024-05-20T09:00' }), landing('2024-05-21T03:00'))).toEqual([]);
    expect(groupFlags(group({ windowTo: '2024-05-20T17:00' }), landing('2024-05-19T03:00'))).toEqual([]);
  });

  it('is in time for the meeting when landing plus margin is the meeting time, late a minute after', () => {
    const g = group({ meetingTime: '2024-05-20T16:30', marginMinutes: 90 });
    expect(groupFlags(g, landing('2024-05-20T15:00'))).toEqual([]);
    expect(groupFlags(g, landing('2024-05-20T15:01'))).toEqual(['lands_after_meeting']);
    expect(groupFlags(group({ meetingTime: '2024-05-20T16:30', marginMinutes: 0 }), landing('2024-05-20T16:30'))).toEqual([]);
  });

  it('reads terminals as people write them (T1 = 1 = ｔ１), and an unknown terminal as any', () => {
    const g = group({ terminal: 'T1' });
    expect(groupFlags(g, landing('2024-05-20T10:00', { terminal: '1' }))).toEqual([]);
    expect(groupFlags(g, landing('2024-05-20T10:00', { terminal: 'ｔ１ ' }))).toEqual([]);
    expect(groupFlags(g, landing('2024-05-20T10:00', { terminal: null }))).toEqual([]);
    expect(groupFlags(g, landing('2024-05-20T10:00', { terminal: 'T2' }))).toEqual(['other_terminal']);
    expect(groupFlags(group({ terminal: '1T' }), landing('2024-05-20T10:00', { terminal: '1' }))).toEqual(['other_terminal']);
    expect(groupFlags(group(), landing('2024-05-20T10:00', { terminal: 'T2' }))).toEqual([]);
    expect(groupFlags(group(), landing('2024-05-20T10:00', { airport: 'HND' }))).toEqual(['other_airport']);
    expect(groupFlags(group(), null)).toEqual(['no_arrival_flight']);
  });

  it('reads a terminal the same in any case and with spaces around it, on the group or the arrival', () => {
    expect(groupFlags(group({ terminal: 'T1 North' }), landing('2024-05-20T10:00', { terminal: 't1 north' }))).toEqual([]);
    expect(groupFlags(group({ terminal: 't1 north' }), landing('2024-05-20T10:00', { terminal: 'T1 NORTH' }))).toEqual([]);
    expect(groupFlags(group({ terminal: 'T1 ' }), landing('2024-05-20T10:00', { terminal: '1' }))).toEqual([]);
  });

  it('strips the leading T after the spaces before it (" T1 " is terminal 1), on the group or the arrival', () => {
    expect(groupFlags(group({ terminal: ' T1 ' }), landing('2024-05-20T10:00', { terminal: '1' }))).toEqual([]);
    expect(groupFlags(group({ terminal: '1' }), landing('2024-05-20T10:00', { terminal: '\u3000ｔ１' }))).toEqual([]);
    expect(groupFlags(group({ terminal: ' T2' }), landing('2024-05-20T10:00', { terminal: '1' }))).toEqual(['other_terminal']);
  });

  it('strips a leading T only, on the arrival as on the group (1T is not terminal 1)', () => {
    expect(groupFlags(group({ terminal: '1' }), landing('2024-05-20T10:00', { terminal: '1T' }))).toEqual(['other_terminal']);
    expect(groupFlags(group({ terminal: '1' }), landing('2024-05-20T10:00', { terminal: 'T1' }))).toEqual([]);
  });

  it('flags every problem at once', () => {
    const g = group({ terminal: 'T1', windowTo: '2024-05-20T12:00', meetingTime: '2024-05-20T12:00', marginMinutes: 60 });
    expect(groupFlags(g, landing('2024-05-20T13:00', { terminal: 'T2' }))).toEqual(['other_terminal', 'outside_window', 'lands_after_meeting']);
  });

  it('chooses a group with a window that holds the landing, else the earliest meeting it makes, else the only one that fits', () => {
    const arrival = landing('2024-05-20T10:00', { terminal: 'T1' });
    const early = group({ id: 'early', meetingTime: '2024-05-20T12:00' });
    const late = group({ id: 'late', meetingTime: '2024-05-20T18:00' });
    const window = group({ id: 'window', windowFrom: '2024-05-20T09:00', windowTo: '2024-05-20T11:00' });
    const windowTo = group({ id: 'windowTo', windowTo: '2024-05-20T11:00' });
    const missed = group({ id: 'missed', meetingTime: '2024-05-20T10:30' });
    const otherTerminal = group({ id: 'other', terminal: 'T2', windowFrom: '2024-05-20T09:00' });
    expect(groupFor([late, early, window], arrival)).toBe('window');
    expect(groupFor([late, windowTo], arrival)).toBe('windowTo');
    expect(groupFor([late, early, missed], arrival)).toBe('early');
    expect(groupFor([otherTerminal, late], arrival)).toBe('late');
    expect(groupFor([group({ id: 'only' })], arrival)).toBe('only');
    expect(groupFor([group({ id: 'a' }), group({ id: 'b' })], arrival)).toBeNull();
    expect(groupFor([missed], arrival)).toBeNull();
    expect(groupFor([group({ id: 'hnd', airport: 'HND' })], arrival)).toBeNull();
    expect(groupFor([], arrival)).toBeNull();
  });

  it('counts the met and those on the way as met, and no-shows as missing', () => {
    expect(countArrivals(['met', 'on_transport', 'no_show', 'expected', 'delayed', 'landed'])).toEqual({ expected: 6, met: 2, missing: 1 });
    expect(countArrivals([])).toEqual({ expected: 0, met: 0, missing: 0 });
  });

  it('is the same plane only with the same number, from the same airport, on the same day', () => {
    const f = (flightNumber: string, iata: string, departsLocal: string) => ({ flightNumber, from: { iata }, departsLocal }) as unknown as Flight;
    expect(isSameFlight(f('NH 12', 'ICN', '2024-05-20T09:00'), f('NH 12', 'ICN', '2024-05-20T23:00'))).toBe(true);
    expect(isSameFlight(f('NH 12', 'ICN', '2024-05-20T09:00'), f('NH 13', 'ICN', '2024-05-20T09:00'))).toBe(false);
    expect(isSameFlight(f('NH 12', 'ICN', '2024-05-20T09:00'), f('NH 12', 'GMP', '2024-05-20T09:00'))).toBe(false);
    expect(isSameFlight(f('NH 12', 'ICN', '2024-05-20T09:00'), f('NH 12', 'ICN', '2024-05-21T09:00'))).toBe(false);
  });
});
