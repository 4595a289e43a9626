import type { LetterCell, LetterDoc, LetterTable, LetterTemplate, MissingField } from '@shared/contract/letters';
import type { Language } from '@shared/contract/settings';
import type { NameLang } from '@shared/contract/trainees';
import { MILESTONE_KINDS, type Milestone } from '@shared/contract/years';
import { daysBetween } from '@shared/text/date-math';

/** A merge field written in a template: {{host.head}}, {{date.arrival}}. */
const FIELD = /\{\{\s*([a-z_.]+)\s*\}\}/g;

/** The fields a template may use: the fixed ones and the first day of each milestone. */
export function isKnownField(name: string, known: ReadonlySet<string>): boolean {
  return known.has(name) || (name.startsWith('date.') && (MILESTONE_KINDS as readonly string[]).includes(name.slice(5)));
}

/** One trainee's line in a letter's table. */
export interface TraineeLine {
  /** The trainee's id, kept on their row of the letter (an erasure finds it there). */
  traineeId: string;
  name: string;
  lang: NameLang;
  latinName: string;
  country: string;
  field: string | null;
  period: string | null;
  /** Allowance letters: the days of the joint training period and their amount (null when not computable). */
  days: number | null;
  amount: number | null;
}

/** What a letter to one host is made from, every value already in the letter's language. */
export interface MergeData {
  language: Language;
  numberLabel: string | null;
  date: string;
  /** The value of each merge field; null when there is none. */
  values: ReadonlyMap<string, string | null>;
  trainees: readonly TraineeLine[];
  sender: string;
  contact: string;
  /** The table's column headers, by table kind. */
  columns: Record<Exclude<LetterTable, 'none'>, string[]>;
  money(amount: number): string;
}

export interface Fill {
  values: Readonly<Record<string, string>>;
  allowMissing: boolean;
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+$/u, ''));
}

/**
 * Fills a template for one host. A field with no value is reported missing (once per field) and,
 * unless the person chose to issue with it blank, left in the text as {{field}} so the preview
 * shows where it is; an unknown field name (a typo) is missing too.
 */
export function mergeLetter(template: LetterTemplate, data: MergeData, known: ReadonlySet<string>, fill: Fill): { doc: LetterDoc; missing: MissingField[] } {
  const missing: MissingField[] = [];
  const report = (field: string, trainee: string | null = null) => {
    if (!missing.some((m) => m.field === field && m.trainee === trainee)) missing.push({ field, trainee });
  };
  const ja = data.language === 'ja';
  const merge = (text: string) =>
    text.replace(FIELD, (whole, name: string) => {
      const given = fill.values[name]?.trim();
      const value = given || (isKnownField(name, known) ? data.values.get(name) : null);
      if (value) return value;
      report(name);
      return fill.allowMissing ? '' : whole;
    });
  const items = lines(merge(ja ? template.itemsJa : template.itemsEn)).filter((l) => l.trim());
  const body = lines(merge(ja ? template.bodyJa : template.bodyEn)).filter((l) => l.trim());
  const table = tableOf(template.table, data, fill, report);
  const doc: LetterDoc = {
    language: data.language,
    numberLabel: data.numberLabel,
    date: data.date,
    addressee: merge(ja ? template.addresseeJa : template.addresseeEn).trim(),
    sender: lines(data.sender).filter(Boolean),
    title: ja ? template.titleJa : template.titleEn,
    body,
    items: items.map((item, i) => (ja ? `${toFullWidth(i + 1)}\u3000${item.trim()}` : `${i + 1}. ${item.trim()}`)),
    table,
    contact: lines(data.contact).filter(Boolean),
  };
  return { doc, missing };
}

function toFullWidth(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

function tableOf(kind: LetterTable, data: MergeData, fill: Fill, report: (field: string, trainee?: string | null) => void): LetterDoc['table'] {
  if (kind === 'none') return null;
  if (data.trainees.length === 0) report('trainees');
  const cell = (text: string | null, field: string, trainee: string, lang: NameLang | null = null): LetterCell => {
    if (text) return { text, lang };
    report(field, trainee);
    return { text: fill.allowMissing ? '' : `{{${field}}}`, lang: null };
  };
  const rows = data.trainees.map((t): LetterCell[] => {
    const name: LetterCell = { text: t.name, lang: t.lang };
    const latin: LetterCell = { text: t.latinName, lang: null };
    const country: LetterCell = { text: t.country, lang: null };
    if (kind === 'trainees') return [name, latin, country, cell(t.field, 'trainee.field', t.name), cell(t.period, 'trainee.period', t.name)];
    const days = t.days === null ? null : String(t.days);
    const rate = data.values.get('allowance.rate') ?? null;
    return [name, country, cell(days, 'trainee.days', t.name), cell(rate, 'allowance.rate', t.name), cell(t.amount === null ? null : data.money(t.amount), 'allowance.total', t.name)];
  });
  return { columns: data.columns[kind], rows, traineeIds: data.trainees.map((t) => t.traineeId), nameColumns: kind === 'trainees' ? [0, 1] : [0] };
}

/**
 * A stored letter (its doc as JSON) without one trainee: every cell of their row becomes
 * `erased`, and their names wherever the body or the 記 items hold them; the number, title,
 * addressee and the other trainees stay. The same text back when the letter holds nothing of them.
 */
export function letterWithoutTrainee(content: string, traineeId: string, erased: string): string {
  const doc = JSON.parse(content) as LetterDoc;
  const table = doc.table;
  if (!table?.traineeIds?.includes(traineeId)) return content;
  const names = new Set<string>();
  let changed = false;
  const rows = table.rows.map((row, i) => {
    if (table.traineeIds![i] !== traineeId) return row;
    for (const c of table.nameColumns ?? [0]) {
      const text = row[c]?.text.trim();
      if (text && text !== erased && text.length > 1) names.add(text);
    }
    if (row.some((c) => c.text !== erased)) changed = true;
    return row.map((): LetterCell => ({ text: erased, lang: null }));
  });
  const scrub = (s: string) => [...names].reduce((out, name) => out.split(name).join(erased), s);
  const body = doc.body.map(scrub);
  const items = doc.items.map(scrub);
  changed ||= body.some((b, i) => b !== doc.body[i]) || items.some((b, i) => b !== doc.items[i]);
  return changed ? JSON.stringify({ ...doc, body, items, table: { ...table, rows } }) : content;
}

/**
 * The days of the joint training period: from the arrival in Japan to the move to the host, the
 * day of the move not counted (from then on the host looks after the trainee). Null without both dates.
 */
export function allowanceDays(milestones: readonly Milestone[]): number | null {
  const arrival = milestones.find((m) => m.kind === 'arrival')?.startsOn;
  const move = milestones.find((m) => m.kind === 'host_move')?.startsOn;
  if (!arrival || !move) return null;
  const days = daysBetween(arrival, move);
  return days > 0 ? days : null;
}

/** The fiscal year (April to March) of a date. */
export function fiscalYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/** A document number as each language writes it: 自国経第12号 / CLAIR-LG No. 12. */
export function numberLabel(prefix: string, n: number, language: Language): string {
  return language === 'ja' ? `${prefix}第${n}号` : `${prefix} No. ${n}`;
}

/**
 * The number after the highest one given in the block this fiscal year (cancelled ones count:
 * a number is never given twice, nor a gap filled out of order); null when the block is used up.
 */
export function nextNumber(range: { firstNumber: number; lastNumber: number }, taken: Iterable<number>): number | null {
  let next = range.firstNumber;
  for (const n of taken) if (n >= range.firstNumber && n <= range.lastNumber) next = Math.max(next, n + 1);
  return next <= range.lastNumber ? next : null;
}

/** Whether two blocks of numbers share a number. */
export function overlaps(a: { firstNumber: number; lastNumber: number }, b: { firstNumber: number; lastNumber: number }): boolean {
  return a.firstNumber <= b.lastNumber && b.firstNumber <= a.lastNumber;
}
