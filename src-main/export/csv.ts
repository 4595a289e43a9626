import iconv from 'iconv-lite';
import type { Language } from '@shared/contract/settings';
import { translate } from '../i18n';
import type { Table } from './tables';
import { neutraliseFormula } from '@shared/text/formula';

/**
 * A string cell as text a spreadsheet cannot run: one that starts like a formula gets a leading
 * apostrophe (OWASP's advice for CSV injection), so `=HYPERLINK(…)` from a name is shown, not
 * followed. Numbers are written by us as numbers and stay so: -3 is a number, not a formula.
 */
export function neutralise(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return neutraliseFormula(value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell that Shift_JIS cannot hold: where it is, whose row it is, and what the file would get. */
export interface LossyCell {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  name: string;
  column: string;
  value: string;
  written: string;
}

/** The cells of a CSV, as written: headers in the chosen language, dates as yyyy/mm/dd (hh:mm). */
function cells(table: Table<never>, language: Language): string[][] {
  const lines = [table.columns.map((c) => neutralise(translate(language, c.header)))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((c) => {
        const v = c.value(row, language);
        return neutralise((c.type === 'date' || c.type === 'datetime') && typeof v === 'string' ? v.replace(/-/g, '/').replace('T', ' ') : v);
      }),
    );
  }
  return lines;
}

function roundTrip(text: string): string {
  return iconv.decode(iconv.encode(text, 'cp932'), 'cp932');
}

/**
 * The cells CP932 cannot hold (Hangul, simplified characters outside JIS, accented Latin: José
 * would be written Jos?), each with the name of its row, found by encoding and decoding each cell.
 */
function lossyCells(table: Table<never>, language: Language, lines: string[][]): LossyCell[] {
  const lossy: LossyCell[] = [];
  lines.forEach((line, i) => {
    const joined = line.join('\u0001');
    if (roundTrip(joined) === joined) return;
    line.forEach((value, col) => {
      const written = roundTrip(value);
      if (written === value) return;
      const row = i === 0 ? null : (table.rows[i - 1] as never);
      lossy.push({
        row: i + 1,
        name: row === null ? '' : rowName(table, row, language),
        column: translate(language, table.columns[col]!.header),
        value,
        written,
      });
    });
  });
  return lossy;
}

function rowName(table: Table<never>, row: never, language: Language): string {
  const name = table.rowName ? table.rowName(row, language) : table.columns[0]?.value(row, language);
  return name === null || name === undefined ? '' : String(name);
}

/**
 * CSV that Japanese Excel opens as it should: UTF-8 with a BOM, or Shift_JIS (CP932) for
 * older tools; CRLF line ends; dates as yyyy/mm/dd and times as yyyy/mm/dd hh:mm; no cell
 * that starts like a formula. For Shift_JIS, the cells it cannot hold come with the file, so
 * the person chooses before anything is saved with a `?` in it.
 */
export function toCsv(table: Table<never>, language: Language, encoding: 'utf8bom' | 'cp932'): { data: Buffer; lossy: LossyCell[] } {
  const lines = cells(table, language);
  const text = lines.map((l) => l.map(quote).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'cp932') return { data: iconv.encode(text, 'cp932'), lossy: lossyCells(table, language, lines) };
  return { data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), lossy: [] };
}
