import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DepartureItem, DepartureStatus } from '@shared/contract/departures';
import { insertRow, prepared, updateRow, type Writer } from '../../db/rows';

/** The fields of a return task a person edits. */
export interface ItemFields {
  nameJa: string;
  nameEn: string;
  offsetDays: number;
}

export interface StoredTask {
  id: string;
  traineeId: string;
  itemId: string;
  status: DepartureStatus;
  changedOn: string | null;
  note: string | null;
}

type Row = Record<string, string | number | null>;

function toItem(r: Row): DepartureItem {
  return {
    id: r.id as string,
    key: (r.key as string | null) ?? null,
    nameJa: r.name_ja as string,
    nameEn: r.name_en as string,
    offsetDays: r.offset_days as number,
    position: r.position as number,
    isRetired: r.is_retired === 1,
  };
}

// The template.

export function listItems(db: Database): DepartureItem[] {
  return (prepared(db, 'SELECT * FROM departure_items ORDER BY position, name_ja').all() as Row[]).map(toItem);
}

export function findItem(db: Database, id: string): DepartureItem | null {
  const row = prepared(db, 'SELECT * FROM departure_items WHERE id = ?').get(id) as Row | undefined;
  return row ? toItem(row) : null;
}

export function insertItem(w: Writer, id: string, f: ItemFields, position: number): void {
  insertRow(w, 'departure_items', { id, name_ja: f.nameJa, name_en: f.nameEn, offset_days: f.offsetDays, position, is_retired: 0 });
}

export function updateItem(w: Writer, id: string, f: Partial<ItemFields> & { isRetired?: boolean; position?: number }): boolean {
  const columns: Record<string, string | number> = {};
  if (f.nameJa !== undefined) columns.name_ja = f.nameJa;
  if (f.nameEn !== undefined) columns.name_en = f.nameEn;
  if (f.offsetDays !== undefined) columns.offset_days = f.offsetDays;
  if (f.isRetired !== undefined) columns.is_retired = f.isRetired ? 1 : 0;
  if (f.position !== undefined) columns.position = f.position;
  return updateRow(w, 'departure_items', id, columns);
}

// Where each trainee stands.

const TASK = 'SELECT id, trainee_id, item_id, status, changed_on, note FROM trainee_departure_tasks';

function toTask(r: Row): StoredTask {
  return {
    id: r.id as string,
    traineeId: r.trainee_id as string,
    itemId: r.item_id as string,
    status: r.status as DepartureStatus,
    changedOn: (r.changed_on as string | null) ?? null,
    note: (r.note as string | null) ?? null,
  };
}

export function listTasksOfYear(db: Database, yearId: string): StoredTask[] {
  return (prepared(db, `${TASK} WHERE trainee_id IN (SELECT id FROM trainees WHERE year_id = ?)`).all(yearId) as Row[]).map(toTask);
}

export function listTasksOfTrainee(db: Database, traineeId: string): StoredTask[] {
  return (prepared(db, `${TASK} WHERE trainee_id = ?`).all(traineeId) as Row[]).map(toTask);
}

export function findTask(db: Database, id: string): StoredTask | null {
  const row = prepared(db, `${TASK} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toTask(row) : null;
}

export function insertTask(w: Writer, id: string, traineeId: string, itemId: string, fields: Record<string, string | null>): void {
  insertRow(w, 'trainee_departure_tasks', { id, trainee_id: traineeId, item_id: itemId, ...fields });
}

export function updateTask(w: Writer, id: string, fields: Record<string, string | null>): boolean {
  return updateRow(w, 'trainee_departure_tasks', id, fields);
}
