import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { listHosts } from './hosts.repo';

export function hostsHandlers(ctx: Ctx) {
  return {
    'hosts:list': () => listHosts(ctx.db),
  } satisfies Partial<Handlers>;
}
