import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { CLOSE_OUT_TRAINEE_COLUMNS } from './field-classes';
import { emptyInput, uuid } from './rules';
import { NameLang, NameOrder } from './trainees';

/** How long identifiers and health data are kept after a trainee's return, unless the office sets otherwise. */
export const DEFAULT_RETENTION_YEARS = 5;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 30;

/** The office's retention rule: the same on every PC (a synced record), not a setting of one PC. */
export const RetentionPolicy = z.object({
  /** Years after a trainee's return that the close-out columns and the photo are kept. */
  years: z.number(),
  /** Whether the office set it (false: the default). */
  isSet: z.boolean(),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

export const RetentionSetInput = z.object({
  years: z
    .number({ error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalid_number') })
    .int('invalid_number')
    .min(MIN_RETENTION_YEARS, 'out_of_range')
    .max(MAX_RETENTION_YEARS, 'out_of_range'),
});

export const CloseOutColumn = z.enum(CLOSE_OUT_TRAINEE_COLUMNS);
export type CloseOutColumn = z.infer<typeof CloseOutColumn>;

/**
 * How a trainee's return is known: the return flight on record, else the end of the year's
 * "return home" milestone (the last day the year's trainees fly home).
 */
export const ReturnSource = z.enum(['return_flight', 'year_milestone']);
export type ReturnSource = z.infer<typeof ReturnSource>;

/** One trainee of a close-out: the name (kept), when they returned and until when their data is kept. */
export const CloseOutTrainee = z.object({
  id: z.string(),
  familyNameNative: z.string().nullable(),
  givenNameNative: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  nameLang: NameLang,
  nameOrder: NameOrder,
  returnedOn: z.string(),
  returnSource: ReturnSource,
  /** The last day the data is kept: the return plus the retention years. */
  keptUntil: z.string(),
  /** The close-out columns that hold something (camelCase field names, as `trainee.field.*`), and whether a photo is held. */
  fields: z.array(z.string()),
  hasPhoto: z.boolean(),
});
export type CloseOutTrainee = z.infer<typeof CloseOutTrainee>;

export const CloseOutPreview = z.object({
  yearId: z.string(),
  fiscalYear: z.number(),
  retentionYears: z.number(),
  /** The day the preview was made (in Japan): past retention means keptUntil before it. */
  today: z.string(),
  /** Past the retention period and still holding something: what the close-out erases. */
  toErase: z.array(CloseOutTrainee),
  /** Not yet past the retention period: nothing of theirs is erased. */
  kept: z.array(CloseOutTrainee),
  /** Past the retention period with nothing left to erase (closed out before). */
  alreadyErased: z.number(),
  /** The kinds of data the close-out erases (field names, as `trainee.field.*`), whatever each trainee holds. */
  fields: z.array(z.string()),
  /** How many of those to erase have a photo. */
  photos: z.number(),
});
export type CloseOutPreview = z.infer<typeof CloseOutPreview>;

/** 廃棄記録: one close-out, as the office keeps it (the same on every PC). */
export const DisposalRecord = z.object({
  id: z.string(),
  yearId: z.string(),
  fiscalYear: z.number(),
  /** When it was carried out (ISO instant) and by whom (the staff name set in Settings). */
  carriedOutAt: z.string(),
  carriedOutBy: z.string(),
  traineeCount: z.number(),
  photoCount: z.number(),
  /** The kinds of data erased (field names, as `trainee.field.*`), each with how many people held it. */
  items: z.array(z.object({ field: z.string(), people: z.number() })),
  retentionYears: z.number(),
  /** Backups rewritten without the erased data, and those that could not be (file names). */
  backupsRewritten: z.number(),
  backupsFailed: z.array(z.string()),
});
export type DisposalRecord = z.infer<typeof DisposalRecord>;

export const CloseOutInput = z.object({
  yearId: uuid,
  /** The trainees the person saw in the preview and confirmed; only those still past retention are erased. */
  traineeIds: z.array(uuid).min(1, 'required').max(10_000, 'too_many'),
});

/** Keeping only what is needed: the retention setting and the close-out of a year, with its disposal record (廃棄記録). */
export const retentionChannels = {
  'retention:get': { doc: 'The office-wide retention rule (years identifiers and health data are kept after a return).', input: emptyInput, output: RetentionPolicy },
  'retention:set': { doc: 'Sets the office-wide retention rule; it travels to every PC.', input: RetentionSetInput, output: RetentionPolicy },
  'retention:preview': {
    doc: "What a year's close-out would erase: the trainees past retention, the kinds of data, and who is kept.",
    input: z.object({ yearId: uuid }),
    output: CloseOutPreview,
  },
  'retention:close-out': {
    doc: 'Erases the close-out columns and photos of the confirmed trainees past retention (everywhere, backups too) and writes one disposal record.',
    input: CloseOutInput,
    output: DisposalRecord,
  },
  'retention:records': {
    doc: 'The disposal records, newest first; of one year when given.',
    input: z.object({ yearId: uuid.nullable().optional() }),
    output: z.array(DisposalRecord),
  },
  'retention:record': { doc: 'One disposal record, to print.', input: z.object({ id: uuid }), output: DisposalRecord },
} as const satisfies Record<string, ChannelDef>;
