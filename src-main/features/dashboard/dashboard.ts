import type { Archive } from '@shared/contract/dashboard';

/** Counts of items by a key, largest first, ties by key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The cells of the country × year table: how many trainees of each country in each fiscal year. */
export function countCells(trainees: ReadonlyArray<{ nationality: string; fiscalYear: number }>): Array<{ country: string; fiscalYear: number; count: number }> {
  const cells = new Map<string, { country: string; fiscalYear: number; count: number }>();
  for (const t of trainees) {
    const key = `${t.nationality}|${t.fiscalYear}`;
    const cell = cells.get(key) ?? { country: t.nationality, fiscalYear: t.fiscalYear, count: 0 };
    cell.count += 1;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

/** A country × year table with totals both ways, every year from the first to the last. */
export function archiveTable(rows: ReadonlyArray<{ country: string; fiscalYear: number; count: number }>): Archive {
  if (rows.length === 0) return { years: [], rows: [], totals: [], total: 0 };
  const first = Math.min(...rows.map((r) => r.fiscalYear));
  const last = Math.max(...rows.map((r) => r.fiscalYear));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byCountry = new Map<string, number[]>();
  for (const r of rows) {
    const counts = byCountry.get(r.country) ?? years.map(() => 0);
    counts[r.fiscalYear - first]! += r.count;
    byCountry.set(r.country, counts);
  }
  const table = [...byCountry.entries()]
    .map(([country, counts]) => ({ country, counts, total: counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.country.localeCompare(b.country));
  const totals = years.map((_, i) => table.reduce((sum, row) => sum + row.counts[i]!, 0));
  return { years, rows: table, totals, total: totals.reduce((a, b) => a + b, 0) };
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
