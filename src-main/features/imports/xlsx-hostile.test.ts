import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './read-file';

/**
 * Files of a few KB made to take the process down: each must be refused (or read) within
 * seconds and without the memory it asks for. Built here, byte by byte, so a zip can claim
 * sizes no zip library would write.
 */

interface ZipPart {
  name: string;
  data: Buffer;
  /** The unpacked size the headers claim; the true one unless a test lies. */
  claimedSize?: number;
}

function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.data, { level: 9 });
    const size = part.claimedSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(part.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(part.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A workbook whose sheet (and shared strings) are the given XML; `claimed` lies about the sheet's size. */
function workbook(sheet: string | Buffer, options: { sharedStrings?: string; claimed?: number } = {}): Buffer {
  const text = (s: string) => Buffer.from(s);
  return zip([
    { name: '_rels/.rels', data: text(`<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: text(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="r2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    ...(options.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: text(options.sharedStrings) }] : []),
    { name: 'xl/worksheets/sheet1.xml', data: typeof sheet === 'string' ? text(sheet) : sheet, claimedSize: options.claimed },
  ]);
}

const sheetXml = (body: string) => `<worksheet xmlns="${MAIN}">${body}</worksheet>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

const HOSTILE: Array<[string, () => Buffer, Record<string, unknown>]> = [
  [
    'a merge over the whole sheet with values at both corners',
    () => workbook(sheetXml(`<sheetData><row r="1">${inline('A1', 'x')}</row><row r="1048576">${inline('XFD1048576', 'y')}</row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`)),
    { code: 'import_sheet_too_many_cells' },
  ],
  ['a cell at ZZZZZZ2', () => workbook(sheetXml(`<sheetData><row r="2">${inline('ZZZZZZ2', 'x')}</row></sheetData>`)), { code: 'import_sheet_out_of_range', params: expect.objectContaining({ ref: 'ZZZZZZ2' }) as unknown }],
  [
    '160,000 unclosed <si>',
    () => workbook(sheetXml('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'), { sharedStrings: `<sst xmlns="${MAIN}">${'<si>'.repeat(160_000)}` }),
    { code: 'import_file_unreadable' },
  ],
  [
    'shared strings declaring 3,000,000 entries',
    () => workbook(sheetXml('<sheetData/>'), { sharedStrings: `<sst xmlns="${MAIN}" count="3000000" uniqueCount="3000000"><si><t>x</t></si></sst>` }),
    { code: 'import_too_many_strings', params: { limit: 2_000_000 } },
  ],
  [
    '200 rows, each with one value in column XFD (the padding counts as cells)',
    () => workbook(sheetXml(`<sheetData>${Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('')}</sheetData>`)),
    { code: 'import_sheet_too_many_cells', params: { limit: 2_000_000 } },
  ],
  ['80,000 unclosed <row>', () => workbook(sheetXml(`<sheetData>${'<row>'.repeat(80_000)}`)), { code: 'import_file_unreadable' }],
  [
    'a sheet whose headers claim 1 GB',
    () => workbook(Buffer.alloc(2 * 1024 * 1024, 0x20), { claimed: 1024 * 1024 * 1024 }),
    { code: 'import_zip_entry_too_large', params: { entry: 'xl/worksheets/sheet1.xml', limitMb: 100 } },
  ],
  ['a sheet that unpacks to far more than its headers claim', () => workbook(Buffer.alloc(2 * 1024 * 1024, 0x20), { claimed: 1000 }), { code: 'import_file_unreadable' }],
];

describe('hostile workbooks', () => {
  it.each(HOSTILE)('%s is refused quickly, within the memory it would take', async (_, build, error) => {
    const bytes = build();
    expect(bytes.length).toBeLessThan(3 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    await expect(readSpreadsheet(bytes)).rejects.toMatchObject(error);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  });

  it('counts the shared strings that come, whatever count the file declares', async () => {
    const bytes = workbook(sheetXml('<sheetData/>'), { sharedStrings: `<sst xmlns="${MAIN}" uniqueCount="1">${'<si/>'.repeat(2_000_001)}</sst>` });
    const start = performance.now();
    await expect(readSpreadsheet(bytes)).rejects.toMatchObject({ code: 'import_too_many_strings', params: { limit: 2_000_000 } });
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('reads a merge over the whole sheet as the one cell that holds a value', async () => {
    const bytes = workbook(sheetXml(`<sheetData><row r="1">${inline('A1', '名簿')}</row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`));
    const start = performance.now();
    expect(await readSpreadsheet(bytes)).toEqual([['名簿']]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
