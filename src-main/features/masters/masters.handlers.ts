import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { createSendingGovernment } from './masters.service';
import { listSendingGovernments, listTrainingFields } from './sending-governments.repo';

export function mastersHandlers(ctx: Ctx) {
  return {
    'sending-governments:list': ({ country }) => listSendingGovernments(ctx.db, country),
    'sending-governments:create': (input) => createSendingGovernment(ctx, input),
    'training-fields:list': () => listTrainingFields(ctx.db),
  } satisfies Partial<Handlers>;
}
