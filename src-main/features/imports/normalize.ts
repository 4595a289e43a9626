import countries from '../../../resources/reference/countries.json';
import { isRealIsoDate } from '../../contract/rules';
import type { Cell } from './read-file';

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925 };

function halfWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * A date as offices write it: an Excel date, 2024/5/20, 2024-05-20, 2024.5.20,
 * 2024年5月20日, 令和6年5月20日 or R6.5.20 (and the same in full-width digits). Null when
 * empty; `invalid` when not a real date (2024/13/01).
 */
export function parseDate(cell: Cell): string | null | 'invalid' {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return 'invalid';
  const text = halfWidth(cell);
  if (text === '') return null;
  let m = /^(令和|平成|昭和|[RHS])\s*(\d{1,2}|元)\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/.exec(text);
  let y: number, mo: number, d: number;
  if (m) {
    y = ERAS[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2]));
    mo = Number(m[3]);
    d = Number(m[4]);
  } else {
    m = /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/.exec(text);
    if (!m) return 'invalid';
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealIsoDate(iso) ? iso : 'invalid';
}

function key(text: string): string {
  return halfWidth(text).toLowerCase().replace(/[\s・()（）]/g, '');
}

const COUNTRY_BY_NAME = new Map<string, string>();
for (const c of countries) {
  for (const name of [c.code, c.ja, c.en]) COUNTRY_BY_NAME.set(key(name), c.code);
}
for (const [name, code] of Object.entries({ 韓国: 'KR', 大韓民国: 'KR', 'korea': 'KR', 'republic of korea': 'KR', 中華人民共和国: 'CN' })) {
  COUNTRY_BY_NAME.set(key(name), code);
}

/** A country from its ISO code or its Japanese or English name; undefined when unknown. */
export function parseCountry(cell: Cell): string | null | undefined {
  if (cell === null || String(cell).trim() === '') return null;
  return COUNTRY_BY_NAME.get(key(String(cell)));
}

/** Text of a cell: numbers as typed (a passport number read as a number), dates as ISO. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return text === '' ? null : text;
}

type Choices = ReadonlyArray<{ code: string; labels: string[] }>;
const choiceKeys = new WeakMap<Choices, Map<string, string>>();

/** Each list's codes and labels by their key, worked out once per list (an import asks 10,000 times). */
function keysOf(choices: Choices): Map<string, string> {
  let keys = choiceKeys.get(choices);
  if (!keys) {
    keys = new Map();
    for (const c of [...choices].reverse()) for (const name of [...c.labels, c.code]) keys.set(key(name), c.code);
    choiceKeys.set(choices, keys);
  }
  return keys;
}

/** Matches a cell against the codes of a list and their labels in both languages. */
export function matchChoice(cell: Cell, choices: Choices): string | null | undefined {
  const text = cellText(cell);
  if (text === null) return null;
  return keysOf(choices).get(key(text));
}
