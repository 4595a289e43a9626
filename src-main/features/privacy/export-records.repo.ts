import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ExportRecord } from '@shared/contract/privacy';
import { insertRow, prepared, type Writer } from '../../db/rows';

interface RecordRow {
  id: string;
  exported_at: string;
  author: string | null;
  list: ExportRecord['list'];
  fiscal_year: number | null;
  columns: string;
  file_name: string;
  people: number;
}

export function insertExportRecord(w: Writer, r: ExportRecord): void {
  insertRow(w, 'export_records', {
    id: r.id, exported_at: r.exportedAt, author: r.author, list: r.list, fiscal_year: r.fiscalYear,
    columns: JSON.stringify(r.columns), file_name: r.fileName, people: r.people,
  });
}

/** Every export record, newest first. */
export function listExportRecords(db: Database): ExportRecord[] {
  const rows = prepared(db, 'SELECT * FROM export_records ORDER BY exported_at DESC, rowid DESC').all() as RecordRow[];
  return rows.map((r) => ({
    id: r.id, exportedAt: r.exported_at, author: r.author, list: r.list, fiscalYear: r.fiscal_year,
    columns: JSON.parse(r.columns) as ExportRecord['columns'], fileName: r.file_name, people: r.people,
  }));
}
