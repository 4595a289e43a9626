import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as pickup from '../pickup/pickup.service';
import { searchAirports } from './airports';
import { listFlights } from './flights.repo';
import * as flights from './flights.service';

export function flightsHandlers(ctx: Ctx) {
  return {
    'airports:search': ({ query }) => (query ? searchAirports(query) : []),
    'flights:list': ({ traineeId, yearId }) => listFlights(ctx.db, { traineeId: traineeId ?? undefined, yearId: yearId ?? undefined }),
    'flights:create': (input) => flights.createFlight(ctx, input),
    'flights:update': (input) => flights.updateFlight(ctx, input),
    'flights:delete': ({ id }) => flights.deleteFlight(ctx, id),
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
