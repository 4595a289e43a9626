import { z } from 'zod';
import { NameLang } from './trainees';
import { Flight } from './arrivals';
import { localDateTime, nullableString, optionalLocalDateTime, optionalText, uuid, requiredText } from './rules';


/** The kinds of event in the first weeks of the program, as DESIGN.md lists them. */
export const EVENT_KINDS = [
  'opening_ceremony',
  'orientation',
  'host_meeting',
  'placement_test',
  'city_visit',
  'move_to_jiam',
  'jiam_lesson',
  'study_visit',
  'town_study_tour',
  'school_visit',
  'closing',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const eventFields = {
  kind: z.enum(EVENT_KINDS, { error: 'invalid_choice' }),
  /** Japan time. */
  startsAt: localDateTime,
  endsAt: optionalLocalDateTime,
  titleJa: requiredText(100),
  titleEn: optionalText(100),
  place: optionalText(200),
  /** The place as the English sheets write it; empty: the Japanese one. */
  placeEn: optionalText(200),
  audience: z.enum(['all', 'chosen'], { error: 'invalid_choice' }),
  /** With audience `chosen`: who attends. */
  traineeIds: z.array(uuid).max(100, 'too_many').default([]),
  staffId: uuid.nullish().transform((v) => v ?? null),
  notesJa: optionalText(2000, { isMultiline: true }),
  notesEn: optionalText(2000, { isMultiline: true }),
};
const endsAfterStart = (e: { startsAt: string; endsAt: string | null }) => !e.endsAt || e.endsAt > e.startsAt;
export const EventInput = z.object({ yearId: uuid, ...eventFields }).refine(endsAfterStart, { message: 'end_before_start', path: ['endsAt'] });
export const EventUpdateInput = z.object({ id: uuid, ...eventFields }).refine(endsAfterStart, { message: 'end_before_start', path: ['endsAt'] });

export const ScheduleEvent = z.object({
  id: z.string(),
  yearId: z.string(),
  kind: z.enum(EVENT_KINDS),
  startsAt: z.string(),
  endsAt: nullableString,
  titleJa: z.string(),
  titleEn: nullableString,
  place: nullableString,
  placeEn: nullableString,
  audience: z.enum(['all', 'chosen']),
  traineeIds: z.array(z.string()),
  staff: z.object({ id: z.string(), name: z.string(), nameEn: nullableString, phone: nullableString }).nullable(),
  notesJa: nullableString,
  notesEn: nullableString,
});
export type ScheduleEvent = z.infer<typeof ScheduleEvent>;

export const CopyScheduleInput = z.object({ fromYearId: uuid, toYearId: uuid });

/** A trainee's first weeks, day by day: events, and where they sleep that night. */
export const Itinerary = z.object({
  traineeId: z.string(),
  arrival: Flight.nullable(),
  days: z.array(
    z.object({
      date: z.string(),
      events: z.array(ScheduleEvent),
      night: z.object({ placeNameJa: z.string(), placeNameEn: nullableString, roomName: z.string() }).nullable(),
    }),
  ),
});
export type Itinerary = z.infer<typeof Itinerary>;

export const CLASS_LEVELS = ['beginner', 'elementary', 'intermediate', 'advanced'] as const;
export const JiamClassInput = z.object({
  yearId: uuid,
  name: requiredText(30),
  level: z.enum(CLASS_LEVELS, { error: 'invalid_choice' }),
  notes: optionalText(500, { isMultiline: true }),
});
export const PlacementInput = z.object({
  traineeId: uuid,
  score: z
    .number({ error: 'invalid_number' })
    .int('invalid_number')
    .min(0, 'out_of_range_score')
    .max(100, 'out_of_range_score')
    .nullish()
    .transform((v) => v ?? null),
  classId: uuid.nullish().transform((v) => v ?? null),
});

/** A class should have 6 to 8 trainees. */
export const CLASS_SIZE = { min: 6, max: 8 } as const;

export const JiamClass = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(CLASS_LEVELS),
  notes: nullableString,
  traineeIds: z.array(z.string()),
});
export type JiamClass = z.infer<typeof JiamClass>;

export const ClassesOverview = z.object({
  yearId: z.string(),
  classes: z.array(JiamClass),
  trainees: z.array(
    z.object({
      traineeId: z.string(),
      name: z.string(),
      nameLang: NameLang,
      latinName: z.string(),
      nationality: z.string(),
      japaneseLevel: nullableString,
      score: z.number().nullable(),
      classId: nullableString,
    }),
  ),
});
export type ClassesOverview = z.infer<typeof ClassesOverview>;
