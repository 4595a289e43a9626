/**
 * Wall-clock times at a place and the instants they name. A flight's times are entered as the
 * airport's local time (`YYYY-MM-DDTHH:MM`) and converted with the airport's IANA time zone, so
 * daylight saving and the date line come out right; nothing here depends on this PC's zone.
 */

import { isLocalDateTime } from '@shared/contract/rules';

export { isLocalDateTime };

export const JAPAN = 'Asia/Tokyo';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallMs(local: string): number {
  const [y, mo, d, h, mi] = LOCAL.exec(local)!.slice(1).map(Number) as [number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi);
}

function wallString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time in `timeZone` at the instant `utc` (ISO), as `YYYY-MM-DDTHH:MM`. */
export function utcToLocal(utc: string, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(utc)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetAt(timeZone: string, ms: number): number {
  return (wallMs(utcToLocal(new Date(ms).toISOString(), timeZone)) - Math.floor(ms / 60000) * 60000) / 60000;
}

/**
 * The instant (ISO, UTC) a local time names in `timeZone`. When the clocks go back and the
 * time happens twice, the first is meant; when they go forward and it never happens, null.
 */
export function localToUtc(local: string, timeZone: string): string | null {
  const wall = wallMs(local);
  const candidates = new Set<number>();
  for (const probe of [wall - 14 * 3600000, wall, wall + 14 * 3600000]) {
    candidates.add(wall - offsetAt(timeZone, probe - offsetAt(timeZone, probe) * 60000) * 60000);
    candidates.add(wall - offsetAt(timeZone, probe) * 60000);
  }
  const matches = [...candidates].filter((ms) => utcToLocal(new Date(ms).toISOString(), timeZone) === local).sort((a, b) => a - b);
  return matches.length ? new Date(matches[0]!).toISOString() : null;
}

/** Whole minutes from one instant to another. */
export function minutesBetween(fromUtc: string, toUtc: string): number {
  return Math.round((Date.parse(toUtc) - Date.parse(fromUtc)) / 60000);
}

/** A local time moved by a number of minutes on the same wall clock. */
export function addMinutes(local: string, minutes: number): string {
  return wallString(wallMs(local) + minutes * 60000);
}

const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant (JST, EDT, GMT+5:45); Japan time always reads JST. */
export function zoneAbbreviation(utc: string, timeZone: string): string {
  if (timeZone === JAPAN) return 'JST';
  let names = zoneNames.get(timeZone);
  if (!names) zoneNames.set(timeZone, (names = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })));
  const part = names.formatToParts(new Date(utc)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

