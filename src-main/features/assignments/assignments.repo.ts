import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Assignment } from '@shared/contract/hosts';
import { latinName, nativeName, type PersonName } from '@shared/contract/names';
import { deleteRow, insertRow, updateRow, type Writer } from '../../db/rows';
import { HOST_NAME_SQL } from '../hosts';
import { joinedTrainingField } from '../masters';

export interface AssignmentRecord {
  id: string;
  yearId: string;
  traineeId: string;
  hostId: string;
  startsOn: string | null;
  endsOn: string | null;
  trainingFieldId?: string | null;
  supervisor?: string | null;
  department?: string | null;
  housingAddress?: string | null;
  notes?: string | null;
}

type AssignmentDetails = Omit<AssignmentRecord, 'id' | 'yearId' | 'traineeId' | 'hostId'>;

/** The columns a person can change after the assignment is made. */
function detailColumns(a: AssignmentDetails) {
  return {
    starts_on: a.startsOn,
    ends_on: a.endsOn,
    training_field_id: a.trainingFieldId ?? null,
    supervisor: a.supervisor ?? null,
    department: a.department ?? null,
    housing_address: a.housingAddress ?? null,
    notes: a.notes ?? null,
  };
}

export function insertAssignment(w: Writer, a: AssignmentRecord): void {
  insertRow(w, 'host_assignments', { id: a.id, year_id: a.yearId, trainee_id: a.traineeId, host_id: a.hostId, ...detailColumns(a) });
}

export function updateAssignment(w: Writer, a: AssignmentDetails & { id: string }): boolean {
  return updateRow(w, 'host_assignments', a.id, detailColumns(a));
}

export function deleteAssignment(w: Writer, id: string): boolean {
  return deleteRow(w, 'host_assignments', id);
}

type Row = Record<string, string | number | null>;

const SELECT = `
  SELECT a.*, y.fiscal_year, ${HOST_NAME_SQL} AS host_name, h.name_en AS host_name_en,
         t.family_name_native, t.given_name_native, t.family_name_latin, t.given_name_latin, t.name_lang, t.name_order,
         tf.name_ja AS tf_name_ja, tf.name_en AS tf_name_en
  FROM host_assignments a
  JOIN program_years y ON y.id = a.year_id
  JOIN hosts h ON h.id = a.host_id
  JOIN trainees t ON t.id = a.trainee_id
  LEFT JOIN training_fields tf ON tf.id = a.training_field_id`;

function toAssignment(r: Row): Assignment {
  const s = (k: string) => (r[k] ?? null) as string | null;
  const person: PersonName = {
    familyNameNative: s('family_name_native'),
    givenNameNative: s('given_name_native'),
    familyNameLatin: s('family_name_latin'),
    givenNameLatin: s('given_name_latin'),
    nameLang: s('name_lang') as PersonName['nameLang'],
    nameOrder: s('name_order') as PersonName['nameOrder'],
  };
  return {
    id: s('id')!,
    yearId: s('year_id')!,
    fiscalYear: r.fiscal_year as number,
    traineeId: s('trainee_id')!,
    traineeName: nativeName(person),
    nameLang: person.nameLang,
    latinName: latinName(person),
    hostId: s('host_id')!,
    hostName: s('host_name')!,
    hostNameEn: s('host_name_en'),
    startsOn: s('starts_on'),
    endsOn: s('ends_on'),
    trainingField: joinedTrainingField(r),
    supervisor: s('supervisor'),
    department: s('department'),
    housingAddress: s('housing_address'),
    notes: s('notes'),
  };
}

/** Assignments of live trainees (not in the trash), by year, host or trainee. */
export function listAssignments(db: Database, filter: { yearId?: string; hostId?: string; traineeId?: string }): Assignment[] {
  const conditions: Array<[string, string | undefined]> = [
    ['a.year_id = @yearId', filter.yearId],
    ['a.host_id = @hostId', filter.hostId],
    ['a.trainee_id = @traineeId', filter.traineeId],
  ];
  const where = ['t.deleted_at IS NULL', ...conditions.filter(([, v]) => v).map(([c]) => c)];
  const sql = `${SELECT} WHERE ${where.join(' AND ')} ORDER BY y.fiscal_year DESC, a.starts_on, h.local_gov_code`;
  return (db.prepare(sql).all({ yearId: filter.yearId, hostId: filter.hostId, traineeId: filter.traineeId }) as Row[]).map(toAssignment);
}

export function findAssignment(db: Database, id: string): Assignment | null {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return row ? toAssignment(row) : null;
}
