import { describe, expect, it } from 'vitest';
import type { Itinerary } from '@shared/contract/schedule';
import { condenseDays } from './itinerary-rows';

const hotel = { placeNameJa: 'ホテル東京ベイ', placeNameEn: null, roomName: '501' };
const jiam = { placeNameJa: 'JIAM', placeNameEn: null, roomName: '203' };
const day = (date: string, night: Itinerary['days'][number]['night'], events = 0): Itinerary['days'][number] => ({
  date,
  night,
  events: Array.from({ length: events }, () => ({}) as Itinerary['days'][number]['events'][number]),
});

describe('itinerary rows', () => {
  it('keeps days with events, and runs quiet days in the same bed together', () => {
    const rows = condenseDays([day('2024-05-20', hotel), day('2024-05-21', hotel, 2), day('2024-05-22', hotel), day('2024-05-23', jiam), day('2024-05-24', jiam), day('2024-05-25', jiam), day('2024-05-26', null)]);
    expect(rows.map((r) => [r.from, r.to])).toEqual([
      ['2024-05-20', '2024-05-20'],
      ['2024-05-21', '2024-05-21'],
      ['2024-05-22', '2024-05-22'],
      ['2024-05-23', '2024-05-25'],
      ['2024-05-26', '2024-05-26'],
    ]);
  });
});
