import type { Assignment, Board, HostDetail, MatchMark, AssignmentWarning } from '@shared/contract/hosts';
import { latinName, nativeName } from '@shared/contract/names';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findHost, getHost, listTies } from '../hosts';
import { listAnswers } from '../survey';
import { findTrainee, listTrainees } from '../trainees';
import { findYear, listMilestones } from '../years';
import { assignmentWarnings, matchMarks, overlaps, rankSuggestions, rankTrainees, type Period, type RuleHost, type RuleTrainee } from './assignment-rules';
import * as repo from './assignments.repo';

export interface AssignmentInput {
  yearId: string;
  traineeId: string;
  hostId: string;
  startsOn: string | null;
  endsOn: string | null;
  trainingFieldId: string | null;
  supervisor: string | null;
  department: string | null;
  housingAddress: string | null;
  notes: string | null;
}

/** Host training dates of the year: where an assignment starts and ends unless told otherwise. */
function defaultPeriod(ctx: Ctx, yearId: string): Period {
  const m = listMilestones(ctx.db, yearId).find((x) => x.kind === 'host_training');
  return { startsOn: m?.startsOn ?? null, endsOn: m?.endsOn ?? null };
}

/** Every host that asked this year or is tied to a sending government, as the rules see it. */
function ruleHosts(ctx: Ctx, yearId: string): RuleHost[] {
  const answers = new Map(listAnswers(ctx.db, { yearId }).map((a) => [a.hostId, a]));
  const ties = new Map<string, Set<string>>();
  for (const tie of listTies(ctx.db, {})) {
    const set = ties.get(tie.hostId) ?? new Set<string>();
    set.add(tie.sendingGovernment.id);
    ties.set(tie.hostId, set);
  }
  const ids = new Set([...answers.keys(), ...ties.keys()]);
  return [...ids].map((hostId) => {
    const a = answers.get(hostId);
    return {
      hostId,
      answer: a
        ? {
            requestedCount: a.requestedCount,
            matchedCount: a.matchedCount,
            preferredCountry: a.preferredCountry,
            preferredSendingGovernmentId: a.preferredSendingGovernment?.id ?? null,
            trainingFieldId: a.trainingField?.id ?? null,
            status: a.status,
          }
        : null,
      tiedSendingGovernmentIds: ties.get(hostId) ?? new Set(),
    };
  });
}

function ruleTrainee(t: { nationality: string; sendingGovernment: { id: string } | null; trainingField: { id: string } | null; status: string }): RuleTrainee {
  return { nationality: t.nationality, sendingGovernmentId: t.sendingGovernment?.id ?? null, trainingFieldId: t.trainingField?.id ?? null, status: t.status };
}

/**
 * The matching board: the year's trainees (those without a host first), each with ranked
 * suggestions, beside the hosts that answered the survey.
 */
export function board(ctx: Ctx, yearId: string): Board {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const period = defaultPeriod(ctx, yearId);
  const hosts = ruleHosts(ctx, yearId);
  const assignments = repo.listAssignments(ctx.db, {});
  const hostThisYear = new Map(assignments.filter((a) => a.yearId === yearId).map((a) => [a.traineeId, a]));
  // Trainees without a host first; those with one stay on the board, since a trainee may move on to another host.
  const trainees = listTrainees(ctx.db, { yearId, country: null, status: null, trainingFieldId: null, hostId: null, query: null }).sort(
    (a, b) => Number(hostThisYear.has(a.id)) - Number(hostThisYear.has(b.id)),
  );
  const periodsOf = (traineeId: string) => assignments.filter((a) => a.traineeId === traineeId);
  const ruleTrainees = trainees.map((t) => ({ id: t.id, ...ruleTrainee(t) }));
  const answers = listAnswers(ctx.db, { yearId });
  return {
    yearId,
    hostSuggestions: answers.map((a) => ({
      hostId: a.hostId,
      trainees: rankTrainees(hosts.find((h) => h.hostId === a.hostId)!, ruleTrainees, period, periodsOf),
    })),
    defaultStartsOn: period.startsOn,
    defaultEndsOn: period.endsOn,
    trainees: trainees.map((t) => ({
      id: t.id,
      name: nativeName(t),
      nameLang: t.nameLang,
      latinName: latinName(t),
      nationality: t.nationality,
      sendingGovernment: t.sendingGovernment,
      trainingField: t.trainingField,
      status: t.status,
      hostId: hostThisYear.get(t.id)?.hostId ?? null,
      hostName: hostThisYear.get(t.id)?.hostName ?? null,
      hostNameEn: hostThisYear.get(t.id)?.hostNameEn ?? null,
      suggestions: rankSuggestions(ruleTrainee(t), hosts, period, periodsOf(t.id)),
    })),
    hosts: answers,
  };
}

function resolve(ctx: Ctx, input: AssignmentInput) {
  const trainee = findTrainee(ctx.db, input.traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  const host = findHost(ctx.db, input.hostId);
  if (!host) throw new AppError('not_found', { entity: 'host' });
  if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
  const fallback = defaultPeriod(ctx, input.yearId);
  const period = { startsOn: input.startsOn ?? fallback.startsOn, endsOn: input.endsOn ?? fallback.endsOn };
  const rule = ruleHosts(ctx, input.yearId).find((h) => h.hostId === input.hostId) ?? { hostId: input.hostId, answer: null, tiedSendingGovernmentIds: new Set<string>() };
  const existing = repo.listAssignments(ctx.db, { traineeId: input.traineeId });
  return { trainee, host, period, rule, existing };
}

/** The marks and warnings of an assignment before it is made. */
export function checkAssignment(ctx: Ctx, input: AssignmentInput): { marks: MatchMark[]; warnings: AssignmentWarning[]; startsOn: string | null; endsOn: string | null } {
  const { trainee, period, rule, existing } = resolve(ctx, input);
  const t = ruleTrainee(trainee);
  return { marks: matchMarks(t, rule), warnings: assignmentWarnings(t, rule, period, existing), ...period };
}

/** A trainee has one host at a time: dates overlapping another of their assignments are refused. */
function refuseOverlap(trainee: Parameters<typeof nativeName>[0], period: Period, others: Assignment[]): void {
  const clash = others.find((a) => overlaps(a, period));
  if (clash) {
    throw new AppError('assignment_overlap', {
      trainee: nativeName(trainee),
      host: clash.hostName,
      startsOn: clash.startsOn ?? '',
      endsOn: clash.endsOn ?? '',
    });
  }
}

/** Assigns a trainee to a host, from the year's host-training dates unless given. */
export function createAssignment(ctx: Ctx, input: AssignmentInput): Assignment {
  const id = newId();
  ctx.db.transaction(() => {
    const { trainee, period, existing } = resolve(ctx, input);
    refuseOverlap(trainee, period, existing);
    repo.insertAssignment(ctx, {
      ...input,
      id,
      ...period,
      trainingFieldId: input.trainingFieldId ?? trainee.trainingField?.id ?? null,
    });
  })();
  return repo.findAssignment(ctx.db, id)!;
}

/**
 * Changes an assignment's dates and details; emptied dates go back to the year's host training
 * and an emptied field to the trainee's. Its trainee and host stay.
 */
export function updateAssignment(ctx: Ctx, input: Omit<AssignmentInput, 'yearId' | 'traineeId' | 'hostId'> & { id: string }): Assignment {
  ctx.db.transaction(() => {
    const current = repo.findAssignment(ctx.db, input.id);
    if (!current) throw new AppError('not_found', { entity: 'assignment' });
    const { trainee, period, existing } = resolve(ctx, { ...current, ...input });
    refuseOverlap(trainee, period, existing.filter((a) => a.id !== input.id));
    repo.updateAssignment(ctx, { ...input, ...period, trainingFieldId: input.trainingFieldId ?? trainee.trainingField?.id ?? null });
  })();
  return repo.findAssignment(ctx.db, input.id)!;
}

export function deleteAssignment(ctx: Ctx, id: string): { id: string } {
  const deleted = ctx.db.transaction(() => repo.deleteAssignment(ctx, id))();
  if (!deleted) throw new AppError('not_found', { entity: 'assignment' });
  return { id };
}

/**
 * A host with its ties, its survey answers over the years, and every trainee it has hosted. Here
 * rather than in hosts: it reads the survey and the assignments, which both sit above hosts.
 */
export function hostDetail(ctx: Ctx, id: string): HostDetail {
  return {
    host: getHost(ctx, id),
    ties: listTies(ctx.db, { hostId: id }),
    surveyAnswers: listAnswers(ctx.db, { hostId: id }),
    assignments: repo.listAssignments(ctx.db, { hostId: id }),
  };
}

/** The assignments of a year, of a host or of a trainee (all when no filter is given). */
export function listAssignments(ctx: Ctx, filter: { yearId?: string | null; hostId?: string | null; traineeId?: string | null }): Assignment[] {
  return repo.listAssignments(ctx.db, { yearId: filter.yearId ?? undefined, hostId: filter.hostId ?? undefined, traineeId: filter.traineeId ?? undefined });
}
