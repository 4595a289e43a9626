import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
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
  } satisfies Partial<Handlers>;
}
