import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as places from './places.repo';
import * as stays from './stays.service';

export function staysHandlers(ctx: Ctx) {
  const getPlace = (id: string) => {
    const place = places.findPlace(ctx.db, id);
    if (!place) throw new AppError('not_found', { entity: 'place' });
    return place;
  };
  return {
    'places:list': () => places.listPlaces(ctx.db),
    'places:create': (input) => {
      const id = newId();
      ctx.db.transaction(() => places.insertPlace(ctx, id, input))();
      return getPlace(id);
    },
    'places:update': ({ id, ...fields }) => {
      ctx.db.transaction(() => places.updatePlace(ctx, id, fields))();
      return getPlace(id);
    },
    'places:delete': ({ id }) => {
      if (!ctx.db.transaction(() => places.deletePlace(ctx, id))()) throw new AppError('not_found', { entity: 'place' });
      return { id };
    },
    'rooms:create': ({ placeId, name, capacity }) => {
      getPlace(placeId);
      const id = newId();
      ctx.db.transaction(() => {
        if (places.listRooms(ctx.db, placeId).some((r) => r.name === name)) throw new AppError('room_exists', { name });
        places.insertRoom(ctx, id, placeId, name, capacity);
      })();
      return places.findRoom(ctx.db, id)!;
    },
    'rooms:update': ({ id, name, capacity }) => {
      const room = places.findRoom(ctx.db, id);
      if (!room) throw new AppError('not_found', { entity: 'room' });
      ctx.db.transaction(() => {
        if (places.listRooms(ctx.db, room.placeId).some((r) => r.name === name && r.id !== id)) throw new AppError('room_exists', { name });
        places.updateRoom(ctx, id, name, capacity);
      })();
      return places.findRoom(ctx.db, id)!;
    },
    'rooms:delete': ({ id }) => {
      if (!ctx.db.transaction(() => places.deleteRoom(ctx, id))()) throw new AppError('not_found', { entity: 'room' });
      return { id };
    },
    'stays:overview': ({ yearId }) => stays.overview(ctx, yearId),
    'stays:rooming': (input) => stays.rooming(ctx, input),
    'stays:create': (input) => stays.createStay(ctx, input),
    'stays:delete': ({ id }) => stays.deleteStay(ctx, id),
  } satisfies Partial<Handlers>;
}
