import { isRegion, type Statistics, type StatisticsTable } from '@shared/contract/statistics';
import type { CountedTrainee } from './statistics.repo';

/** The statuses of trainees who came to Japan; a withdrawn trainee counts only when they had come (`hadCome`). */
const CAME = new Set(['arrived', 'at_jiam', 'at_host', 'completed']);

/**
 * Whether a trainee is in 受入実績: CLAIR counts those who came. Someone who withdrew after arriving
 * came and is counted; someone who withdrew before, or who is still an applicant or selected, is not.
 */
export function isCounted(t: CountedTrainee): boolean {
  return CAME.has(t.status) || (t.status === 'withdrawn' && t.hadCome);
}

/**
 * A table of trainees per key × fiscal year, rows in the given key order (keys not in it after, null last).
 * Each item counts as one trainee, or as `weight(item)` for items that are already counts (the dashboard's cells);
 * every item's year must be in `years`.
 */
export function tabulate<T extends { fiscalYear: number }>(
  items: readonly T[],
  years: readonly number[],
  keyOf: (item: T) => string | null,
  order: (a: string, b: string) => number,
  weight: (item: T) => number = () => 1,
): StatisticsTable {
  const column = new Map(years.map((y, i) => [y, i]));
  const byKey = new Map<string | null, number[]>();
  for (const item of items) {
    const key = keyOf(item);
    let counts = byKey.get(key);
    if (!counts) byKey.set(key, (counts = years.map(() => 0)));
    counts[column.get(item.fiscalYear)!]! += weight(item);
  }
  const keys = [...byKey.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : order(a, b)));
  const rows = keys.map((key) => {
    const counts = byKey.get(key)!;
    return { key, nameJa: null, nameEn: null, counts, total: counts.reduce((s, n) => s + n, 0) };
  });
  const totals = years.map((_, i) => rows.reduce((s, r) => s + r.counts[i]!, 0));
  return { rows, totals, total: totals.reduce((s, n) => s + n, 0) };
}

/** 「42カ国と1地域から1,213人」: the countries and the regions trainees came from, and how many came. */
export function headline(counted: readonly CountedTrainee[]): Statistics['headline'] {
  const places = new Set(counted.map((t) => t.nationality).filter(Boolean));
  const regions = [...places].filter(isRegion).length;
  return { countries: places.size - regions, regions, trainees: counted.length };
}
