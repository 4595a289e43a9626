import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { loadSampleData } from './sample.service';

export function sampleHandlers(ctx: Ctx) {
  return {
    'sample:load': () => loadSampleData(ctx),
  } satisfies Partial<Handlers>;
}
