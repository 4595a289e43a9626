import path from 'node:path';
import { CLOSE_OUT_PROCEDURE_COLUMNS, CLOSE_OUT_TRAINEE_COLUMNS } from '@shared/contract/field-classes';
import type { ErasureReason, ErasureReport, ErasureStatus } from '@shared/contract/erasure';
import { newId } from '../../db/ids';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deleteRow, insertRow, prepared, readRow, rowClock, updateRow, withoutWriteCheck, type Row } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import { otherDatabaseFilesOf } from '../../db/data-files';
import type { Ctx } from '../context';
import { applyValueRulesTo, carryOut, compact, copyHolders, decodeColumns, encodeColumns, hangingRows, rebuildSearchIndex, type Cutoffs, type Erasure, type RowKey } from './erase';

/**
 * Erasing trainees for good (out of the trash, or a year's close-out). On the live database, in
 * one transaction: the rows go as logged deletes (as any delete), an `erasures` row is written
 * through the row writer (so sync carries it to the other PCs, with ids and column names only),
 * and the erasure is carried out (features/erasure/erase.ts: values redacted in the log,
 * conflicts and search text gone). After the commit: a vacuum with secure_delete and the WAL
 * emptied, then every backup rewritten the same way. A backup that cannot be opened is reported.
 */

export interface ErasureRow {
  id: string;
  trainee_id: string;
  scope: 'all' | 'columns';
  columns: string | null;
  photo: number;
  row_ids: string;
  reason: ErasureReason;
  erased_at: string;
}

/** An erasure as its row tells it, with the clock of its write in this database's log. */
function toErasure(db: Ctx['db'], r: ErasureRow): Erasure {
  return {
    hlc: rowClock(db, 'erasures', r.id),
    id: r.id,
    traineeId: r.trainee_id,
    scope: r.scope,
    ...decodeColumns(r.columns),
    photo: r.photo === 1,
    rowIds: JSON.parse(r.row_ids) as Array<[string, string]>,
    reason: r.reason,
    erasedAt: r.erased_at,
  };
}

function markCarriedOut(ctx: Ctx, erasureId: string): void {
  prepared(ctx.db, 'INSERT OR IGNORE INTO erasure_runs (erasure_id, carried_at) VALUES (?, ?)').run(erasureId, ctx.now().toISOString());
}

/** Writes the erasure (it travels) and carries it out here. */
function record(ctx: Ctx, erasure: Omit<Erasure, 'id' | 'erasedAt' | 'hlc'>): Erasure {
  const full: Erasure = { ...erasure, id: newId(), erasedAt: ctx.now().toISOString(), hlc: null };
  insertRow(ctx, 'erasures', {
    id: full.id,
    trainee_id: full.traineeId,
    scope: full.scope,
    columns: full.scope === 'columns' ? encodeColumns(full.columns, full.procedureColumns) : null,
    photo: full.photo ? 1 : 0,
    row_ids: JSON.stringify(full.rowIds),
    reason: full.reason,
    erased_at: full.erasedAt,
  });
  full.hlc = rowClock(ctx.db, 'erasures', full.id);
  carryOut(ctx.db, full);
  markCarriedOut(ctx, full.id);
  return full;
}

/** Whether a row's writes were logged (a shared table): then its delete is logged too, so every PC sees it. */
function isLogged(ctx: Ctx, [table, id]: RowKey): boolean {
  return prepared(ctx.db, 'SELECT 1 FROM change_log WHERE table_name = ? AND row_id = ? LIMIT 1').get(table, id) !== undefined;
}

function afterCommit(ctx: Ctx, trainees: number): ErasureReport {
  if (ctx.db.inTransaction) return { trainees, backupsRewritten: 0, backupsFailed: [], pending: true };
  return { ...finishPendingErasures(ctx), trainees };
}

/** Everything of these trainees, here, in every backup and (as a change) on the other PCs. */
export function eraseTrainees(ctx: Ctx, traineeIds: readonly string[], reason: ErasureReason): ErasureReport {
  let erased = 0;
  // An erasure reaches every record, a closed year's too (features/completion).
  withoutWriteCheck(ctx.db, () => ctx.db.transaction(() => {
    for (const traineeId of traineeIds) {
      const rows = hangingRows(ctx.db, traineeId);
      if (rows.length === 0) continue;
      // Copies of the trainee in other features' rows (an issued letter's table), rewritten so sync carries it.
      for (const h of copyHolders()) {
        for (const id of h.rowsOf(ctx.db, traineeId)) {
          const current = readRow(ctx.db, h.table, id)?.[h.field];
          if (typeof current === 'string' && h.without(current, traineeId) !== current) updateRow(ctx, h.table, id, { [h.field]: h.without(current, traineeId) });
        }
      }
      // Children first, each a logged delete like any other.
      for (const key of [...rows].reverse()) {
        if (isLogged(ctx, key)) deleteRow(ctx, key[0], key[1]);
        else prepared(ctx.db, `DELETE FROM ${key[0]} WHERE id = ?`).run(key[1]);
      }
      record(ctx, { traineeId, scope: 'all', columns: [], procedureColumns: [], photo: false, rowIds: rows.filter(([t]) => t !== 'trainee_search'), reason });
      erased++;
    }
    if (erased > 0) rebuildSearchIndex(ctx.db);
  })());
  return afterCommit(ctx, erased);
}

/**
 * Empties the given columns of these trainees (and removes the photo when asked), with all their
 * history, and the given columns of each of their entry-procedure items (the scans and notes;
 * the statuses stay); the trainee stays (the statistical record). Columns from
 * CLOSE_OUT_TRAINEE_COLUMNS and CLOSE_OUT_PROCEDURE_COLUMNS. Inside a caller's transaction it
 * returns `pending: true`: call finishPendingErasures after the commit.
 */
export function eraseTraineeColumns(
  ctx: Ctx,
  traineeIds: readonly string[],
  columns: readonly string[],
  options: { photo: boolean; procedureColumns?: readonly string[]; reason: 'close-out' },
): ErasureReport {
  const procedureColumns = options.procedureColumns ?? [];
  const allowed = new Set<string>(CLOSE_OUT_TRAINEE_COLUMNS);
  const allowedProcedure = new Set<string>(CLOSE_OUT_PROCEDURE_COLUMNS);
  const unknown = [...columns.filter((c) => !allowed.has(c)), ...procedureColumns.filter((c) => !allowedProcedure.has(c))];
  if (unknown.length > 0) throw new AppError('validation', { issues: unknown.map((field) => ({ field, rule: 'invalid_choice' })) });
  let erased = 0;
  withoutWriteCheck(ctx.db, () => ctx.db.transaction(() => {
    for (const traineeId of traineeIds) {
      if (!readRow(ctx.db, 'trainees', traineeId)) continue;
      updateRow(ctx, 'trainees', traineeId, Object.fromEntries(columns.map((c) => [c, null])));
      if (procedureColumns.length > 0) {
        // Each item emptied through the row writer, so the change is logged and every PC sees it.
        const items = prepared(ctx.db, 'SELECT id FROM trainee_procedures WHERE trainee_id = ? ORDER BY id').all(traineeId) as Array<{ id: string }>;
        for (const { id } of items) updateRow(ctx, 'trainee_procedures', id, Object.fromEntries(procedureColumns.map((c) => [c, null])));
      }
      if (options.photo) deleteRow(ctx, 'trainee_photos', traineeId);
      record(ctx, { traineeId, scope: 'columns', columns: [...columns], procedureColumns: [...procedureColumns], photo: options.photo, rowIds: [], reason: options.reason });
      erased++;
    }
  })());
  return afterCommit(ctx, erased);
}

/** Erasures written here or received that are not carried out here yet (a bundle brought them). Call in the import's transaction. */
export function carryOutReceivedErasures(ctx: Ctx): number {
  const rows = prepared(
    ctx.db,
    'SELECT e.* FROM erasures e LEFT JOIN erasure_runs r ON r.erasure_id = e.id WHERE r.erasure_id IS NULL ORDER BY e.erased_at',
  ).all() as ErasureRow[];
  for (const row of rows) {
    carryOut(ctx.db, toErasure(ctx.db, row));
    markCarriedOut(ctx, row.id);
  }
  if (rows.length > 0) rebuildSearchIndex(ctx.db);
  return rows.length;
}

/** The other database files of this data folder (backups, copies before a schema change, damaged files kept aside). */
export function backupFilesOf(databasePath: string): string[] {
  return otherDatabaseFilesOf(databasePath);
}

export interface LogEntryRow {
  hlc: string;
  device_id: string;
  author: string | null;
  table_name: string;
  row_id: string;
  op: string;
  changes: string;
  base: string | null;
}

/**
 * Carries the erasures out in one backup file, and writes them (and their log entries) into it,
 * so a restore keeps them; with `valueRules`, the value rules too (erase.ts applyValueRulesTo).
 * The file is compacted once, if anything was done in it.
 */
/**
 * Writes erasures (their rows, with the columns the file has, and their log entries) into another
 * database file — a backup, or the file a restore puts in place — so it keeps them. A file from
 * before erasures were kept, or of the older log layout, gets what it can hold (`keepsRows`: whether
 * it has an erasures table). The file's columns are read once, for all the erasures written.
 */
export function erasureWriter(db: Database): { keepsRows: boolean; write(row: Row, log: readonly LogEntryRow[]): void } {
  const held = new Set((db.pragma('table_info(erasures)') as Array<{ name: string }>).map((c) => c.name));
  const logColumns = new Set((db.pragma('table_info(change_log)') as Array<{ name: string }>).map((c) => c.name));
  const logs = logColumns.has('changes') && logColumns.has('base');
  return {
    keepsRows: held.size > 0,
    write(row, log) {
      if (held.size > 0) {
        const columns = Object.keys(row).filter((c) => held.has(c));
        db.prepare(`INSERT OR IGNORE INTO erasures (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => row[c]));
      }
      if (!logs) return;
      const insert = prepared(db, 'INSERT OR IGNORE INTO change_log (hlc, device_id, author, table_name, row_id, op, changes, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const e of log) insert.run(e.hlc, e.device_id, e.author, e.table_name, e.row_id, e.op, e.changes, e.base);
    },
  };
}

function rewriteBackup(ctx: Ctx, file: string, erasures: ErasureRow[], valueRules: boolean): void {
  const db = ctx.openDatabaseFile(file);
  try {
    db.pragma('secure_delete = ON');
    let changed = erasures.length > 0;
    if (erasures.length > 0) {
      const writer = erasureWriter(db);
      const log = prepared(ctx.db, "SELECT * FROM change_log WHERE table_name = 'erasures' AND row_id = ?");
      db.transaction(() => {
        for (const row of erasures) {
          carryOut(db, toErasure(ctx.db, row));
          writer.write(readRow(ctx.db, 'erasures', row.id)!, log.all(row.id) as LogEntryRow[]);
          if (writer.keepsRows) {
            const stamp = ctx.now().toISOString();
            db.prepare('INSERT OR IGNORE INTO erasure_runs (erasure_id, carried_at, backups_at) VALUES (?, ?, ?)').run(row.id, stamp, stamp);
          }
        }
        rebuildSearchIndex(db);
      })();
    }
    if (valueRules && db.transaction(() => applyValueRulesTo(db, ctx.db, keptCutoffs(ctx)))() > 0) changed = true;
    if (changed) compact(db);
  } finally {
    db.close();
  }
}

/**
 * After the commit: the live database vacuumed (secure_delete, WAL emptied) and every backup
 * rewritten for the erasures not yet carried out there. A backup that fails is reported and the
 * erasures stay pending, so the next start (or the next erasure) tries again; with
 * `retry: false` (after a sync import) only erasures never tried are done, so a backup that
 * cannot be opened does not make every import vacuum and rewrite everything again.
 * With `valueRules` (values a rule erased in the commit: finishValueRules), the value rules'
 * pass is made in the same vacuum and the same rewrite of each backup; it is made again too
 * while backups it could not reach are recorded (VALUE_RULES_RUN), unless `retry: false`.
 */
export function finishPendingErasures(ctx: Ctx, options: { retry?: boolean; valueRules?: boolean } = {}): ErasureReport {
  const pending = prepared(
    ctx.db,
    `SELECT e.*, r.attempted_at AS run_attempted_at, r.failed AS run_failed FROM erasures e JOIN erasure_runs r ON r.erasure_id = e.id
     WHERE r.backups_at IS NULL ${options.retry === false ? 'AND r.attempted_at IS NULL' : ''} ORDER BY e.erased_at`,
  ).all() as Array<ErasureRow & RunState>;
  const report: ErasureReport = { trainees: 0, backupsRewritten: 0, backupsFailed: [], pending: false };
  // Not on an in-memory database (no file, no backups), nor inside a caller's transaction (no vacuum there).
  const valueRules =
    ctx.databasePath !== ':memory:' && !ctx.db.inTransaction && (options.valueRules === true || (options.retry !== false && valueRulesPending(ctx)));
  if (pending.length === 0 && !valueRules) return report;
  // Tried before and failed on named backups only (the vacuum done, the others rewritten): those backups again, nothing else.
  const valueRun = valueRules && options.valueRules !== true ? valueRuleRun(ctx) : undefined;
  const runs: RunState[] = [...pending, ...(valueRules ? [valueRun ?? { run_attempted_at: null, run_failed: null }] : [])];
  const retryOnly = runs.every((r) => r.run_attempted_at !== null && r.run_failed !== null);
  const again = new Set(runs.flatMap((r) => (r.run_failed ? (JSON.parse(r.run_failed) as string[]) : [])));
  let vacuumed = true;
  if (ctx.databasePath !== ':memory:') {
    try {
      if (!retryOnly) compact(ctx.db);
    } catch (error) {
      // What is erased is committed; the freed pages are zeroed (secure_delete), the vacuum is tried again next time.
      console.error('[kakehashi] could not vacuum the database after an erasure', error);
      vacuumed = false;
      report.pending = pending.length > 0;
    }
    for (const file of backupFilesOf(ctx.databasePath).filter((f) => !retryOnly || again.has(path.basename(f)))) {
      try {
        rewriteBackup(ctx, file, pending, valueRules);
        report.backupsRewritten++;
      } catch (error) {
        console.error('[kakehashi] could not erase in a backup', file, error);
        report.backupsFailed.push(path.basename(file));
      }
    }
  }
  if (valueRules) recordValueRuleBackups(ctx, report.backupsFailed, vacuumed);
  if (pending.length === 0) return report;
  const stamp = ctx.now().toISOString();
  const done = prepared(ctx.db, 'UPDATE erasure_runs SET attempted_at = ?, backups_at = ?, failed = ? WHERE erasure_id = ?');
  const failed = report.backupsFailed.length > 0 ? JSON.stringify(report.backupsFailed) : null;
  ctx.db.transaction(() => {
    for (const row of pending) done.run(vacuumed ? stamp : null, vacuumed && !failed ? stamp : null, failed, row.id);
  })();
  return report;
}

/**
 * This PC's record (an `erasure_runs` row with no erasure behind it) of backups a value rule's
 * pass could not rewrite: tried again at the next start (finishPendingErasures), named in
 * erasureStatus (so Settings shows them and a restore refuses them), gone once they are done.
 */
export const VALUE_RULES_RUN = 'value-rules';

/**
 * While VALUE_RULES_RUN is pending after a restore: the rows and cutoffs the replaced database
 * named (the restored one may not know the withdrawal), kept on that row (`kept_cutoffs`, JSON
 * Cutoffs) so the backups still to be rewritten lose what it named (restore.ts keeps it).
 */
export function keptCutoffs(ctx: Ctx): Cutoffs {
  const text = prepared(ctx.db, 'SELECT kept_cutoffs FROM erasure_runs WHERE erasure_id = ?').pluck().get(VALUE_RULES_RUN) as string | null | undefined;
  return text ? (JSON.parse(text) as Cutoffs) : {};
}

/** How a pending run was last tried: when (null: never, or the vacuum failed), and the backups that failed (JSON; null: none named). */
interface RunState {
  run_attempted_at: string | null;
  run_failed: string | null;
}

function valueRuleRun(ctx: Ctx): RunState | undefined {
  return prepared(ctx.db, 'SELECT attempted_at AS run_attempted_at, failed AS run_failed FROM erasure_runs WHERE erasure_id = ? AND backups_at IS NULL').get(VALUE_RULES_RUN) as
    | RunState
    | undefined;
}

function valueRulesPending(ctx: Ctx): boolean {
  return valueRuleRun(ctx) !== undefined;
}

function recordValueRuleBackups(ctx: Ctx, failed: readonly string[], vacuumed: boolean): void {
  if (failed.length === 0 && vacuumed) {
    prepared(ctx.db, 'DELETE FROM erasure_runs WHERE erasure_id = ?').run(VALUE_RULES_RUN);
    return;
  }
  // Not vacuumed: not counted as tried (attempted_at empty), so the next pass vacuums and rewrites everything again.
  const stamp = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO erasure_runs (erasure_id, carried_at, attempted_at, backups_at, failed) VALUES (?, ?, ?, NULL, ?)
     ON CONFLICT (erasure_id) DO UPDATE SET attempted_at = excluded.attempted_at, backups_at = NULL, failed = excluded.failed`,
  ).run(VALUE_RULES_RUN, stamp, vacuumed ? stamp : null, failed.length > 0 ? JSON.stringify([...failed].sort()) : null);
}

/**
 * After a commit in which a value rule erased values (erase.ts: no erasure row): the live
 * database vacuumed with secure_delete and the WAL emptied, as after an erasure, so no freed
 * page or WAL frame keeps the old bytes; then every backup holding such values has them erased
 * the same way and is compacted (with any erasure never tried yet, in the same pass). A backup
 * that fails is recorded (VALUE_RULES_RUN): the next start tries again, and until then
 * erasureStatus names it and a restore refuses it. Not inside a caller's transaction (a vacuum
 * cannot run there) nor on an in-memory database. Returns the backups that failed.
 */
export function finishValueRules(ctx: Ctx): string[] {
  if (ctx.databasePath === ':memory:' || ctx.db.inTransaction) return [];
  return finishPendingErasures(ctx, { retry: false, valueRules: true }).backupsFailed;
}

/** What is left to finish, for Settings: erasures whose backups are not all rewritten, and which backups failed. */
export function erasureStatus(ctx: Ctx): ErasureStatus {
  const runs = prepared(ctx.db, 'SELECT failed FROM erasure_runs WHERE backups_at IS NULL').all() as Array<{ failed: string | null }>;
  const failed = new Set(runs.flatMap((r) => (r.failed ? (JSON.parse(r.failed) as string[]) : [])));
  return { pending: runs.length, failedBackups: [...failed].sort() };
}
