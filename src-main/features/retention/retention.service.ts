import { CLOSE_OUT_PROCEDURE_COLUMNS, CLOSE_OUT_PROCEDURE_FIELD, CLOSE_OUT_TRAINEE_COLUMNS } from '@shared/contract/field-classes';
import { DEFAULT_RETENTION_YEARS, type CloseOutPreview, type CloseOutTrainee, type DisposalRecord, type RetentionPolicy } from '@shared/contract/retention';
import { japanDate } from '@shared/text/date-math';
import { keyedId, newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { eraseTraineeColumns, finishPendingErasures } from '../erasure';
import { findYear, listMilestones } from '../years';
import { addYears, fieldOfColumn, isPastRetention, returnDate } from './retention';
import * as repo from './retention.repo';

const POLICY_ID = keyedId('retention_policy', 'office');

/** The kinds of data a close-out erases, in the order the preview and the record list them (`trainee.field.*`). */
const CLOSE_OUT_FIELDS = [...CLOSE_OUT_TRAINEE_COLUMNS.map(fieldOfColumn), CLOSE_OUT_PROCEDURE_FIELD];

/** The office's retention rule, the default until someone sets it. */
export function getPolicy(ctx: Ctx): RetentionPolicy {
  const years = repo.findRetentionYears(ctx.db, POLICY_ID);
  return { years: years ?? DEFAULT_RETENTION_YEARS, isSet: years !== null };
}

/** Sets the office's retention rule (a synced record, so every PC follows). */
export function setPolicy(ctx: Ctx, years: number): RetentionPolicy {
  ctx.db.transaction(() => repo.saveRetentionYears(ctx, POLICY_ID, years))();
  return getPolicy(ctx);
}

/** What a year's close-out would erase today, and who is kept: read only. */
export function previewCloseOut(ctx: Ctx, yearId: string): CloseOutPreview {
  const year = findYear(ctx.db, yearId);
  if (!year) throw new AppError('not_found', { entity: 'year' });
  const { years } = getPolicy(ctx);
  const today = japanDate(ctx.now());
  const milestone = listMilestones(ctx.db, yearId).find((m) => m.kind === 'return_home') ?? null;
  const toErase: CloseOutTrainee[] = [];
  const kept: CloseOutTrainee[] = [];
  let alreadyErased = 0;
  for (const row of repo.listCloseOutRows(ctx.db, yearId)) {
    const { returnedOn, returnSource } = returnDate(row.return_departs, milestone, year.fiscalYear);
    const keptUntil = addYears(returnedOn, years);
    const fields = [
      ...CLOSE_OUT_TRAINEE_COLUMNS.filter((c) => row.values[c] !== null && row.values[c] !== '').map(fieldOfColumn),
      ...(row.has_procedure_documents === 1 ? [CLOSE_OUT_PROCEDURE_FIELD] : []),
    ];
    const trainee: CloseOutTrainee = {
      id: row.id,
      familyNameNative: row.family_name_native,
      givenNameNative: row.given_name_native,
      familyNameLatin: row.family_name_latin,
      givenNameLatin: row.given_name_latin,
      nameLang: row.name_lang,
      nameOrder: row.name_order,
      returnedOn,
      returnSource,
      keptUntil,
      fields,
      hasPhoto: row.has_photo === 1,
    };
    if (!isPastRetention(keptUntil, today)) kept.push(trainee);
    else if (fields.length > 0 || trainee.hasPhoto) toErase.push(trainee);
    else alreadyErased += 1;
  }
  const held = new Set(toErase.flatMap((t) => t.fields));
  return {
    yearId,
    fiscalYear: year.fiscalYear,
    retentionYears: years,
    today,
    toErase,
    kept,
    alreadyErased,
    fields: CLOSE_OUT_FIELDS.filter((f) => held.has(f)),
    photos: toErase.filter((t) => t.hasPhoto).length,
  };
}

/**
 * Closes out a year: of the trainees the person confirmed, those still past retention lose the
 * close-out columns and their photo through the erasure (the log, the backups and the other PCs
 * with them); names, country, sending government, host, field and dates stay. One disposal
 * record (廃棄記録) says what kinds of data, how many people, when and by whom.
 */
export function closeOutYear(ctx: Ctx, input: { yearId: string; traineeIds: string[] }): DisposalRecord {
  const author = ctx.author();
  // An official record names who carried it out.
  if (!author) throw new AppError('staff_name_required');
  const preview = previewCloseOut(ctx, input.yearId);
  const confirmed = new Set(input.traineeIds);
  const chosen = preview.toErase.filter((t) => confirmed.has(t.id));
  if (chosen.length === 0) throw new AppError('close_out_nothing', { fiscalYear: preview.fiscalYear });
  const people = (field: string) => chosen.filter((t) => t.fields.includes(field)).length;
  const photoCount = chosen.filter((t) => t.hasPhoto).length;
  const record: DisposalRecord = {
    id: newId(),
    yearId: preview.yearId,
    fiscalYear: preview.fiscalYear,
    carriedOutAt: ctx.now().toISOString(),
    carriedOutBy: author,
    traineeCount: chosen.length,
    photoCount,
    items: CLOSE_OUT_FIELDS.map((field) => ({ field, people: people(field) })).filter((i) => i.people > 0),
    retentionYears: preview.retentionYears,
    backupsRewritten: 0,
    backupsFailed: [],
  };
  // The erasure and its record in one transaction: never one without the other.
  ctx.db.transaction(() => {
    eraseTraineeColumns(ctx, chosen.map((t) => t.id), CLOSE_OUT_TRAINEE_COLUMNS, {
      photo: photoCount > 0,
      procedureColumns: CLOSE_OUT_PROCEDURE_COLUMNS,
      reason: 'close-out',
    });
    repo.insertDisposalRecord(ctx, record);
  })();
  // After the commit: the vacuum and the backups (a crash here leaves them pending, tried again at the next start).
  const finished = finishPendingErasures(ctx);
  record.backupsRewritten = finished.backupsRewritten;
  record.backupsFailed = finished.backupsFailed;
  ctx.db.transaction(() => repo.saveDisposalBackups(ctx, record.id, record.backupsRewritten, record.backupsFailed))();
  return record;
}

export function listRecords(ctx: Ctx, yearId: string | null): DisposalRecord[] {
  return repo.listDisposalRecords(ctx.db, yearId);
}

export function getRecord(ctx: Ctx, id: string): DisposalRecord {
  const record = repo.findDisposalRecord(ctx.db, id);
  if (!record) throw new AppError('not_found', { entity: 'disposal_record' });
  return record;
}
