import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as pickup from './pickup.service';

export function pickupHandlers(ctx: Ctx) {
  return {
    'arrivals:board': ({ yearId }) => pickup.board(ctx, yearId),
    'arrivals:mark': (input) => pickup.mark(ctx, input),
    'arrivals:undo': ({ flightId }) => pickup.undo(ctx, flightId),
    'pickup-groups:create': (input) => pickup.createGroup(ctx, input),
    'pickup-groups:update': (input) => pickup.updateGroup(ctx, input),
    'pickup-groups:delete': ({ id }) => pickup.deleteGroup(ctx, id),
    'pickup-groups:set-member': (input) => pickup.setMember(ctx, input),
    'pickup-groups:place': ({ yearId }) => pickup.placeByFlight(ctx, yearId),
  } satisfies Partial<Handlers>;
}
