import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { ExportFile } from './exports';
import { Language } from './settings';
import { CountryCode, TraineeSummary } from './trainees';
import { base64File, email, nullableString, optionalIsoDate, isoDate, optionalText, phone, requiredText, uuid } from './rules';

/**
 * Alumni (OB・OG): what former trainees did after returning, contact details held with their
 * consent, the office's contacts and activities with them, and the reports they wrote.
 */

/** Who counts as an alumnus: a trainee who completed the program (研修修了), in any year. */
export const ALUMNI_STATUSES = ['completed'] as const;

/**
 * What the consent to hold contact details covers: the office's own contact only, or also
 * passing them to hosts and delegations (訪問団). Without a consent date no detail is held, shown or exported.
 */
export const ALUMNI_CONSENT_SCOPES = ['office', 'share'] as const;
export const AlumniConsentScope = z.enum(ALUMNI_CONSENT_SCOPES, { error: 'invalid_choice' });
export type AlumniConsentScope = z.infer<typeof AlumniConsentScope>;

/** The contact details a consent covers (the fields, as the contract names them). */
export const ALUMNI_CONTACT_FIELDS = ['email', 'phone', 'address', 'other'] as const;

export const ALUMNI_ACTIVITY_KINDS = ['visit', 'delegation', 'exchange', 'other'] as const;
export const AlumniActivityKind = z.enum(ALUMNI_ACTIVITY_KINDS, { error: 'invalid_choice' });
export type AlumniActivityKind = z.infer<typeof AlumniActivityKind>;

/** 研修員レポート (published during or after the program) and 最終報告書. */
export const REPORT_KINDS = ['trainee_report', 'final_report'] as const;
export const ReportKind = z.enum(REPORT_KINDS, { error: 'invalid_choice' });
export type ReportKind = z.infer<typeof ReportKind>;

/** A report's photo: JPEG or PNG, at most 2 MB, kept in the database. */
export const REPORT_PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const REPORT_PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

const fiscalYear = z.number({ error: 'invalid_year' }).int('invalid_year').min(1996, 'out_of_range').max(2100, 'out_of_range');

// Careers.

export const AlumniCareer = z.object({
  id: z.string(),
  traineeId: z.string(),
  position: z.string(),
  organisation: z.string(),
  startsOn: nullableString,
  endsOn: nullableString,
  note: nullableString,
});
export type AlumniCareer = z.infer<typeof AlumniCareer>;

const careerFields = {
  position: requiredText(100),
  organisation: requiredText(200),
  startsOn: optionalIsoDate,
  endsOn: optionalIsoDate,
  note: optionalText(1000, { isMultiline: true }),
};
const endsAfterStart = (v: { startsOn: string | null; endsOn: string | null }) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const endRule = { message: 'end_before_start', path: ['endsOn'] };
export const CareerInput = z.object({ traineeId: uuid, ...careerFields }).refine(endsAfterStart, endRule);
export const CareerUpdateInput = z.object({ id: uuid, ...careerFields }).refine(endsAfterStart, endRule);

// Contact details, with consent.

/** The consent and the contact details; the details are null whenever no consent date is held. */
export const AlumniContact = z.object({
  traineeId: z.string(),
  consentOn: nullableString,
  consentScope: AlumniConsentScope.nullable(),
  email: nullableString,
  phone: nullableString,
  address: nullableString,
  other: nullableString,
  lastContactOn: nullableString,
});
export type AlumniContact = z.infer<typeof AlumniContact>;

/** Contact details are held only with a consent date (checked here, named on 同意取得日), and a consent has a scope. */
export const ContactInput = z
  .object({
    traineeId: uuid,
    consentOn: optionalIsoDate,
    consentScope: AlumniConsentScope.nullish().transform((v) => v ?? null),
    email,
    phone,
    address: optionalText(300, { isMultiline: true }),
    other: optionalText(300, { isMultiline: true }),
    lastContactOn: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    const hasDetails = ALUMNI_CONTACT_FIELDS.some((f) => v[f] !== null);
    if (hasDetails && !v.consentOn) ctx.addIssue({ code: 'custom', message: 'consent_required', path: ['consentOn'] });
    if (v.consentOn && !v.consentScope) ctx.addIssue({ code: 'custom', message: 'required', path: ['consentScope'] });
  });

// Activities.

export const AlumniActivity = z.object({
  id: z.string(),
  traineeId: z.string(),
  kind: AlumniActivityKind,
  happenedOn: z.string(),
  title: z.string(),
  note: nullableString,
});
export type AlumniActivity = z.infer<typeof AlumniActivity>;

const activityFields = { kind: AlumniActivityKind, happenedOn: isoDate, title: requiredText(200), note: optionalText(1000, { isMultiline: true }) };
export const ActivityInput = z.object({ traineeId: uuid, ...activityFields });
export const ActivityUpdateInput = z.object({ id: uuid, ...activityFields });

// Reports.

export const TraineeReport = z.object({
  id: z.string(),
  traineeId: z.string(),
  kind: ReportKind,
  title: z.string(),
  textJa: z.string(),
  textOriginal: nullableString,
  fiscalYear: z.number(),
  publishedIn: nullableString,
  hasPhoto: z.boolean(),
});
export type TraineeReport = z.infer<typeof TraineeReport>;

const reportFields = {
  kind: ReportKind,
  title: requiredText(200),
  textJa: requiredText(10000, { isMultiline: true }),
  textOriginal: optionalText(10000, { isMultiline: true }),
  fiscalYear,
  publishedIn: optionalText(200),
};
export const ReportInput = z.object({ traineeId: uuid, ...reportFields });
export const ReportUpdateInput = z.object({ id: uuid, ...reportFields });
export const ReportPhotoInput = z.object({ id: uuid, dataBase64: base64File(REPORT_PHOTO_MAX_BYTES) });

/** One trainee's alumni record: careers (newest first), contact, activities (newest first), reports. */
export const TraineeAlumniRecord = z.object({
  traineeId: z.string(),
  isAlumnus: z.boolean(),
  careers: z.array(AlumniCareer),
  contact: AlumniContact,
  activities: z.array(AlumniActivity),
  reports: z.array(TraineeReport),
});
export type TraineeAlumniRecord = z.infer<typeof TraineeAlumniRecord>;

/** One change to a trainee's alumni records, newest first (contact details' values only while consent is held). */
export const AlumniHistoryEntry = z.object({
  id: z.string(),
  at: z.string(),
  author: nullableString,
  op: z.enum(['insert', 'update', 'delete']),
  record: z.enum(['career', 'contact', 'activity', 'report']),
  field: nullableString,
  oldValue: nullableString,
  newValue: nullableString,
  /** A contact detail's values left out because no consent is held now. */
  isHidden: z.boolean(),
});
export type AlumniHistoryEntry = z.infer<typeof AlumniHistoryEntry>;

// Lists.

const optionalId = uuid.nullish().transform((v) => v ?? null);

/** Former trainees of any year, narrowed by host, sending government, country, year, field, and a search in every script. */
export const AlumniListInput = z.object({
  query: optionalText(100),
  hostId: optionalId,
  sendingGovernmentId: optionalId,
  country: CountryCode.nullish().transform((v) => v ?? null),
  yearId: optionalId,
  trainingFieldId: optionalId,
});
export type AlumniListInput = z.input<typeof AlumniListInput>;

export const AlumnusRow = z.object({
  trainee: TraineeSummary,
  /** The latest post after returning. */
  career: AlumniCareer.nullable(),
  contact: AlumniContact,
  reportCount: z.number(),
});
export type AlumnusRow = z.infer<typeof AlumnusRow>;

export const AlumniExportInput = AlumniListInput.extend({
  language: Language,
  /** Contact details in the file (for a delegation): only of those whose consent covers passing them on; the export is recorded. */
  includeContacts: z.boolean({ error: 'invalid_type' }).default(false),
});

/** The reports of one fiscal year in the booklet's order: by host (prefecture, then name), then trainee. */
export const BookletEntry = z.object({ report: TraineeReport, trainee: TraineeSummary });
export type BookletEntry = z.infer<typeof BookletEntry>;

const traineeId = z.object({ traineeId: uuid });
const byId = z.object({ id: uuid });

/** The alumni channels; spread into the contract in channels.ts. */
export const alumniChannels = {
  'alumni:list': { doc: 'Former trainees (研修修了, any year), filtered and searched; contact details only with consent.', input: AlumniListInput, output: z.array(AlumnusRow) },
  'alumni:export': {
    doc: 'The alumni list as an Excel workbook for a delegation; contact details only where consent covers passing them on (recorded).',
    input: AlumniExportInput,
    output: ExportFile,
  },
  'alumni:trainee': { doc: "One trainee's careers, contact (with consent), activities and reports.", input: traineeId, output: TraineeAlumniRecord },
  'alumni:history': { doc: "Every change to one trainee's alumni records, newest first.", input: traineeId, output: z.array(AlumniHistoryEntry) },
  'alumni:create-career': { doc: 'Add a post held after returning.', input: CareerInput, output: AlumniCareer },
  'alumni:update-career': { doc: 'Change a post.', input: CareerUpdateInput, output: AlumniCareer },
  'alumni:delete-career': { doc: 'Remove a post.', input: byId, output: z.object({ id: z.string() }) },
  'alumni:set-contact': {
    doc: 'Set the consent, the contact details (refused without a consent date) and the last contact date.',
    input: ContactInput,
    output: AlumniContact,
  },
  'alumni:create-activity': { doc: 'Add a visit, delegation or exchange.', input: ActivityInput, output: AlumniActivity },
  'alumni:update-activity': { doc: 'Change an activity.', input: ActivityUpdateInput, output: AlumniActivity },
  'alumni:delete-activity': { doc: 'Remove an activity.', input: byId, output: z.object({ id: z.string() }) },
  'alumni:create-report': { doc: 'Add a report the trainee wrote.', input: ReportInput, output: TraineeReport },
  'alumni:update-report': { doc: 'Change a report.', input: ReportUpdateInput, output: TraineeReport },
  'alumni:delete-report': { doc: 'Remove a report and its photo.', input: byId, output: z.object({ id: z.string() }) },
  'alumni:set-report-photo': { doc: "Keep a report's photo (JPEG or PNG, at most 2 MB); it replaces any earlier one.", input: ReportPhotoInput, output: TraineeReport },
  'alumni:remove-report-photo': { doc: "Remove a report's photo.", input: byId, output: TraineeReport },
  'alumni:report-photo': {
    doc: "A report's photo as base64 with its type; null when it has none.",
    input: byId,
    output: z.object({ mime: z.string(), dataBase64: z.string() }).nullable(),
  },
  'alumni:report': { doc: 'One report with its trainee, for the publication sheet.', input: byId, output: BookletEntry },
  'alumni:booklet': {
    doc: "One fiscal year's reports with their trainees, in host order, for the booklet.",
    input: z.object({ fiscalYear }),
    output: z.array(BookletEntry),
  },
} satisfies Record<string, ChannelDef>;

/**
 * The record of a former trainee after the program: written long after their year is closed, so
 * a closed year's read-only rule (features/completion/closed-year.ts) lets these tables through.
 */
export const AFTER_PROGRAM_TABLES: ReadonlySet<string> = new Set(['alumni_careers', 'alumni_contacts', 'alumni_activities', 'trainee_reports']);
