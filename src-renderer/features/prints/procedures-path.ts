import type { Language } from '@shared/contract/settings';

/** What a procedures sheet prints: a host's 「提出書類のお願い」 for a year, or one trainee's checklist. */
export type ProcedurePrint = { kind: 'host'; id: string; yearId: string; language: Language } | { kind: 'trainee'; id: string; yearId: string; language: Language };

/** `#/print/procedures/host/<hostId>?year=…&lang=ja` or `#/print/procedures/trainee/<traineeId>?year=…&lang=en`. */
export function procedurePrintPath(p: ProcedurePrint): string {
  return `/print/procedures/${p.kind}/${encodeURIComponent(p.id)}?${new URLSearchParams({ year: p.yearId, lang: p.language }).toString()}`;
}

/** Reads a procedures sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseProcedurePrintPath(rest: string): ProcedurePrint | null {
  const [path = '', query = ''] = rest.split('?');
  const match = /^procedures\/(host|trainee)\/([^/]+)$/.exec(path);
  if (!match) return null;
  const params = new URLSearchParams(query);
  return { kind: match[1] as 'host' | 'trainee', id: decodeURIComponent(match[2]!), yearId: params.get('year') ?? '', language: params.get('lang') === 'en' ? 'en' : 'ja' };
}
