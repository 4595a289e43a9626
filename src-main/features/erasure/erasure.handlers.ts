import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

export function erasureHandlers(_ctx: Ctx) {
  return {} satisfies Partial<Handlers>;
}
