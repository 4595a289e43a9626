import type { Milestone, YearDetail, YearSummary } from '@shared/contract/years';
import { keyedId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import { deleteChildren, deleteRow } from '../../db/rows';
import type { Ctx } from '../context';
import { defaultMilestones } from './years';
import * as repo from './years.repo';

/** All program years, newest first. */
export function listYears(ctx: Ctx): YearSummary[] {
  return repo.listYears(ctx.db);
}

/** One year with its milestones; `not_found` when it does not exist. */
export function getYear(ctx: Ctx, id: string): YearDetail {
  const year = repo.findYear(ctx.db, id);
  if (!year) throw new AppError('not_found', { entity: 'year' });
  return { ...year, milestones: repo.listMilestones(ctx.db, id) };
}

/** Creates a fiscal year with the default milestones, in one transaction. */
export function createYear(ctx: Ctx, fiscalYear: number): YearDetail {
  const id = keyedId('program_years', String(fiscalYear));
  ctx.db.transaction(() => {
    if (repo.findYearByFiscalYear(ctx.db, fiscalYear)) throw new AppError('year_exists', { fiscalYear });
    repo.insertYear(ctx, { id, fiscalYear });
    defaultMilestones(fiscalYear).forEach((m, position) => repo.insertMilestone(ctx, { ...m, id: keyedId('year_milestones', id, m.kind), yearId: id, position }));
  })();
  return getYear(ctx, id);
}

/**
 * A past year for the archive import, inside its transaction: no milestones, marked unknown (the
 * dates were never kept; defaults would be read as facts). The same id as `createYear` gives it, so
 * two PCs that bring in the same year agree.
 */
export function createArchiveYear(ctx: Ctx, fiscalYear: number): string {
  const id = keyedId('program_years', String(fiscalYear));
  repo.insertYear(ctx, { id, fiscalYear, milestonesUnknown: true });
  return id;
}

/** Changes one milestone's dates. */
export function updateMilestone(ctx: Ctx, input: { id: string; startsOn: string; endsOn: string | null }): Milestone {
  const updated = ctx.db.transaction(() => repo.updateMilestoneDates(ctx, input.id, input))();
  if (!updated) throw new AppError('not_found', { entity: 'milestone' });
  return repo.findMilestone(ctx.db, input.id)!;
}

/**
 * The rows that belong to a year alone, each with the rows that hang on it. The year sits below
 * the features that write them (a pickup group is of a year, not the reverse), so they are named
 * here by table, as the schema links them, rather than through those features' code.
 */
export const YEAR_CONTENTS: ReadonlyArray<{ table: string; children: ReadonlyArray<{ table: string; column: string }> }> = [
  { table: 'pickup_groups', children: [{ table: 'pickup_members', column: 'group_id' }, { table: 'pickup_staff', column: 'group_id' }] },
  { table: 'schedule_events', children: [{ table: 'event_attendees', column: 'event_id' }] },
  { table: 'jiam_classes', children: [] },
  { table: 'survey_answers', children: [] },
  { table: 'room_stays', children: [] },
  { table: 'host_assignments', children: [] },
  { table: 'year_procedure_items', children: [{ table: 'trainee_procedures', column: 'item_id' }] },
  { table: 'letter_year_options', children: [] },
];

/** Deletes what belongs to a year row by row, so the change log (and sync) sees each one. */
function deleteYearContents(ctx: Ctx, yearId: string): void {
  for (const { table, children } of YEAR_CONTENTS) {
    const ids = ctx.db.prepare(`SELECT id FROM ${table} WHERE year_id = ?`).all(yearId) as Array<{ id: string }>;
    for (const { id } of ids) {
      for (const child of children) deleteChildren(ctx, child.table, child.column, id);
      deleteRow(ctx, table, id);
    }
  }
}

/** Deletes a year that has no trainees (its milestones, groups, schedule and survey answers go with it). */
export function deleteYear(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    const year = repo.findYear(ctx.db, id);
    if (!year) throw new AppError('not_found', { entity: 'year' });
    if (year.traineeCount > 0) throw new AppError('year_has_trainees', { count: year.traineeCount });
    deleteYearContents(ctx, id);
    repo.deleteYear(ctx, id);
  })();
  return { id };
}
