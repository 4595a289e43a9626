import { z } from 'zod';
import { optionalText, phone } from './rules';

export const LANGUAGES = ['ja', 'en'] as const;
export const Language = z.enum(LANGUAGES, { error: 'invalid_choice' });
export type Language = z.infer<typeof Language>;

/** Columns of the trainee list a person can show or hide. */
/** The trainee list's columns, in the order they show: who, from where, where they stand, then the rest. */
export const TRAINEE_COLUMNS = [
  'photo',
  'nativeName',
  'latinName',
  'kana',
  'country',
  'status',
  'host',
  'sendingGovernment',
  'trainingField',
  'year',
  /** 個人識別符号: masked (TK12•••78) unless the person turns on 番号を表示. */
  'passportNumber',
  'warnings',
] as const;
export const TraineeColumn = z.enum(TRAINEE_COLUMNS, { error: 'invalid_choice' });
export type TraineeColumn = z.infer<typeof TraineeColumn>;

/** Settings of this PC: never synced to others. */
export const Settings = z.object({
  language: Language,
  /** Who is working on this PC; written into the change history. */
  staffName: z.string().nullable(),
  /** The office phone printed on the sheets staff hand out (e.g. 03-5213-1733). */
  officePhone: z.string().nullable(),
  traineeColumns: z.array(TraineeColumn),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdateInput = z.object({
  language: Language.optional(),
  staffName: optionalText(60).optional(),
  officePhone: phone.optional(),
  traineeColumns: z.array(TraineeColumn).max(TRAINEE_COLUMNS.length, 'too_long').optional(),
});

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number(),
  databasePath: z.string(),
  isEmpty: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;
