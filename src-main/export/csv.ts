import iconv from 'iconv-lite';
import type { Language } from '@shared/contract/settings';
import { translate } from '../i18n';
import type { Table } from './tables';

function quote(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV that Japanese Excel opens as it should: UTF-8 with a BOM, or Shift_JIS (CP932) for
 * older tools; CRLF line ends; dates as yyyy/mm/dd and times as yyyy/mm/dd hh:mm.
 */
export function toCsv(table: Table<never>, language: Language, encoding: 'utf8bom' | 'cp932'): Buffer {
  const lines = [table.columns.map((c) => quote(translate(language, c.header)))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((c) => {
        const v = c.value(row, language);
        return quote((c.type === 'date' || c.type === 'datetime') && typeof v === 'string' ? v.replace(/-/g, '/').replace('T', ' ') : v);
      }),
    );
  }
  const text = lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
  return encoding === 'cp932' ? iconv.encode(text, 'cp932') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
