import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyKey } from './cipher';
import { isDamageError, isSoundDatabaseFile, quickCheck } from './damage';

const KEY = 'test-key-0123456789abcdef';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-damage-'));
  dirs.push(dir);
  return dir;
}

/** A database of a few hundred rows over many pages, plain or encrypted with `key`. */
function makeDatabase(file: string, key: string | null): number {
  const db = new Database(file);
  applyKey(db, key);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  db.exec('CREATE INDEX notes_body ON notes (body)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`note ${i} ${'x'.repeat(200)}`);
  })();
  db.pragma('user_version = 170');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return pageSize;
}

/** Overwrites one page inside the file (not the first, which holds the header and the schema) with junk. */
function damageOnePageInside(file: string, pageSize: number): void {
  const pages = fs.statSync(file).size / pageSize;
  expect(pages).toBeGreaterThan(10);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
  fs.closeSync(fd);
}

/** What a check that only opens the file and reads its schema version would say: it still opens. */
function opensAndReadsVersion(file: string, key: string | null): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('the sound-file check (quick_check, not just opening)', () => {
  it('refuses a plain database with one page damaged inside, which still opens and reads its version', () => {
    const file = path.join(folder(), 'plain.sqlite');
    const pageSize = makeDatabase(file, null);
    expect(isSoundDatabaseFile(file)).toBe(true);
    damageOnePageInside(file, pageSize);
    expect(opensAndReadsVersion(file, null)).toBe(170); // the header and the schema are intact
    expect(isSoundDatabaseFile(file)).toBe(false);
  });

  it('refuses an encrypted database with one page damaged inside, which still opens with its key', () => {
    const file = path.join(folder(), 'encrypted.sqlite');
    const pageSize = makeDatabase(file, KEY);
    expect(isSoundDatabaseFile(file, KEY)).toBe(true);
    damageOnePageInside(file, pageSize);
    expect(opensAndReadsVersion(file, KEY)).toBe(170);
    expect(isSoundDatabaseFile(file, KEY)).toBe(false);
  });

  it('refuses an encrypted database opened with the wrong key or none, and a file that is missing or not a database', () => {
    const dir = folder();
    const file = path.join(dir, 'encrypted.sqlite');
    makeDatabase(file, KEY);
    expect(isSoundDatabaseFile(file, 'another-key')).toBe(false);
    expect(isSoundDatabaseFile(file, null)).toBe(false);
    expect(isSoundDatabaseFile(path.join(dir, 'missing.sqlite'), KEY)).toBe(false);
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'not a database '.repeat(500));
    expect(isSoundDatabaseFile(text)).toBe(false);
  });

  it('quick_check says ok for a sound database and names what is wrong in a damaged one', () => {
    const file = path.join(folder(), 'plain.sqlite');
    const pageSize = makeDatabase(file, null);
    const sound = new Database(file, { readonly: true });
    expect(quickCheck(sound)).toBe('ok');
    sound.close();
    damageOnePageInside(file, pageSize);
    const damaged = new Database(file, { readonly: true });
    let check: string;
    try {
      check = quickCheck(damaged);
    } catch (error) {
      check = `threw ${(error as { code?: string }).code}`;
    } finally {
      damaged.close();
    }
    expect(check).not.toBe('ok');
    expect(check.length).toBeGreaterThan(2);
  });
});

describe('damage errors', () => {
  it('are SQLite corrupt and not-a-database errors only', () => {
    expect(isDamageError({ code: 'SQLITE_CORRUPT' })).toBe(true);
    expect(isDamageError({ code: 'SQLITE_NOTADB' })).toBe(true);
    expect(isDamageError({ code: 'SQLITE_CORRUPT_VTAB' })).toBe(true);
    expect(isDamageError({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(isDamageError({})).toBe(false);
    expect(isDamageError(null)).toBe(false);
    expect(isDamageError('SQLITE_CORRUPT')).toBe(false);
  });
});
