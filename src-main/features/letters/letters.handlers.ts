import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';

export function lettersHandlers(_ctx: Ctx) {
  return {} satisfies Partial<Handlers>;
}
