import type { ParsedInput } from '@shared/contract/channels';
import { sortTrainees } from '@shared/contract/trainee-order';
import { TRAINEE_STATUSES, type DuplicateMatch, type HistoryEntry, type Trainee, type TraineeFields, type TraineePage, type TraineeRow, type TraineeSummary, type TraineeWarning } from '@shared/contract/trainees';
import { eraseTrainees, finishPendingErasures } from '../erasure';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { DAY_MS, japanDate } from '@shared/text/date-math';
import { findYear } from '../years';
import { findSendingGovernment, listTrainingFields } from '../masters';
import { jpegSize, PHOTO_MAX_PX, THUMB_MAX_PX } from './photo';
import * as photos from './photos.repo';
import * as repo from './trainees.repo';
import { foldText } from '@shared/text/fold';
import { TRASH_DAYS, traineeWarnings } from './trainee';
import { CONSENT_SCOPES } from '@shared/contract/field-classes';
import { maskIdentifier } from '@shared/text/mask';
import { isIdentifier } from '../privacy';
import { latinName, nativeName } from '@shared/contract/names';
import { duplicateIds, duplicateKeys, passportKey, type Identity } from './duplicates';

export interface ListInput {
  yearId: string | null;
  query: string | null;
  country: string | null;
  status: string | null;
  trainingFieldId: string | null;
  hostId: string | null;
  warning: TraineeWarning | null;
  /** Only those who share a passport number, or a name and birth date, with another trainee. */
  duplicates?: boolean;
}

function filterOf(ctx: Ctx, input: Omit<ListInput, 'warning'>): repo.TraineeFilter {
  if (input.yearId && !findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
  const query = input.query ? foldText(input.query) : null;
  return { ...input, query: query || null };
}

/**
 * The statuses that can carry a warning at all, worked out from the warning rule itself (a
 * trainee who has finished has nothing left to fix), so a warning filter over 30 years reads
 * only the trainees still in a program.
 */
const WARNABLE_STATUSES = TRAINEE_STATUSES.filter(
  (status) =>
    traineeWarnings(
      {
        status, passportExpiry: null, emergencyName: null, emergencyPhone: null, emergencyEmail: null, hasPhoto: false,
        heldScopes: CONSENT_SCOPES, healthConsentOn: null, religionConsentOn: null,
      },
      null,
    ).length > 0,
);

/** Trainees of one year or all years, filtered and searched. */
export function listTrainees(ctx: Ctx, { warning, duplicates = false, ...input }: ListInput): TraineeSummary[] {
  const filter = filterOf(ctx, input);
  // Warnings are worked out from each record, so they filter the list rather than the query.
  const found = warning
    ? repo.listTrainees(ctx.db, { ...filter, statuses: WARNABLE_STATUSES }).filter((t) => t.warnings.includes(warning))
    : repo.listTrainees(ctx.db, filter);
  if (!duplicates) return found;
  // A likely duplicate may be in another year than the one shown: every record is compared.
  const ids = duplicateIds(repo.listIdentities(ctx.db));
  return found.filter((t) => ids.has(t.id));
}

/** A list row; its passport number masked (TK12•••78) unless the person asked to see the numbers. */
function toRow(t: TraineeSummary & Pick<TraineeRow, 'passportNumber'>, revealIdentifiers: boolean): TraineeRow {
  return {
    id: t.id, fiscalYear: t.fiscalYear, familyNameNative: t.familyNameNative, givenNameNative: t.givenNameNative,
    familyNameLatin: t.familyNameLatin, givenNameLatin: t.givenNameLatin, nameKana: t.nameKana, nameLang: t.nameLang,
    nameOrder: t.nameOrder, nationality: t.nationality, sendingGovernment: t.sendingGovernment, trainingField: t.trainingField,
    status: t.status, hostId: t.hostId, hostName: t.hostName, hostNameEn: t.hostNameEn, hasPhoto: t.hasPhoto, warnings: t.warnings,
    passportNumber: revealIdentifiers ? (t.passportNumber ?? null) : maskIdentifier(t.passportNumber ?? null),
  };
}

/**
 * One page of the trainee list and the number found in all. In the list's own order the
 * database counts and pages. Sorted by a column, every match is read with only what that column
 * sorts by and ordered here (names as the person's language orders them), then the page's rows
 * are read whole. A warning is worked out from each whole record, so that filter reads the
 * matches still in a program and cuts the page from them.
 */
export function pageTrainees(ctx: Ctx, input: ParsedInput<'trainees:page'>): TraineePage {
  const { offset, limit, sort, language, revealIdentifiers, ...list } = input;
  const row = (t: TraineeSummary) => toRow(t, revealIdentifiers);
  if (list.warning || list.duplicates) {
    const all = listTrainees(ctx, list);
    const ordered = sort ? sortTrainees(all, sort, language) : all;
    return { total: ordered.length, rows: ordered.slice(offset, offset + limit).map(row) };
  }
  const filter = filterOf(ctx, list);
  if (!sort) return { total: repo.countMatching(ctx.db, filter), rows: repo.pageTrainees(ctx.db, filter, offset, limit).map(row) };
  const ordered = sortTrainees(repo.listSortRows(ctx.db, filter, sort.column), sort, language);
  const page = ordered.slice(offset, offset + limit).map((t) => t.id);
  return { total: ordered.length, rows: repo.summariesOf(ctx.db, page).map(row) };
}

/** Writes every trainee's search text again, in one transaction: after the rules that make it changed (search.ts). */
export function rebuildSearchIndex(ctx: Ctx): void {
  ctx.db.transaction(() => {
    for (const id of repo.allTraineeIds(ctx.db)) repo.reindexTrainee(ctx.db, id);
  })();
}

/** A trainee who is not in the trash. */
export function getTrainee(ctx: Ctx, id: string): Trainee {
  const trainee = repo.findTrainee(ctx.db, id);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  return trainee;
}

/** The master records a trainee points at exist: an id that points at nothing is `not_found`, not a foreign-key failure. */
function checkReferences(ctx: Ctx, fields: Pick<TraineeFields, 'sendingGovernmentId' | 'trainingFieldId'>): void {
  if (fields.sendingGovernmentId && !findSendingGovernment(ctx.db, fields.sendingGovernmentId)) throw new AppError('not_found', { entity: 'sending_government' });
  if (fields.trainingFieldId && !listTrainingFields(ctx.db).some((f) => f.id === fields.trainingFieldId)) throw new AppError('not_found', { entity: 'training_field' });
}

/**
 * Trainees already entered who are likely the same person as these fields, by the import's
 * rules (duplicates.ts): the same passport number, or the same name and birth date.
 */
export function likelyDuplicates(ctx: Ctx, t: Identity): TraineeSummary[] {
  const keys = new Set(duplicateKeys(t));
  if (keys.size === 0) return [];
  const ids = repo
    .identitiesLike(ctx.db, passportKey(t.passportNumber), t.birthDate)
    .filter((other) => duplicateKeys(other).some((key) => keys.has(key)))
    .map((other) => other.id);
  return repo.summariesOf(ctx.db, ids);
}

/**
 * Adds a trainee to an existing program year; the status date is today unless given. A likely
 * duplicate of someone entered already is refused with `likely_duplicate` (naming them) unless
 * the person confirmed it is someone else (`confirmDuplicate`).
 */
export function createTrainee(ctx: Ctx, { confirmDuplicate = false, ...input }: TraineeFields & { yearId: string; confirmDuplicate?: boolean }): Trainee {
  const id = newId();
  ctx.db.transaction(() => {
    if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
    checkReferences(ctx, input);
    const duplicates = confirmDuplicate ? [] : likelyDuplicates(ctx, input);
    if (duplicates.length > 0) {
      throw new AppError('likely_duplicate', {
        n: duplicates.length,
        trainees: duplicates.map((d): DuplicateMatch => ({ id: d.id, fiscalYear: d.fiscalYear, nativeName: nativeName(d), latinName: latinName(d) })),
      });
    }
    repo.insertTrainee(ctx, { ...input, id, statusChangedOn: input.statusChangedOn ?? japanDate(ctx.now()) });
    repo.reindexTrainee(ctx.db, id);
  })();
  return getTrainee(ctx, id);
}

/**
 * Saves a trainee's fields. A new status dates itself today, unless the person also set
 * the date it changed.
 */
export function updateTrainee(ctx: Ctx, input: TraineeFields & { id: string }): Trainee {
  const { id, ...fields } = input;
  ctx.db.transaction(() => {
    const before = getTrainee(ctx, id);
    checkReferences(ctx, fields);
    const isNewStatus = fields.status !== before.status;
    const isDateTyped = fields.statusChangedOn !== null && fields.statusChangedOn !== before.statusChangedOn;
    const statusChangedOn = isNewStatus && !isDateTyped ? japanDate(ctx.now()) : (fields.statusChangedOn ?? before.statusChangedOn);
    repo.updateTrainee(ctx, id, { ...fields, statusChangedOn });
    repo.reindexTrainee(ctx.db, id);
  })();
  return getTrainee(ctx, id);
}

/** Moves a trainee to the trash, from where they can be restored for TRASH_DAYS days. */
export function deleteTrainee(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    getTrainee(ctx, id);
    repo.updateTrainee(ctx, id, { deletedAt: ctx.now().toISOString() });
  })();
  return { id };
}

export function restoreTrainee(ctx: Ctx, id: string): Trainee {
  ctx.db.transaction(() => {
    const trainee = repo.findTrainee(ctx.db, id);
    if (!trainee?.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
    repo.updateTrainee(ctx, id, { deletedAt: null });
  })();
  return getTrainee(ctx, id);
}

function trashCutoff(ctx: Ctx): string {
  return new Date(ctx.now().getTime() - TRASH_DAYS * DAY_MS).toISOString();
}

export function listTrash(ctx: Ctx): TraineeSummary[] {
  return repo.listTrash(ctx.db, trashCutoff(ctx));
}

/**
 * Deletes for good what has been in the trash longer than TRASH_DAYS days, erased everywhere
 * (features/erasure: the rows and all that hangs on them, their values in the log, the photo
 * bytes, the backups, and — as a change — on the other PCs).
 */
export function purgeExpiredTrash(ctx: Ctx): number {
  const ids = repo.listExpiredTrash(ctx.db, trashCutoff(ctx));
  // Erasures not finished last time (a backup that could not be opened) are tried again.
  if (ids.length === 0) finishPendingErasures(ctx);
  else eraseTrainees(ctx, ids, 'trash');
  return ids.length;
}

/**
 * Every change to a trainee, newest first. Passport and residence card numbers, before and
 * after, are masked (TK12•••78) unless the person asked to see them.
 */
export function traineeHistory(ctx: Ctx, { id, revealIdentifiers }: { id: string; revealIdentifiers: boolean }): HistoryEntry[] {
  if (!repo.findTrainee(ctx.db, id)) throw new AppError('not_found', { entity: 'trainee' });
  const entries = repo.listHistory(ctx.db, id);
  if (revealIdentifiers) return entries;
  return entries.map((e) => (isIdentifier(e.field) ? { ...e, oldValue: maskIdentifier(e.oldValue), newValue: maskIdentifier(e.newValue) } : e));
}

function decodeJpeg(base64: string, maxPx: number, field: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  const size = jpegSize(bytes);
  if (!size) throw new AppError('validation', { issues: [{ field, rule: 'invalid_photo' }] });
  if (size.width > maxPx || size.height > maxPx) throw new AppError('validation', { issues: [{ field, rule: 'photo_too_large' }] });
  return bytes;
}

/** Stores a cropped photo (JPEG, at most 600 px) and its list thumbnail. */
export function setPhoto(ctx: Ctx, input: { id: string; photo: string; thumb: string }): Trainee {
  const photo = decodeJpeg(input.photo, PHOTO_MAX_PX, 'photo');
  const thumb = decodeJpeg(input.thumb, THUMB_MAX_PX, 'thumb');
  ctx.db.transaction(() => {
    getTrainee(ctx, input.id);
    photos.savePhoto(ctx, input.id, photo, thumb);
  })();
  return getTrainee(ctx, input.id);
}

export function removePhoto(ctx: Ctx, id: string): Trainee {
  ctx.db.transaction(() => {
    getTrainee(ctx, id);
    photos.removePhoto(ctx, id);
  })();
  return getTrainee(ctx, id);
}

export function getPhoto(ctx: Ctx, input: { id: string; size: 'photo' | 'thumb' }): { dataUrl: string | null } {
  const photo = photos.readPhoto(ctx.db, input.id, input.size);
  return { dataUrl: photo ? `data:${photo.mime};base64,${photo.data.toString('base64')}` : null };
}
