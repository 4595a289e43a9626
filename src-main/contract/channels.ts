import { z } from 'zod';
import { emptyInput, uuid } from './rules';
import { MilestoneUpdateInput, Milestone, YearCreateInput, YearDetail, YearSummary } from './years';
import {
  HistoryEntry,
  PhotoInput,
  PhotoRequest,
  SendingGovernment,
  SendingGovernmentInput,
  Trainee,
  TraineeCreateInput,
  TraineeListInput,
  TraineeSummary,
  TraineeUpdateInput,
  TrainingField,
  TrainingFieldInput,
  TrainingFieldUpdateInput,
  CountryCode,
} from './trainees';
import { Archive, YearDashboard } from './dashboard';
import { Backup, CopyToInput, RestoreInput } from './backups';
import { ExportFile, ExportInput, YearExportInput } from './exports';
import { ImportInput, ImportPreview, ImportResult } from './imports';
import {
  Assignment,
  AssignmentInput,
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
import { AppInfo, Settings, SettingsUpdateInput } from './settings';

export interface ChannelDef {
  doc: string;
  input: z.ZodType;
  output: z.ZodType;
}

const byId = z.object({ id: uuid });
const deleted = z.object({ id: z.string() });

/**
 * The one contract between the renderer and the main process (over IPC in Electron, over
 * HTTP in the localhost host). Channel names are `domain:verb-noun`.
 */
export const contract = {
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
  'trainees:get': { doc: 'One trainee (not in the trash), with warnings.', input: byId, output: Trainee },
  'trainees:create': { doc: 'Add a trainee to a program year.', input: TraineeCreateInput, output: Trainee },
  'trainees:update': { doc: "Replace a trainee's editable fields; a new status is dated today.", input: TraineeUpdateInput, output: Trainee },
  'trainees:delete': { doc: 'Move a trainee to the trash (restorable for 30 days).', input: byId, output: deleted },
  'trainees:restore': { doc: 'Bring a trainee back from the trash.', input: byId, output: Trainee },
  'trainees:trash': { doc: 'Trainees deleted in the last 30 days, newest first.', input: emptyInput, output: z.array(TraineeSummary) },
  'trainees:history': { doc: "Every change to a trainee's record, newest first.", input: byId, output: z.array(HistoryEntry) },
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
  'training-fields:list': { doc: 'The training fields (研修分野), in order.', input: emptyInput, output: z.array(TrainingField) },
  'training-fields:create': { doc: 'Add a training field at the end of the list.', input: TrainingFieldInput, output: TrainingField },
  'training-fields:update': { doc: 'Rename a training field in Japanese and English.', input: TrainingFieldUpdateInput, output: TrainingField },

  'reference:municipalities': {
    doc: 'Japanese prefectures, municipalities and wards whose kanji, kana or romaji contains the query (at most 50).',
    input: z.object({ query: z.string({ error: 'required' }).max(50, 'too_long') }),
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
  'assignments:list': {
    doc: 'Assignments of a year, a host or a trainee.',
    input: z.object({ yearId: uuid.nullish(), hostId: uuid.nullish(), traineeId: uuid.nullish() }),
    output: z.array(Assignment),
  },
  'assignments:delete': { doc: 'Remove an assignment.', input: byId, output: deleted },

  'dashboard:year': {
    doc: 'Counts by status, country and field, the next milestones and open warnings of a year.',
    input: z.object({ yearId: uuid }),
    output: YearDashboard,
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
    doc: 'Write a consistent copy of the database to a new file, to move it to another PC.',
    input: CopyToInput,
    output: z.object({ path: z.string(), sizeBytes: z.number() }),
  },

  'exports:list': {
    doc: 'One list (trainees as on screen, hosts, survey answers, assignments) as .xlsx or CSV (UTF-8 with BOM or Shift_JIS).',
    input: ExportInput,
    output: ExportFile,
  },
  'exports:year': { doc: 'A whole year as one workbook, a sheet per list, every trainee field.', input: YearExportInput, output: ExportFile },

  'imports:preview': {
    doc: 'Dry run of a trainee import from .xlsx or CSV: each row new, update, unchanged or error (with row and column).',
    input: ImportInput,
    output: ImportPreview,
  },
  'imports:apply': { doc: 'Apply every valid row of an import in one transaction.', input: ImportInput, output: ImportResult },
  'imports:undo': {
    doc: 'Undo an applied import as a whole.',
    input: z.object({ id: uuid }),
    output: z.object({ removed: z.number(), restored: z.number() }),
  },

  'sample:load': {
    doc: 'Fill an empty database with a fictional cohort shaped like FY2024 (11 trainees, real hosts).',
    input: emptyInput,
    output: z.object({ yearId: z.string(), traineeCount: z.number() }),
  },
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
