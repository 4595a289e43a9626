import type { Handlers } from '../../ipc/dispatch';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import * as retention from './retention.service';

// The erasure (features/erasure) is not in yet: until it is, a close-out refuses rather than erase partly.
const erase: retention.EraseTraineeColumns = () => {
  throw new AppError('internal');
};

export function retentionHandlers(ctx: Ctx) {
  return {
    'retention:get': () => retention.getPolicy(ctx),
    'retention:set': ({ years }) => retention.setPolicy(ctx, years),
    'retention:preview': ({ yearId }) => retention.previewCloseOut(ctx, yearId),
    'retention:close-out': (input) => retention.closeOutYear(ctx, input, erase),
    'retention:records': ({ yearId }) => retention.listRecords(ctx, yearId ?? null),
    'retention:record': ({ id }) => retention.getRecord(ctx, id),
  } satisfies Partial<Handlers>;
}
