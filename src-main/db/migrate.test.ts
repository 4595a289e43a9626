import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { assertOrdered, migrate, NewerDatabaseError, type Migration } from './migrate';
import { migrations } from './migrations';
import { openDatabase } from './open';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-migrate-'));
  dirs.push(dir);
  return path.join(dir, 'kakehashi.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const m10: Migration = { version: 10, name: 'a', up: (db) => db.exec('CREATE TABLE a (id TEXT PRIMARY KEY)') };
const m20: Migration = { version: 20, name: 'b', up: (db) => db.exec('CREATE TABLE b (id TEXT PRIMARY KEY)') };
const failing: Migration = {
  version: 30,
  name: 'c',
  up: (db) => {
    db.exec('CREATE TABLE c (id TEXT)');
    throw new Error('boom');
  },
};

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrate', () => {
  it('brings a new database to the latest version with the real migrations', () => {
    const { db, migration } = openDatabase(':memory:');
    const latest = migrations.at(-1)!.version;
    expect(migration).toMatchObject({ from: 0, to: latest, backupFile: null });
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['program_years', 'trainees', 'year_milestones', 'settings', 'sister_ties', 'survey_answers', 'flights', 'pickup_groups', 'room_stays', 'schedule_events']),
    );
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('uses WAL for a database file', () => {
    const { db } = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('runs all pending migrations in one transaction: a failure changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db, [m10]);
    expect(() => migrate(db, [m10, m20, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(tables(db)).toEqual(['a']);
  });

  it('keeps a copy of an existing file before migrating it', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, [m10]);
    db.prepare('INSERT INTO a VALUES (?)').run('kept');
    const result = migrate(db, [m10, m20], { file, now: () => new Date('2026-01-02T03:04:05Z') });
    expect(result.backupFile).toContain('before-schema-20');
    const copy = new Database(result.backupFile!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(10);
    expect(copy.prepare('SELECT id FROM a').all()).toEqual([{ id: 'kept' }]);
    copy.close();
    db.close();
  });

  it('refuses a database made by a newer version and leaves it untouched', () => {
    const file = tempFile();
    const db = new Database(file);
    db.pragma('user_version = 990');
    db.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of Kakehashi/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(990);
    again.close();
  });

  it('brings a database of the first schema to the latest, keeping its rows', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      `INSERT INTO hosts (id, local_gov_code, prefecture_ja, name_ja, created_at, updated_at) VALUES ('h', '442119', '大分県', '宇佐市', 'x', 'x')`,
    ).run();
    db.close();
    const { db: reopened, migration } = openDatabase(file);
    expect(migration).toMatchObject({ from: 10, to: migrations.at(-1)!.version });
    expect(reopened.prepare('SELECT name_ja, is_custom, contact_name FROM hosts').get()).toEqual({ name_ja: '宇佐市', is_custom: 0, contact_name: null });
    reopened.close();
  });

  it('rejects a migration list out of order', () => {
    expect(() => assertOrdered([m20, m10])).toThrow(/out of order/);
    expect(() => assertOrdered(migrations)).not.toThrow();
  });
});
