import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { exportStatistics, statistics } from './statistics.service';

export function statisticsHandlers(ctx: Ctx) {
  return {
    'statistics:summary': (input) => statistics(ctx, input),
    'statistics:export': (input) => exportStatistics(ctx, input),
  } satisfies Partial<Handlers>;
}
