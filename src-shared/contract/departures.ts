import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { Airport, Flight } from './arrivals';
import { ExportFile } from './exports';
import { Language } from './settings';
import { NameLang } from './trainees';
import { ChecklistItem, ChecklistItemInput, ChecklistMoveInput, checklistItemUpdate } from './checklist';
import { emptyInput, nullableString, optionalText, uuid } from './rules';

/** Where a trainee stands on a return task: 未対応 → 対応中 → 完了, or 不要. */
export const DEPARTURE_STATUSES = ['open', 'in_progress', 'done', 'not_needed'] as const;
export const DepartureStatus = z.enum(DEPARTURE_STATUSES, { error: 'invalid_choice' });
export type DepartureStatus = z.infer<typeof DepartureStatus>;

/**
 * What warns about a departure: a training end with no return flight, a return flight before the
 * assignment ends, a trainee still at the host after the end, a task past its due date.
 */
export const DEPARTURE_WARNINGS = ['no_return_flight', 'return_before_end', 'still_at_host', 'overdue'] as const;
export type DepartureWarningKind = (typeof DEPARTURE_WARNINGS)[number];

export const DepartureItemInput = ChecklistItemInput;
export const DepartureItemUpdateInput = checklistItemUpdate(DepartureItemInput);
export const DepartureItemMoveInput = ChecklistMoveInput;

/** A return task of the office's template: due `offsetDays` from the return flight (negative: before it). */
export const DepartureItem = ChecklistItem;
export type DepartureItem = ChecklistItem;

/** Where one trainee stands on one task, with its due date from their return flight (null without one). */
export const DepartureTask = z.object({
  traineeId: z.string(),
  itemId: z.string(),
  status: DepartureStatus,
  dueOn: nullableString,
  changedOn: nullableString,
  /** Who made the last change (the staff name set on that PC). */
  changedBy: nullableString,
  note: nullableString,
  /** Due, passed, and neither done nor not needed. */
  isOverdue: z.boolean(),
});
export type DepartureTask = z.infer<typeof DepartureTask>;

export const DepartureWarning = z.object({
  kind: z.enum(DEPARTURE_WARNINGS),
  traineeId: z.string(),
  traineeName: z.string(),
  /** The task of an `overdue` warning. */
  itemId: nullableString,
  itemNameJa: nullableString,
  itemNameEn: nullableString,
  /** The date the warning is about: the training end, or the task's due date. */
  date: nullableString,
});
export type DepartureWarning = z.infer<typeof DepartureWarning>;

/** One trainee's return: the training end, the return flight and airport, the host's contact, the tasks. */
export const Departure = z.object({
  traineeId: z.string(),
  name: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  status: z.string(),
  hostId: nullableString,
  hostName: nullableString,
  hostNameEn: nullableString,
  hostContactName: nullableString,
  hostContactPhone: nullableString,
  /** The assignment's end date: the end of training. */
  endsOn: nullableString,
  returnFlight: Flight.nullable(),
  airport: Airport.nullable(),
  /** The day they leave: the return flight's local date, else the training end. */
  leavesOn: nullableString,
  tasks: z.array(DepartureTask),
  warnings: z.array(DepartureWarning),
});
export type Departure = z.infer<typeof Departure>;

/** The departures of a month from one airport (null: no return flight yet). */
export const TimelineEntry = z.object({ month: z.string(), airport: nullableString, traineeIds: z.array(z.string()) });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A year's departures: the tasks in order, each trainee taking part by the day they leave, the timeline and warnings. */
export const DepartureYear = z.object({
  yearId: z.string(),
  today: z.string(),
  items: z.array(DepartureItem),
  departures: z.array(Departure),
  timeline: z.array(TimelineEntry),
  warnings: z.array(DepartureWarning),
});
export type DepartureYear = z.infer<typeof DepartureYear>;

/** One trainee's return, with the year it belongs to and the tasks' names. */
export const TraineeDeparture = z.object({ yearId: z.string(), isWithdrawn: z.boolean(), items: z.array(DepartureItem), departure: Departure });
export type TraineeDeparture = z.infer<typeof TraineeDeparture>;

export const DepartureStatusInput = z.object({
  traineeId: uuid,
  itemId: uuid,
  status: DepartureStatus,
  note: optionalText(1000, { isMultiline: true }),
});

export const departuresChannels = {
  'departures:template': { doc: "The office's return tasks (retired ones too), in order.", input: emptyInput, output: z.array(DepartureItem) },
  'departures:template-create': { doc: 'Add a return task at the end of the template.', input: DepartureItemInput, output: DepartureItem },
  'departures:template-update': {
    doc: 'Rename, re-date or retire a return task (a retired task stays where a trainee has moved on it).',
    input: DepartureItemUpdateInput,
    output: DepartureItem,
  },
  'departures:template-move': { doc: 'Move a return task one place up or down.', input: DepartureItemMoveInput, output: z.array(DepartureItem) },
  'departures:year': {
    doc: "A year's departures: each trainee's training end, return flight, airport and tasks; the timeline by month and airport; the warnings.",
    input: z.object({ yearId: uuid }),
    output: DepartureYear,
  },
  'departures:trainee': { doc: "One trainee's return and tasks, with warnings.", input: z.object({ traineeId: uuid }), output: TraineeDeparture },
  'departures:warnings': { doc: "A year's departure warnings.", input: z.object({ yearId: uuid }), output: z.array(DepartureWarning) },
  'departures:set-status': {
    doc: "Set a trainee's status and note on a return task, dated today; refused for a withdrawn trainee.",
    input: DepartureStatusInput,
    output: DepartureTask,
  },
  'departures:export': {
    doc: "A year's departures as an Excel workbook: a row per trainee, flight, airport, host and each task's status.",
    input: z.object({ yearId: uuid, language: Language }),
    output: ExportFile,
  },
} as const satisfies Record<string, ChannelDef>;
