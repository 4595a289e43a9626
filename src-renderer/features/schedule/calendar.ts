/** Calendar arithmetic on `YYYY-MM-DD` dates, independent of this PC's time zone. */

const DAY = 86400000;

function ms(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(ms(date) + days * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week a date is in (weeks run Monday to Sunday, as in Japanese offices' calendars). */
export function mondayOf(date: string): string {
  const weekday = new Date(ms(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven dates of the week a date is in. */
export function weekOf(date: string): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
