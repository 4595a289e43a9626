import type { SendingGovernment } from '../../contract/trainees';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import * as repo from './sending-governments.repo';

/** Adds a training field; the list stays in the order fields were added. */
export function createTrainingField(ctx: Ctx, input: { nameJa: string; nameEn: string }) {
  const id = newId();
  ctx.db.transaction(() => repo.insertTrainingField(ctx, { id, ...input }))();
  return repo.listTrainingFields(ctx.db).find((f) => f.id === id)!;
}

/** Renames a training field; trainees keep it. */
export function updateTrainingField(ctx: Ctx, input: { id: string; nameJa: string; nameEn: string }) {
  const updated = ctx.db.transaction(() => repo.updateTrainingField(ctx, input))();
  if (!updated) throw new AppError('not_found', { entity: 'training_field' });
  return repo.listTrainingFields(ctx.db).find((f) => f.id === input.id)!;
}

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
