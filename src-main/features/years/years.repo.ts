import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Milestone, MilestoneKind, YearSummary } from '@shared/contract/years';
import { deleteRow, insertRow, updateRow, type Writer } from '../../db/rows';

interface YearRow {
  id: string;
  fiscal_year: number;
  trainee_count: number;
  closed_on: string | null;
  milestones_unknown: number;
  created_at: string;
  updated_at: string;
}

interface MilestoneRow {
  id: string;
  kind: MilestoneKind;
  starts_on: string;
  ends_on: string | null;
}

const YEAR_SELECT = `
  SELECT y.id, y.fiscal_year, y.closed_on, y.milestones_unknown, y.created_at, y.updated_at,
         (SELECT COUNT(*) FROM trainees t WHERE t.year_id = y.id) AS trainee_count
  FROM program_years y`;

function toYear(row: YearRow): YearSummary {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    traineeCount: row.trainee_count,
    closedOn: row.closed_on,
    milestonesUnknown: row.milestones_unknown === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toMilestone(row: MilestoneRow): Milestone {
  return { id: row.id, kind: row.kind, startsOn: row.starts_on, endsOn: row.ends_on };
}

export function listYears(db: Database): YearSummary[] {
  return (db.prepare(`${YEAR_SELECT} ORDER BY y.fiscal_year DESC`).all() as YearRow[]).map(toYear);
}

export function findYear(db: Database, id: string): YearSummary | null {
  const row = db.prepare(`${YEAR_SELECT} WHERE y.id = ?`).get(id) as YearRow | undefined;
  return row ? toYear(row) : null;
}

export function findYearByFiscalYear(db: Database, fiscalYear: number): YearSummary | null {
  const row = db.prepare(`${YEAR_SELECT} WHERE y.fiscal_year = ?`).get(fiscalYear) as YearRow | undefined;
  return row ? toYear(row) : null;
}

export function insertYear(w: Writer, year: { id: string; fiscalYear: number; milestonesUnknown?: boolean }): void {
  insertRow(w, 'program_years', { id: year.id, fiscal_year: year.fiscalYear, milestones_unknown: year.milestonesUnknown ? 1 : null });
}

export function deleteYear(w: Writer, id: string): boolean {
  for (const m of listMilestones(w.db, id)) deleteRow(w, 'year_milestones', m.id);
  return deleteRow(w, 'program_years', id);
}

export function insertMilestone(w: Writer, m: Milestone & { yearId: string; position: number }): void {
  insertRow(w, 'year_milestones', {
    id: m.id,
    year_id: m.yearId,
    kind: m.kind,
    position: m.position,
    starts_on: m.startsOn,
    ends_on: m.endsOn,
  });
}

export function listMilestones(db: Database, yearId: string): Milestone[] {
  const rows = db
    .prepare('SELECT id, kind, starts_on, ends_on FROM year_milestones WHERE year_id = ? ORDER BY position')
    .all(yearId) as MilestoneRow[];
  return rows.map(toMilestone);
}

export function findMilestone(db: Database, id: string): Milestone | null {
  const row = db.prepare('SELECT id, kind, starts_on, ends_on FROM year_milestones WHERE id = ?').get(id) as
    | MilestoneRow
    | undefined;
  return row ? toMilestone(row) : null;
}

export function updateMilestoneDates(w: Writer, id: string, dates: { startsOn: string; endsOn: string | null }): boolean {
  return updateRow(w, 'year_milestones', id, { starts_on: dates.startsOn, ends_on: dates.endsOn });
}
