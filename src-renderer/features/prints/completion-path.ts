import type { Language } from '@shared/contract/settings';

/** Which certificates a sheet prints: one trainee's, a host's trainees', or the whole year's (completed trainees only). */
export type CompletionPrint = { kind: 'trainee' | 'host' | 'year'; id: string; yearId: string; language: Language };

/** `#/print/certificates/trainee/<traineeId>?year=…&lang=ja`, `…/host/<hostId>?year=…`, `…/year/<yearId>?year=…&lang=en`. */
export function completionPrintPath(p: CompletionPrint): string {
  return `/print/certificates/${p.kind}/${encodeURIComponent(p.id)}?${new URLSearchParams({ year: p.yearId, lang: p.language }).toString()}`;
}

/** Reads a certificates sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseCompletionPrintPath(rest: string): CompletionPrint | null {
  const [path = '', query = ''] = rest.split('?');
  const match = /^certificates\/(trainee|host|year)\/([^/]+)$/.exec(path);
  if (!match) return null;
  const params = new URLSearchParams(query);
  const id = decodeURIComponent(match[2]!);
  return { kind: match[1] as CompletionPrint['kind'], id, yearId: params.get('year') ?? (match[1] === 'year' ? id : ''), language: params.get('lang') === 'en' ? 'en' : 'ja' };
}
