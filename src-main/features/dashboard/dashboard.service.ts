import type { Archive, YearDashboard } from '@shared/contract/dashboard';
import { TRAINEE_WARNINGS } from '@shared/contract/trainees';
import type { Ctx } from '../context';
import { japanDate } from '@shared/text/date-math';
import { listTrainees } from '../trainees';
import { listTrainingFields } from '../masters';
import { countedTrainees } from '../statistics';
import { getYear } from '../years';
import { archiveTable, countBy, pickCurrentYear } from './dashboard';

/** A year at a glance: who is in which state, from where, in which field, what comes next, what to fix. */
export function yearDashboard(ctx: Ctx, yearId: string): YearDashboard {
  const year = getYear(ctx, yearId);
  const trainees = listTrainees(ctx.db, { yearId, country: null, status: null, trainingFieldId: null, hostId: null, query: null });
  const fields = new Map(listTrainingFields(ctx.db).map((f) => [f.id, f]));
  const today = japanDate(ctx.now());
  return {
    yearId,
    fiscalYear: year.fiscalYear,
    total: trainees.length,
    byStatus: countBy(trainees, (t) => t.status),
    byCountry: countBy(trainees, (t) => t.nationality),
    byField: countBy(trainees, (t) => t.trainingField?.id ?? 'unset').map((c) => ({
      ...c,
      nameJa: fields.get(c.key)?.nameJa ?? null,
      nameEn: fields.get(c.key)?.nameEn ?? null,
    })),
    nextMilestones: year.milestones.filter((m) => (m.endsOn ?? m.startsOn) >= today).slice(0, 3),
    warnings: TRAINEE_WARNINGS.map((warning) => ({
      warning,
      count: trainees.filter((t) => t.warnings.includes(warning)).length,
    })),
  };
}

/**
 * Trainees by country and year as 受入実績 counts them (the statistics' one rule: those who came to
 * Japan, a withdrawal after coming counted; one before, an applicant never selected and a selected
 * trainee who has not come yet not).
 */
export function archive(ctx: Ctx): Archive {
  const { counted } = countedTrainees(ctx.db);
  return archiveTable(counted.map((t) => ({ country: t.nationality, fiscalYear: t.fiscalYear, count: 1 })));
}

/** The year the dashboard opens on (see pickCurrentYear): once a year is closed, the next one. */
export function currentYear(ctx: Ctx): { yearId: string | null } {
  const years = ctx.db
    .prepare(
      `SELECT y.id, y.fiscal_year AS fiscalYear, y.closed_on IS NOT NULL AS isClosed,
              EXISTS (SELECT 1 FROM trainees t WHERE t.year_id = y.id AND t.deleted_at IS NULL
                      AND t.status IN ('selected', 'arrived', 'at_jiam', 'at_host')) AS isRunning
       FROM program_years y`,
    )
    .all() as Array<{ id: string; fiscalYear: number; isClosed: number; isRunning: number }>;
  return { yearId: pickCurrentYear(years.map((y) => ({ ...y, isClosed: y.isClosed === 1, isRunning: y.isRunning === 1 }))) };
}
