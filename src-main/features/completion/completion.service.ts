import {
  REPORT_FILE_MAX_BYTES,
  REPORT_KINDS,
  type CertificateSet,
  type CertificateSigner,
  type CompletionYear,
  type ReportKind,
  type ReportState,
  type TraineeCompletion,
  type YearCloseEntry,
} from '@shared/contract/completion';
import { latinName, nativeName } from '@shared/contract/names';
import type { Trainee, TraineeSummary } from '@shared/contract/trainees';
import { japanDate } from '@shared/text/date-math';
import { keyedId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { sniffScanType } from '../procedures';
import { findTrainee, listTrainees, reindexTrainee, updateTraineeRow } from '../trainees';
import { findYear, listMilestones } from '../years';
import { canComplete, DEFAULT_SIGNER, isFinished, statusBeforeCompletion, yearStart } from './completion';
import * as repo from './completion.repo';

// Reading.

function reportStates(stored: readonly repo.StoredReport[]): ReportState[] {
  return REPORT_KINDS.map((kind) => {
    const r = stored.find((s) => s.kind === kind);
    return {
      kind,
      receivedOn: r?.receivedOn ?? null,
      file: r?.fileName ? { name: r.fileName, mime: r.fileMime ?? '', sizeBytes: r.fileSize ?? 0 } : null,
    };
  });
}

function completedOn(t: Pick<TraineeSummary, 'status' | 'statusChangedOn'>): string | null {
  return t.status === 'completed' ? t.statusChangedOn : null;
}

function liveTrainee(ctx: Ctx, traineeId: string): Trainee {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  return trainee;
}

/** One trainee's completion date and reports. */
export function traineeCompletion(ctx: Ctx, traineeId: string): TraineeCompletion {
  const trainee = liveTrainee(ctx, traineeId);
  return {
    traineeId,
    yearId: trainee.yearId,
    fiscalYear: trainee.fiscalYear,
    status: trainee.status,
    completedOn: completedOn(trainee),
    canComplete: canComplete(trainee.status),
    isYearClosed: repo.readClosedOn(ctx.db, trainee.yearId) !== null,
    today: japanDate(ctx.now()),
    reports: reportStates(repo.listReportsOfTrainee(ctx.db, traineeId)),
  };
}

function yearTrainees(ctx: Ctx, yearId: string): TraineeSummary[] {
  return listTrainees(ctx.db, { yearId, country: null, status: null, trainingFieldId: null, hostId: null, query: null });
}

/** Every closing and reopening of the year, newest first, from its log. */
function closeHistory(ctx: Ctx, yearId: string): YearCloseEntry[] {
  return repo
    .rowLog(ctx.db, 'program_years', yearId)
    .flatMap((r) =>
      r.changes
        .filter(([field]) => field === 'closed_on')
        .map(([, , after], i): YearCloseEntry => {
          const closed = typeof after === 'string' ? after : null;
          return { id: `${r.hlc}/${i}`, at: new Date(Number(r.hlc.slice(0, 15))).toISOString(), author: r.author, action: closed ? 'closed' : 'reopened', closedOn: closed };
        }),
    )
    .reverse();
}

/** A year's end: everyone with their completion and reports, who is not finished, its closing and the record of it. */
export function yearCompletion(ctx: Ctx, yearId: string): CompletionYear {
  const year = findYear(ctx.db, yearId);
  if (!year) throw new AppError('not_found', { entity: 'year' });
  const trainees = yearTrainees(ctx, yearId);
  const reports = repo.listReportsOfYear(ctx.db, yearId);
  return {
    yearId,
    fiscalYear: year.fiscalYear,
    closedOn: repo.readClosedOn(ctx.db, yearId),
    notFinished: trainees.filter((t) => !isFinished(t.status)).map((t) => ({ id: t.id, name: nativeName(t) })),
    trainees: trainees.map((t) => ({
      id: t.id,
      name: nativeName(t),
      nameLang: t.nameLang,
      latinName: latinName(t),
      status: t.status,
      completedOn: completedOn(t),
      hostId: t.hostId,
      hostName: t.hostName,
      hostNameEn: t.hostNameEn,
      reports: reportStates(reports.filter((r) => r.traineeId === t.id)),
    })),
    history: closeHistory(ctx, yearId),
  };
}

// Completion.

/** Marks a trainee 研修修了 on a day: their status becomes completed, dated that day (in their history, and shared by sync). */
export function complete(ctx: Ctx, input: { traineeId: string; completedOn: string | null }): TraineeCompletion {
  const today = japanDate(ctx.now());
  const day = input.completedOn ?? today;
  ctx.db.transaction(() => {
    const trainee = liveTrainee(ctx, input.traineeId);
    if (!canComplete(trainee.status)) {
      throw new AppError('validation', { issues: [{ field: 'status', rule: trainee.status === 'completed' ? 'already_completed' : 'not_taking_part' }] });
    }
    if (day > today) throw new AppError('validation', { issues: [{ field: 'completedOn', rule: 'date_in_future' }] });
    if (day < yearStart(trainee.fiscalYear)) throw new AppError('validation', { issues: [{ field: 'completedOn', rule: 'before_year_start' }] });
    updateTraineeRow(ctx, trainee.id, { status: 'completed', statusChangedOn: day });
    reindexTrainee(ctx.db, trainee.id);
  })();
  return traineeCompletion(ctx, input.traineeId);
}

/** Undoes a completion: the trainee goes back to the status (and its date) they had before it. */
export function undoCompletion(ctx: Ctx, input: { traineeId: string }): TraineeCompletion {
  ctx.db.transaction(() => {
    const trainee = liveTrainee(ctx, input.traineeId);
    if (trainee.status !== 'completed') throw new AppError('validation', { issues: [{ field: 'status', rule: 'not_completed' }] });
    const before = statusBeforeCompletion(repo.rowLog(ctx.db, 'trainees', trainee.id), trainee.statusChangedOn);
    updateTraineeRow(ctx, trainee.id, before);
    reindexTrainee(ctx.db, trainee.id);
  })();
  return traineeCompletion(ctx, input.traineeId);
}

// Reports.

/** The id of a trainee's report of a kind: the same on every PC, so two PCs recording it write one record. */
function reportId(traineeId: string, kind: ReportKind): string {
  return keyedId('completion_reports', traineeId, kind);
}

function writeReport(ctx: Ctx, traineeId: string, kind: ReportKind, fields: Record<string, string | Buffer | null>): void {
  const id = reportId(traineeId, kind);
  if (repo.findReport(ctx.db, id)) repo.updateReport(ctx, id, fields);
  else repo.insertReport(ctx, id, traineeId, kind, fields);
}

/** Records a report as received on a day (today unless given), or as not received (its file removed with it). */
export function setReport(ctx: Ctx, input: { traineeId: string; kind: ReportKind; isReceived: boolean; receivedOn: string | null }): TraineeCompletion {
  const today = japanDate(ctx.now());
  ctx.db.transaction(() => {
    liveTrainee(ctx, input.traineeId);
    if (!input.isReceived) {
      if (repo.findReport(ctx.db, reportId(input.traineeId, input.kind))) writeReport(ctx, input.traineeId, input.kind, { received_on: null, file: null, file_name: null, file_mime: null });
      return;
    }
    const day = input.receivedOn ?? today;
    if (day > today) throw new AppError('validation', { issues: [{ field: 'receivedOn', rule: 'date_in_future' }] });
    writeReport(ctx, input.traineeId, input.kind, { received_on: day });
  })();
  return traineeCompletion(ctx, input.traineeId);
}

/** Keeps a report's file (PDF, JPEG or PNG by its bytes, not its name); a report not yet received counts as received today. */
export function attachReport(ctx: Ctx, input: { traineeId: string; kind: ReportKind; fileName: string; dataBase64: string }): TraineeCompletion {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  // The contract's limit is on the base64 text, which rounds up to 3 bytes; the bytes themselves are held to it here.
  if (bytes.length > REPORT_FILE_MAX_BYTES) {
    throw new AppError('validation', { issues: [{ field: 'dataBase64', rule: 'file_too_large', params: { limitMb: Math.round(REPORT_FILE_MAX_BYTES / 1024 / 1024) } }] });
  }
  const mime = sniffScanType(bytes);
  if (!mime) throw new AppError('validation', { issues: [{ field: 'dataBase64', rule: 'invalid_file_type' }] });
  ctx.db.transaction(() => {
    liveTrainee(ctx, input.traineeId);
    const current = repo.findReport(ctx.db, reportId(input.traineeId, input.kind));
    writeReport(ctx, input.traineeId, input.kind, {
      file: bytes,
      file_name: input.fileName,
      file_mime: mime,
      ...(current?.receivedOn ? {} : { received_on: japanDate(ctx.now()) }),
    });
  })();
  return traineeCompletion(ctx, input.traineeId);
}

export function removeReportFile(ctx: Ctx, input: { traineeId: string; kind: ReportKind }): TraineeCompletion {
  ctx.db.transaction(() => {
    liveTrainee(ctx, input.traineeId);
    const id = reportId(input.traineeId, input.kind);
    if (repo.findReport(ctx.db, id)) repo.updateReport(ctx, id, { file: null, file_name: null, file_mime: null });
  })();
  return traineeCompletion(ctx, input.traineeId);
}

export function reportFile(ctx: Ctx, input: { traineeId: string; kind: ReportKind }): { name: string; mime: string; dataBase64: string } {
  const file = repo.readReportFile(ctx.db, reportId(input.traineeId, input.kind));
  if (!file) throw new AppError('not_found', { entity: 'file' });
  return { name: file.name, mime: file.mime, dataBase64: file.bytes.toString('base64') };
}

// The certificates.

export function signer(ctx: Ctx): CertificateSigner {
  return repo.readSigner(ctx.db) ?? DEFAULT_SIGNER;
}

export function setSigner(ctx: Ctx, input: CertificateSigner): CertificateSigner {
  ctx.db.transaction(() => repo.writeSigner(ctx, input))();
  return signer(ctx);
}

/** The certificates of one trainee, of a host's trainees, or of the whole year: completed trainees only. */
export function certificates(ctx: Ctx, input: { yearId: string; traineeId: string | null; hostId: string | null }): CertificateSet {
  const year = findYear(ctx.db, input.yearId);
  if (!year) throw new AppError('not_found', { entity: 'year' });
  const startsOn = listMilestones(ctx.db, input.yearId).find((m) => m.kind === 'arrival')?.startsOn ?? null;
  const chosen = yearTrainees(ctx, input.yearId).filter(
    (t) => t.status === 'completed' && (input.traineeId === null || t.id === input.traineeId) && (input.hostId === null || t.hostId === input.hostId),
  );
  if (input.traineeId !== null && chosen.length === 0 && !yearTrainees(ctx, input.yearId).some((t) => t.id === input.traineeId)) {
    throw new AppError('not_found', { entity: 'trainee' });
  }
  const stored = repo.readSigner(ctx.db);
  return {
    fiscalYear: year.fiscalYear,
    signer: stored ?? DEFAULT_SIGNER,
    isSignerDefault: stored === null,
    certificates: chosen.map((t) => ({
      traineeId: t.id,
      nativeName: nativeName(t),
      nameLang: t.nameLang,
      latinName: latinName(t),
      hostId: t.hostId,
      hostName: t.hostName,
      hostNameEn: t.hostNameEn,
      startsOn,
      completedOn: t.statusChangedOn,
    })),
  };
}

// The year's close.

/** Confirms a year as finished, today: refused, naming them, while anyone is neither completed nor withdrawn. */
export function closeYear(ctx: Ctx, input: { yearId: string }): CompletionYear {
  ctx.db.transaction(() => {
    const year = findYear(ctx.db, input.yearId);
    if (!year) throw new AppError('not_found', { entity: 'year' });
    if (repo.readClosedOn(ctx.db, input.yearId)) return;
    const open = yearTrainees(ctx, input.yearId).filter((t) => !isFinished(t.status));
    if (open.length > 0) throw new AppError('year_not_finished', { fiscalYear: year.fiscalYear, count: open.length, names: open.map((t) => nativeName(t)) });
    repo.writeClosedOn(ctx, input.yearId, japanDate(ctx.now()));
  })();
  return yearCompletion(ctx, input.yearId);
}

/** Reopens a closed year: its records can change again (the reopening is in the year's log). */
export function reopenYear(ctx: Ctx, input: { yearId: string }): CompletionYear {
  ctx.db.transaction(() => {
    if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
    repo.writeClosedOn(ctx, input.yearId, null);
  })();
  return yearCompletion(ctx, input.yearId);
}
