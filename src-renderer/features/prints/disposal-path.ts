import type { Language } from '@shared/contract/settings';

/** The address of a disposal record printed on its own: `#/print/disposal/<id>?lang=ja`. */
export function disposalPrintPath(id: string, language: Language): string {
  return `/print/disposal/${encodeURIComponent(id)}?lang=${language}`;
}

/** Reads a disposal record's print address back from the path after `#/print/`; null when it is not one. */
export function parseDisposalPrintPath(rest: string): { id: string; language: Language } | null {
  const [path = '', query = ''] = rest.split('?');
  const match = /^disposal\/([^/]+)$/.exec(path);
  if (!match) return null;
  return { id: decodeURIComponent(match[1]!), language: new URLSearchParams(query).get('lang') === 'en' ? 'en' : 'ja' };
}
