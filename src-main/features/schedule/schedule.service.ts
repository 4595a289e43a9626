import type { Itinerary, ScheduleEvent } from '@shared/contract/schedule';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { listFlights } from '../flights';
import { findStaff } from '../staff';
import { listStays, nightsBetween, programNights } from '../stays';
import { findTrainee } from '../trainees';
import { findYear, listMilestones } from '../years';
import * as repo from './schedule.repo';
import { eventsFor, shiftDays, templateShift } from './schedule-rules';

export type EventInput = repo.EventFields & { traineeIds: string[] };

function check(ctx: Ctx, yearId: string, e: EventInput): void {
  if (e.staffId && !findStaff(ctx.db, e.staffId)) throw new AppError('not_found', { entity: 'staff' });
  for (const id of e.traineeIds) {
    const t = findTrainee(ctx.db, id);
    if (!t) throw new AppError('not_found', { entity: 'trainee' });
    if (t.yearId !== yearId) throw new AppError('validation', { issues: [{ field: 'traineeIds', rule: 'other_year' }] });
  }
  if (e.audience === 'chosen' && e.traineeIds.length === 0) throw new AppError('validation', { issues: [{ field: 'traineeIds', rule: 'required' }] });
}

function getEvent(ctx: Ctx, yearId: string, id: string): ScheduleEvent {
  return repo.listEvents(ctx.db, yearId).find((e) => e.id === id)!;
}

/** A year's schedule, in time order. */
export function listSchedule(ctx: Ctx, yearId: string): ScheduleEvent[] {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  return repo.listEvents(ctx.db, yearId);
}

export function createEvent(ctx: Ctx, input: EventInput & { yearId: string }): ScheduleEvent {
  const { yearId, traineeIds, ...fields } = input;
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  check(ctx, yearId, input);
  const id = newId();
  ctx.db.transaction(() => {
    repo.insertEvent(ctx, id, yearId, fields);
    repo.setAttendees(ctx, id, fields.audience === 'chosen' ? traineeIds : []);
  })();
  return getEvent(ctx, yearId, id);
}

export function updateEvent(ctx: Ctx, input: EventInput & { id: string }): ScheduleEvent {
  const { id, traineeIds, ...fields } = input;
  const yearId = repo.findEventYear(ctx.db, id);
  if (!yearId) throw new AppError('not_found', { entity: 'event' });
  check(ctx, yearId, input);
  ctx.db.transaction(() => {
    repo.updateEvent(ctx, id, fields);
    repo.setAttendees(ctx, id, fields.audience === 'chosen' ? traineeIds : []);
  })();
  return getEvent(ctx, yearId, id);
}

export function deleteEvent(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deleteEvent(ctx, id))()) throw new AppError('not_found', { entity: 'event' });
  return { id };
}

function arrivalDay(ctx: Ctx, yearId: string): string | null {
  return listMilestones(ctx.db, yearId).find((m) => m.kind === 'arrival')?.startsOn ?? null;
}

/**
 * Starts a year's schedule from another year's, moved by the distance between the two arrival
 * days. Events for chosen trainees come over for everyone (the trainees are new); staff stay.
 */
export function copySchedule(ctx: Ctx, input: { fromYearId: string; toYearId: string }): { copied: number; shiftDays: number } {
  const from = findYear(ctx.db, input.fromYearId);
  const to = findYear(ctx.db, input.toYearId);
  if (!from || !to) throw new AppError('not_found', { entity: 'year' });
  if (from.id === to.id) throw new AppError('validation', { issues: [{ field: 'fromYearId', rule: 'same_year' }] });
  if (repo.listEvents(ctx.db, to.id).length > 0) throw new AppError('schedule_not_empty', { fiscalYear: to.fiscalYear });
  const shift = templateShift(arrivalDay(ctx, from.id), arrivalDay(ctx, to.id), from.fiscalYear, to.fiscalYear);
  const events = repo.listEvents(ctx.db, from.id);
  ctx.db.transaction(() => {
    for (const e of events) {
      repo.insertEvent(ctx, newId(), to.id, {
        kind: e.kind,
        startsAt: shiftDays(e.startsAt, shift),
        endsAt: shiftDays(e.endsAt, shift),
        titleJa: e.titleJa,
        titleEn: e.titleEn,
        place: e.place,
        placeEn: e.placeEn,
        audience: 'all',
        staffId: e.staff?.id ?? null,
        notesJa: e.notesJa,
        notesEn: e.notesEn,
      });
    }
  })();
  return { copied: events.length, shiftDays: shift };
}

/** A trainee's first weeks day by day: the events they attend and where they sleep each night. */
export function itinerary(ctx: Ctx, traineeId: string): Itinerary {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee) throw new AppError('not_found', { entity: 'trainee' });
  const events = eventsFor(repo.listEvents(ctx.db, trainee.yearId), traineeId);
  const stays = listStays(ctx.db, { traineeId });
  const nightOf = new Map<string, Itinerary['days'][number]['night']>();
  for (const s of stays) {
    for (const night of nightsBetween(s.checkIn, s.checkOut)) nightOf.set(night, { placeNameJa: s.placeNameJa, placeNameEn: s.placeNameEn, roomName: s.roomName });
  }
  const dates = new Set([...programNights(ctx, trainee.yearId), ...events.map((e) => e.startsAt.slice(0, 10)), ...nightOf.keys()]);
  return {
    traineeId,
    arrival: listFlights(ctx.db, { traineeId }).find((f) => f.kind === 'arrival') ?? null,
    days: [...dates].sort().map((date) => ({
      date,
      events: events.filter((e) => e.startsAt.slice(0, 10) === date),
      night: nightOf.get(date) ?? null,
    })),
  };
}
