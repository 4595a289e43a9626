import type { SendingGovernment } from '../../contract/trainees';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import * as repo from './sending-governments.repo';

/** Adds a sending government to the master list; the same city twice is refused. */
export function createSendingGovernment(ctx: Ctx, input: Omit<SendingGovernment, 'id'>): SendingGovernment {
  const id = newId();
  ctx.db.transaction(() => {
    if (repo.findSendingGovernmentByName(ctx.db, input.country, input.nameEn)) {
      throw new AppError('sending_government_exists', { name: input.nameEn });
    }
    repo.insertSendingGovernment(ctx, { ...input, id });
  })();
  return repo.findSendingGovernment(ctx.db, id)!;
}
