import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as retention from './retention.service';

export function retentionHandlers(ctx: Ctx) {
  return {
    'retention:get': () => retention.getPolicy(ctx),
    'retention:set': ({ years }) => retention.setPolicy(ctx, years),
    'retention:preview': ({ yearId }) => retention.previewCloseOut(ctx, yearId),
    'retention:close-out': (input) => retention.closeOutYear(ctx, input),
    'retention:records': ({ yearId }) => retention.listRecords(ctx, yearId ?? null),
    'retention:record': ({ id }) => retention.getRecord(ctx, id),
  } satisfies Partial<Handlers>;
}
