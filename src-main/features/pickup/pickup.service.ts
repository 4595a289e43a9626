import { isFlightMark, type ArrivalBoard, type ArrivalEvent, type ArrivingTrainee, type Flight, type PickupGroup } from '@shared/contract/arrivals';
import { latinName, nativeName } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findAirport, findFlight, listFlights, localToUtc } from '../flights';
import { findStaff } from '../staff';
import { findPlace, listPlaces } from '../stays';
import { findTrainee, listTakingPart } from '../trainees';
import { findYear } from '../years';
import * as arrivalEvents from './arrival-events.repo';
import { countArrivals, groupFlags, groupFor, isSameFlight, suggestMeetingTime, type RuleArrival, type RuleGroup } from './pickup-rules';
import * as repo from './pickup.repo';

type Arriving = Omit<ArrivingTrainee, 'flags'>;

/**
 * Whether `f` is a better pick than `current` for the flight staff meet: the first arrival leg
 * that lands in Japan; without one, the last leg (connections land abroad first).
 */
function isArrivalInJapan(f: Flight, current: Flight | undefined): boolean {
  if (!current) return true;
  const inJapan = (x: Flight) => x.to.country === 'JP';
  if (inJapan(current)) return false;
  return inJapan(f) || f.arrivesUtc > current.arrivesUtc;
}

/** Each trainee's arrival flight (the leg landing in Japan), and where it stands after the events of the day. */
function arrivals(ctx: Ctx, yearId: string, trainees: TraineeSummary[]): Arriving[] {
  const firstArrival = new Map<string, Flight>();
  for (const f of listFlights(ctx.db, { yearId })) if (f.kind === 'arrival' && isArrivalInJapan(f, firstArrival.get(f.traineeId))) firstArrival.set(f.traineeId, f);
  const events = arrivalEvents.listLiveEvents(ctx.db, [...firstArrival.values()].map((f) => f.id));
  return trainees.map((t) => {
    const flight = firstArrival.get(t.id) ?? null;
    const mine = flight ? events.filter((e) => e.flightId === flight.id) : [];
    const last = mine.at(-1) ?? null;
    const retimed = mine.filter((e) => e.newArrivesLocal).at(-1);
    const rebooked = mine.filter((e) => e.newFlight).at(-1);
    const lastEvent: ArrivalEvent | null = last
      ? { id: last.id, status: last.status, newFlight: last.newFlight, newArrivesLocal: last.newArrivesLocal, at: last.at, by: last.by }
      : null;
    return {
      traineeId: t.id,
      name: nativeName(t),
      nameLang: t.nameLang,
      latinName: latinName(t),
      kana: t.nameKana,
      nationality: t.nationality,
      hasPhoto: t.hasPhoto,
      flight,
      status: last?.status ?? 'scheduled',
      currentFlightNumber: rebooked?.newFlight ?? flight?.flightNumber ?? null,
      expectedArrivesLocal: retimed?.newArrivesLocal ?? flight?.arrivesLocal ?? null,
      expectedArrivesUtc: retimed?.newArrivesUtc ?? flight?.arrivesUtc ?? null,
      lastEvent,
    };
  });
}

function ruleArrival(a: Arriving): RuleArrival | null {
  return a.flight && a.expectedArrivesLocal ? { airport: a.flight.to.iata, terminal: a.flight.terminal, expectedArrivesLocal: a.expectedArrivesLocal } : null;
}

const byLanding = (a: Arriving, b: Arriving) => (a.expectedArrivesUtc ?? '9').localeCompare(b.expectedArrivesUtc ?? '9') || a.latinName.localeCompare(b.latinName);

/**
 * The arrival day in one view: each pickup group with its staff, its trainees by expected
 * landing, the suggested meeting time and the counts; then everyone not in a group.
 */
export function board(ctx: Ctx, yearId: string): ArrivalBoard {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const everyone = arrivals(ctx, yearId, listTakingPart(ctx.db, yearId));
  const byTrainee = new Map(everyone.map((a) => [a.traineeId, a]));
  const members = repo.listMembers(ctx.db, yearId);
  const staff = repo.listGroupStaff(ctx.db, yearId);
  const places = new Map(listPlaces(ctx.db).map((p) => [p.id, p]));
  const groups: PickupGroup[] = repo.listGroups(ctx.db, yearId).map((g) => {
    const inGroup = members
      .filter((m) => m.groupId === g.id)
      .map((m) => byTrainee.get(m.traineeId))
      .filter((a): a is Arriving => a !== undefined)
      .sort(byLanding);
    const landings = inGroup.filter((a) => a.flight?.to.iata === g.airport && a.expectedArrivesLocal).map((a) => a.expectedArrivesLocal!);
    const destination = g.destinationPlaceId ? places.get(g.destinationPlaceId) : undefined;
    return {
      id: g.id,
      yearId: g.yearId,
      name: g.name,
      nameEn: g.nameEn,
      airport: findAirport(g.airport)!,
      terminal: g.terminal,
      meetingPoint: g.meetingPoint,
      meetingPointEn: g.meetingPointEn,
      meetingTime: g.meetingTime,
      suggestedMeetingTime: suggestMeetingTime(landings, g.marginMinutes),
      marginMinutes: g.marginMinutes,
      windowFrom: g.windowFrom,
      windowTo: g.windowTo,
      transport: g.transport,
      destination: destination ? { id: destination.id, nameJa: destination.nameJa, nameEn: destination.nameEn } : null,
      notes: g.notes,
      staff: staff.get(g.id) ?? [],
      members: inGroup.map((a) => ({ ...a, flags: groupFlags(g, ruleArrival(a)) })),
      counts: countArrivals(inGroup.map((a) => a.status)),
    };
  });
  const placed = new Set(members.map((m) => m.traineeId));
  const unplaced = everyone.filter((a) => !placed.has(a.traineeId)).sort(byLanding).map((a) => ({ ...a, flags: a.flight ? [] : ['no_arrival_flight' as const] }));
  return { yearId, groups, unplaced, counts: countArrivals(everyone.map((a) => a.status)) };
}

export type GroupInput = repo.GroupFields & { staffIds: string[] };

function checkGroup(ctx: Ctx, g: GroupInput): void {
  if (!findAirport(g.airport)) throw new AppError('validation', { issues: [{ field: 'airport', rule: 'unknown_airport' }] });
  if (g.destinationPlaceId && !findPlace(ctx.db, g.destinationPlaceId)) throw new AppError('not_found', { entity: 'place' });
  for (const id of g.staffIds) if (!findStaff(ctx.db, id)) throw new AppError('not_found', { entity: 'staff' });
}

function getGroup(ctx: Ctx, id: string): PickupGroup {
  const row = repo.findGroup(ctx.db, id);
  const group = row && board(ctx, row.yearId).groups.find((g) => g.id === id);
  if (!group) throw new AppError('not_found', { entity: 'pickup_group' });
  return group;
}

export function createGroup(ctx: Ctx, input: GroupInput & { yearId: string }): PickupGroup {
  const { yearId, staffIds, ...fields } = input;
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  checkGroup(ctx, input);
  const id = newId();
  ctx.db.transaction(() => {
    repo.insertGroup(ctx, id, yearId, fields);
    repo.setGroupStaff(ctx, id, staffIds);
  })();
  return getGroup(ctx, id);
}

export function updateGroup(ctx: Ctx, input: GroupInput & { id: string }): PickupGroup {
  const { id, staffIds, ...fields } = input;
  checkGroup(ctx, input);
  ctx.db.transaction(() => {
    if (!repo.updateGroup(ctx, id, fields)) throw new AppError('not_found', { entity: 'pickup_group' });
    repo.setGroupStaff(ctx, id, staffIds);
  })();
  return getGroup(ctx, id);
}

export function deleteGroup(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deleteGroup(ctx, id))()) throw new AppError('not_found', { entity: 'pickup_group' });
  return { id };
}

/** Puts a trainee in a group (out of any other group of the year), or in none. */
export function setMember(ctx: Ctx, input: { traineeId: string; groupId: string | null }): ArrivalBoard {
  const trainee = findTrainee(ctx.db, input.traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  const group = input.groupId ? repo.findGroup(ctx.db, input.groupId) : null;
  if (input.groupId && !group) throw new AppError('not_found', { entity: 'pickup_group' });
  if (group && group.yearId !== trainee.yearId) throw new AppError('validation', { issues: [{ field: 'groupId', rule: 'other_year' }] });
  ctx.db.transaction(() => {
    for (const m of repo.listMembers(ctx.db, trainee.yearId)) if (m.traineeId === trainee.id) repo.deleteMember(ctx, m.id);
    if (group) repo.insertMember(ctx, group.id, trainee.id);
  })();
  return board(ctx, trainee.yearId);
}

/** Places every trainee not yet in a group into the group their arrival flight fits; returns how many. */
export function placeByFlight(ctx: Ctx, yearId: string): { placed: number; left: number } {
  const current = board(ctx, yearId);
  const groups: RuleGroup[] = repo.listGroups(ctx.db, yearId);
  let placed = 0;
  ctx.db.transaction(() => {
    for (const a of current.unplaced) {
      const arrival = ruleArrival(a);
      const groupId = arrival && groupFor(groups, arrival);
      if (groupId) {
        repo.insertMember(ctx, groupId, a.traineeId);
        placed++;
      }
    }
  })();
  return { placed, left: current.unplaced.length - placed };
}

/** The flight rows of everyone of the year on the same plane as `flight` (itself included). */
function onSamePlane(ctx: Ctx, flight: Flight): Flight[] {
  const trainee = findTrainee(ctx.db, flight.traineeId);
  const others = trainee ? listFlights(ctx.db, { yearId: trainee.yearId }).filter((f) => f.id !== flight.id && isSameFlight(f, flight)) : [];
  return [flight, ...others];
}

/** Whether a flight row's person has been put on another plane (a rebooking not undone): the row's plane is no longer theirs. */
const isRebooked = (events: readonly arrivalEvents.StoredEvent[]) => events.some((e) => e.status === 'rebooked');

/**
 * The others a mark about `flight`'s plane is copied to: only while the plane still carries that row's person (not
 * rebooked), and only to those still waiting for it (scheduled or delayed, never rebooked) — a later mark about one
 * person (met, no-show, on the bus) is never overridden by the plane's.
 */
function stillOnPlane(ctx: Ctx, flight: Flight): Flight[] {
  const [, ...others] = onSamePlane(ctx, flight);
  const events = arrivalEvents.listLiveEvents(ctx.db, [flight, ...others].map((f) => f.id));
  const of = (f: Flight) => events.filter((e) => e.flightId === f.id);
  if (isRebooked(of(flight))) return [];
  return others.filter((f) => {
    const mine = of(f);
    return !isRebooked(mine) && [undefined, 'delayed'].includes(mine.at(-1)?.status);
  });
}

/**
 * One tap on the board: records what happened, who marked it and when. A mark about the plane (landed, delayed) is
 * recorded in one transaction, with one time, for everyone still waiting for that plane (see stillOnPlane), so that one
 * undo takes it back for all of them.
 */
export function mark(
  ctx: Ctx,
  input: { flightId: string; status: ArrivalEvent['status']; newFlightNumber: string | null; newArrivesLocal: string | null },
): ArrivalEvent {
  const flight = findFlight(ctx.db, input.flightId);
  if (!flight) throw new AppError('not_found', { entity: 'flight' });
  const newArrivesUtc = input.newArrivesLocal ? localToUtc(input.newArrivesLocal, flight.to.timeZone) : null;
  if (input.newArrivesLocal && !newArrivesUtc) throw new AppError('validation', { issues: [{ field: 'newArrivesLocal', rule: 'time_skipped' }] });
  const id = newId();
  const record = {
    status: input.status,
    newFlight: input.status === 'rebooked' ? input.newFlightNumber : null,
    newArrivesLocal: input.newArrivesLocal,
    newArrivesUtc,
    at: ctx.now().toISOString(),
    by: ctx.author(),
  };
  ctx.db.transaction(() => {
    const others = isFlightMark(input.status) ? stillOnPlane(ctx, flight) : [];
    arrivalEvents.insertEvent(ctx, id, flight.id, record);
    for (const other of others) arrivalEvents.insertEvent(ctx, newId(), other.id, record);
  })();
  return { id, status: record.status, newFlight: record.newFlight, newArrivesLocal: record.newArrivesLocal, at: record.at, by: record.by };
}

/** Whether two events are one mark's copies: the same record (status, new time, author, time). */
const isSameRecord = (a: arrivalEvents.StoredEvent, b: arrivalEvents.StoredEvent) =>
  a.status === b.status && a.at === b.at && a.by === b.by && a.newArrivesLocal === b.newArrivesLocal && a.newFlight === b.newFlight;

/**
 * Takes back the last mark of a flight (a tap made by mistake); the mark stays in the history. A mark about the plane is
 * taken back for everyone it was recorded for (the same record on the same plane), and only for them.
 */
export function undo(ctx: Ctx, flightId: string): { undone: ArrivalEvent | null } {
  const mine = arrivalEvents.listLiveEvents(ctx.db, [flightId]);
  const last = mine.at(-1);
  if (!last) return { undone: null };
  const flight = findFlight(ctx.db, flightId);
  // A plane mark made after this row's person was rebooked was never copied (stillOnPlane): it is theirs alone.
  const together =
    flight && isFlightMark(last.status) && !isRebooked(mine)
      ? arrivalEvents
          .listLiveEvents(ctx.db, onSamePlane(ctx, flight).map((f) => f.id))
          .filter((e) => e.id !== last.id && isSameRecord(e, last))
      : [];
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    for (const e of [last, ...together]) arrivalEvents.markUndone(ctx, e.id, at);
  })();
  const { flightId: _f, newArrivesUtc: _u, ...event } = last;
  return { undone: event };
}
