import { prepared, withoutWriteCheck, type Row } from '../../db/rows';
import type { Ctx } from '../context';
import { applyValueRulesTo, cutoffsOf, mergeCutoffSets, outlivingOf, type Cutoffs } from './erase';
import {
  carryOutReceivedErasures,
  erasureWriter,
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
 * - what the value rules named there (a consent's last withdrawal, by row): the restored file
 *   loses what was written up to it, though it may not know the withdrawal; a consent withdrawn and
 *   not renewed gets the row's writes up to that withdrawal, as they were written (their clocks,
 *   their authors), so a consent renewed since on another PC still wins there and here;
 * - the value rules' record of backups they could not rewrite, so those stay refused and lose what
 *   the replaced database named.
 */
export interface ErasureMemory {
  erasures: Array<{ row: Row; log: LogEntryRow[] }>;
  pending: Array<{ erasureId: string; failed: string | null }>;
  cutoffs: Cutoffs;
  /** The writes, up to its cutoff, of each row whose erasure outlives a restore (ValueRule.outliving), by row, oldest first. */
  withdrawals: LogEntryRow[][];
  valueRules: { failed: string | null } | null;
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
  // Every write of such a row up to its last withdrawal (its insert too, for a row added after the backup; a second
  // withdrawal names only what was still held, the first one emptied the rest).
  const writes = prepared(ctx.db, "SELECT * FROM change_log WHERE table_name = ? AND row_id = ? AND op IN ('insert', 'update') AND hlc <= ? ORDER BY hlc");
  const withdrawals = Object.entries(outlivingOf(ctx.db)).flatMap(([table, rows]) =>
    rows.flatMap(([rowId, through]) => (through === null ? [] : [writes.all(table, rowId, through) as LogEntryRow[]])),
  );
  return {
    erasures,
    pending: runs.filter((r) => r.erasure_id !== VALUE_RULES_RUN).map((r) => ({ erasureId: r.erasure_id, failed: r.failed })),
    cutoffs: bounded(ctx, mergeCutoffSets(cutoffsOf(ctx.db), keptCutoffs(ctx))),
    withdrawals,
    valueRules: valueRun ? { failed: valueRun.failed } : null,
  };
}

/** A change-log entry as sync carries it: hlc, device, author, table, row, op, changes, base. */
export type LoggedEntry = [string, string, string | null, string, string, 'insert' | 'update' | 'delete', string, string | null];

/** How received writes are merged (sync's merge, given by the composition root: this feature cannot import sync). */
export type MergeEntries = (db: Ctx['db'], entries: LoggedEntry[], now: Date) => unknown;

const asEntry = (e: LogEntryRow): LoggedEntry => [e.hlc, e.device_id, e.author, e.table_name, e.row_id, e.op as LoggedEntry[5], e.changes, e.base];

/** A row's writes merged as a received bundle's would be; a row whose parent this file lacks (added after it too) is left out. */
function mergeRow(ctx: Ctx, entries: readonly LogEntryRow[], merge: MergeEntries): void {
  try {
    ctx.db.transaction(() => merge(ctx.db, entries.map(asEntry), ctx.now()))();
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
  }
}

/**
 * Into the restored database, right after it is opened: the erasures it lacks (carried out
 * there), the pending records and the kept cutoffs, the withdrawals it lacks (merged by `merge` as
 * received writes are),
 * then the value rules with the replaced database's cutoffs;
 * then, if anything was erased, the vacuum and the backups as after an erasure. Returns how
 * many erasures it lacked.
 */
export function keepErasureMemory(ctx: Ctx, memory: ErasureMemory, merge: MergeEntries): number {
  const db = ctx.db;
  const writer = erasureWriter(db);
  const stamp = ctx.now().toISOString();
  const done = withoutWriteCheck(db, () =>
    db.transaction(() => {
      let lacking = 0;
      const has = prepared(db, 'SELECT 1 FROM erasures WHERE id = ?');
      for (const { row, log } of memory.erasures) {
        if (has.get(row.id) !== undefined) continue;
        writer.write(row, log);
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
      for (const row of memory.withdrawals) mergeRow(ctx, row, merge);
      // Then the rules, with what the replaced database named, on the restored file as on a backup (unlogged).
      const erased = applyValueRulesTo(db, db, memory.cutoffs);
      // The backups lose the same (kept for them until every one is rewritten), and those not rewritten stay refused.
      if (memory.valueRules || erased > 0) {
        pend.run(VALUE_RULES_RUN, stamp, stamp, memory.valueRules?.failed ?? null);
        const kept = mergeCutoffSets(keptCutoffs(ctx), memory.cutoffs);
        prepared(db, 'UPDATE erasure_runs SET kept_cutoffs = ? WHERE erasure_id = ?').run(JSON.stringify(kept), VALUE_RULES_RUN);
      }
      return { lacking, erased };
    })(),
  );
  if (done.lacking > 0 || done.erased > 0) finishPendingErasures(ctx, { valueRules: done.erased > 0 });
  return done.lacking;
}
