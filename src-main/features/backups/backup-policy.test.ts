import { describe, expect, it } from 'vitest';
import { backupsToKeep } from './backup-policy';

function every(hours: number, count: number, from = Date.UTC(2026, 10, 26, 12)) {
  return Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(from - i * hours * 3_600_000);
    return { file: createdAt.toISOString(), createdAt };
  });
}

describe('backup rotation', () => {
  it('keeps the newest of each of the last 24 hours', () => {
    const backups = every(0.5, 60); // every half hour for 30 hours, from 12:00 back
    const kept = backupsToKeep(backups);
    expect(kept.size).toBe(24);
    expect(kept.has(backups[0]!.file)).toBe(true); // 12:00
    expect(kept.has(backups[1]!.file)).toBe(true); // 11:30, the newest of 11 o'clock
    expect(kept.has(backups[2]!.file)).toBe(false); // 11:00, older in the same hour
    expect(kept.has(backups[59]!.file)).toBe(false); // 30 hours ago
  });

  it('keeps one a day for 14 days and one a month for 12 months, no more', () => {
    const backups = every(24, 500); // daily for 500 days back from 26 November 2026
    const kept = [...backupsToKeep(backups)].map((f) => f.slice(0, 10)).sort();
    // 24 newest days (hourly buckets, which also cover the 14 daily ones), then the last day of 11 earlier months.
    expect(kept).toHaveLength(35);
    expect(kept.slice(0, 11)).toEqual([
      '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31',
      '2026-09-30', '2026-10-31',
    ]);
    expect(kept[11]).toBe('2026-11-03');
    expect(kept.at(-1)).toBe('2026-11-26');
  });

  it('keeps everything while there is little', () => {
    expect(backupsToKeep(every(1, 5)).size).toBe(5);
  });
});
