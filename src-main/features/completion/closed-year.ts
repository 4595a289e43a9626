import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared, type PendingWrite, type Row } from '../../db/rows';
import { AFTER_PROGRAM_TABLES } from '@shared/contract/alumni';
import { AppError } from '../../ipc/app-error';

/**
 * A closed year is read only: every write that would change a record of it — the year itself,
 * its milestones, its trainees and whatever hangs on them (assignments, flights, procedures,
 * stays, reports …) — is refused with `year_closed` until the year is reopened. The row writer
 * (db/rows.ts) asks this before each write, so no service repeats it. A record belongs to the
 * year its foreign keys lead to (a flight → its trainee → the year), so a table added later is
 * covered without being named here. Changes received by sync are applied regardless, and the
 * alumni's record after the program (AFTER_PROGRAM_TABLES) is written whatever the year.
 */

/** The one column of a closed year that may change: closing and reopening it. */
const CLOSING_COLUMN = 'closed_on';
/** How far a chain of foreign keys is followed (an arrival event → its flight → its trainee → the year). */
const MAX_DEPTH = 4;

interface Link {
  column: string;
  table: string;
  to: string;
}

const linkCache = new WeakMap<Database, Map<string, Link[]>>();

function linksOf(db: Database, table: string): Link[] {
  let cache = linkCache.get(db);
  if (!cache) linkCache.set(db, (cache = new Map()));
  let links = cache.get(table);
  if (!links) {
    const keys = db.pragma(`foreign_key_list(${table})`) as Array<{ table: string; from: string; to: string | null }>;
    links = keys.map((k) => ({ column: k.from, table: k.table, to: k.to ?? 'id' }));
    cache.set(table, links);
  }
  return links;
}

const reachCache = new WeakMap<Database, Map<string, boolean>>();

/** Whether a table's foreign keys lead to a year at all (hosts, staff and the masters do not: their rows are never looked up). */
function reachesYear(db: Database, table: string, depth = 0): boolean {
  if (table === 'program_years') return true;
  let cache = reachCache.get(db);
  if (!cache) reachCache.set(db, (cache = new Map()));
  let reaches = cache.get(table);
  if (reaches === undefined) {
    reaches = depth < MAX_DEPTH && linksOf(db, table).some((l) => reachesYear(db, l.table, depth + 1));
    if (depth === 0) cache.set(table, reaches);
  }
  return reaches;
}

/** The years a row belongs to, through its foreign keys. */
function yearsOf(db: Database, table: string, row: Row, depth = 0): string[] {
  if (table === 'program_years') return typeof row.id === 'string' ? [row.id] : [];
  if (depth >= MAX_DEPTH) return [];
  return linksOf(db, table).filter((link) => reachesYear(db, link.table)).flatMap((link) => {
    const value = row[link.column];
    if (typeof value !== 'string') return [];
    if (link.table === 'program_years') return [value];
    const parent = prepared(db, `SELECT * FROM ${link.table} WHERE ${link.to} = ?`).get(value) as Row | undefined;
    return parent ? yearsOf(db, link.table, parent, depth + 1) : [];
  });
}

function closedYear(db: Database, yearId: string): { fiscalYear: number } | null {
  const row = prepared(db, 'SELECT fiscal_year FROM program_years WHERE id = ? AND closed_on IS NOT NULL').get(yearId) as { fiscal_year: number } | undefined;
  return row ? { fiscalYear: row.fiscal_year } : null;
}

/** Refuses a write that would change a closed year's records (the WriteCheck of the backend's writer). */
export function refuseClosedYearWrites(db: Database, write: PendingWrite): void {
  // Most of the time no year is closed: one cheap look and done.
  if (!prepared(db, 'SELECT 1 FROM program_years WHERE closed_on IS NOT NULL LIMIT 1').get()) return;
  if (write.table === 'program_years' && write.op === 'update' && write.columns.every((c) => c === CLOSING_COLUMN)) return;
  if (AFTER_PROGRAM_TABLES.has(write.table)) return;
  const years = new Set([...(write.before ? yearsOf(db, write.table, write.before) : []), ...(write.after ? yearsOf(db, write.table, write.after) : [])]);
  for (const yearId of years) {
    const closed = closedYear(db, yearId);
    if (closed) throw new AppError('year_closed', { fiscalYear: closed.fiscalYear });
  }
}
