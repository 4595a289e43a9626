import type { Trainee, TraineeFields } from '../../contract/trainees';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findYear } from '../years/years.repo';
import * as repo from './trainees.repo';

/** Trainees of one program year. */
export function listTrainees(ctx: Ctx, yearId: string): Trainee[] {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  return repo.listTrainees(ctx.db, yearId);
}

export function getTrainee(ctx: Ctx, id: string): Trainee {
  const trainee = repo.findTrainee(ctx.db, id);
  if (!trainee) throw new AppError('not_found', { entity: 'trainee' });
  return trainee;
}

/** Adds a trainee to an existing program year. */
export function createTrainee(ctx: Ctx, input: TraineeFields & { yearId: string }): Trainee {
  const id = newId();
  ctx.db.transaction(() => {
    if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
    repo.insertTrainee(ctx.db, { ...input, id }, ctx.now());
  })();
  return getTrainee(ctx, id);
}

export function updateTrainee(ctx: Ctx, input: TraineeFields & { id: string }): Trainee {
  const { id, ...fields } = input;
  const updated = ctx.db.transaction(() => repo.updateTrainee(ctx.db, id, fields, ctx.now()))();
  if (!updated) throw new AppError('not_found', { entity: 'trainee' });
  return getTrainee(ctx, id);
}

export function deleteTrainee(ctx: Ctx, id: string): { id: string } {
  const deleted = ctx.db.transaction(() => repo.deleteTrainee(ctx.db, id))();
  if (!deleted) throw new AppError('not_found', { entity: 'trainee' });
  return { id };
}
