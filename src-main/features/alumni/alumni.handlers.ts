import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

export function alumniHandlers(_ctx: Ctx) {
  return {} satisfies Partial<Handlers>;
}
