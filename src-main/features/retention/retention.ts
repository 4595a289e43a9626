import type { CLOSE_OUT_TRAINEE_COLUMNS } from '@shared/contract/field-classes';
import type { ReturnSource } from '@shared/contract/retention';

/** The date so many years later, the 29th of February becoming the 28th in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * When a trainee went home. The return flight on record is what happened (a trainee who left
 * early flew early); without one, the end of the year's "return home" milestone, the last day
 * the year's trainees fly home — never earlier than the truth, so nothing is erased too soon.
 * The status is not used: "completed" or "withdrawn" says that, not when.
 */
export function returnDate(
  returnFlightDeparts: string | null,
  milestone: { startsOn: string; endsOn: string | null } | null,
  fiscalYear: number,
): { returnedOn: string; returnSource: ReturnSource } {
  if (returnFlightDeparts) return { returnedOn: returnFlightDeparts.slice(0, 10), returnSource: 'return_flight' };
  // A year always has its milestones; were it to lose them, the fiscal year's end stands in.
  return { returnedOn: milestone?.endsOn ?? milestone?.startsOn ?? `${fiscalYear + 1}-03-31`, returnSource: 'year_milestone' };
}

/** Past the retention period: kept the full period after the return, erasable from the next day. */
export function isPastRetention(keptUntil: string, today: string): boolean {
  return today > keptUntil;
}

/** A close-out column as the contract and the translations name it (`passport_number` → `passportNumber`). */
export function fieldOfColumn(column: (typeof CLOSE_OUT_TRAINEE_COLUMNS)[number]): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
