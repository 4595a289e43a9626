import type { Departure } from '@shared/contract/departures';
import type { ExportFile } from '@shared/contract/exports';
import { hostNameIn } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { japanDate } from '@shared/text/date-math';
import type { Column, Table } from '../../export/tables';
import { toXlsx } from '../../export/xlsx';
import { translate } from '../../i18n';
import type { Ctx } from '../context';
import { findYear } from '../years';
import { yearDepartures } from './departures.service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A year's departures as one sheet, as the tab lists them: a row per trainee (by the day they
 * leave) with training end, return flight, airport, host and its contact, then a column per
 * return task with its status (overdue said so).
 */
export async function exportDepartures(ctx: Ctx, input: { yearId: string; language: Language }): Promise<ExportFile> {
  const { language } = input;
  const data = yearDepartures(ctx, input.yearId);
  const year = findYear(ctx.db, input.yearId)!;
  const flight = (d: Departure) => d.returnFlight;
  const columns: Array<Column<Departure>> = [
    { header: 'departures.column.trainee', type: 'text', width: 28, value: (d) => (d.latinName !== d.name ? `${d.name} ${d.latinName}` : d.name) },
    { header: 'departures.column.endsOn', type: 'date', width: 14, value: (d) => d.endsOn },
    { header: 'departures.column.departs', type: 'datetime', width: 18, value: (d) => flight(d)?.departsLocal ?? null },
    { header: 'departures.column.flight', type: 'text', width: 12, value: (d) => flight(d)?.flightNumber ?? null },
    { header: 'departures.column.airport', type: 'text', width: 12, value: (d) => (d.airport ? d.airport.iata : null) },
    { header: 'departures.column.destination', type: 'text', width: 12, value: (d) => flight(d)?.to.iata ?? null },
    { header: 'departures.column.host', type: 'text', width: 20, value: (d) => hostNameIn(d, language) },
    { header: 'departures.column.hostContact', type: 'text', width: 26, value: (d) => [d.hostContactName, d.hostContactPhone].filter(Boolean).join(' ') || null },
    ...data.items.map(
      (item): Column<Departure> => ({
        header: language === 'en' ? item.nameEn : item.nameJa,
        type: 'text',
        width: 16,
        value: (d) => {
          const task = d.tasks.find((t) => t.itemId === item.id);
          if (!task) return null;
          const label = translate(language, `departures.status.${task.status}`);
          return task.isOverdue ? translate(language, 'departures.overdueTitle', { status: label }) : label;
        },
      }),
    ),
  ];
  const file = await toXlsx([{ sheet: 'departures.title', columns, rows: data.departures } as unknown as Table<never>], language);
  const stem = [translate(language, 'departures.title'), translate(language, 'year.label', { year: year.fiscalYear }), japanDate(ctx.now()).replace(/-/g, '')].join('_');
  return { fileName: `${stem}.xlsx`, mime: XLSX_MIME, dataBase64: file.toString('base64') };
}
