import { z } from 'zod';
import { KATAKANA, optionalIsoDate, optionalText, uuid } from './rules';
import countries from '../../resources/reference/countries.json';

export const TRAINEE_STATUSES = ['applicant', 'selected', 'arrived', 'at_jiam', 'at_host', 'completed', 'withdrawn'] as const;
export const TraineeStatus = z.enum(TRAINEE_STATUSES, { error: 'invalid_choice' });
export type TraineeStatus = z.infer<typeof TraineeStatus>;

export const GENDERS = ['female', 'male', 'other'] as const;
export const Gender = z.enum(GENDERS, { error: 'invalid_choice' });

export const NAME_ORDERS = ['family_first', 'given_first'] as const;
export const NameOrder = z.enum(NAME_ORDERS, { error: 'invalid_choice' });
export type NameOrder = z.infer<typeof NameOrder>;

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

const fields = {
  familyNameNative: optionalText(100),
  givenNameNative: optionalText(100),
  familyNameLatin: optionalText(100),
  givenNameLatin: optionalText(100),
  nameKana: optionalText(100).refine((v) => v === null || KATAKANA.test(v), 'katakana_only'),
  nameLang: NameLang,
  nameOrder: NameOrder,
  gender: Gender.nullish().transform((v) => v ?? null),
  birthDate: optionalIsoDate,
  nationality: CountryCode,
  sendingGovernment: optionalText(200),
  position: optionalText(200),
  status: TraineeStatus,
  notes: optionalText(4000),
};

function isFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The passport name is the legal identity: at least one part of it is required. */
function hasPassportName(t: { familyNameLatin?: unknown; givenNameLatin?: unknown }) {
  return isFilled(t.familyNameLatin) || isFilled(t.givenNameLatin);
}
// Checked even when other fields are wrong, so a person sees every problem at once.
const passportNameRule = {
  message: 'name_required',
  path: ['givenNameLatin'],
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

export const TraineeFields = z.object(fields);
export type TraineeFields = z.infer<typeof TraineeFields>;

export const TraineeCreateInput = z.object({ yearId: uuid, ...fields }).refine(hasPassportName, passportNameRule);
export const TraineeUpdateInput = z.object({ id: uuid, ...fields }).refine(hasPassportName, passportNameRule);

export const Trainee = z.object({
  id: z.string(),
  yearId: z.string(),
  fiscalYear: z.number(),
  familyNameNative: z.string().nullable(),
  givenNameNative: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  nameKana: z.string().nullable(),
  nameLang: NameLang,
  nameOrder: NameOrder,
  gender: Gender.nullable(),
  birthDate: z.string().nullable(),
  nationality: z.string(),
  sendingGovernment: z.string().nullable(),
  position: z.string().nullable(),
  status: TraineeStatus,
  notes: z.string().nullable(),
  hostName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Trainee = z.infer<typeof Trainee>;
