import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as trainees from './trainees.service';

export function traineesHandlers(ctx: Ctx) {
  return {
    'trainees:list': ({ yearId }) => trainees.listTrainees(ctx, yearId),
    'trainees:get': ({ id }) => trainees.getTrainee(ctx, id),
    'trainees:create': (input) => trainees.createTrainee(ctx, input),
    'trainees:update': (input) => trainees.updateTrainee(ctx, input),
    'trainees:delete': ({ id }) => trainees.deleteTrainee(ctx, id),
  } satisfies Partial<Handlers>;
}
