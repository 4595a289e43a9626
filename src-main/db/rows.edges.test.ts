import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { insertRow, readRow, sameValue, updateRow, witness, type Row, type Writer } from './rows';

const DEVICE = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A bare database with the change log and one table, and a writer whose clock stands still. */
function setup() {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE change_log (hlc TEXT PRIMARY KEY, device_id TEXT NOT NULL, author TEXT, table_name TEXT NOT NULL, row_id TEXT NOT NULL,
      op TEXT NOT NULL, changes TEXT NOT NULL, base TEXT);
    CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT, n INTEGER DEFAULT 7, data BLOB, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  `);
  const w: Writer = { db, now: () => new Date('2026-11-26T03:00:00.000Z'), deviceId: DEVICE, author: () => null };
  const log = () => db.prepare('SELECT hlc, changes FROM change_log ORDER BY hlc').all() as Array<{ hlc: string; changes: string }>;
  return { db, w, log };
}

describe('the row writer at its edges', () => {
  it('keeps its clock when it sees an older change with a higher counter: the next write still sorts after the last', () => {
    const { w, log } = setup();
    insertRow(w, 'notes', { id: 'a' });
    witness(w.db, '001795661000000-0009-another-device'); // a second earlier, counter 9
    insertRow(w, 'notes', { id: 'b' });
    expect(log().map((e) => e.hlc.slice(0, 20))).toEqual(['001795662000000-0000', '001795662000000-0001']);
  });

  it('counts bytes against no bytes as a change, either way round', () => {
    expect(sameValue(Buffer.from([1]), null)).toBe(false);
    expect(sameValue(undefined, Buffer.from([1]))).toBe(false);
    expect(sameValue(Buffer.from('x'), 'x')).toBe(false);
    const { db, w, log } = setup();
    insertRow(w, 'notes', { id: 'a', data: Buffer.from([1, 2]) });
    expect(updateRow(w, 'notes', 'a', { data: null })).toBe(true);
    expect(readRow(db, 'notes', 'a')!.data).toBeNull();
    expect(JSON.parse(log()[1]!.changes)).toEqual([['data', { bytes: 2 }, null, log()[0]!.hlc]]);
  });

  it('logs an updated blob by its size before and by its bytes after, so history never keeps what was overwritten', () => {
    const { w, log } = setup();
    insertRow(w, 'notes', { id: 'a', data: Buffer.from([1, 2, 3]) });
    updateRow(w, 'notes', 'a', { data: Buffer.from([4, 5]) });
    expect(JSON.parse(log()[1]!.changes)).toEqual([['data', { bytes: 3 }, { bytes: 2, b64: 'BAU=' }, log()[0]!.hlc]]);
  });

  it('leaves a field given as undefined out of an insert: the column takes its default and the log does not name it', () => {
    const { db, w, log } = setup();
    insertRow(w, 'notes', { id: 'a', body: 'x', n: undefined } as unknown as Row & { id: string });
    expect(readRow(db, 'notes', 'a')).toMatchObject({ body: 'x', n: 7 });
    expect(JSON.parse(log()[0]!.changes)).toEqual([['body', null, 'x']]);
  });
});
