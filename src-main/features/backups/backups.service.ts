import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_FILE, type Backup } from '@shared/contract/backups';
import { isSoundDatabaseFile, quickCheck } from '../../db/damage';
import { backupsDirOf } from '../../db/data-files';
import { secureDir, secureFile } from '../../db/file-modes';
import { openWithKey } from '../../db/open';
import { newTransferCode, rekey } from '../../secrets/transfer';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { erasureStatus } from '../erasure';
import { recordExport } from '../privacy';
import { fieldsOfClass, TRAINEE_FIELD_CLASSES } from '@shared/contract/field-classes';
import { readSetting, writeSetting } from '../settings';
import { backupsToKeep } from './backup-policy';

type Reason = Backup['reason'];

export { backupsDirOf };

function requireFolder(ctx: Ctx): string {
  if (ctx.databasePath === ':memory:') throw new AppError('backups_unavailable');
  return backupsDirOf(ctx.databasePath);
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dateOf(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)!;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

/** Backups in a folder, newest first; files that are not ours are ignored. */
export function listBackupsIn(dir: string): Backup[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((file) => ({ file, match: BACKUP_FILE.exec(file) }))
    .filter((f): f is { file: string; match: RegExpExecArray } => f.match !== null)
    .map(({ file, match }) => ({
      file,
      createdAt: dateOf(match[1]!).toISOString(),
      sizeBytes: fs.statSync(path.join(dir, file)).size,
      reason: match[2] as Reason,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

export function listBackups(ctx: Ctx): Backup[] {
  return listBackupsIn(requireFolder(ctx));
}

function latestChange(ctx: Ctx): string | null {
  const row = ctx.db.prepare('SELECT hlc FROM change_log ORDER BY hlc DESC LIMIT 1').get() as { hlc: string } | undefined;
  return row?.hlc ?? null;
}

/** Whether a backup is sound: this PC's key opens it and `quick_check` passes. */
function isSoundBackup(ctx: Ctx, file: string): boolean {
  try {
    const db = ctx.openDatabaseFile(file, { readonly: true });
    try {
      return quickCheck(db) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** True when something was written since the last backup (and there is anything at all). */
export function hasUnsavedChanges(ctx: Ctx): boolean {
  const latest = latestChange(ctx);
  return latest !== null && latest !== readSetting(ctx.db, 'lastBackupHlc');
}

/**
 * Copies the live database with `VACUUM INTO` (consistent while in use), checks the copy with
 * `quick_check`, and thins out old backups: 24 hourly, 14 daily, 12 monthly.
 */
export function makeBackup(ctx: Ctx, reason: Reason, shouldRotate = true): Backup {
  const dir = requireFolder(ctx);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  secureDir(dir);
  const now = ctx.now();
  let file = `kakehashi-${stampOf(now)}-${reason}.sqlite`;
  if (fs.existsSync(path.join(dir, file))) file = `kakehashi-${stampOf(new Date(now.getTime() + 1000))}-${reason}.sqlite`;
  const target = path.join(dir, file);
  // VACUUM INTO writes the copy encrypted with the same key (db.backup() does not work with the cipher).
  ctx.db.prepare('VACUUM INTO ?').run(target);
  secureFile(target);
  if (!isSoundBackup(ctx, target)) {
    fs.rmSync(target, { force: true });
    throw new AppError('backup_failed');
  }
  const hlc = latestChange(ctx);
  if (hlc) writeSetting(ctx.db, 'lastBackupHlc', hlc, now);
  if (shouldRotate) rotate(dir);
  return listBackupsIn(dir).find((b) => b.file === file)!;
}

function rotate(dir: string): void {
  const backups = listBackupsIn(dir);
  const keep = backupsToKeep(backups.map((b) => ({ file: b.file, createdAt: new Date(b.createdAt) })));
  for (const b of backups) if (!keep.has(b.file)) fs.rmSync(path.join(dir, b.file), { force: true });
}

/** The newest backup that `key` opens and that passes `quick_check`, for a damaged database. */
export function newestSoundBackup(databasePath: string, key: string | null): Backup | null {
  const dir = backupsDirOf(databasePath);
  return listBackupsIn(dir).find((b) => isSoundDatabaseFile(path.join(dir, b.file), key)) ?? null;
}

/**
 * Puts a backup in place of the database: first a backup of the current state (so a restore
 * can itself be undone), then the swap, done by the backend which owns the connection.
 */
export function restoreBackup(ctx: Ctx, file: string): { restoredFrom: Backup; safetyBackup: Backup } {
  const dir = requireFolder(ctx);
  const restoredFrom = listBackupsIn(dir).find((b) => b.file === file);
  if (!restoredFrom) throw new AppError('not_found', { entity: 'backup' });
  if (!isSoundBackup(ctx, path.join(dir, file))) throw new AppError('backup_damaged', { file });
  // A backup an erasure could not reach would bring erased people back.
  if (erasureStatus(ctx).failedBackups.includes(file)) throw new AppError('backup_not_erased', { file });
  // Thinned out only after the swap, so the backup being restored is never the one removed.
  const safetyBackup = makeBackup(ctx, 'before-restore', false);
  ctx.replaceDatabase(path.join(dir, file));
  rotate(dir);
  return { restoredFrom, safetyBackup };
}

function peopleWithIdentifiers(ctx: Ctx): number {
  const held = fieldsOfClass('identifier').map((f) => `${TRAINEE_FIELD_CLASSES[f].column} IS NOT NULL`);
  return (ctx.db.prepare(`SELECT count(*) AS n FROM trainees WHERE ${held.join(' OR ')}`).get() as { n: number }).n;
}

/**
 * A consistent copy of the database at a new path, to move it to another PC: encrypted under a
 * new transfer code rather than this PC's key (which never leaves it). The code is shown once;
 * the new PC asks for it on its first start. Checked with the code before it is handed over.
 */
export function copyDatabaseTo(ctx: Ctx, target: string): { path: string; sizeBytes: number; transferCode: string } {
  requireFolder(ctx);
  if (!fs.existsSync(path.dirname(target))) throw new AppError('validation', { issues: [{ field: 'path', rule: 'folder_missing' }] });
  if (fs.existsSync(target)) throw new AppError('validation', { issues: [{ field: 'path', rule: 'file_exists' }] });
  const transferCode = newTransferCode();
  try {
    ctx.db.prepare('VACUUM INTO ?').run(target);
    secureFile(target);
    const copy = ctx.openDatabaseFile(target);
    try {
      rekey(copy, transferCode);
    } finally {
      copy.close();
    }
    const check = openWithKey(target, { key: transferCode, readonly: true });
    try {
      if (quickCheck(check) !== 'ok') throw new AppError('backup_failed');
    } finally {
      check.close();
    }
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  // Every identifier of every trainee leaves the PC in it (under the transfer code): recorded like an export.
  recordExport(ctx, {
    list: 'copy',
    fiscalYear: null,
    columns: fieldsOfClass('identifier'),
    fileName: path.basename(target),
    people: peopleWithIdentifiers(ctx),
  });
  return { path: target, sizeBytes: fs.statSync(target).size, transferCode };
}
