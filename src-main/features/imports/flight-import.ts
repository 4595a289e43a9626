import { FlightNumber, FLIGHT_KINDS, AirportCode } from '@shared/contract/arrivals';
import type { FlightImportField, ImportPreview } from '@shared/contract/imports';
import { latinName, nativeName } from '@shared/contract/names';
import { newId } from '../../db/ids';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { type FlightFields, insertFlight, listFlights, resolveFlight, updateFlight } from '../flights';
import { readSetting, writeSetting } from '../settings';
import { listFullTrainees } from '../trainees';
import { findYear } from '../years';
import { applyAsImport, summarize } from './imports.service';
import { headerMatcher } from './mapping';
import { matchKey } from '@shared/text/fold';
import { normalizeDocumentNumber } from '@shared/text/passport';
import { cellText, matchChoice, parseDate } from './normalize';
import type { Cell } from './read-file';
import { ImportJob } from './read-in-worker';
import { FLIGHT_IMPORT_FIELDS } from '@shared/contract/imports';

export interface FlightImportRequest {
  yearId: string;
  fileName: string;
  dataBase64: string;
  mapping: Array<FlightImportField | null> | null;
  /** Names the reading for `imports:progress` and `imports:cancel`. */
  jobId?: string | null;
}

/** How travel agents' and the office's own flight lists name their columns. */
const LABELS: Record<FlightImportField, string[]> = {
  passportNumber: ['旅券番号', 'パスポート番号', 'passport no', 'passport no.', 'passport number', 'passport'],
  traineeName: ['氏名', '名前', '研修員', '搭乗者', '氏名(ローマ字)', 'name', 'passenger', 'passenger name', 'trainee'],
  kind: ['種別', '区分', '往復', 'kind', 'type', 'leg'],
  flightNumber: ['便名', 'フライト', 'フライト番号', 'flight', 'flight no', 'flight no.', 'flight number'],
  fromAirport: ['出発空港', '出発地', 'from', 'origin', 'departure airport'],
  toAirport: ['到着空港', '到着地', 'to', 'destination', 'arrival airport'],
  departsLocal: ['出発日時', '出発', 'departure', 'departs'],
  departsDate: ['出発日', 'departure date'],
  departsTime: ['出発時刻', '出発時間', 'departure time'],
  arrivesLocal: ['到着日時', '到着', 'arrival', 'arrives'],
  arrivesDate: ['到着日', 'arrival date'],
  arrivesTime: ['到着時刻', '到着時間', 'arrival time'],
  terminal: ['ターミナル', 'terminal', 'arrival terminal'],
  bookingRef: ['予約番号', '予約記録', '予約記録番号', 'pnr', 'booking reference', 'booking ref'],
  notes: ['備考', 'メモ', 'notes', 'remarks'],
};
const headers = headerMatcher(FLIGHT_IMPORT_FIELDS, (f) => [...LABELS[f], f]);

const KIND_CHOICES = FLIGHT_KINDS.map((code) => ({ code, labels: [translate('ja', `flight.kind.${code}`), translate('en', `flight.kind.${code}`), code === 'arrival' ? '来日' : code === 'return' ? '帰国' : '国内'] }));

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A time of day from a cell: an Excel time, 9:10, 09:10 or 9時10分. */
function parseTime(cell: Cell): string | null | 'invalid' {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(11, 16);
  const m = /^(\d{1,2})\s*[:：時]\s*(\d{2})\s*分?$/.exec(String(cell).normalize('NFKC').trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return 'invalid';
  return `${two(Number(m[1]))}:${m[2]}`;
}

/** A date and time in one cell: an Excel date-time, or 2024/5/20 9:10 (a T or a space between). */
function parseDateTime(cell: Cell): string | null | 'invalid' {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(0, 16);
  const m = /^(.+?)[\sT]+(\d{1,2}\s*[:：時]\s*\d{2}\s*分?)$/.exec(String(cell).normalize('NFKC').trim());
  if (!m) return 'invalid';
  const date = parseDate(m[1]!);
  const time = parseTime(m[2]!);
  return date && date !== 'invalid' && time && time !== 'invalid' ? `${date}T${time}` : 'invalid';
}

/** The time of one end of a flight, from a date-time column or a date and a time column. */
function whenFrom(values: Partial<Record<FlightImportField, Cell>>, end: 'departs' | 'arrives'): string | null | 'invalid' {
  const whole = values[`${end}Local`];
  if (whole !== undefined && whole !== null && whole !== '') return parseDateTime(whole);
  const date = parseDate(values[`${end}Date`] ?? null);
  const time = parseTime(values[`${end}Time`] ?? null);
  if (date === null && time === null) return null;
  return date && date !== 'invalid' && time && time !== 'invalid' ? `${date}T${time}` : 'invalid';
}

interface ParsedFlight {
  row: number;
  name: string;
  traineeId: string | null;
  flight: (FlightFields & { departsUtc: string; arrivesUtc: string }) | null;
  existingId: string | null;
  unchanged: boolean;
  errors: Array<{ column: string; field: string; rule: string }>;
}

function mappingKey(headerRow: readonly string[]): string {
  return `flightImportMapping:${headerRow.map(matchKey).join('|')}`;
}

async function parseFlights(ctx: Ctx, request: FlightImportRequest) {
  if (!findYear(ctx.db, request.yearId)) throw new AppError('not_found', { entity: 'year' });
  const job = new ImportJob(request.fileName, request.jobId ?? null);
  const rows = await job.read(Buffer.from(request.dataBase64, 'base64'));
  const headerIndex = headers.findHeaderRow(rows);
  const headerRow = (rows[headerIndex] ?? []).map((c) => cellText(c) ?? '');
  const remembered = readSetting(ctx.db, mappingKey(headerRow));
  const mapping = request.mapping ?? (remembered ? (JSON.parse(remembered) as Array<FlightImportField | null>) : headers.guessMapping(headerRow));
  if (!mapping.includes('flightNumber') || !(mapping.includes('passportNumber') || mapping.includes('traineeName'))) throw new AppError('import_no_columns');

  const trainees = listFullTrainees(ctx.db, request.yearId);
  // Passport numbers as stored (half-width, upper case, no spaces); names without width, case,
  // spaces or accents, which agents' lists often drop.
  const byPassport = new Map(trainees.filter((t) => t.passportNumber).map((t) => [normalizeDocumentNumber(t.passportNumber!), t]));
  const byName = new Map<string, (typeof trainees)[number]>();
  for (const t of trainees) for (const n of [latinName(t), nativeName(t), `${t.givenNameLatin ?? ''} ${t.familyNameLatin ?? ''}`]) byName.set(matchKey(n), t);
  const existing = listFlights(ctx.db, { yearId: request.yearId });

  const parsed: ParsedFlight[] = await job.flatMap(rows.slice(headerIndex + 1), (cells, i) => {
    if (cells.every((c) => c === null || c === '')) return [];
    const row = headerIndex + i + 2;
    const values: Partial<Record<FlightImportField, Cell>> = {};
    mapping.forEach((field, col) => field && (values[field] = cells[col] ?? null));
    const errors: ParsedFlight['errors'] = [];
    const columnOf = (field: FlightImportField) => headerRow[mapping.indexOf(field)] ?? field;
    const fail = (field: FlightImportField, rule: string, reported = field) => errors.push({ column: columnOf(field), field: reported, rule });

    const passport = cellText(values.passportNumber ?? null);
    const typedName = cellText(values.traineeName ?? null);
    const trainee = (passport && byPassport.get(normalizeDocumentNumber(passport))) || (typedName && byName.get(matchKey(typedName))) || null;
    if (!trainee) fail(passport ? 'passportNumber' : 'traineeName', 'unknown_trainee');
    const kind = values.kind === undefined ? 'arrival' : (matchChoice(values.kind, KIND_CHOICES) ?? (cellText(values.kind) ? undefined : 'arrival'));
    if (kind === undefined) fail('kind', 'invalid_choice');
    const number = FlightNumber.safeParse(cellText(values.flightNumber ?? null) ?? '');
    if (!number.success) fail('flightNumber', number.error.issues[0]!.message);
    const from = AirportCode.safeParse(cellText(values.fromAirport ?? null) ?? '');
    if (!from.success) fail('fromAirport', from.error.issues[0]!.message);
    const to = AirportCode.safeParse(cellText(values.toAirport ?? null) ?? '');
    if (!to.success) fail('toAirport', to.error.issues[0]!.message);
    const departs = whenFrom(values, 'departs');
    const arrives = whenFrom(values, 'arrives');
    if (departs === null || departs === 'invalid') fail(values.departsLocal !== undefined ? 'departsLocal' : 'departsDate', departs === null ? 'required' : 'invalid_datetime', 'departsLocal');
    if (arrives === null || arrives === 'invalid') fail(values.arrivesLocal !== undefined ? 'arrivesLocal' : 'arrivesDate', arrives === null ? 'required' : 'invalid_datetime', 'arrivesLocal');

    let flight: ParsedFlight['flight'] = null;
    if (errors.length === 0) {
      const fields: FlightFields = {
        kind: kind as FlightFields['kind'],
        flightNumber: number.data!,
        fromAirport: from.data!,
        toAirport: to.data!,
        departsLocal: departs as string,
        arrivesLocal: arrives as string,
        terminal: cellText(values.terminal ?? null),
        bookingRef: cellText(values.bookingRef ?? null),
        notes: cellText(values.notes ?? null),
      };
      try {
        flight = { ...fields, ...resolveFlight(fields) };
      } catch (error) {
        const issues = error instanceof AppError ? (error.params?.issues ?? []) : [];
        for (const issue of issues) {
          // A time from separate date and time columns is reported at the date column.
          const field = issue.field as FlightImportField;
          const shown = mapping.includes(field) ? field : field === 'departsLocal' ? 'departsDate' : field === 'arrivesLocal' ? 'arrivesDate' : field;
          errors.push({ column: columnOf(shown), field: issue.field, rule: issue.rule });
        }
      }
    }
    // The same trainee, flight number and departure day: that flight is updated, not added again.
    const same = flight && trainee ? existing.find((f) => f.traineeId === trainee.id && f.flightNumber === flight.flightNumber && f.departsLocal.slice(0, 10) === flight.departsLocal.slice(0, 10)) : undefined;
    const unchanged =
      !!same && !!flight && (['kind', 'fromAirport', 'toAirport', 'departsLocal', 'arrivesLocal', 'terminal', 'bookingRef', 'notes'] as const).every((k) => {
        const now = k === 'fromAirport' ? same.from.iata : k === 'toAirport' ? same.to.iata : same[k];
        return now === flight[k];
      });
    const who = trainee ? latinName(trainee) : (typedName ?? passport ?? '');
    return [{ row, name: `${who} ${number.success ? number.data : ''}`.trim(), traineeId: trainee?.id ?? null, flight, existingId: same?.id ?? null, unchanged, errors }];
  });
  return { headerRow, mapping, parsed };
}

function kindOf(p: ParsedFlight): ImportPreview['rows'][number]['kind'] {
  if (p.errors.length > 0) return 'error';
  if (!p.existingId) return 'new';
  return p.unchanged ? 'unchanged' : 'update';
}

/** A dry run of a flight list: each row new, update, unchanged, or an error with its column. */
export async function previewFlightImport(ctx: Ctx, request: FlightImportRequest): Promise<ImportPreview> {
  const { headerRow, mapping, parsed } = await parseFlights(ctx, request);
  return summarize(headerRow, mapping, parsed.map((p) => ({ row: p.row, kind: kindOf(p), name: p.name, errors: p.errors })));
}

/** Applies every valid row in one transaction, recorded so the whole list can be undone. */
export async function applyFlightImport(ctx: Ctx, request: FlightImportRequest): Promise<{ importId: string; created: number; updated: number }> {
  const { headerRow, mapping, parsed } = await parseFlights(ctx, request);
  const remember = request.mapping ? () => writeSetting(ctx.db, mappingKey(headerRow), JSON.stringify(mapping), ctx.now()) : null;
  return applyAsImport(ctx, { kind: 'flights', fileName: request.fileName, yearId: request.yearId, remember }, () => {
    let created = 0;
    let updated = 0;
    for (const p of parsed) {
      const kind = kindOf(p);
      if (kind === 'new') {
        insertFlight(ctx, newId(), p.traineeId!, p.flight!);
        created++;
      } else if (kind === 'update') {
        updateFlight(ctx, p.existingId!, p.flight!);
        updated++;
      }
    }
    return { created, updated };
  });
}
