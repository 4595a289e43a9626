import type { SurveyAnswer } from '@shared/contract/hosts';
import { keyedId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findHost } from '../hosts';
import { findYear } from '../years';
import * as repo from './survey.repo';
import type { AnswerFields } from './survey.repo';

/** The year's demand survey: who asked, how many, for what, and how many are matched. */
export function listSurvey(ctx: Ctx, yearId: string): SurveyAnswer[] {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  return repo.listAnswers(ctx.db, { yearId });
}

/** Records a host's answer for a year; a second answer from the same host replaces the first. */
export function saveAnswer(ctx: Ctx, input: AnswerFields & { yearId: string; hostId: string }): SurveyAnswer {
  ctx.db.transaction(() => {
    if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
    if (!findHost(ctx.db, input.hostId)) throw new AppError('not_found', { entity: 'host' });
    const existing = repo.findAnswer(ctx.db, input.yearId, input.hostId);
    if (existing) repo.updateAnswer(ctx, existing.id, input);
    else repo.insertAnswer(ctx, { ...input, id: keyedId('survey_answers', input.yearId, input.hostId) });
  })();
  return repo.findAnswer(ctx.db, input.yearId, input.hostId)!;
}

export function deleteAnswer(ctx: Ctx, id: string): { id: string } {
  const deleted = ctx.db.transaction(() => repo.deleteAnswer(ctx, id))();
  if (!deleted) throw new AppError('not_found', { entity: 'survey_answer' });
  return { id };
}
