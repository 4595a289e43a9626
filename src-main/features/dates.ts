// Formatters are costly to make: one for the whole process.
const JAPAN_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Japan at an instant (the office's calendar), as YYYY-MM-DD. */
export function japanDate(instant: Date): string {
  return JAPAN_DATE.format(instant);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 86_400_000);
}
