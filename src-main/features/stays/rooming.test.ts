import { describe, expect, it } from 'vitest';
import { nightsBetween, roomingWarnings } from './rooming';

describe('nights', () => {
  it('counts the nights from check-in up to the night before check-out, across months', () => {
    expect(nightsBetween('2024-05-30', '2024-06-02')).toEqual(['2024-05-30', '2024-05-31', '2024-06-01']);
    expect(nightsBetween('2024-05-20', '2024-05-20')).toEqual([]);
    expect(nightsBetween('2024-05-22', '2024-05-20')).toEqual([]);
  });

  it('stops at 401 nights, so a year typed wrong (2204) makes no list of thousands', () => {
    const nights = nightsBetween('2024-04-01', '2204-04-01');
    expect(nights).toHaveLength(401);
    expect(nights[0]).toBe('2024-04-01');
    expect(nights[400]).toBe('2025-05-06');
    expect(nightsBetween('2024-04-01', '2025-05-06')).toHaveLength(400);
  });
});

describe('rooming warnings', () => {
  const program = ['2024-05-20', '2024-05-21'];
  const trainees = [
    { id: 'lee', name: '이서연' },
    { id: 'wang', name: '王晓燕' },
    { id: 'anita', name: 'अनिता श्रेष्ठ' },
  ];
  const rooms = [
    { id: 'r501', name: '501', capacity: 1 },
    { id: 'r502', name: '502', capacity: 2 },
  ];

  it('finds nobody without a bed when every night is covered, and rooms within capacity; one night less and it says who and when', () => {
    const stays = trainees.map((t, i) => ({ traineeId: t.id, roomId: i === 0 ? 'r501' : 'r502', checkIn: '2024-05-20', checkOut: '2024-05-22' }));
    expect(roomingWarnings(program, trainees, rooms, stays)).toEqual([]);
    // The same rooming with Anita checking out a night early: the rule sees the stays, it does not just answer nothing.
    const shorter = stays.map((s) => (s.traineeId === 'anita' ? { ...s, checkOut: '2024-05-21' } : s));
    expect(roomingWarnings(program, trainees, rooms, shorter)).toEqual([
      { kind: 'no_bed', night: '2024-05-21', traineeId: 'anita', traineeName: 'अनिता श्रेष्ठ', roomId: null, roomName: null, occupants: null, capacity: null },
    ]);
    // And with a third person in 502 on the first night: over capacity, with the count and the beds.
    const crowded = [...stays, { traineeId: 'lee', roomId: 'r502', checkIn: '2024-05-20', checkOut: '2024-05-21' }];
    expect(roomingWarnings(program, trainees, rooms, crowded)).toEqual([
      { kind: 'two_beds', night: '2024-05-20', traineeId: 'lee', traineeName: '이서연', roomId: null, roomName: null, occupants: null, capacity: null },
      { kind: 'over_capacity', night: '2024-05-20', traineeId: null, traineeName: null, roomId: 'r502', roomName: '502', occupants: 3, capacity: 2 },
    ]);
  });

  it('counts a stay outside the program nights for beds and capacity but asks no bed for those nights', () => {
    const stays = [
      ...trainees.map((t, i) => ({ traineeId: t.id, roomId: i === 0 ? 'r501' : 'r502', checkIn: '2024-05-19', checkOut: '2024-05-22' })),
      { traineeId: 'lee', roomId: 'r502', checkIn: '2024-05-19', checkOut: '2024-05-20' },
    ];
    expect(roomingWarnings(program, trainees, rooms, stays).map((w) => [w.kind, w.night, w.traineeId ?? w.roomId])).toEqual([
      ['two_beds', '2024-05-19', 'lee'],
      ['over_capacity', '2024-05-19', 'r502'],
    ]);
    // Nobody booked at all: each trainee lacks a bed on each program night, by night then in the list's order.
    expect(roomingWarnings(program, trainees, rooms, []).map((w) => [w.night, w.traineeId])).toEqual([
      ['2024-05-20', 'lee'], ['2024-05-20', 'wang'], ['2024-05-20', 'anita'],
      ['2024-05-21', 'lee'], ['2024-05-21', 'wang'], ['2024-05-21', 'anita'],
    ]);
  });

  it('ignores a stay in a room it does not know for capacity, and asks no bed of someone not in the list', () => {
    const stays = [
      { traineeId: 'ghost', roomId: 'gone', checkIn: '2024-05-20', checkOut: '2024-05-21' },
      { traineeId: 'ghost', roomId: 'gone', checkIn: '2024-05-20', checkOut: '2024-05-21' },
    ];
    expect(roomingWarnings(['2024-05-20'], [], rooms, stays)).toEqual([]);
  });

  it('warns for a night without a bed, a room over capacity and a trainee booked twice', () => {
    const stays = [
      { traineeId: 'lee', roomId: 'r501', checkIn: '2024-05-20', checkOut: '2024-05-22' },
      { traineeId: 'wang', roomId: 'r501', checkIn: '2024-05-21', checkOut: '2024-05-22' },
      { traineeId: 'wang', roomId: 'r502', checkIn: '2024-05-21', checkOut: '2024-05-22' },
      { traineeId: 'anita', roomId: 'r502', checkIn: '2024-05-20', checkOut: '2024-05-22' },
    ];
    const warnings = roomingWarnings(program, trainees, rooms, stays).map((w) => [w.kind, w.night, w.traineeName ?? w.roomName, w.occupants]);
    expect(warnings).toEqual([
      ['no_bed', '2024-05-20', '王晓燕', null],
      ['two_beds', '2024-05-21', '王晓燕', null],
      ['over_capacity', '2024-05-21', '501', 2],
    ]);
  });
});
