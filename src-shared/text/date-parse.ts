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

const FISCAL_ERA = /^(令和|平成|昭和|[rhs])\s*(\d{1,2}|元)\s*(?:年度?)?$/;
const FISCAL_WESTERN = /^(\d{4})\s*(?:年度?|fy)?$/;

/**
 * A fiscal year (年度) as old lists write it: 2005, 2005年度, FY2005, 平成17年度, H17, R2 — the year
 * its April falls in. Null when the text is not one.
 */
export function parseFiscalYear(text: string): number | null {
  const t = text.normalize('NFKC').trim().toLowerCase().replace(/^fy\s*/, '');
  const western = FISCAL_WESTERN.exec(t);
  if (western) return Number(western[1]);
  const era = FISCAL_ERA.exec(t);
  if (!era) return null;
  const year = era[2] === '元' ? 1 : Number(era[2]);
  return year < 1 ? null : Number(ERA_BY_NAME.get(era[1]!)!.start.slice(0, 4)) + year - 1;
}
