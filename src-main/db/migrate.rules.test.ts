import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { assertOrdered, latestVersion, migrate, NewerDatabaseError, type Migration } from './migrate';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-migrate-rules-'));
  dirs.push(dir);
  return path.join(dir, 'kakehashi.sqlite');
}

const ran: number[] = [];
const step = (version: number): Migration => ({ version, name: `m${version}`, up: (db) => (ran.push(version), db.exec(`CREATE TABLE t${version} (id TEXT)`)) });

describe('the migration runner', () => {
  it('runs only the migrations above the database version, in order, and records each', () => {
    const db = new Database(':memory:');
    ran.length = 0;
    expect(migrate(db, [step(10)])).toEqual({ from: 0, to: 10, backupFile: null });
    expect(migrate(db, [step(10), step(20), step(30)])).toEqual({ from: 10, to: 30, backupFile: null });
    expect(ran).toEqual([10, 20, 30]);
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    expect(migrate(db, [step(10), step(20), step(30)])).toEqual({ from: 30, to: 30, backupFile: null });
    expect(ran).toEqual([10, 20, 30]);
  });

  it('keeps no copy of a new database, and names the copy of an existing one by the target version and time', () => {
    const file = tempFile();
    const db = new Database(file);
    expect(migrate(db, [step(10)], { file }).backupFile).toBeNull();
    const result = migrate(db, [step(10), step(20)], { file, now: () => new Date('2026-01-02T03:04:05.678Z') });
    expect(result.backupFile).toBe(`${file}.before-schema-20.2026-01-02T03-04-05-678Z.sqlite`);
    expect(fs.existsSync(result.backupFile!)).toBe(true);
    // Nothing to do: no copy.
    expect(migrate(db, [step(10), step(20)], { file }).backupFile).toBeNull();
    db.close();
  });

  it('replaces a copy left by an earlier attempt at the same moment', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, [step(10)]);
    const now = () => new Date('2026-01-02T03:04:05.000Z');
    const copy = `${file}.before-schema-20.2026-01-02T03-04-05-000Z.sqlite`;
    fs.writeFileSync(copy, 'left over');
    migrate(db, [step(10), step(20)], { file, now });
    expect(fs.readFileSync(copy).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    db.close();
  });

  it('refuses a newer database, naming both versions', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 40');
    let error: unknown;
    try {
      migrate(db, [step(10), step(30)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect(error).toMatchObject({ databaseVersion: 40, appVersion: 30, name: 'NewerDatabaseError' });
    expect((error as Error).message).toContain('schema 40; this app knows up to 30');
    // It tells the person what to do, and that the file was not changed.
    expect((error as Error).message).toMatch(/Install the newer version to open it; the file was not changed\.$/);
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    db.pragma('user_version = 30');
    expect(migrate(db, [step(10), step(30)])).toEqual({ from: 30, to: 30, backupFile: null });
  });

  it('takes the highest version as the latest, and 0 for none', () => {
    expect(latestVersion([])).toBe(0);
    expect(latestVersion([step(10), step(30), step(20)])).toBe(30);
  });

  it('refuses versions that do not rise strictly, or are not positive', () => {
    expect(() => assertOrdered([step(10), step(10)])).toThrow('Migration m10 (version 10) is out of order');
    expect(() => assertOrdered([step(0)])).toThrow(/out of order/);
    expect(() => assertOrdered([step(-10), step(10)])).toThrow(/out of order/);
    expect(() => assertOrdered([step(10), step(20)])).not.toThrow();
    expect(() => assertOrdered([])).not.toThrow();
    expect(() => assertOrdered([step(1)])).not.toThrow();
  });
});
