import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ArrivalEvent } from '@shared/contract/arrivals';
import { insertRow, updateRow, type Writer } from '../../db/rows';

type Row = Record<string, string | null>;

/** What happened to a flight on the day (landed, delayed, rebooked), as the arrivals board records it. */
export interface EventRecord {
  status: ArrivalEvent['status'];
  newFlight: string | null;
  newArrivesLocal: string | null;
  newArrivesUtc: string | null;
  at: string;
  by: string | null;
}

export function insertEvent(w: Writer, id: string, flightId: string, e: EventRecord): void {
  insertRow(w, 'arrival_events', {
    id,
    flight_id: flightId,
    status: e.status,
    new_flight: e.newFlight,
    new_arrives_local: e.newArrivesLocal,
    new_arrives_utc: e.newArrivesUtc,
    at: e.at,
    by: e.by,
  });
}

export function markUndone(w: Writer, id: string, at: string): void {
  updateRow(w, 'arrival_events', id, { undone_at: at });
}

export interface StoredEvent extends ArrivalEvent {
  flightId: string;
  newArrivesUtc: string | null;
}

/** Events not undone, oldest first, for the given flights (all when no ids). */
export function listLiveEvents(db: Database, flightIds: readonly string[]): StoredEvent[] {
  if (flightIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT * FROM arrival_events WHERE undone_at IS NULL AND flight_id IN (SELECT value FROM json_each(?)) ORDER BY at, created_at, id`,
    )
    .all(JSON.stringify(flightIds)) as Row[];
  return rows.map((r) => ({
    id: r.id!,
    flightId: r.flight_id!,
    status: r.status as ArrivalEvent['status'],
    newFlight: r.new_flight ?? null,
    newArrivesLocal: r.new_arrives_local ?? null,
    newArrivesUtc: r.new_arrives_utc ?? null,
    at: r.at!,
    by: r.by ?? null,
  }));
}
