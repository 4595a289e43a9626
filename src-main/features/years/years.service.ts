import type { Milestone, YearDetail, YearSummary } from '@shared/contract/years';
import { keyedId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import { deleteChildren } from '../../db/rows';
import { deleteGroup } from '../pickup/pickup.repo';
import { deleteEvent } from '../schedule/schedule.repo';
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

/** Changes one milestone's dates. */
export function updateMilestone(ctx: Ctx, input: { id: string; startsOn: string; endsOn: string | null }): Milestone {
  const updated = ctx.db.transaction(() => repo.updateMilestoneDates(ctx, input.id, input))();
  if (!updated) throw new AppError('not_found', { entity: 'milestone' });
  return repo.findMilestone(ctx.db, input.id)!;
}

/** Rows that belong to a year alone, deleted with it one by one so the change log sees them. */
function deleteYearContents(ctx: Ctx, yearId: string): void {
  const ids = (sql: string) => (ctx.db.prepare(sql).all(yearId) as Array<{ id: string }>).map((r) => r.id);
  for (const id of ids('SELECT id FROM pickup_groups WHERE year_id = ?')) deleteGroup(ctx, id);
  for (const id of ids('SELECT id FROM schedule_events WHERE year_id = ?')) deleteEvent(ctx, id);
  for (const table of ['jiam_classes', 'survey_answers', 'room_stays', 'host_assignments'] as const) deleteChildren(ctx, table, 'year_id', yearId);
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
