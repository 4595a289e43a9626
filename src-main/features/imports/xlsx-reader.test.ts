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

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Parts {
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
}

/** A minimal workbook around one sheet's <sheetData> (and what follows it). */
async function minimal(parts: Parts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ''}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}">${parts.sheet}</worksheet>`);
  if (parts.sharedStrings) zip.file('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${parts.sharedStrings}</sst>`);
  if (parts.styles) zip.file('xl/styles.xml', `<styleSheet xmlns="${MAIN}">${parts.styles}</styleSheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('readFirstSheet on files others write', () => {
  it('clips a title merged across the whole row (A1:XFD1) to the columns that hold values', async () => {
    const rows = await readFirstSheet(
      await minimal({
        sheet: `<sheetData><row r="1">${inline('A1', '名簿')}</row><row r="2">${inline('A2', '氏名')}${inline('C2', '国籍')}</row></sheetData>` +
          '<mergeCells count="1"><mergeCell ref="A1:XFD1"/></mergeCells>',
      }),
    );
    expect(rows).toEqual([
      ['名簿', '名簿', '名簿'],
      ['氏名', null, '国籍'],
    ]);
  });

  it('lets one stray value in XFD1 widen only its own row', async () => {
    const rows = await readFirstSheet(
      await minimal({ sheet: `<sheetData><row r="1">${inline('A1', '氏名')}${inline('XFD1', 'x')}</row><row r="2">${inline('A2', 'Kim')}</row></sheetData>` }),
    );
    expect(rows![0]).toHaveLength(16_384);
    expect(rows![0]![16_383]).toBe('x');
    expect(rows![1]).toEqual(['Kim']);
  });

  it('reads the first worksheet when the first tab is a chart sheet', async () => {
    const zip = await JSZip.loadAsync(await minimal({ sheet: `<sheetData><row r="1">${inline('A1', 'data')}</row></sheetData>` }));
    zip.file(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Chart1" sheetId="2" r:id="rId9"/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    );
    zip.file('xl/chartsheets/sheet1.xml', `<chartsheet xmlns="${MAIN}"/>`);
    expect(await readFirstSheet(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([['data']]);
  });

  it('reads the first worksheet a person can see: a hidden first one holds a dropdown list', async () => {
    const zip = await JSZip.loadAsync(await minimal({ sheet: `<sheetData><row r="1">${inline('A1', 'data')}</row></sheetData>` }));
    zip.file(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Lists" sheetId="2" state="hidden" r:id="rId8"/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId8" Type="${REL}/worksheet" Target="worksheets/lists.xml"/>` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    );
    zip.file('xl/worksheets/lists.xml', `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline('A1', '男性')}</row></sheetData></worksheet>`);
    expect(await readFirstSheet(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([['data']]);
  });

  it('places rows and cells without `r` after the one before', async () => {
    const rows = await readFirstSheet(
      await minimal({
        sheet: '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>' +
          '<row r="5"><c r="B5"><v>4</v></c><c><v>5</v></c></row><row><c><v>6</v></c></row></sheetData>',
      }),
    );
    expect(rows).toEqual([['a', 2], [3], [null, 4, 5], [6]]);
  });

  it('reads ISO dates (t="d") as the day written, and keeps a time alone as its text', async () => {
    const rows = await readFirstSheet(
      await minimal({
        sheet: '<sheetData><row r="1"><c r="A1" t="d"><v>1995-05-20T08:00:00</v></c><c r="B1" t="d"><v>2024-02-29</v></c>' +
          '<c r="C1" t="d"><v>08:30:00</v></c><c r="D1" t="d"><v>2023-02-30</v></c><c r="E1" t="d"><v>1995-05-20T00:30:00+09:00</v></c></row></sheetData>',
      }),
    );
    const [a, b, c, d, e] = rows![0]!;
    expect((a as Date).toISOString()).toBe('1995-05-20T08:00:00.000Z');
    expect(b).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(c).toBe('08:30:00');
    expect(d).toBe('2023-02-30');
    expect((e as Date).toISOString().slice(0, 10)).toBe('1995-05-20');
  });

  it('decodes _xHHHH_ escapes in shared, inline and formula strings; _x005F_ escapes the underscore', async () => {
    const rows = await readFirstSheet(
      await minimal({
        sharedStrings: '<si><t>ABC_x000D_DEF</t></si><si><t>_x005F_x000D_</t></si>',
        sheet: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>${inline('C1', 'tab_x0009_end')}` +
          '<c r="D1" t="str"><f>A1</f><v>x_x000A_y</v></c></row></sheetData>',
      }),
    );
    expect(rows).toEqual([['ABC\rDEF', '_x000D_', 'tab\tend', 'x\ny']]);
  });

  it('reads namespace-prefixed parts found through the relationships: a workbook outside xl/, SharedStrings.xml as named', async () => {
    const x = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const zip = new JSZip();
    zip.file('_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/book/Workbook.xml"/></Relationships>`);
    zip.file(
      'book/Workbook.xml',
      `<x:workbook xmlns:x="${x}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1" xmlns:r="${REL}"/></x:sheets></x:workbook>`,
    );
    zip.file(
      'book/_rels/Workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="../sheets/data.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="SharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="Styles.xml"/></Relationships>`,
    );
    zip.file('book/SharedStrings.xml', `<s:sst xmlns:s="${x}"><s:si><s:t>氏名</s:t></s:si></s:sst>`);
    zip.file('book/Styles.xml', `<s:styleSheet xmlns:s="${x}"><s:cellXfs><s:xf numFmtId="0"/><s:xf numFmtId="14"/></s:cellXfs></s:styleSheet>`);
    zip.file(
      'sheets/data.xml',
      `<ns0:worksheet xmlns:ns0="${x}"><ns0:sheetData><ns0:row r="1"><ns0:c r="A1" t="s"><ns0:v>0</ns0:v></ns0:c>` +
        '<ns0:c r="B1" s="1"><ns0:v>0</ns0:v></ns0:c></ns0:row></ns0:sheetData></ns0:worksheet>',
    );
    expect(await readFirstSheet(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([['氏名', new Date(Date.UTC(1904, 0, 1))]]);
  });

  it('reads CDATA in inline strings, and an empty <t xml:space="preserve"/> run does not swallow the next', async () => {
    const rows = await readFirstSheet(
      await minimal({
        sharedStrings: '<si><r><t xml:space="preserve"/></r><r><t>次の行</t></r></si>',
        sheet: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>R&D</b>]]></t></is></c><c r="B1" t="s"><v>0</v></c>' +
          '<c r="C1" t="inlineStr"><is><r><t xml:space="preserve"/></r><r><t>後</t></r></is></c></row></sheetData>',
      }),
    );
    expect(rows).toEqual([['<b>R&D</b>', '次の行', '後']]);
  });

  it('refuses cells beyond XFD or row 1,048,576 with the reference named', async () => {
    for (const ref of ['XFE1', 'A1048577']) {
      await expect(readFirstSheet(await minimal({ sheet: `<sheetData><row>${inline(ref, 'x')}</row></sheetData>` }))).rejects.toMatchObject({
        code: 'import_sheet_out_of_range',
        params: { ref },
      });
    }
  });
});
