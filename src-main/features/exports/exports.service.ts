import type { ExportFile, ListExportFile } from '@shared/contract/exports';
import type { Language, TraineeColumn } from '@shared/contract/settings';
import { TRAINEE_COLUMNS } from '@shared/contract/settings';
import { toCsv } from '../../export/csv';
import {
  assignmentColumns,
  flightColumns,
  hostColumns,
  pickupColumns,
  roomingColumns,
  scheduleColumns,
  surveyColumns,
  traineeRecordColumns,
  traineeScreenColumns,
  personName,
  type FlightRow,
  type PickupRow,
  type Table,
} from '../../export/tables';
import { toXlsx } from '../../export/xlsx';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import { listAssignments } from '../assignments';
import type { Ctx } from '../context';
import { japanDate } from '@shared/text/date-math';
import { listHosts } from '../hosts';
import { listAnswers } from '../survey';
import { listFullTrainees, listTrainees } from '../trainees';
import { findYear } from '../years';
import { identifiersIn, isIdentifier, maskIdentifiers, recordExport } from '../privacy';
import { fieldsOfClass, type ClassedTraineeField } from '@shared/contract/field-classes';
import { listFlights } from '../flights';
import { board, listGroups } from '../pickup';
import { listEvents } from '../schedule';
import { listStays } from '../stays';
import { hostLabel, hostNameIn, inLanguage, latinName, nativeName } from '@shared/contract/names';
import type { Assignment, Host, SurveyAnswer } from '@shared/contract/hosts';
import type { TraineeSummary } from '@shared/contract/trainees';
import type { ScheduleEvent } from '@shared/contract/schedule';
import type { Stay } from '@shared/contract/stays';
import type { EXPORT_LISTS } from '@shared/contract/exports';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportListInput {
  list: (typeof EXPORT_LISTS)[number];
  yearId: string | null;
  language: Language;
  format: 'xlsx' | 'csv';
  encoding: 'utf8bom' | 'cp932';
  columns: TraineeColumn[] | null;
  includeIdentifiers: boolean;
}

function fiscalYearOf(ctx: Ctx, yearId: string | null): number | null {
  if (!yearId) return null;
  const year = findYear(ctx.db, yearId);
  if (!year) throw new AppError('not_found', { entity: 'year' });
  return year.fiscalYear;
}

const NO_FILTER = { country: null, status: null, trainingFieldId: null, hostId: null, query: null };

/** Rows of a trainee's flights with the names they belong to. */
function flightRows(ctx: Ctx, yearId: string) {
  const flights = listFlights(ctx.db, { yearId });
  if (flights.length === 0) return [];
  const people = new Map(listTrainees(ctx.db, { ...NO_FILTER, yearId }).map((t) => [t.id, t]));
  return flights.flatMap((flight) => {
    const t = people.get(flight.traineeId);
    return t ? [{ flight, traineeName: nativeName(t), latinName: latinName(t) }] : [];
  });
}

/** The trainee list's columns: those on screen, or every one but the photo. */
function traineeColumnsOf(input: Pick<ExportListInput, 'columns'>): TraineeColumn[] {
  return input.columns ?? TRAINEE_COLUMNS.filter((c) => c !== 'photo');
}

const YEAR_BOUND = new Set<ExportListInput['list']>(['survey', 'assignments', 'flights', 'pickup', 'rooming', 'schedule']);

function table(ctx: Ctx, input: Pick<ExportListInput, 'list' | 'yearId' | 'columns'> & { includeIdentifiers?: boolean }): Table<never> {
  const yearId = input.yearId ?? undefined;
  if (YEAR_BOUND.has(input.list) && !yearId) throw new AppError('validation', { issues: [{ field: 'yearId', rule: 'required' }] });
  const year = yearId!;
  switch (input.list) {
    case 'trainees':
      return {
        sheet: 'nav.trainees',
        columns: traineeScreenColumns(traineeColumnsOf(input)),
        rows: listTrainees(ctx.db, { ...NO_FILTER, yearId: input.yearId }).map((t) => maskIdentifiers(t, input.includeIdentifiers)),
        rowName: (t: TraineeSummary) => personName(nativeName(t), latinName(t)),
      } as unknown as Table<never>;
    case 'hosts':
      return { sheet: 'nav.hosts', columns: hostColumns, rows: listHosts(ctx.db), rowName: (h: Host, l: Language) => hostLabel(h, l) } as unknown as Table<never>;
    case 'survey':
      return { sheet: 'host.surveyTab', columns: surveyColumns, rows: listAnswers(ctx.db, { yearId: year }), rowName: (a: SurveyAnswer, l: Language) => hostNameIn(a, l) ?? '' } as unknown as Table<never>;
    case 'assignments':
      return { sheet: 'nav.assignments', columns: assignmentColumns, rows: listAssignments(ctx.db, { yearId: year }), rowName: (a: Assignment) => a.traineeName } as unknown as Table<never>;
    case 'flights':
      return { sheet: 'arrivals.tab.flights', columns: flightColumns, rows: flightRows(ctx, year), rowName: (r: FlightRow) => personName(r.traineeName, r.latinName) } as unknown as Table<never>;
    case 'pickup': {
      // No group and no flight: nobody to list, and no need to work out the whole year's arrivals.
      if (listGroups(ctx.db, year).length === 0 && listFlights(ctx.db, { yearId: year }).length === 0) {
        if (!findYear(ctx.db, year)) throw new AppError('not_found', { entity: 'year' });
        return { sheet: 'arrivals.tab.groups', columns: pickupColumns, rows: [] } as unknown as Table<never>;
      }
      const b = board(ctx, year);
      // Everyone in a group, then those with an arrival flight still waiting for one (no flight yet: not an arrival to organise).
      const waiting = b.unplaced.filter((member) => member.flight);
      const rows = [...b.groups.flatMap((group) => group.members.map((member) => ({ group, member }))), ...waiting.map((member) => ({ group: null, member }))];
      return { sheet: 'arrivals.tab.groups', columns: pickupColumns, rows, rowName: (r: PickupRow) => personName(r.member.name, r.member.latinName) } as unknown as Table<never>;
    }
    case 'rooming':
      return { sheet: 'stay.tab.rooming', columns: roomingColumns, rows: listStays(ctx.db, { yearId: year }), rowName: (st: Stay) => personName(st.traineeName, st.latinName) } as unknown as Table<never>;
    case 'schedule':
      return { sheet: 'event.tab.schedule', columns: scheduleColumns, rows: listEvents(ctx.db, year), rowName: (e: ScheduleEvent, l: Language) => inLanguage(e.titleJa, e.titleEn, l) } as unknown as Table<never>;
  }
}

function fileName(ctx: Ctx, stem: string, fiscalYear: number | null, language: Language, extension: string): string {
  const parts = [stem, fiscalYear ? translate(language, 'year.label', { year: fiscalYear }) : null, japanDate(ctx.now()).replace(/-/g, '')];
  return `${parts.filter(Boolean).join('_')}.${extension}`;
}

/**
 * One list, as on screen, to .xlsx or to CSV; a Shift_JIS CSV says which cells it could not hold.
 * A trainee list with the passport number column has it masked unless the person chose to include
 * the numbers; a file that includes them is recorded.
 */
export async function exportList(ctx: Ctx, input: ExportListInput): Promise<ListExportFile> {
  const fiscalYear = fiscalYearOf(ctx, input.yearId);
  const t = table(ctx, input);
  const stem = translate(input.language, t.sheet);
  const file = (name: string, mime: string, data: Buffer, lossy: ListExportFile['lossy']): ListExportFile => {
    const identifiers = input.list === 'trainees' && input.includeIdentifiers ? traineeColumnsOf(input).filter(isIdentifier) : [];
    if (identifiers.length > 0) {
      const people = identifiersIn(t.rows).people;
      recordExport(ctx, { list: 'trainees', fiscalYear, columns: identifiers as ClassedTraineeField[], fileName: name, people });
    }
    return { fileName: name, mime, dataBase64: data.toString('base64'), lossy };
  };
  if (input.format === 'csv') {
    const csv = toCsv(t, input.language, input.encoding);
    return file(fileName(ctx, stem, fiscalYear, input.language, 'csv'), 'text/csv', csv.data, csv.lossy);
  }
  const data = await toXlsx([t], input.language);
  return file(fileName(ctx, stem, fiscalYear, input.language, 'xlsx'), XLSX, data, []);
}

/**
 * A whole year in one workbook: every trainee field, hosts, survey answers, assignments, flights,
 * pickup, rooming and schedule. Passport and residence card numbers are masked (TK12•••78) unless
 * the person chose to include them; a workbook that includes them is recorded.
 */
export async function exportYear(ctx: Ctx, input: { yearId: string; language: Language; includeIdentifiers: boolean }): Promise<ExportFile> {
  const fiscalYear = fiscalYearOf(ctx, input.yearId);
  const full = listFullTrainees(ctx.db, input.yearId);
  const trainees = input.includeIdentifiers ? full : full.map((t) => maskIdentifiers(t));
  const tables = [
    { sheet: 'nav.trainees', columns: traineeRecordColumns(), rows: trainees },
    table(ctx, { list: 'hosts', yearId: input.yearId, columns: null }),
    table(ctx, { list: 'survey', yearId: input.yearId, columns: null }),
    table(ctx, { list: 'assignments', yearId: input.yearId, columns: null }),
    ...(['flights', 'pickup', 'rooming', 'schedule'] as const).map((list) => table(ctx, { list, yearId: input.yearId, columns: null })),
  ] as unknown as Array<Table<never>>;
  const data = await toXlsx(tables, input.language);
  const name = fileName(ctx, 'LGOTP', fiscalYear, input.language, 'xlsx');
  if (input.includeIdentifiers) recordExport(ctx, { list: 'year', fiscalYear, columns: fieldsOfClass('identifier'), fileName: name, people: identifiersIn(full).people });
  return { fileName: name, mime: XLSX, dataBase64: data.toString('base64') };
}
