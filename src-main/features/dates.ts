/** The date in Japan at an instant (the office's calendar), as YYYY-MM-DD. */
export function japanDate(instant: Date): string {
  return instant.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 86_400_000);
}
