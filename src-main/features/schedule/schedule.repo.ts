import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ScheduleEvent } from '@shared/contract/schedule';
import { keyedId } from '../../db/ids';
import { deleteChildren, deleteRow, insertRow, prepared, updateRow, type Writer } from '../../db/rows';

export type EventFields = Omit<ScheduleEvent, 'id' | 'yearId' | 'staff' | 'traineeIds'> & { staffId: string | null };

function columns(e: EventFields) {
  return {
    kind: e.kind,
    starts_at: e.startsAt,
    ends_at: e.endsAt,
    title_ja: e.titleJa,
    title_en: e.titleEn,
    place: e.place,
    place_en: e.placeEn,
    audience: e.audience,
    staff_id: e.staffId,
    notes_ja: e.notesJa,
    notes_en: e.notesEn,
  };
}

export function insertEvent(w: Writer, id: string, yearId: string, e: EventFields): void {
  insertRow(w, 'schedule_events', { id, year_id: yearId, ...columns(e) });
}

export function updateEvent(w: Writer, id: string, e: EventFields): boolean {
  return updateRow(w, 'schedule_events', id, columns(e));
}

export function deleteEvent(w: Writer, id: string): boolean {
  deleteChildren(w, 'event_attendees', 'event_id', id);
  return deleteRow(w, 'schedule_events', id);
}

/** Makes the event's attendees exactly the given trainees. */
export function setAttendees(w: Writer, eventId: string, traineeIds: readonly string[]): void {
  const current = prepared(w.db, 'SELECT id, trainee_id FROM event_attendees WHERE event_id = ?').all(eventId) as Array<{ id: string; trainee_id: string }>;
  for (const row of current) if (!traineeIds.includes(row.trainee_id)) deleteRow(w, 'event_attendees', row.id);
  for (const traineeId of traineeIds) {
    if (!current.some((row) => row.trainee_id === traineeId)) insertRow(w, 'event_attendees', { id: keyedId('event_attendees', eventId, traineeId), event_id: eventId, trainee_id: traineeId });
  }
}

type Row = Record<string, string | null>;

/** A year's events in time order, each with its attendees and the staff member in charge. */
export function listEvents(db: Database, yearId: string): ScheduleEvent[] {
  const rows = prepared(
    db,
    `SELECT e.*, s.name AS staff_name, s.name_en AS staff_name_en, s.phone AS staff_phone FROM schedule_events e LEFT JOIN staff s ON s.id = e.staff_id
     WHERE e.year_id = ? ORDER BY e.starts_at, e.ends_at, e.title_ja`,
  ).all(yearId) as Row[];
  const attendees = prepared(
    db,
    `SELECT a.event_id, a.trainee_id FROM event_attendees a JOIN schedule_events e ON e.id = a.event_id
     JOIN trainees t ON t.id = a.trainee_id WHERE e.year_id = ? AND t.deleted_at IS NULL`,
  ).all(yearId) as Array<{ event_id: string; trainee_id: string }>;
  return rows.map((r) => ({
    id: r.id!,
    yearId: r.year_id!,
    kind: r.kind as ScheduleEvent['kind'],
    startsAt: r.starts_at!,
    endsAt: r.ends_at ?? null,
    titleJa: r.title_ja!,
    titleEn: r.title_en ?? null,
    place: r.place ?? null,
    placeEn: r.place_en ?? null,
    audience: r.audience as ScheduleEvent['audience'],
    traineeIds: attendees.filter((a) => a.event_id === r.id).map((a) => a.trainee_id),
    staff: r.staff_id ? { id: r.staff_id, name: r.staff_name!, nameEn: r.staff_name_en ?? null, phone: r.staff_phone ?? null } : null,
    notesJa: r.notes_ja ?? null,
    notesEn: r.notes_en ?? null,
  }));
}

export function findEventYear(db: Database, id: string): string | null {
  return (prepared(db, 'SELECT year_id FROM schedule_events WHERE id = ?').get(id) as { year_id: string } | undefined)?.year_id ?? null;
}
