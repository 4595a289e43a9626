import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as masters from './masters.service';

export function mastersHandlers(ctx: Ctx) {
  return {
    'sending-governments:list': ({ country }) => masters.listSendingGovernments(ctx, country),
    'sending-governments:create': (input) => masters.createSendingGovernment(ctx, input),
    'sending-governments:update': (input) => masters.updateSendingGovernment(ctx, input),
    'training-fields:list': () => masters.listTrainingFields(ctx),
    'training-fields:create': (input) => masters.createTrainingField(ctx, input),
    'training-fields:update': (input) => masters.updateTrainingField(ctx, input),
  } satisfies Partial<Handlers>;
}
