import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { erasureStatus } from './erasure.service';

export function erasureHandlers(ctx: Ctx) {
  return {
    'erasure:status': () => erasureStatus(ctx),
  } satisfies Partial<Handlers>;
}
