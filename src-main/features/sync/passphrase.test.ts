import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { applyKey } from '../../db/cipher';
import { folderBackend, secretsOf, value } from '../../test/backend';
import { dataFolders } from '../../test/data-folders';
import { makeBackup } from '../backups';
import { writeSetting } from '../settings';

const PASS = 'kakehashi-office-2026-secret';
const folders = dataFolders('kk-pass-');
const { folder, close } = folders;

let clock = Date.parse('2026-11-26T00:00:00Z');
const now = () => new Date((clock += 60_000));

const open = (dir: string) => folders.keep(folderBackend(dir, { now }));

/** Every database file of the data folder: the live one, the copies before a schema change, the backups. */
function databaseFiles(dir: string): string[] {
  const beside = fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite') && !f.includes('.damaged-')).map((f) => path.join(dir, f));
  const backups = path.join(dir, 'backups');
  return [...beside, ...(fs.existsSync(backups) ? fs.readdirSync(backups).map((f) => path.join(backups, f)) : [])];
}

/** The bytes of a database file as they are once decrypted with the folder's key (free pages and all). */
function decryptedBytes(dir: string, file: string): Buffer {
  const copy = path.join(folder(), 'plain.sqlite');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    applyKey(db, secretsOf(dir).read('databaseKey'));
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
  } finally {
    db.close();
  }
  return fs.readFileSync(copy);
}

function holdsPassphrase(dir: string): string[] {
  return databaseFiles(dir).filter((file) => {
    const bytes = decryptedBytes(dir, file);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    return bytes.includes(Buffer.from(PASS, 'utf8'));
  });
}

const settingRow = (b: Backend) => b.ctx.db.prepare("SELECT value FROM settings WHERE id = 'syncPassphrase'").get();

describe('the sync passphrase is kept outside the data', () => {
  it('is kept in the secrets, and neither the database nor any backup holds it', async () => {
    const dir = folder();
    const office = open(dir);
    await value(office, 'sync:settings', { deviceName: '事務所PC 1', passphrase: PASS });
    expect((await value(office, 'sync:status', {})).hasPassphrase).toBe(true);
    expect(secretsOf(dir).read('syncPassphrase')).toBe(PASS);
    expect(settingRow(office)).toBeUndefined();
    await value(office, 'years:create', { fiscalYear: 2026 });
    makeBackup(office.ctx, 'manual');
    close(office);
    expect(databaseFiles(dir).length).toBeGreaterThanOrEqual(2);
    expect(holdsPassphrase(dir)).toEqual([]);
  });

  it('moves a passphrase an earlier version kept in settings into the secrets, and erases it from the database and every backup', async () => {
    const dir = folder();
    const earlier = open(dir);
    await value(earlier, 'sync:settings', { deviceName: '事務所PC 1' });
    await value(earlier, 'years:create', { fiscalYear: 2026 });
    // As the earlier version wrote it: a row of settings, copied into each backup.
    writeSetting(earlier.ctx.db, 'syncPassphrase', PASS, now());
    makeBackup(earlier.ctx, 'manual');
    await value(earlier, 'years:create', { fiscalYear: 2027 });
    makeBackup(earlier.ctx, 'hourly');
    close(earlier);
    const files = databaseFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(holdsPassphrase(dir)).toEqual(files);

    const office = open(dir);
    expect(settingRow(office)).toBeUndefined();
    expect(secretsOf(dir).read('syncPassphrase')).toBe(PASS);
    expect((await value(office, 'sync:status', {})).hasPassphrase).toBe(true);
    // The backups still open and still hold their data.
    expect((await value(office, 'backups:list', {})).length).toBe(files.length - 1);

    // Sync still works with the moved passphrase.
    const laptopDir = folder();
    const laptop = open(laptopDir);
    await value(laptop, 'sync:settings', { deviceName: '空港ノートPC', passphrase: PASS });
    const file = await value(office, 'sync:export', { peerId: null });
    const result = await value(laptop, 'sync:import', { fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(result.applied).toBeGreaterThan(0);
    expect((await value(laptop, 'years:list', {})).map((y) => y.fiscalYear).sort()).toEqual([2026, 2027]);

    close(office);
    expect(holdsPassphrase(dir)).toEqual([]);
  });

  it('keeps a passphrase set since, and drops the old row', async () => {
    const dir = folder();
    const earlier = open(dir);
    writeSetting(earlier.ctx.db, 'syncPassphrase', 'an-older-passphrase-2020', now());
    secretsOf(dir).write('syncPassphrase', PASS);
    close(earlier);
    const office = open(dir);
    expect(settingRow(office)).toBeUndefined();
    expect(secretsOf(dir).read('syncPassphrase')).toBe(PASS);
  });
});
