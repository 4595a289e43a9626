import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

export function departuresHandlers(_ctx: Ctx) {
  return {} satisfies Partial<Handlers>;
}
