import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../test/backend';
import type { TraineeStatus } from '@shared/contract/trainees';
import { archiveTable } from './dashboard';

describe('dashboard', () => {
  it('counts the sample year by status, country and field, with its warnings and next milestones', async () => {
    const backend = memoryBackend(() => new Date('2024-05-01T00:00:00Z'));
    const { yearId } = await value(backend, 'sample:load', {});
    const d = await value(backend, 'dashboard:year', { yearId });
    expect(d.total).toBe(11);
    expect(d.byStatus).toEqual([{ key: 'selected', count: 10 }, { key: 'at_host', count: 1 }]);
    expect(d.byCountry).toEqual([
      { key: 'CN', count: 5 },
      { key: 'KR', count: 2 },
      { key: 'NP', count: 2 },
      { key: 'MY', count: 1 },
      { key: 'PE', count: 1 },
    ]);
    expect(d.byField[0]).toMatchObject({ nameJa: '一般行政', count: 4 });
    expect(d.nextMilestones.map((m) => m.kind)).toEqual(['arrival', 'tokyo_orientation', 'jiam_training']);
    expect(d.warnings).toEqual([
      { warning: 'passport_expires', count: 1 },
      { warning: 'no_emergency_contact', count: 9 },
      { warning: 'no_photo', count: 11 },
      { warning: 'no_consent', count: 0 },
    ]);
  });

  it('builds a country × year table with every year in between and totals', () => {
    const table = archiveTable([
      { country: 'CN', fiscalYear: 2022, count: 3 },
      { country: 'KR', fiscalYear: 2024, count: 2 },
      { country: 'CN', fiscalYear: 2024, count: 5 },
    ]);
    expect(table.years).toEqual([2022, 2023, 2024]);
    expect(table.rows).toEqual([
      { country: 'CN', counts: [3, 0, 5], total: 8 },
      { country: 'KR', counts: [0, 0, 2], total: 2 },
    ]);
    expect(table.totals).toEqual([3, 0, 7]);
    expect(table.total).toBe(10);
    expect(archiveTable([])).toEqual({ years: [], rows: [], totals: [], total: 0 });
  });

  it('reads the archive from the records: of the sample year only the trainee who came (at the host), not the ten selected', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    const archive = await value(backend, 'dashboard:archive', {});
    expect(archive.years).toEqual([2024]);
    expect(archive.total).toBe(1);
    expect(archive.rows).toEqual([{ country: 'PE', counts: [1], total: 1 }]);
  });

  it('counts by the statistics\' rule: a withdrawal before coming and an applicant never selected are not in the table, and it agrees with statistics:summary', async () => {
    const b = memoryBackend();
    const y2022 = await value(b, 'years:create', { fiscalYear: 2022 });
    const y2024 = await value(b, 'years:create', { fiscalYear: 2024 });
    const usa = await value(b, 'hosts:create', { code: '442119' }); // 大分県宇佐市
    const trainee = (yearId: string, nationality: string, status: TraineeStatus, extra: Record<string, unknown> = {}) =>
      value(b, 'trainees:create', {
        yearId, familyNameLatin: `T${nationality}${status}`, givenNameLatin: 'A', nameLang: 'en', nameOrder: 'given_first', nationality, status, ...extra,
      });
    await trainee(y2022.id, 'KR', 'completed');
    await trainee(y2022.id, 'TW', 'completed');
    const kr = await trainee(y2024.id, 'KR', 'at_host');
    // Withdrew in July after starting at the host in June: came, so counted.
    const np = await trainee(y2024.id, 'NP', 'withdrawn', { statusChangedOn: '2024-07-10', withdrawnReason: '家庭の事情' });
    // Withdrew in March, before the year's arrival (May) and before any host: never came.
    await trainee(y2024.id, 'VN', 'withdrawn', { statusChangedOn: '2024-03-01', withdrawnReason: '辞退' });
    // Applied and never selected; selected and not come yet.
    await trainee(y2024.id, 'PE', 'applicant');
    await trainee(y2024.id, 'KR', 'selected');
    for (const t of [kr, np]) await value(b, 'assignments:create', { yearId: y2024.id, traineeId: t.id, hostId: usa.id, startsOn: '2024-06-20', endsOn: '2025-03-10' });

    const archive = await value(b, 'dashboard:archive', {});
    expect(archive.years).toEqual([2022, 2023, 2024]);
    expect(archive.rows).toEqual([
      { country: 'KR', counts: [1, 0, 1], total: 2 },
      { country: 'NP', counts: [0, 0, 1], total: 1 },
      { country: 'TW', counts: [1, 0, 0], total: 1 },
    ]);
    expect(archive.rows.map((r) => r.country)).not.toContain('VN');
    expect(archive.rows.map((r) => r.country)).not.toContain('PE');
    expect(archive.totals).toEqual([2, 0, 2]);
    expect(archive.total).toBe(4);

    // The same counts as the statistics page, cell by cell (the dashboard also shows the empty 2023).
    const stats = await value(b, 'statistics:summary', { fromYear: null, toYear: null });
    expect(stats.years).toEqual([2022, 2024]);
    const cells = (rows: ReadonlyArray<{ key: string | null; counts: number[] }>, years: readonly number[]) =>
      Object.fromEntries(rows.flatMap((r) => r.counts.map((n, i) => [`${r.key}|${years[i]}`, n] as const).filter(([, n]) => n > 0)));
    expect(cells(archive.rows.map((r) => ({ key: r.country, counts: r.counts })), archive.years)).toEqual(cells(stats.byCountry.rows, stats.years));
    expect(archive.total).toBe(stats.byCountry.total);
    expect(archive.total).toBe(stats.headline.trainees);
  });
});
