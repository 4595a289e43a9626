import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Place, Room } from '@shared/contract/stays';
import { deleteChildren, deleteRow, insertRow, prepared, updateRow, type Writer } from '../../db/rows';

export type PlaceFields = Omit<Place, 'id' | 'rooms'>;
type Row = Record<string, string | number | null>;

function placeColumns(p: PlaceFields) {
  return { kind: p.kind, name_ja: p.nameJa, name_en: p.nameEn, address: p.address, phone: p.phone, notes: p.notes };
}

export function insertPlace(w: Writer, id: string, p: PlaceFields): void {
  insertRow(w, 'places', { id, ...placeColumns(p) });
}

export function updatePlace(w: Writer, id: string, p: PlaceFields): boolean {
  return updateRow(w, 'places', id, placeColumns(p));
}

/** Deletes a place with its rooms and every night booked in them; pickup groups lose it as destination. */
export function deletePlace(w: Writer, id: string): boolean {
  for (const room of listRooms(w.db, id)) deleteRoom(w, room.id);
  const groups = prepared(w.db, 'SELECT id FROM pickup_groups WHERE destination_place_id = ?').all(id) as Array<{ id: string }>;
  for (const g of groups) updateRow(w, 'pickup_groups', g.id, { destination_place_id: null });
  return deleteRow(w, 'places', id);
}

export function insertRoom(w: Writer, id: string, placeId: string, name: string, capacity: number): void {
  insertRow(w, 'rooms', { id, place_id: placeId, name, capacity });
}

export function updateRoom(w: Writer, id: string, name: string, capacity: number): boolean {
  return updateRow(w, 'rooms', id, { name, capacity });
}

export function deleteRoom(w: Writer, id: string): boolean {
  deleteChildren(w, 'room_stays', 'room_id', id);
  return deleteRow(w, 'rooms', id);
}

function toRoom(r: Row): Room {
  return { id: r.id as string, placeId: r.place_id as string, name: r.name as string, capacity: r.capacity as number };
}

/** Rooms of one place, or of all, in natural order (2, 10, 101). */
export function listRooms(db: Database, placeId?: string): Room[] {
  const rows = (placeId ? prepared(db, 'SELECT * FROM rooms WHERE place_id = ?').all(placeId) : prepared(db, 'SELECT * FROM rooms').all()) as Row[];
  const collator = new Intl.Collator('ja', { numeric: true });
  return rows.map(toRoom).sort((a, b) => collator.compare(a.name, b.name));
}

export function findRoom(db: Database, id: string): Room | null {
  const row = prepared(db, 'SELECT * FROM rooms WHERE id = ?').get(id) as Row | undefined;
  return row ? toRoom(row) : null;
}

/** Every place with its rooms: hotels first, then JIAM, then host housing. */
export function listPlaces(db: Database): Place[] {
  const sql = `SELECT * FROM places ORDER BY CASE kind WHEN 'hotel' THEN 0 WHEN 'jiam' THEN 1 WHEN 'host_housing' THEN 2 ELSE 3 END, name_ja`;
  const rooms = listRooms(db);
  return (prepared(db, sql).all() as Row[]).map((r) => ({
    id: r.id as string,
    kind: r.kind as Place['kind'],
    nameJa: r.name_ja as string,
    nameEn: (r.name_en ?? null) as string | null,
    address: (r.address ?? null) as string | null,
    phone: (r.phone ?? null) as string | null,
    notes: (r.notes ?? null) as string | null,
    rooms: rooms.filter((room) => room.placeId === r.id),
  }));
}

export function findPlace(db: Database, id: string): Place | null {
  return listPlaces(db).find((p) => p.id === id) ?? null;
}
