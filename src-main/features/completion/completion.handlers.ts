import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

export function completionHandlers(_ctx: Ctx) {
  return {} satisfies Partial<Handlers>;
}
