import { z } from 'zod';
import { email, nullableString, optionalId, optionalIsoDate, optionalText, phone, uuid, requiredText } from './rules';
import { CountryCode, SendingGovernment, TrainingField, NameLang } from './trainees';


/** A Japanese local government from the bundled reference list. */
export const Municipality = z.object({
  code: z.string(),
  kind: z.enum(['prefecture', 'municipality', 'ward']),
  prefectureJa: z.string(),
  nameJa: z.string(),
  nameKana: z.string(),
  nameEn: z.string(),
});
export type Municipality = z.infer<typeof Municipality>;

export const Host = z.object({
  id: z.string(),
  localGovCode: nullableString,
  /** Entered by hand (e.g. a prefectural department), not from the reference list. */
  isCustom: z.boolean(),
  prefectureJa: z.string(),
  nameJa: z.string(),
  nameKana: nullableString,
  nameEn: nullableString,
  /** The title of the host's head, whom the office's letters address: 宇佐市長. */
  headTitle: nullableString,
  department: nullableString,
  contactName: nullableString,
  contactTitle: nullableString,
  contactPhone: nullableString,
  contactEmail: nullableString,
  address: nullableString,
  notes: nullableString,
});
export type Host = z.infer<typeof Host>;

export const HostContactInput = z.object({
  id: uuid,
  headTitle: optionalText(100),
  department: optionalText(200),
  contactName: optionalText(100),
  contactTitle: optionalText(100),
  contactPhone: phone,
  contactEmail: email,
  address: optionalText(300, { isMultiline: true }),
  notes: optionalText(4000, { isMultiline: true }),
});

export const CustomHostInput = z.object({
  prefectureJa: requiredText(10),
  nameJa: requiredText(100),
  nameKana: optionalText(100),
  nameEn: optionalText(100),
});

export const TIE_KINDS = ['sister', 'friendship', 'other'] as const;
export const SisterTie = z.object({
  id: z.string(),
  hostId: z.string(),
  hostName: z.string(),
  hostNameEn: nullableString,
  sendingGovernment: SendingGovernment,
  kind: z.enum(TIE_KINDS),
  since: nullableString,
  notes: nullableString,
});
export type SisterTie = z.infer<typeof SisterTie>;

export const SisterTieInput = z.object({
  hostId: uuid,
  sendingGovernmentId: uuid,
  kind: z.enum(TIE_KINDS, { error: 'invalid_choice' }),
  /** The year the tie was made (e.g. 2005), or a full date. */
  since: optionalText(10).refine((v) => v === null || /^\d{4}(-\d{2}-\d{2})?$/.test(v), 'invalid_year'),
  notes: optionalText(500, { isMultiline: true }),
});

export const SURVEY_STATUSES = ['received', 'accepted', 'declined', 'withdrawn'] as const;
export const SurveyStatus = z.enum(SURVEY_STATUSES, { error: 'invalid_choice' });

export const SurveyAnswerInput = z.object({
  yearId: uuid,
  hostId: uuid,
  requestedCount: z
    .number({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid_number') })
    .int('invalid_number')
    .min(1, 'out_of_range_count')
    .max(20, 'out_of_range_count'),
  preferredCountry: CountryCode.nullish().transform((v) => v ?? null),
  preferredSendingGovernmentId: optionalId,
  trainingFieldId: optionalId,
  periodMonths: z
    .number({ error: 'invalid_number' })
    .int('invalid_number')
    .min(1, 'out_of_range_months')
    .max(12, 'out_of_range_months')
    .nullish()
    .transform((v) => v ?? null),
  status: SurveyStatus,
  notes: optionalText(2000, { isMultiline: true }),
});

export const SurveyAnswer = z.object({
  id: z.string(),
  yearId: z.string(),
  fiscalYear: z.number(),
  hostId: z.string(),
  hostName: z.string(),
  hostNameEn: nullableString,
  requestedCount: z.number(),
  preferredCountry: nullableString,
  preferredSendingGovernment: SendingGovernment.nullable(),
  trainingField: TrainingField.nullable(),
  periodMonths: z.number().nullable(),
  status: SurveyStatus,
  notes: nullableString,
  /** Trainees assigned to this host in this year. */
  matchedCount: z.number(),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

const assignmentDetails = {
  /** Default: the year's host-training milestone. */
  startsOn: optionalIsoDate,
  endsOn: optionalIsoDate,
  /** Default: the trainee's own field. */
  trainingFieldId: optionalId,
  supervisor: optionalText(100),
  department: optionalText(200),
  housingAddress: optionalText(300, { isMultiline: true }),
  notes: optionalText(2000, { isMultiline: true }),
};
const endNotBeforeStart = (a: { startsOn: string | null; endsOn: string | null }) => !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn;
const endBeforeStart = { message: 'end_before_start', path: ['endsOn'] };

export const AssignmentInput = z.object({ yearId: uuid, traineeId: uuid, hostId: uuid, ...assignmentDetails }).refine(endNotBeforeStart, endBeforeStart);
export const AssignmentUpdateInput = z.object({ id: uuid, ...assignmentDetails }).refine(endNotBeforeStart, endBeforeStart);

export const Assignment = z.object({
  id: z.string(),
  yearId: z.string(),
  fiscalYear: z.number(),
  traineeId: z.string(),
  traineeName: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  hostId: z.string(),
  hostName: z.string(),
  hostNameEn: nullableString,
  startsOn: nullableString,
  endsOn: nullableString,
  trainingField: TrainingField.nullable(),
  supervisor: nullableString,
  department: nullableString,
  housingAddress: nullableString,
  notes: nullableString,
});
export type Assignment = z.infer<typeof Assignment>;

/** Why a host suits a trainee (★ sister city first). */
export const MATCH_MARKS = ['sister_city', 'field', 'country'] as const;
export type MatchMark = (typeof MATCH_MARKS)[number];
/** What to look at before assigning. */
export const ASSIGNMENT_WARNINGS = ['capacity_exceeded', 'dates_overlap', 'trainee_withdrawn', 'no_survey_answer'] as const;
export type AssignmentWarning = (typeof ASSIGNMENT_WARNINGS)[number];

export const Suggestion = z.object({
  hostId: z.string(),
  marks: z.array(z.enum(MATCH_MARKS)),
  warnings: z.array(z.enum(ASSIGNMENT_WARNINGS)),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const BoardTrainee = z.object({
  id: z.string(),
  name: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  nationality: z.string(),
  sendingGovernment: SendingGovernment.nullable(),
  trainingField: TrainingField.nullable(),
  status: z.string(),
  /** The host already decided for this year, if any. */
  hostId: nullableString,
  hostName: nullableString,
  hostNameEn: nullableString,
  /** Hosts with open requests first, best match first. */
  suggestions: z.array(Suggestion),
});
export type BoardTrainee = z.infer<typeof BoardTrainee>;

export const Board = z.object({
  yearId: z.string(),
  /** For each host that answered, the unassigned trainees best suited first. */
  hostSuggestions: z.array(
    z.object({
      hostId: z.string(),
      trainees: z.array(z.object({ traineeId: z.string(), marks: z.array(z.enum(MATCH_MARKS)), warnings: z.array(z.enum(ASSIGNMENT_WARNINGS)) })),
    }),
  ),
  defaultStartsOn: nullableString,
  defaultEndsOn: nullableString,
  trainees: z.array(BoardTrainee),
  hosts: z.array(SurveyAnswer),
});
export type Board = z.infer<typeof Board>;

export const HostDetail = z.object({
  host: Host,
  ties: z.array(SisterTie),
  surveyAnswers: z.array(SurveyAnswer),
  assignments: z.array(Assignment),
});
export type HostDetail = z.infer<typeof HostDetail>;
