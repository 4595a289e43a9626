import { z } from 'zod';
import { NameLang } from './trainees';
import { isoDate, nullableString, optionalText, phone, uuid, requiredText } from './rules';


export const PLACE_KINDS = ['hotel', 'jiam', 'host_housing', 'other'] as const;

const placeFields = {
  kind: z.enum(PLACE_KINDS, { error: 'invalid_choice' }),
  nameJa: requiredText(100),
  nameEn: optionalText(100),
  address: optionalText(300, { isMultiline: true }),
  phone,
  notes: optionalText(1000, { isMultiline: true }),
};
export const PlaceInput = z.object(placeFields);
export const PlaceUpdateInput = z.object({ id: uuid, ...placeFields });

const capacity = z.number({ error: 'invalid_number' }).int('invalid_number').min(1, 'out_of_range_capacity').max(20, 'out_of_range_capacity');
export const RoomInput = z.object({
  placeId: uuid,
  name: requiredText(30),
  capacity,
});
export const RoomUpdateInput = z.object({ id: uuid, name: RoomInput.shape.name, capacity });

export const Room = z.object({ id: z.string(), placeId: z.string(), name: z.string(), capacity: z.number() });
export type Room = z.infer<typeof Room>;

export const Place = z.object({
  id: z.string(),
  kind: z.enum(PLACE_KINDS),
  nameJa: z.string(),
  nameEn: nullableString,
  address: nullableString,
  phone: nullableString,
  notes: nullableString,
  rooms: z.array(Room),
});
export type Place = z.infer<typeof Place>;

/** A trainee in a room for the nights from check-in up to the night before check-out. */
export const StayInput = z
  .object({
    yearId: uuid,
    traineeId: uuid,
    roomId: uuid,
    checkIn: isoDate,
    checkOut: isoDate,
    notes: optionalText(500, { isMultiline: true }),
  })
  .refine((s) => s.checkOut > s.checkIn, { message: 'checkout_not_after_checkin', path: ['checkOut'] });

export const Stay = z.object({
  id: z.string(),
  yearId: z.string(),
  traineeId: z.string(),
  traineeName: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  roomId: z.string(),
  roomName: z.string(),
  placeId: z.string(),
  placeNameJa: z.string(),
  placeNameEn: nullableString,
  checkIn: z.string(),
  checkOut: z.string(),
  notes: nullableString,
});
export type Stay = z.infer<typeof Stay>;

export const STAY_WARNINGS = ['no_bed', 'over_capacity', 'two_beds'] as const;
export const StayWarning = z.object({
  kind: z.enum(STAY_WARNINGS),
  night: z.string(),
  traineeId: nullableString,
  traineeName: nullableString,
  roomId: nullableString,
  roomName: nullableString,
  occupants: z.number().nullable(),
  capacity: z.number().nullable(),
});
export type StayWarning = z.infer<typeof StayWarning>;

export const StaysOverview = z.object({
  yearId: z.string(),
  /** The nights staff arrange beds for: from arrival day to the night before the move to the hosts. */
  programNights: z.array(z.string()),
  stays: z.array(Stay),
  warnings: z.array(StayWarning),
});
export type StaysOverview = z.infer<typeof StaysOverview>;

export const RoomingList = z.object({
  placeId: z.string(),
  night: z.string(),
  rooms: z.array(
    z.object({
      room: Room,
      occupants: z.array(z.object({ traineeId: z.string(), name: z.string(), nameLang: NameLang, latinName: z.string(), gender: nullableString })),
    }),
  ),
});
export type RoomingList = z.infer<typeof RoomingList>;
