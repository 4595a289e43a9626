import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreNewestBackup, type Backend } from '../../backend';
import { DamagedDatabaseError } from '../../db/damage';
import { call, folderBackend, tableCount, value } from '../../test/backend';
import { dataFolders } from '../../test/data-folders';

const folders = dataFolders('kk-backup-');
const { folder } = folders;

function open(dataDir: string, clock: { now: Date }, autoBackup = false): Backend {
  return folders.keep(folderBackend(dataDir, { now: () => clock.now, autoBackup }));
}

/** Overwrites the middle of a file with junk, as a failing disk would. */
function damage(file: string): void {
  const fd = fs.openSync(file, 'r+');
  const size = fs.fstatSync(fd).size;
  fs.writeSync(fd, Buffer.alloc(Math.min(4096, size), 0x5a), 0, Math.min(4096, size), 0);
  fs.closeSync(fd);
}

/** Overwrites one page well past the header (the schema stays readable) with junk, as one bad sector would. */
function damageOnePageInside(file: string): void {
  const pageSize = 4096;
  const pages = Math.floor(fs.statSync(file).size / pageSize);
  expect(pages).toBeGreaterThan(10);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
  fs.closeSync(fd);
}

describe('backups', () => {
  it('backs up on start when something changed, and now on demand, each copy checked', async () => {
    const dir = folder();
    const clock = { now: new Date('2026-11-26T01:00:00Z') };
    const first = open(dir, clock, true);
    expect(await value(first, 'backups:list', {})).toEqual([]); // nothing to keep yet
    await value(first, 'sample:load', {});
    first.close();

    clock.now = new Date('2026-11-26T02:00:00Z');
    const second = open(dir, clock, true);
    const list = await value(second, 'backups:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ reason: 'start', createdAt: '2026-11-26T02:00:00.000Z' });
    expect(list[0]!.sizeBytes).toBeGreaterThan(10_000);
    second.close();

    const third = open(dir, clock, true);
    expect(await value(third, 'backups:list', {})).toHaveLength(1); // unchanged since: no new backup
    clock.now = new Date('2026-11-26T03:10:00Z');
    const manual = await value(third, 'backups:create', {});
    expect(manual.reason).toBe('manual');
    expect(await value(third, 'backups:list', {})).toHaveLength(2);
  });

  it('thins out old backups as it goes: one per hour for the last 24 hours', async () => {
    const dir = folder();
    const clock = { now: new Date('2026-11-26T00:00:00Z') };
    const backend = open(dir, clock);
    await value(backend, 'years:create', { fiscalYear: 2024 });
    for (let i = 0; i < 30; i++) {
      clock.now = new Date(Date.UTC(2026, 10, 26, 0, 0) + i * 30 * 60_000);
      await value(backend, 'backups:create', {});
    }
    const list = await value(backend, 'backups:list', {});
    expect(list).toHaveLength(15); // 30 half-hourly backups over 15 hours: the newest of each hour
    expect(list[0]!.createdAt).toBe('2026-11-26T14:30:00.000Z');
  });

  it('restores a backup after backing up the current state', async () => {
    const dir = folder();
    const clock = { now: new Date('2026-11-26T01:00:00Z') };
    const backend = open(dir, clock);
    await value(backend, 'sample:load', {});
    const backup = await value(backend, 'backups:create', {});
    const [trainee] = await value(backend, 'trainees:list', {});
    await value(backend, 'trainees:delete', { id: trainee!.id });
    clock.now = new Date('2026-11-26T01:05:00Z');
    const result = await value(backend, 'backups:restore', { file: backup.file });
    expect(result.safetyBackup.reason).toBe('before-restore');
    expect(await value(backend, 'trainees:list', {})).toHaveLength(11);
    expect(await value(backend, 'trainees:trash', {})).toEqual([]);
    // The restore can itself be undone from the safety backup.
    await value(backend, 'backups:restore', { file: result.safetyBackup.file });
    expect(await value(backend, 'trainees:list', {})).toHaveLength(10);
    expect(await call(backend, 'backups:restore', { file: '../kakehashi.sqlite' })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'file', rule: 'invalid_backup' }] } },
    });
  });

  it('refuses to restore a damaged backup', async () => {
    const dir = folder();
    const clock = { now: new Date('2026-11-26T01:00:00Z') };
    const backend = open(dir, clock);
    await value(backend, 'sample:load', {});
    const backup = await value(backend, 'backups:create', {});
    damage(path.join(dir, 'backups', backup.file));
    expect(await call(backend, 'backups:restore', { file: backup.file })).toEqual({
      ok: false, error: { code: 'backup_damaged', params: { file: backup.file } },
    });
    expect(tableCount(backend, 'trainees')).toBe(11);
  });

  it('refuses to restore a backup an erasure could not rewrite, which may still hold the erased people', async () => {
    const dir = folder();
    const backend = open(dir, { now: new Date('2026-11-26T01:00:00Z') });
    await value(backend, 'sample:load', {});
    const backup = await value(backend, 'backups:create', {});
    // What an erasure records when it could not open that backup to rewrite it.
    backend.ctx.db
      .prepare("INSERT INTO erasure_runs (erasure_id, carried_at, failed) VALUES ('e1', '2026-11-26T01:00:00Z', ?)")
      .run(JSON.stringify([backup.file]));
    expect(await call(backend, 'backups:restore', { file: backup.file })).toEqual({
      ok: false, error: { code: 'backup_not_erased', params: { file: backup.file } },
    });
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([backup.file]);
  });

  it('detects a damaged database on start and restores the newest sound backup, keeping the damaged file', async () => {
    const dir = folder();
    const clock = { now: new Date('2026-11-26T01:00:00Z') };
    const backend = open(dir, clock);
    await value(backend, 'sample:load', {});
    await value(backend, 'backups:create', {});
    clock.now = new Date('2026-11-26T02:00:00Z');
    const newer = await value(backend, 'backups:create', {});
    damage(path.join(dir, 'backups', newer.file)); // the newest backup is damaged too: skipped
    backend.close();
    damage(path.join(dir, 'kakehashi.sqlite'));

    expect(() => folderBackend(dir)).toThrow(DamagedDatabaseError);
    const restored = restoreNewestBackup(dir, backend.ctx.secrets.read('databaseKey'));
    expect(restored).toMatch(/^kakehashi-20261126T010000Z-manual\.sqlite$/);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('kakehashi.sqlite.damaged-'))).toBe(true);
    const reopened = open(dir, clock);
    expect(await value(reopened, 'trainees:list', {})).toHaveLength(11);
    expect((reopened.ctx.db.pragma('integrity_check') as Array<{ integrity_check: string }>)[0]!.integrity_check).toBe('ok');
  });

  it('skips, when restoring the newest sound backup, a backup with one page damaged inside that still opens (quick_check catches it)', async () => {
    const dir = folder();
    const clock = { now: new Date('2026-11-26T01:00:00Z') };
    const backend = open(dir, clock);
    await value(backend, 'sample:load', {});
    await value(backend, 'backups:create', {});
    clock.now = new Date('2026-11-26T02:00:00Z');
    const newer = await value(backend, 'backups:create', {});
    const key = backend.ctx.secrets.read('databaseKey');
    const newerFile = path.join(dir, 'backups', newer.file);
    damageOnePageInside(newerFile);
    // The damage is inside: the file still opens with the key and reads its schema version.
    const opened = backend.ctx.openDatabaseFile(newerFile, { readonly: true });
    expect(opened.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    opened.close();
    expect(await call(backend, 'backups:restore', { file: newer.file })).toEqual({
      ok: false, error: { code: 'backup_damaged', params: { file: newer.file } },
    });
    backend.close();
    damage(path.join(dir, 'kakehashi.sqlite'));

    expect(() => folderBackend(dir)).toThrow(DamagedDatabaseError);
    expect(restoreNewestBackup(dir, key)).toBe('kakehashi-20261126T010000Z-manual.sqlite');
    const reopened = open(dir, clock);
    expect(await value(reopened, 'trainees:list', {})).toHaveLength(11);
  });

  it('copies the database to a new file for another PC, never over an existing one', async () => {
    const dir = folder();
    const backend = open(dir, { now: new Date() });
    await value(backend, 'sample:load', {});
    const target = path.join(dir, 'for-laptop.sqlite');
    expect(await value(backend, 'backups:copy-to', { path: target })).toMatchObject({ path: target });
    // Every identifier leaves the PC in the copy: recorded like an export that includes them.
    expect((await value(backend, 'privacy:export-records', {}))[0]).toMatchObject({ list: 'copy', fileName: 'for-laptop.sqlite', columns: ['passportNumber', 'residenceCardNumber'] });
    const copy = folderBackend(fs.mkdtempSync(path.join(os.tmpdir(), 'kk-copy-')));
    copy.close();
    expect(await call(backend, 'backups:copy-to', { path: target })).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'path', rule: 'file_exists' }] } } });
    expect(await call(backend, 'backups:copy-to', { path: 'relative.sqlite' })).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'path', rule: 'absolute_path' }] } } });
  });
});
