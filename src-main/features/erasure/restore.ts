import { prepared, withoutWriteCheck, type Row } from '../../db/rows';
import type { Ctx } from '../context';
import { cutoffsOf, mergeCutoffSets, outlivingOf, reapplyValueRules, type Cutoffs } from './erase';
import {
  carryOutReceivedErasures,
  finishPendingErasures,
  keptCutoffs,
  VALUE_RULES_RUN,
  type LogEntryRow,
} from './erasure.service';

/**
 * What a restore must not lose, read from the database it replaces (backend.ts replaceDatabase):
 * a restore puts an older file in place, but nothing erased comes back with it, and a backup an
 * erasure could not rewrite stays refused and is tried again.
 * - every erasure, with its log entries: one the restored file lacks is written into it and
 *   carried out there;
 * - the erasures whose backups are not all rewritten, with the backups that failed;
 * - what the value rules say must outlive a restore (a consent withdrawn and not renewed): the
 *   restored file may not know the withdrawal, which is written into it again;
 * - the value rules' record of backups they could not rewrite, with the rows and cutoffs the
 *   rules named there, so those backups lose what the replaced database named.
 */
export interface ErasureMemory {
  erasures: Array<{ row: Row; log: LogEntryRow[] }>;
  pending: Array<{ erasureId: string; failed: string | null }>;
  outliving: Cutoffs;
  valueRules: { failed: string | null; cutoffs: Cutoffs } | null;
}

interface RunRow {
  erasure_id: string;
  failed: string | null;
}

/**
 * Cutoffs kept past a restore end where the replaced database's log ends: a row it erased wholly
 * (no consent, no logged withdrawal) loses in the backups what was written up to then, not what
 * is written after the restore.
 */
function bounded(ctx: Ctx, cutoffs: Cutoffs): Cutoffs {
  const last = prepared(ctx.db, 'SELECT MAX(hlc) FROM change_log').pluck().get() as string | null;
  return Object.fromEntries(
    Object.entries(cutoffs).map(([table, rows]) => [table, last === null ? rows.filter(([, through]) => through !== null) : rows.map(([id, through]) => [id, through ?? last])]),
  );
}

export function erasureMemoryOf(ctx: Ctx): ErasureMemory {
  const log = prepared(ctx.db, "SELECT * FROM change_log WHERE table_name = 'erasures' AND row_id = ?");
  const erasures = (prepared(ctx.db, 'SELECT * FROM erasures ORDER BY erased_at').all() as Row[]).map((row) => ({ row, log: log.all(row.id) as LogEntryRow[] }));
  const runs = prepared(ctx.db, 'SELECT erasure_id, failed FROM erasure_runs WHERE backups_at IS NULL').all() as RunRow[];
  const valueRun = runs.find((r) => r.erasure_id === VALUE_RULES_RUN);
  return {
    erasures,
    pending: runs.filter((r) => r.erasure_id !== VALUE_RULES_RUN).map((r) => ({ erasureId: r.erasure_id, failed: r.failed })),
    outliving: outlivingOf(ctx.db),
    valueRules: valueRun ? { failed: valueRun.failed, cutoffs: bounded(ctx, mergeCutoffSets(cutoffsOf(ctx.db), keptCutoffs(ctx))) } : null,
  };
}

/**
 * Into the restored database, right after it is opened: the erasures it lacks (carried out
 * there), the pending records and the kept cutoffs, the withdrawals it lacks (written again);
 * then, if anything was erased, the vacuum and the backups as after an erasure. Returns how
 * many erasures it lacked.
 */
export function keepErasureMemory(ctx: Ctx, memory: ErasureMemory): number {
  const db = ctx.db;
  const columns = new Set((db.pragma('table_info(erasures)') as Array<{ name: string }>).map((c) => c.name));
  const stamp = ctx.now().toISOString();
  const done = withoutWriteCheck(db, () =>
    db.transaction(() => {
      let lacking = 0;
      const has = prepared(db, 'SELECT 1 FROM erasures WHERE id = ?');
      const insertLog = prepared(db, 'INSERT OR IGNORE INTO change_log (hlc, device_id, author, table_name, row_id, op, changes, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const { row, log } of memory.erasures) {
        if (has.get(row.id) !== undefined) continue;
        const held = Object.keys(row).filter((c) => columns.has(c));
        db.prepare(`INSERT INTO erasures (${held.join(', ')}) VALUES (${held.map(() => '?').join(', ')})`).run(...held.map((c) => row[c]));
        for (const e of log) insertLog.run(e.hlc, e.device_id, e.author, e.table_name, e.row_id, e.op, e.changes, e.base);
        lacking++;
      }
      // Carried out here (each gets its run, its backups pending), before the old records are put back.
      if (lacking > 0) carryOutReceivedErasures(ctx);
      const pend = prepared(
        db,
        `INSERT INTO erasure_runs (erasure_id, carried_at, attempted_at, backups_at, failed) VALUES (?, ?, ?, NULL, ?)
         ON CONFLICT (erasure_id) DO UPDATE SET backups_at = NULL, failed = excluded.failed`,
      );
      for (const p of memory.pending) if (has.get(p.erasureId) !== undefined) pend.run(p.erasureId, stamp, stamp, p.failed);
      if (memory.valueRules) {
        pend.run(VALUE_RULES_RUN, stamp, stamp, memory.valueRules.failed);
        const kept = mergeCutoffSets(keptCutoffs(ctx), memory.valueRules.cutoffs);
        prepared(db, 'UPDATE erasure_runs SET kept_cutoffs = ? WHERE erasure_id = ?').run(JSON.stringify(kept), VALUE_RULES_RUN);
      }
      return { lacking, erased: reapplyValueRules(ctx, memory.outliving) };
    })(),
  );
  if (done.lacking > 0 || done.erased > 0) finishPendingErasures(ctx, { valueRules: done.erased > 0 });
  return done.lacking;
}
