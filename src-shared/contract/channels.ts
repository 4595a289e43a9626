import { z } from 'zod';
import { emptyInput, uuid, typedText } from './rules';
import { MilestoneUpdateInput, Milestone, YearCreateInput, YearDetail, YearSummary } from './years';
import {
  HistoryEntry,
  TraineeHistoryInput,
  PhotoInput,
  PhotoRequest,
  SendingGovernment,
  SendingGovernmentInput,
  SendingGovernmentUpdateInput,
  Trainee,
  TraineeCreateInput,
  TraineeListInput,
  TraineePage,
  TraineePageInput,
  TraineeSummary,
  TraineeUpdateInput,
  TrainingField,
  TrainingFieldInput,
  TrainingFieldUpdateInput,
  CountryCode,
} from './trainees';
import { Archive, YearDashboard } from './dashboard';
import { Backup, CopyToInput, RestoreInput } from './backups';
import { ExportFile, ExportInput, ListExportFile, YearExportInput } from './exports';
import { FlightImportInput, ImportInput, ImportJobInput, ImportPreview, ImportProgress, ImportResult, SurveyImportInput } from './imports';
import {
  Assignment,
  AssignmentInput,
  AssignmentUpdateInput,
  Board,
  CustomHostInput,
  Host,
  HostContactInput,
  HostDetail,
  MATCH_MARKS,
  ASSIGNMENT_WARNINGS,
  Municipality,
  SisterTie,
  SisterTieInput,
  SurveyAnswer,
  SurveyAnswerInput,
} from './hosts';
import {
  Airport,
  ArrivalBoard,
  ArrivalEvent,
  ArrivalMarkInput,
  Flight,
  FlightInput,
  FlightUpdateInput,
  MemberInput,
  PickupGroup,
  PickupGroupInput,
  PickupGroupUpdateInput,
  Staff,
  StaffInput,
  StaffUpdateInput,
} from './arrivals';
import { Place, PlaceInput, PlaceUpdateInput, Room, RoomInput, RoomUpdateInput, RoomingList, Stay, StayInput, StaysOverview } from './stays';
import { ClassesOverview, CopyScheduleInput, EventInput, EventUpdateInput, Itinerary, JiamClassInput, PlacementInput, ScheduleEvent } from './schedule';
import { isoDate, optionalText as text } from './rules';
import { AppInfo, Settings, SettingsUpdateInput } from './settings';
import type { ChannelDef } from './channel-def';
import { erasureChannels } from './erasure';
import { privacyChannels } from './privacy';
import { proceduresChannels } from './procedures';
import { retentionChannels } from './retention';
import { vaultChannels } from './vault';
import { statisticsChannels } from './statistics';
import { alumniChannels } from './alumni';
import { lettersChannels } from './letters';
import { completionChannels } from './completion';
import { departuresChannels } from './departures';
import { BundleExportInput, BundleInput, BundleResult, Conflict, ConflictsInput, Digest, FolderResult, ResolveInput, SyncSettingsInput, SyncStatus } from './sync';

export type { ChannelDef } from './channel-def';

const byId = z.object({ id: uuid });
const deleted = z.object({ id: z.string() });

/**
 * The one contract between the renderer and the main process (over IPC in Electron, over
 * HTTP in the localhost host). Channel names are `domain:verb-noun`.
 */
export const contract = {
  ...erasureChannels,
  ...privacyChannels,
  ...proceduresChannels,
  ...retentionChannels,
  ...vaultChannels,
  ...statisticsChannels,
  ...alumniChannels,
  ...lettersChannels,
  ...completionChannels,
  ...departuresChannels,
  'app:info': {
    doc: 'Version, schema version and where the database lives; whether it holds any trainee.',
    input: emptyInput,
    output: AppInfo,
  },
  'settings:get': { doc: 'Settings of this installation (the screen language).', input: emptyInput, output: Settings },
  'settings:update': { doc: 'Change settings; they are remembered.', input: SettingsUpdateInput, output: Settings },

  'years:list': { doc: 'All program years, newest first, with trainee counts.', input: emptyInput, output: z.array(YearSummary) },
  'years:get': { doc: 'One program year with its milestones in order.', input: byId, output: YearDetail },
  'years:create': {
    doc: 'Create a fiscal year (April–March) with the default LGOTP milestones.',
    input: YearCreateInput,
    output: YearDetail,
  },
  'years:update-milestone': { doc: 'Change the dates of one milestone.', input: MilestoneUpdateInput, output: Milestone },
  'years:delete': { doc: 'Delete a program year that has no trainees.', input: byId, output: deleted },

  'trainees:list': {
    doc: 'Trainees of one year or of all years, filtered, and searched across every name form and script.',
    input: TraineeListInput,
    output: z.array(TraineeSummary),
  },
  'trainees:page': {
    doc: 'One page of the trainee list (the same filters and search as trainees:list) and how many match in all.',
    input: TraineePageInput,
    output: TraineePage,
  },
  'trainees:get': { doc: 'One trainee (not in the trash), with warnings.', input: byId, output: Trainee },
  'trainees:create': { doc: 'Add a trainee to a program year.', input: TraineeCreateInput, output: Trainee },
  'trainees:update': { doc: "Replace a trainee's editable fields; a new status is dated today.", input: TraineeUpdateInput, output: Trainee },
  'trainees:delete': { doc: 'Move a trainee to the trash (restorable for 30 days).', input: byId, output: deleted },
  'trainees:restore': { doc: 'Bring a trainee back from the trash.', input: byId, output: Trainee },
  'trainees:trash': { doc: 'Trainees deleted in the last 30 days, newest first.', input: emptyInput, output: z.array(TraineeSummary) },
  'trainees:history': {
    doc: "Every change to a trainee's record, newest first; passport and residence card numbers masked unless asked for.",
    input: TraineeHistoryInput,
    output: z.array(HistoryEntry),
  },
  'trainees:set-photo': { doc: 'Store a cropped JPEG photo (≤ 600 px) and its thumbnail.', input: PhotoInput, output: Trainee },
  'trainees:remove-photo': { doc: "Remove a trainee's photo.", input: byId, output: Trainee },
  'trainees:photo': {
    doc: "A trainee's photo or thumbnail as a data URL (null when there is none).",
    input: PhotoRequest,
    output: z.object({ dataUrl: z.string().nullable() }),
  },

  'sending-governments:list': {
    doc: 'The master list of sending governments, of one country or all.',
    input: z.object({ country: CountryCode.nullish().transform((v) => v ?? null) }),
    output: z.array(SendingGovernment),
  },
  'sending-governments:create': {
    doc: 'Add a sending government (names in local script, English, Japanese).',
    input: SendingGovernmentInput,
    output: SendingGovernment,
  },
  'sending-governments:update': {
    doc: "Correct a sending government's country or names; trainees and ties keep it.",
    input: SendingGovernmentUpdateInput,
    output: SendingGovernment,
  },
  'training-fields:list': { doc: 'The training fields (研修分野), in order.', input: emptyInput, output: z.array(TrainingField) },
  'training-fields:create': { doc: 'Add a training field at the end of the list.', input: TrainingFieldInput, output: TrainingField },
  'training-fields:update': { doc: 'Rename a training field in Japanese and English.', input: TrainingFieldUpdateInput, output: TrainingField },

  'reference:municipalities': {
    doc: 'Japanese prefectures, municipalities and wards whose kanji, kana or romaji contains the query (at most 50).',
    input: z.object({ query: typedText({ error: 'required' }).max(50, 'too_long') }),
    output: z.array(Municipality),
  },
  'hosts:list': { doc: 'Host municipalities, by local government code; hand-entered ones last.', input: emptyInput, output: z.array(Host) },
  'hosts:get': { doc: 'A host with its sister-city ties, survey answers and every trainee it hosted.', input: byId, output: HostDetail },
  'hosts:create': {
    doc: 'Make a municipality of the reference list a host.',
    input: z.object({ code: z.string({ error: 'required' }).regex(/^\d{6}$/, 'invalid_code') }),
    output: Host,
  },
  'hosts:create-custom': { doc: 'Add a host that is not in the reference list (marked as such).', input: CustomHostInput, output: Host },
  'hosts:update': { doc: "Save a host's department, contact person, address and notes.", input: HostContactInput, output: Host },
  'hosts:delete': {
    doc: 'Remove a host added by mistake, with its ties; refused while it has assignments or survey answers.',
    input: byId,
    output: deleted,
  },
  'sister-ties:list': {
    doc: 'Sister-city and friendship ties, of one host, of one sending government, or all.',
    input: z.object({ hostId: uuid.nullish(), sendingGovernmentId: uuid.nullish() }),
    output: z.array(SisterTie),
  },
  'sister-ties:create': { doc: 'Record a tie between a host and a sending government.', input: SisterTieInput, output: SisterTie },
  'sister-ties:delete': { doc: 'Remove a tie.', input: byId, output: deleted },
  'survey:list': {
    doc: "The year's demand survey answers with how many trainees each host has been matched.",
    input: z.object({ yearId: uuid }),
    output: z.array(SurveyAnswer),
  },
  'survey:save': { doc: "Record (or replace) a host's survey answer for a year.", input: SurveyAnswerInput, output: SurveyAnswer },
  'survey:delete': { doc: 'Delete a survey answer.', input: byId, output: deleted },
  'assignments:board': {
    doc: "The matching board: the year's trainees without a host with ranked suggestions, and the hosts that asked.",
    input: z.object({ yearId: uuid }),
    output: Board,
  },
  'assignments:check': {
    doc: 'Marks and warnings of an assignment before it is made, with the dates it would have.',
    input: AssignmentInput,
    output: z.object({
      marks: z.array(z.enum(MATCH_MARKS)),
      warnings: z.array(z.enum(ASSIGNMENT_WARNINGS)),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
    }),
  },
  'assignments:create': { doc: 'Assign a trainee to a host; overlapping dates are refused.', input: AssignmentInput, output: Assignment },
  'assignments:update': {
    doc: "Change an assignment's dates, field, supervisor, department, housing address or notes; overlapping dates are refused.",
    input: AssignmentUpdateInput,
    output: Assignment,
  },
  'assignments:list': {
    doc: 'Assignments of a year, a host or a trainee.',
    input: z.object({ yearId: uuid.nullish(), hostId: uuid.nullish(), traineeId: uuid.nullish() }),
    output: z.array(Assignment),
  },
  'assignments:delete': { doc: 'Remove an assignment.', input: byId, output: deleted },

  'airports:search': {
    doc: 'Airports of the bundled list by IATA code, name or city (an exact code first).',
    input: z.object({ query: text(60) }),
    output: z.array(Airport),
  },
  'staff:list': { doc: 'The staff list: who works on the program and how to reach them.', input: emptyInput, output: z.array(Staff) },
  'staff:create': { doc: 'Add a person to the staff list.', input: StaffInput, output: Staff },
  'staff:update': { doc: "Change a staff member's details.", input: StaffUpdateInput, output: Staff },
  'staff:delete': { doc: 'Remove a person from the staff list, their groups and events.', input: byId, output: deleted },
  'flights:list': {
    doc: 'Flights of a trainee, or of every trainee of a year, with times in each zone and the duration.',
    input: z.object({ traineeId: uuid.nullish(), yearId: uuid.nullish() }),
    output: z.array(Flight),
  },
  'flights:create': { doc: "Add a flight; times are the airports' local times.", input: FlightInput, output: Flight },
  'flights:update': { doc: 'Change a flight.', input: FlightUpdateInput, output: Flight },
  'flights:delete': { doc: 'Remove a flight and what was marked for it on the day.', input: byId, output: deleted },
  'arrivals:board': {
    doc: 'Arrival day: pickup groups with staff, trainees by expected landing, status, meeting times and counts.',
    input: z.object({ yearId: uuid }),
    output: ArrivalBoard,
  },
  'arrivals:mark': { doc: 'Mark what happened to an arrival (landed, met, delayed …), with who and when.', input: ArrivalMarkInput, output: ArrivalEvent },
  'arrivals:undo': {
    doc: "Take back the last mark of an arrival's flight.",
    input: z.object({ flightId: uuid }),
    output: z.object({ undone: ArrivalEvent.nullable() }),
  },
  'pickup-groups:create': { doc: 'Add a pickup group to a year.', input: PickupGroupInput, output: PickupGroup },
  'pickup-groups:update': { doc: 'Change a pickup group and its staff.', input: PickupGroupUpdateInput, output: PickupGroup },
  'pickup-groups:delete': { doc: 'Remove a pickup group; its trainees wait for another.', input: byId, output: deleted },
  'pickup-groups:set-member': { doc: 'Put a trainee in a pickup group, or in none.', input: MemberInput, output: ArrivalBoard },
  'pickup-groups:place': {
    doc: 'Put every trainee not in a group into the group their arrival flight fits.',
    input: z.object({ yearId: uuid }),
    output: z.object({ placed: z.number(), left: z.number() }),
  },
  'places:list': { doc: 'Hotels, JIAM and host housing, each with its rooms.', input: emptyInput, output: z.array(Place) },
  'places:create': { doc: 'Add a place to stay.', input: PlaceInput, output: Place },
  'places:update': { doc: 'Change a place.', input: PlaceUpdateInput, output: Place },
  'places:delete': { doc: 'Remove a place with its rooms and the nights booked there.', input: byId, output: deleted },
  'rooms:create': { doc: 'Add a room to a place.', input: RoomInput, output: Room },
  'rooms:update': { doc: "Change a room's name or beds.", input: RoomUpdateInput, output: Room },
  'rooms:delete': { doc: 'Remove a room and the nights booked in it.', input: byId, output: deleted },
  'stays:overview': {
    doc: "A year's room assignments, the nights to cover, and warnings (no bed, over capacity, two beds).",
    input: z.object({ yearId: uuid }),
    output: StaysOverview,
  },
  'stays:rooming': {
    doc: 'The rooming list of a place for one night.',
    input: z.object({ yearId: uuid, placeId: uuid, night: isoDate }),
    output: RoomingList,
  },
  'stays:create': { doc: 'Put a trainee in a room from check-in to check-out.', input: StayInput, output: Stay },
  'stays:delete': { doc: 'Remove a room assignment.', input: byId, output: deleted },
  'schedule:list': { doc: "A year's program schedule in time order.", input: z.object({ yearId: uuid }), output: z.array(ScheduleEvent) },
  'schedule:create': { doc: 'Add an event to the schedule.', input: EventInput, output: ScheduleEvent },
  'schedule:update': { doc: 'Change an event.', input: EventUpdateInput, output: ScheduleEvent },
  'schedule:delete': { doc: 'Remove an event.', input: byId, output: deleted },
  'schedule:copy-from': {
    doc: "Start an empty year's schedule from another year's, dates moved by the distance between the arrival days.",
    input: CopyScheduleInput,
    output: z.object({ copied: z.number(), shiftDays: z.number() }),
  },
  'schedule:itinerary': {
    doc: "A trainee's first weeks day by day: events and where they sleep.",
    input: z.object({ traineeId: uuid }),
    output: Itinerary,
  },
  'classes:overview': { doc: "The year's JIAM classes and every trainee's placement-test score.", input: z.object({ yearId: uuid }), output: ClassesOverview },
  'classes:create': { doc: 'Add a JIAM class.', input: JiamClassInput, output: ClassesOverview },
  'classes:delete': { doc: 'Remove a JIAM class; its trainees keep their scores.', input: byId, output: deleted },
  'classes:place': { doc: "Record a trainee's placement-test score and class.", input: PlacementInput, output: ClassesOverview },

  'dashboard:year': {
    doc: 'Counts by status, country and field, the next milestones and open warnings of a year.',
    input: z.object({ yearId: uuid }),
    output: YearDashboard,
  },
  'dashboard:current-year': {
    doc: 'The year the dashboard opens on: the oldest year not closed with trainees still in the program, else the newest year not closed, else the newest.',
    input: emptyInput,
    output: z.object({ yearId: z.string().nullable() }),
  },
  'dashboard:archive': { doc: 'Trainees by country and fiscal year since the first year.', input: emptyInput, output: Archive },

  'backups:list': { doc: 'Backups of the database, newest first, with time and size.', input: emptyInput, output: z.array(Backup) },
  'backups:create': { doc: 'Back up now (checked with quick_check; old backups thinned out).', input: emptyInput, output: Backup },
  'backups:restore': {
    doc: 'Replace the database with a backup, after backing up the current state.',
    input: RestoreInput,
    output: z.object({ restoredFrom: Backup, safetyBackup: Backup }),
  },
  'backups:copy-to': {
    doc: 'Write a consistent copy of the database to a new file, to move it to another PC, encrypted under a new transfer code (shown once, typed on the new PC).',
    input: CopyToInput,
    output: z.object({ path: z.string(), sizeBytes: z.number(), transferCode: z.string() }),
  },

  'exports:list': {
    doc: 'One list (trainees as on screen, hosts, survey answers, assignments …) as .xlsx or CSV (UTF-8 with BOM or Shift_JIS, with the cells Shift_JIS cannot hold).',
    input: ExportInput,
    output: ListExportFile,
  },
  'exports:year': { doc: 'A whole year as one workbook, a sheet per list, every trainee field, choices as labels in the chosen language.', input: YearExportInput, output: ExportFile },

  'imports:preview': {
    doc: 'Dry run of a trainee import from .xlsx or CSV: each row new, update, unchanged or error (with row and column).',
    input: ImportInput,
    output: ImportPreview,
  },
  'imports:apply': { doc: 'Apply every valid row of an import in one transaction.', input: ImportInput, output: ImportResult },
  'imports:flights-preview': {
    doc: "Dry run of a flight list (.xlsx or CSV): each row new, update (same trainee, flight and day), unchanged or error.",
    input: FlightImportInput,
    output: ImportPreview,
  },
  'imports:flights-apply': { doc: 'Apply every valid row of a flight list in one transaction.', input: FlightImportInput, output: ImportResult },
  'imports:survey-preview': {
    doc: "Dry run of a demand survey list: each municipality's answer new, update or unchanged (hosts made from the reference list), or an error.",
    input: SurveyImportInput,
    output: ImportPreview,
  },
  'imports:survey-apply': { doc: 'Apply every valid row of a demand survey list in one transaction.', input: SurveyImportInput, output: ImportResult },
  'imports:progress': { doc: 'How far the reading named by `jobId` is (rows read of how many, bytes), for a progress bar.', input: ImportJobInput, output: ImportProgress },
  'imports:cancel': {
    doc: 'Stop the reading named by `jobId`; its preview or apply answers `import_cancelled` and nothing is written.',
    input: ImportJobInput,
    output: z.object({ isCancelled: z.boolean() }),
  },
  'imports:undo': {
    doc: 'Undo an applied import as a whole; a year, host or sending government it added that other rows now use is kept (`kept`).',
    input: z.object({ id: uuid }),
    output: z.object({ removed: z.number(), restored: z.number(), kept: z.number() }),
  },

  'sample:load': {
    doc: 'Fill an empty database with a fictional cohort shaped like FY2024 (11 trainees, real hosts).',
    input: emptyInput,
    output: z.object({ yearId: z.string(), traineeCount: z.number() }),
  },
  'sync:status': { doc: 'This device (id, name), whether the passphrase and a shared folder are set, the devices heard from, open conflicts.', input: emptyInput, output: SyncStatus },
  'sync:settings': { doc: "Names this device, sets the office's sync passphrase and the shared folder (empty to stop).", input: SyncSettingsInput, output: SyncStatus },
  'sync:export': { doc: 'A change bundle for a device (what it has not seen) or for a new device (everything), encrypted with the passphrase.', input: BundleExportInput, output: ExportFile },
  'sync:import': { doc: 'Applies a change bundle in one transaction; a damaged or altered bundle or a wrong passphrase is refused, a second import changes nothing.', input: BundleInput, output: BundleResult },
  'sync:folder': { doc: "Reads every other device's bundle in the shared folder, then writes this device's own.", input: emptyInput, output: FolderResult },
  'sync:digest': { doc: 'A digest of every shared table: equal on devices that have exchanged all changes.', input: emptyInput, output: Digest },
  'sync:conflicts': { doc: 'Conflicts waiting for a person: both values (identifiers masked unless asked for), who and when.', input: ConflictsInput, output: z.array(Conflict) },
  'sync:resolve': { doc: 'Keeps one side of a conflict (written as a new change every device takes), or brings a deleted record back.', input: ResolveInput, output: z.object({ id: z.string() }) },
} as const satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
