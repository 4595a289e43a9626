import { describe, expect, it } from 'vitest';
import type { ScheduleEvent } from '@shared/contract/schedule';
import { eventsFor, shiftDays, templateShift } from './schedule-rules';

describe('schedule template', () => {
  it('moves last year by the distance between the arrival days, across months', () => {
    const shift = templateShift('2024-05-20', '2025-05-19', 2024, 2025);
    expect(shift).toBe(364);
    expect(shiftDays('2024-05-21T09:30', shift)).toBe('2025-05-20T09:30');
    expect(shiftDays('2024-05-31T13:00', 1)).toBe('2024-06-01T13:00');
    expect(shiftDays(null, 3)).toBeNull();
  });

  it('without arrival days, keeps the weekday by moving whole weeks', () => {
    const shift = templateShift(null, '2025-05-19', 2024, 2025);
    expect(shift % 7).toBe(0);
    expect(new Date(Date.parse('2024-05-21T00:00Z') + shift * 86400000).getUTCDay()).toBe(new Date('2024-05-21T00:00Z').getUTCDay());
  });
});

describe('itinerary', () => {
  const event = (id: string, audience: 'all' | 'chosen', traineeIds: string[]): ScheduleEvent => ({
    id,
    yearId: 'y',
    kind: 'other',
    startsAt: '2024-05-21T09:00',
    endsAt: null,
    titleJa: id,
    titleEn: null,
    place: null,
    placeEn: null,
    audience,
    traineeIds,
    staff: null,
    notesJa: null,
    notesEn: null,
  });
  it("holds everyone's events and the chosen ones of the trainee", () => {
    const events = [event('opening', 'all', []), event('extra', 'chosen', ['lee']), event('other', 'chosen', ['wang'])];
    expect(eventsFor(events, 'lee').map((e) => e.id)).toEqual(['opening', 'extra']);
  });
});
