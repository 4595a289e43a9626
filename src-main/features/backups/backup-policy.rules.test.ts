import { describe, expect, it } from 'vitest';
import { backupsToKeep, POLICY } from './backup-policy';

const at = (iso: string) => ({ file: iso, createdAt: new Date(iso) });

describe('which backups are kept', () => {
  it('keeps 24 hourly, 14 daily and 12 monthly', () => {
    expect(POLICY).toEqual({ hourly: 24, daily: 14, monthly: 12 });
  });

  it('keeps the newest of a bucket whatever order the list comes in', () => {
    const backups = [at('2026-11-26T10:05:00Z'), at('2026-11-26T10:55:00Z'), at('2026-11-26T10:30:00Z')];
    expect([...backupsToKeep(backups)]).toEqual(['2026-11-26T10:55:00Z']);
    expect([...backupsToKeep([...backups].reverse())]).toEqual(['2026-11-26T10:55:00Z']);
  });

  it('keeps the newest of each day once the hours are used up, and of each month once the days are', () => {
    // Two a day, at 01:00 and 13:00, for 40 days back from 26 November 2026.
    const backups = Array.from({ length: 80 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 10, 26, 13) - i * 12 * 3_600_000);
      return { file: d.toISOString(), createdAt: d };
    });
    const kept = [...backupsToKeep(backups)].sort();
    // Hourly: the 24 newest (26 back to 15 November, both times). Daily: the 13:00 of the 14 newest days,
    // adding 14 and 13 November. Monthly: November (kept already) and October's newest, 31 October 13:00.
    expect(kept).toHaveLength(27);
    expect(kept.slice(0, 4)).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-13T13:00:00.000Z', '2026-11-14T13:00:00.000Z', '2026-11-15T01:00:00.000Z']);
    expect(kept.at(-1)).toBe('2026-11-26T13:00:00.000Z');
  });
});
