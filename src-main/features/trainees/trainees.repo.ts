import type { Database } from 'better-sqlite3';
import type { Trainee, TraineeFields } from '../../contract/trainees';
import { deleteRow, insertRow, updateRow, type Row } from '../../db/rows';

interface TraineeRow {
  id: string;
  year_id: string;
  fiscal_year: number;
  family_name_native: string | null;
  given_name_native: string | null;
  family_name_latin: string | null;
  given_name_latin: string | null;
  name_kana: string | null;
  name_lang: Trainee['nameLang'];
  name_order: Trainee['nameOrder'];
  gender: Trainee['gender'];
  birth_date: string | null;
  nationality: string;
  sending_government: string | null;
  position: string | null;
  status: Trainee['status'];
  notes: string | null;
  host_name: string | null;
  created_at: string;
  updated_at: string;
}

// The host shown is the one of the trainee's latest assignment.
const SELECT = `
  SELECT t.*, y.fiscal_year,
         (SELECT h.prefecture_ja || h.name_ja FROM host_assignments a JOIN hosts h ON h.id = a.host_id
           WHERE a.trainee_id = t.id ORDER BY a.starts_on DESC, a.created_at DESC LIMIT 1) AS host_name
  FROM trainees t JOIN program_years y ON y.id = t.year_id`;

function toTrainee(r: TraineeRow): Trainee {
  return {
    id: r.id,
    yearId: r.year_id,
    fiscalYear: r.fiscal_year,
    familyNameNative: r.family_name_native,
    givenNameNative: r.given_name_native,
    familyNameLatin: r.family_name_latin,
    givenNameLatin: r.given_name_latin,
    nameKana: r.name_kana,
    nameLang: r.name_lang,
    nameOrder: r.name_order,
    gender: r.gender,
    birthDate: r.birth_date,
    nationality: r.nationality,
    sendingGovernment: r.sending_government,
    position: r.position,
    status: r.status,
    notes: r.notes,
    hostName: r.host_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toColumns(f: TraineeFields): Row {
  return {
    family_name_native: f.familyNameNative,
    given_name_native: f.givenNameNative,
    family_name_latin: f.familyNameLatin,
    given_name_latin: f.givenNameLatin,
    name_kana: f.nameKana,
    name_lang: f.nameLang,
    name_order: f.nameOrder,
    gender: f.gender,
    birth_date: f.birthDate,
    nationality: f.nationality,
    sending_government: f.sendingGovernment,
    position: f.position,
    status: f.status,
    notes: f.notes,
  };
}

export function listTrainees(db: Database, yearId: string): Trainee[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE t.year_id = ?
       ORDER BY t.nationality, COALESCE(t.family_name_latin, t.given_name_latin) COLLATE NOCASE, t.given_name_latin COLLATE NOCASE`,
    )
    .all(yearId) as TraineeRow[];
  return rows.map(toTrainee);
}

export function findTrainee(db: Database, id: string): Trainee | null {
  const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TraineeRow | undefined;
  return row ? toTrainee(row) : null;
}

export function insertTrainee(db: Database, t: TraineeFields & { id: string; yearId: string }, now: Date): void {
  insertRow(db, 'trainees', { id: t.id, year_id: t.yearId, ...toColumns(t) }, now);
}

export function updateTrainee(db: Database, id: string, fields: TraineeFields, now: Date): boolean {
  return updateRow(db, 'trainees', id, toColumns(fields), now);
}

export function deleteTrainee(db: Database, id: string): boolean {
  return deleteRow(db, 'trainees', id);
}

export function countTrainees(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM trainees').get() as { n: number }).n;
}
