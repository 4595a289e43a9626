import type { Migration } from '../migrate';

/** Departures after training (issue 17): return flights and airports, the departure checklist and its template. */
export const departures: Migration = {
  version: 110,
  name: '0110-departures',
  up() {},
};
