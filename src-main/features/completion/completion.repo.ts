import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CertificateSigner, ReportKind } from '@shared/contract/completion';
import { insertRow, prepared, updateRow, type Writer } from '../../db/rows';
import type { LoggedChange } from '../../db/log-values';

// The reports handed in at the end.

export interface StoredReport {
  id: string;
  traineeId: string;
  kind: ReportKind;
  receivedOn: string | null;
  fileName: string | null;
  fileMime: string | null;
  fileSize: number | null;
}

type Row = Record<string, string | number | null>;

const REPORT = 'SELECT id, trainee_id, kind, received_on, file_name, file_mime, length(file) AS file_size FROM completion_reports';

function toReport(r: Row): StoredReport {
  return {
    id: r.id as string,
    traineeId: r.trainee_id as string,
    kind: r.kind as ReportKind,
    receivedOn: (r.received_on as string | null) ?? null,
    fileName: (r.file_name as string | null) ?? null,
    fileMime: (r.file_mime as string | null) ?? null,
    fileSize: (r.file_size as number | null) ?? null,
  };
}

export function listReportsOfTrainee(db: Database, traineeId: string): StoredReport[] {
  return (prepared(db, `${REPORT} WHERE trainee_id = ?`).all(traineeId) as Row[]).map(toReport);
}

export function listReportsOfYear(db: Database, yearId: string): StoredReport[] {
  return (prepared(db, `${REPORT} WHERE trainee_id IN (SELECT id FROM trainees WHERE year_id = ?)`).all(yearId) as Row[]).map(toReport);
}

export function findReport(db: Database, id: string): StoredReport | null {
  const row = prepared(db, `${REPORT} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toReport(row) : null;
}

export function insertReport(w: Writer, id: string, traineeId: string, kind: ReportKind, fields: Record<string, string | Buffer | null>): void {
  insertRow(w, 'completion_reports', { id, trainee_id: traineeId, kind, ...fields });
}

export function updateReport(w: Writer, id: string, fields: Record<string, string | Buffer | null>): boolean {
  return updateRow(w, 'completion_reports', id, fields);
}

export function readReportFile(db: Database, id: string): { name: string; mime: string; bytes: Buffer } | null {
  const row = prepared(db, 'SELECT file, file_name, file_mime FROM completion_reports WHERE id = ? AND file IS NOT NULL').get(id) as
    | { file: Buffer; file_name: string; file_mime: string }
    | undefined;
  return row ? { name: row.file_name, mime: row.file_mime, bytes: row.file } : null;
}

// The year's closing.

export function readClosedOn(db: Database, yearId: string): string | null {
  return (prepared(db, 'SELECT closed_on FROM program_years WHERE id = ?').get(yearId) as { closed_on: string | null } | undefined)?.closed_on ?? null;
}

export function writeClosedOn(w: Writer, yearId: string, closedOn: string | null): boolean {
  return updateRow(w, 'program_years', yearId, { closed_on: closedOn });
}

/** The ids of the closed years. */
export function closedYearIds(db: Database): Set<string> {
  return new Set(prepared(db, 'SELECT id FROM program_years WHERE closed_on IS NOT NULL').pluck().all() as string[]);
}

/** The log of one row, oldest first (its clock, who, and the fields written). */
export function rowLog(db: Database, table: string, id: string): Array<{ hlc: string; author: string | null; changes: LoggedChange[] }> {
  const rows = prepared(db, 'SELECT hlc, author, changes FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc').all(table, id) as Array<{
    hlc: string;
    author: string | null;
    changes: string;
  }>;
  return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as LoggedChange[] }));
}

// Who signs.

/** The one row of the signer (a fixed id, so two PCs setting it write one record). */
export const SIGNER_ID = '00000000-0000-7000-8120-000000000001';

export function readSigner(db: Database): CertificateSigner | null {
  const r = prepared(db, 'SELECT * FROM certificate_signers WHERE id = ?').get(SIGNER_ID) as Row | undefined;
  if (!r) return null;
  return {
    organizationJa: r.signer_organization_ja as string,
    titleJa: r.signer_title_ja as string,
    nameJa: r.signer_name_ja as string,
    organizationEn: (r.signer_organization_en as string | null) ?? null,
    titleEn: (r.signer_title_en as string | null) ?? null,
    nameEn: (r.signer_name_en as string | null) ?? null,
  };
}

export function writeSigner(w: Writer, s: CertificateSigner): void {
  const columns = {
    signer_organization_ja: s.organizationJa,
    signer_title_ja: s.titleJa,
    signer_name_ja: s.nameJa,
    signer_organization_en: s.organizationEn,
    signer_title_en: s.titleEn,
    signer_name_en: s.nameEn,
  };
  if (!updateRow(w, 'certificate_signers', SIGNER_ID, columns)) insertRow(w, 'certificate_signers', { id: SIGNER_ID, ...columns });
}
