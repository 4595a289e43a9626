import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ProcedureProvider, ProcedureStatus, TemplateItem } from '@shared/contract/procedures';
import type { MilestoneKind } from '@shared/contract/years';
import { insertRow, prepared, updateRow, type Writer } from '../../db/rows';

/** The fields of an item, in the template and in a year's copy. */
export interface ItemFields {
  nameJa: string;
  nameEn: string;
  provider: ProcedureProvider;
  milestoneKind: MilestoneKind;
  offsetDays: number;
  needsTranslation: boolean;
}

export interface StoredYearItem extends TemplateItem {
  yearId: string;
  templateId: string | null;
}

export interface StoredCell {
  id: string;
  traineeId: string;
  itemId: string;
  status: ProcedureStatus;
  changedOn: string | null;
  note: string | null;
  fileName: string | null;
  fileMime: string | null;
  fileSize: number | null;
}

type Row = Record<string, string | number | null>;

function toItem(r: Row): TemplateItem {
  return {
    id: r.id as string,
    key: (r.key as string | null) ?? null,
    nameJa: r.name_ja as string,
    nameEn: r.name_en as string,
    provider: r.provider as ProcedureProvider,
    milestoneKind: r.milestone_kind as MilestoneKind,
    offsetDays: r.offset_days as number,
    needsTranslation: r.needs_translation === 1,
    position: r.position as number,
    isRetired: r.is_retired === 1,
  };
}

function itemColumns(f: ItemFields) {
  return {
    name_ja: f.nameJa,
    name_en: f.nameEn,
    provider: f.provider,
    milestone_kind: f.milestoneKind,
    offset_days: f.offsetDays,
    needs_translation: f.needsTranslation ? 1 : 0,
  };
}

// The template.

export function listTemplate(db: Database): TemplateItem[] {
  return (prepared(db, 'SELECT * FROM procedure_items ORDER BY position, name_ja').all() as Row[]).map(toItem);
}

export function findTemplateItem(db: Database, id: string): TemplateItem | null {
  const row = prepared(db, 'SELECT * FROM procedure_items WHERE id = ?').get(id) as Row | undefined;
  return row ? toItem(row) : null;
}

export function insertTemplateItem(w: Writer, id: string, fields: ItemFields, position: number): void {
  insertRow(w, 'procedure_items', { id, ...itemColumns(fields), position, is_retired: 0 });
}

export function updateTemplateItem(w: Writer, id: string, fields: Partial<ItemFields> & { isRetired?: boolean; position?: number }): boolean {
  const columns: Record<string, string | number> = {};
  if (fields.nameJa !== undefined) Object.assign(columns, itemColumns(fields as ItemFields));
  if (fields.isRetired !== undefined) columns.is_retired = fields.isRetired ? 1 : 0;
  if (fields.position !== undefined) columns.position = fields.position;
  return updateRow(w, 'procedure_items', id, columns);
}

// A year's copy.

function toYearItem(r: Row): StoredYearItem {
  return { ...toItem(r), yearId: r.year_id as string, templateId: (r.template_id as string | null) ?? null };
}

export function listYearItems(db: Database, yearId: string): StoredYearItem[] {
  return (prepared(db, 'SELECT * FROM year_procedure_items WHERE year_id = ? ORDER BY position, name_ja').all(yearId) as Row[]).map(toYearItem);
}

export function findYearItem(db: Database, id: string): StoredYearItem | null {
  const row = prepared(db, 'SELECT * FROM year_procedure_items WHERE id = ?').get(id) as Row | undefined;
  return row ? toYearItem(row) : null;
}

/** The years that have a checklist. */
export function yearsWithChecklist(db: Database): string[] {
  return prepared(db, 'SELECT DISTINCT year_id FROM year_procedure_items').pluck().all() as string[];
}

export function insertYearItem(w: Writer, id: string, yearId: string, template: TemplateItem): void {
  insertRow(w, 'year_procedure_items', {
    id,
    year_id: yearId,
    template_id: template.id,
    key: template.key,
    ...itemColumns(template),
    position: template.position,
    is_retired: template.isRetired ? 1 : 0,
  });
}

export function updateYearItem(w: Writer, id: string, template: TemplateItem, isRetired: boolean): boolean {
  return updateRow(w, 'year_procedure_items', id, { ...itemColumns(template), position: template.position, is_retired: isRetired ? 1 : 0 });
}

/** Whether any trainee has moved on an item (a status other than 未依頼, a note or a file). */
export function isItemUsed(db: Database, itemId: string): boolean {
  return (
    prepared(
      db,
      "SELECT 1 FROM trainee_procedures WHERE item_id = ? AND (status <> 'not_requested' OR note IS NOT NULL OR file IS NOT NULL) LIMIT 1",
    ).get(itemId) !== undefined
  );
}

// Where each trainee stands.

const CELL = `SELECT id, trainee_id, item_id, status, changed_on, note, file_name, file_mime, length(file) AS file_size FROM trainee_procedures`;

function toCell(r: Row): StoredCell {
  return {
    id: r.id as string,
    traineeId: r.trainee_id as string,
    itemId: r.item_id as string,
    status: r.status as ProcedureStatus,
    changedOn: (r.changed_on as string | null) ?? null,
    note: (r.note as string | null) ?? null,
    fileName: (r.file_name as string | null) ?? null,
    fileMime: (r.file_mime as string | null) ?? null,
    fileSize: (r.file_size as number | null) ?? null,
  };
}

export function listCellsOfYear(db: Database, yearId: string): StoredCell[] {
  return (prepared(db, `${CELL} WHERE item_id IN (SELECT id FROM year_procedure_items WHERE year_id = ?)`).all(yearId) as Row[]).map(toCell);
}

export function listCellsOfTrainee(db: Database, traineeId: string): StoredCell[] {
  return (prepared(db, `${CELL} WHERE trainee_id = ?`).all(traineeId) as Row[]).map(toCell);
}

export function findCell(db: Database, id: string): StoredCell | null {
  const row = prepared(db, `${CELL} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toCell(row) : null;
}

export function insertCell(w: Writer, id: string, traineeId: string, itemId: string, fields: Record<string, string | Buffer | null>): void {
  insertRow(w, 'trainee_procedures', { id, trainee_id: traineeId, item_id: itemId, ...fields });
}

export function updateCell(w: Writer, id: string, fields: Record<string, string | Buffer | null>): boolean {
  return updateRow(w, 'trainee_procedures', id, fields);
}

export function readFile(db: Database, id: string): { name: string; mime: string; bytes: Buffer } | null {
  const row = prepared(db, 'SELECT file, file_name, file_mime FROM trainee_procedures WHERE id = ? AND file IS NOT NULL').get(id) as
    | { file: Buffer; file_name: string; file_mime: string }
    | undefined;
  return row ? { name: row.file_name, mime: row.file_mime, bytes: row.file } : null;
}

/** Who wrote a row last (the staff name set on that PC then). */
export function lastAuthor(db: Database, table: string, id: string): string | null {
  const row = prepared(db, 'SELECT author FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc DESC LIMIT 1').get(table, id) as
    | { author: string | null }
    | undefined;
  return row?.author ?? null;
}

// Options.

export const OPTIONS_ID = '00000000-0000-7000-8100-000000000100';
export const DEFAULT_ENTRY_WARNING_WEEKS = 4;

export function readEntryWarningWeeks(db: Database): number {
  const row = prepared(db, 'SELECT entry_warning_weeks FROM procedure_options WHERE id = ?').get(OPTIONS_ID) as { entry_warning_weeks: number } | undefined;
  return row?.entry_warning_weeks ?? DEFAULT_ENTRY_WARNING_WEEKS;
}

export function writeEntryWarningWeeks(w: Writer, weeks: number): void {
  if (!updateRow(w, 'procedure_options', OPTIONS_ID, { entry_warning_weeks: weeks })) {
    insertRow(w, 'procedure_options', { id: OPTIONS_ID, entry_warning_weeks: weeks });
  }
}

/** The log of one row, newest first (its clock, who, and the fields written). */
export function rowLog(db: Database, table: string, id: string): Array<{ hlc: string; author: string | null; changes: string }> {
  return prepared(db, 'SELECT hlc, author, changes FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc DESC').all(table, id) as Array<{
    hlc: string;
    author: string | null;
    changes: string;
  }>;
}
