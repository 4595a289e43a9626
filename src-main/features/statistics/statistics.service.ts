import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ExportFile } from '@shared/contract/exports';
import type { Language } from '@shared/contract/settings';
import type { Statistics, StatisticsInput, StatisticsRow, StatisticsTable } from '@shared/contract/statistics';
import { countryName, compareCountries } from '@shared/text/countries';
import { japanDate } from '@shared/text/date-math';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from '@shared/contract/years';
import municipalities from '../../../resources/reference/municipalities.json';
import type { Column, Table } from '../../export/tables';
import { toXlsx } from '../../export/xlsx';
import { translate } from '../../i18n';
import type { Ctx } from '../context';
import { listTrainingFields } from '../masters';
import { headline, isCounted, tabulate } from './statistics';
import { listCountedTrainees, type CountedTrainee } from './statistics.repo';

/** Prefectures in their official order (北海道 … 沖縄県, JIS X 0401), as every Japanese statistic lists them. */
const PREFECTURE_ORDER = new Map(
  (municipalities as Array<{ kind: string; prefectureJa: string }>).filter((m) => m.kind === 'prefecture').map((m, i) => [m.prefectureJa, i]),
);
function comparePrefectures(a: string, b: string): number {
  return (PREFECTURE_ORDER.get(a) ?? 99) - (PREFECTURE_ORDER.get(b) ?? 99) || a.localeCompare(b, 'ja');
}

/**
 * The trainees 受入実績 counts in the fiscal years from … to (all years when left out), and how many
 * others of those years it leaves out (isCounted: withdrew before coming, applicants, selected not come yet).
 */
export function countedTrainees(db: Database, fromYear = FIRST_FISCAL_YEAR, toYear = LAST_FISCAL_YEAR): { counted: CountedTrainee[]; notCounted: number } {
  const all = listCountedTrainees(db, fromYear, toYear);
  const counted = all.filter(isCounted);
  return { counted, notCounted: all.length - counted.length };
}

/**
 * The statistics as CLAIR publishes them (受入実績): trainees who came, by country × fiscal year,
 * by the prefecture of their host × year and by field. Countries come in Japanese order; the
 * screen and the workbook re-order them for their language.
 */
export function statistics(ctx: Ctx, input: StatisticsInput): Statistics {
  const { counted, notCounted } = countedTrainees(ctx.db, input.fromYear ?? undefined, input.toYear ?? undefined);
  const years = [...new Set(counted.map((t) => t.fiscalYear))].sort((a, b) => a - b);
  const fields = listTrainingFields(ctx.db);
  const fieldPosition = new Map(fields.map((f, i) => [f.id, i]));
  const byField = tabulate(counted, years, (t) => t.trainingFieldId, (a, b) => (fieldPosition.get(a) ?? 99) - (fieldPosition.get(b) ?? 99));
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  byField.rows = byField.rows.map((r) => ({ ...r, nameJa: r.key ? (fieldById.get(r.key)?.nameJa ?? null) : null, nameEn: r.key ? (fieldById.get(r.key)?.nameEn ?? null) : null }));
  return {
    years,
    headline: headline(counted),
    withdrawnCounted: counted.filter((t) => t.status === 'withdrawn').length,
    notCounted,
    byCountry: tabulate(counted, years, (t) => t.nationality || null, compareCountries('ja')),
    byPrefecture: tabulate(counted, years, (t) => t.prefecture, comparePrefectures),
    byField,
  };
}

type Line = StatisticsRow | { key: 'total'; counts: number[]; total: number };

/** One sheet of the workbook: a row per key, a column per year, the totals last (row and column). */
function sheet(name: string, keyHeader: string, table: StatisticsTable, years: readonly number[], label: (r: StatisticsRow, language: Language) => string): Table<Line> {
  const columns: Array<Column<Line>> = [
    { header: keyHeader, type: 'text', width: 26, value: (r, language) => (r.key === 'total' ? translate(language, 'statistics.total') : label(r as StatisticsRow, language)) },
    ...years.map((year, i): Column<Line> => ({ header: String(year), type: 'number', width: 7, value: (r) => r.counts[i] ?? 0 })),
    { header: 'statistics.total', type: 'number', width: 9, value: (r) => r.total },
  ];
  return { sheet: name, columns, rows: [...table.rows, { key: 'total', counts: table.totals, total: table.total }] };
}

/** The three tables as a workbook, for the office's own reports. */
export async function exportStatistics(ctx: Ctx, input: { fromYear: number | null; toYear: number | null; language: Language }): Promise<ExportFile> {
  const { language } = input;
  const stats = statistics(ctx, input);
  const byCountry = { ...stats.byCountry, rows: [...stats.byCountry.rows].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : compareCountries(language)(a.key, b.key))) };
  const notRecorded = translate(language, 'statistics.notRecorded');
  const tables = [
    sheet('statistics.byCountry', 'statistics.country', byCountry, stats.years, (r, l) => (r.key ? countryName(r.key, l) : notRecorded)),
    sheet('statistics.byPrefecture', 'statistics.prefecture', stats.byPrefecture, stats.years, (r) => r.key ?? notRecorded),
    sheet('statistics.byField', 'statistics.field', stats.byField, stats.years, (r, l) => (r.key ? ((l === 'en' ? r.nameEn : r.nameJa) ?? r.key) : notRecorded)),
  ];
  const data = await toXlsx(tables as unknown as Array<Table<never>>, language);
  const range = stats.years.length > 0 ? `${stats.years[0]}-${stats.years.at(-1)}` : '';
  const stem = [translate(language, 'statistics.title'), range, japanDate(ctx.now()).replace(/-/g, '')].filter(Boolean).join('_');
  return { fileName: `${stem}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: data.toString('base64') };
}
