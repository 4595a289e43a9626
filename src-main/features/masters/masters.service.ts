import type { SendingGovernment, TrainingField } from '@shared/contract/trainees';
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

/** The same city twice (by country and English name) is refused. */
function refuseDuplicate(ctx: Ctx, g: Omit<SendingGovernment, 'id'>, id: string): void {
  const same = repo.findSendingGovernmentByName(ctx.db, g.country, g.nameEn);
  if (same && same.id !== id) throw new AppError('sending_government_exists', { name: g.nameEn });
}

/** Adds a sending government to the master list. */
export function createSendingGovernment(ctx: Ctx, input: Omit<SendingGovernment, 'id'>): SendingGovernment {
  const id = newId();
  ctx.db.transaction(() => {
    refuseDuplicate(ctx, input, id);
    repo.insertSendingGovernment(ctx, { ...input, id });
  })();
  return repo.findSendingGovernment(ctx.db, id)!;
}

/** Corrects a sending government; its trainees and sister-city ties keep pointing at it. */
export function updateSendingGovernment(ctx: Ctx, input: SendingGovernment): SendingGovernment {
  ctx.db.transaction(() => {
    if (!repo.findSendingGovernment(ctx.db, input.id)) throw new AppError('not_found', { entity: 'sending_government' });
    refuseDuplicate(ctx, input, input.id);
    repo.updateSendingGovernment(ctx, input);
  })();
  return repo.findSendingGovernment(ctx.db, input.id)!;
}

/** The master list of sending governments, of one country or all. */
export function listSendingGovernments(ctx: Ctx, country: string | null): SendingGovernment[] {
  return repo.listSendingGovernments(ctx.db, country);
}

/** The training fields, in the order they were added. */
export function listTrainingFields(ctx: Ctx): TrainingField[] {
  return repo.listTrainingFields(ctx.db);
}
