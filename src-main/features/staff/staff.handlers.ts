import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as repo from './staff.repo';

export function staffHandlers(ctx: Ctx) {
  return {
    'staff:list': () => repo.listStaff(ctx.db),
    'staff:create': (input) => {
      const id = newId();
      ctx.db.transaction(() => repo.insertStaff(ctx, id, input))();
      return repo.findStaff(ctx.db, id)!;
    },
    'staff:update': ({ id, ...fields }) => {
      const found = ctx.db.transaction(() => repo.updateStaff(ctx, id, fields))();
      if (!found) throw new AppError('not_found', { entity: 'staff' });
      return repo.findStaff(ctx.db, id)!;
    },
    'staff:delete': ({ id }) => {
      if (!ctx.db.transaction(() => repo.deleteStaff(ctx, id))()) throw new AppError('not_found', { entity: 'staff' });
      return { id };
    },
  } satisfies Partial<Handlers>;
}
