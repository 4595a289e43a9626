import type { StayWarning } from '@shared/contract/stays';
import { addDays, daysBetween } from '@shared/text/date-math';

/** A cap on the list: a date typed wrong (2204 for 2024) makes no list of 65,000 nights. */
const MOST_NIGHTS = 401;

/** The dates from `from` up to the day before `until` (both `YYYY-MM-DD`): the nights in between. */
export function nightsBetween(from: string, until: string): string[] {
  const count = Math.min(Math.max(daysBetween(from, until), 0), MOST_NIGHTS);
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

export interface RuleStay {
  traineeId: string;
  roomId: string;
  checkIn: string;
  checkOut: string;
}

export interface RuleRoom {
  id: string;
  name: string;
  capacity: number;
}

export interface RuleTrainee {
  id: string;
  name: string;
}

/**
 * What to look at in the rooming: a trainee with no bed on a night of the program, a trainee
 * with two beds the same night, and a room with more people than beds. By night, then name.
 */
export function roomingWarnings(
  programNights: readonly string[],
  trainees: readonly RuleTrainee[],
  rooms: readonly RuleRoom[],
  stays: readonly RuleStay[],
): StayWarning[] {
  const warnings: StayWarning[] = [];
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const nameOf = new Map(trainees.map((t) => [t.id, t.name]));
  const beds = new Map<string, Map<string, string[]>>(); // night → trainee → rooms
  const occupants = new Map<string, Map<string, number>>(); // night → room → count
  for (const stay of stays) {
    for (const night of nightsBetween(stay.checkIn, stay.checkOut)) {
      const byTrainee = beds.get(night) ?? new Map<string, string[]>();
      byTrainee.set(stay.traineeId, [...(byTrainee.get(stay.traineeId) ?? []), stay.roomId]);
      beds.set(night, byTrainee);
      const byRoom = occupants.get(night) ?? new Map<string, number>();
      byRoom.set(stay.roomId, (byRoom.get(stay.roomId) ?? 0) + 1);
      occupants.set(night, byRoom);
    }
  }
  const blank = { traineeId: null, traineeName: null, roomId: null, roomName: null, occupants: null, capacity: null };
  const nights = [...new Set([...programNights, ...beds.keys()])].sort();
  for (const night of nights) {
    for (const t of trainees) {
      const rooms = beds.get(night)?.get(t.id) ?? [];
      if (rooms.length === 0 && programNights.includes(night)) warnings.push({ ...blank, kind: 'no_bed', night, traineeId: t.id, traineeName: t.name });
      if (rooms.length > 1) warnings.push({ ...blank, kind: 'two_beds', night, traineeId: t.id, traineeName: t.name });
    }
    for (const [roomId, count] of occupants.get(night) ?? []) {
      const room = roomById.get(roomId);
      if (room && count > room.capacity) {
        warnings.push({ ...blank, kind: 'over_capacity', night, roomId, roomName: room.name, occupants: count, capacity: room.capacity });
      }
    }
  }
  return warnings.map((w) => (w.traineeId && !w.traineeName ? { ...w, traineeName: nameOf.get(w.traineeId) ?? null } : w));
}
