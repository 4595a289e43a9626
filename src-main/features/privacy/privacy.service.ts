import { fieldsOfClass, type ClassedTraineeField } from '@shared/contract/field-classes';
import type { ExportRecord } from '@shared/contract/privacy';
import { maskIdentifier } from '@shared/text/mask';
import { newId } from '../../db/ids';
import type { Ctx } from '../context';
import * as repo from './export-records.repo';

const IDENTIFIERS = fieldsOfClass('identifier');
const IDENTIFIER_SET: ReadonlySet<string> = new Set(IDENTIFIERS);

/** Whether a trainee field is a 個人識別符号 (masked unless a person asks for it). */
export function isIdentifier(field: string | null): boolean {
  return field !== null && IDENTIFIER_SET.has(field);
}

/**
 * A copy of a record with its 個人識別符号 masked (TK12•••78), unless `reveal`: what a list, the
 * history or an export gives out by default. Other fields are left as they are.
 */
export function maskIdentifiers<T extends object>(record: T, reveal = false): T {
  if (reveal) return record;
  const masked = { ...record } as Record<string, unknown>;
  for (const field of IDENTIFIERS) {
    const value = masked[field];
    if (typeof value === 'string') masked[field] = maskIdentifier(value);
  }
  return masked as T;
}

/** The identifier fields that hold a value in at least one of the rows, and in how many rows any does. */
export function identifiersIn(rows: readonly object[]): { columns: ClassedTraineeField[]; people: number } {
  const held = (r: object, f: ClassedTraineeField) => {
    const value = (r as Record<string, unknown>)[f];
    return typeof value === 'string' && value !== '';
  };
  const columns = IDENTIFIERS.filter((f) => rows.some((r) => held(r, f)));
  const people = rows.filter((r) => IDENTIFIERS.some((f) => held(r, f))).length;
  return { columns, people };
}

/**
 * Records one export that included 個人識別符号 in full: who (the staff name of this PC), when,
 * which list and year, which columns, how many people. Shared with the other PCs through sync.
 */
export function recordExport(ctx: Ctx, input: Pick<ExportRecord, 'list' | 'fiscalYear' | 'columns' | 'fileName' | 'people'>): ExportRecord {
  const record: ExportRecord = { id: newId(), exportedAt: ctx.now().toISOString(), author: ctx.author(), ...input };
  ctx.db.transaction(() => repo.insertExportRecord(ctx, record))();
  return record;
}

/** Every export that included identifiers, on any PC, newest first. */
export function listExportRecords(ctx: Ctx): ExportRecord[] {
  return repo.listExportRecords(ctx.db);
}
