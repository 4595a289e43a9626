import ExcelJS from 'exceljs';
import type { Language } from '../contract/settings';
import { translate } from '../i18n';
import type { Table } from './tables';

function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * A workbook a Japanese office can work with: one sheet per table, headers in the chosen
 * language, dates as real dates (yyyy/mm/dd), numbers as numbers, a frozen header row, an
 * auto-filter and widths that fit.
 */
export async function toXlsx(tables: ReadonlyArray<Table<never>>, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kakehashi';
  workbook.created = new Date();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(translate(language, table.sheet).slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: translate(language, c.header), width: c.width }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((c) => {
          const v = c.value(row, language);
          return c.type === 'date' && typeof v === 'string' ? isoToDate(v) : v;
        }),
      );
    }
    table.columns.forEach((c, i) => {
      if (c.type === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy/mm/dd';
    });
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
