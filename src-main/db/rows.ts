import type { Database, Statement } from 'better-sqlite3';

/**
 * The one place rows are written. Every insert and update stamps `created_at`/`updated_at`
 * here, so a change log (and later sync) can hook in without touching any feature.
 * Table and column names always come from code, never from input.
 */
export type Row = Record<string, string | number | null>;

const statements = new WeakMap<Database, Map<string, Statement>>();

function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export function insertRow(db: Database, table: string, row: Row, now: Date): void {
  const stamp = now.toISOString();
  const full: Row = { ...row, created_at: stamp, updated_at: stamp };
  const columns = Object.keys(full);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`;
  prepared(db, sql).run(full);
}

/** Updates the given columns of one row by id; false when no such row exists. */
export function updateRow(db: Database, table: string, id: string, changes: Row, now: Date): boolean {
  const full: Row = { ...changes, updated_at: now.toISOString() };
  const assignments = Object.keys(full).map((c) => `${c} = @${c}`);
  const sql = `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`;
  return prepared(db, sql).run({ ...full, id }).changes === 1;
}

export function deleteRow(db: Database, table: string, id: string): boolean {
  return prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes === 1;
}
