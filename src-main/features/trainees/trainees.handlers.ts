import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as trainees from './trainees.service';

export function traineesHandlers(ctx: Ctx) {
  return {
    'trainees:list': (input) => trainees.listTrainees(ctx, input),
    'trainees:page': (input) => trainees.pageTrainees(ctx, input),
    'trainees:get': ({ id }) => trainees.getTrainee(ctx, id),
    'trainees:create': (input) => trainees.createTrainee(ctx, input),
    'trainees:update': (input) => trainees.updateTrainee(ctx, input),
    'trainees:delete': ({ id }) => trainees.deleteTrainee(ctx, id),
    'trainees:restore': ({ id }) => trainees.restoreTrainee(ctx, id),
    'trainees:trash': () => trainees.listTrash(ctx),
    'trainees:history': (input) => trainees.traineeHistory(ctx, input),
    'trainees:set-photo': (input) => trainees.setPhoto(ctx, input),
    'trainees:remove-photo': ({ id }) => trainees.removePhoto(ctx, id),
    'trainees:photo': (input) => trainees.getPhoto(ctx, input),
  } satisfies Partial<Handlers>;
}
