import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as hosts from './hosts.service';

export function hostsHandlers(ctx: Ctx) {
  return {
    'reference:municipalities': ({ query }) => hosts.searchMunicipalities(query),
    'hosts:list': () => hosts.listHosts(ctx),
    // 'hosts:get' (a host with its survey answers and assignments) is in assignments.handlers.ts: it reads all three.
    'hosts:create': ({ code }) => hosts.createHostFromReference(ctx, code),
    'hosts:create-custom': (input) => hosts.createCustomHost(ctx, input),
    'hosts:update': (input) => hosts.updateHostContact(ctx, input),
    'hosts:delete': ({ id }) => hosts.deleteHost(ctx, id),
    'sister-ties:list': (filter) => hosts.listTies(ctx, filter),
    'sister-ties:create': (input) => hosts.createTie(ctx, input),
    'sister-ties:delete': ({ id }) => hosts.deleteTie(ctx, id),
  } satisfies Partial<Handlers>;
}
