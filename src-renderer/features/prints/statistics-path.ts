import type { Language } from '@shared/contract/settings';

/** What the statistics sheet prints: the three tables for a range of fiscal years (null: from the first / to the last held). */
export type StatisticsPrint = { fromYear: number | null; toYear: number | null; language: Language };

/** `#/print/statistics?from=2005&to=2025&lang=ja` (either end left out for all years). */
export function statisticsPrintPath(p: StatisticsPrint): string {
  const params = new URLSearchParams({ lang: p.language });
  if (p.fromYear !== null) params.set('from', String(p.fromYear));
  if (p.toYear !== null) params.set('to', String(p.toYear));
  return `/print/statistics?${params.toString()}`;
}

function yearParam(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Reads a statistics sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseStatisticsPrintPath(rest: string): StatisticsPrint | null {
  const [path = '', query = ''] = rest.split('?');
  if (path !== 'statistics') return null;
  const params = new URLSearchParams(query);
  return { fromYear: yearParam(params.get('from')), toYear: yearParam(params.get('to')), language: params.get('lang') === 'en' ? 'en' : 'ja' };
}
