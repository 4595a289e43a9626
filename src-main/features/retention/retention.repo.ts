import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CLOSE_OUT_PROCEDURE_COLUMNS, CLOSE_OUT_TRAINEE_COLUMNS } from '@shared/contract/field-classes';
import type { DisposalRecord } from '@shared/contract/retention';
import type { NameLang, NameOrder } from '@shared/contract/trainees';
import { insertRow, prepared, readRow, updateRow, type Writer } from '../../db/rows';

/** The office's one retention rule has the same id on every PC, so two set apart merge as one. */
export function findRetentionYears(db: Database, id: string): number | null {
  const row = readRow(db, 'retention_policy', id);
  return row ? Number(row.years) : null;
}

export function saveRetentionYears(w: Writer, id: string, years: number): void {
  if (!updateRow(w, 'retention_policy', id, { years })) insertRow(w, 'retention_policy', { id, years });
}

export interface CloseOutRow {
  id: string;
  family_name_native: string | null;
  given_name_native: string | null;
  family_name_latin: string | null;
  given_name_latin: string | null;
  name_lang: NameLang;
  name_order: NameOrder;
  /** The departure of the latest return flight, local time. */
  return_departs: string | null;
  has_photo: number;
  /** Whether an entry-procedure item of theirs still holds a scan or a note (CLOSE_OUT_PROCEDURE_COLUMNS). */
  has_procedure_documents: number;
  /** The close-out columns, as stored. */
  values: Record<(typeof CLOSE_OUT_TRAINEE_COLUMNS)[number], string | null>;
}

/** Every trainee of a year (the trash included: what is there is held all the same), with what the close-out would erase. */
export function listCloseOutRows(db: Database, yearId: string): CloseOutRow[] {
  const columns = CLOSE_OUT_TRAINEE_COLUMNS.map((c) => `t.${c}`).join(', ');
  const documents = CLOSE_OUT_PROCEDURE_COLUMNS.map((c) => `(p.${c} IS NOT NULL AND p.${c} <> '')`).join(' OR ');
  const rows = prepared(
    db,
    `SELECT t.id, t.family_name_native, t.given_name_native, t.family_name_latin, t.given_name_latin, t.name_lang, t.name_order,
            (SELECT MAX(f.departs_local) FROM flights f WHERE f.trainee_id = t.id AND f.kind = 'return') AS return_departs,
            EXISTS (SELECT 1 FROM trainee_photos p WHERE p.id = t.id) AS has_photo,
            EXISTS (SELECT 1 FROM trainee_procedures p WHERE p.trainee_id = t.id AND (${documents})) AS has_procedure_documents, ${columns}
     FROM trainees t WHERE t.year_id = ? ORDER BY t.family_name_latin, t.given_name_latin, t.id`,
  ).all(yearId) as Array<Record<string, string | number | null>>;
  return rows.map((r) => ({
    id: r.id as string,
    family_name_native: r.family_name_native as string | null,
    given_name_native: r.given_name_native as string | null,
    family_name_latin: r.family_name_latin as string | null,
    given_name_latin: r.given_name_latin as string | null,
    name_lang: r.name_lang as NameLang,
    name_order: r.name_order as NameOrder,
    return_departs: r.return_departs as string | null,
    has_photo: Number(r.has_photo),
    has_procedure_documents: Number(r.has_procedure_documents),
    values: Object.fromEntries(CLOSE_OUT_TRAINEE_COLUMNS.map((c) => [c, r[c] as string | null])) as CloseOutRow['values'],
  }));
}

interface DisposalRow {
  id: string;
  year_id: string;
  fiscal_year: number;
  carried_out_at: string;
  carried_out_by: string;
  trainee_count: number;
  photo_count: number;
  items: string;
  retention_years: number;
  backups_rewritten: number;
  backups_failed: string;
}

function toRecord(row: DisposalRow): DisposalRecord {
  return {
    id: row.id,
    yearId: row.year_id,
    fiscalYear: row.fiscal_year,
    carriedOutAt: row.carried_out_at,
    carriedOutBy: row.carried_out_by,
    traineeCount: row.trainee_count,
    photoCount: row.photo_count,
    items: JSON.parse(row.items) as DisposalRecord['items'],
    retentionYears: row.retention_years,
    backupsRewritten: row.backups_rewritten,
    backupsFailed: JSON.parse(row.backups_failed) as string[],
  };
}

export function insertDisposalRecord(w: Writer, record: DisposalRecord): void {
  insertRow(w, 'disposal_records', {
    id: record.id,
    year_id: record.yearId,
    fiscal_year: record.fiscalYear,
    carried_out_at: record.carriedOutAt,
    carried_out_by: record.carriedOutBy,
    trainee_count: record.traineeCount,
    photo_count: record.photoCount,
    items: JSON.stringify(record.items),
    retention_years: record.retentionYears,
    backups_rewritten: record.backupsRewritten,
    backups_failed: JSON.stringify(record.backupsFailed),
  });
}

/** The backups rewritten for a record's close-out, known once its erasure is finished (after the commit). */
export function saveDisposalBackups(w: Writer, id: string, backupsRewritten: number, backupsFailed: string[]): void {
  updateRow(w, 'disposal_records', id, { backups_rewritten: backupsRewritten, backups_failed: JSON.stringify(backupsFailed) });
}

export function listDisposalRecords(db: Database, yearId: string | null): DisposalRecord[] {
  const rows = (
    yearId
      ? prepared(db, 'SELECT * FROM disposal_records WHERE year_id = ? ORDER BY carried_out_at DESC, id DESC').all(yearId)
      : prepared(db, 'SELECT * FROM disposal_records ORDER BY carried_out_at DESC, id DESC').all()
  ) as DisposalRow[];
  return rows.map(toRecord);
}

export function findDisposalRecord(db: Database, id: string): DisposalRecord | null {
  const row = prepared(db, 'SELECT * FROM disposal_records WHERE id = ?').get(id) as DisposalRow | undefined;
  return row ? toRecord(row) : null;
}
