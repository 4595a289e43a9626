import type { Language, TraineeColumn } from '@shared/contract/settings';
import { hostNameIn, inLanguage, latinName, nativeName, sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
import type { Assignment, Host, SurveyAnswer } from '@shared/contract/hosts';
import type { Trainee, TraineeRow, TraineeSummary } from '@shared/contract/trainees';
import type { ArrivingTrainee, Flight, PickupGroup } from '@shared/contract/arrivals';
import type { ScheduleEvent } from '@shared/contract/schedule';
import type { Stay } from '@shared/contract/stays';
import { daysBetween } from '@shared/text/date-math';
import countries from '../../resources/reference/countries.json';
import { translate } from '../i18n';

/** One column of an exported list: its header key, cell type and width. */
export interface Column<T> {
  header: string;
  /** `date` is YYYY-MM-DD; `datetime` a wall-clock YYYY-MM-DDTHH:MM, written as it is. */
  type: 'text' | 'date' | 'datetime' | 'number';
  width: number;
  value(row: T, language: Language): string | number | null;
}

export interface Table<T> {
  sheet: string;
  columns: Array<Column<T>>;
  rows: T[];
  /** Whose row it is, to name it when a cell cannot be written (the first column when left out). */
  rowName?: (row: T, language: Language) => string;
}

const countryNames = new Map(countries.map((c) => [c.code, c]));
export const countryName = (code: string | null, language: Language) => (code ? (countryNames.get(code)?.[language] ?? code) : null);
const fieldName = (f: { nameJa: string; nameEn: string } | null, language: Language) => (f ? trainingFieldLabel(f, language) : null);
const sending = (g: { nameLocal: string; nameEn: string; nameJa: string | null } | null, language: Language) => (g ? sendingGovernmentLabel(g, language) : null);

function text<T>(header: string, width: number, value: (row: T, language: Language) => string | number | null): Column<T> {
  return { header, type: 'text', width, value };
}
function date<T>(header: string, value: (row: T) => string | null): Column<T> {
  return { header, type: 'date', width: 14, value };
}
function datetime<T>(header: string, value: (row: T) => string | null): Column<T> {
  return { header, type: 'datetime', width: 18, value };
}
function number<T>(header: string, width: number, value: (row: T) => number | null): Column<T> {
  return { header, type: 'number', width, value };
}

/** The trainee list as on screen: the person's chosen columns, in order (no photos in files). */
export function traineeScreenColumns(columns: readonly TraineeColumn[]): Array<Column<TraineeSummary & Pick<TraineeRow, 'passportNumber'>>> {
  const all: Partial<Record<TraineeColumn, Column<TraineeSummary & Pick<TraineeRow, 'passportNumber'>>>> = {
    nativeName: text('trainee.column.nativeName', 22, (t) => nativeName(t)),
    latinName: text('trainee.column.latinName', 26, (t) => latinName(t)),
    kana: text('trainee.column.kana', 22, (t) => t.nameKana),
    country: text('trainee.column.country', 14, (t, l) => countryName(t.nationality, l)),
    sendingGovernment: text('trainee.column.sendingGovernment', 30, (t, l) => sending(t.sendingGovernment, l)),
    trainingField: text('trainee.column.trainingField', 22, (t, l) => fieldName(t.trainingField, l)),
    host: text('trainee.column.host', 18, hostNameIn),
    status: text('trainee.column.status', 14, (t, l) => translate(l, `trainee.status.${t.status}`)),
    year: { header: 'trainee.column.year', type: 'number', width: 8, value: (t) => t.fiscalYear },
    passportNumber: text('trainee.column.passportNumber', 14, (t) => t.passportNumber ?? null),
    warnings: text('trainee.column.warnings', 30, (t, l) => t.warnings.map((w) => translate(l, `trainee.warningShort.${w}`)).join('・') || null),
  };
  return columns.flatMap((c) => all[c] ?? []);
}

const RECORD_TEXT: Array<keyof Trainee> = [
  'familyNameNative', 'givenNameNative', 'familyNameLatin', 'givenNameLatin', 'nameKana', 'preferredName', 'nameLang', 'nameOrder',
  'gender', 'nationality', 'department', 'position', 'email', 'phone', 'japaneseLevel', 'placementClass', 'languages',
  'passportNumber', 'residenceStatus', 'coeNumber', 'residenceCardNumber', 'diet', 'dietNotes', 'allergies', 'medicalNotes',
  'religiousNeeds', 'emergencyName', 'emergencyRelation', 'emergencyPhone', 'emergencyEmail', 'status', 'withdrawnReason', 'notes',
];
const RECORD_DATES: Array<keyof Trainee> = ['birthDate', 'passportExpiry', 'statusChangedOn', 'healthConsentOn', 'religionConsentOn'];
/** Fields that hold a code: written as the label a person reads (女性, 豚肉不可, 決定), which an import reads back too. */
const RECORD_CHOICES: Partial<Record<keyof Trainee, string>> = {
  nameLang: 'trainee.nameLang', nameOrder: 'trainee.nameOrder', gender: 'trainee.gender', japaneseLevel: 'trainee.japaneseLevel',
  diet: 'trainee.diet', status: 'trainee.status',
};

function recordValue(t: Trainee, field: keyof Trainee, language: Language): string | null {
  const value = (t[field] as string | null) ?? null;
  if (value === null) return null;
  if (field === 'nationality') return countryName(value, language);
  const prefix = RECORD_CHOICES[field];
  return prefix ? translate(language, `${prefix}.${value}`) : value;
}

/**
 * Every field of the record, one column each: text as stored, choices and countries as labels
 * in the file's language (never codes), what an import reads back.
 */
export function traineeRecordColumns(): Array<Column<Trainee>> {
  return [
    { header: 'trainee.column.year', type: 'number', width: 8, value: (t) => t.fiscalYear },
    ...RECORD_TEXT.map((f) => text<Trainee>(`trainee.field.${f}`, 18, (t, l) => recordValue(t, f, l))),
    ...RECORD_DATES.map((f) => date<Trainee>(`trainee.field.${f}`, (t) => (t[f] as string | null) ?? null)),
    text<Trainee>('trainee.field.sendingGovernmentId', 30, (t, l) => sending(t.sendingGovernment, l)),
    text<Trainee>('trainee.field.trainingFieldId', 22, (t, l) => fieldName(t.trainingField, l)),
    text<Trainee>('trainee.column.host', 18, hostNameIn),
  ];
}

/** A person's name to tell rows apart by: the native one with the passport one beside it when it is another script. */
export function personName(native: string | null, latin: string | null): string {
  if (native && latin && native.toLocaleLowerCase() !== latin.toLocaleLowerCase()) return `${native}（${latin}）`;
  return native || latin || '';
}

export const hostColumns: Array<Column<Host>> = [
  text('host.code', 10, (h) => h.localGovCode),
  text('host.field.prefectureJa', 10, (h) => h.prefectureJa),
  text('host.field.nameJa', 20, (h) => h.nameJa),
  text('host.field.nameKana', 20, (h) => h.nameKana),
  text('host.field.nameEn', 22, (h) => h.nameEn),
  text('host.field.department', 22, (h) => h.department),
  text('host.field.contactName', 16, (h) => h.contactName),
  text('host.field.contactTitle', 14, (h) => h.contactTitle),
  text('host.field.contactPhone', 16, (h) => h.contactPhone),
  text('host.field.contactEmail', 26, (h) => h.contactEmail),
  text('host.field.address', 30, (h) => h.address),
  text('host.field.notes', 30, (h) => h.notes),
];

export const surveyColumns: Array<Column<SurveyAnswer>> = [
  { header: 'survey.field.yearId', type: 'number', width: 8, value: (a) => a.fiscalYear },
  text('survey.field.hostId', 20, hostNameIn),
  { header: 'survey.field.requestedCount', type: 'number', width: 10, value: (a) => a.requestedCount },
  { header: 'survey.matched', type: 'number', width: 10, value: (a) => a.matchedCount },
  text('survey.field.preferredCountry', 14, (a, l) => countryName(a.preferredCountry, l)),
  text('survey.field.preferredSendingGovernmentId', 24, (a, l) => sending(a.preferredSendingGovernment, l)),
  text('survey.field.trainingFieldId', 22, (a, l) => fieldName(a.trainingField, l)),
  { header: 'survey.field.periodMonths', type: 'number', width: 10, value: (a) => a.periodMonths },
  text('survey.field.status', 12, (a, l) => translate(l, `survey.status.${a.status}`)),
  text('survey.field.notes', 30, (a) => a.notes),
];

export const assignmentColumns: Array<Column<Assignment>> = [
  { header: 'assignment.field.yearId', type: 'number', width: 8, value: (a) => a.fiscalYear },
  text('assignment.field.traineeId', 22, (a) => a.traineeName),
  text('assignment.field.hostId', 20, hostNameIn),
  date('assignment.field.startsOn', (a) => a.startsOn),
  date('assignment.field.endsOn', (a) => a.endsOn),
  text('assignment.field.trainingFieldId', 22, (a, l) => fieldName(a.trainingField, l)),
  text('assignment.field.supervisor', 16, (a) => a.supervisor),
  text('assignment.field.department', 20, (a) => a.department),
  text('assignment.field.housingAddress', 30, (a) => a.housingAddress),
  text('assignment.field.notes', 30, (a) => a.notes),
];

/** A flight with the trainee it belongs to. */
export interface FlightRow {
  flight: Flight;
  traineeName: string;
  latinName: string;
}

export const flightColumns: Array<Column<FlightRow>> = [
  text('trainee.column.nativeName', 22, (r) => r.traineeName),
  text('trainee.column.latinName', 26, (r) => r.latinName),
  text('flight.field.kind', 10, (r, l) => translate(l, `flight.kind.${r.flight.kind}`)),
  text('flight.field.flightNumber', 10, (r) => r.flight.flightNumber),
  text('flight.field.fromAirport', 8, (r) => r.flight.from.iata),
  datetime('flight.field.departsLocal', (r) => r.flight.departsLocal),
  text('flight.zone', 8, (r) => r.flight.departsZone),
  text('flight.field.toAirport', 8, (r) => r.flight.to.iata),
  datetime('flight.field.arrivesLocal', (r) => r.flight.arrivesLocal),
  text('flight.zone', 8, (r) => r.flight.arrivesZone),
  number('flight.durationMinutes', 10, (r) => r.flight.durationMinutes),
  text('flight.field.terminal', 8, (r) => r.flight.terminal),
  text('flight.field.bookingRef', 12, (r) => r.flight.bookingRef),
  text('flight.field.notes', 30, (r) => r.flight.notes),
];

/** A trainee in a pickup group (or in none). */
export interface PickupRow {
  group: PickupGroup | null;
  member: ArrivingTrainee;
}

export const pickupColumns: Array<Column<PickupRow>> = [
  text('pickup.field.name', 16, (r, l) => r.group?.name ?? translate(l, 'pickup.noGroup')),
  text('pickup.field.airport', 8, (r) => r.group?.airport.iata ?? r.member.flight?.to.iata ?? null),
  text('pickup.field.terminal', 8, (r) => r.group?.terminal ?? null),
  text('pickup.field.meetingPoint', 24, (r) => r.group?.meetingPoint ?? null),
  datetime('pickup.field.meetingTime', (r) => r.group?.meetingTime ?? null),
  text('pickup.field.staffIds', 30, (r) => r.group?.staff.map((s) => [s.name, s.phone].filter(Boolean).join(' ')).join('、') ?? null),
  text('trainee.column.nativeName', 22, (r) => r.member.name),
  text('trainee.column.latinName', 26, (r) => r.member.latinName),
  text('flight.field.flightNumber', 10, (r) => r.member.currentFlightNumber),
  datetime('flight.field.arrivesLocal', (r) => r.member.expectedArrivesLocal),
  text('board.statusColumn', 12, (r, l) => translate(l, `board.status.${r.member.status}`)),
  text('pickup.flags', 24, (r, l) => r.member.flags.map((f) => translate(l, `pickup.flag.${f}`)).join('・') || null),
];

const nights = (s: Stay) => daysBetween(s.checkIn, s.checkOut);

export const roomingColumns: Array<Column<Stay>> = [
  text('stay.place', 22, (s, l) => inLanguage(s.placeNameJa, s.placeNameEn, l)),
  text('room.field.name', 10, (s) => s.roomName),
  text('trainee.column.nativeName', 22, (s) => s.traineeName),
  text('trainee.column.latinName', 26, (s) => s.latinName),
  date('stay.field.checkIn', (s) => s.checkIn),
  date('stay.field.checkOut', (s) => s.checkOut),
  number('stay.nights', 8, nights),
  text('stay.field.notes', 30, (s) => s.notes),
];

export const scheduleColumns: Array<Column<ScheduleEvent>> = [
  datetime('event.field.startsAt', (e) => e.startsAt),
  datetime('event.field.endsAt', (e) => e.endsAt),
  text('event.field.kind', 18, (e, l) => translate(l, `event.kind.${e.kind}`)),
  text('event.field.titleJa', 28, (e) => e.titleJa),
  text('event.field.titleEn', 28, (e) => e.titleEn),
  text('event.field.place', 22, (e) => e.place),
  text('event.field.audience', 14, (e, l) => (e.audience === 'all' ? translate(l, 'event.audience.all') : translate(l, 'event.chosenCount', { count: e.traineeIds.length }))),
  text('event.field.staffId', 16, (e) => e.staff?.name ?? null),
  text('event.field.notesJa', 30, (e) => e.notesJa),
  text('event.field.notesEn', 30, (e) => e.notesEn),
];
