import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { SAMPLE_FLIGHTS } from '../../test/sample-flights';
import { latinName } from '@shared/contract/names';

async function cohortWithFlights(backend: Backend) {
  await value(backend, 'sample:load', {});
  const [year] = await value(backend, 'years:list', {});
  const trainees = await value(backend, 'trainees:list', { yearId: year!.id });
  const idOf = (name: string) => trainees.find((t) => latinName(t) === name)!.id;
  for (const f of SAMPLE_FLIGHTS) {
    const { latinName: name, ...flight } = f;
    await value(backend, 'flights:create', { traineeId: idOf(name), kind: 'arrival', ...flight });
  }
  return { yearId: year!.id, idOf };
}

describe('flights', () => {
  it('stores the local times with their instants, and computes duration and the day shift', async () => {
    const backend = memoryBackend();
    const { idOf } = await cohortWithFlights(backend);
    const jose = idOf('José Luis PEÑA QUISPE');
    const leg = await value(backend, 'flights:create', {
      traineeId: jose, kind: 'arrival', flightNumber: 'la2452', fromAirport: 'lim', toAirport: 'MEX',
      departsLocal: '2024-05-18 17:40', arrivesLocal: '2024-05-18T22:55', terminal: null, bookingRef: 'XK7P2Q',
    });
    expect(leg).toMatchObject({ flightNumber: 'LA 2452', departsUtc: '2024-05-18T22:40:00.000Z', arrivesUtc: '2024-05-19T04:55:00.000Z', durationMinutes: 375 });
    const [first, second] = await value(backend, 'flights:list', { traineeId: jose });
    expect([first!.from.iata, second!.from.iata]).toEqual(['LIM', 'MEX']);
    expect(second).toMatchObject({ arrivesLocal: '2024-05-20T06:40', arrivesZone: 'JST', dayShift: 1, durationMinutes: 14 * 60 + 25 });
  });

  it('refuses a bad flight number, an unknown airport, a landing before take-off, and a time the clocks skip', async () => {
    const backend = memoryBackend();
    const { idOf } = await cohortWithFlights(backend);
    const base = { traineeId: idOf('LEE Seoyeon'), kind: 'arrival', flightNumber: 'KE 703', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2024-05-20T09:10', arrivesLocal: '2024-05-20T11:35' } as const;
    const before = tableCount(backend, 'flights');
    const issues = async (input: object) => {
      const r = await call(backend, 'flights:create', { ...base, ...input } as never);
      return r.ok ? [] : r.error.params!.issues!.map((i) => `${i.field}:${i.rule}`);
    };
    expect(await issues({ flightNumber: '703' })).toEqual(['flightNumber:invalid_flight_number']);
    expect(await issues({ flightNumber: 'ＫＥ７０３' })).toEqual([]);
    expect(await issues({ toAirport: 'XQZ' })).toEqual(['toAirport:unknown_airport']);
    expect(await issues({ arrivesLocal: '2024-05-20T08:00' })).toEqual(['arrivesLocal:arrives_before_departs']);
    expect(await issues({ departsLocal: '2024-13-01T10:00' })).toEqual(['departsLocal:invalid_datetime']);
    expect(await issues({ fromAirport: 'JFK', departsLocal: '2024-03-10T02:30', arrivesLocal: '2024-03-11T05:00' })).toEqual(['departsLocal:time_skipped']);
    expect(tableCount(backend, 'flights')).toBe(before + 1);
  });
});

describe('pickup groups and the airport board', () => {
  it('suggests meeting times from the last landing, places trainees by flight and flags a late one', async () => {
    const backend = memoryBackend();
    const { yearId, idOf } = await cohortWithFlights(backend);
    const kato = await value(backend, 'staff:create', { name: '加藤 美咲', organisation: 'clair', phone: '090-1234-5678' });
    const narita = await value(backend, 'pickup-groups:create', {
      yearId, name: '成田 第1便', airport: 'NRT', terminal: '1', windowFrom: '2024-05-20T06:00', windowTo: '2024-05-20T12:00', staffIds: [kato.id],
    });
    const haneda = await value(backend, 'pickup-groups:create', { yearId, name: '羽田', airport: 'hnd', terminal: 'T3', meetingTime: '2024-05-20T14:30' });
    expect(await value(backend, 'pickup-groups:place', { yearId })).toEqual({ placed: 10, left: 1 });
    const board = await value(backend, 'arrivals:board', { yearId });
    const [hnd, nrt] = board.groups;
    expect(nrt!.staff.map((s) => s.name)).toEqual(['加藤 美咲']);
    expect(nrt!.members.map((m) => m.latinName)).toEqual(['José Luis PEÑA QUISPE', 'Anita SHRESTHA', 'Rajesh ADHIKARI', 'LEE Seoyeon', 'CHOI Minjun']);
    expect(nrt!.suggestedMeetingTime).toBe('2024-05-20T12:50');
    // ZHANG lands at 14:00: 14:00 + 60 min is after the 14:30 meeting, so no group fits.
    expect(board.unplaced.map((m) => m.latinName)).toEqual(['ZHANG Mengqi']);
    expect(hnd!.suggestedMeetingTime).toBe('2024-05-20T14:00');
    await value(backend, 'pickup-groups:set-member', { traineeId: idOf('ZHANG Mengqi'), groupId: haneda.id });
    const after = await value(backend, 'arrivals:board', { yearId });
    expect(after.groups.find((g) => g.id === haneda.id)!.members.find((m) => m.latinName === 'ZHANG Mengqi')!.flags).toEqual(['lands_after_meeting']);
    expect(after.groups.find((g) => g.id === haneda.id)!.suggestedMeetingTime).toBe('2024-05-20T15:00');
    expect(narita.airport.timeZone).toBe('Asia/Tokyo');
  });

  it('marks met, delayed with a new time and no-show, undoes one, and counts right', async () => {
    const backend = memoryBackend();
    const { yearId } = await cohortWithFlights(backend);
    await value(backend, 'settings:update', { staffName: '加藤' });
    await value(backend, 'pickup-groups:create', { yearId, name: '成田', airport: 'NRT', terminal: '1' });
    await value(backend, 'pickup-groups:place', { yearId });
    const flightOf = async (name: string) => (await value(backend, 'arrivals:board', { yearId })).groups[0]!.members.find((m) => m.latinName === name)!.flight!.id;
    await value(backend, 'arrivals:mark', { flightId: await flightOf('LEE Seoyeon'), status: 'met' });
    const delayed = await value(backend, 'arrivals:mark', { flightId: await flightOf('CHOI Minjun'), status: 'delayed', newArrivesLocal: '2024-05-20T13:20' });
    expect(delayed).toMatchObject({ status: 'delayed', by: '加藤', at: '2026-11-26T03:00:00.000Z' });
    await value(backend, 'arrivals:mark', { flightId: await flightOf('Anita SHRESTHA'), status: 'no_show' });
    await value(backend, 'arrivals:mark', { flightId: await flightOf('Rajesh ADHIKARI'), status: 'met' });
    expect((await value(backend, 'arrivals:board', { yearId })).groups[0]!.counts).toEqual({ expected: 5, met: 2, missing: 1 });

    const undone = await value(backend, 'arrivals:undo', { flightId: await flightOf('Rajesh ADHIKARI') });
    expect(undone.undone).toMatchObject({ status: 'met' });
    const group = (await value(backend, 'arrivals:board', { yearId })).groups[0]!;
    expect(group.counts).toEqual({ expected: 5, met: 1, missing: 1 });
    const choi = group.members.find((m) => m.latinName === 'CHOI Minjun')!;
    expect(choi).toMatchObject({ status: 'delayed', expectedArrivesLocal: '2024-05-20T13:20', expectedArrivesUtc: '2024-05-20T04:20:00.000Z' });
    expect(group.suggestedMeetingTime).toBe('2024-05-20T14:20');
    expect(group.members.find((m) => m.latinName === 'Rajesh ADHIKARI')!.status).toBe('scheduled');

    const rebooked = await call(backend, 'arrivals:mark', { flightId: choi.flight!.id, status: 'rebooked', newArrivesLocal: '2024-05-20T18:05' });
    expect(rebooked.ok ? [] : rebooked.error.params!.issues!.map((i) => i.field)).toEqual(['newFlightNumber']);
  });

  it('a delay or a landing marked for one trainee holds for everyone on the same flight, and one undo takes it back for all', async () => {
    const backend = memoryBackend();
    const { yearId } = await cohortWithFlights(backend);
    await value(backend, 'pickup-groups:create', { yearId, name: '成田', airport: 'NRT', terminal: '1' });
    await value(backend, 'pickup-groups:place', { yearId });
    const members = async () => (await value(backend, 'arrivals:board', { yearId })).groups[0]!.members;
    const member = async (name: string) => (await members()).find((m) => m.latinName === name)!;
    const anita = (await member('Anita SHRESTHA')).flight!.id;
    const rajesh = (await member('Rajesh ADHIKARI')).flight!.id;
    // RA 411 from Kathmandu carries both Nepali trainees (two flight rows, one plane).
    await value(backend, 'arrivals:mark', { flightId: anita, status: 'delayed', newArrivesLocal: '2024-05-20T12:10' });
    expect(await member('Rajesh ADHIKARI')).toMatchObject({ status: 'delayed', expectedArrivesLocal: '2024-05-20T12:10' });
    expect(await member('LEE Seoyeon')).toMatchObject({ status: 'scheduled' });
    expect(tableCount(backend, 'arrival_events')).toBe(2);

    await value(backend, 'arrivals:mark', { flightId: rajesh, status: 'landed' });
    expect((await member('Anita SHRESTHA')).status).toBe('landed');
    // Met and no-show are about one person.
    await value(backend, 'arrivals:mark', { flightId: rajesh, status: 'met' });
    await value(backend, 'arrivals:mark', { flightId: anita, status: 'no_show' });
    expect([(await member('Anita SHRESTHA')).status, (await member('Rajesh ADHIKARI')).status]).toEqual(['no_show', 'met']);

    // Undoing Anita's no-show leaves the landing; undoing the landing from her row takes it back for Rajesh too.
    expect((await value(backend, 'arrivals:undo', { flightId: anita })).undone).toMatchObject({ status: 'no_show' });
    expect((await member('Rajesh ADHIKARI')).status).toBe('met');
    expect((await value(backend, 'arrivals:undo', { flightId: anita })).undone).toMatchObject({ status: 'landed' });
    expect((await member('Anita SHRESTHA')).status).toBe('delayed');
    expect((await member('Rajesh ADHIKARI')).status).toBe('met');
    await value(backend, 'arrivals:undo', { flightId: rajesh });
    expect(await member('Rajesh ADHIKARI')).toMatchObject({ status: 'delayed', expectedArrivesLocal: '2024-05-20T12:10' });
    await value(backend, 'arrivals:undo', { flightId: rajesh });
    expect((await members()).filter((m) => m.status !== 'scheduled')).toEqual([]);
    expect(await member('Anita SHRESTHA')).toMatchObject({ expectedArrivesLocal: '2024-05-20T10:30' });
  });

  it("a delay on a plane is not copied to a trainee rebooked off it: Rajesh on TG 642 keeps his flight and time, and one undo takes back only Anita's", async () => {
    const backend = memoryBackend();
    const { yearId } = await cohortWithFlights(backend);
    await value(backend, 'pickup-groups:create', { yearId, name: '成田', airport: 'NRT', terminal: '1' });
    await value(backend, 'pickup-groups:place', { yearId });
    const member = async (name: string) => (await value(backend, 'arrivals:board', { yearId })).groups[0]!.members.find((m) => m.latinName === name)!;
    const anita = (await member('Anita SHRESTHA')).flight!.id;
    const rajesh = (await member('Rajesh ADHIKARI')).flight!.id;
    await value(backend, 'arrivals:mark', { flightId: rajesh, status: 'rebooked', newFlightNumber: 'TG 642', newArrivesLocal: '2024-05-20T18:05' });
    const events = tableCount(backend, 'arrival_events');

    await value(backend, 'arrivals:mark', { flightId: anita, status: 'delayed', newArrivesLocal: '2024-05-20T12:10' });
    expect(tableCount(backend, 'arrival_events')).toBe(events + 1);
    expect(await member('Anita SHRESTHA')).toMatchObject({ status: 'delayed', expectedArrivesLocal: '2024-05-20T12:10' });
    expect(await member('Rajesh ADHIKARI')).toMatchObject({ status: 'rebooked', currentFlightNumber: 'TG 642', expectedArrivesLocal: '2024-05-20T18:05' });

    expect((await value(backend, 'arrivals:undo', { flightId: anita })).undone).toMatchObject({ status: 'delayed' });
    expect(await member('Anita SHRESTHA')).toMatchObject({ status: 'scheduled', expectedArrivesLocal: '2024-05-20T10:30' });
    expect(await member('Rajesh ADHIKARI')).toMatchObject({ status: 'rebooked', currentFlightNumber: 'TG 642', expectedArrivesLocal: '2024-05-20T18:05' });
  });

  it("a landing tapped on a rebooked trainee's row is his new plane's: it neither copies to his old flight nor pulls Anita back from met, and its undo is his alone", async () => {
    const backend = memoryBackend();
    const { yearId } = await cohortWithFlights(backend);
    await value(backend, 'pickup-groups:create', { yearId, name: '成田', airport: 'NRT', terminal: '1' });
    await value(backend, 'pickup-groups:place', { yearId });
    const member = async (name: string) => (await value(backend, 'arrivals:board', { yearId })).groups[0]!.members.find((m) => m.latinName === name)!;
    const anita = (await member('Anita SHRESTHA')).flight!.id;
    const rajesh = (await member('Rajesh ADHIKARI')).flight!.id;
    // Anita landed (copied to Rajesh, still on RA 411) and was met; then Rajesh was rebooked to TG 642.
    await value(backend, 'arrivals:mark', { flightId: anita, status: 'landed' });
    await value(backend, 'arrivals:mark', { flightId: anita, status: 'met' });
    await value(backend, 'arrivals:mark', { flightId: rajesh, status: 'rebooked', newFlightNumber: 'TG 642', newArrivesLocal: '2024-05-20T18:05' });
    const events = tableCount(backend, 'arrival_events');

    await value(backend, 'arrivals:mark', { flightId: rajesh, status: 'landed' });
    expect(tableCount(backend, 'arrival_events')).toBe(events + 1);
    expect(await member('Rajesh ADHIKARI')).toMatchObject({ status: 'landed', currentFlightNumber: 'TG 642' });
    expect((await member('Anita SHRESTHA')).status).toBe('met');

    expect((await value(backend, 'arrivals:undo', { flightId: rajesh })).undone).toMatchObject({ status: 'landed' });
    expect((await member('Rajesh ADHIKARI')).status).toBe('rebooked');
    expect((await member('Anita SHRESTHA')).status).toBe('met');
    // A trainee already met is not pulled back by a later mark on the plane they came on either.
    await value(backend, 'arrivals:undo', { flightId: rajesh });
    await value(backend, 'arrivals:mark', { flightId: rajesh, status: 'delayed', newArrivesLocal: '2024-05-20T12:10' });
    expect(await member('Anita SHRESTHA')).toMatchObject({ status: 'met', expectedArrivesLocal: '2024-05-20T10:30' });
  });
});

describe('stays', () => {
  it('puts trainees in hotel rooms for two nights, lists the rooming and warns of a full room', async () => {
    const backend = memoryBackend();
    const { yearId, idOf } = await cohortWithFlights(backend);
    const hotel = await value(backend, 'places:create', { kind: 'hotel', nameJa: 'ホテル東京ベイ', nameEn: 'Hotel Tokyo Bay', phone: '03-1234-5678' });
    const single = await value(backend, 'rooms:create', { placeId: hotel.id, name: '501', capacity: 1 });
    const twin = await value(backend, 'rooms:create', { placeId: hotel.id, name: '502', capacity: 2 });
    expect((await call(backend, 'rooms:create', { placeId: hotel.id, name: '502', capacity: 2 })).ok).toBe(false);
    const stay = (name: string, roomId: string) => value(backend, 'stays:create', { yearId, traineeId: idOf(name), roomId, checkIn: '2024-05-20', checkOut: '2024-05-22' });
    await stay('LEE Seoyeon', single.id);
    await stay('WANG Xiaoyan', twin.id);
    await stay('LIU Jia', twin.id);
    await stay('ZHANG Mengqi', single.id);
    const rooming = await value(backend, 'stays:rooming', { yearId, placeId: hotel.id, night: '2024-05-21' });
    expect(rooming.rooms.map((r) => [r.room.name, r.occupants.map((o) => o.name)])).toEqual([
      ['501', ['이서연', '张梦琪']],
      ['502', ['王晓燕', '刘佳']],
    ]);
    const overview = await value(backend, 'stays:overview', { yearId });
    expect(overview.programNights[0]).toBe('2024-05-20');
    expect(overview.programNights.at(-1)).toBe('2024-06-23');
    expect(overview.warnings.filter((w) => w.kind === 'over_capacity').map((w) => [w.night, w.roomName, w.occupants])).toEqual([
      ['2024-05-20', '501', 2],
      ['2024-05-21', '501', 2],
    ]);
    const noBed = overview.warnings.filter((w) => w.kind === 'no_bed');
    expect(noBed.some((w) => w.traineeName === '이서연' && w.night === '2024-05-22')).toBe(true);
    expect(noBed.some((w) => w.traineeName === '이서연' && w.night === '2024-05-21')).toBe(false);
    const bad = await call(backend, 'stays:create', { yearId, traineeId: idOf('LEE Seoyeon'), roomId: single.id, checkIn: '2024-05-22', checkOut: '2024-05-22' });
    expect(bad.ok ? null : bad.error.params!.issues![0]).toMatchObject({ field: 'checkOut', rule: 'checkout_not_after_checkin' });
  });
});

describe('schedule and classes', () => {
  it('an orientation day shows in every itinerary with the night, and the schedule moves to the next year', async () => {
    const backend = memoryBackend();
    const { yearId, idOf } = await cohortWithFlights(backend);
    const hotel = await value(backend, 'places:create', { kind: 'hotel', nameJa: 'ホテル東京ベイ' });
    const room = await value(backend, 'rooms:create', { placeId: hotel.id, name: '501', capacity: 1 });
    await value(backend, 'stays:create', { yearId, traineeId: idOf('LEE Seoyeon'), roomId: room.id, checkIn: '2024-05-20', checkOut: '2024-05-23' });
    await value(backend, 'schedule:create', { yearId, kind: 'orientation', startsAt: '2024-05-21T09:30', endsAt: '2024-05-21T17:00', titleJa: 'オリエンテーション', titleEn: 'Orientation', place: 'CLAIR 会議室', audience: 'all' });
    await value(backend, 'schedule:create', { yearId, kind: 'other', startsAt: '2024-05-22T15:00', titleJa: '個別面談', audience: 'chosen', traineeIds: [idOf('WANG Xiaoyan')] });
    const bad = await call(backend, 'schedule:create', { yearId, kind: 'other', startsAt: '2024-05-22T15:00', endsAt: '2024-05-22T14:00', titleJa: '', audience: 'all' });
    expect(bad.ok ? [] : bad.error.params!.issues!.map((i) => `${i.field}:${i.rule}`).sort()).toEqual(['endsAt:end_before_start', 'titleJa:required']);

    const lee = await value(backend, 'schedule:itinerary', { traineeId: idOf('LEE Seoyeon') });
    expect(lee.arrival?.flightNumber).toBe('KE 703');
    const day = lee.days.find((d) => d.date === '2024-05-21')!;
    expect(day.events.map((e) => e.titleJa)).toEqual(['オリエンテーション']);
    expect(day.night).toEqual({ placeNameJa: 'ホテル東京ベイ', placeNameEn: null, roomName: '501' });
    expect(lee.days.find((d) => d.date === '2024-05-22')!.events).toEqual([]);
    const wang = await value(backend, 'schedule:itinerary', { traineeId: idOf('WANG Xiaoyan') });
    expect(wang.days.find((d) => d.date === '2024-05-22')!.events.map((e) => e.titleJa)).toEqual(['個別面談']);

    const next = await value(backend, 'years:create', { fiscalYear: 2025 });
    const copied = await value(backend, 'schedule:copy-from', { fromYearId: yearId, toYearId: next.id });
    expect(copied).toEqual({ copied: 2, shiftDays: 365 });
    const events = await value(backend, 'schedule:list', { yearId: next.id });
    expect(events.map((e) => [e.startsAt, e.audience])).toEqual([['2025-05-21T09:30', 'all'], ['2025-05-22T15:00', 'all']]);
    const again = await call(backend, 'schedule:copy-from', { fromYearId: yearId, toYearId: next.id });
    expect(again.ok ? null : again.error.code).toBe('schedule_not_empty');
  });

  it('placement scores put trainees into classes, and the class shows on the record', async () => {
    const backend = memoryBackend();
    const { yearId, idOf } = await cohortWithFlights(backend);
    const overview = await value(backend, 'classes:create', { yearId, name: 'A', level: 'beginner' });
    const a = overview.classes[0]!;
    await value(backend, 'classes:place', { traineeId: idOf('LEE Seoyeon'), score: 72, classId: a.id });
    const after = await value(backend, 'classes:place', { traineeId: idOf('WANG Xiaoyan'), score: 35, classId: null });
    expect(after.classes[0]!.traineeIds).toEqual([idOf('LEE Seoyeon')]);
    expect(after.trainees.slice(0, 2).map((t) => [t.latinName, t.score])).toEqual([['LEE Seoyeon', 72], ['WANG Xiaoyan', 35]]);
    expect((await value(backend, 'trainees:get', { id: idOf('LEE Seoyeon') })).placementClass).toBe('A');
    const bad = await call(backend, 'classes:place', { traineeId: idOf('LEE Seoyeon'), score: 101 });
    expect(bad.ok ? null : bad.error.params!.issues![0]).toMatchObject({ field: 'score', rule: 'out_of_range_score' });
  });
});
