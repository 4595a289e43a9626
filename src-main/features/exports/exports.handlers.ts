import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { exportList, exportYear } from './exports.service';

export function exportsHandlers(ctx: Ctx) {
  return {
    'exports:list': (input) => exportList(ctx, input),
    'exports:year': (input) => exportYear(ctx, input),
  } satisfies Partial<Handlers>;
}
