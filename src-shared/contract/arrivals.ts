import { z } from 'zod';
import { NameLang } from './trainees';
import { email, localDateTime, nullableString, optionalId, optionalLocalDateTime, optionalText, phone, uuid, requiredText } from './rules';


/** A three-letter IATA airport code; lower case and full-width letters are read as upper case. */
export const AirportCode = z
  .string({ error: (issue) => (issue.input == null ? 'required' : 'invalid_airport') })
  .transform((v) => v.normalize('NFKC').trim().toUpperCase())
  .refine((v) => v.length > 0, 'required')
  .refine((v) => v.length === 0 || /^[A-Z]{3}$/.test(v), 'invalid_airport');

/**
 * A flight number as the airline writes it: a two-character designator and up to four digits,
 * with an optional suffix letter. `ke703`, `KE 0703` and `ＫＥ７０３` all become `KE 703`.
 */
export const FlightNumber = z
  .string({ error: (issue) => (issue.input == null ? 'required' : 'invalid_flight_number') })
  .transform((v) => v.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
  .refine((v) => v.length > 0, 'required')
  .refine((v) => v.length === 0 || /^(?=[A-Z0-9]{2})(?![0-9]{2})[A-Z0-9]{2}[0-9]{1,4}[A-Z]?$/.test(v), 'invalid_flight_number')
  .transform((v) => `${v.slice(0, 2)} ${v.slice(2).replace(/^0+(?=\d)/, '')}`);

export const Airport = z.object({
  iata: z.string(),
  name: z.string(),
  /** The Japanese name of airports in Japan. */
  nameJa: nullableString,
  city: z.string(),
  country: nullableString,
  timeZone: z.string(),
});
export type Airport = z.infer<typeof Airport>;

export const FLIGHT_KINDS = ['arrival', 'return', 'domestic'] as const;

const flightFields = {
  kind: z.enum(FLIGHT_KINDS, { error: 'invalid_choice' }),
  flightNumber: FlightNumber,
  fromAirport: AirportCode,
  toAirport: AirportCode,
  /** Local time at the departure airport. */
  departsLocal: localDateTime,
  /** Local time at the arrival airport. */
  arrivesLocal: localDateTime,
  terminal: optionalText(10),
  bookingRef: optionalText(20),
  notes: optionalText(1000, { isMultiline: true }),
};
export const FlightInput = z.object({ traineeId: uuid, ...flightFields });
export const FlightUpdateInput = z.object({ id: uuid, ...flightFields });

export const Flight = z.object({
  id: z.string(),
  traineeId: z.string(),
  kind: z.enum(FLIGHT_KINDS),
  flightNumber: z.string(),
  from: Airport,
  to: Airport,
  departsLocal: z.string(),
  departsUtc: z.string(),
  arrivesLocal: z.string(),
  arrivesUtc: z.string(),
  /** Short zone names at those instants (JST, PET). */
  departsZone: z.string(),
  arrivesZone: z.string(),
  durationMinutes: z.number(),
  /** Calendar days between the local departure and arrival dates (−1 across the date line eastwards). */
  dayShift: z.number(),
  terminal: nullableString,
  bookingRef: nullableString,
  notes: nullableString,
});
export type Flight = z.infer<typeof Flight>;

/** Where an arrival stands on the day: each is one tap on the airport board. */
export const ARRIVAL_STATUSES = ['scheduled', 'landed', 'met', 'on_transport', 'delayed', 'no_show', 'rebooked'] as const;
export type ArrivalStatus = (typeof ARRIVAL_STATUSES)[number];
export const MARKABLE_STATUSES = ['landed', 'met', 'on_transport', 'delayed', 'no_show', 'rebooked'] as const;
/**
 * Marks that say what happened to the plane, so they hold for everyone on it (same flight number, route and day) and are
 * undone for all of them together; the others (met, no-show, on the bus, rebooked) are about one person.
 */
export const FLIGHT_MARKS = ['landed', 'delayed'] as const satisfies readonly (typeof MARKABLE_STATUSES)[number][];
export function isFlightMark(status: string): boolean {
  return (FLIGHT_MARKS as readonly string[]).includes(status);
}

export const ArrivalMarkInput = z
  .object({
    flightId: uuid,
    status: z.enum(MARKABLE_STATUSES, { error: 'invalid_choice' }),
    /** Rebooked: the new flight. */
    newFlightNumber: FlightNumber.nullish().transform((v) => v ?? null),
    /** Delayed or rebooked: the new landing, local time at the arrival airport. */
    newArrivesLocal: optionalLocalDateTime,
  })
  .refine((m) => !['delayed', 'rebooked'].includes(m.status) || m.newArrivesLocal !== null, { message: 'required', path: ['newArrivesLocal'] })
  .refine((m) => m.status !== 'rebooked' || m.newFlightNumber !== null, { message: 'required', path: ['newFlightNumber'] });

export const ArrivalEvent = z.object({
  id: z.string(),
  status: z.enum(MARKABLE_STATUSES),
  newFlight: nullableString,
  newArrivesLocal: nullableString,
  at: z.string(),
  by: nullableString,
});
export type ArrivalEvent = z.infer<typeof ArrivalEvent>;

export const STAFF_ORGANISATIONS = ['clair', 'travel_agent', 'jiam', 'host', 'other'] as const;
export const StaffInput = z.object({
  name: requiredText(100),
  /** The name in Latin letters for the English sheets (KATO Misaki); empty: the name as written. */
  nameEn: optionalText(100),
  organisation: z.enum(STAFF_ORGANISATIONS, { error: 'invalid_choice' }),
  phone,
  email,
  notes: optionalText(500, { isMultiline: true }),
});
export const StaffUpdateInput = StaffInput.extend({ id: uuid });
export const Staff = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: nullableString,
  organisation: z.enum(STAFF_ORGANISATIONS),
  phone: nullableString,
  email: nullableString,
  notes: nullableString,
});
export type Staff = z.infer<typeof Staff>;

export const TRANSPORTS = ['bus', 'taxi', 'train'] as const;

const groupFields = {
  name: requiredText(60),
  /** The English forms, for the English sheets; empty: the Japanese ones. */
  nameEn: optionalText(60),
  airport: AirportCode,
  terminal: optionalText(10),
  meetingPoint: optionalText(200),
  meetingPointEn: optionalText(200),
  /** Local time at the airport; empty means "not decided", and the suggestion is shown. */
  meetingTime: optionalLocalDateTime,
  /** Minutes from landing to the meeting point: immigration and baggage. */
  marginMinutes: z.number({ error: 'invalid_number' }).int('invalid_number').min(0, 'out_of_range_margin').max(240, 'out_of_range_margin').default(60),
  /** The landings this group covers (local time at the airport). */
  windowFrom: optionalLocalDateTime,
  windowTo: optionalLocalDateTime,
  transport: z.enum(TRANSPORTS, { error: 'invalid_choice' }).nullish().transform((v) => v ?? null),
  destinationPlaceId: optionalId,
  staffIds: z.array(uuid).max(20, 'too_many').default([]),
  notes: optionalText(1000, { isMultiline: true }),
};
const windowInOrder = (g: { windowFrom: string | null; windowTo: string | null }) => !g.windowFrom || !g.windowTo || g.windowTo >= g.windowFrom;
export const PickupGroupInput = z.object({ yearId: uuid, ...groupFields }).refine(windowInOrder, { message: 'end_before_start', path: ['windowTo'] });
export const PickupGroupUpdateInput = z.object({ id: uuid, ...groupFields }).refine(windowInOrder, { message: 'end_before_start', path: ['windowTo'] });

/** Why a trainee's place in a pickup group needs a look. */
export const GROUP_FLAGS = ['no_arrival_flight', 'other_airport', 'other_terminal', 'outside_window', 'lands_after_meeting'] as const;
export type GroupFlag = (typeof GROUP_FLAGS)[number];

/** A trainee as the airport board shows them. */
export const ArrivingTrainee = z.object({
  traineeId: z.string(),
  name: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  kana: nullableString,
  nationality: z.string(),
  hasPhoto: z.boolean(),
  /** The arrival leg that lands in Japan (a connection abroad comes before it). */
  flight: Flight.nullable(),
  status: z.enum(ARRIVAL_STATUSES),
  /** The flight number after a rebooking, else the booked one. */
  currentFlightNumber: nullableString,
  /** The landing now expected: the booked time, or the new time after a delay or rebooking. */
  expectedArrivesLocal: nullableString,
  expectedArrivesUtc: nullableString,
  lastEvent: ArrivalEvent.nullable(),
  flags: z.array(z.enum(GROUP_FLAGS)),
});
export type ArrivingTrainee = z.infer<typeof ArrivingTrainee>;

export const GroupCounts = z.object({ expected: z.number(), met: z.number(), missing: z.number() });
export type GroupCounts = z.infer<typeof GroupCounts>;

export const PickupGroup = z.object({
  id: z.string(),
  yearId: z.string(),
  name: z.string(),
  nameEn: nullableString,
  airport: Airport,
  terminal: nullableString,
  meetingPoint: nullableString,
  meetingPointEn: nullableString,
  meetingTime: nullableString,
  /** The last expected landing in the group plus the margin. */
  suggestedMeetingTime: nullableString,
  marginMinutes: z.number(),
  windowFrom: nullableString,
  windowTo: nullableString,
  transport: z.enum(TRANSPORTS).nullable(),
  destination: z.object({ id: z.string(), nameJa: z.string(), nameEn: nullableString }).nullable(),
  notes: nullableString,
  staff: z.array(Staff),
  members: z.array(ArrivingTrainee),
  counts: GroupCounts,
});
export type PickupGroup = z.infer<typeof PickupGroup>;

export const ArrivalBoard = z.object({
  yearId: z.string(),
  groups: z.array(PickupGroup),
  /** Trainees of the year in no group, with or without an arrival flight. */
  unplaced: z.array(ArrivingTrainee),
  counts: GroupCounts,
});
export type ArrivalBoard = z.infer<typeof ArrivalBoard>;

export const MemberInput = z.object({ traineeId: uuid, groupId: uuid.nullable() });
