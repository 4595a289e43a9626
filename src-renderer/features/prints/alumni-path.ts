import type { Language } from '@shared/contract/settings';

/** What an alumni sheet prints: one report in the layout of the program's own article, or a fiscal year's booklet of them. */
export type AlumniPrint = { kind: 'report'; id: string; language: Language } | { kind: 'booklet'; fiscalYear: number; language: Language };

/** `#/print/alumni/report/<reportId>?lang=ja` or `#/print/alumni/booklet/2024?lang=en`. */
export function alumniPrintPath(p: AlumniPrint): string {
  const id = p.kind === 'report' ? encodeURIComponent(p.id) : String(p.fiscalYear);
  return `/print/alumni/${p.kind}/${id}?${new URLSearchParams({ lang: p.language }).toString()}`;
}

/** Reads an alumni sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseAlumniPrintPath(rest: string): AlumniPrint | null {
  const [path = '', query = ''] = rest.split('?');
  const language: Language = new URLSearchParams(query).get('lang') === 'en' ? 'en' : 'ja';
  const report = /^alumni\/report\/([^/]+)$/.exec(path);
  if (report) return { kind: 'report', id: decodeURIComponent(report[1]!), language };
  const booklet = /^alumni\/booklet\/(\d{4})$/.exec(path);
  if (booklet) return { kind: 'booklet', fiscalYear: Number(booklet[1]), language };
  return null;
}
