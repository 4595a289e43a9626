import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../test/backend';
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

  it('reads the archive from the records', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    const archive = await value(backend, 'dashboard:archive', {});
    expect(archive.years).toEqual([2024]);
    expect(archive.total).toBe(11);
    expect(archive.rows[0]).toEqual({ country: 'CN', counts: [5], total: 5 });
  });
});
