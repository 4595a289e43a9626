import type { Host, SisterTie } from '@shared/contract/hosts';
import { keyedId, newId } from '../../db/ids';
import { deleteChildren } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findSendingGovernment } from '../masters';
import { hostFullName } from '@shared/contract/names';
import * as repo from './hosts.repo';
import * as reference from './reference';

/** A host, or `not_found`. */
export function getHost(ctx: Ctx, id: string): Host {
  const host = repo.findHost(ctx.db, id);
  if (!host) throw new AppError('not_found', { entity: 'host' });
  return host;
}

/** Makes a municipality of the reference list a host; each only once. */
export function createHostFromReference(ctx: Ctx, code: string): Host {
  const m = reference.findMunicipality(code);
  if (!m) throw new AppError('validation', { issues: [{ field: 'code', rule: 'unknown_municipality' }] });
  const id = keyedId('hosts', m.code);
  ctx.db.transaction(() => {
    if (repo.findHostIdByCode(ctx.db, code)) throw new AppError('host_exists', { name: m.prefectureJa + (m.kind === 'prefecture' ? '' : m.nameJa) });
    repo.insertHost(ctx, {
      id,
      localGovCode: m.code,
      prefectureJa: m.prefectureJa,
      nameJa: m.kind === 'prefecture' ? '' : m.nameJa,
      nameKana: m.nameKana,
      nameEn: m.nameEn,
    });
  })();
  return getHost(ctx, id);
}

/** A body not in the list (a prefectural department, a public corporation), marked as entered by hand. */
export function createCustomHost(ctx: Ctx, input: { prefectureJa: string; nameJa: string; nameKana: string | null; nameEn: string | null }): Host {
  const id = newId();
  ctx.db.transaction(() => repo.insertHost(ctx, { id, localGovCode: null, isCustom: true, ...input }))();
  return getHost(ctx, id);
}

export function updateHostContact(ctx: Ctx, input: Parameters<typeof repo.updateHostContact>[2] & { id: string }): Host {
  ctx.db.transaction(() => {
    getHost(ctx, input.id);
    repo.updateHostContact(ctx, input.id, input);
  })();
  return getHost(ctx, input.id);
}

/**
 * Removes a host added by mistake, its ties first (each logged). A host that has hosted
 * trainees or answered a survey keeps that record: it is refused.
 */
export function deleteHost(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    const host = getHost(ctx, id);
    const { assignments, answers } = repo.countUses(ctx.db, id);
    if (assignments || answers) throw new AppError('host_in_use', { host: hostFullName(host), assignments, answers });
    deleteChildren(ctx, 'sister_ties', 'host_id', id);
    repo.deleteHost(ctx, id);
  })();
  return { id };
}

export function createTie(
  ctx: Ctx,
  input: { hostId: string; sendingGovernmentId: string; kind: SisterTie['kind']; since: string | null; notes: string | null },
): SisterTie {
  const id = keyedId('sister_ties', input.hostId, input.sendingGovernmentId);
  ctx.db.transaction(() => {
    const host = getHost(ctx, input.hostId);
    const government = findSendingGovernment(ctx.db, input.sendingGovernmentId);
    if (!government) throw new AppError('not_found', { entity: 'sending_government' });
    if (repo.findTie(ctx.db, input.hostId, input.sendingGovernmentId)) {
      throw new AppError('tie_exists', { host: hostFullName(host), government: government.nameLocal });
    }
    repo.insertTie(ctx, { id, ...input });
  })();
  return repo.listTies(ctx.db, { hostId: input.hostId }).find((t) => t.id === id)!;
}

export function deleteTie(ctx: Ctx, id: string): { id: string } {
  const deleted = ctx.db.transaction(() => repo.deleteTie(ctx, id))();
  if (!deleted) throw new AppError('not_found', { entity: 'tie' });
  return { id };
}

/** Host municipalities, by local government code; hand-entered ones last. */
export function listHosts(ctx: Ctx): Host[] {
  return repo.listHosts(ctx.db);
}

/** Sister-city and friendship ties, of one host, of one sending government, or all. */
export function listTies(ctx: Ctx, filter: { hostId?: string | null; sendingGovernmentId?: string | null }): SisterTie[] {
  return repo.listTies(ctx.db, filter);
}

/** Municipalities of the reference list whose kanji, kana or romaji contains the query. */
export function searchMunicipalities(query: string): ReturnType<typeof reference.searchMunicipalities> {
  return reference.searchMunicipalities(query);
}
