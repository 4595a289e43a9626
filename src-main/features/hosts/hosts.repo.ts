import type { Database } from 'better-sqlite3';
import { insertRow, type Writer } from '../../db/rows';

export interface HostRecord {
  id: string;
  localGovCode: string | null;
  prefectureJa: string;
  nameJa: string;
  nameKana: string | null;
  nameEn: string | null;
}

export function findHostIdByCode(db: Database, code: string): string | null {
  const row = db.prepare('SELECT id FROM hosts WHERE local_gov_code = ?').get(code) as { id: string } | undefined;
  return row?.id ?? null;
}

export function insertHost(w: Writer, h: HostRecord): void {
  insertRow(
    w,
    'hosts',
    {
      id: h.id,
      local_gov_code: h.localGovCode,
      prefecture_ja: h.prefectureJa,
      name_ja: h.nameJa,
      name_kana: h.nameKana,
      name_en: h.nameEn,
    },
  );
}

export interface AssignmentRecord {
  id: string;
  yearId: string;
  traineeId: string;
  hostId: string;
  startsOn: string | null;
  endsOn: string | null;
}

export function insertAssignment(w: Writer, a: AssignmentRecord): void {
  insertRow(
    w,
    'host_assignments',
    {
      id: a.id,
      year_id: a.yearId,
      trainee_id: a.traineeId,
      host_id: a.hostId,
      starts_on: a.startsOn,
      ends_on: a.endsOn,
    },
  );
}

export interface HostSummary {
  id: string;
  localGovCode: string | null;
  prefectureJa: string;
  nameJa: string;
  nameEn: string | null;
}

export function listHosts(db: Database): HostSummary[] {
  return db
    .prepare(
      `SELECT id, local_gov_code AS localGovCode, prefecture_ja AS prefectureJa, name_ja AS nameJa, name_en AS nameEn
       FROM hosts ORDER BY local_gov_code, name_ja`,
    )
    .all() as HostSummary[];
}
