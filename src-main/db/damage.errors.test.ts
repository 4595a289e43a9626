import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DamagedDatabaseError, isDamageError, isSoundDatabaseFile, quickCheck } from './damage';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function soundFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-damage-errors-'));
  dirs.push(dir);
  const file = path.join(dir, 'a.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE t (x TEXT)');
  db.close();
  return file;
}

const openDescriptors = () => fs.readdirSync('/proc/self/fd').length;

describe('damage checks, beyond the damaged page', () => {
  it('a damaged file error names the file and what SQLite found, and says nothing was changed', () => {
    const error = new DamagedDatabaseError('/data/kakehashi.sqlite', 'database disk image is malformed');
    expect(error.name).toBe('DamagedDatabaseError');
    expect(error.message).toBe('The database file /data/kakehashi.sqlite is damaged (database disk image is malformed). Nothing was changed.');
    expect(error).toMatchObject({ file: '/data/kakehashi.sqlite', detail: 'database disk image is malformed' });
  });

  it('only objects carrying a damage code are damage errors', () => {
    const fn = Object.assign(() => undefined, { code: 'SQLITE_CORRUPT' });
    expect(isDamageError(fn)).toBe(false);
    expect(isDamageError(Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }))).toBe(true);
  });

  it('joins every problem quick_check reports', () => {
    const fake = { pragma: () => [{ quick_check: 'row 1 missing from index i' }, { quick_check: 'wrong # of entries in index i' }] };
    expect(quickCheck(fake as unknown as Database.Database)).toBe('row 1 missing from index i; wrong # of entries in index i');
  });

  it('opens with the binary it is given (the Electron build), and says unsound when that cannot load', () => {
    const file = soundFile();
    expect(isSoundDatabaseFile(file, null, '/nonexistent/better_sqlite3.node')).toBe(false);
  });

  it('closes what it opened, sound or not, and never writes to the file', () => {
    const file = soundFile();
    const before = fs.readFileSync(file);
    const descriptors = openDescriptors();
    for (let i = 0; i < 5; i++) expect(isSoundDatabaseFile(file)).toBe(true);
    for (let i = 0; i < 5; i++) expect(isSoundDatabaseFile(file, 'a-key-the-plain-file-does-not-need')).toBe(false);
    expect(openDescriptors()).toBe(descriptors);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
