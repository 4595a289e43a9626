import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as staff from './staff.service';

export function staffHandlers(ctx: Ctx) {
  return {
    'staff:list': () => staff.listStaff(ctx),
    'staff:create': (input) => staff.createStaff(ctx, input),
    'staff:update': (input) => staff.updateStaff(ctx, input),
    'staff:delete': ({ id }) => staff.deleteStaff(ctx, id),
  } satisfies Partial<Handlers>;
}
