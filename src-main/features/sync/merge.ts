import type { Database } from 'better-sqlite3-multiple-ciphers';
import { decodeValue, encodeValue, isRedacted, type LoggedChange, type LoggedValue } from '../../db/log-values';
import { newId } from '../../db/ids';
import { fieldClocks, prepared, readRow, rowClock, sameValue, witness, type Row, type Value } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Entry } from './bundle';
import { addConflict, authorOf, type ConflictRow } from './sync.repo';
import { SYNCED_TABLES, writableColumns } from './tables';

/**
 * Applies writes from another device, oldest first, field by field: the newest write of a field
 * wins on every device (so all end the same); when both sides changed a field since they last
 * exchanged (the incoming write did not overwrite the one here), the value set aside is kept as a
 * conflict for a person. A delete wins over an edit the deleting device never saw, and that edit
 * becomes a conflict too. Writes already here are skipped, so a bundle can come twice.
 */
export interface MergeOutcome {
  applied: number;
  conflicts: number;
  /** Trainees whose records changed (their search text is rebuilt). */
  trainees: Set<string>;
}

const timeOf = (hlc: string) => new Date(Number(hlc.slice(0, 15))).toISOString();

function lastDelete(db: Database, table: string, rowId: string): { hlc: string; base: string | null } | undefined {
  return prepared(db, "SELECT hlc, base FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'delete' ORDER BY hlc DESC LIMIT 1").get(table, rowId) as
    | { hlc: string; base: string | null }
    | undefined;
}

/**
 * A value from the log; a blob whose bytes the log does not hold starts empty (a later write
 * fills it); an erased value (features/erasure) is empty.
 */
function valueOf(logged: LoggedValue): Value {
  if (isRedacted(logged)) return null;
  const value = decodeValue(logged);
  return value === undefined ? Buffer.alloc(0) : value;
}

/** A row's values as change-log JSON, for a conflict to keep. */
export function encodeRow(row: Row): string {
  return JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodeValue(v, true)])));
}

/** The record as its log tells it: each field's newest value (what a deleted record had). */
export function replayRow(db: Database, table: string, rowId: string): Row {
  const row: Row = {};
  const entries = prepared(db, 'SELECT op, changes FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc').all(table, rowId) as Array<{ op: string; changes: string }>;
  for (const e of entries) {
    if (e.op === 'delete') continue;
    for (const [field, , after] of JSON.parse(e.changes) as LoggedChange[]) row[field] = valueOf(after);
  }
  return row;
}

/** The values a write set, as change-log JSON: what a conflict keeps of an edit or a record it could not apply. */
function newValues(changes: LoggedChange[]): string {
  return JSON.stringify(Object.fromEntries(changes.map(([field, , after]) => [field, after])));
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function parseChanges(db: Database, table: string, text: string): LoggedChange[] {
  const columns = writableColumns(db, table);
  let changes: unknown;
  try {
    changes = JSON.parse(text);
  } catch {
    throw new AppError('sync_bundle_invalid');
  }
  const valid =
    Array.isArray(changes) &&
    changes.every((c) => Array.isArray(c) && typeof c[0] === 'string' && columns.has(c[0]) && c.length >= 3 && c.length <= 4);
  if (!valid) throw new AppError('sync_bundle_invalid');
  return changes as LoggedChange[];
}

export function applyEntries(db: Database, entries: Entry[], now: Date): MergeOutcome {
  const out: MergeOutcome = { applied: 0, conflicts: 0, trainees: new Set() };
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const known = prepared(db, 'SELECT 1 FROM change_log WHERE hlc = ?');
  const store = prepared(db, 'INSERT INTO change_log (hlc, device_id, author, table_name, row_id, op, changes, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const entry of sorted) {
    const [hlc, , author, table, rowId, op, changesText, base] = entry;
    if (known.get(hlc)) continue;
    if (!SYNCED_TABLES.has(table)) throw new AppError('sync_bundle_invalid');
    const changes = parseChanges(db, table, changesText);
    witness(db, hlc);
    const conflict = (c: Omit<ConflictRow, 'id' | 'table_name' | 'row_id' | 'created_at' | 'resolved_at' | 'resolution'>) => {
      addConflict(db, { id: newId(), table_name: table, row_id: rowId, created_at: now.toISOString(), ...c });
      out.conflicts++;
    };

    /** Field by field, newest write wins; a field both sides changed is a conflict unless they agree. */
    const merge = (row: Row, fields: Array<[string, LoggedValue, string | null]>) => {
      const clocks = fieldClocks(db, table, rowId);
      const set: Row = {};
      for (const [field, after, fieldBase] of fields) {
        const local = clocks.get(field) ?? null;
        const incoming = valueOf(after);
        const concurrent = local !== null && local !== fieldBase && !(fieldBase !== null && local < fieldBase);
        const wins = local === null || hlc > local;
        if (concurrent && !sameValue(row[field], incoming)) {
          const here = JSON.stringify(encodeValue(row[field], true));
          const there = JSON.stringify(after);
          conflict({
            kind: 'field', field, snapshot: null,
            kept_value: wins ? there : here, kept_hlc: wins ? hlc : local, kept_author: wins ? author : authorOf(db, local),
            other_value: wins ? here : there, other_hlc: wins ? local : hlc, other_author: wins ? authorOf(db, local) : author,
          });
        }
        if (wins) set[field] = incoming;
      }
      const columns = Object.keys(set);
      if (columns.length === 0) return;
      prepared(db, `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...columns.map((c) => set[c]!),
        timeOf(hlc),
        rowId,
      );
    };

    try {
      db.transaction(() => {
        const row = readRow(db, table, rowId);
        if (op === 'insert') {
          if (row) return merge(row, changes.map(([field, , after]) => [field, after, null]));
          const deleted = lastDelete(db, table, rowId);
          if (deleted && deleted.hlc > hlc) return;
          const columns = changes.map(([field]) => field);
          const placeholders = Array.from({ length: columns.length + 3 }, () => '?').join(', ');
          prepared(db, `INSERT INTO ${table} (id, ${[...columns, 'created_at', 'updated_at'].join(', ')}) VALUES (${placeholders})`).run(
            rowId,
            ...changes.map(([, , after]) => valueOf(after)),
            timeOf(hlc),
            timeOf(hlc),
          );
        } else if (op === 'update') {
          if (row) return merge(row, changes.map(([field, , after, fieldBase]) => [field, after, fieldBase ?? null]));
          const deleted = lastDelete(db, table, rowId);
          // Edited here after a delete the deleting device made without seeing this edit.
          if (deleted && !(deleted.base !== null && hlc <= deleted.base)) {
            conflict({
              kind: 'deleted', field: null, snapshot: null,
              kept_value: null, kept_hlc: deleted.hlc, kept_author: authorOf(db, deleted.hlc),
              other_value: newValues(changes), other_hlc: hlc, other_author: author,
            });
          }
        } else if (row) {
          const latest = rowClock(db, table, rowId);
          if (latest && (base === null || latest > base)) {
            conflict({
              kind: 'deleted', field: null, snapshot: encodeRow(row),
              kept_value: null, kept_hlc: hlc, kept_author: author,
              other_value: encodeRow(row), other_hlc: latest, other_author: authorOf(db, latest),
            });
          }
          prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(rowId);
        }
      })();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same thing made on two devices under different ids (a name that must be unique): set aside.
      conflict({
        kind: 'duplicate', field: null, snapshot: null, kept_value: null, kept_hlc: null, kept_author: null,
        other_value: newValues(changes), other_hlc: hlc, other_author: author,
      });
    }
    store.run(...entry);
    out.applied++;
    if (table === 'trainees') out.trainees.add(rowId);
  }
  return out;
}
