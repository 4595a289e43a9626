import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { listConflicts, resolveConflict } from './conflicts.service';
import * as sync from './sync.service';

export function syncHandlers(ctx: Ctx) {
  return {
    'sync:status': () => sync.syncStatus(ctx),
    'sync:settings': (input) => sync.updateSyncSettings(ctx, input),
    'sync:export': (input) => sync.exportBundle(ctx, input),
    'sync:import': (input) => sync.importBundle(ctx, input),
    'sync:folder': () => sync.syncFolder(ctx),
    'sync:digest': () => sync.syncDigest(ctx),
    'sync:conflicts': (input) => listConflicts(ctx, input),
    'sync:resolve': (input) => resolveConflict(ctx, input),
  } satisfies Partial<Handlers>;
}
