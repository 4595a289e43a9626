import { z } from 'zod';
import { isPassportNumber, isResidenceCardNumber, normalizeDocumentNumber } from '../text/passport';
import { base64Length, email, KATAKANA, nullableString, optionalIsoDate, optionalText, phone, uuid, requiredText } from './rules';
import { Language, TraineeColumn } from './settings';
import countries from '../../resources/reference/countries.json';

export const TRAINEE_STATUSES = ['applicant', 'selected', 'arrived', 'at_jiam', 'at_host', 'completed', 'withdrawn'] as const;
export const TraineeStatus = z.enum(TRAINEE_STATUSES, { error: 'invalid_choice' });
export type TraineeStatus = z.infer<typeof TraineeStatus>;

/** Whether a trainee takes part in the year's program: selected or further on, not withdrawn. */
export function isTakingPart(t: { status: string }): boolean {
  return t.status !== 'withdrawn' && t.status !== 'applicant';
}

export const GENDERS = ['female', 'male', 'other'] as const;
export const Gender = z.enum(GENDERS, { error: 'invalid_choice' });

export const NAME_ORDERS = ['family_first', 'given_first'] as const;
export const NameOrder = z.enum(NAME_ORDERS, { error: 'invalid_choice' });
export type NameOrder = z.infer<typeof NameOrder>;

export const JAPANESE_LEVELS = ['N1', 'N2', 'N3', 'N4', 'N5', 'none'] as const;
export const JapaneseLevel = z.enum(JAPANESE_LEVELS, { error: 'invalid_choice' });

export const DIETS = ['none', 'halal', 'vegetarian', 'no_pork', 'no_beef', 'other'] as const;
export const Diet = z.enum(DIETS, { error: 'invalid_choice' });

/**
 * Problems a person should fix before the trainee travels, and 要配慮 items held without a consent
 * that covers them (whatever the trainee's status); counted on the dashboard.
 */
export const TRAINEE_WARNINGS = ['passport_expires', 'no_emergency_contact', 'no_photo', 'no_consent'] as const;
export type TraineeWarning = (typeof TRAINEE_WARNINGS)[number];

/**
 * The language of the native-script name, so each name is drawn with its own glyph forms
 * (a Chinese 直 is not a Japanese 直).
 */
export const NAME_LANGS = ['ko', 'zh-Hans', 'zh-Hant', 'ja', 'ne', 'hi', 'th', 'vi', 'mn', 'ru', 'es', 'pt', 'ms', 'id', 'en', 'fr', 'other'] as const;
export const NameLang = z.enum(NAME_LANGS, { error: 'invalid_choice' });
export type NameLang = z.infer<typeof NameLang>;

export const COUNTRY_CODES: readonly string[] = countries.map((c) => c.code);
const countrySet = new Set(COUNTRY_CODES);
export const CountryCode = z
  .string({ error: (issue) => (issue.input == null ? 'required' : 'invalid_choice') })
  .refine((c) => c === '' || countrySet.has(c), 'invalid_choice')
  .refine((c) => c !== '', 'required');

const optionalEnum = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const optionalId = optionalEnum(uuid);


/** Passport numbers are letters and digits only (5–12); typed lower case or full width, kept upper case. */
const passportNumber = optionalText(20)
  .transform((v) => (v === null ? null : normalizeDocumentNumber(v)))
  .refine((v) => v === null || isPassportNumber(v), 'invalid_passport');

/** Residence card numbers: two letters, eight digits, two letters (AB12345678CD). */
const residenceCardNumber = optionalText(20)
  .transform((v) => (v === null ? null : normalizeDocumentNumber(v)))
  .refine((v) => v === null || isResidenceCardNumber(v), 'invalid_residence_card');

const fields = {
  familyNameNative: optionalText(100),
  givenNameNative: optionalText(100),
  familyNameLatin: optionalText(100),
  givenNameLatin: optionalText(100),
  nameKana: optionalText(100).refine((v) => v === null || KATAKANA.test(v), 'katakana_only'),
  preferredName: optionalText(100),
  nameLang: NameLang,
  nameOrder: NameOrder,
  gender: optionalEnum(Gender),
  birthDate: optionalIsoDate,
  nationality: CountryCode,
  sendingGovernmentId: optionalId,
  department: optionalText(200),
  position: optionalText(200),
  email,
  phone,
  trainingFieldId: optionalId,
  japaneseLevel: optionalEnum(JapaneseLevel),
  placementClass: optionalText(50),
  languages: optionalText(200),
  passportNumber,
  passportExpiry: optionalIsoDate,
  residenceStatus: optionalText(100),
  coeNumber: optionalText(30),
  residenceCardNumber,
  diet: optionalEnum(Diet),
  dietNotes: optionalText(500, { isMultiline: true }),
  allergies: optionalText(500, { isMultiline: true }),
  medicalNotes: optionalText(2000, { isMultiline: true }),
  religiousNeeds: optionalText(500, { isMultiline: true }),
  /** The day the trainee consented to the office holding their health data (medical notes, allergies): 同意取得日. */
  healthConsentOn: optionalIsoDate,
  /** The day the trainee consented to the office holding their religious needs. */
  religionConsentOn: optionalIsoDate,
  emergencyName: optionalText(100),
  emergencyRelation: optionalText(50),
  emergencyPhone: phone,
  emergencyEmail: email,
  status: TraineeStatus,
  /** The day the status last changed; today when left empty and the status changes. */
  statusChangedOn: optionalIsoDate,
  withdrawnReason: optionalText(500, { isMultiline: true }),
  notes: optionalText(4000, { isMultiline: true }),
};

/** The trainee fields that hold several lines (notes, health); every other text is one line. */
export const MULTILINE_TRAINEE_FIELDS: ReadonlySet<string> = new Set(['dietNotes', 'allergies', 'medicalNotes', 'religiousNeeds', 'withdrawnReason', 'notes']);

function isFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

type Raw = Record<string, unknown>;
// Checked even when other fields are wrong, so a person sees every problem at once.
const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

/** The passport name is the legal identity: at least one part of it is required. */
function withRecordRules<T extends z.ZodType<Raw>>(schema: T) {
  return schema
    .refine((t) => isFilled(t.familyNameLatin) || isFilled(t.givenNameLatin), {
      ...always,
      message: 'name_required',
      path: ['givenNameLatin'],
    })
    .refine((t) => t.status !== 'withdrawn' || isFilled(t.withdrawnReason), {
      ...always,
      message: 'reason_required',
      path: ['withdrawnReason'],
    });
}

export const TraineeFields = z.object(fields);
export type TraineeFields = z.infer<typeof TraineeFields>;
export type TraineeField = keyof TraineeFields;

export const TraineeCreateInput = withRecordRules(
  z.object({
    yearId: uuid,
    ...fields,
    /** The person saw the warning that this may be someone entered already (`likely_duplicate`) and saves anyway. */
    confirmDuplicate: z.boolean({ error: 'invalid_type' }).default(false),
  }),
);
/** A trainee entered already whom a new record is likely a duplicate of: `params.trainees` of `likely_duplicate`. */
export interface DuplicateMatch {
  id: string;
  fiscalYear: number;
  nativeName: string;
  latinName: string;
}

export const TraineeUpdateInput = withRecordRules(z.object({ id: uuid, ...fields }));

export const SendingGovernment = z.object({
  id: z.string(),
  country: z.string(),
  provinceLocal: z.string().nullable(),
  provinceEn: z.string().nullable(),
  nameLocal: z.string(),
  nameEn: z.string(),
  nameJa: z.string().nullable(),
});
export type SendingGovernment = z.infer<typeof SendingGovernment>;

export const SendingGovernmentInput = z.object({
  country: CountryCode,
  provinceLocal: optionalText(100),
  provinceEn: optionalText(100),
  nameLocal: requiredText(100),
  nameEn: requiredText(100),
  nameJa: optionalText(100),
});

export const SendingGovernmentUpdateInput = SendingGovernmentInput.extend({ id: uuid });

export const TrainingField = z.object({ id: z.string(), nameJa: z.string(), nameEn: z.string() });

const fieldName = requiredText(60);
export const TrainingFieldInput = z.object({ nameJa: fieldName, nameEn: fieldName });
export const TrainingFieldUpdateInput = TrainingFieldInput.extend({ id: uuid });
export type TrainingField = z.infer<typeof TrainingField>;


/** One trainee as the list shows them. */
export const TraineeSummary = z.object({
  id: z.string(),
  yearId: z.string(),
  fiscalYear: z.number(),
  familyNameNative: nullableString,
  givenNameNative: nullableString,
  familyNameLatin: nullableString,
  givenNameLatin: nullableString,
  nameKana: nullableString,
  preferredName: nullableString,
  nameLang: NameLang,
  nameOrder: NameOrder,
  gender: Gender.nullable(),
  birthDate: nullableString,
  nationality: z.string(),
  sendingGovernment: SendingGovernment.nullable(),
  trainingField: TrainingField.nullable(),
  status: TraineeStatus,
  statusChangedOn: z.string(),
  /** The host of the trainee's latest assignment. */
  hostId: nullableString,
  hostName: nullableString,
  hostNameEn: nullableString,
  hasPhoto: z.boolean(),
  warnings: z.array(z.enum(TRAINEE_WARNINGS)),
  deletedAt: nullableString,
});
export type TraineeSummary = z.infer<typeof TraineeSummary>;

/** The whole record. */
export const Trainee = TraineeSummary.extend({
  sendingGovernmentId: nullableString,
  department: nullableString,
  position: nullableString,
  email: nullableString,
  phone: nullableString,
  trainingFieldId: nullableString,
  japaneseLevel: JapaneseLevel.nullable(),
  placementClass: nullableString,
  languages: nullableString,
  passportNumber: nullableString,
  passportExpiry: nullableString,
  residenceStatus: nullableString,
  coeNumber: nullableString,
  residenceCardNumber: nullableString,
  diet: Diet.nullable(),
  dietNotes: nullableString,
  allergies: nullableString,
  medicalNotes: nullableString,
  religiousNeeds: nullableString,
  healthConsentOn: nullableString,
  religionConsentOn: nullableString,
  emergencyName: nullableString,
  emergencyRelation: nullableString,
  emergencyPhone: nullableString,
  emergencyEmail: nullableString,
  withdrawnReason: nullableString,
  notes: nullableString,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Trainee = z.infer<typeof Trainee>;

export const TraineeListInput = z.object({
  /** One program year, or every year when left out. */
  yearId: optionalId,
  /** Search as you type across every name form and script. */
  query: optionalText(100),
  country: CountryCode.nullish().transform((v) => v ?? null),
  status: optionalEnum(TraineeStatus),
  trainingFieldId: optionalId,
  hostId: optionalId,
  /** Only those with this warning open (from the dashboard's counts). */
  warning: optionalEnum(z.enum(TRAINEE_WARNINGS, { error: 'invalid_choice' })),
  /** Only those who may be entered twice: the same passport number, or the same name and birth date, as another trainee. */
  duplicates: z.boolean({ error: 'invalid_type' }).default(false),
});

/** What one row of the trainee list shows, and no more: a page of these is what the list reads. */
export const TraineeRow = TraineeSummary.pick({
  id: true,
  fiscalYear: true,
  familyNameNative: true,
  givenNameNative: true,
  familyNameLatin: true,
  givenNameLatin: true,
  nameKana: true,
  nameLang: true,
  nameOrder: true,
  nationality: true,
  sendingGovernment: true,
  trainingField: true,
  status: true,
  hostId: true,
  hostName: true,
  hostNameEn: true,
  hasPhoto: true,
  warnings: true,
}).extend({
  /** Masked (TK12•••78) unless the page was asked with revealIdentifiers; left out where a list holds only summaries. */
  passportNumber: nullableString.optional(),
});
export type TraineeRow = z.infer<typeof TraineeRow>;

/** The most rows one page of the list may ask for. */
export const TRAINEE_PAGE_MAX = 500;

export const TraineeSort = z.object({ column: TraineeColumn, isDescending: z.boolean({ error: 'invalid_type' }) });
export type TraineeSort = z.infer<typeof TraineeSort>;

export const TraineePageInput = TraineeListInput.extend({
  /** The first row wanted, counted from 0 in the list's order. */
  offset: z.number({ error: 'invalid_number' }).int('invalid_number').min(0, 'invalid').default(0),
  limit: z.number({ error: 'invalid_number' }).int('invalid_number').min(1, 'invalid').max(TRAINEE_PAGE_MAX, 'invalid'),
  /** A column the person sorted by; by default the newest year first, then country and name. */
  sort: TraineeSort.nullish().transform((v) => v ?? null),
  /** Names of countries, hosts and fields sort in the language they are read in. */
  language: Language.default('ja'),
  /** Passport numbers in full (the person turned on 番号を表示); masked (TK12•••78) by default. */
  revealIdentifiers: z.boolean({ error: 'invalid_type' }).default(false),
});

export const TraineePage = z.object({ rows: z.array(TraineeRow), total: z.number() });
export type TraineePage = z.infer<typeof TraineePage>;

export const HistoryEntry = z.object({
  id: z.string(),
  at: z.string(),
  author: nullableString,
  op: z.enum(['insert', 'update', 'delete']),
  field: nullableString,
  oldValue: nullableString,
  newValue: nullableString,
  /** Set when the change is to one of the trainee's entry procedures: the item's name (the field is status, note or file_name). */
  procedureItem: z.object({ nameJa: z.string(), nameEn: z.string() }).nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const TraineeHistoryInput = z.object({
  id: uuid,
  /** Passport and residence card numbers in full; masked (TK12•••78) by default. */
  revealIdentifiers: z.boolean({ error: 'invalid_type' }).default(false),
});

const base64 = (maxBytes: number) =>
  z
    .string({ error: 'required' })
    .max(base64Length(maxBytes), 'photo_too_large')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'invalid_photo');

export const PHOTO_MAX_BYTES = 400 * 1024;
export const THUMB_MAX_BYTES = 40 * 1024;

/** A photo the renderer cropped to passport ratio and resized: JPEG, at most 600 px. */
export const PhotoInput = z.object({ id: uuid, photo: base64(PHOTO_MAX_BYTES), thumb: base64(THUMB_MAX_BYTES) });
export const PhotoRequest = z.object({ id: uuid, size: z.enum(['photo', 'thumb'], { error: 'invalid_choice' }) });
