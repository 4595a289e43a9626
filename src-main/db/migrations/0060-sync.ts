import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Migration } from '../migrate';
import type { LoggedChange, LoggedValue } from '../log-values';

interface OldRow {
  hlc: string;
  device_id: string;
  author: string | null;
  table_name: string;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

/** Columns declared BLOB, per table: their old log entries held only "(N bytes)". */
function blobColumns(db: Database): Map<string, Set<string>> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const result = new Map<string, Set<string>>();
  for (const table of tables) {
    const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string; type: string }>).filter((c) => c.type === 'BLOB');
    if (columns.length > 0) result.set(table, new Set(columns.map((c) => c.name)));
  }
  return result;
}

function sizeOf(text: string | null): LoggedValue {
  const m = text === null ? null : /^\((\d+) bytes\)$/.exec(text);
  return m ? { bytes: Number(m[1]) } : null;
}

/**
 * Sync: the change log becomes one entry per write (its fields as JSON, each update naming the
 * write it overwrote, blobs carried), keyed by its clock; peers seen, and conflicts for a person.
 */
export const sync: Migration = {
  version: 60,
  name: '0060-sync',
  up(db) {
    db.exec(`
      -- One write: its fields as JSON [[field, before, after, base]]; hlc is unique on every device.
      CREATE TABLE change_log_next (
        hlc         TEXT PRIMARY KEY,
        device_id   TEXT NOT NULL,
        author      TEXT,
        table_name  TEXT NOT NULL,
        row_id      TEXT NOT NULL,
        op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        changes     TEXT NOT NULL,
        -- For a delete: the newest write of the row the deleting device knew.
        base        TEXT
      );

      -- Other devices this one has heard from, and what each had seen in its last bundle.
      CREATE TABLE sync_peers (
        device_id   TEXT PRIMARY KEY,
        name        TEXT,
        seen        TEXT NOT NULL,
        bundle_at   TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );

      -- What a merge could not decide alone; values as change-log JSON.
      CREATE TABLE sync_conflicts (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('field', 'deleted', 'orphan', 'duplicate')),
        table_name   TEXT NOT NULL,
        row_id       TEXT NOT NULL,
        field        TEXT,
        kept_value   TEXT,
        kept_hlc     TEXT,
        kept_author  TEXT,
        other_value  TEXT,
        other_hlc    TEXT,
        other_author TEXT,
        snapshot     TEXT,
        created_at   TEXT NOT NULL,
        resolved_at  TEXT,
        resolution   TEXT
      );
      CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, table_name, row_id);
    `);

    const blobs = blobColumns(db);
    const clocks = new Map<string, string>();
    const rowClock = new Map<string, string>();
    const insert = db.prepare('INSERT INTO change_log_next (hlc, device_id, author, table_name, row_id, op, changes, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const latestBlob = new Map<string, string>();
    let group: OldRow[] = [];
    const flush = () => {
      const first = group[0];
      if (!first) return;
      const rowKey = `${first.table_name}|${first.row_id}`;
      const changes: LoggedChange[] = [];
      for (const r of group) {
        if (r.field === null) continue;
        const isBlob = blobs.get(r.table_name)?.has(r.field) ?? false;
        const before = isBlob ? sizeOf(r.old_value) : r.old_value;
        const after = isBlob ? sizeOf(r.new_value) : r.new_value;
        const key = `${rowKey}|${r.field}`;
        changes.push(first.op === 'update' ? [r.field, before, after, clocks.get(key) ?? null] : [r.field, before, after]);
        clocks.set(key, first.hlc);
        if (isBlob) latestBlob.set(key, first.hlc);
      }
      const base = first.op === 'delete' ? (rowClock.get(rowKey) ?? null) : null;
      rowClock.set(rowKey, first.hlc);
      insert.run(first.hlc, first.device_id, first.author, first.table_name, first.row_id, first.op, JSON.stringify(changes), base);
      group = [];
    };
    const old = db.prepare('SELECT hlc, device_id, author, table_name, row_id, op, field, old_value, new_value FROM change_log ORDER BY hlc, id');
    for (const row of old.all() as OldRow[]) {
      if (group[0] && group[0].hlc !== row.hlc) flush();
      group.push(row);
    }
    flush();

    // The newest write of each blob that still exists carries its bytes, so a full bundle holds the photo.
    const entry = db.prepare('SELECT changes FROM change_log_next WHERE hlc = ?').pluck();
    const update = db.prepare('UPDATE change_log_next SET changes = ? WHERE hlc = ?');
    for (const [key, hlc] of latestBlob) {
      const [table, rowId, field] = key.split('|') as [string, string, string];
      const current = db.prepare(`SELECT ${field} FROM ${table} WHERE id = ?`).pluck().get(rowId) as Buffer | undefined;
      if (!current) continue;
      const changes = JSON.parse(entry.get(hlc) as string) as LoggedChange[];
      for (const change of changes) if (change[0] === field) change[2] = { bytes: current.length, b64: current.toString('base64') };
      update.run(JSON.stringify(changes), hlc);
    }

    db.exec(`
      DROP TABLE change_log;
      ALTER TABLE change_log_next RENAME TO change_log;
      CREATE INDEX change_log_by_row ON change_log(table_name, row_id, hlc);
    `);
  },
};
