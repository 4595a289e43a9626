import { z } from 'zod';
import { isoDate, optionalIsoDate, uuid } from './rules';

/** The yearly milestones of LGOTP, in the order they happen. */
export const MILESTONE_KINDS = [
  'survey_open',
  'survey_due',
  'selection',
  'decision',
  'entry_procedures',
  'arrival',
  'tokyo_orientation',
  'jiam_training',
  'host_move',
  'host_training',
  'return_home',
] as const;
export const MilestoneKind = z.enum(MILESTONE_KINDS, { error: 'invalid_choice' });
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const Milestone = z.object({
  id: z.string(),
  kind: MilestoneKind,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const FIRST_FISCAL_YEAR = 1996;
export const LAST_FISCAL_YEAR = 2100;
export const FiscalYear = z
  .number({ error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalid_number') })
  .int('invalid_number')
  .min(FIRST_FISCAL_YEAR, 'out_of_range')
  .max(LAST_FISCAL_YEAR, 'out_of_range');

export const YearSummary = z.object({
  id: z.string(),
  fiscalYear: z.number(),
  traineeCount: z.number(),
  /** The day the year was confirmed as finished (features/completion); a closed year is read only. */
  closedOn: z.string().nullable(),
  /** A year brought in by the archive import: its milestones' dates were never kept, so it has none (not defaults). */
  milestonesUnknown: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type YearSummary = z.infer<typeof YearSummary>;

export const YearDetail = YearSummary.extend({ milestones: z.array(Milestone) });
export type YearDetail = z.infer<typeof YearDetail>;

export const YearCreateInput = z.object({ fiscalYear: FiscalYear });

export const MilestoneUpdateInput = z
  .object({ id: uuid, startsOn: isoDate, endsOn: optionalIsoDate })
  .refine((m) => m.endsOn === null || m.endsOn >= m.startsOn, { message: 'end_before_start', path: ['endsOn'] });
