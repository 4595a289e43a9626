import type { Language } from '@shared/contract/settings';

/** What a departures sheet prints: a year's 帰国予定一覧, or one trainee's departure-day sheet. */
export type DeparturePrint = { kind: 'list'; id: string; language: Language } | { kind: 'day'; id: string; language: Language };

/** `#/print/departures/list/<yearId>?lang=ja` or `#/print/departures/day/<traineeId>?lang=en`. */
export function departurePrintPath(p: DeparturePrint): string {
  return `/print/departures/${p.kind}/${encodeURIComponent(p.id)}?${new URLSearchParams({ lang: p.language }).toString()}`;
}

/** Reads a departures sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseDeparturePrintPath(rest: string): DeparturePrint | null {
  const [path = '', query = ''] = rest.split('?');
  const match = /^departures\/(list|day)\/([^/]+)$/.exec(path);
  if (!match) return null;
  return { kind: match[1] as 'list' | 'day', id: decodeURIComponent(match[2]!), language: new URLSearchParams(query).get('lang') === 'en' ? 'en' : 'ja' };
}
