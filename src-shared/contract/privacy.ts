import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { fieldsOfClass, type ClassedTraineeField, type FieldClass } from './field-classes';
import { EXPORT_LISTS } from './exports';
import { emptyInput, nullableString } from './rules';

/** The list an export record names: the year workbook, a copy of the database for another PC, one of the lists as on screen, or the alumni list with contact details. */
export const EXPORT_RECORD_LISTS = ['year', 'copy', ...EXPORT_LISTS, 'alumni'] as const;

/** What an alumni export with contact details records as its columns (features/alumni). */
export const ALUMNI_CONTACTS_COLUMN = 'alumniContacts';

const IDENTIFIER: FieldClass = 'identifier';
const identifierFields = fieldsOfClass(IDENTIFIER) as [ClassedTraineeField, ...ClassedTraineeField[]];

/** One export that included 個人識別符号 in full: who made it, when, of which list, with which columns, how many people. */
export const ExportRecord = z.object({
  id: z.string(),
  exportedAt: z.string(),
  /** The staff name set in Settings on the PC that exported; null when none was set. */
  author: nullableString,
  list: z.enum(EXPORT_RECORD_LISTS),
  fiscalYear: z.number().nullable(),
  /** The identifier fields the file holds in full (passportNumber, residenceCardNumber), or the alumni's contact details. */
  columns: z.array(z.enum([...identifierFields, ALUMNI_CONTACTS_COLUMN])),
  fileName: z.string(),
  /** How many people's numbers the file holds. */
  people: z.number(),
});
export type ExportRecord = z.infer<typeof ExportRecord>;

/** Personal data: the class of each trainee field, masking, the record of exports that include identifiers, and consent to hold 要配慮 items. */
export const privacyChannels = {
  'privacy:export-records': {
    doc: 'Every export that included 個人識別符号 in full (on any PC), newest first.',
    input: emptyInput,
    output: z.array(ExportRecord),
  },
} as const satisfies Record<string, ChannelDef>;
