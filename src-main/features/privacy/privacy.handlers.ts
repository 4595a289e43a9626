import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

export function privacyHandlers(_ctx: Ctx) {
  return {} satisfies Partial<Handlers>;
}
