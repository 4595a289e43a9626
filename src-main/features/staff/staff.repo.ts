import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Staff } from '@shared/contract/arrivals';
import { deleteChildren, deleteRow, insertRow, prepared, updateRow, type Writer } from '../../db/rows';

type Row = Record<string, string | null>;
type StaffFields = Omit<Staff, 'id'>;

function toStaff(r: Row): Staff {
  return {
    id: r.id!,
    name: r.name!,
    nameEn: r.name_en ?? null,
    organisation: r.organisation as Staff['organisation'],
    phone: r.phone ?? null,
    email: r.email ?? null,
    notes: r.notes ?? null,
  };
}

function columns(s: StaffFields) {
  return { name: s.name, name_en: s.nameEn, organisation: s.organisation, phone: s.phone, email: s.email, notes: s.notes };
}

/** Everyone on the staff list, CLAIR first, then by name. */
export function listStaff(db: Database): Staff[] {
  const sql = `SELECT * FROM staff ORDER BY CASE organisation WHEN 'clair' THEN 0 WHEN 'travel_agent' THEN 1 WHEN 'jiam' THEN 2 WHEN 'host' THEN 3 ELSE 4 END, name`;
  return (prepared(db, sql).all() as Row[]).map(toStaff);
}

export function findStaff(db: Database, id: string): Staff | null {
  const row = prepared(db, 'SELECT * FROM staff WHERE id = ?').get(id) as Row | undefined;
  return row ? toStaff(row) : null;
}

export function insertStaff(w: Writer, id: string, s: StaffFields): void {
  insertRow(w, 'staff', { id, ...columns(s) });
}

export function updateStaff(w: Writer, id: string, s: StaffFields): boolean {
  return updateRow(w, 'staff', id, columns(s));
}

/** Removes a person from the list, from the pickup groups they were in and from the events they ran. */
export function deleteStaff(w: Writer, id: string): boolean {
  deleteChildren(w, 'pickup_staff', 'staff_id', id);
  const events = prepared(w.db, 'SELECT id FROM schedule_events WHERE staff_id = ?').all(id) as Array<{ id: string }>;
  for (const e of events) updateRow(w, 'schedule_events', e.id, { staff_id: null });
  return deleteRow(w, 'staff', id);
}
