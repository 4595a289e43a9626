import { z } from 'zod';
import { emptyInput, uuid } from './rules';
import { MilestoneUpdateInput, Milestone, YearCreateInput, YearDetail, YearSummary } from './years';
import { Trainee, TraineeCreateInput, TraineeUpdateInput } from './trainees';
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
    doc: 'Trainees of one program year, ordered by country then romanised name.',
    input: z.object({ yearId: uuid }),
    output: z.array(Trainee),
  },
  'trainees:get': { doc: 'One trainee.', input: byId, output: Trainee },
  'trainees:create': { doc: 'Add a trainee to a program year.', input: TraineeCreateInput, output: Trainee },
  'trainees:update': { doc: "Replace a trainee's editable fields.", input: TraineeUpdateInput, output: Trainee },
  'trainees:delete': { doc: 'Delete a trainee and their host assignments.', input: byId, output: deleted },

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
