import type { DepartureStatus, DepartureWarning, TimelineEntry } from '@shared/contract/departures';
import { addDays } from '@shared/text/date-math';
import { isPastDue } from '../procedures';

/**
 * The rules of a return, pure: when a task is due, when it is overdue, what warns, and how the
 * year's departures group by month and airport.
 */

/** Statuses that settle a task. */
const SETTLED: ReadonlySet<DepartureStatus> = new Set(['done', 'not_needed']);

export function isSettled(status: DepartureStatus): boolean {
  return SETTLED.has(status);
}

/** A task's due date: the return flight's departure day moved by the offset; null with no return flight. */
export function taskDueOn(leavesOnFlight: string | null, offsetDays: number): string | null {
  return leavesOnFlight ? addDays(leavesOnFlight, offsetDays) : null;
}

export function isTaskOverdue(status: DepartureStatus, due: string | null, today: string): boolean {
  return isPastDue(due, today) && !isSettled(status);
}

/** What a trainee's return looks like to the warnings. */
export interface ReturnFacts {
  traineeId: string;
  traineeName: string;
  status: string;
  /** The end of training (the assignment's end); null when not set. */
  endsOn: string | null;
  /** The return flight's local departure date; null without one. */
  flightOn: string | null;
  tasks: ReadonlyArray<{ itemId: string; nameJa: string; nameEn: string; status: DepartureStatus; dueOn: string | null }>;
  today: string;
}

/**
 * A trainee's departure warnings: a training end with no return flight, a return flight before
 * the end, still at the host after the end, and each overdue task.
 */
export function departureWarnings(f: ReturnFacts): DepartureWarning[] {
  const base = { traineeId: f.traineeId, traineeName: f.traineeName, itemId: null, itemNameJa: null, itemNameEn: null };
  const warnings: DepartureWarning[] = [];
  if (f.endsOn && !f.flightOn) warnings.push({ ...base, kind: 'no_return_flight', date: f.endsOn });
  if (f.endsOn && f.flightOn && f.flightOn < f.endsOn) warnings.push({ ...base, kind: 'return_before_end', date: f.endsOn });
  if (f.endsOn && f.status === 'at_host' && f.today > f.endsOn) warnings.push({ ...base, kind: 'still_at_host', date: f.endsOn });
  for (const task of f.tasks) {
    if (isTaskOverdue(task.status, task.dueOn, f.today)) {
      warnings.push({ ...base, kind: 'overdue', itemId: task.itemId, itemNameJa: task.nameJa, itemNameEn: task.nameEn, date: task.dueOn });
    }
  }
  return warnings;
}

/**
 * The year's departures by month (`YYYY-MM` of the day they leave) and departure airport (null
 * while there is no return flight); months in order, and in a month the airports by code, the
 * unknown last. Trainees with neither a flight nor a training end are left out.
 */
export function timeline(departures: ReadonlyArray<{ traineeId: string; leavesOn: string | null; airport: string | null }>): TimelineEntry[] {
  const groups = new Map<string, TimelineEntry>();
  for (const d of departures) {
    if (!d.leavesOn) continue;
    const month = d.leavesOn.slice(0, 7);
    const key = `${month}/${d.airport ?? ''}`;
    if (!groups.has(key)) groups.set(key, { month, airport: d.airport, traineeIds: [] });
    groups.get(key)!.traineeIds.push(d.traineeId);
  }
  return [...groups.values()].sort((a, b) => a.month.localeCompare(b.month) || (a.airport ?? '\uffff').localeCompare(b.airport ?? '\uffff'));
}
