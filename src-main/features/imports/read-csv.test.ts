import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../ipc/app-error';
import { refusal } from '../../test/refusals';
import { decodeText, detectDelimiter, parseCsv, readSpreadsheet } from './read-file';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

/** What reading `bytes` as a spreadsheet is refused with, or null. */
const readRefusal = (bytes: Buffer) => refusal(() => readSpreadsheet(bytes));

const HEADERS = ['姓', '名', 'フリガナ', '生年月日', '国籍', '旅券番号', '性別'];

describe('CSV and text files', () => {
  it('holds a CSV to the limits of a sheet, counted as it is read', () => {
    const code = (text: string) => {
      try {
        parseCsv(text);
        return null;
      } catch (error) {
        return error instanceof AppError ? error.code : 'thrown';
      }
    };
    expect(code(`${','.repeat(16_384)}\n`)).toBe('import_sheet_out_of_range');
    expect(code('a,b\n'.repeat(1_000_001))).toBe('import_sheet_too_many_cells');
    expect(code('a,b\n'.repeat(10))).toBeNull();
  });

  it.each(['trainees-sjis.csv', 'trainees-eucjp.csv', 'trainees-iso2022jp.csv', 'trainees-utf16le.txt', 'trainees-utf16be.csv'])(
    'reads %s to the same rows',
    async (name) => {
      const rows = await readSpreadsheet(read(name));
      expect(rows[0]).toEqual(HEADERS);
      expect(rows[1]).toEqual(['Kim', 'Minji', 'キム ミンジ', '令和元年5月20日', '韓国', 'ＭＡ１２３４５６７', '女性']);
      expect(rows).toHaveLength(4);
    },
  );

  it('tells EUC-JP from Shift_JIS by what reads as Japanese', () => {
    const text = '氏名,フリガナ,派遣元\r\n朴 智宇,パク チウ,釜山広域市\r\n';
    expect(decodeText(iconv.encode(text, 'euc-jp'))).toBe(text);
    expect(decodeText(iconv.encode(text, 'cp932'))).toBe(text);
  });

  it('refuses a file with bytes no encoding explains, naming the row, instead of importing garbage', async () => {
    expect(await readRefusal(read('trainees-garbled.csv'))).toEqual({ code: 'import_file_garbled', params: { row: 3 } });
  });

  it('refuses an ISO-2022 escape it cannot read, naming the encoding', async () => {
    const bytes = Buffer.from('\x1b$B$"\x1b$(D!!\x1b(B\r\n', 'latin1');
    expect(await readRefusal(bytes)).toEqual({ code: 'import_file_encoding', params: { encoding: 'ISO-2022-JP' } });
  });

  it('takes the delimiter from the header line, not from commas inside quotes or later lines', () => {
    expect(detectDelimiter('姓\t名\t備考\r\nKim\tMinji\ta,b,c\r\n')).toBe('\t');
    expect(detectDelimiter('"a\tb",c\r\n')).toBe(',');
    expect(detectDelimiter('\r\nname,notes\r\n')).toBe(',');
    expect(parseCsv('a\t"b\tc"\td\r\n', '\t')).toEqual([['a', 'b\tc', 'd']]);
  });

  it('still refuses a binary file that is not UTF-16', async () => {
    expect((await readRefusal(Buffer.from([0x41, 0x00, 0x42, 0x0a])))?.code).toBe('import_file_unreadable');
  });
});
