import type { Place, Room } from '@shared/contract/stays';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import * as repo from './places.repo';

/** A place with its rooms, or `not_found`. */
export function getPlace(ctx: Ctx, id: string): Place {
  const place = repo.findPlace(ctx.db, id);
  if (!place) throw new AppError('not_found', { entity: 'place' });
  return place;
}

/** Hotels, JIAM and host housing, each with its rooms. */
export function listPlaces(ctx: Ctx): Place[] {
  return repo.listPlaces(ctx.db);
}

export function createPlace(ctx: Ctx, fields: repo.PlaceFields): Place {
  const id = newId();
  ctx.db.transaction(() => repo.insertPlace(ctx, id, fields))();
  return getPlace(ctx, id);
}

export function updatePlace(ctx: Ctx, { id, ...fields }: repo.PlaceFields & { id: string }): Place {
  ctx.db.transaction(() => repo.updatePlace(ctx, id, fields))();
  return getPlace(ctx, id);
}

/** Deletes a place with its rooms and the nights booked in them. */
export function deletePlace(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deletePlace(ctx, id))()) throw new AppError('not_found', { entity: 'place' });
  return { id };
}

/** Refuses a second room of the same name in one place. */
function refuseSameName(ctx: Ctx, placeId: string, name: string, exceptId: string | null): void {
  if (repo.listRooms(ctx.db, placeId).some((r) => r.name === name && r.id !== exceptId)) throw new AppError('room_exists', { name });
}

export function createRoom(ctx: Ctx, { placeId, name, capacity }: { placeId: string; name: string; capacity: number }): Room {
  getPlace(ctx, placeId);
  const id = newId();
  ctx.db.transaction(() => {
    refuseSameName(ctx, placeId, name, null);
    repo.insertRoom(ctx, id, placeId, name, capacity);
  })();
  return repo.findRoom(ctx.db, id)!;
}

export function updateRoom(ctx: Ctx, { id, name, capacity }: { id: string; name: string; capacity: number }): Room {
  const room = repo.findRoom(ctx.db, id);
  if (!room) throw new AppError('not_found', { entity: 'room' });
  ctx.db.transaction(() => {
    refuseSameName(ctx, room.placeId, name, id);
    repo.updateRoom(ctx, id, name, capacity);
  })();
  return repo.findRoom(ctx.db, id)!;
}

/** Deletes a room and the nights booked in it. */
export function deleteRoom(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deleteRoom(ctx, id))()) throw new AppError('not_found', { entity: 'room' });
  return { id };
}
