import { newId } from '../../db/ids';
import { deleteRow, prepared, updateRow, type Row } from '../../db/rows';
import type { Ctx } from '../context';
import { encodeRow } from './merge';
import { addConflict } from './sync.repo';
import { SYNCED_TABLES } from './tables';

interface Violation {
  table: string;
  rowid: number;
  parent: string;
  fkid: number;
}

/**
 * After a merge, rows whose parent another device deleted meanwhile (a flight added here to a
 * trainee purged there): a link that may be empty is emptied, anything else is removed — logged,
 * so every device does the same — and kept as a conflict a person can read.
 */
export function resolveOrphans(ctx: Ctx): { conflicts: number; trainees: Set<string> } {
  const db = ctx.db;
  const out = { conflicts: 0, trainees: new Set<string>() };
  const foreignKeys = new Map<string, Array<{ id: number; from: string; on_delete: string }>>();
  const foreignKey = (table: string, id: number) => {
    let list = foreignKeys.get(table);
    if (!list) foreignKeys.set(table, (list = db.pragma(`foreign_key_list(${table})`) as Array<{ id: number; from: string; on_delete: string }>));
    return list.find((f) => f.id === id);
  };
  for (let round = 0; round < 20; round++) {
    const violations = db.pragma('foreign_key_check') as Violation[];
    if (violations.length === 0) break;
    for (const v of violations) {
      if (v.table === 'trainee_search') {
        prepared(db, 'DELETE FROM trainee_search WHERE rowid = ?').run(v.rowid);
        continue;
      }
      if (v.table === 'imports') {
        prepared(db, 'UPDATE imports SET year_id = NULL WHERE rowid = ?').run(v.rowid);
        continue;
      }
      if (!SYNCED_TABLES.has(v.table)) continue;
      const row = prepared(db, `SELECT * FROM ${v.table} WHERE rowid = ?`).get(v.rowid) as (Row & { id: string }) | undefined;
      if (!row) continue;
      const fk = foreignKey(v.table, v.fkid);
      if (!fk) continue;
      if (v.table === 'trainees') out.trainees.add(row.id);
      if (fk.on_delete === 'SET NULL') {
        updateRow(ctx, v.table, row.id, { [fk.from]: null });
        continue;
      }
      addConflict(db, {
        id: newId(), kind: 'orphan', table_name: v.table, row_id: row.id, field: null, snapshot: encodeRow(row),
        kept_value: null, kept_hlc: null, kept_author: null, other_value: encodeRow(row), other_hlc: null, other_author: null,
        created_at: ctx.now().toISOString(),
      });
      out.conflicts++;
      deleteRow(ctx, v.table, row.id);
    }
  }
  return out;
}
