import type {
  AlumniActivity,
  AlumniCareer,
  AlumniContact,
  AlumniHistoryEntry,
  AlumnusRow,
  BookletEntry,
  TraineeAlumniRecord,
  TraineeReport,
} from '@shared/contract/alumni';
import { ALUMNI_CONTACT_FIELDS, ALUMNI_STATUSES } from '@shared/contract/alumni';
import type { ExportFile } from '@shared/contract/exports';
import { hostNameIn, latinName, nativeName, sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import type { TraineeSummary } from '@shared/contract/trainees';
import { japanDate } from '@shared/text/date-math';
import { newId } from '../../db/ids';
import { displayValue, type LoggedChange } from '../../db/log-values';
import { countryName, type Column, type Table } from '../../export/tables';
import { toXlsx } from '../../export/xlsx';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { applyValueRule, finishValueRules } from '../erasure';
import { recordExport } from '../privacy';
import { findTrainee, listTrainees } from '../trainees';
import { hasDetails, mayPassOn, sniffPhotoType, visibleContact } from './alumni';
import { contactConsentRule } from './alumni.erasure';
import * as repo from './alumni.repo';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isAlumnus = (status: string) => (ALUMNI_STATUSES as readonly string[]).includes(status);

function requireTrainee(ctx: Ctx, traineeId: string): void {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
}

// One trainee.

/** One trainee's alumni record; the contact details only while consent is held. */
export function traineeRecord(ctx: Ctx, traineeId: string): TraineeAlumniRecord {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee) throw new AppError('not_found', { entity: 'trainee' });
  return {
    traineeId,
    isAlumnus: isAlumnus(trainee.status),
    careers: repo.listCareers(ctx.db, traineeId),
    contact: visibleContact(traineeId, repo.readContact(ctx.db, traineeId)),
    activities: repo.listActivities(ctx.db, traineeId),
    reports: repo.listReports(ctx.db, traineeId),
  };
}

export function createCareer(ctx: Ctx, input: repo.CareerFields & { traineeId: string }): AlumniCareer {
  const id = newId();
  ctx.db.transaction(() => {
    requireTrainee(ctx, input.traineeId);
    repo.insertCareer(ctx, id, input.traineeId, input);
  })();
  return repo.findCareer(ctx.db, id)!;
}

export function updateCareer(ctx: Ctx, input: repo.CareerFields & { id: string }): AlumniCareer {
  ctx.db.transaction(() => {
    if (!repo.updateCareer(ctx, input.id, input)) throw new AppError('not_found', { entity: 'alumni_career' });
  })();
  return repo.findCareer(ctx.db, input.id)!;
}

export function deleteCareer(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    if (!repo.deleteCareer(ctx, id)) throw new AppError('not_found', { entity: 'alumni_career' });
  })();
  return { id };
}

/**
 * Sets the consent, the details and the last contact date (the contract refuses details without
 * a consent date). Without consent, no detail is kept in the log either (alumni.erasure.ts): a
 * withdrawal erases the earlier values in the same transaction; after the commit the file is
 * compacted and the backups lose them too (features/erasure finishValueRules).
 */
export function setContact(ctx: Ctx, input: repo.StoredContact & { traineeId: string }): AlumniContact {
  let erased = 0;
  ctx.db.transaction(() => {
    requireTrainee(ctx, input.traineeId);
    const { traineeId, ...contact } = input;
    repo.writeContact(ctx, traineeId, contact);
    // A withdrawal erases the details written up to it; any write checks the rule (a renewed consent keeps its new details).
    erased = applyValueRule(ctx.db, contactConsentRule, contactConsentRule.rowsToErase(ctx.db, [repo.contactId(traineeId)]));
  })();
  if (erased > 0) finishValueRules(ctx);
  return visibleContact(input.traineeId, repo.readContact(ctx.db, input.traineeId));
}

export function createActivity(ctx: Ctx, input: repo.ActivityFields & { traineeId: string }): AlumniActivity {
  const id = newId();
  ctx.db.transaction(() => {
    requireTrainee(ctx, input.traineeId);
    repo.insertActivity(ctx, id, input.traineeId, input);
  })();
  return repo.findActivity(ctx.db, id)!;
}

export function updateActivity(ctx: Ctx, input: repo.ActivityFields & { id: string }): AlumniActivity {
  ctx.db.transaction(() => {
    if (!repo.updateActivity(ctx, input.id, input)) throw new AppError('not_found', { entity: 'alumni_activity' });
  })();
  return repo.findActivity(ctx.db, input.id)!;
}

export function deleteActivity(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    if (!repo.deleteActivity(ctx, id)) throw new AppError('not_found', { entity: 'alumni_activity' });
  })();
  return { id };
}

export function createReport(ctx: Ctx, input: repo.ReportFields & { traineeId: string }): TraineeReport {
  const id = newId();
  ctx.db.transaction(() => {
    requireTrainee(ctx, input.traineeId);
    repo.insertReport(ctx, id, input.traineeId, input);
  })();
  return repo.findReport(ctx.db, id)!;
}

export function updateReport(ctx: Ctx, input: repo.ReportFields & { id: string }): TraineeReport {
  ctx.db.transaction(() => {
    if (!repo.updateReport(ctx, input.id, input)) throw new AppError('not_found', { entity: 'trainee_report' });
  })();
  return repo.findReport(ctx.db, input.id)!;
}

export function deleteReport(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    if (!repo.deleteReport(ctx, id)) throw new AppError('not_found', { entity: 'trainee_report' });
  })();
  return { id };
}

/** Keeps a report's photo; anything but a JPEG or PNG is refused, named on the photo field. */
export function setReportPhoto(ctx: Ctx, input: { id: string; dataBase64: string }): TraineeReport {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const mime = sniffPhotoType(bytes);
  if (!mime) throw new AppError('validation', { issues: [{ field: 'photo', rule: 'invalid_image' }] });
  ctx.db.transaction(() => {
    if (!repo.setReportPhoto(ctx, input.id, bytes, mime)) throw new AppError('not_found', { entity: 'trainee_report' });
  })();
  return repo.findReport(ctx.db, input.id)!;
}

export function removeReportPhoto(ctx: Ctx, id: string): TraineeReport {
  ctx.db.transaction(() => {
    if (!repo.setReportPhoto(ctx, id, null, null)) throw new AppError('not_found', { entity: 'trainee_report' });
  })();
  return repo.findReport(ctx.db, id)!;
}

export function reportPhoto(ctx: Ctx, id: string): { mime: string; dataBase64: string } | null {
  if (!repo.findReport(ctx.db, id)) throw new AppError('not_found', { entity: 'trainee_report' });
  const photo = repo.readReportPhoto(ctx.db, id);
  return photo ? { mime: photo.mime, dataBase64: photo.photo.toString('base64') } : null;
}

const TABLE_RECORDS = { alumni_careers: 'career', alumni_contacts: 'contact', alumni_activities: 'activity', trainee_reports: 'report' } as const;
const CONTACT_COLUMNS = new Set<string>(ALUMNI_CONTACT_FIELDS);

/** Every change to a trainee's alumni records, newest first; values of contact details only while consent is held. */
export function history(ctx: Ctx, traineeId: string): AlumniHistoryEntry[] {
  requireTrainee(ctx, traineeId);
  const isHeld = Boolean(repo.readContact(ctx.db, traineeId)?.consentOn);
  const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return repo.alumniChanges(ctx.db, traineeId).flatMap((c): AlumniHistoryEntry[] => {
    const at = new Date(Number(c.hlc.slice(0, 15))).toISOString();
    const record = TABLE_RECORDS[c.table_name as keyof typeof TABLE_RECORDS];
    const changes = (JSON.parse(c.changes) as LoggedChange[]).filter(([field]) => field !== 'trainee_id' && field !== 'photo_mime');
    const base = { at, author: c.author, op: c.op, record };
    if (changes.length === 0) return [{ ...base, id: `${c.hlc}/0`, field: null, oldValue: null, newValue: null, isHidden: false }];
    return changes.map(([field, before, after], i) => {
      const hidden = record === 'contact' && CONTACT_COLUMNS.has(field) && !isHeld;
      return {
        ...base,
        id: `${c.hlc}/${i}`,
        field: camel(field),
        oldValue: hidden ? null : displayValue(before),
        newValue: hidden ? null : displayValue(after),
        isHidden: hidden,
      };
    });
  });
}

// Lists.

export interface ListInput {
  query: string | null;
  hostId: string | null;
  sendingGovernmentId: string | null;
  country: string | null;
  yearId: string | null;
  trainingFieldId: string | null;
}

/**
 * Former trainees of any year. The search is the trainees' own (every name form and script,
 * kanji variants folded, through trainees/search.ts), so an alumnus is found as a trainee is.
 */
export function listAlumni(ctx: Ctx, input: ListInput): AlumnusRow[] {
  const trainees = listTrainees(ctx.db, {
    yearId: input.yearId, country: input.country, status: null, trainingFieldId: input.trainingFieldId, hostId: input.hostId,
    query: input.query, statuses: ALUMNI_STATUSES,
  }).filter((t) => !input.sendingGovernmentId || t.sendingGovernment?.id === input.sendingGovernmentId);
  const contacts = repo.allContacts(ctx.db);
  const careers = repo.latestCareers(ctx.db);
  const reports = repo.reportCounts(ctx.db);
  return trainees.map((trainee) => ({
    trainee,
    career: careers.get(trainee.id) ?? null,
    contact: visibleContact(trainee.id, contacts.get(trainee.id)),
    reportCount: reports.get(trainee.id) ?? 0,
  }));
}

/**
 * The list as a workbook for a delegation. With `includeContacts`, the details of those whose
 * consent covers passing them on; such an export is recorded like any export of personal data.
 */
export async function exportAlumni(ctx: Ctx, input: ListInput & { language: Language; includeContacts: boolean }): Promise<ExportFile> {
  const { language } = input;
  const rows = listAlumni(ctx, input);
  const l = (key: string) => translate(language, key);
  const passOn = (r: AlumnusRow, value: string | null) => (input.includeContacts && mayPassOn(r.contact) ? value : null);
  const columns: Array<Column<AlumnusRow>> = [
    { header: 'trainee.column.nativeName', type: 'text', width: 22, value: (r) => nativeName(r.trainee) },
    { header: 'trainee.column.latinName', type: 'text', width: 26, value: (r) => latinName(r.trainee) },
    { header: 'trainee.column.kana', type: 'text', width: 22, value: (r) => r.trainee.nameKana },
    { header: 'trainee.column.country', type: 'text', width: 14, value: (r) => countryName(r.trainee.nationality, language) },
    { header: 'trainee.column.sendingGovernment', type: 'text', width: 30, value: (r) => (r.trainee.sendingGovernment ? sendingGovernmentLabel(r.trainee.sendingGovernment, language) : null) },
    { header: 'trainee.column.host', type: 'text', width: 20, value: (r) => hostNameIn(r.trainee, language) },
    { header: 'trainee.column.trainingField', type: 'text', width: 20, value: (r) => (r.trainee.trainingField ? trainingFieldLabel(r.trainee.trainingField, language) : null) },
    { header: 'trainee.column.year', type: 'number', width: 8, value: (r) => r.trainee.fiscalYear },
    { header: 'alumni.career.field.position', type: 'text', width: 24, value: (r) => r.career?.position ?? null },
    { header: 'alumni.career.field.organisation', type: 'text', width: 28, value: (r) => r.career?.organisation ?? null },
    { header: 'alumni.contact.field.lastContactOn', type: 'date', width: 14, value: (r) => r.contact.lastContactOn },
  ];
  if (input.includeContacts) {
    columns.push(
      { header: 'alumni.contact.field.email', type: 'text', width: 28, value: (r) => passOn(r, r.contact.email) },
      { header: 'alumni.contact.field.phone', type: 'text', width: 18, value: (r) => passOn(r, r.contact.phone) },
      { header: 'alumni.contact.field.address', type: 'text', width: 36, value: (r) => passOn(r, r.contact.address) },
      { header: 'alumni.contact.field.other', type: 'text', width: 24, value: (r) => passOn(r, r.contact.other) },
    );
  }
  const table: Table<AlumnusRow> = { sheet: 'alumni.title', columns, rows, rowName: (r) => nativeName(r.trainee) };
  const data = await toXlsx([table as unknown as Table<never>], language);
  const fileName = `${[l('alumni.title'), japanDate(ctx.now()).replace(/-/g, '')].join('_')}.xlsx`;
  const people = rows.filter((r) => passOn(r, 'x') && hasDetails(r.contact)).length;
  if (input.includeContacts) recordExport(ctx, { list: 'alumni', fiscalYear: null, columns: ['alumniContacts'], fileName, people });
  return { fileName, mime: XLSX_MIME, dataBase64: data.toString('base64') };
}

// Sheets.

function summaries(ctx: Ctx): Map<string, TraineeSummary> {
  const all = listTrainees(ctx.db, { yearId: null, country: null, status: null, trainingFieldId: null, hostId: null, query: null });
  return new Map(all.map((t) => [t.id, t]));
}

/** One report with its trainee, for the publication sheet. */
export function reportEntry(ctx: Ctx, id: string): BookletEntry {
  const report = repo.findReport(ctx.db, id);
  const trainee = report ? summaries(ctx).get(report.traineeId) : undefined;
  if (!report || !trainee) throw new AppError('not_found', { entity: 'trainee_report' });
  return { report, trainee };
}

/** One fiscal year's reports with their trainees, in host order (trainees in the trash left out). */
export function booklet(ctx: Ctx, fiscalYear: number): BookletEntry[] {
  const trainees = summaries(ctx);
  return repo.reportsOfYear(ctx.db, fiscalYear).flatMap((report) => {
    const trainee = trainees.get(report.traineeId);
    return trainee ? [{ report, trainee }] : [];
  });
}
