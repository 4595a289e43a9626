import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import { memorySecretStore } from '../secrets/secret-store';
import { folderBackend, secretsOf, value } from '../test/backend';
import { isPlainDatabaseFile } from './cipher';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { encryptFileInPlace } from './encrypt';
import { DatabaseKeyError, DATABASE_FILE, openWithKey } from './open';

const dirs: string[] = [];
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-cipher-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const PASSPORT = 'TK9876543';

/** A plain SQLite client, with no key: what anyone who finds the laptop has. */
function readsWithoutKey(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('encryption at rest', () => {
  it('works with the key; without it neither the database, its WAL nor any backup reads as SQLite, and the folder is the owner’s alone', async () => {
    const dir = folder();
    const backend = folderBackend(dir);
    await value(backend, 'sample:load', {});
    const year = (await value(backend, 'years:list', {}))[0]!;
    await value(backend, 'trainees:create', { yearId: year.id, familyNameLatin: 'Kim', givenNameLatin: 'Sihyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', passportNumber: PASSPORT, status: 'selected' });
    await value(backend, 'backups:create', {});
    const copy = path.join(folder(), 'for-laptop.sqlite');
    const { transferCode } = await value(backend, 'backups:copy-to', { path: copy });
    const file = path.join(dir, DATABASE_FILE);
    // While the app runs the WAL holds the newest pages: encrypted as well.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const databaseFiles = [...filesUnder(dir).filter((f) => /\.sqlite(-wal)?$/.test(f)), copy];
    expect(databaseFiles.length).toBeGreaterThanOrEqual(4);
    for (const f of [...filesUnder(dir), copy]) {
      const bytes = fs.readFileSync(f);
      expect(bytes.subarray(0, 15).toString('latin1'), f).not.toBe('SQLite format 3');
      expect(bytes.includes(PASSPORT), f).toBe(false);
    }
    for (const f of databaseFiles.filter((f) => !f.endsWith('-wal'))) expect(readsWithoutKey(f), f).toBe(false);

    if (process.platform !== 'win32') {
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(dir, 'backups')).mode & 0o777).toBe(0o700);
      for (const f of filesUnder(dir)) expect(fs.statSync(f).mode & 0o777, f).toBe(0o600);
    }

    // With the key the backup opens, with its transfer code the copy; both hold the trainee.
    const backup = backend.ctx.openDatabaseFile(path.join(dir, 'backups', (await value(backend, 'backups:list', {}))[0]!.file), { readonly: true });
    const copied = openWithKey(copy, { key: transferCode, readonly: true });
    for (const db of [backup, copied]) {
      expect(db.prepare('SELECT count(*) AS n FROM trainees WHERE passport_number = ?').get(PASSPORT)).toEqual({ n: 1 });
      db.close();
    }
    backend.close();
    const reopened = folderBackend(dir);
    expect((await value(reopened, 'trainees:list', { query: 'Sihyeon' })).length).toBe(1);
    reopened.close();
  });

  it('refuses a wrong or a missing key with a clear error and changes nothing', async () => {
    const dir = folder();
    const backend = folderBackend(dir);
    await value(backend, 'sample:load', {});
    backend.close();
    const file = path.join(dir, DATABASE_FILE);
    const before = sha(file);

    const wrong = memorySecretStore({ databaseKey: 'not-the-key-of-this-database-at-all-0000000' });
    expect(() => openBackend({ dataDir: dir, secrets: wrong })).toThrow(DatabaseKeyError);
    expect(() => openBackend({ dataDir: dir, secrets: wrong })).toThrow(/cannot be opened with this PC's key/);
    const none = memorySecretStore();
    expect(() => openBackend({ dataDir: dir, secrets: none })).toThrow(/encrypted and no key was given/);
    // No new key was made up for a database it could not open.
    expect(none.read('databaseKey')).toBeNull();
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['kakehashi.sqlite']);
  });

  it('encrypts a plain database of the previous schema on first start, with every row kept and no plain copy left', async () => {
    const dir = folder();
    const file = path.join(dir, DATABASE_FILE);
    // The previous version: schema 60, plain, in WAL mode, with a plain backup and a plain copy kept before a schema change.
    const plain = new Database(file);
    plain.pragma('journal_mode = WAL');
    migrate(plain, migrations.filter((m) => m.version <= 60));
    const T = '2024-04-01T00:00:00.000Z';
    plain.prepare("INSERT INTO program_years VALUES ('y', 2024, ?, ?)").run(T, T);
    const insert = plain.prepare(
      `INSERT INTO trainees (id, year_id, given_name_latin, name_lang, name_order, nationality, passport_number, medical_notes, status, status_changed_on, created_at, updated_at)
       VALUES (?, 'y', ?, 'ko', 'family_first', 'KR', ?, 'asthma', 'selected', '2024-04-01', ?, ?)`,
    );
    for (let i = 0; i < 200; i++) insert.run(`t${i}`, `Minji${i}`, `PZ${String(i).padStart(7, '0')}`, T, T);
    plain.prepare("INSERT INTO trainee_photos VALUES ('t1', 'image/jpeg', ?, ?, ?, ?)").run(Buffer.from('PHOTO-BYTES-OF-T1'), Buffer.from([9]), T, T);
    fs.mkdirSync(path.join(dir, 'backups'));
    plain.prepare('VACUUM INTO ?').run(path.join(dir, 'backups', 'kakehashi-20240401T000000Z-manual.sqlite'));
    const counts = Object.fromEntries(
      (plain.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => [
        t.name,
        (plain.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
      ]),
    );
    plain.close();
    expect(isPlainDatabaseFile(file)).toBe(true);

    const backend = folderBackend(dir);
    expect(backend.ctx.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    for (const [table, n] of Object.entries(counts)) {
      // The start writes this PC's id into settings; later migrations may log their own writes.
      // The search index is built again at the first start under the present search rules (below).
      if (table === 'change_log' || table === 'settings' || table.startsWith('trainee_search')) continue;
      expect((backend.ctx.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n, table).toBe(n);
    }
    expect(backend.ctx.db.prepare('SELECT count(*) AS n FROM trainee_search').get()).toEqual({ n: 200 });
    expect(backend.ctx.db.prepare("SELECT passport_number FROM trainees WHERE id = 't199'").get()).toEqual({ passport_number: 'PZ0000199' });
    backend.close();

    const files = filesUnder(dir);
    expect(files.some((f) => f.endsWith('.encrypting'))).toBe(false);
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(isPlainDatabaseFile(f), f).toBe(false);
      expect(bytes.includes('PZ0000199'), f).toBe(false);
      expect(bytes.includes('PHOTO-BYTES-OF-T1'), f).toBe(false);
    }
    // The backup made by the previous version opens with the key and still holds its rows.
    const old = folderBackend(dir).ctx;
    const backup = old.openDatabaseFile(path.join(dir, 'backups', 'kakehashi-20240401T000000Z-manual.sqlite'), { readonly: true });
    expect(backup.prepare('SELECT count(*) AS n FROM trainees').get()).toEqual({ n: 200 });
    backup.close();
    old.db.close();
    expect(secretsOf(dir).read('databaseKey')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('writes what only the WAL of a plain database held into the encrypted file, and leaves none of it in clear', async () => {
    const dir = folder();
    const file = path.join(dir, DATABASE_FILE);
    const writer = new Database(path.join(folder(), 'source.sqlite'));
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    migrate(writer, migrations.filter((m) => m.version <= 60));
    const T = '2024-04-01T00:00:00.000Z';
    writer.prepare("INSERT INTO program_years VALUES ('y', 2024, ?, ?)").run(T, T);
    writer.prepare(
      `INSERT INTO trainees (id, year_id, given_name_latin, name_lang, name_order, nationality, passport_number, status, status_changed_on, created_at, updated_at)
       VALUES ('t', 'y', 'Minji', 'ko', 'family_first', 'KR', 'WALONLY77', 'selected', '2024-04-01', ?, ?)`,
    ).run(T, T);
    // As the previous version left it when it stopped mid-work: the newest rows only in the WAL.
    fs.copyFileSync(writer.name, file);
    fs.copyFileSync(`${writer.name}-wal`, `${file}-wal`);
    writer.close();
    expect(fs.readFileSync(`${file}-wal`).includes('WALONLY77')).toBe(true);

    const backend = folderBackend(dir);
    expect(backend.ctx.db.prepare("SELECT passport_number FROM trainees WHERE id = 't'").get()).toEqual({ passport_number: 'WALONLY77' });
    backend.close();
    for (const f of filesUnder(dir)) expect(fs.readFileSync(f).includes('WALONLY77'), f).toBe(false);
  });

  it('finishes an encryption a crash cut short after the plain file was moved aside, and shreds the plain file', async () => {
    const dir = folder();
    const file = path.join(dir, DATABASE_FILE);
    const key = 'the-key-of-this-data-folder-for-the-test-000';
    secretsOf(dir).write('databaseKey', key);
    const plain = new Database(file);
    migrate(plain, migrations);
    plain.prepare("INSERT INTO program_years (id, fiscal_year, created_at, updated_at) VALUES ('y', 2024, 'T', 'T')").run();
    plain.prepare("INSERT INTO settings VALUES ('note', 'CLEARTEXT-MARKER', 'T', 'T')").run();
    plain.close();
    // The state between the two renames: the plain file aside, the checked encrypted copy beside it, no database.
    fs.copyFileSync(file, `${file}.plain-old`);
    encryptFileInPlace(file, key);
    fs.renameSync(file, `${file}.encrypting`);
    expect(fs.existsSync(file)).toBe(false);

    const backend = folderBackend(dir);
    expect(backend.ctx.db.prepare('SELECT fiscal_year FROM program_years').all()).toEqual([{ fiscal_year: 2024 }]);
    backend.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('.plain-old') || f.includes('.encrypting'))).toEqual([]);
    for (const f of filesUnder(dir)) expect(fs.readFileSync(f).includes('CLEARTEXT-MARKER'), f).toBe(false);
  });

  it('starts over when a crash left a half-made encrypted copy beside the plain file', async () => {
    const dir = folder();
    const file = path.join(dir, DATABASE_FILE);
    const plain = new Database(file);
    migrate(plain, migrations);
    plain.prepare("INSERT INTO program_years (id, fiscal_year, created_at, updated_at) VALUES ('y', 2024, 'T', 'T')").run();
    plain.close();
    fs.writeFileSync(`${file}.encrypting`, Buffer.alloc(8192, 0x33));
    fs.writeFileSync(`${file}.encrypting-journal`, Buffer.from('SQLite pages in clear'));

    const backend = folderBackend(dir);
    expect(backend.ctx.db.prepare('SELECT count(*) AS n FROM program_years').get()).toEqual({ n: 1 });
    backend.close();
    expect(isPlainDatabaseFile(file)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.encrypting'))).toEqual([]);
  });
});
