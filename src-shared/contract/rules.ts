import { z } from 'zod';
import { hasInvalidCharacters } from '../text/characters';
import { isRealIsoDate, parseJapaneseDate } from '../text/date-parse';

/**
 * Validation building blocks. Each message is a rule code (`required`, `too_long` …) that
 * the dispatcher turns into a FieldIssue and the renderer translates with the field's label.
 */

export { isRealIsoDate };

function missingOr(rule: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'required' : rule);
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** True for a real date and time on a wall clock, written `YYYY-MM-DDTHH:MM`. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  return m !== null && isRealIsoDate(m[1]!) && Number(m[2]) <= 23 && Number(m[3]) <= 59;
}

/** A wall-clock date and time (`YYYY-MM-DDTHH:MM`); a space instead of the T is accepted. */
export const localDateTime = z
  .string({ error: missingOr('invalid_datetime') })
  .trim()
  .min(1, 'required')
  .transform((v) => v.replace(' ', 'T'))
  .refine(isLocalDateTime, 'invalid_datetime');

/** The same, optional; empty becomes null. */
export const optionalLocalDateTime = z
  .string({ error: 'invalid_datetime' })
  .nullish()
  .transform((v) => (v?.trim() ? v.trim().replace(' ', 'T') : null))
  .refine((v) => v === null || isLocalDateTime(v), 'invalid_datetime');

/** Refuses characters no one types (control characters, bidi overrides, lone surrogates: see `hasInvalidCharacters`). */
export function typedText(params: { error: string }, options: { isMultiline?: boolean } = {}) {
  return z.string(params).refine((v) => !hasInvalidCharacters(v, options.isMultiline), 'invalid_characters');
}

/** A required text, trimmed, up to `max` characters. */
export function requiredText(max: number, options: { isMultiline?: boolean } = {}) {
  return typedText({ error: 'required' }, options).trim().min(1, 'required').max(max, 'too_long');
}

/** An optional text, single-line unless `isMultiline` (tab and line breaks then allowed); empty becomes null. */
export function optionalText(max: number, options: { isMultiline?: boolean } = {}) {
  return typedText({ error: 'invalid_type' }, options)
    .trim()
    .max(max, 'too_long')
    .nullish()
    .transform((v) => (v ? v : null));
}


/**
 * A date, written any way `parseJapaneseDate` reads (2024/5/20, 令和6年5月20日, R6.5.20,
 * ２０２４年５月２０日 …), stored as ISO. The form, the import and the API all pass through here.
 */
export const isoDate = z
  .string({ error: missingOr('invalid_date') })
  .transform((v, ctx) => {
    const date = parseJapaneseDate(v);
    if (date === null || date === 'invalid') {
      ctx.addIssue({ code: 'custom', message: date === null ? 'required' : 'invalid_date', input: v });
      return z.NEVER;
    }
    return date;
  });

/** An optional date, read the same way; empty becomes null. */
export const optionalIsoDate = z
  .string({ error: 'invalid_date' })
  .nullish()
  .transform((v, ctx) => {
    const date = v == null ? null : parseJapaneseDate(v);
    if (date === 'invalid') {
      ctx.addIssue({ code: 'custom', message: 'invalid_date', input: v });
      return z.NEVER;
    }
    return date;
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record chosen by id; nothing chosen (an empty select) is `required`, not a wrong id. */
export const uuid = z.string({ error: missingOr('invalid_id') }).min(1, 'required').regex(UUID, 'invalid_id');

/** Katakana reading: katakana, prolonged sound mark, middle dot, equals sign and spaces. */
export const KATAKANA = /^[\u30A0-\u30FF\uFF65-\uFF9F\u3000 ・＝=]+$/u;

/** The length of `bytes` bytes written as base64, for a `.max()` checked before anything is decoded. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * A file as the renderer hands it over: base64, at most `maxBytes` bytes of file (`file_too_large`
 * beyond, with the limit in MB for the message), checked on the length before anything is decoded.
 */
export function base64File(maxBytes: number) {
  const limitMb = Math.round(maxBytes / 1024 / 1024);
  return z
    .string({ error: 'required' })
    .refine((v) => v.length <= base64Length(maxBytes), { message: 'file_too_large', params: { limitMb } })
    .refine((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v), 'invalid_file');
}

export const emptyInput = z.object({}).strict().optional().transform(() => ({}));

/** A nullable text in an output. */
export const nullableString = z.string().nullable();

/** An optional reference; empty becomes null. */
export const optionalId = z
  .string({ error: 'invalid_id' })
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || UUID.test(v), 'invalid_id');

/** An optional e-mail address (name@example.com). */
export const email = optionalText(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'invalid_email');

/** An optional phone number: digits, +, -, brackets, spaces and dots, at least five. */
export const phone = optionalText(40).refine((v) => v === null || /^\+?[0-9()\-\s.]{5,}$/.test(v), 'invalid_phone');
