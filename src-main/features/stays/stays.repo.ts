import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Stay } from '@shared/contract/stays';
import { latinName, nativeName, type PersonName } from '@shared/contract/names';
import { deleteRow, insertRow, prepared, type Writer } from '../../db/rows';

export interface StayFields {
  traineeId: string;
  roomId: string;
  checkIn: string;
  checkOut: string;
  notes: string | null;
}

export function insertStay(w: Writer, id: string, yearId: string, s: StayFields): void {
  insertRow(w, 'room_stays', { id, year_id: yearId, trainee_id: s.traineeId, room_id: s.roomId, check_in: s.checkIn, check_out: s.checkOut, notes: s.notes });
}

export function deleteStay(w: Writer, id: string): boolean {
  return deleteRow(w, 'room_stays', id);
}

type Row = Record<string, string | null>;

const SELECT = `
  SELECT s.*, r.name AS room_name, r.place_id, p.name_ja AS place_name_ja, p.name_en AS place_name_en,
         t.family_name_native, t.given_name_native, t.family_name_latin, t.given_name_latin, t.name_lang, t.name_order
  FROM room_stays s
  JOIN rooms r ON r.id = s.room_id
  JOIN places p ON p.id = r.place_id
  JOIN trainees t ON t.id = s.trainee_id`;

function toStay(r: Row): Stay {
  const person: PersonName = {
    familyNameNative: r.family_name_native ?? null,
    givenNameNative: r.given_name_native ?? null,
    familyNameLatin: r.family_name_latin ?? null,
    givenNameLatin: r.given_name_latin ?? null,
    nameLang: r.name_lang as PersonName['nameLang'],
    nameOrder: r.name_order as PersonName['nameOrder'],
  };
  return {
    id: r.id!,
    yearId: r.year_id!,
    traineeId: r.trainee_id!,
    traineeName: nativeName(person),
    nameLang: person.nameLang,
    latinName: latinName(person),
    roomId: r.room_id!,
    roomName: r.room_name!,
    placeId: r.place_id!,
    placeNameJa: r.place_name_ja!,
    placeNameEn: r.place_name_en ?? null,
    checkIn: r.check_in!,
    checkOut: r.check_out!,
    notes: r.notes ?? null,
  };
}

/** A year's stays of live trainees (or one trainee's), by check-in night. */
export function listStays(db: Database, filter: { yearId?: string; traineeId?: string }): Stay[] {
  const where = ['t.deleted_at IS NULL', filter.yearId ? 's.year_id = @yearId' : null, filter.traineeId ? 's.trainee_id = @traineeId' : null].filter(Boolean);
  const sql = `${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.check_in, p.name_ja, r.name`;
  return (prepared(db, sql).all({ yearId: filter.yearId ?? null, traineeId: filter.traineeId ?? null }) as Row[]).map(toStay);
}

export function findStay(db: Database, id: string): Stay | null {
  const row = prepared(db, `${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toStay(row) : null;
}
