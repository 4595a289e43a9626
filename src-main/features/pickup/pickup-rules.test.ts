import { describe, expect, it } from 'vitest';
import { countArrivals, groupFlags, groupFor, suggestMeetingTime, type RuleGroup } from './pickup-rules';

const narita: RuleGroup = {
  id: 'nrt',
  airport: 'NRT',
  terminal: '1',
  meetingTime: null,
  marginMinutes: 60,
  windowFrom: '2024-05-20T09:00',
  windowTo: '2024-05-20T13:00',
};

describe('meeting time', () => {
  it('is the last landing plus the margin, across midnight too', () => {
    expect(suggestMeetingTime(['2024-05-20T10:05', '2024-05-20T12:40', '2024-05-20T11:15'], 60)).toBe('2024-05-20T13:40');
    expect(suggestMeetingTime(['2024-05-20T23:30'], 75)).toBe('2024-05-21T00:45');
    expect(suggestMeetingTime([], 60)).toBeNull();
  });
});

describe('group window flags', () => {
  it('a landing inside the window at the right terminal is fine', () => {
    expect(groupFlags(narita, { airport: 'NRT', terminal: 'T1', expectedArrivesLocal: '2024-05-20T10:30' })).toEqual([]);
  });

  it('flags a landing outside the window, another terminal or airport, and no flight', () => {
    expect(groupFlags(narita, { airport: 'NRT', terminal: '1', expectedArrivesLocal: '2024-05-20T15:10' })).toEqual(['outside_window']);
    expect(groupFlags(narita, { airport: 'NRT', terminal: '2', expectedArrivesLocal: '2024-05-20T10:00' })).toEqual(['other_terminal']);
    expect(groupFlags(narita, { airport: 'HND', terminal: '3', expectedArrivesLocal: '2024-05-20T10:00' })).toEqual(['other_airport']);
    expect(groupFlags(narita, null)).toEqual(['no_arrival_flight']);
  });

  it('flags a trainee who cannot reach the meeting point in time', () => {
    const group = { ...narita, meetingTime: '2024-05-20T13:30' };
    expect(groupFlags(group, { airport: 'NRT', terminal: '1', expectedArrivesLocal: '2024-05-20T12:30' })).toEqual([]);
    expect(groupFlags(group, { airport: 'NRT', terminal: '1', expectedArrivesLocal: '2024-05-20T12:45' })).toEqual(['lands_after_meeting']);
  });
});

describe('placing by flight', () => {
  const haneda: RuleGroup = { id: 'hnd', airport: 'HND', terminal: '3', meetingTime: '2024-05-20T16:00', marginMinutes: 60, windowFrom: null, windowTo: null };
  const late: RuleGroup = { ...narita, id: 'nrt-late', windowFrom: '2024-05-20T13:01', windowTo: '2024-05-20T18:00' };

  it('finds the group by airport, terminal and window', () => {
    expect(groupFor([narita, late, haneda], { airport: 'NRT', terminal: '1', expectedArrivesLocal: '2024-05-20T10:00' })).toBe('nrt');
    expect(groupFor([narita, late, haneda], { airport: 'NRT', terminal: '1', expectedArrivesLocal: '2024-05-20T14:00' })).toBe('nrt-late');
    expect(groupFor([narita, late, haneda], { airport: 'HND', terminal: '3', expectedArrivesLocal: '2024-05-20T14:30' })).toBe('hnd');
    expect(groupFor([narita, late, haneda], { airport: 'HND', terminal: '3', expectedArrivesLocal: '2024-05-20T15:30' })).toBeNull();
    expect(groupFor([narita, late, haneda], { airport: 'KIX', terminal: '1', expectedArrivesLocal: '2024-05-20T10:00' })).toBeNull();
  });
});

describe('counts', () => {
  it('counts met and on transport as met, no-shows as missing', () => {
    expect(countArrivals(['scheduled', 'met', 'on_transport', 'no_show', 'delayed'])).toEqual({ expected: 5, met: 2, missing: 1 });
  });
});
