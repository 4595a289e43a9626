/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, and the date in Japan at an instant. A date is a
 * day on the office's calendar, not an instant: the sums are done at UTC midnight, so they come
 * out the same on every PC whatever its time zone. Wall-clock times (`YYYY-MM-DDTHH:MM`) may be
 * given where a date is asked for; only their date counts.
 */

/** A day in milliseconds, for instants (a date's sums go through the functions below). */
export const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date so many days later (earlier when negative): 2024-02-28 + 2 = 2024-03-01. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from one date to another: negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The day of the week, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

// Formatters are costly to make: one for the whole process.
const JAPAN_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Japan at an instant (the office's calendar), as `YYYY-MM-DD`. */
export function japanDate(instant: Date | number): string {
  const parts = Object.fromEntries(JAPAN_DATE.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Japan, whatever this PC's clock is set to show. */
export function todayInJapan(): string {
  return japanDate(Date.now());
}
