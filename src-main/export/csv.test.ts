import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv';
import { convertWithLibreOffice, soffice } from './libreoffice.test-helper';
import type { Column, Table } from './tables';

interface Row {
  name: string;
  note: string | null;
  amount: number | null;
}

const columns: Array<Column<Row>> = [
  { header: 'trainee.column.latinName', type: 'text', width: 10, value: (r) => r.name },
  { header: 'trainee.field.notes', type: 'text', width: 10, value: (r) => r.note },
  { header: 'flight.durationMinutes', type: 'number', width: 10, value: (r) => r.amount },
];

function table(rows: Row[]): Table<never> {
  return { sheet: 'nav.trainees', columns, rows, rowName: (r: Row) => r.name } as unknown as Table<never>;
}

const HYPERLINK = '=HYPERLINK("http://x","y")';

describe('CSV formulas', () => {
  it('prefixes a string cell that starts like a formula, in half and full width, and leaves numbers as numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      expect(neutralise(`${start}1+2`)).toBe(`'${start}1+2`);
    }
    expect(neutralise(HYPERLINK)).toBe(`'${HYPERLINK}`);
    expect(neutralise(-3)).toBe('-3');
    expect(neutralise('-3')).toBe("'-3");
    expect(neutralise('José')).toBe('José');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('')).toBe('');
    expect(neutralise(null)).toBe('');
  });

  it('writes the prefixed cell quoted as CSV needs, and a negative number bare', () => {
    const { data } = toCsv(table([{ name: HYPERLINK, note: '@SUM(A1)', amount: -3 }]), 'ja', 'utf8bom');
    const lines = data.subarray(3).toString('utf8').split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),-3`);
  });

  it.skipIf(!soffice())('opens in LibreOffice as text, while the same cell unprefixed would run as a formula', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-csv-'));
    const ours = path.join(dir, 'ours.csv');
    fs.writeFileSync(ours, toCsv(table([{ name: HYPERLINK, note: '=1+2', amount: -3 }]), 'ja', 'utf8bom').data);
    // The control: LibreOffice does run formulas in a CSV here, so the prefix is what keeps ours text.
    const raw = path.join(dir, 'raw.csv');
    fs.writeFileSync(raw, '\uFEFFa,b\r\n"=HYPERLINK(""http://x"",""y"")",=1+2\r\n');
    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(convertWithLibreOffice(file, 'xlsx', 'CSV:44,34,76')) as unknown as ArrayBuffer);
      return wb.worksheets[0]!.getRow(2);
    };
    const control = await read(raw);
    expect(control.getCell(1).formula).toBe('HYPERLINK("http://x","y")');
    expect(control.getCell(2).formula).toBe('1+2');

    const row = await read(ours);
    expect(row.getCell(1).formula).toBeUndefined();
    expect(row.getCell(1).value).toBe(`'${HYPERLINK}`);
    expect(row.getCell(2).value).toBe("'=1+2");
    expect(row.getCell(3).value).toBe(-3);
  }, 120_000);
});

describe('Shift_JIS CSV', () => {
  const people: Row[] = [
    { name: '이서연', note: null, amount: 1 },
    { name: '山田 花子', note: '髙橋さんと同室', amount: 2 },
    { name: 'José Luis Peña', note: null, amount: 3 },
    { name: '王晓燕', note: '～', amount: 4 },
  ];

  it('lists every cell it cannot hold, with its row, whose row it is and what it would become', () => {
    const { data, lossy } = toCsv(table(people), 'ja', 'cp932');
    expect(lossy).toEqual([
      { row: 2, name: '이서연', column: '氏名（ローマ字）', value: '이서연', written: '???' },
      { row: 4, name: 'José Luis Peña', column: '氏名（ローマ字）', value: 'José Luis Peña', written: 'Jos? Luis Pe?a' },
      { row: 5, name: '王晓燕', column: '氏名（ローマ字）', value: '王晓燕', written: '王?燕' },
    ]);
    // What it lists is what the file holds: the same cells come back changed, the others as they were.
    const text = iconv.decode(data, 'cp932');
    expect(text).toContain('Jos? Luis Pe?a');
    expect(text).toContain('山田 花子,髙橋さんと同室,2');
    expect(text).toContain('王?燕,～,4');
  });

  it('has nothing to say for UTF-8, which holds every name', () => {
    const { data, lossy } = toCsv(table(people), 'ja', 'utf8bom');
    expect(lossy).toEqual([]);
    expect(data.subarray(3).toString('utf8')).toContain('José Luis Peña');
  });
});
