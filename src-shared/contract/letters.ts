import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { ExportFile } from './exports';
import { Language } from './settings';
import { NameLang } from './trainees';
import { emptyInput, nullableString, optionalIsoDate, requiredText, typedText, uuid } from './rules';

/** Which table a letter carries under 記: none, the host's trainees, or the allowance per trainee. */
export const LETTER_TABLES = ['none', 'trainees', 'allowance'] as const;
export const LetterTable = z.enum(LETTER_TABLES, { error: 'invalid_choice' });
export type LetterTable = z.infer<typeof LetterTable>;

/**
 * The merge fields a template may use, written {{name}}. `date.<milestone>` is the first day of
 * that milestone of the year (date.arrival, date.host_move, date.return_home …); `due` is the
 * date entered when the letters are made.
 */
export const MERGE_FIELDS = [
  'host.name',
  'host.head',
  'host.department',
  'host.contact',
  'host.prefecture',
  'year',
  'today',
  'due',
  'trainees.count',
  'trainees.names',
  'allowance.rate',
  'allowance.total',
  'sender',
  'contact',
] as const;

/** A template's text (body, 記 items, addressee): line breaks kept, leading spaces (字下げ) kept. */
function letterText(max: number) {
  return typedText({ error: 'invalid_type' }, { isMultiline: true }).max(max, 'too_long');
}

const templateFields = {
  titleJa: requiredText(100),
  titleEn: requiredText(200),
  addresseeJa: requiredText(200),
  addresseeEn: requiredText(200),
  bodyJa: letterText(4000),
  bodyEn: letterText(4000),
  /** One 記 item per line. */
  itemsJa: letterText(2000),
  itemsEn: letterText(2000),
  table: LetterTable,
};

export const LetterTemplate = z.object({
  id: z.string(),
  key: nullableString,
  titleJa: z.string(),
  titleEn: z.string(),
  addresseeJa: z.string(),
  addresseeEn: z.string(),
  bodyJa: z.string(),
  bodyEn: z.string(),
  itemsJa: z.string(),
  itemsEn: z.string(),
  table: LetterTable,
  position: z.number(),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

/** A new template (no id) or a change to one. */
export const LetterTemplateInput = z.object({ id: uuid.nullish().transform((v) => v ?? null), ...templateFields });

/** How the other sheets (not letters, always 和暦 in Japanese) print dates in Japanese. */
export const SHEET_DATE_STYLES = ['wareki', 'western'] as const;
export const SheetDateStyle = z.enum(SHEET_DATE_STYLES, { error: 'invalid_choice' });
export type SheetDateStyle = z.infer<typeof SheetDateStyle>;

/** The numbers one PC may give, every fiscal year (its own block, so two PCs offline never give the same). */
export const NumberRange = z.object({
  deviceId: z.string(),
  deviceName: nullableString,
  firstNumber: z.number(),
  lastNumber: z.number(),
  isThisDevice: z.boolean(),
});
export type NumberRange = z.infer<typeof NumberRange>;

export const LetterOptions = z.object({
  /** The 記号 of the document numbers: 自国経 → 自国経第12号. */
  prefixJa: z.string(),
  prefixEn: z.string(),
  senderJa: z.string(),
  senderEn: z.string(),
  contactJa: z.string(),
  contactEn: z.string(),
  sheetDates: SheetDateStyle,
  ranges: z.array(NumberRange),
});
export type LetterOptions = z.infer<typeof LetterOptions>;

export const LetterOptionsInput = z.object({
  prefixJa: requiredText(20),
  prefixEn: requiredText(20),
  senderJa: requiredText(300, { isMultiline: true }),
  senderEn: requiredText(300, { isMultiline: true }),
  contactJa: requiredText(500, { isMultiline: true }),
  contactEn: requiredText(500, { isMultiline: true }),
  sheetDates: SheetDateStyle,
});

const number = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid_number') }).int('invalid_number').min(1, 'out_of_range_number').max(99999, 'out_of_range_number');
export const NumberRangeInput = z
  .object({ firstNumber: number, lastNumber: number })
  .refine((r) => r.lastNumber >= r.firstNumber, { message: 'range_reversed', path: ['lastNumber'] });

export const LetterYearOptions = z.object({ yearId: z.string(), allowanceRate: z.number().nullable() });
export type LetterYearOptions = z.infer<typeof LetterYearOptions>;
export const LetterYearOptionsInput = z.object({
  yearId: uuid,
  allowanceRate: z.number({ error: 'invalid_number' }).int('invalid_number').min(0, 'out_of_range_amount').max(1_000_000, 'out_of_range_amount').nullable(),
});

/** A host a letter may go to: its prefecture, its head, how many trainees it has this year. */
export const LetterRecipient = z.object({
  hostId: z.string(),
  prefectureJa: z.string(),
  hostName: z.string(),
  hostNameEn: nullableString,
  headTitle: nullableString,
  traineeCount: z.number(),
});
export type LetterRecipient = z.infer<typeof LetterRecipient>;

/** A cell of a letter's table; a name in its own script carries its language (its font). */
export const LetterCell = z.object({ text: z.string(), lang: NameLang.nullable() });
export type LetterCell = z.infer<typeof LetterCell>;

/**
 * A letter as it prints: every merge field filled (or, in a preview, a missing one left as
 * {{field}}). Kept with the register as issued, so a letter prints the same every time.
 */
export const LetterDoc = z.object({
  language: Language,
  /** 自国経第12号; null in a preview (nothing is numbered before issuing). */
  numberLabel: nullableString,
  date: z.string(),
  addressee: z.string(),
  sender: z.array(z.string()),
  title: z.string(),
  body: z.array(z.string()),
  items: z.array(z.string()),
  table: z
    .object({
      columns: z.array(z.string()),
      rows: z.array(z.array(LetterCell)),
      /** Whose each row is (the trainee's id), so erasing a trainee can take their row out of every letter. */
      traineeIds: z.array(uuid).optional(),
      /** The columns that hold the trainee's names (also taken out of the body when erased). */
      nameColumns: z.array(z.number()).optional(),
    })
    .nullable(),
  contact: z.array(z.string()),
});
export type LetterDoc = z.infer<typeof LetterDoc>;

/** A letter as it shows: what an erasure took out (ERASED_VALUE in the stored doc) as the given word. */
export function showErased(doc: LetterDoc, word: string, erased: string): LetterDoc {
  if (!JSON.stringify(doc).includes(erased)) return doc;
  const text = (s: string) => s.split(erased).join(word);
  return {
    ...doc,
    body: doc.body.map(text),
    items: doc.items.map(text),
    table: doc.table && { ...doc.table, rows: doc.table.rows.map((row) => row.map((c) => ({ ...c, text: text(c.text) }))) },
  };
}

/** A merge field with no value in one letter; `trainee` names whose when it is a trainee's. */
export const MissingField = z.object({ field: z.string(), trainee: nullableString });
export type MissingField = z.infer<typeof MissingField>;

/** What to fill for one recipient: values for missing fields, or the person's choice to issue with them blank. */
export const RecipientInput = z.object({
  hostId: uuid,
  values: z.record(z.string().max(100), z.string().max(500)).default({}),
  allowMissing: z.boolean({ error: 'invalid_choice' }).default(false),
});

const makeFields = {
  templateId: uuid,
  yearId: uuid,
  language: Language,
  /** The letters' date; today (in Japan) when left out. */
  issuedOn: optionalIsoDate,
  /** The deadline a letter asks for ({{due}}). */
  due: optionalIsoDate,
};
export const LetterPreviewInput = z.object({ ...makeFields, recipients: z.array(RecipientInput).min(1, 'required').max(300, 'too_long') });
export const LetterIssueInput = LetterPreviewInput;

export const LetterPreview = z.object({ hostId: z.string(), hostName: z.string(), doc: LetterDoc, missing: z.array(MissingField) });
export type LetterPreview = z.infer<typeof LetterPreview>;

export const LETTER_STATUSES = ['issued', 'cancelled'] as const;

/** A line of the register (文書番号簿): the number, the date, the title, to whom, who issued it, whether cancelled. */
export const RegisterEntry = z.object({
  id: z.string(),
  fiscalYear: z.number(),
  number: z.number(),
  numberLabel: z.string(),
  issuedOn: z.string(),
  batchId: z.string(),
  hostId: nullableString,
  language: Language,
  title: z.string(),
  addressee: z.string(),
  issuedBy: nullableString,
  status: z.enum(LETTER_STATUSES),
  cancelledOn: nullableString,
  cancelledBy: nullableString,
  /** Another letter of the fiscal year carries the same number (番号重複: blocks set apart that overlapped). */
  duplicated: z.boolean(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const IssuedLetter = RegisterEntry.extend({ doc: LetterDoc });
export type IssuedLetter = z.infer<typeof IssuedLetter>;

/** A number given to more than one letter in a fiscal year (番号重複). */
export const DuplicateNumber = z.object({ fiscalYear: z.number(), number: z.number(), numberLabel: z.string() });
export type DuplicateNumber = z.infer<typeof DuplicateNumber>;

export const Register = z.object({
  fiscalYear: z.number(),
  entries: z.array(RegisterEntry),
  fiscalYears: z.array(z.number()),
  /** Every fiscal year's numbers given more than once, to warn about on the letters page. */
  duplicates: z.array(DuplicateNumber),
});
export type Register = z.infer<typeof Register>;

const fiscalYear = z.number({ error: 'invalid_number' }).int('invalid_number').min(1996, 'out_of_range').max(2100, 'out_of_range');

export const lettersChannels = {
  'letters:templates': { doc: "The office's letter templates, in order.", input: emptyInput, output: z.array(LetterTemplate) },
  'letters:template-save': { doc: 'Add a letter template (no id) or change one.', input: LetterTemplateInput, output: LetterTemplate },
  'letters:options': {
    doc: 'The number prefix, sender and contact block, the date style of the other sheets, and each PC\'s number range.',
    input: emptyInput,
    output: LetterOptions,
  },
  'letters:set-options': { doc: 'Change the number prefix, sender, contact block and the sheets\' date style.', input: LetterOptionsInput, output: LetterOptions },
  'letters:set-range': {
    doc: "Set this PC's block of document numbers; refused when it overlaps another PC's block.",
    input: NumberRangeInput,
    output: LetterOptions,
  },
  'letters:year-options': { doc: "A year's allowance rate (yen per day) for the joint training period.", input: z.object({ yearId: uuid }), output: LetterYearOptions },
  'letters:set-year-options': { doc: "Set a year's allowance rate.", input: LetterYearOptionsInput, output: LetterYearOptions },
  'letters:recipients': {
    doc: 'Every host a letter may go to, with its prefecture and how many trainees it has in the year.',
    input: z.object({ yearId: uuid }),
    output: z.array(LetterRecipient),
  },
  'letters:preview': {
    doc: 'Each letter as it would be issued, with its missing merge fields; nothing is numbered.',
    input: LetterPreviewInput,
    output: z.array(LetterPreview),
  },
  'letters:issue': {
    doc: 'Number and keep the letters, all in one transaction; refused while a letter has a missing field not filled or overridden.',
    input: LetterIssueInput,
    output: z.object({ batchId: z.string(), letters: z.array(RegisterEntry) }),
  },
  'letters:issued': {
    doc: 'Issued letters as they print: those of one issue (batchId) or one letter (id).',
    input: z.object({ batchId: uuid.optional(), id: uuid.optional() }),
    output: z.array(IssuedLetter),
  },
  'letters:register': {
    doc: 'The register (文書番号簿) of a fiscal year (the current one when left out), by number.',
    input: z.object({ fiscalYear: fiscalYear.nullish().transform((v) => v ?? null) }),
    output: Register,
  },
  'letters:cancel': { doc: 'Mark a letter 取消; it keeps its number, which is never given again.', input: z.object({ id: uuid }), output: RegisterEntry },
  'letters:register-export': { doc: "A fiscal year's register as an Excel workbook.", input: z.object({ fiscalYear, language: Language }), output: ExportFile },
  'letters:docx': { doc: 'One issued letter as a Word file (.docx).', input: z.object({ id: uuid }), output: ExportFile },
} as const satisfies Record<string, ChannelDef>;
