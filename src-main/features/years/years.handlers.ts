import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as years from './years.service';

export function yearsHandlers(ctx: Ctx) {
  return {
    'years:list': () => years.listYears(ctx),
    'years:get': ({ id }) => years.getYear(ctx, id),
    'years:create': ({ fiscalYear }) => years.createYear(ctx, fiscalYear),
    'years:update-milestone': (input) => years.updateMilestone(ctx, input),
    'years:delete': ({ id }) => years.deleteYear(ctx, id),
  } satisfies Partial<Handlers>;
}
