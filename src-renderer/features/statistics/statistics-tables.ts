import type { Language } from '@shared/contract/settings';
import type { Statistics, StatisticsTable } from '@shared/contract/statistics';
import { compareCountries, countryName } from '../countries';

export interface LabelledTable {
  id: 'byCountry' | 'byPrefecture' | 'byField';
  /** Translation keys of the table's title and of its first column. */
  title: string;
  keyHeader: string;
  rows: Array<{ key: string; label: string; counts: number[]; total: number }>;
  totals: number[];
  total: number;
}

/**
 * The three tables as the screen and the sheet show them: countries by their names in the
 * language (五十音順 in Japanese), prefectures in the official order, fields in the list's order,
 * "not recorded" last.
 */
export function labelledTables(stats: Statistics, language: Language, notRecorded: string): LabelledTable[] {
  const compare = compareCountries(language);
  const label = (table: StatisticsTable, of: (key: string, r: StatisticsTable['rows'][number]) => string) =>
    table.rows.map((r) => ({ key: r.key ?? '', label: r.key === null ? notRecorded : of(r.key, r), counts: r.counts, total: r.total }));
  const countries = [...stats.byCountry.rows].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : compare(a.key, b.key)));
  return [
    { id: 'byCountry', title: 'statistics.byCountry', keyHeader: 'statistics.country', ...stats.byCountry, rows: label({ ...stats.byCountry, rows: countries }, (k) => countryName(k, language)) },
    { id: 'byPrefecture', title: 'statistics.byPrefecture', keyHeader: 'statistics.prefecture', ...stats.byPrefecture, rows: label(stats.byPrefecture, (k) => k) },
    { id: 'byField', title: 'statistics.byField', keyHeader: 'statistics.field', ...stats.byField, rows: label(stats.byField, (k, r) => (language === 'en' ? r.nameEn : r.nameJa) ?? k) },
  ];
}

/** 「42カ国と1地域から1,213人」 in the language, from the counted records. */
export function headlineText(t: (key: string, options?: Record<string, unknown>) => string, stats: Statistics, language: Language): string {
  const { countries, regions, trainees } = stats.headline;
  const values = {
    countries: t('statistics.countries', { count: countries }),
    regions: t('statistics.regions', { count: regions }),
    trainees: trainees.toLocaleString(language === 'ja' ? 'ja-JP' : 'en-US'),
  };
  return t(regions > 0 ? 'statistics.headline' : 'statistics.headlineNoRegion', values);
}
