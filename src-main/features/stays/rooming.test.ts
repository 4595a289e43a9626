import { describe, expect, it } from 'vitest';
import { nightsBetween, roomingWarnings } from './rooming';

describe('nights', () => {
  it('counts the nights from check-in up to the night before check-out, across months', () => {
    expect(nightsBetween('2024-05-30', '2024-06-02')).toEqual(['2024-05-30', '2024-05-31', '2024-06-01']);
    expect(nightsBetween('2024-05-20', '2024-05-20')).toEqual([]);
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

  it('finds nobody without a bed when every night is covered, and rooms within capacity', () => {
    const stays = trainees.map((t, i) => ({ traineeId: t.id, roomId: i === 0 ? 'r501' : 'r502', checkIn: '2024-05-20', checkOut: '2024-05-22' }));
    expect(roomingWarnings(program, trainees, rooms, stays)).toEqual([]);
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
