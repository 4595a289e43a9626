import { defaultNameOrder, guessNameLang } from '@contract/names';
import type { NameLang, NameOrder, Trainee, TraineeFields, TraineeStatus } from '@contract/trainees';

/** What the form holds: every field as typed. */
export interface TraineeFormValues {
  familyNameNative: string;
  givenNameNative: string;
  familyNameLatin: string;
  givenNameLatin: string;
  nameKana: string;
  nameLang: NameLang;
  nameOrder: NameOrder;
  gender: string;
  birthDate: string;
  nationality: string;
  sendingGovernment: string;
  position: string;
  status: TraineeStatus;
  notes: string;
}

export const EMPTY_TRAINEE: TraineeFormValues = {
  familyNameNative: '',
  givenNameNative: '',
  familyNameLatin: '',
  givenNameLatin: '',
  nameKana: '',
  nameLang: 'other',
  nameOrder: 'given_first',
  gender: '',
  birthDate: '',
  nationality: '',
  sendingGovernment: '',
  position: '',
  status: 'selected',
  notes: '',
};

export function toFormValues(t: Trainee): TraineeFormValues {
  return {
    familyNameNative: t.familyNameNative ?? '',
    givenNameNative: t.givenNameNative ?? '',
    familyNameLatin: t.familyNameLatin ?? '',
    givenNameLatin: t.givenNameLatin ?? '',
    nameKana: t.nameKana ?? '',
    nameLang: t.nameLang,
    nameOrder: t.nameOrder,
    gender: t.gender ?? '',
    birthDate: t.birthDate ?? '',
    nationality: t.nationality,
    sendingGovernment: t.sendingGovernment ?? '',
    position: t.position ?? '',
    status: t.status,
    notes: t.notes ?? '',
  };
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

/** The form's values as the contract's fields: trimmed, empty as null. */
export function toFields(v: TraineeFormValues): TraineeFields {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    familyNameNative: text(v.familyNameNative),
    givenNameNative: text(v.givenNameNative),
    familyNameLatin: text(v.familyNameLatin),
    givenNameLatin: text(v.givenNameLatin),
    nameKana: text(v.nameKana),
    nameLang: v.nameLang,
    nameOrder: v.nameOrder,
    gender: (text(v.gender) as TraineeFields['gender']) ?? null,
    birthDate: text(normalizeDateInput(v.birthDate)),
    nationality: v.nationality,
    sendingGovernment: text(v.sendingGovernment),
    position: text(v.position),
    status: v.status,
    notes: text(v.notes),
  };
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
