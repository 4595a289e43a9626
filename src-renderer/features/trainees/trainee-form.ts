import { defaultNameOrder, guessNameLang } from '@shared/contract/names';
import type { Trainee, TraineeField, TraineeFields } from '@shared/contract/trainees';

/** What the form holds: every field as typed. */
export type TraineeFormValues = Record<TraineeField, string>;

const FIELDS: TraineeField[] = [
  'familyNameNative', 'givenNameNative', 'familyNameLatin', 'givenNameLatin', 'nameKana', 'preferredName', 'nameLang',
  'nameOrder', 'gender', 'birthDate', 'nationality', 'sendingGovernmentId', 'department', 'position', 'email', 'phone',
  'trainingFieldId', 'japaneseLevel', 'placementClass', 'languages', 'passportNumber', 'passportExpiry', 'residenceStatus',
  'coeNumber', 'residenceCardNumber', 'diet', 'dietNotes', 'allergies', 'medicalNotes', 'religiousNeeds', 'healthConsentOn', 'religionConsentOn', 'emergencyName',
  'emergencyRelation', 'emergencyPhone', 'emergencyEmail', 'status', 'statusChangedOn', 'withdrawnReason', 'notes',
];

export const EMPTY_TRAINEE: TraineeFormValues = {
  ...(Object.fromEntries(FIELDS.map((f) => [f, ''])) as TraineeFormValues),
  nameLang: 'other',
  nameOrder: 'given_first',
  status: 'selected',
};

export function toFormValues(t: Trainee): TraineeFormValues {
  return Object.fromEntries(FIELDS.map((f) => [f, (t[f] as string | null) ?? ''])) as TraineeFormValues;
}

/**
 * The form's values as the contract's fields: trimmed, empty as null. Dates go as typed
 * (令和6年5月20日, 2024/5/20 …): the contract reads them, as it reads an import's.
 */
export function toFields(v: TraineeFormValues): TraineeFields {
  const entries = FIELDS.map((f) => {
    const text = v[f].trim();
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
