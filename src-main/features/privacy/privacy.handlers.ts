import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { listExportRecords } from './privacy.service';

export function privacyHandlers(ctx: Ctx) {
  return {
    'privacy:export-records': () => listExportRecords(ctx),
  } satisfies Partial<Handlers>;
}
