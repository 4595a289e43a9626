import type { Itinerary } from '@shared/contract/schedule';

type Day = Itinerary['days'][number];

const sameNight = (a: Day['night'], b: Day['night']) => (a === null && b === null) || (a !== null && b !== null && a.placeNameJa === b.placeNameJa && a.roomName === b.roomName);

/** Days with events stand alone; quiet days in the same bed run together into one row. */
export function condenseDays(days: readonly Day[]): Array<{ from: string; to: string; day: Day }> {
  const rows: Array<{ from: string; to: string; day: Day }> = [];
  for (const day of days) {
    const last = rows.at(-1);
    if (last && day.events.length === 0 && last.day.events.length === 0 && sameNight(last.day.night, day.night)) last.to = day.date;
    else rows.push({ from: day.date, to: day.date, day });
  }
  return rows;
}
