import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError, type Migration } from './migrate';

const step = (version: number): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(`CREATE TABLE t${version} (id TEXT)`) });

describe('the migration runner at its edges', () => {
  it('tells the person refused a newer database what to do, and that the file was not changed', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 40');
    let error: unknown;
    try {
      migrate(db, [step(10), step(30)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as Error).message).toMatch(/Install the newer version to open it; the file was not changed\.$/);
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    db.close();
  });
});
