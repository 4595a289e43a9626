import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

/** With the database open: it is not locked, and the key is where the secrets are. */
export function vaultHandlers(ctx: Ctx) {
  const status = () => ({ locked: false, keyStorage: ctx.secrets.where });
  return {
    'vault:status': status,
    'vault:unlock': status,
  } satisfies Partial<Handlers>;
}
