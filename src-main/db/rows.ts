import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { formatHlc, nextHlc, parseHlc, type Hlc } from './hlc';
import { encodeValue, type LoggedChange } from './log-values';

/**
 * The one place rows are written. Every insert, update and delete stamps
 * `created_at`/`updated_at` and records the write in `change_log` in the same transaction — one
 * entry per write under its clock, its changed fields as JSON (before, after, and for an update
 * the write of that field it overwrote): the history a person sees, and what sync exchanges.
 * Table and column names come from code, or (sync) are checked against the schema first.
 */
export type Value = string | number | null | Buffer;
export type Row = Record<string, Value>;

/** Who is writing, from where, and when. */
export interface Writer {
  db: Database;
  now: () => Date;
  deviceId: string;
  /** The staff name set in Settings on this PC, if any. */
  author: () => string | null;
  /**
   * A rule every write passes first; it refuses by throwing (features/completion: a closed year's
   * records are read only). Changes received by sync are applied without it (sync/merge.ts writes
   * directly), and so are writes inside `withoutWriteCheck`.
   */
  check?: WriteCheck;
}

/** One write about to happen: the row as it is (none for an insert) and as it will be (none for a delete). */
export interface PendingWrite {
  table: string;
  op: 'insert' | 'update' | 'delete';
  before: Row | undefined;
  after: Row | undefined;
  /** The columns the write changes. */
  columns: readonly string[];
}
export type WriteCheck = (db: Database, write: PendingWrite) => void;

const unchecked = new WeakMap<Database, number>();

/**
 * Runs `fn` with the write check off, for the writes that must reach any record whatever it
 * belongs to: an erasure (the trash emptied, a close-out), what a sync bundle brings and the
 * tidying after it.
 */
export function withoutWriteCheck<T>(db: Database, fn: () => T): T {
  unchecked.set(db, (unchecked.get(db) ?? 0) + 1);
  try {
    return fn();
  } finally {
    unchecked.set(db, unchecked.get(db)! - 1);
  }
}

function checkWrite(w: Writer, write: PendingWrite): void {
  if (w.check && !unchecked.get(w.db)) w.check(w.db, write);
}

const statements = new WeakMap<Database, Map<string, Statement>>();
const clocks = new WeakMap<Database, Hlc | null>();

/** A statement prepared once per database and SQL text. */
export function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The newest clock this device has written or seen (read from the log once per database). */
function lastClock(db: Database): Hlc | null {
  let last = clocks.get(db);
  if (last === undefined) {
    const row = db.prepare('SELECT hlc FROM change_log ORDER BY hlc DESC LIMIT 1').get() as { hlc: string } | undefined;
    last = row ? parseHlc(row.hlc) : null;
    clocks.set(db, last);
  }
  return last;
}

function tick(w: Writer): string {
  const next = nextHlc(lastClock(w.db), w.now().getTime());
  clocks.set(w.db, next);
  return formatHlc(next, w.deviceId);
}

const STAMPS = new Set(['created_at', 'updated_at']);

/** Makes later writes on this device sort after `hlc` (a change received from another device). */
export function witness(db: Database, hlc: string): void {
  const seen = parseHlc(hlc);
  if (!seen) return;
  const last = lastClock(db);
  if (!last || seen.wallMs > last.wallMs || (seen.wallMs === last.wallMs && seen.counter > last.counter)) clocks.set(db, seen);
}

/** The clock of the last write of each field of one row (what an update overwrites). */
export function fieldClocks(db: Database, table: string, rowId: string): Map<string, string> {
  const rows = prepared(
    db,
    `SELECT json_extract(j.value, '$[0]') AS field, MAX(c.hlc) AS hlc FROM change_log c, json_each(c.changes) j
     WHERE c.table_name = ? AND c.row_id = ? GROUP BY field`,
  ).all(table, rowId) as Array<{ field: string; hlc: string }>;
  return new Map(rows.map((r) => [r.field, r.hlc]));
}

/** The clock of the newest write of one row, whatever it was. */
export function rowClock(db: Database, table: string, rowId: string): string | null {
  return (prepared(db, 'SELECT MAX(hlc) AS hlc FROM change_log WHERE table_name = ? AND row_id = ?').get(table, rowId) as { hlc: string | null }).hlc;
}

function log(w: Writer, table: string, rowId: string, op: 'insert' | 'update' | 'delete', changes: LoggedChange[], base: string | null = null) {
  prepared(
    w.db,
    'INSERT INTO change_log (hlc, device_id, author, table_name, row_id, op, changes, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(tick(w), w.deviceId, w.author(), table, rowId, op, JSON.stringify(changes), base);
}

export function readRow(db: Database, table: string, id: string): Row | undefined {
  return prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return (a ?? null) === (b ?? null);
}

export function insertRow(w: Writer, table: string, row: Row & { id: string }): void {
  const stamp = w.now().toISOString();
  // Only the columns that hold something: fewer to bind, and the rest take their defaults.
  const fields = Object.entries(row).filter(([k, v]) => k !== 'id' && v !== null && v !== undefined);
  checkWrite(w, { table, op: 'insert', before: undefined, after: row, columns: fields.map(([k]) => k) });
  const columns = ['id', ...fields.map(([k]) => k), 'created_at', 'updated_at'];
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  prepared(w.db, sql).run(row.id, ...fields.map(([, v]) => v as Value), stamp, stamp);
  log(w, table, row.id, 'insert', fields.map(([k, v]) => [k, null, encodeValue(v, true)]));
}

/**
 * Updates the given columns of one row by id and logs the fields that really changed (every
 * given field with `always`: a person's choice in a conflict is written even when it is the value kept).
 * Returns false when no such row exists; a row with nothing changed is left untouched.
 */
export function updateRow(w: Writer, table: string, id: string, changes: Row, options: { always?: boolean } = {}): boolean {
  const before = readRow(w.db, table, id);
  if (!before) return false;
  const changed = Object.entries(changes).filter(([k, v]) => !STAMPS.has(k) && (options.always || !sameValue(before[k], v)));
  if (changed.length === 0) return true;
  checkWrite(w, { table, op: 'update', before, after: { ...before, ...Object.fromEntries(changed) }, columns: changed.map(([k]) => k) });
  const clocks = fieldClocks(w.db, table, id);
  const full: Row = { ...Object.fromEntries(changed), updated_at: w.now().toISOString() };
  const sql = `UPDATE ${table} SET ${Object.keys(full).map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
  prepared(w.db, sql).run({ ...full, id });
  log(w, table, id, 'update', changed.map(([k, v]) => [k, encodeValue(before[k], false), encodeValue(v, true), clocks.get(k) ?? null]));
  return true;
}

export function deleteRow(w: Writer, table: string, id: string): boolean {
  if (w.check) {
    const before = readRow(w.db, table, id);
    if (before) checkWrite(w, { table, op: 'delete', before, after: undefined, columns: [] });
  }
  const deleted = prepared(w.db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes === 1;
  if (deleted) log(w, table, id, 'delete', [], rowClock(w.db, table, id));
  return deleted;
}

/** Deletes, one by one and logged, the rows of `table` whose `column` points at `parentId`. */
export function deleteChildren(w: Writer, table: string, column: string, parentId: string): number {
  const ids = prepared(w.db, `SELECT id FROM ${table} WHERE ${column} = ?`).all(parentId) as Array<{ id: string }>;
  for (const { id } of ids) deleteRow(w, table, id);
  return ids.length;
}
