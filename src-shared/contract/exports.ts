import { z } from 'zod';
import { Language, TraineeColumn } from './settings';
import { uuid } from './rules';

export const EXPORT_LISTS = ['trainees', 'hosts', 'survey', 'assignments', 'flights', 'pickup', 'rooming', 'schedule'] as const;

/**
 * 個人識別符号 (passport and residence card numbers) in full, a person's explicit choice: the export
 * is then recorded (who, when, which list, which columns). By default they are masked (TK12•••78).
 */
const includeIdentifiers = z.boolean({ error: 'invalid_type' }).default(false);

export const ExportInput = z.object({
  list: z.enum(EXPORT_LISTS, { error: 'invalid_choice' }),
  /** The year for year-bound lists (all but trainees and hosts) and to narrow trainees; all years when left out. */
  yearId: uuid.nullish().transform((v) => v ?? null),
  language: Language,
  format: z.enum(['xlsx', 'csv'], { error: 'invalid_choice' }),
  /** CSV only: UTF-8 with BOM (Excel opens it correctly) or Shift_JIS (CP932) for older tools. */
  encoding: z.enum(['utf8bom', 'cp932'], { error: 'invalid_choice' }).default('utf8bom'),
  /** Trainee list only: the columns shown on screen, in their order. */
  columns: z.array(TraineeColumn).nullish().transform((v) => v ?? null),
  includeIdentifiers,
});

export const YearExportInput = z.object({ yearId: uuid, language: Language, includeIdentifiers });

export const ExportFile = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });
export type ExportFile = z.infer<typeof ExportFile>;

/** A cell Shift_JIS cannot hold: its row as a spreadsheet numbers it (header = 1), whose row, which column, and what it would become. */
export const LossyCell = z.object({ row: z.number().int(), name: z.string(), column: z.string(), value: z.string(), written: z.string() });
export type LossyCell = z.infer<typeof LossyCell>;

/** A list's file; for Shift_JIS CSV, the cells it could not hold (empty otherwise), to ask about before saving. */
export const ListExportFile = ExportFile.extend({ lossy: z.array(LossyCell) });
export type ListExportFile = z.infer<typeof ListExportFile>;
