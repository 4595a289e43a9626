import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { REDACTED, type LoggedChange } from '../../db/log-values';
import { formatHlc } from '../../db/hlc';
import { AppError } from '../../ipc/app-error';
import { syncingPcs } from '../../test/syncing-pcs';
import type { Entry } from './bundle';
import { applyEntries, encodeRow } from './merge';

const { device } = syncingPcs('2026-11-01T00:00:00Z');

const OTHER = 'b6f1c2d4-0000-4000-8000-00000000beef';
const HOST = 'a0000000-0000-4000-8000-000000000001';
const NOW = new Date('2026-12-01T09:00:00Z');
/** The n-th write of the other PC, later than anything the test PC wrote itself. */
const at = (n: number) => formatHlc({ wallMs: Date.parse('2026-12-01T00:00:00Z') + n * 1000, counter: 0 }, OTHER);

function entry(n: number, op: Entry[5], changes: unknown, base: string | null = null, rowId = HOST, table = 'hosts'): Entry {
  return [at(n), OTHER, '佐藤', table, rowId, op, typeof changes === 'string' ? changes : JSON.stringify(changes), base];
}
const insertHost = (n: number, extra: LoggedChange[] = []) =>
  entry(n, 'insert', [['prefecture_ja', null, '熊本県'], ['name_ja', null, '熊本市'], ...extra]);

const host = (db: Database) => db.prepare('SELECT * FROM hosts WHERE id = ?').get(HOST) as Record<string, unknown> | undefined;
const conflicts = (db: Database) =>
  db.prepare('SELECT kind, field, kept_value, kept_hlc, other_value, other_hlc, snapshot FROM sync_conflicts ORDER BY created_at, other_hlc').all() as Array<
    Record<string, string | null>
  >;
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
};
const logCount = (db: Database) => (db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;

describe('a record made on two PCs', () => {
  it('a host created on both PCs under the same code while apart becomes a duplicate conflict, not a failed import', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(1, [['local_gov_code', null, '431001']])], NOW);
    const twin = entry(2, 'insert', [['prefecture_ja', null, '熊本県'], ['name_ja', null, '熊本市役所'], ['local_gov_code', null, '431001']], null, 'a0000000-0000-4000-8000-000000000002');
    const out = applyEntries(db, [twin], NOW);
    expect([out.applied, out.conflicts]).toEqual([1, 1]);
    expect(conflicts(db).map((c) => [c.kind, c.other_hlc, JSON.parse(c.other_value!)])).toEqual([
      ['duplicate', at(2), { prefecture_ja: '熊本県', name_ja: '熊本市役所', local_gov_code: '431001' }],
    ]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM hosts').get() as { n: number }).n).toBe(1);
  });

  it('a write that breaks another rule than uniqueness fails the import instead of being set aside', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    expect(() => applyEntries(db, [entry(1, 'insert', [['name_ja', null, '熊本市']])], NOW)).toThrow(/NOT NULL/);
    expect(conflicts(db)).toEqual([]);
  });
});

describe('a bundle that is not what a PC writes', () => {
  it.each([
    ['changes that are not JSON', 'not json'],
    ['changes that are not a list', '{"name_ja": "熊本市"}'],
    ['a change that only looks like a list', [{ 0: 'name_ja', 1: null, 2: '熊本市', length: 3 }]],
    ['a change naming no column', [[5, null, '熊本市']]],
    ['a change naming an unknown column', [['secret', null, 'x']]],
    ['a change without its new value', [['name_ja', null]]],
    ['a change with too much', [['name_ja', null, '熊本市', null, 'extra']]],
  ])('%s is refused as sync_bundle_invalid and nothing is written', async (_, changes) => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    const before = logCount(db);
    expect(codeOf(() => applyEntries(db, [entry(1, 'insert', changes)], NOW))).toBe('sync_bundle_invalid');
    expect(logCount(db)).toBe(before);
    expect(host(db)).toBeUndefined();
  });

  it('a change with the field, the old value, the new value and its base is taken', async () => {
    const pc = await device('事務所PC 1');
    applyEntries(pc.ctx.db, [insertHost(1, [['notes', null, 'メモ', null]])], NOW);
    expect(host(pc.ctx.db)?.notes).toBe('メモ');
  });
});

describe('values as they travel', () => {
  it('a redacted value arrives as empty, and a blob whose bytes were not sent arrives as an empty blob', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(1, [['notes', null, 'メモ'], ['address', null, '熊本市中央区']])], NOW);
    applyEntries(db, [entry(2, 'update', [['notes', 'メモ', REDACTED, at(1)], ['address', '熊本市中央区', { bytes: 3 }, at(1)]])], NOW);
    const row = host(db)!;
    expect(row.notes).toBeNull();
    expect(Buffer.isBuffer(row.address) && (row.address as Buffer).length).toBe(0);
  });

  it('a row kept with a conflict keeps its blobs with their bytes', () => {
    const kept = JSON.parse(encodeRow({ id: 'x', name: '熊本市', file: Buffer.from('hi'), none: null }));
    expect(kept).toEqual({ id: 'x', name: '熊本市', file: { bytes: 2, b64: Buffer.from('hi').toString('base64') }, none: null });
  });

  it('a blob both PCs changed is kept in the conflict with its bytes', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    const hi = { bytes: 2, b64: Buffer.from('hi').toString('base64') };
    applyEntries(db, [insertHost(2, [['notes', null, hi]])], NOW);
    // Written elsewhere on top of an older write than the one here.
    applyEntries(db, [entry(3, 'update', [['notes', null, 'メモ', at(1)]])], NOW);
    const [c] = conflicts(db);
    expect(c?.kind).toBe('field');
    expect(JSON.parse(c!.other_value!)).toEqual(hi);
    expect(JSON.parse(c!.kept_value!)).toBe('メモ');
  });
});

describe('the order writes are applied in', () => {
  it('writes in a bundle are applied oldest first, whatever order they come in', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    const entries = [
      entry(3, 'update', [['notes', 'b', 'c', at(2)]]),
      entry(2, 'update', [['notes', 'a', 'b', at(1)]]),
      insertHost(1, [['notes', null, 'a']]),
    ];
    const out = applyEntries(db, entries, NOW);
    expect(out.applied).toBe(3);
    expect(host(db)?.notes).toBe('c');
    expect(conflicts(db)).toEqual([]);
  });

  it('only trainees are reported as trainees whose records changed', async () => {
    const pc = await device('事務所PC 1');
    const out = applyEntries(pc.ctx.db, [insertHost(1)], NOW);
    expect([...out.trainees]).toEqual([]);
  });
});

describe('a field changed on both sides', () => {
  it('a field never written here takes the incoming value without a conflict', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(2)], NOW);
    applyEntries(db, [entry(3, 'update', [['notes', null, 'メモ', at(1)]])], NOW);
    expect(host(db)?.notes).toBe('メモ');
    expect(conflicts(db)).toEqual([]);
  });

  it('an edit made on top of a newer write than the one here is no conflict', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(1, [['notes', null, 'a']])], NOW);
    applyEntries(db, [entry(3, 'update', [['notes', 'b', 'c', at(2)]])], NOW);
    expect(host(db)?.notes).toBe('c');
    expect(conflicts(db)).toEqual([]);
  });
});

describe('deletes', () => {
  it('a record made before a delete that already arrived stays deleted', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [entry(2, 'delete', [], at(1))], NOW);
    applyEntries(db, [insertHost(1)], NOW);
    expect(host(db)).toBeUndefined();
  });

  it('an edit of a record this PC never had is dropped without a conflict', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [entry(2, 'update', [['notes', null, 'メモ', null]])], NOW);
    expect(host(db)).toBeUndefined();
    expect(conflicts(db)).toEqual([]);
  });

  it('an edit the deleting PC had seen (up to and including its base) is no conflict; a later one is', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(1), entry(4, 'delete', [], at(3))], NOW);
    applyEntries(db, [entry(2, 'update', [['notes', null, 'a', null]]), entry(3, 'update', [['notes', 'a', 'b', at(2)]])], NOW);
    expect(conflicts(db)).toEqual([]);
    applyEntries(db, [entry(5, 'update', [['notes', 'b', 'c', at(3)]])], NOW);
    expect(conflicts(db).map((c) => [c.kind, c.kept_hlc, c.other_hlc, JSON.parse(c.other_value!)])).toEqual([['deleted', at(4), at(5), { notes: 'c' }]]);
  });

  it('a delete made after seeing every write of the record is no conflict', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(1), entry(2, 'update', [['notes', null, 'a', at(1)]]), entry(3, 'delete', [], at(2))], NOW);
    expect(host(db)).toBeUndefined();
    expect(conflicts(db)).toEqual([]);
  });

  it('a delete that did not see the last write, or saw none, keeps the record as a conflict', async () => {
    for (const base of [at(1), null]) {
      const pc = await device('事務所PC 1');
      const db = pc.ctx.db;
      applyEntries(db, [insertHost(1), entry(2, 'update', [['notes', null, 'a', at(1)]]), entry(3, 'delete', [], base)], NOW);
      expect(host(db)).toBeUndefined();
      const [c] = conflicts(db);
      expect([c?.kind, c?.kept_hlc, c?.other_hlc]).toEqual(['deleted', at(3), at(2)]);
      expect(JSON.parse(c!.snapshot!)).toMatchObject({ id: HOST, name_ja: '熊本市', notes: 'a' });
    }
  });

  it('a record deleted on two PCs while apart is gone, with no conflict', async () => {
    const pc = await device('事務所PC 1');
    const db = pc.ctx.db;
    applyEntries(db, [insertHost(1), entry(2, 'delete', [], at(1))], NOW);
    applyEntries(db, [entry(3, 'delete', [], at(1))], NOW);
    expect(host(db)).toBeUndefined();
    expect(conflicts(db)).toEqual([]);
  });
});
