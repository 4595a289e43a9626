import type { Database, Statement } from 'better-sqlite3';
import { newId } from './ids';
import { formatHlc, nextHlc, parseHlc, type Hlc } from './hlc';

/**
 * The one place rows are written. Every insert, update and delete stamps
 * `created_at`/`updated_at` and records each changed field in `change_log` in the same
 * transaction: the history a person sees, and what sync exchanges later.
 * Table and column names always come from code, never from input.
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

function tick(w: Writer): string {
  let last = clocks.get(w.db);
  if (last === undefined) {
    const row = w.db.prepare('SELECT hlc FROM change_log ORDER BY hlc DESC LIMIT 1').get() as { hlc: string } | undefined;
    last = row ? parseHlc(row.hlc) : null;
  }
  const next = nextHlc(last, w.now().getTime());
  clocks.set(w.db, next);
  return formatHlc(next, w.deviceId);
}

/** How a value appears in the change log: blobs by size, everything else as text. */
function logged(value: Value | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return `(${value.length} bytes)`;
  return String(value);
}

const STAMPS = new Set(['created_at', 'updated_at']);

function log(w: Writer, table: string, rowId: string, op: 'insert' | 'update' | 'delete', changes: Array<[string, Value | undefined, Value | undefined]>) {
  const hlc = tick(w);
  const insert = prepared(
    w.db,
    `INSERT INTO change_log (id, hlc, device_id, author, table_name, row_id, op, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const author = w.author();
  if (changes.length === 0) insert.run(newId(), hlc, w.deviceId, author, table, rowId, op, null, null, null);
  for (const [field, before, after] of changes) {
    insert.run(newId(), hlc, w.deviceId, author, table, rowId, op, field, logged(before), logged(after));
  }
}

function readRow(db: Database, table: string, id: string): Row | undefined {
  return prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return (a ?? null) === (b ?? null);
}

export function insertRow(w: Writer, table: string, row: Row & { id: string }): void {
  const stamp = w.now().toISOString();
  const full: Row = { ...row, created_at: stamp, updated_at: stamp };
  const columns = Object.keys(full);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`;
  prepared(w.db, sql).run(full);
  const fields = Object.entries(row).filter(([k, v]) => k !== 'id' && v !== null);
  log(w, table, row.id, 'insert', fields.map(([k, v]) => [k, null, v]));
}

/**
 * Updates the given columns of one row by id and logs the fields that really changed.
 * Returns false when no such row exists; a row with nothing changed is left untouched.
 */
export function updateRow(w: Writer, table: string, id: string, changes: Row): boolean {
  const before = readRow(w.db, table, id);
  if (!before) return false;
  const changed = Object.entries(changes).filter(([k, v]) => !STAMPS.has(k) && !sameValue(before[k], v));
  if (changed.length === 0) return true;
  const full: Row = { ...Object.fromEntries(changed), updated_at: w.now().toISOString() };
  const sql = `UPDATE ${table} SET ${Object.keys(full).map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
  prepared(w.db, sql).run({ ...full, id });
  log(w, table, id, 'update', changed.map(([k, v]) => [k, before[k], v]));
  return true;
}

export function deleteRow(w: Writer, table: string, id: string): boolean {
  const deleted = prepared(w.db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes === 1;
  if (deleted) log(w, table, id, 'delete', []);
  return deleted;
}

/** Deletes, one by one and logged, the rows of `table` whose `column` points at `parentId`. */
export function deleteChildren(w: Writer, table: string, column: string, parentId: string): number {
  const ids = prepared(w.db, `SELECT id FROM ${table} WHERE ${column} = ?`).all(parentId) as Array<{ id: string }>;
  for (const { id } of ids) deleteRow(w, table, id);
  return ids.length;
}
