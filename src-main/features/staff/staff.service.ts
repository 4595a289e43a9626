import type { Staff } from '@shared/contract/arrivals';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import * as repo from './staff.repo';

type StaffFields = Omit<Staff, 'id'>;

/** Everyone on the staff list, CLAIR first, then by name. */
export function listStaff(ctx: Ctx): Staff[] {
  return repo.listStaff(ctx.db);
}

export function createStaff(ctx: Ctx, fields: StaffFields): Staff {
  const id = newId();
  ctx.db.transaction(() => repo.insertStaff(ctx, id, fields))();
  return repo.findStaff(ctx.db, id)!;
}

export function updateStaff(ctx: Ctx, { id, ...fields }: StaffFields & { id: string }): Staff {
  const found = ctx.db.transaction(() => repo.updateStaff(ctx, id, fields))();
  if (!found) throw new AppError('not_found', { entity: 'staff' });
  return repo.findStaff(ctx.db, id)!;
}

/** Removes a person from the list, from the pickup groups they were in and from the events they ran. */
export function deleteStaff(ctx: Ctx, id: string): { id: string } {
  if (!ctx.db.transaction(() => repo.deleteStaff(ctx, id))()) throw new AppError('not_found', { entity: 'staff' });
  return { id };
}
