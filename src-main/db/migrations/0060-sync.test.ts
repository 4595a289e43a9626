import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { listHistory } from '../../features/trainees';
import { migrate } from '../migrate';
import type { LoggedChange } from '../log-values';
import { migrations } from './index';

const T = '2024-04-01T00:00:00.000Z';
const hlc = (ms: number) => `${String(ms).padStart(15, '0')}-0000-dev-1`;

describe('0060-sync', () => {
  it('turns a field-by-field change log into one entry per write, with the write each update overwrote and the photo it holds', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version < 60));
    db.prepare("INSERT INTO program_years VALUES ('y', 2024, ?, ?)").run(T, T);
    db.prepare(
      `INSERT INTO trainees (id, year_id, given_name_latin, name_lang, name_order, nationality, status, status_changed_on, created_at, updated_at)
       VALUES ('t', 'y', 'Minji', 'ko', 'family_first', 'KR', 'selected', '2024-04-01', ?, ?)`,
    ).run(T, T);
    const photo = Buffer.from([1, 2, 3, 4]);
    db.prepare("INSERT INTO trainee_photos VALUES ('t', 'image/jpeg', ?, ?, ?, ?)").run(photo, Buffer.from([9]), T, T);
    const old = db.prepare(
      'INSERT INTO change_log (id, hlc, device_id, author, table_name, row_id, op, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    old.run('1', hlc(1), 'dev', '佐藤', 'trainees', 't', 'insert', 'given_name_latin', null, 'Minj');
    old.run('2', hlc(1), 'dev', '佐藤', 'trainees', 't', 'insert', 'status', null, 'selected');
    old.run('3', hlc(2), 'dev', '鈴木', 'trainees', 't', 'update', 'given_name_latin', 'Minj', 'Minji');
    old.run('4', hlc(3), 'dev', null, 'trainee_photos', 't', 'insert', 'photo', null, '(4 bytes)');
    old.run('5', hlc(3), 'dev', null, 'trainee_photos', 't', 'insert', 'thumb', null, '(1 bytes)');
    old.run('6', hlc(4), 'dev', null, 'pickup_groups', 'g', 'delete', null, null, null);

    migrate(db, migrations);
    const entries = db.prepare('SELECT hlc, author, op, changes, base FROM change_log ORDER BY hlc').all() as Array<{ hlc: string; author: string; op: string; changes: string; base: string | null }>;
    expect(entries.map((e) => [e.hlc, e.op, JSON.parse(e.changes) as LoggedChange[], e.base])).toEqual([
      [hlc(1), 'insert', [['given_name_latin', null, 'Minj'], ['status', null, 'selected']], null],
      [hlc(2), 'update', [['given_name_latin', 'Minj', 'Minji', hlc(1)]], null],
      [hlc(3), 'insert', [['photo', null, { bytes: 4, b64: photo.toString('base64') }], ['thumb', null, { bytes: 1, b64: 'CQ==' }]], null],
      [hlc(4), 'delete', [], null],
    ]);
    expect(listHistory(db, 't').map((h) => [h.author, h.field, h.oldValue, h.newValue])).toEqual([
      [null, 'thumb', null, '(1 bytes)'],
      [null, 'photo', null, '(4 bytes)'],
      ['鈴木', 'givenNameLatin', 'Minj', 'Minji'],
      ['佐藤', 'status', null, 'selected'],
      ['佐藤', 'givenNameLatin', null, 'Minj'],
    ]);
  });
});
