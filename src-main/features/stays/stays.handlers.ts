import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as places from './places.service';
import * as stays from './stays.service';

export function staysHandlers(ctx: Ctx) {
  return {
    'places:list': () => places.listPlaces(ctx),
    'places:create': (input) => places.createPlace(ctx, input),
    'places:update': (input) => places.updatePlace(ctx, input),
    'places:delete': ({ id }) => places.deletePlace(ctx, id),
    'rooms:create': (input) => places.createRoom(ctx, input),
    'rooms:update': (input) => places.updateRoom(ctx, input),
    'rooms:delete': ({ id }) => places.deleteRoom(ctx, id),
    'stays:overview': ({ yearId }) => stays.overview(ctx, yearId),
    'stays:rooming': (input) => stays.rooming(ctx, input),
    'stays:create': (input) => stays.createStay(ctx, input),
    'stays:delete': ({ id }) => stays.deleteStay(ctx, id),
  } satisfies Partial<Handlers>;
}
