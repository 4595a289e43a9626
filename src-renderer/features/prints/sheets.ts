import type { Language } from '@shared/contract/settings';

/** The printable sheets, in the order the Prints page lists them. */
export const SHEETS = ['arrival', 'placards', 'orientation', 'roster', 'handover'] as const;
export type SheetKind = (typeof SHEETS)[number];

/** Which options a sheet takes besides the year and the language. */
export const SHEET_OPTIONS: Record<SheetKind, { group: boolean; trainee: boolean }> = {
  arrival: { group: true, trainee: false },
  placards: { group: true, trainee: true },
  orientation: { group: false, trainee: true },
  roster: { group: false, trainee: false },
  handover: { group: false, trainee: true },
};

export interface PrintOptions {
  sheet: SheetKind;
  yearId: string;
  language: Language;
  /** One pickup group, or all. */
  groupId: string | null;
  /** One trainee, or everyone (in the group, if one is chosen). */
  traineeId: string | null;
}

/** The address of a sheet printed on its own: `#/print/placards?year=…&lang=en&group=…`. */
export function printPath(o: PrintOptions): string {
  const params = new URLSearchParams({ year: o.yearId, lang: o.language });
  if (o.groupId && SHEET_OPTIONS[o.sheet].group) params.set('group', o.groupId);
  if (o.traineeId && SHEET_OPTIONS[o.sheet].trainee) params.set('trainee', o.traineeId);
  return `/print/${o.sheet}?${params.toString()}`;
}

/** Reads the options back from the path after `#/print/`; null when the sheet is unknown. */
export function parsePrintPath(rest: string): PrintOptions | null {
  const [sheet, query = ''] = rest.split('?');
  if (!(SHEETS as readonly string[]).includes(sheet ?? '')) return null;
  const params = new URLSearchParams(query);
  return {
    sheet: sheet as SheetKind,
    yearId: params.get('year') ?? '',
    language: params.get('lang') === 'en' ? 'en' : 'ja',
    groupId: params.get('group'),
    traineeId: params.get('trainee'),
  };
}
