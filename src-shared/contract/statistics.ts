import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { ExportFile } from './exports';
import { IMPORT_MAX_BYTES, ImportPreview, ImportResult } from './imports';
import { base64File, typedText, uuid } from './rules';
import { Language } from './settings';
import { FiscalYear } from './years';

/**
 * Places CLAIR counts as regions (地域), not countries: "42カ国と1地域" is 台湾. Kept by their ISO
 * codes, as trainees' nationalities are.
 */
export const REGION_CODES: ReadonlySet<string> = new Set(['TW', 'HK', 'MO', 'PS']);

/** Whether a nationality is a region (台湾, 香港, マカオ, パレスチナ) rather than a country. */
export function isRegion(code: string): boolean {
  return REGION_CODES.has(code);
}

/** A range of fiscal years, both ends included; every year held when left out. */
export const StatisticsInput = z
  .object({
    fromYear: FiscalYear.nullish().transform((v) => v ?? null),
    toYear: FiscalYear.nullish().transform((v) => v ?? null),
  })
  .refine((r) => r.fromYear === null || r.toYear === null || r.fromYear <= r.toYear, { message: 'end_before_start', path: ['toYear'] });
export type StatisticsInput = z.infer<typeof StatisticsInput>;

export const StatisticsRow = z.object({
  /** A country code, a prefecture (都道府県) or a training field id; null for "not recorded". */
  key: z.string().nullable(),
  /** The field's names (field rows only). */
  nameJa: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** Trainees per fiscal year, in the order of `years`. */
  counts: z.array(z.number()),
  total: z.number(),
});
export type StatisticsRow = z.infer<typeof StatisticsRow>;

export const StatisticsTable = z.object({ rows: z.array(StatisticsRow), totals: z.array(z.number()), total: z.number() });
export type StatisticsTable = z.infer<typeof StatisticsTable>;

export const Statistics = z.object({
  /** The fiscal years in the range that hold any counted trainee, oldest first. */
  years: z.array(z.number()),
  /** 「42カ国と1地域から1,213人」, counted from the records. */
  headline: z.object({ countries: z.number(), regions: z.number(), trainees: z.number() }),
  /** Trainees who withdrew after coming to Japan: counted (受入実績 counts those who came). */
  withdrawnCounted: z.number(),
  /** Trainees who withdrew before coming, and applicants or selected trainees not yet come: not counted. */
  notCounted: z.number(),
  byCountry: StatisticsTable,
  byPrefecture: StatisticsTable,
  byField: StatisticsTable,
});
export type Statistics = z.infer<typeof Statistics>;

/** An archive workbook: many years, in a fiscal-year column or one sheet per year. */
export const ArchiveImportInput = z.object({
  fileName: typedText({ error: 'required' }).min(1, 'required').max(255, 'too_long'),
  dataBase64: base64File(IMPORT_MAX_BYTES),
  jobId: uuid.nullish().transform((v) => v ?? null),
});
export type ArchiveImportInput = z.infer<typeof ArchiveImportInput>;

export const ArchivePreview = ImportPreview.extend({
  /** The fiscal years the file holds, with how many rows each; `isNew` years are created (milestones unknown). */
  years: z.array(z.object({ fiscalYear: z.number(), rows: z.number(), isNew: z.boolean() })),
  /** Hosts named in the file and not in the master list (都道府県 + 市町村), added on import. */
  newHosts: z.array(z.string()),
  /** Rows of a person seen on an earlier row of the file (same passport, or name and birth date): one trainee, another host. */
  samePerson: z.array(z.object({ row: z.number(), earlierRow: z.number() })),
  /** Rows with neither passport nor birth date: found again on a reimport only by name, fiscal year and host. */
  withoutKey: z.number(),
});
export type ArchivePreview = z.infer<typeof ArchivePreview>;

/** The statistics channels, and the archive import they are counted from; spread into the contract in channels.ts. */
export const statisticsChannels = {
  'statistics:summary': {
    doc: 'Trainees who came (受入実績) by country × fiscal year, by host prefecture × year and by field, with totals and the headline.',
    input: StatisticsInput,
    output: Statistics,
  },
  'statistics:export': {
    doc: 'The three statistics tables as an Excel workbook (a sheet each), countries in the order of the language.',
    input: z.object({ fromYear: FiscalYear.nullable(), toYear: FiscalYear.nullable(), language: Language }),
    output: ExportFile,
  },
  'imports:archive-preview': {
    doc: 'Dry run of an archive workbook of many years: each row new, update, unchanged or error; the years, hosts and sending governments it would add.',
    input: ArchiveImportInput,
    output: ArchivePreview,
  },
  'imports:archive-apply': {
    doc: 'Apply an archive workbook in one transaction (years with unknown milestones, trainees, hosts, assignments); undone as a whole.',
    input: ArchiveImportInput,
    output: ImportResult,
  },
} satisfies Record<string, ChannelDef>;
