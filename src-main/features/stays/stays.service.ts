import type { RoomingList, Stay, StaysOverview } from '@shared/contract/stays';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findTrainee, listTakingPart } from '../trainees';
import { nativeName } from '@shared/contract/names';
import { findYear, listMilestones } from '../years';
import * as places from './places.repo';
import { nightsBetween, roomingWarnings } from './rooming';
import * as repo from './stays.repo';

/** The nights the office arranges beds for: from arrival day up to the night before the move to the hosts. */
export function programNights(ctx: Ctx, yearId: string): string[] {
  const milestones = listMilestones(ctx.db, yearId);
  const start = milestones.find((m) => m.kind === 'arrival')?.startsOn;
  const end =
    milestones.find((m) => m.kind === 'host_move')?.startsOn ??
    milestones.find((m) => m.kind === 'host_training')?.startsOn ??
    milestones.find((m) => m.kind === 'jiam_training')?.endsOn;
  return start && end ? nightsBetween(start, end) : [];
}

/** A year's stays with the nights to cover and what to look at. */
export function overview(ctx: Ctx, yearId: string): StaysOverview {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const stays = repo.listStays(ctx.db, { yearId });
  const nights = programNights(ctx, yearId);
  const trainees = listTakingPart(ctx.db, yearId).map((t) => ({ id: t.id, name: nativeName(t) }));
  const warnings = roomingWarnings(nights, trainees, places.listRooms(ctx.db), stays);
  return { yearId, programNights: nights, stays, warnings };
}

/** Who sleeps in which room of a place on one night. */
export function rooming(ctx: Ctx, input: { yearId: string; placeId: string; night: string }): RoomingList {
  const place = places.findPlace(ctx.db, input.placeId);
  if (!place) throw new AppError('not_found', { entity: 'place' });
  const genders = new Map(listTakingPart(ctx.db, input.yearId).map((t) => [t.id, t.gender]));
  const tonight = repo.listStays(ctx.db, { yearId: input.yearId }).filter((s) => s.placeId === place.id && s.checkIn <= input.night && input.night < s.checkOut);
  return {
    placeId: place.id,
    night: input.night,
    rooms: place.rooms.map((room) => ({
      room,
      occupants: tonight
        .filter((s) => s.roomId === room.id)
        .map((s) => ({ traineeId: s.traineeId, name: s.traineeName, nameLang: s.nameLang, latinName: s.latinName, gender: genders.get(s.traineeId) ?? null })),
    })),
  };
}

export function createStay(ctx: Ctx, input: repo.StayFields & { yearId: string }): Stay {
  const { yearId, ...fields } = input;
  const trainee = findTrainee(ctx.db, fields.traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  if (trainee.yearId !== yearId) throw new AppError('validation', { issues: [{ field: 'traineeId', rule: 'other_year' }] });
  if (!places.findRoom(ctx.db, fields.roomId)) throw new AppError('not_found', { entity: 'room' });
  const id = newId();
  ctx.db.transaction(() => repo.insertStay(ctx, id, yearId, fields))();
  return repo.findStay(ctx.db, id)!;
}

export function deleteStay(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deleteStay(ctx, id))()) throw new AppError('not_found', { entity: 'stay' });
  return { id };
}
