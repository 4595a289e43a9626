/** The weeks of the schedule screen, on `YYYY-MM-DD` dates (the arithmetic is the shared one). */
import { addDays, weekdayOf } from '@shared/text/date-math';

export { addDays };

/** The Monday of the week a date is in (weeks run Monday to Sunday, as in Japanese offices' calendars). */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The seven dates of the week a date is in. */
export function weekOf(date: string): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
