import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Staff } from '@shared/contract/arrivals';
import { keyedId } from '../../db/ids';
import { deleteChildren, deleteRow, insertRow, prepared, updateRow, type Writer } from '../../db/rows';

export interface GroupFields {
  name: string;
  nameEn: string | null;
  airport: string;
  terminal: string | null;
  meetingPoint: string | null;
  meetingPointEn: string | null;
  meetingTime: string | null;
  marginMinutes: number;
  windowFrom: string | null;
  windowTo: string | null;
  transport: 'bus' | 'taxi' | 'train' | null;
  destinationPlaceId: string | null;
  notes: string | null;
}

export interface GroupRow extends GroupFields {
  id: string;
  yearId: string;
}

function columns(g: GroupFields) {
  return {
    name: g.name,
    name_en: g.nameEn,
    airport: g.airport,
    terminal: g.terminal,
    meeting_point: g.meetingPoint,
    meeting_point_en: g.meetingPointEn,
    meeting_time: g.meetingTime,
    margin_minutes: g.marginMinutes,
    window_from: g.windowFrom,
    window_to: g.windowTo,
    transport: g.transport,
    destination_place_id: g.destinationPlaceId,
    notes: g.notes,
  };
}

export function insertGroup(w: Writer, id: string, yearId: string, g: GroupFields): void {
  insertRow(w, 'pickup_groups', { id, year_id: yearId, ...columns(g) });
}

export function updateGroup(w: Writer, id: string, g: GroupFields): boolean {
  return updateRow(w, 'pickup_groups', id, columns(g));
}

export function deleteGroup(w: Writer, id: string): boolean {
  deleteChildren(w, 'pickup_members', 'group_id', id);
  deleteChildren(w, 'pickup_staff', 'group_id', id);
  return deleteRow(w, 'pickup_groups', id);
}

type Row = Record<string, string | number | null>;

function toGroup(r: Row): GroupRow {
  const s = (k: string) => (r[k] ?? null) as string | null;
  return {
    id: s('id')!,
    yearId: s('year_id')!,
    name: s('name')!,
    nameEn: s('name_en'),
    airport: s('airport')!,
    terminal: s('terminal'),
    meetingPoint: s('meeting_point'),
    meetingPointEn: s('meeting_point_en'),
    meetingTime: s('meeting_time'),
    marginMinutes: r.margin_minutes as number,
    windowFrom: s('window_from'),
    windowTo: s('window_to'),
    transport: s('transport') as GroupFields['transport'],
    destinationPlaceId: s('destination_place_id'),
    notes: s('notes'),
  };
}

/** A year's groups by meeting time (undecided last), then airport and name. */
export function listGroups(db: Database, yearId: string): GroupRow[] {
  const sql = `SELECT * FROM pickup_groups WHERE year_id = ? ORDER BY meeting_time IS NULL, meeting_time, airport, window_from, name`;
  return (prepared(db, sql).all(yearId) as Row[]).map(toGroup);
}

export function findGroup(db: Database, id: string): GroupRow | null {
  const row = prepared(db, 'SELECT * FROM pickup_groups WHERE id = ?').get(id) as Row | undefined;
  return row ? toGroup(row) : null;
}

/** Makes the group's staff exactly the given people, adding and removing rows as needed. */
export function setGroupStaff(w: Writer, groupId: string, staffIds: readonly string[]): void {
  const current = prepared(w.db, 'SELECT id, staff_id FROM pickup_staff WHERE group_id = ?').all(groupId) as Array<{ id: string; staff_id: string }>;
  for (const row of current) if (!staffIds.includes(row.staff_id)) deleteRow(w, 'pickup_staff', row.id);
  for (const staffId of staffIds) {
    if (!current.some((row) => row.staff_id === staffId)) insertRow(w, 'pickup_staff', { id: keyedId('pickup_staff', groupId, staffId), group_id: groupId, staff_id: staffId });
  }
}

/** The staff of each of a year's groups. */
export function listGroupStaff(db: Database, yearId: string): Map<string, Staff[]> {
  const sql = `SELECT ps.group_id, s.* FROM pickup_staff ps JOIN staff s ON s.id = ps.staff_id
               JOIN pickup_groups g ON g.id = ps.group_id WHERE g.year_id = ? ORDER BY s.organisation, s.name`;
  const byGroup = new Map<string, Staff[]>();
  for (const r of prepared(db, sql).all(yearId) as Array<Record<string, string | null>>) {
    const list = byGroup.get(r.group_id!) ?? [];
    list.push({ id: r.id!, name: r.name!, nameEn: r.name_en ?? null, organisation: r.organisation as Staff['organisation'], phone: r.phone ?? null, email: r.email ?? null, notes: r.notes ?? null });
    byGroup.set(r.group_id!, list);
  }
  return byGroup;
}

/** Which group each trainee of the year is in. */
export function listMembers(db: Database, yearId: string): Array<{ id: string; groupId: string; traineeId: string }> {
  const sql = `SELECT m.id, m.group_id AS groupId, m.trainee_id AS traineeId FROM pickup_members m
               JOIN pickup_groups g ON g.id = m.group_id WHERE g.year_id = ?`;
  return prepared(db, sql).all(yearId) as Array<{ id: string; groupId: string; traineeId: string }>;
}

export function insertMember(w: Writer, groupId: string, traineeId: string): void {
  insertRow(w, 'pickup_members', { id: keyedId('pickup_members', groupId, traineeId), group_id: groupId, trainee_id: traineeId });
}

export function deleteMember(w: Writer, id: string): void {
  deleteRow(w, 'pickup_members', id);
}
