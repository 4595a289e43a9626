import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, vi } from 'vitest';
import { deleteChildren, deleteRow, fieldClocks, insertRow, prepared, readRow, rowClock, sameValue, updateRow, withoutWriteCheck, witness, type Writer } from './rows';

const DEVICE = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A bare database with the change log and two tables, and a writer whose clock we move. */
function setup(check?: Writer['check']) {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE change_log (hlc TEXT PRIMARY KEY, device_id TEXT NOT NULL, author TEXT, table_name TEXT NOT NULL, row_id TEXT NOT NULL,
      op TEXT NOT NULL, changes TEXT NOT NULL, base TEXT);
    CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT, n INTEGER DEFAULT 7, data BLOB, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE tags (id TEXT PRIMARY KEY, note_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  `);
  const clock = { now: new Date('2026-11-26T03:00:00.000Z') };
  const w: Writer = { db, now: () => clock.now, deviceId: DEVICE, author: () => '早日渡', ...(check ? { check } : {}) };
  const log = () =>
    db.prepare('SELECT hlc, device_id, author, table_name, row_id, op, changes, base FROM change_log ORDER BY hlc').all() as Array<{
      hlc: string; device_id: string; author: string | null; table_name: string; row_id: string; op: string; changes: string; base: string | null;
    }>;
  return { db, w, clock, log };
}

describe('the row writer', () => {
  it('inserts only the columns that hold something, stamps the row and logs the insert under a clock of this device', () => {
    const { db, w, log } = setup();
    insertRow(w, 'notes', { id: 'a', body: 'first', n: null, data: Buffer.from([1, 2]) });
    expect(readRow(db, 'notes', 'a')).toEqual({ id: 'a', body: 'first', n: 7, data: Buffer.from([1, 2]), created_at: '2026-11-26T03:00:00.000Z', updated_at: '2026-11-26T03:00:00.000Z' });
    const [entry] = log();
    expect(entry).toMatchObject({ device_id: DEVICE, author: '早日渡', table_name: 'notes', row_id: 'a', op: 'insert', base: null });
    expect(entry!.hlc).toBe(`001795662000000-0000-${DEVICE}`);
    expect(JSON.parse(entry!.changes)).toEqual([['body', null, 'first'], ['data', null, { bytes: 2, b64: 'AQI=' }]]);
  });

  it('updates only what changed, logging before, after and the clock of the write it overwrote; nothing changed writes nothing', () => {
    const { db, w, clock, log } = setup();
    insertRow(w, 'notes', { id: 'a', body: 'first', n: 1 });
    const inserted = log()[0]!.hlc;
    clock.now = new Date('2026-11-26T04:00:00.000Z');
    expect(updateRow(w, 'notes', 'a', { body: 'second', n: 1, updated_at: 'ignored' })).toBe(true);
    expect(readRow(db, 'notes', 'a')).toMatchObject({ body: 'second', n: 1, created_at: '2026-11-26T03:00:00.000Z', updated_at: '2026-11-26T04:00:00.000Z' });
    const update = log()[1]!;
    expect(update.op).toBe('update');
    expect(JSON.parse(update.changes)).toEqual([['body', 'first', 'second', inserted]]);
    expect(fieldClocks(db, 'notes', 'a')).toEqual(new Map([['body', update.hlc], ['n', inserted]]));
    expect(rowClock(db, 'notes', 'a')).toBe(update.hlc);
    // The same values again: true (the row exists), but no write and no log entry.
    clock.now = new Date('2026-11-26T05:00:00.000Z');
    expect(updateRow(w, 'notes', 'a', { body: 'second' })).toBe(true);
    expect(log()).toHaveLength(2);
    expect(readRow(db, 'notes', 'a')!.updated_at).toBe('2026-11-26T04:00:00.000Z');
    // With `always`, a field is written and logged even when it is the value kept; a field never written has no clock.
    expect(updateRow(w, 'notes', 'a', { body: 'second', data: null }, { always: true })).toBe(true);
    expect(JSON.parse(log()[2]!.changes)).toEqual([['body', 'second', 'second', update.hlc], ['data', null, null, null]]);
    expect(updateRow(w, 'notes', 'missing', { body: 'x' })).toBe(false);
    expect(rowClock(db, 'notes', 'missing')).toBeNull();
  });

  it('deletes a row and logs the delete with the newest write it knew; a missing row is not logged', () => {
    const { w, clock, log } = setup();
    insertRow(w, 'notes', { id: 'a', body: 'x' });
    clock.now = new Date('2026-11-26T04:00:00.000Z');
    updateRow(w, 'notes', 'a', { body: 'y' });
    const last = log()[1]!.hlc;
    expect(deleteRow(w, 'notes', 'a')).toBe(true);
    expect(log()[2]).toMatchObject({ op: 'delete', row_id: 'a', changes: '[]', base: last });
    expect(deleteRow(w, 'notes', 'a')).toBe(false);
    expect(log()).toHaveLength(3);
  });

  it('deletes the children of a row one by one, each logged, and counts them', () => {
    const { db, w, log } = setup();
    insertRow(w, 'tags', { id: 't1', note_id: 'a' });
    insertRow(w, 'tags', { id: 't2', note_id: 'a' });
    insertRow(w, 'tags', { id: 't3', note_id: 'b' });
    expect(deleteChildren(w, 'tags', 'note_id', 'a')).toBe(2);
    expect(deleteChildren(w, 'tags', 'note_id', 'none')).toBe(0);
    expect(db.prepare('SELECT id FROM tags').pluck().all()).toEqual(['t3']);
    expect(log().filter((e) => e.op === 'delete').map((e) => e.row_id).sort()).toEqual(['t1', 't2']);
  });

  it('orders writes by a clock that never steps back, and after any change seen from another device', () => {
    const { w, clock, log } = setup();
    insertRow(w, 'notes', { id: 'a' });
    clock.now = new Date('2026-11-26T02:00:00.000Z'); // the PC clock stepped back an hour
    insertRow(w, 'notes', { id: 'b' });
    expect(log().map((e) => e.hlc.slice(0, 20))).toEqual(['001795662000000-0000', '001795662000000-0001']);
    witness(w.db, `001795665600000-000a-another-device`); // a later change from elsewhere
    insertRow(w, 'notes', { id: 'c' });
    expect(log()[2]!.hlc.slice(0, 20)).toBe('001795665600000-000b');
    witness(w.db, `001795665600000-0005-another-device`); // an older one changes nothing
    witness(w.db, 'not a clock');
    insertRow(w, 'notes', { id: 'd' });
    expect(log()[3]!.hlc.slice(0, 20)).toBe('001795665600000-000c');
    witness(w.db, `001795665600000-000z-another-device`); // same time, higher counter
    insertRow(w, 'notes', { id: 'e' });
    expect(log()[4]!.hlc.slice(0, 20)).toBe('001795665600000-0010');
  });

  it('asks the write check about every write, with what it changes, unless it is turned off (nested too)', () => {
    const check = vi.fn();
    const { w } = setup(check);
    insertRow(w, 'notes', { id: 'a', body: 'x', n: null });
    expect(check).toHaveBeenLastCalledWith(w.db, { table: 'notes', op: 'insert', before: undefined, after: { id: 'a', body: 'x', n: null }, columns: ['body'] });
    updateRow(w, 'notes', 'a', { body: 'y', n: 7 });
    expect(check).toHaveBeenLastCalledWith(w.db, expect.objectContaining({ op: 'update', columns: ['body'], after: expect.objectContaining({ body: 'y' }) }));
    deleteRow(w, 'notes', 'a');
    expect(check).toHaveBeenLastCalledWith(w.db, expect.objectContaining({ op: 'delete', before: expect.objectContaining({ id: 'a' }), after: undefined, columns: [] }));
    expect(check).toHaveBeenCalledTimes(3);
    deleteRow(w, 'notes', 'missing');
    expect(check).toHaveBeenCalledTimes(3);
    withoutWriteCheck(w.db, () => {
      withoutWriteCheck(w.db, () => insertRow(w, 'notes', { id: 'b' }));
      insertRow(w, 'notes', { id: 'c' }); // still off: the outer call has not ended
    });
    expect(check).toHaveBeenCalledTimes(3);
    insertRow(w, 'notes', { id: 'd' });
    expect(check).toHaveBeenCalledTimes(4);
    // A refusal stops the write.
    check.mockImplementation(() => {
      throw new Error('closed year');
    });
    expect(() => insertRow(w, 'notes', { id: 'e' })).toThrow('closed year');
    expect(readRow(w.db, 'notes', 'e')).toBeUndefined();
    expect(() => withoutWriteCheck(w.db, () => {
      throw new Error('inside');
    })).toThrow('inside');
    expect(() => insertRow(w, 'notes', { id: 'f' })).toThrow('closed year'); // the check is back on after a throw
  });

  it('compares values as stored: bytes by content, null and undefined alike', () => {
    expect(sameValue(Buffer.from([1]), Buffer.from([1]))).toBe(true);
    expect(sameValue(Buffer.from([1]), Buffer.from([2]))).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue('', null)).toBe(false);
  });

  it('prepares a statement once per database and text', () => {
    const { db } = setup();
    expect(prepared(db, 'SELECT 1')).toBe(prepared(db, 'SELECT 1'));
    expect(prepared(db, 'SELECT 1')).not.toBe(prepared(db, 'SELECT 2'));
    expect(prepared(setup().db, 'SELECT 1')).not.toBe(prepared(db, 'SELECT 1'));
  });
});
