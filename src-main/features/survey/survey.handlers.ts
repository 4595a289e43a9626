import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as survey from './survey.service';

export function surveyHandlers(ctx: Ctx) {
  return {
    'survey:list': ({ yearId }) => survey.listSurvey(ctx, yearId),
    'survey:save': (input) => survey.saveAnswer(ctx, input),
    'survey:delete': ({ id }) => survey.deleteAnswer(ctx, id),
  } satisfies Partial<Handlers>;
}
