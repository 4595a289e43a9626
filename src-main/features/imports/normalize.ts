import countries from '../../../resources/reference/countries.json';
import { parseJapaneseDate } from '@shared/text/date-parse';
import { matchKey } from '@shared/text/fold';
import type { Cell } from './read-file';
import { restoreFormulaText } from '@shared/text/formula';

/**
 * A date cell: an Excel date, or text as offices write it (2024/5/20, 令和6年5月20日, R6.5.20 …,
 * read by the one date reader the forms and the API use). Null when empty; `invalid` when not
 * a real date.
 */
export function parseDate(cell: Cell): string | null | 'invalid' {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return 'invalid';
  return parseJapaneseDate(cell);
}

const COUNTRY_BY_NAME = new Map<string, string>();
for (const c of countries) {
  for (const name of [c.code, c.ja, c.en]) COUNTRY_BY_NAME.set(matchKey(name), c.code);
}
for (const [name, code] of Object.entries({ 韓国: 'KR', 大韓民国: 'KR', 'korea': 'KR', 'republic of korea': 'KR', 中華人民共和国: 'CN', ミャンマー: 'MM', ビルマ: 'MM' })) {
  COUNTRY_BY_NAME.set(matchKey(name), code);
}

/** A country from its ISO code or its Japanese or English name; undefined when unknown. */
export function parseCountry(cell: Cell): string | null | undefined {
  if (cell === null || String(cell).trim() === '') return null;
  return COUNTRY_BY_NAME.get(matchKey(String(cell)));
}

/**
 * Text of a cell: numbers as typed (a passport number read as a number), dates as ISO, and a
 * cell our CSV export guarded with an apostrophe (`'+63 912…`) as it was, so an export comes back unchanged.
 */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = restoreFormulaText(String(cell).trim());
  return text === '' ? null : text;
}

export type Choices = ReadonlyArray<{ code: string; labels: string[] }>;
const choiceKeys = new WeakMap<Choices, Map<string, string>>();

/** Each list's codes and labels by their key, worked out once per list (an import asks 10,000 times). */
function keysOf(choices: Choices): Map<string, string> {
  let keys = choiceKeys.get(choices);
  if (!keys) {
    keys = new Map();
    for (const c of [...choices].reverse()) for (const name of [...c.labels, c.code]) keys.set(matchKey(name), c.code);
    choiceKeys.set(choices, keys);
  }
  return keys;
}

/** Matches a cell against the codes of a list and their labels in both languages. */
export function matchChoice(cell: Cell, choices: Choices): string | null | undefined {
  const text = cellText(cell);
  if (text === null) return null;
  return keysOf(choices).get(matchKey(text));
}

/** The training fields as a list to match a cell against: each by its id, named in Japanese or English. */
export function trainingFieldChoices(fields: ReadonlyArray<{ id: string; nameJa: string; nameEn: string }>): Choices {
  return fields.map((f) => ({ code: f.id, labels: [f.nameJa, f.nameEn] }));
}
