import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Flight } from '@shared/contract/arrivals';
import { daysBetween } from '@shared/text/date-math';
import { deleteChildren, deleteRow, insertRow, prepared, updateRow, type Writer } from '../../db/rows';
import { findAirport } from './airports';
import { minutesBetween, zoneAbbreviation } from './zoned-time';

/** A flight as stored: times both as entered (local at each airport) and as UTC instants. */
export interface FlightRecord {
  kind: Flight['kind'];
  flightNumber: string;
  fromAirport: string;
  toAirport: string;
  departsLocal: string;
  departsUtc: string;
  arrivesLocal: string;
  arrivesUtc: string;
  terminal: string | null;
  bookingRef: string | null;
  notes: string | null;
}

function columns(f: FlightRecord) {
  return {
    kind: f.kind,
    airline: f.flightNumber.slice(0, 2),
    flight_number: f.flightNumber,
    from_airport: f.fromAirport,
    to_airport: f.toAirport,
    departs_local: f.departsLocal,
    departs_utc: f.departsUtc,
    arrives_local: f.arrivesLocal,
    arrives_utc: f.arrivesUtc,
    terminal: f.terminal,
    booking_ref: f.bookingRef,
    notes: f.notes,
  };
}

export function insertFlight(w: Writer, id: string, traineeId: string, f: FlightRecord): void {
  insertRow(w, 'flights', { id, trainee_id: traineeId, ...columns(f) });
}

export function updateFlight(w: Writer, id: string, f: FlightRecord): boolean {
  return updateRow(w, 'flights', id, columns(f));
}

/** Deletes a flight with what happened to it on the day. */
export function deleteFlight(w: Writer, id: string): boolean {
  deleteChildren(w, 'arrival_events', 'flight_id', id);
  return deleteRow(w, 'flights', id);
}

type Row = Record<string, string | null>;

function toFlight(r: Row): Flight {
  const from = findAirport(r.from_airport!)!;
  const to = findAirport(r.to_airport!)!;
  return {
    id: r.id!,
    traineeId: r.trainee_id!,
    kind: r.kind as Flight['kind'],
    flightNumber: r.flight_number!,
    from,
    to,
    departsLocal: r.departs_local!,
    departsUtc: r.departs_utc!,
    arrivesLocal: r.arrives_local!,
    arrivesUtc: r.arrives_utc!,
    departsZone: zoneAbbreviation(r.departs_utc!, from.timeZone),
    arrivesZone: zoneAbbreviation(r.arrives_utc!, to.timeZone),
    durationMinutes: minutesBetween(r.departs_utc!, r.arrives_utc!),
    dayShift: daysBetween(r.departs_local!, r.arrives_local!),
    terminal: r.terminal ?? null,
    bookingRef: r.booking_ref ?? null,
    notes: r.notes ?? null,
  };
}

/** Flights of one trainee, or of every live trainee of a year; in the order they leave. */
export function listFlights(db: Database, filter: { traineeId?: string; yearId?: string }): Flight[] {
  if (filter.traineeId) {
    return (prepared(db, 'SELECT * FROM flights WHERE trainee_id = ? ORDER BY departs_utc').all(filter.traineeId) as Row[]).map(toFlight);
  }
  const sql = `SELECT f.* FROM flights f JOIN trainees t ON t.id = f.trainee_id
               WHERE t.year_id = ? AND t.deleted_at IS NULL ORDER BY f.departs_utc`;
  return (prepared(db, sql).all(filter.yearId ?? '') as Row[]).map(toFlight);
}

export function findFlight(db: Database, id: string): Flight | null {
  const row = prepared(db, 'SELECT * FROM flights WHERE id = ?').get(id) as Row | undefined;
  return row ? toFlight(row) : null;
}
