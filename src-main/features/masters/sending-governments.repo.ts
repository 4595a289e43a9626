import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SendingGovernment } from '@shared/contract/trainees';
import { insertRow, updateRow, type Writer } from '../../db/rows';

interface Row {
  id: string;
  country: string;
  province_local: string | null;
  province_en: string | null;
  name_local: string;
  name_en: string;
  name_ja: string | null;
}

function toSendingGovernment(r: Row): SendingGovernment {
  return {
    id: r.id,
    country: r.country,
    provinceLocal: r.province_local,
    provinceEn: r.province_en,
    nameLocal: r.name_local,
    nameEn: r.name_en,
    nameJa: r.name_ja,
  };
}

export function listSendingGovernments(db: Database, country: string | null): SendingGovernment[] {
  const rows = (
    country
      ? db.prepare('SELECT * FROM sending_governments WHERE country = ? ORDER BY name_en').all(country)
      : db.prepare('SELECT * FROM sending_governments ORDER BY country, name_en').all()
  ) as Row[];
  return rows.map(toSendingGovernment);
}

export function findSendingGovernment(db: Database, id: string): SendingGovernment | null {
  const row = db.prepare('SELECT * FROM sending_governments WHERE id = ?').get(id) as Row | undefined;
  return row ? toSendingGovernment(row) : null;
}

export function findSendingGovernmentByName(db: Database, country: string, nameEn: string): SendingGovernment | null {
  const row = db
    .prepare('SELECT * FROM sending_governments WHERE country = ? AND name_en = ? COLLATE NOCASE')
    .get(country, nameEn) as Row | undefined;
  return row ? toSendingGovernment(row) : null;
}

function columns(g: SendingGovernment) {
  return {
    country: g.country,
    province_local: g.provinceLocal,
    province_en: g.provinceEn,
    name_local: g.nameLocal,
    name_en: g.nameEn,
    name_ja: g.nameJa,
  };
}

export function insertSendingGovernment(w: Writer, g: SendingGovernment): void {
  insertRow(w, 'sending_governments', { id: g.id, ...columns(g) });
}

export function updateSendingGovernment(w: Writer, g: SendingGovernment): boolean {
  return updateRow(w, 'sending_governments', g.id, columns(g));
}

export function listTrainingFields(db: Database) {
  return db.prepare('SELECT id, name_ja AS nameJa, name_en AS nameEn FROM training_fields ORDER BY position').all() as Array<{
    id: string;
    nameJa: string;
    nameEn: string;
  }>;
}

export function insertTrainingField(w: Writer, f: { id: string; nameJa: string; nameEn: string }): void {
  const { next } = w.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM training_fields').get() as { next: number };
  insertRow(w, 'training_fields', { id: f.id, name_ja: f.nameJa, name_en: f.nameEn, position: next });
}

export function updateTrainingField(w: Writer, f: { id: string; nameJa: string; nameEn: string }): boolean {
  return updateRow(w, 'training_fields', f.id, { name_ja: f.nameJa, name_en: f.nameEn });
}

/** SQL columns of a sending government joined as `sg`, read back by joinedSendingGovernment. */
export const SENDING_GOVERNMENT_COLUMNS = `sg.country AS sg_country, sg.province_local AS sg_province_local, sg.province_en AS sg_province_en,
  sg.name_local AS sg_name_local, sg.name_en AS sg_name_en, sg.name_ja AS sg_name_ja`;

/** The sending government of a joined row (by its id column), or null when the row has none. */
export function joinedSendingGovernment(row: Record<string, unknown>, idColumn: string): SendingGovernment | null {
  const s = (k: string) => (row[k] ?? null) as string | null;
  if (!row[idColumn]) return null;
  return {
    id: s(idColumn)!,
    country: s('sg_country')!,
    provinceLocal: s('sg_province_local'),
    provinceEn: s('sg_province_en'),
    nameLocal: s('sg_name_local')!,
    nameEn: s('sg_name_en')!,
    nameJa: s('sg_name_ja'),
  };
}

/** The training field of a row joined as `tf`, or null. */
export function joinedTrainingField(row: Record<string, unknown>): { id: string; nameJa: string; nameEn: string } | null {
  if (!row.training_field_id) return null;
  return { id: row.training_field_id as string, nameJa: row.tf_name_ja as string, nameEn: row.tf_name_en as string };
}
