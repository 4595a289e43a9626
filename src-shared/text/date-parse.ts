/**
 * Dates as people in Japan write them, one reader for the forms, the imports and the API:
 * 2024-05-20, 2024/5/20, 2024.5.20, 2024年5月20日(月), 19950520, 令和6年5月20日, R6.5.20,
 * 平成元年1月8日 — in full-width digits too. The result is ISO (YYYY-MM-DD).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2024-02-30 is refused). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

interface Era {
  names: string[];
  /** The first day of the era; its year 1 is this year. */
  start: string;
}

const ERAS: Era[] = [
  { names: ['令和', 'r'], start: '2019-05-01' },
  { names: ['平成', 'h'], start: '1989-01-08' },
  { names: ['昭和', 's'], start: '1926-12-25' },
  { names: ['大正', 't'], start: '1912-07-30' },
];

const ERA_BY_NAME = new Map(ERAS.flatMap((era) => era.names.map((name) => [name, era] as const)));

const SEP = String.raw`\s*[-/.年]\s*`;
const SEP_MONTH = String.raw`\s*[-/.月]\s*`;
const WEEKDAY = String.raw`(?:\s*[(（]\s*[日月火水木金土]\s*(?:曜日?)?\s*[)）])?`;
const WESTERN = new RegExp(String.raw`^(\d{4})${SEP}(\d{1,2})${SEP_MONTH}(\d{1,2})\s*日?${WEEKDAY}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const JAPANESE_ERA = new RegExp(String.raw`^(令和|平成|昭和|大正|[rhst])\s*(\d{1,2}|元)${SEP}(\d{1,2})${SEP_MONTH}(\d{1,2})\s*日?${WEEKDAY}$`);

function iso(y: number, mo: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date from what a person typed: ISO when it is a real date, null when empty, `invalid`
 * otherwise (2024/13/01, 令和元年4月30日 — before the era began).
 */
export function parseJapaneseDate(text: string): string | null | 'invalid' {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (t === '') return null;
  let out: string;
  let m = WESTERN.exec(t) ?? COMPACT.exec(t);
  if (m) {
    out = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  } else {
    m = JAPANESE_ERA.exec(t);
    if (!m) return 'invalid';
    const era = ERA_BY_NAME.get(m[1]!)!;
    const year = m[2] === '元' ? 1 : Number(m[2]);
    if (year < 1) return 'invalid';
    out = iso(Number(era.start.slice(0, 4)) + year - 1, Number(m[3]), Number(m[4]));
    if (out < era.start) return 'invalid';
  }
  return isRealIsoDate(out) ? out : 'invalid';
}
