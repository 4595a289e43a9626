import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readFirstSheet } from './xlsx-reader';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('名簿'));
  book.addWorksheet('other').getCell('A1').value = 'not this one';
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readFirstSheet', () => {
  it('reads text, numbers, dates by their format, formula results, booleans and merged headers from the first sheet', async () => {
    const bytes = await workbook((sheet) => {
      sheet.mergeCells('A1:B1');
      sheet.getCell('A1').value = '氏名';
      sheet.getCell('C1').value = '生年月日';
      sheet.getCell('A2').value = 'Kim';
      sheet.getCell('B2').value = { richText: [{ text: 'Min' }, { text: 'ji & co' }] };
      sheet.getCell('C2').value = new Date(Date.UTC(1995, 4, 20));
      sheet.getCell('C2').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getCell('D2').value = 42;
      sheet.getCell('E2').value = { formula: 'D2*2', result: 84 };
      sheet.getCell('F2').value = true;
    });
    expect(await readFirstSheet(bytes)).toEqual([
      ['氏名', '氏名', '生年月日'],
      ['Kim', 'Minji & co', new Date(Date.UTC(1995, 4, 20)), 42, 84, 'true'],
    ]);
  });

  it('leaves out the furigana Japanese Excel stores beside a string, skips empty rows, and ends each row at its last value', async () => {
    const zip = await JSZip.loadAsync(await workbook((sheet) => (sheet.getCell('A1').value = 'x')));
    zip.file(
      'xl/sharedStrings.xml',
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">' +
        '<si><t>宇佐市</t><rPh sb="0" eb="3"><t>ウサシ</t></rPh><phoneticPr fontId="1"/></si></sst>',
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"/><row r="3"><c r="B3" t="inlineStr"><is><t>&lt;大分&gt;</t></is></c></row>' +
        '</sheetData></worksheet>',
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await readFirstSheet(bytes)).toEqual([
      ['宇佐市'],
      [null, '<大分>'],
    ]);
  });

  it('answers null for a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await readFirstSheet(await zip.generateAsync({ type: 'nodebuffer' }))).toBeNull();
  });
});
