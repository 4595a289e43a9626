import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as flights from './flights.service';

export function flightsHandlers(ctx: Ctx) {
  return {
    'airports:search': ({ query }) => flights.searchAirports(query),
    'flights:list': (filter) => flights.listFlights(ctx, filter),
    'flights:create': (input) => flights.createFlight(ctx, input),
    'flights:update': (input) => flights.updateFlight(ctx, input),
    'flights:delete': ({ id }) => flights.deleteFlight(ctx, id),
  } satisfies Partial<Handlers>;
}
