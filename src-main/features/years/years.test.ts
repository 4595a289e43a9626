import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS } from '@shared/contract/years';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { defaultMilestones } from './years';
import { YEAR_CONTENTS } from './years.service';

describe('program years', () => {
  it('creates a fiscal year with every milestone at its usual date', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    expect(year.fiscalYear).toBe(2024);
    expect(year.milestones.map((m) => m.kind)).toEqual([...MILESTONE_KINDS]);
    const byKind = Object.fromEntries(year.milestones.map((m) => [m.kind, m]));
    expect(byKind.survey_open).toMatchObject({ startsOn: '2023-08-01', endsOn: null });
    expect(byKind.arrival).toMatchObject({ startsOn: '2024-05-20' });
    expect(byKind.jiam_training).toMatchObject({ startsOn: '2024-05-23', endsOn: '2024-06-21' });
    expect(byKind.return_home).toMatchObject({ startsOn: '2024-11-01', endsOn: '2025-05-31' });
  });

  it('ends host training on the last day of March, leap years included', () => {
    expect(defaultMilestones(2027).find((m) => m.kind === 'host_training')?.endsOn).toBe('2028-03-31');
  });

  it('refuses a second year with the same fiscal year and a year out of range', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2025 });
    expect(await call(backend, 'years:create', { fiscalYear: 2025 })).toEqual({
      ok: false,
      error: { code: 'year_exists', params: { fiscalYear: 2025 } },
    });
    const tooEarly = await call(backend, 'years:create', { fiscalYear: 1995 });
    expect(tooEarly.ok || tooEarly.error.params?.issues).toEqual([{ field: 'fiscalYear', rule: 'out_of_range' }]);
    const notNumber = await call(backend, 'years:create', { fiscalYear: 'abc' as unknown as number });
    expect(notNumber.ok || notNumber.error.params?.issues).toEqual([{ field: 'fiscalYear', rule: 'invalid_number' }]);
    expect(tableCount(backend, 'program_years')).toBe(1);
    expect(tableCount(backend, 'year_milestones')).toBe(11);
  });

  it('lists years newest first with their trainee counts', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2023 });
    await value(backend, 'years:create', { fiscalYear: 2025 });
    const list = await value(backend, 'years:list', {});
    expect(list.map((y) => [y.fiscalYear, y.traineeCount])).toEqual([
      [2025, 0],
      [2023, 0],
    ]);
  });

  it('edits a milestone and refuses an end before the start', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const arrival = year.milestones.find((m) => m.kind === 'arrival')!;
    const saved = await value(backend, 'years:update-milestone', { id: arrival.id, startsOn: '2024-05-21', endsOn: null });
    expect(saved).toMatchObject({ kind: 'arrival', startsOn: '2024-05-21' });
    const bad = await call(backend, 'years:update-milestone', { id: arrival.id, startsOn: '2024-05-21', endsOn: '2024-05-01' });
    expect(bad.ok || bad.error.params?.issues).toEqual([{ field: 'endsOn', rule: 'end_before_start' }]);
    const impossible = await call(backend, 'years:update-milestone', { id: arrival.id, startsOn: '2024-13-01', endsOn: null });
    expect(impossible.ok || impossible.error.params?.issues).toEqual([{ field: 'startsOn', rule: 'invalid_date' }]);
    const again = await value(backend, 'years:get', { id: year.id });
    expect(again.milestones.find((m) => m.kind === 'arrival')).toMatchObject({ startsOn: '2024-05-21', endsOn: null });
  });

  it('deletes an empty year but not one with trainees', async () => {
    const backend = memoryBackend();
    const empty = await value(backend, 'years:create', { fiscalYear: 2030 });
    // A year prepared but without trainees yet: a pickup group with staff, a schedule, a class.
    const staff = await value(backend, 'staff:create', { name: '加藤', organisation: 'clair' });
    const group = await value(backend, 'pickup-groups:create', { yearId: empty.id, name: '成田', airport: 'NRT', staffIds: [staff.id] });
    await value(backend, 'schedule:create', { yearId: empty.id, kind: 'orientation', startsAt: '2030-05-21T09:30', titleJa: 'オリエンテーション', audience: 'all' });
    await value(backend, 'classes:create', { yearId: empty.id, name: 'A', level: 'beginner' });
    expect(await call(backend, 'years:delete', { id: empty.id })).toEqual({ ok: true, value: { id: empty.id } });
    for (const table of ['year_milestones', 'pickup_groups', 'pickup_staff', 'schedule_events', 'jiam_classes']) expect(tableCount(backend, table), table).toBe(0);
    const logged = backend.ctx.db.prepare("SELECT table_name FROM change_log WHERE op = 'delete'").all() as Array<{ table_name: string }>;
    expect(logged.map((r) => r.table_name)).toEqual(expect.arrayContaining(['pickup_groups', 'pickup_staff', 'schedule_events', 'jiam_classes']));
    expect(tableCount(backend, 'staff')).toBe(1);
    expect(group.staff).toHaveLength(1);
    const { yearId } = await value(backend, 'sample:load', {});
    expect(await call(backend, 'years:delete', { id: yearId })).toEqual({
      ok: false,
      error: { code: 'year_has_trainees', params: { count: 11 } },
    });
    expect(await call(backend, 'years:get', { id: empty.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('deletes with a year every row the schema hangs on what it deletes', () => {
    // The year names its contents by table (it sits below the features that write them), so this
    // holds the list to the schema: a new table hanging on a pickup group or an event must be listed.
    const { db } = memoryBackend().ctx;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const cascadingTo = (parent: string) =>
      tables.flatMap((t) => (db.pragma(`foreign_key_list(${t})`) as Array<{ table: string; from: string; on_delete: string }>)
        .filter((fk) => fk.table === parent && fk.on_delete === 'CASCADE')
        .map((fk) => `${t}.${fk.from}`));
    for (const { table, children } of YEAR_CONTENTS) {
      expect(children.map((c) => `${c.table}.${c.column}`).sort(), table).toEqual(cascadingTo(table).sort());
    }
    const ofYear = tables.filter((t) => (db.pragma(`foreign_key_list(${t})`) as Array<{ table: string; from: string }>).some((fk) => fk.table === 'program_years' && fk.from === 'year_id'));
    // Trainees refuse the delete, this PC's record of an import only loses its year, milestones go in years.repo.
    const handled = ['trainees', 'imports', 'year_milestones', ...YEAR_CONTENTS.map((c) => c.table)];
    expect(ofYear.filter((t) => !handled.includes(t))).toEqual([]);
  });
});
