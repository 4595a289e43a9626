import { IMPORT_FIELDS } from '@shared/contract/imports';
import ja from '@shared/i18n/ja.json';
import en from '@shared/i18n/en.json';
import { matchKey } from '@shared/text/fold';

type Field = (typeof IMPORT_FIELDS)[number];

/** Headers as Japanese and English spreadsheets write them, beyond the app's own labels. */
const EXTRA: Partial<Record<Field, string[]>> = {
  familyNameLatin: ['姓', 'surname', 'family name', 'last name', 'ローマ字姓', '姓(ローマ字)'],
  givenNameLatin: ['名', 'given name', 'given names', 'first name', 'ローマ字名', '名(ローマ字)'],
  familyNameNative: ['姓(現地語)', 'native family name'],
  givenNameNative: ['名(現地語)', 'native given name'],
  nameKana: ['カタカナ', 'フリガナ', 'ふりがな', 'カナ', 'katakana', '氏名カナ'],
  birthDate: ['生年月日', 'date of birth', 'birth date', 'birthday', 'dob'],
  nationality: ['国籍', '国・地域', '国名', '国', 'country', 'nationality'],
  gender: ['性別', 'sex', 'gender'],
  passportNumber: ['旅券番号', 'パスポート番号', 'passport no', 'passport no.', 'passport number'],
  passportExpiry: ['旅券有効期限', 'パスポート有効期限', '有効期限', 'passport expiry', 'expiry date'],
  email: ['メール', 'メールアドレス', 'e-mail', 'email'],
  phone: ['電話', '電話番号', 'phone', 'tel'],
  sendingGovernmentId: ['派遣元', '派遣元自治体', 'sending government', 'sending municipality'],
  trainingFieldId: ['研修分野', 'training field', 'field'],
  status: ['状況', 'status'],
};

/**
 * Reads headers as fields: each field's labels (the app's own, in both languages, and the
 * ways spreadsheets write them) matched by `matchKey`: width, case, kana, spaces, punctuation and
 * brackets do not matter (「生年月日」, 旅券番号, Passport No.).
 */
export function headerMatcher<F extends string>(fields: readonly F[], labelsOf: (field: F) => Array<string | undefined>) {
  const aliases = new Map<string, F>();
  for (const field of fields) {
    for (const label of labelsOf(field)) if (label && !aliases.has(matchKey(label))) aliases.set(matchKey(label), field);
  }
  const fieldOf = (header: string): F | null => aliases.get(matchKey(header)) ?? null;
  return {
    fieldOf,
    /**
     * The header row among the first rows (a merged title or a two-row header may come first):
     * the one whose cells name the most fields.
     */
    findHeaderRow(rows: ReadonlyArray<ReadonlyArray<unknown>>): number {
      let best = 0;
      let bestCount = -1;
      rows.slice(0, 5).forEach((row, i) => {
        const count = row.filter((c) => typeof c === 'string' && fieldOf(c) !== null).length;
        if (count > bestCount) [best, bestCount] = [i, count];
      });
      return best;
    },
    /** A field per column, guessed; a field claimed by an earlier column is not claimed again. */
    guessMapping(headers: readonly string[]): Array<F | null> {
      const used = new Set<F>();
      return headers.map((h) => {
        const field = fieldOf(h);
        if (!field || used.has(field)) return null;
        used.add(field);
        return field;
      });
    },
  };
}

const traineeHeaders = headerMatcher(IMPORT_FIELDS, (field) => [
  (ja.trainee.field as Record<string, string>)[field],
  (en.trainee.field as Record<string, string>)[field],
  field,
  ...(EXTRA[field] ?? []),
]);

export const fieldOfHeader = traineeHeaders.fieldOf;
export const findHeaderRow = traineeHeaders.findHeaderRow;
export const guessMapping = traineeHeaders.guessMapping;
