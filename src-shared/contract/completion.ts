import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { PROCEDURE_FILE_MAX_BYTES } from './procedures';
import { base64File, emptyInput, nullableString, optionalIsoDate, optionalText, requiredText, uuid } from './rules';
import { NameLang, TraineeStatus } from './trainees';

/**
 * The end of a trainee's training and of a year (issue 17): 研修修了 (the trainee's status
 * `completed`, dated), the reports handed in at the end, the completion certificate, and the
 * year confirmed as finished (read only until reopened).
 */

/** The reports a trainee hands in at the end: 最終報告書, and the host's evaluation (受入自治体の評価). */
export const REPORT_KINDS = ['final_report', 'host_evaluation'] as const;
export const ReportKind = z.enum(REPORT_KINDS, { error: 'invalid_choice' });
export type ReportKind = z.infer<typeof ReportKind>;

/** A report's file: the same rule as an entry procedure's received scan (PDF, JPEG or PNG, at most 10 MB). */
export const REPORT_FILE_MAX_BYTES = PROCEDURE_FILE_MAX_BYTES;

export const ReportFile = z.object({ name: z.string(), mime: z.string(), sizeBytes: z.number() });

/** Where a trainee stands on one report: received (on a date) or not, with the file when one is kept. */
export const ReportState = z.object({ kind: ReportKind, receivedOn: nullableString, file: ReportFile.nullable() });
export type ReportState = z.infer<typeof ReportState>;

/** One trainee's end of training, for the trainee page. */
export const TraineeCompletion = z.object({
  traineeId: z.string(),
  yearId: z.string(),
  fiscalYear: z.number(),
  status: TraineeStatus,
  /** The day of 研修修了 (the status date while the status is completed), or null. */
  completedOn: nullableString,
  /** Taking part and not completed: may be marked completed. */
  canComplete: z.boolean(),
  /** The year is confirmed as finished: nothing can change until it is reopened. */
  isYearClosed: z.boolean(),
  today: z.string(),
  reports: z.array(ReportState),
});
export type TraineeCompletion = z.infer<typeof TraineeCompletion>;

export const CompletionTrainee = z.object({
  id: z.string(),
  name: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  status: TraineeStatus,
  completedOn: nullableString,
  hostId: nullableString,
  hostName: nullableString,
  hostNameEn: nullableString,
  reports: z.array(ReportState),
});
export type CompletionTrainee = z.infer<typeof CompletionTrainee>;

/** A closing or reopening of the year: when, by whom (from the change log, so one made on another PC is there too). */
export const YearCloseEntry = z.object({ id: z.string(), at: z.string(), author: nullableString, action: z.enum(['closed', 'reopened']), closedOn: nullableString });
export type YearCloseEntry = z.infer<typeof YearCloseEntry>;

/** A year's end: its trainees (withdrawn ones too), who is not finished yet, and whether it is closed. */
export const CompletionYear = z.object({
  yearId: z.string(),
  fiscalYear: z.number(),
  closedOn: nullableString,
  /** Trainees neither completed nor withdrawn: the year cannot be closed while there are any. */
  notFinished: z.array(z.object({ id: z.string(), name: z.string() })),
  trainees: z.array(CompletionTrainee),
  history: z.array(YearCloseEntry),
});
export type CompletionYear = z.infer<typeof CompletionYear>;

const signerFields = {
  organizationJa: requiredText(100),
  titleJa: requiredText(100),
  nameJa: requiredText(100),
  organizationEn: optionalText(150),
  titleEn: optionalText(150),
  nameEn: optionalText(150),
};
/** Who signs the certificates: the organisation, the signer's title and name, in Japanese and (for English certificates) English. */
export const CertificateSignerInput = z.object(signerFields);
export const CertificateSigner = z.object({
  organizationJa: z.string(),
  titleJa: z.string(),
  nameJa: z.string(),
  organizationEn: nullableString,
  titleEn: nullableString,
  nameEn: nullableString,
});
export type CertificateSigner = z.infer<typeof CertificateSigner>;

/** One certificate: a completed trainee, where and when they trained. */
export const Certificate = z.object({
  traineeId: z.string(),
  nativeName: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  hostId: nullableString,
  hostName: nullableString,
  hostNameEn: nullableString,
  /** The training began with the year's arrival (来日); null when the year has no date for it. */
  startsOn: nullableString,
  completedOn: z.string(),
});
export type Certificate = z.infer<typeof Certificate>;

export const CertificateSet = z.object({
  fiscalYear: z.number(),
  signer: CertificateSigner,
  /** The signer is still the default (Settings not filled in): the sheet says so on screen. */
  isSignerDefault: z.boolean(),
  certificates: z.array(Certificate),
});
export type CertificateSet = z.infer<typeof CertificateSet>;

const trainee = { traineeId: uuid };
const report = { ...trainee, kind: ReportKind };

export const completionChannels = {
  'completion:year': { doc: "A year's trainees with their completion and reports, who is not finished, and its closing.", input: z.object({ yearId: uuid }), output: CompletionYear },
  'completion:trainee': { doc: "One trainee's completion date and reports.", input: z.object(trainee), output: TraineeCompletion },
  'completion:complete': {
    doc: 'Mark a trainee 研修修了 on a day (today unless given; not in the future, not before the year began).',
    input: z.object({ ...trainee, completedOn: optionalIsoDate }),
    output: TraineeCompletion,
  },
  'completion:undo': { doc: 'Undo a completion: the trainee goes back to the status they had before it.', input: z.object(trainee), output: TraineeCompletion },
  'completion:set-report': {
    doc: 'Record a report as received on a day (today unless given), or as not received (received false; its file goes too).',
    input: z.object({ ...report, isReceived: z.boolean({ error: 'invalid_choice' }), receivedOn: optionalIsoDate }),
    output: TraineeCompletion,
  },
  'completion:attach-report': {
    doc: "Keep a report's file (PDF, JPEG or PNG, at most 10 MB) in the database; the report counts as received today if it was not.",
    input: z.object({ ...report, fileName: requiredText(200), dataBase64: base64File(REPORT_FILE_MAX_BYTES) }),
    output: TraineeCompletion,
  },
  'completion:remove-report-file': { doc: "Remove a report's file (the report stays received).", input: z.object(report), output: TraineeCompletion },
  'completion:report-file': {
    doc: "A report's file, as base64 with its name and type.",
    input: z.object(report),
    output: z.object({ name: z.string(), mime: z.string(), dataBase64: z.string() }),
  },
  'completion:signer': { doc: 'Who signs the completion certificates (shared by every PC).', input: emptyInput, output: CertificateSigner },
  'completion:set-signer': { doc: 'Set who signs the completion certificates.', input: CertificateSignerInput, output: CertificateSigner },
  'completion:certificates': {
    doc: 'The certificates to print: one trainee, a host, or the whole year (completed trainees only).',
    input: z.object({ yearId: uuid, traineeId: uuid.nullish().transform((v) => v ?? null), hostId: uuid.nullish().transform((v) => v ?? null) }),
    output: CertificateSet,
  },
  'completion:close-year': {
    doc: 'Confirm a year as finished (every trainee completed or withdrawn); it is read only until reopened.',
    input: z.object({ yearId: uuid }),
    output: CompletionYear,
  },
  'completion:reopen-year': { doc: 'Reopen a closed year so its records can change again.', input: z.object({ yearId: uuid }), output: CompletionYear },
} as const satisfies Record<string, ChannelDef>;
