import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { createSendingGovernment, createTrainingField, updateSendingGovernment, updateTrainingField } from './masters.service';
import { listSendingGovernments, listTrainingFields } from './sending-governments.repo';

export function mastersHandlers(ctx: Ctx) {
  return {
    'sending-governments:list': ({ country }) => listSendingGovernments(ctx.db, country),
    'sending-governments:create': (input) => createSendingGovernment(ctx, input),
    'sending-governments:update': (input) => updateSendingGovernment(ctx, input),
    'training-fields:list': () => listTrainingFields(ctx.db),
    'training-fields:create': (input) => createTrainingField(ctx, input),
    'training-fields:update': (input) => updateTrainingField(ctx, input),
  } satisfies Partial<Handlers>;
}
