import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { TraineeColumn } from '@shared/contract/settings';
import type { HistoryEntry, Trainee, TraineeField, TraineeFields, TraineeRow as TraineeListRow, TraineeSummary } from '@shared/contract/trainees';
import { isTakingPart } from '@shared/contract/trainees';
import { PROCEDURE_HISTORY_FIELDS } from '@shared/contract/procedures';
import { insertRow, prepared, updateRow, type Row, type Writer } from '../../db/rows';
import { displayValue, type LoggedChange, type LoggedValue } from '../../db/log-values';
import { joinedSendingGovernment, joinedTrainingField, SENDING_GOVERNMENT_COLUMNS } from '../masters';
import { CONSENT_FIELDS, CONSENT_SCOPES, sensitiveFieldsOf, TRAINEE_FIELD_CLASSES, type ConsentScope } from '@shared/contract/field-classes';
import { traineeWarnings } from './trainee';
import { searchQuery, searchText } from './search';
import type { Identity } from './duplicates';
import { HOST_NAME_SQL } from '../hosts';

/** familyNameNative → family_name_native: columns are the fields in snake case. */
const columnNames = new Map<string, string>();

export function columnOf(field: string): string {
  let column = columnNames.get(field);
  if (column === undefined) columnNames.set(field, (column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return column;
}

const fieldNames = new Map<string, string>();

export function fieldOf(column: string): string {
  let field = fieldNames.get(column);
  if (field === undefined) fieldNames.set(column, (field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())));
  return field;
}

type TraineeRow = Record<string, string | number | null>;

// The host shown is the one of the trainee's latest assignment; the program ends with the
// latest assignment or, before one exists, with the year's host training.
const SELECT_FROM = `
  FROM trainees t
  JOIN program_years y ON y.id = t.year_id
  LEFT JOIN sending_governments sg ON sg.id = t.sending_government_id
  LEFT JOIN training_fields tf ON tf.id = t.training_field_id
  LEFT JOIN hosts h ON h.id = (SELECT a.host_id FROM host_assignments a WHERE a.trainee_id = t.id
                               ORDER BY a.starts_on DESC, a.created_at DESC LIMIT 1)`;

/**
 * Whether the record holds anything in each 要配慮 scope (held_health, held_religion), worked out
 * in SQL so a list learns that there is a medical note without reading the note.
 */
const HELD_SCOPES = CONSENT_SCOPES.map(
  (scope) => `(${sensitiveFieldsOf(scope).map((f) => `COALESCE(t.${TRAINEE_FIELD_CLASSES[f].column}, '') <> ''`).join(' OR ')}) AS held_${scope}`,
).join(', ');
const CONSENT_COLUMNS = CONSENT_SCOPES.map((scope) => CONSENT_FIELDS[scope].column);

function heldScopesOf(r: TraineeRow): ConsentScope[] {
  return CONSENT_SCOPES.filter((scope) => r[`held_${scope}`] === 1);
}

const DERIVED = `y.fiscal_year, ${HELD_SCOPES},
         ${SENDING_GOVERNMENT_COLUMNS},
         tf.name_ja AS tf_name_ja, tf.name_en AS tf_name_en,
         EXISTS (SELECT 1 FROM trainee_photos p WHERE p.id = t.id) AS has_photo,
         h.id AS host_id, ${HOST_NAME_SQL} AS host_name, h.name_en AS host_name_en,
         COALESCE((SELECT MAX(a.ends_on) FROM host_assignments a WHERE a.trainee_id = t.id),
                  (SELECT m.ends_on FROM year_milestones m WHERE m.year_id = t.year_id AND m.kind = 'host_training'))
           AS program_ends_on`;

const SELECT = `SELECT t.*, ${DERIVED} ${SELECT_FROM}`;

// The list needs the summary and what the warnings are computed from, not the whole record.
const SUMMARY_COLUMNS = [
  'id', 'year_id', 'family_name_native', 'given_name_native', 'family_name_latin', 'given_name_latin', 'name_kana',
  'preferred_name', 'name_lang', 'name_order', 'gender', 'birth_date', 'nationality', 'sending_government_id',
  'training_field_id', 'status', 'status_changed_on', 'deleted_at', 'passport_expiry', 'emergency_name',
  'emergency_phone', 'emergency_email', 'passport_number', ...CONSENT_COLUMNS,
];
const SELECT_SUMMARY = `SELECT ${SUMMARY_COLUMNS.map((c) => `t.${c}`).join(', ')}, ${DERIVED} ${SELECT_FROM}`;

function toTrainee(r: TraineeRow): Trainee {
  // One object filled in place: lists and exports build thousands of these.
  const fields: Record<string, unknown> = {};
  for (const column in r) fields[fieldOf(column)] = r[column] ?? null;
  const heldScopes = heldScopesOf(r);
  for (const scope of CONSENT_SCOPES) delete fields[fieldOf(`held_${scope}`)];
  fields.fiscalYear = r.fiscal_year as number;
  fields.hasPhoto = r.has_photo === 1;
  fields.sendingGovernment = joinedSendingGovernment(r, 'sending_government_id');
  fields.trainingField = joinedTrainingField(r);
  const trainee = fields as unknown as Trainee;
  trainee.warnings = traineeWarnings({ ...trainee, heldScopes }, (r.program_ends_on ?? null) as string | null);
  return trainee;
}

function toColumns(f: Partial<TraineeFields>): Row {
  const row: Row = {};
  for (const field in f) row[columnOf(field)] = f[field as keyof TraineeFields] as string | null;
  return row;
}

export interface TraineeFilter {
  yearId: string | null;
  country: string | null;
  status: string | null;
  trainingFieldId: string | null;
  hostId: string | null;
  /** What was typed in the search box; folded as the stored search text is (search.ts). */
  query: string | null;
  /** Only these statuses (a narrowing the service works out, e.g. those that can carry a warning). */
  statuses?: readonly string[];
}

/** The WHERE of a filtered list over `trainees t`, shared by the list, its count and its pages. */
function whereOf(filter: TraineeFilter): { where: string; params: Record<string, string> } {
  const where = ['t.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  const equals: Array<[keyof TraineeFilter, string]> = [
    ['yearId', 't.year_id'],
    ['country', 't.nationality'],
    ['status', 't.status'],
    ['trainingFieldId', 't.training_field_id'],
  ];
  for (const [key, column] of equals) {
    if (filter[key]) {
      where.push(`${column} = @${key}`);
      params[key] = filter[key] as string;
    }
  }
  if (filter.statuses) {
    const names = filter.statuses.map((status, i) => {
      params[`status${i}`] = status;
      return `@status${i}`;
    });
    where.push(names.length ? `t.status IN (${names.join(', ')})` : '0');
  }
  if (filter.hostId) {
    where.push('EXISTS (SELECT 1 FROM host_assignments a WHERE a.trainee_id = t.id AND a.host_id = @hostId)');
    params.hostId = filter.hostId;
  }
  // Folded here whoever asks (the list, the alumni), as the stored text was: 王暁燕 finds 王晓燕.
  const query = filter.query ? searchQuery(filter.query) : '';
  if (query) {
    if ([...query].length >= 3) {
      where.push(`t.id IN (SELECT s.id FROM trainee_search_fts f JOIN trainee_search s ON s.rowid = f.rowid
                           WHERE trainee_search_fts MATCH @query)`);
      params.query = `"${query.replace(/"/g, '""')}"`;
    } else {
      // Trigrams need three characters; one or two (刘佳, 김) are few enough rows to scan.
      where.push(`t.id IN (SELECT s.id FROM trainee_search s WHERE s.text LIKE @query ESCAPE '\\')`);
      params.query = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
  }
  return { where: where.join(' AND '), params };
}

const LIST_ORDER = `ORDER BY y.fiscal_year DESC, t.nationality, COALESCE(t.family_name_latin, t.given_name_latin) COLLATE NOCASE,
  t.given_name_latin COLLATE NOCASE, t.id`;

/**
 * Trainees not in the trash, filtered, as summaries, the newest year first; the search uses
 * the trigram index from 3 characters on.
 */
export function listTrainees(db: Database, filter: TraineeFilter): TraineeSummary[] {
  const { where, params } = whereOf(filter);
  return (prepared(db, `${SELECT_SUMMARY} WHERE ${where} ${LIST_ORDER}`).all(params) as TraineeRow[]).map(toTrainee);
}

/** How many trainees a filter finds. */
export function countMatching(db: Database, filter: TraineeFilter): number {
  const { where, params } = whereOf(filter);
  return (prepared(db, `SELECT COUNT(*) AS n FROM trainees t WHERE ${where}`).get(params) as { n: number }).n;
}

/**
 * One page of what a filter finds, in the list's order. The page is chosen over ids alone and
 * only its rows are then read whole, so a page of 20,000 costs little more than its own rows.
 */
export function pageTrainees(db: Database, filter: TraineeFilter, offset: number, limit: number): TraineeSummary[] {
  const { where, params } = whereOf(filter);
  const ids = prepared(db, `SELECT t.id FROM trainees t JOIN program_years y ON y.id = t.year_id WHERE ${where} ${LIST_ORDER} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit, offset }) as string[];
  return summariesOf(db, ids);
}

/** Trainees by id, as summaries, in the order of the ids given. */
export function summariesOf(db: Database, ids: readonly string[]): TraineeSummary[] {
  if (ids.length === 0) return [];
  const rows = prepared(db, `${SELECT_SUMMARY} WHERE t.id IN (SELECT value FROM json_each(@ids))`).all({ ids: JSON.stringify(ids) }) as TraineeRow[];
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.map((id) => toTrainee(byId.get(id)!));
}

const LATEST_HOST_JOIN = `LEFT JOIN hosts h ON h.id = (SELECT a.host_id FROM host_assignments a WHERE a.trainee_id = t.id
                               ORDER BY a.starts_on DESC, a.created_at DESC LIMIT 1)`;
const HAS_PHOTO = 'EXISTS (SELECT 1 FROM trainee_photos p WHERE p.id = t.id) AS has_photo';

/** Beyond the names, country, status and year: what sorting by a column needs read, and its joins. */
const SORT_MATERIAL: Partial<Record<TraineeColumn, { select: string; join?: string }>> = {
  sendingGovernment: {
    select: `t.sending_government_id, ${SENDING_GOVERNMENT_COLUMNS}`,
    join: 'LEFT JOIN sending_governments sg ON sg.id = t.sending_government_id',
  },
  trainingField: {
    select: 't.training_field_id, tf.name_ja AS tf_name_ja, tf.name_en AS tf_name_en',
    join: 'LEFT JOIN training_fields tf ON tf.id = t.training_field_id',
  },
  host: { select: `h.id AS host_id, ${HOST_NAME_SQL} AS host_name, h.name_en AS host_name_en`, join: LATEST_HOST_JOIN },
  photo: { select: HAS_PHOTO },
  passportNumber: { select: 't.passport_number' },
  warnings: {
    select: `t.passport_expiry, t.emergency_name, t.emergency_phone, t.emergency_email, ${HAS_PHOTO}, ${HELD_SCOPES},
      ${CONSENT_COLUMNS.map((c) => `t.${c}`).join(', ')},
      COALESCE((SELECT MAX(a.ends_on) FROM host_assignments a WHERE a.trainee_id = t.id),
               (SELECT m.ends_on FROM year_milestones m WHERE m.year_id = t.year_id AND m.kind = 'host_training')) AS program_ends_on`,
  },
};

/**
 * Every trainee a filter finds, in the list's order, with only what sorting by `column` reads
 * (the names, country, status and year, and that column's own data): the rows a sort in the
 * person's language orders before a page is cut. What the sort does not read is left empty.
 */
export function listSortRows(db: Database, filter: TraineeFilter, column: TraineeColumn): TraineeListRow[] {
  const { where, params } = whereOf(filter);
  const material = SORT_MATERIAL[column];
  const sql = `SELECT t.id, y.fiscal_year, t.family_name_native, t.given_name_native, t.family_name_latin, t.given_name_latin,
      t.name_kana, t.name_lang, t.name_order, t.nationality, t.status${material ? `, ${material.select}` : ''}
    FROM trainees t JOIN program_years y ON y.id = t.year_id ${material?.join ?? ''}
    WHERE ${where} ${LIST_ORDER}`;
  return (prepared(db, sql).all(params) as TraineeRow[]).map((r) => {
    const hasPhoto = r.has_photo === 1;
    return {
      id: r.id as string,
      fiscalYear: r.fiscal_year as number,
      familyNameNative: r.family_name_native as string | null,
      givenNameNative: r.given_name_native as string | null,
      familyNameLatin: r.family_name_latin as string | null,
      givenNameLatin: r.given_name_latin as string | null,
      nameKana: r.name_kana as string | null,
      nameLang: r.name_lang as TraineeListRow['nameLang'],
      nameOrder: r.name_order as TraineeListRow['nameOrder'],
      nationality: r.nationality as string,
      status: r.status as TraineeListRow['status'],
      sendingGovernment: joinedSendingGovernment(r, 'sending_government_id'),
      trainingField: joinedTrainingField(r),
      hostId: (r.host_id ?? null) as string | null,
      hostName: (r.host_name ?? null) as string | null,
      hostNameEn: (r.host_name_en ?? null) as string | null,
      hasPhoto,
      passportNumber: (r.passport_number ?? null) as string | null,
      warnings:
        column === 'warnings'
          ? traineeWarnings(
              {
                status: r.status as TraineeListRow['status'],
                passportExpiry: r.passport_expiry as string | null,
                emergencyName: r.emergency_name as string | null,
                emergencyPhone: r.emergency_phone as string | null,
                emergencyEmail: r.emergency_email as string | null,
                hasPhoto,
                heldScopes: heldScopesOf(r),
                healthConsentOn: r.health_consent_on as string | null,
                religionConsentOn: r.religion_consent_on as string | null,
              },
              r.program_ends_on as string | null,
            )
          : [],
    };
  });
}

/** The year's trainees who take part: those expected on arrival day, in rooms, classes and on sheets. */
export function listTakingPart(db: Database, yearId: string): TraineeSummary[] {
  return listTrainees(db, { yearId, country: null, status: null, trainingFieldId: null, hostId: null, query: null }).filter(isTakingPart);
}

/** Whole records of a year's trainees (not in the trash), in one query: for exports. */
export function listFullTrainees(db: Database, yearId: string): Trainee[] {
  const rows = db.prepare(`${SELECT} WHERE t.year_id = ? AND t.deleted_at IS NULL ORDER BY t.nationality, t.family_name_latin, t.given_name_latin`).all(yearId);
  return (rows as TraineeRow[]).map(toTrainee);
}

/** Passport numbers of trainees not in the trash, to match imported rows. */
export function listPassportNumbers(db: Database): Array<{ id: string; passportNumber: string }> {
  return db
    .prepare('SELECT id, passport_number AS passportNumber FROM trainees WHERE deleted_at IS NULL AND passport_number IS NOT NULL')
    .all() as Array<{ id: string; passportNumber: string }>;
}

/** A trainee, whether or not in the trash. */
export function findTrainee(db: Database, id: string): Trainee | null {
  const row = prepared(db, `${SELECT} WHERE t.id = ?`).get(id) as TraineeRow | undefined;
  return row ? toTrainee(row) : null;
}

export function insertTrainee(w: Writer, t: TraineeFields & { id: string; yearId: string; statusChangedOn: string }): void {
  insertRow(w, 'trainees', toColumns(t) as Row & { id: string });
}

export function updateTrainee(w: Writer, id: string, fields: Partial<TraineeFields> & { deletedAt?: string | null }): boolean {
  return updateRow(w, 'trainees', id, toColumns(fields));
}

/** Every trainee's id, in the trash too: for writing the whole search index again. */
export function allTraineeIds(db: Database): string[] {
  return (db.prepare('SELECT id FROM trainees').all() as Array<{ id: string }>).map((r) => r.id);
}

/** Rebuilds one trainee's search text from the record as it is now, or drops it when the record is gone. */
export function reindexTrainee(db: Database, id: string): void {
  const trainee = findTrainee(db, id);
  if (trainee) writeSearchText(db, id, searchText(trainee));
  else prepared(db, 'DELETE FROM trainee_search WHERE id = ?').run(id);
}

/** The derived search text; rebuilt from the record, so it is not part of the change log. */
export function writeSearchText(db: Database, id: string, text: string): void {
  prepared(db, 'INSERT INTO trainee_search (id, text) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET text = excluded.text').run(id, text);
}

export function countTrainees(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM trainees WHERE deleted_at IS NULL').get() as { n: number }).n;
}

export function listTrash(db: Database, since: string): TraineeSummary[] {
  return (
    db.prepare(`${SELECT_SUMMARY} WHERE t.deleted_at IS NOT NULL AND t.deleted_at >= ? ORDER BY t.deleted_at DESC`).all(since) as TraineeRow[]
  ).map(toTrainee);
}

export function listExpiredTrash(db: Database, before: string): string[] {
  return (db.prepare('SELECT id FROM trainees WHERE deleted_at IS NOT NULL AND deleted_at < ?').all(before) as { id: string }[]).map(
    (r) => r.id,
  );
}

interface LogRow {
  table_name: string;
  hlc: string;
  author: string | null;
  op: HistoryEntry['op'];
  changes: string;
}

/** Field changes of one trainee and their photo, newest first. */
/** The fields of an entry-procedure row a person changes (the contract's list); the rest is bookkeeping. */
const PROCEDURE_FIELDS: ReadonlySet<string> = new Set(PROCEDURE_HISTORY_FIELDS);

type HistoryRow = LogRow & { name_ja: string | null; name_en: string | null };

/**
 * Every change to a trainee, newest first: the record itself, its photo, and its entry
 * procedures (each change named by the item's name), from the change log (so what came by
 * sync is there too).
 */
export function listHistory(db: Database, id: string): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT table_name, hlc, author, op, changes, NULL AS name_ja, NULL AS name_en FROM change_log
       WHERE row_id = ? AND table_name IN ('trainees', 'trainee_photos')
       UNION ALL
       SELECT c.table_name, c.hlc, c.author, c.op, c.changes, i.name_ja, i.name_en FROM change_log c
       JOIN trainee_procedures p ON p.id = c.row_id JOIN year_procedure_items i ON i.id = p.item_id
       WHERE c.table_name = 'trainee_procedures' AND p.trainee_id = ?
       ORDER BY hlc DESC`,
    )
    .all(id, id) as HistoryRow[];
  return rows.flatMap((r) => {
    const at = new Date(Number(r.hlc.slice(0, 15))).toISOString();
    const procedureItem = r.table_name === 'trainee_procedures' ? { nameJa: r.name_ja ?? '', nameEn: r.name_en ?? '' } : null;
    const changes = JSON.parse(r.changes) as LoggedChange[];
    // A photo's parts (photo, thumb, mime) and its removal all read as the field "photo".
    const fieldName = (field: string | null) =>
      r.table_name === 'trainee_photos' ? (field === 'photo' || field === null ? 'photo' : field) : procedureItem ? field : field ? (fieldOf(field) as TraineeField) : null;
    const entry = (i: number, field: string | null, before: LoggedValue, after: LoggedValue): HistoryEntry => ({
      id: `${r.hlc}/${i}`, at, author: r.author, op: r.op, field: fieldName(field), oldValue: displayValue(before), newValue: displayValue(after), procedureItem,
    });
    // In the order the item's own history shows them.
    if (procedureItem) return changes.filter(([field]) => PROCEDURE_FIELDS.has(field)).map(([field, before, after], i) => entry(i, field, before, after));
    if (changes.length === 0) return [entry(0, null, null, null)];
    return changes.map(([field, before, after], i) => entry(i, field, before, after)).reverse();
  });
}

const IDENTITY = `SELECT id, family_name_latin AS familyNameLatin, given_name_latin AS givenNameLatin, birth_date AS birthDate,
  passport_number AS passportNumber FROM trainees WHERE deleted_at IS NULL`;

/** What every trainee not in the trash is matched by as a likely duplicate (see duplicates.ts). */
export function listIdentities(db: Database): Array<Identity & { id: string }> {
  return prepared(db, IDENTITY).all() as Array<Identity & { id: string }>;
}

/** The trainees not in the trash with this passport number or this birth date: the few a new record is compared with. */
export function identitiesLike(db: Database, passportNumber: string | null, birthDate: string | null): Array<Identity & { id: string }> {
  return prepared(db, `${IDENTITY} AND (passport_number = @passportNumber OR birth_date = @birthDate)`).all({ passportNumber, birthDate }) as Array<Identity & { id: string }>;
}
