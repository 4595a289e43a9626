import { defaultNameOrder, guessNameLang } from '@contract/names';
import type { Trainee, TraineeField, TraineeFields } from '@contract/trainees';

/** What the form holds: every field as typed. */
export type TraineeFormValues = Record<TraineeField, string>;

const FIELDS: TraineeField[] = [
  'familyNameNative', 'givenNameNative', 'familyNameLatin', 'givenNameLatin', 'nameKana', 'preferredName', 'nameLang',
  'nameOrder', 'gender', 'birthDate', 'nationality', 'sendingGovernmentId', 'department', 'position', 'email', 'phone',
  'trainingFieldId', 'japaneseLevel', 'placementClass', 'languages', 'passportNumber', 'passportExpiry', 'residenceStatus',
  'coeNumber', 'residenceCardNumber', 'diet', 'dietNotes', 'allergies', 'medicalNotes', 'religiousNeeds', 'emergencyName',
  'emergencyRelation', 'emergencyPhone', 'emergencyEmail', 'status', 'statusChangedOn', 'withdrawnReason', 'notes',
];

const DATE_FIELDS = new Set<TraineeField>(['birthDate', 'passportExpiry', 'statusChangedOn']);

export const EMPTY_TRAINEE: TraineeFormValues = {
  ...(Object.fromEntries(FIELDS.map((f) => [f, ''])) as TraineeFormValues),
  nameLang: 'other',
  nameOrder: 'given_first',
  status: 'selected',
};

export function toFormValues(t: Trainee): TraineeFormValues {
  return Object.fromEntries(FIELDS.map((f) => [f, (t[f] as string | null) ?? ''])) as TraineeFormValues;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Dates as people in Japan type them: 1995/5/17, 1995.05.17, 1995年5月17日, in full-width
 * digits too, become 1995-05-17. Anything else is passed on as typed, so the backend can
 * name the problem.
 */
export function normalizeDateInput(text: string): string {
  const halfWidth = text.trim().replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth);
  if (!m) return halfWidth;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** The form's values as the contract's fields: trimmed, empty as null; the backend checks the rest. */
export function toFields(v: TraineeFormValues): TraineeFields {
  const entries = FIELDS.map((f) => {
    const text = DATE_FIELDS.has(f) ? normalizeDateInput(v[f]) : v[f].trim();
    return [f, text === '' ? null : text];
  });
  return { ...Object.fromEntries(entries), nationality: v.nationality } as TraineeFields;
}

/**
 * When a native name is typed and the language was not chosen yet, guess it from the
 * script and take that language's usual name order.
 */
export function withGuessedLanguage(v: TraineeFormValues): TraineeFormValues {
  if (v.nameLang !== 'other') return v;
  const guess = guessNameLang(v.familyNameNative + v.givenNameNative);
  return guess ? { ...v, nameLang: guess, nameOrder: defaultNameOrder(guess) } : v;
}
