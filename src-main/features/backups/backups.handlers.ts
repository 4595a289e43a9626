import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as backups from './backups.service';

export function backupsHandlers(ctx: Ctx) {
  return {
    'backups:list': () => backups.listBackups(ctx),
    'backups:create': () => backups.makeBackup(ctx, 'manual'),
    'backups:restore': ({ file }) => backups.restoreBackup(ctx, file),
    'backups:copy-to': ({ path }) => backups.copyDatabaseTo(ctx, path),
  } satisfies Partial<Handlers>;
}
