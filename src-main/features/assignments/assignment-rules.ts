import type { AssignmentWarning, MatchMark, Suggestion } from '@shared/contract/hosts';

export interface RuleTrainee {
  nationality: string;
  sendingGovernmentId: string | null;
  trainingFieldId: string | null;
  status: string;
}

export interface RuleAnswer {
  requestedCount: number;
  matchedCount: number;
  preferredCountry: string | null;
  preferredSendingGovernmentId: string | null;
  trainingFieldId: string | null;
  status: string;
}

export interface RuleHost {
  hostId: string;
  /** The host's demand survey answer for the year, if any. */
  answer: RuleAnswer | null;
  /** Sending governments the host has a sister-city or friendship tie with. */
  tiedSendingGovernmentIds: ReadonlySet<string>;
}

export interface Period {
  startsOn: string | null;
  endsOn: string | null;
}

/** Two periods share a day; a missing end runs on, a missing start began long ago. */
export function overlaps(a: Period, b: Period): boolean {
  const aStart = a.startsOn ?? '0000-01-01';
  const bStart = b.startsOn ?? '0000-01-01';
  const aEnd = a.endsOn ?? '9999-12-31';
  const bEnd = b.endsOn ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

/** ★ sister city, field and country preference: why this host suits this trainee. */
export function matchMarks(trainee: RuleTrainee, host: RuleHost): MatchMark[] {
  const marks: MatchMark[] = [];
  if (trainee.sendingGovernmentId && host.tiedSendingGovernmentIds.has(trainee.sendingGovernmentId)) marks.push('sister_city');
  const a = host.answer;
  if (a?.trainingFieldId && a.trainingFieldId === trainee.trainingFieldId) marks.push('field');
  if (a && (a.preferredCountry === trainee.nationality || (a.preferredSendingGovernmentId && a.preferredSendingGovernmentId === trainee.sendingGovernmentId))) {
    marks.push('country');
  }
  return marks;
}

/** What a person should see before assigning this trainee to this host for this period. */
export function assignmentWarnings(trainee: RuleTrainee, host: RuleHost, period: Period, traineeAssignments: readonly Period[]): AssignmentWarning[] {
  const warnings: AssignmentWarning[] = [];
  if (host.answer && host.answer.matchedCount + 1 > host.answer.requestedCount) warnings.push('capacity_exceeded');
  if (traineeAssignments.some((a) => overlaps(a, period))) warnings.push('dates_overlap');
  if (trainee.status === 'withdrawn') warnings.push('trainee_withdrawn');
  if (!host.answer) warnings.push('no_survey_answer');
  return warnings;
}

const OPEN = new Set(['received', 'accepted']);

/** A host is worth suggesting when it still asks for trainees, or is tied to the trainee's city. */
function isCandidate(trainee: RuleTrainee, host: RuleHost): boolean {
  const isOpen = host.answer !== null && OPEN.has(host.answer.status) && host.answer.matchedCount < host.answer.requestedCount;
  const isTied = trainee.sendingGovernmentId !== null && host.tiedSendingGovernmentIds.has(trainee.sendingGovernmentId);
  return isOpen || isTied;
}

function score(marks: MatchMark[]): number {
  return (marks.includes('sister_city') ? 100 : 0) + (marks.includes('country') ? 10 : 0) + (marks.includes('field') ? 5 : 0);
}

/** Candidate hosts for a trainee, best first: a sister city before everything else. */
export function rankSuggestions(trainee: RuleTrainee, hosts: readonly RuleHost[], period: Period, traineeAssignments: readonly Period[]): Suggestion[] {
  return hosts
    .filter((h) => isCandidate(trainee, h))
    .map((h) => ({ hostId: h.hostId, marks: matchMarks(trainee, h), warnings: assignmentWarnings(trainee, h, period, traineeAssignments) }))
    .sort((a, b) => score(b.marks) - score(a.marks) || a.warnings.length - b.warnings.length);
}

/** The year's unassigned trainees for one host, best match first (its sister city's trainees on top). */
export function rankTrainees(
  host: RuleHost,
  trainees: ReadonlyArray<RuleTrainee & { id: string }>,
  period: Period,
  assignmentsOf: (traineeId: string) => readonly Period[],
): Array<{ traineeId: string; marks: MatchMark[]; warnings: AssignmentWarning[] }> {
  return trainees
    .map((t) => ({ traineeId: t.id, marks: matchMarks(t, host), warnings: assignmentWarnings(t, host, period, assignmentsOf(t.id)) }))
    .sort((a, b) => score(b.marks) - score(a.marks) || a.warnings.length - b.warnings.length);
}
