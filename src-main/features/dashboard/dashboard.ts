import type { Archive } from '@shared/contract/dashboard';
import { tabulate } from '../statistics';

/** Counts of items by a key, largest first, ties by key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * A country × year table with totals both ways, every year from the first to the last (empty years as 0),
 * countries by their total, largest first. The counting is the statistics' own table (tabulate).
 */
export function archiveTable(cells: ReadonlyArray<{ country: string; fiscalYear: number; count: number }>): Archive {
  if (cells.length === 0) return { years: [], rows: [], totals: [], total: 0 };
  const first = Math.min(...cells.map((c) => c.fiscalYear));
  const last = Math.max(...cells.map((c) => c.fiscalYear));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // Countries by name from the table, then (a stable sort) by total, so ties stay by name.
  const table = tabulate(cells, years, (c) => c.country, (a, b) => a.localeCompare(b), (c) => c.count);
  const rows = table.rows.map((r) => ({ country: r.key!, counts: r.counts, total: r.total })).sort((a, b) => b.total - a.total);
  return { years, rows, totals: table.totals, total: table.total };
}

/**
 * The year in progress: the oldest year not closed that still has trainees in the program
 * (selected, arrived, at JIAM or at the host); else the newest year not closed; else the newest.
 * So when a year is closed the dashboard moves on to the next one.
 */
export function pickCurrentYear(years: ReadonlyArray<{ id: string; fiscalYear: number; isClosed: boolean; isRunning: boolean }>): string | null {
  const byAge = [...years].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const open = byAge.filter((y) => !y.isClosed);
  return (open.find((y) => y.isRunning) ?? open.at(-1) ?? byAge.at(-1))?.id ?? null;
}
