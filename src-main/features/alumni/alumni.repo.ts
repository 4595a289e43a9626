import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AlumniActivity, AlumniActivityKind, AlumniCareer, AlumniConsentScope, ReportKind, TraineeReport } from '@shared/contract/alumni';
import { keyedId } from '../../db/ids';
import { deleteRow, insertRow, prepared, readRow, updateRow, type Writer } from '../../db/rows';

type Row = Record<string, string | number | null>;
const text = (v: unknown) => (v as string | null) ?? null;

// Careers.

export interface CareerFields {
  position: string;
  organisation: string;
  startsOn: string | null;
  endsOn: string | null;
  note: string | null;
}

function toCareer(r: Row): AlumniCareer {
  return {
    id: r.id as string, traineeId: r.trainee_id as string, position: r.position as string, organisation: r.organisation as string,
    startsOn: text(r.starts_on), endsOn: text(r.ends_on), note: text(r.note),
  };
}

const careerColumns = (f: CareerFields) => ({ position: f.position, organisation: f.organisation, starts_on: f.startsOn, ends_on: f.endsOn, note: f.note });

/** Newest post first: a post still held (no end) before one that ended, then by start. */
const CAREER_ORDER = `ORDER BY ends_on IS NOT NULL, COALESCE(ends_on, starts_on) DESC, starts_on DESC, created_at DESC`;

export function listCareers(db: Database, traineeId: string): AlumniCareer[] {
  return (prepared(db, `SELECT * FROM alumni_careers WHERE trainee_id = ? ${CAREER_ORDER}`).all(traineeId) as Row[]).map(toCareer);
}

export function findCareer(db: Database, id: string): AlumniCareer | null {
  const row = readRow(db, 'alumni_careers', id) as Row | undefined;
  return row ? toCareer(row) : null;
}

export function insertCareer(w: Writer, id: string, traineeId: string, f: CareerFields): void {
  insertRow(w, 'alumni_careers', { id, trainee_id: traineeId, ...careerColumns(f) });
}

export function updateCareer(w: Writer, id: string, f: CareerFields): boolean {
  return updateRow(w, 'alumni_careers', id, careerColumns(f));
}

export function deleteCareer(w: Writer, id: string): boolean {
  return deleteRow(w, 'alumni_careers', id);
}

// Contact details (one row per trainee; its id derived from the trainee's, the same on every PC).

/** The id of a trainee's contact row. */
export const contactId = (traineeId: string) => keyedId('alumni_contacts', traineeId);

export interface StoredContact {
  consentOn: string | null;
  consentScope: AlumniConsentScope | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  other: string | null;
  lastContactOn: string | null;
}

function toContact(r: Row): StoredContact {
  return {
    consentOn: text(r.consent_on), consentScope: text(r.consent_scope) as AlumniConsentScope | null, email: text(r.email), phone: text(r.phone),
    address: text(r.address), other: text(r.other), lastContactOn: text(r.last_contact_on),
  };
}

export function readContact(db: Database, traineeId: string): StoredContact | null {
  const row = readRow(db, 'alumni_contacts', contactId(traineeId)) as Row | undefined;
  return row ? toContact(row) : null;
}

/** Every contact row, by trainee id (for the lists). */
export function allContacts(db: Database): Map<string, StoredContact> {
  return new Map((prepared(db, 'SELECT * FROM alumni_contacts').all() as Row[]).map((r) => [r.trainee_id as string, toContact(r)]));
}

export function writeContact(w: Writer, traineeId: string, c: StoredContact): void {
  const columns = {
    consent_on: c.consentOn, consent_scope: c.consentScope, email: c.email, phone: c.phone, address: c.address, other: c.other,
    last_contact_on: c.lastContactOn,
  };
  const id = contactId(traineeId);
  if (readRow(w.db, 'alumni_contacts', id)) updateRow(w, 'alumni_contacts', id, columns);
  else insertRow(w, 'alumni_contacts', { id, trainee_id: traineeId, ...columns });
}

/** The latest post of every alumnus who has one, by trainee id. */
export function latestCareers(db: Database): Map<string, AlumniCareer> {
  const rows = prepared(db, `SELECT * FROM alumni_careers ${CAREER_ORDER}`).all() as Row[];
  const latest = new Map<string, AlumniCareer>();
  for (const r of rows) if (!latest.has(r.trainee_id as string)) latest.set(r.trainee_id as string, toCareer(r));
  return latest;
}

// Activities.

export interface ActivityFields {
  kind: AlumniActivityKind;
  happenedOn: string;
  title: string;
  note: string | null;
}

function toActivity(r: Row): AlumniActivity {
  return { id: r.id as string, traineeId: r.trainee_id as string, kind: r.kind as AlumniActivityKind, happenedOn: r.happened_on as string, title: r.title as string, note: text(r.note) };
}

const activityColumns = (f: ActivityFields) => ({ kind: f.kind, happened_on: f.happenedOn, title: f.title, note: f.note });

export function listActivities(db: Database, traineeId: string): AlumniActivity[] {
  return (prepared(db, 'SELECT * FROM alumni_activities WHERE trainee_id = ? ORDER BY happened_on DESC, created_at DESC').all(traineeId) as Row[]).map(toActivity);
}

export function findActivity(db: Database, id: string): AlumniActivity | null {
  const row = readRow(db, 'alumni_activities', id) as Row | undefined;
  return row ? toActivity(row) : null;
}

export function insertActivity(w: Writer, id: string, traineeId: string, f: ActivityFields): void {
  insertRow(w, 'alumni_activities', { id, trainee_id: traineeId, ...activityColumns(f) });
}

export function updateActivity(w: Writer, id: string, f: ActivityFields): boolean {
  return updateRow(w, 'alumni_activities', id, activityColumns(f));
}

export function deleteActivity(w: Writer, id: string): boolean {
  return deleteRow(w, 'alumni_activities', id);
}

// Reports.

export interface ReportFields {
  kind: ReportKind;
  title: string;
  textJa: string;
  textOriginal: string | null;
  fiscalYear: number;
  publishedIn: string | null;
}

const REPORT = `SELECT id, trainee_id, kind, title, text_ja, text_original, fiscal_year, published_in, photo IS NOT NULL AS has_photo FROM trainee_reports`;

function toReport(r: Row): TraineeReport {
  return {
    id: r.id as string, traineeId: r.trainee_id as string, kind: r.kind as ReportKind, title: r.title as string, textJa: r.text_ja as string,
    textOriginal: text(r.text_original), fiscalYear: r.fiscal_year as number, publishedIn: text(r.published_in), hasPhoto: r.has_photo === 1,
  };
}

const reportColumns = (f: ReportFields) => ({
  kind: f.kind, title: f.title, text_ja: f.textJa, text_original: f.textOriginal, fiscal_year: f.fiscalYear, published_in: f.publishedIn,
});

export function listReports(db: Database, traineeId: string): TraineeReport[] {
  return (prepared(db, `${REPORT} WHERE trainee_id = ? ORDER BY fiscal_year DESC, created_at`).all(traineeId) as Row[]).map(toReport);
}

export function findReport(db: Database, id: string): TraineeReport | null {
  const row = prepared(db, `${REPORT} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toReport(row) : null;
}

/** How many reports each trainee wrote, by trainee id. */
export function reportCounts(db: Database): Map<string, number> {
  const rows = prepared(db, 'SELECT trainee_id, COUNT(*) AS n FROM trainee_reports GROUP BY trainee_id').all() as Array<{ trainee_id: string; n: number }>;
  return new Map(rows.map((r) => [r.trainee_id, r.n]));
}

/**
 * One fiscal year's reports in host order: by the host of the trainee's latest assignment, as
 * the list of local governments orders them (団体コード: prefecture first), then by trainee and title.
 */
export function reportsOfYear(db: Database, fiscalYear: number): TraineeReport[] {
  const sql = `${REPORT} r WHERE r.fiscal_year = ? AND r.trainee_id IN (SELECT id FROM trainees WHERE deleted_at IS NULL)
    ORDER BY (SELECT h.local_gov_code FROM host_assignments a JOIN hosts h ON h.id = a.host_id WHERE a.trainee_id = r.trainee_id
              ORDER BY a.starts_on DESC, a.created_at DESC LIMIT 1) IS NULL,
             (SELECT h.local_gov_code FROM host_assignments a JOIN hosts h ON h.id = a.host_id WHERE a.trainee_id = r.trainee_id
              ORDER BY a.starts_on DESC, a.created_at DESC LIMIT 1),
             r.trainee_id, r.kind, r.title`;
  return (prepared(db, sql).all(fiscalYear) as Row[]).map(toReport);
}

export function insertReport(w: Writer, id: string, traineeId: string, f: ReportFields): void {
  insertRow(w, 'trainee_reports', { id, trainee_id: traineeId, ...reportColumns(f) });
}

export function updateReport(w: Writer, id: string, f: ReportFields): boolean {
  return updateRow(w, 'trainee_reports', id, reportColumns(f));
}

export function setReportPhoto(w: Writer, id: string, photo: Buffer | null, mime: string | null): boolean {
  return updateRow(w, 'trainee_reports', id, { photo, photo_mime: mime });
}

export function readReportPhoto(db: Database, id: string): { photo: Buffer; mime: string } | null {
  const row = prepared(db, 'SELECT photo, photo_mime FROM trainee_reports WHERE id = ? AND photo IS NOT NULL').get(id) as { photo: Buffer; photo_mime: string } | undefined;
  return row ? { photo: row.photo, mime: row.photo_mime } : null;
}

export function deleteReport(w: Writer, id: string): boolean {
  return deleteRow(w, 'trainee_reports', id);
}

// History.

export interface StoredChange {
  table_name: string;
  row_id: string;
  hlc: string;
  author: string | null;
  op: 'insert' | 'update' | 'delete';
  changes: string;
}

const ALUMNI_TABLES = `'alumni_careers', 'alumni_contacts', 'alumni_activities', 'trainee_reports'`;

/** Every logged write of a trainee's alumni rows, those deleted since too, newest first. */
export function alumniChanges(db: Database, traineeId: string): StoredChange[] {
  return prepared(
    db,
    `SELECT table_name, row_id, hlc, author, op, changes FROM change_log
     WHERE table_name IN (${ALUMNI_TABLES}) AND row_id IN (
       SELECT c.row_id FROM change_log c, json_each(c.changes) j
       WHERE c.table_name IN (${ALUMNI_TABLES}) AND c.op = 'insert'
         AND json_extract(j.value, '$[0]') = 'trainee_id' AND json_extract(j.value, '$[2]') = @id)
     ORDER BY hlc DESC`,
  ).all({ id: traineeId }) as StoredChange[];
}
