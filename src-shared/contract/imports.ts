import { z } from 'zod';
import { TraineeFields } from './trainees';
import { base64File, uuid, typedText } from './rules';

/**
 * The fields a column of a trainee list can fill: every trainee field, and `fullName`, one column
 * holding the whole name, split on import (see `splitFullName`).
 */
export const IMPORT_FIELDS = [...(Object.keys(TraineeFields.shape) as Array<keyof typeof TraineeFields.shape>), 'fullName' as const];
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The largest file an import reads (a 50,000-row list is well under it). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const ImportInput = z.object({
  yearId: uuid,
  fileName: typedText({ error: 'required' }).min(1, 'required').max(255, 'too_long'),
  dataBase64: base64File(IMPORT_MAX_BYTES),
  /** A field per column, as the person set it; guessed from the headers when left out. */
  mapping: z.array(z.enum(IMPORT_FIELDS as [string, ...string[]]).nullable()).nullish().transform((v) => v ?? null),
  /** Names this reading for `imports:progress` and `imports:cancel` (the screen makes one per preview). */
  jobId: uuid.nullish().transform((v) => v ?? null),
});

/** A problem of one cell; `fiscalYear` names the year a rule is about (year_closed). */
export const ImportRowError = z.object({ column: z.string(), field: z.string(), rule: z.string(), fiscalYear: z.number().optional() });

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  mapping: z.array(z.string().nullable()),
  rows: z.array(
    z.object({
      /** The row number in the spreadsheet, as Excel shows it. */
      row: z.number(),
      kind: z.enum(['new', 'update', 'unchanged', 'error']),
      name: z.string(),
      errors: z.array(ImportRowError),
    }),
  ),
  counts: z.object({ new: z.number(), update: z.number(), unchanged: z.number(), error: z.number() }),
  newSendingGovernments: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ importId: z.string(), created: z.number(), updated: z.number() });

/** Columns a flight list from the travel agent can have; a trainee is found by passport number or name. */
export const FLIGHT_IMPORT_FIELDS = [
  'passportNumber',
  'traineeName',
  'kind',
  'flightNumber',
  'fromAirport',
  'toAirport',
  'departsLocal',
  'departsDate',
  'departsTime',
  'arrivesLocal',
  'arrivesDate',
  'arrivesTime',
  'terminal',
  'bookingRef',
  'notes',
] as const;
export type FlightImportField = (typeof FLIGHT_IMPORT_FIELDS)[number];

export const FlightImportInput = ImportInput.extend({
  mapping: z.array(z.enum(FLIGHT_IMPORT_FIELDS).nullable()).nullish().transform((v) => v ?? null),
});

/** Columns of a demand survey list (利用要望調査の集計): the municipality, its answer, and its contact. */
export const SURVEY_IMPORT_FIELDS = [
  'localGovCode',
  'hostName',
  'requestedCount',
  'preferredCountry',
  'trainingFieldId',
  'periodMonths',
  'status',
  'notes',
  'department',
  'contactName',
  'contactTitle',
  'contactPhone',
  'contactEmail',
  'address',
] as const;
export type SurveyImportField = (typeof SURVEY_IMPORT_FIELDS)[number];

export const SurveyImportInput = ImportInput.extend({
  mapping: z.array(z.enum(SURVEY_IMPORT_FIELDS).nullable()).nullish().transform((v) => v ?? null),
});

export const ImportJobInput = z.object({ jobId: uuid });

/** Where a reading is: waiting (not started, or unknown), reading the file (off the main thread), checking its rows, done. */
export const IMPORT_PHASES = ['waiting', 'reading', 'checking', 'done'] as const;

export const ImportProgress = z.object({
  phase: z.enum(IMPORT_PHASES),
  /** Rows checked so far, and of how many (0 until the file has been read). */
  rowsRead: z.number(),
  totalRows: z.number(),
  /** Bytes of the file read so far (the whole file once the reader gave its rows), and its size. */
  bytesRead: z.number(),
  totalBytes: z.number(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
