import type { Flight } from '@shared/contract/arrivals';
import type { FieldIssue } from '@shared/contract/result';
import { newId } from '../../db/ids';
import { readRow } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import * as airports from './airports';
import * as repo from './flights.repo';
import { localToUtc, minutesBetween } from './zoned-time';

export interface FlightFields {
  kind: Flight['kind'];
  flightNumber: string;
  fromAirport: string;
  toAirport: string;
  departsLocal: string;
  arrivesLocal: string;
  terminal: string | null;
  bookingRef: string | null;
  notes: string | null;
}

/** The longest a journey in one booking may take, connections included. */
const MAX_JOURNEY_MINUTES = 48 * 60;

/**
 * Checks a flight against the airport list and the clock, and works out the instants:
 * each time is read in its own airport's zone, so the date line and daylight saving are right.
 */
export function resolveFlight(f: FlightFields): repo.FlightRecord {
  const issues: FieldIssue[] = [];
  const from = airports.findAirport(f.fromAirport);
  const to = airports.findAirport(f.toAirport);
  if (!from) issues.push({ field: 'fromAirport', rule: 'unknown_airport' });
  if (!to) issues.push({ field: 'toAirport', rule: 'unknown_airport' });
  if (from && to && from.iata === to.iata) issues.push({ field: 'toAirport', rule: 'same_airport' });
  const departsUtc = from ? localToUtc(f.departsLocal, from.timeZone) : null;
  const arrivesUtc = to ? localToUtc(f.arrivesLocal, to.timeZone) : null;
  if (from && !departsUtc) issues.push({ field: 'departsLocal', rule: 'time_skipped' });
  if (to && !arrivesUtc) issues.push({ field: 'arrivesLocal', rule: 'time_skipped' });
  if (departsUtc && arrivesUtc) {
    const minutes = minutesBetween(departsUtc, arrivesUtc);
    if (minutes <= 0) issues.push({ field: 'arrivesLocal', rule: 'arrives_before_departs' });
    else if (minutes > MAX_JOURNEY_MINUTES) issues.push({ field: 'arrivesLocal', rule: 'journey_too_long' });
  }
  if (issues.length) throw new AppError('validation', { issues });
  return { ...f, departsUtc: departsUtc!, arrivesUtc: arrivesUtc! };
}

export function createFlight(ctx: Ctx, input: FlightFields & { traineeId: string }): Flight {
  const { traineeId, ...fields } = input;
  // The trainee's row only (trainees sit above flights: a trainee's purge deletes their flights).
  if (!readRow(ctx.db, 'trainees', traineeId)) throw new AppError('not_found', { entity: 'trainee' });
  const record = resolveFlight(fields);
  const id = newId();
  ctx.db.transaction(() => repo.insertFlight(ctx, id, traineeId, record))();
  return repo.findFlight(ctx.db, id)!;
}

export function updateFlight(ctx: Ctx, input: FlightFields & { id: string }): Flight {
  const { id, ...fields } = input;
  const record = resolveFlight(fields);
  if (!ctx.db.transaction(() => repo.updateFlight(ctx, id, record))()) throw new AppError('not_found', { entity: 'flight' });
  return repo.findFlight(ctx.db, id)!;
}

export function deleteFlight(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deleteFlight(ctx, id))()) throw new AppError('not_found', { entity: 'flight' });
  return { id };
}

/** Flights of a trainee, or of every trainee of a year. */
export function listFlights(ctx: Ctx, filter: { traineeId?: string | null; yearId?: string | null }): Flight[] {
  return repo.listFlights(ctx.db, { traineeId: filter.traineeId ?? undefined, yearId: filter.yearId ?? undefined });
}

/** Airports whose code or name matches what is typed; none for an empty query. */
export function searchAirports(query: string | null): ReturnType<typeof airports.searchAirports> {
  return query ? airports.searchAirports(query) : [];
}
