import { IMPORT_FIELDS, type ImportField } from '@shared/contract/imports';
import ja from '@shared/i18n/ja.json';
import en from '@shared/i18n/en.json';
import { matchKey } from '@shared/text/fold';
import { defaultNameOrder, guessNameLang } from '@shared/contract/names';

type Field = ImportField;

/** Headers as Japanese and English spreadsheets write them, beyond the app's own labels. */
const EXTRA: Partial<Record<Field, string[]>> = {
  familyNameLatin: ['姓', 'surname', 'family name', 'last name', 'ローマ字姓', '姓(ローマ字)', '氏名(英字)姓', '氏名(ローマ字)姓', '英字姓', '姓(英字)', '姓(旅券)'],
  givenNameLatin: ['名', 'given name', 'given names', 'first name', 'ローマ字名', '名(ローマ字)', '氏名(英字)名', '氏名(ローマ字)名', '英字名', '名(英字)', '名(旅券)'],
  familyNameNative: ['姓(現地語)', '姓(現地表記)', 'native family name', '母国語表記(姓)', '母国語表記姓', '姓(母国語)', '母国語姓'],
  givenNameNative: ['名(現地語)', '名(現地表記)', 'native given name', '母国語表記(名)', '母国語表記名', '名(母国語)', '母国語名'],
  fullName: ['氏名', '名前', 'name', 'full name', '氏名(英字)', '氏名(ローマ字)', '氏名(旅券)', 'name (as in passport)'],
  position: ['職名', '職位', '役職名', 'job title'],
  department: ['所属', '部署', '所属課', '所属部署', 'department', 'division'],
  diet: ['食事制限', '食事の制限', 'diet', 'dietary restrictions'],
  notes: ['備考', 'メモ', 'notes', 'remarks'],
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

export interface NameParts {
  family: string | null;
  given: string | null;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’.,-]+$/u;
const isUpperWord = (word: string) => /\p{L}/u.test(word) && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();

/**
 * The passport name from one column, as lists write it: `Family, Given` (the comma decides), else
 * the words in capitals are the family name (`NGUYEN Thi Mai`, `José Luis PEÑA QUISPE`), else — all
 * capitals or none — the passport's own order, family name first (`KIM MINJI`, `Kim Minji`).
 */
export function splitLatinName(text: string): NameParts {
  const comma = text.indexOf(',');
  if (comma >= 0) return parts(text.slice(0, comma), text.slice(comma + 1));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const upper = words.map(isUpperWord);
  if (upper.some(Boolean) && !upper.every(Boolean)) {
    const leading = upper.indexOf(false);
    if (leading > 0) return parts(words.slice(0, leading).join(' '), words.slice(leading).join(' '));
    const trailing = upper.lastIndexOf(false) + 1;
    if (upper.slice(trailing).length > 0 && upper.slice(0, trailing).every((u) => !u)) return parts(words.slice(trailing).join(' '), words.slice(0, trailing).join(' '));
  }
  return parts(words[0] ?? '', words.slice(1).join(' '));
}

/**
 * A name in its own script from one column, in the order its language writes names: family first
 * for Korean, Chinese, Japanese, Vietnamese and Mongolian (`김 민지`; without a space, Korean and
 * Chinese take the first character as the family name, the first two of four), given first for the
 * rest (`अनिता श्रेष्ठ`). A Japanese name without a space cannot be split and stays whole as the family name.
 */
export function splitNativeName(text: string): NameParts {
  const lang = guessNameLang(text) ?? 'other';
  const words = text.trim().split(/[\s\u3000]+/).filter(Boolean);
  const isFamilyFirst = defaultNameOrder(lang) === 'family_first';
  if (words.length > 1) {
    return isFamilyFirst ? parts(words[0]!, words.slice(1).join(' ')) : parts(words.at(-1)!, words.slice(0, -1).join(' '));
  }
  const chars = [...(words[0] ?? '')];
  if ((lang === 'ko' || lang.startsWith('zh')) && chars.length >= 2) {
    const familyLength = chars.length >= 4 ? 2 : 1;
    return parts(chars.slice(0, familyLength).join(''), chars.slice(familyLength).join(''));
  }
  return parts(words[0] ?? '', '');
}

/** One column holding the whole name: the passport name when it is in Latin letters, else the native one. */
export function splitFullName(text: string): { latin: NameParts | null; native: NameParts | null } {
  return LATIN_NAME.test(text) ? { latin: splitLatinName(text), native: null } : { latin: null, native: splitNativeName(text) };
}

function parts(family: string, given: string): NameParts {
  return { family: family.trim() || null, given: given.trim() || null };
}
