import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { archive, currentYear, yearDashboard } from './dashboard.service';

export function dashboardHandlers(ctx: Ctx) {
  return {
    'dashboard:year': ({ yearId }) => yearDashboard(ctx, yearId),
    'dashboard:current-year': () => currentYear(ctx),
    'dashboard:archive': () => archive(ctx),
  } satisfies Partial<Handlers>;
}
