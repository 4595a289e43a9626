import type { ScheduleEvent } from '@shared/contract/schedule';
import { addDays, daysBetween } from '@shared/text/date-math';

/** A wall-clock time (`YYYY-MM-DDTHH:MM`) or date moved by whole days. */
export function shiftDays<T extends string | null>(value: T, days: number): T {
  if (value === null) return value;
  return (addDays(value, days) + value.slice(10)) as T;
}

/**
 * How far to move last year's schedule: from last year's arrival day to this year's; without
 * both, by whole weeks nearest a year, so each event keeps its weekday.
 */
export function templateShift(fromArrival: string | null, toArrival: string | null, fromFiscalYear: number, toFiscalYear: number): number {
  if (fromArrival && toArrival) return daysBetween(fromArrival, toArrival);
  return Math.round(((toFiscalYear - fromFiscalYear) * 365.25) / 7) * 7;
}

/** Events a trainee attends: everyone's, and those they were chosen for. */
export function eventsFor(events: readonly ScheduleEvent[], traineeId: string): ScheduleEvent[] {
  return events.filter((e) => e.audience === 'all' || e.traineeIds.includes(traineeId));
}
