import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, soffice } from './libreoffice.test-helper';
import type { Column, Table } from './tables';
import { toXlsx } from './xlsx';

const HYPERLINK = '=HYPERLINK("http://x","y")';
const columns: Array<Column<{ name: string; amount: number }>> = [
  { header: 'trainee.column.latinName', type: 'text', width: 10, value: (r) => r.name },
  { header: 'flight.durationMinutes', type: 'number', width: 10, value: (r) => r.amount },
];
const table = { sheet: 'nav.trainees', columns, rows: [{ name: HYPERLINK, amount: -3 }, { name: '+81 3-1234', amount: 4 }] } as unknown as Table<never>;

describe('xlsx strings', () => {
  it('writes a string that starts with = as a string cell, never as a formula', async () => {
    const data = await toXlsx([table], 'ja');
    const zip = await JSZip.loadAsync(data);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toMatch(/<c r="A2"[^>]*t="s"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const a2 = wb.worksheets[0]!.getCell('A2');
    expect(a2.type).toBe(ExcelJS.ValueType.String);
    expect(a2.value).toBe(HYPERLINK);
    expect(wb.worksheets[0]!.getCell('B2').value).toBe(-3);
  });

  it.skipIf(!soffice())('opens in LibreOffice with the text as written, not the formula’s result', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kk-xlsx-')), 'list.xlsx');
    fs.writeFileSync(file, await toXlsx([table], 'ja'));
    const lines = fs.readFileSync(convertWithLibreOffice(file, 'csv'), 'utf8').split(/\r?\n/);
    expect(lines[1]).toBe('"=HYPERLINK(""http://x"",""y"")",-3');
    expect(lines[2]).toBe('+81 3-1234,4');
  }, 120_000);
});
