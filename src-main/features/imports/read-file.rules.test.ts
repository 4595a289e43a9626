import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { refusal } from '../../test/refusals';
import { decodeText, detectDelimiter, japaneseScore, MAX_IMPORT_BYTES, parseCsv, readSpreadsheet } from './read-file';
import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from './xlsx-reader';

/** The text a file decodes to, or its coded refusal. */
async function outcome(bytes: Buffer): Promise<string | { code: string; params?: unknown } | null> {
  let text = '';
  const refused = await refusal(() => {
    text = decodeText(bytes);
  });
  return refused ?? text;
}

const ESC = '\x1b';

describe('CSV limits, at the limit and one past it', () => {
  it('takes a row of XFD fields and refuses one more, naming the column', async () => {
    const row = (n: number) => Array.from({ length: n }, () => 'x').join(',');
    expect(parseCsv(row(MAX_COLUMNS))[0]).toHaveLength(MAX_COLUMNS);
    expect(await refusal(() => parseCsv(row(MAX_COLUMNS + 1)))).toEqual({
      code: 'import_sheet_out_of_range',
      params: { ref: `#${MAX_COLUMNS + 1}`, maxColumn: 'XFD', maxRow: MAX_ROWS },
    });
    // The last line, without a line break, is held to the limit too.
    expect(await refusal(() => parseCsv(`a\n${row(MAX_COLUMNS + 1)}`))).toMatchObject({ code: 'import_sheet_out_of_range' });
  });

  it('takes as many cells as a workbook may have and refuses one more, naming the limit', async () => {
    const line = Array.from({ length: 1000 }, () => 'x').join(',');
    const lines = (n: number) => `${Array.from({ length: n }, () => line).join('\n')}\n`;
    expect(parseCsv(lines(MAX_CELLS / 1000))).toHaveLength(MAX_CELLS / 1000);
    expect(await refusal(() => parseCsv(`${lines(MAX_CELLS / 1000)}y`))).toEqual({ code: 'import_sheet_too_many_cells', params: { limit: MAX_CELLS } });
  });

  it('takes the last row a sheet has (CRLF line ends counted once) and refuses one more, naming the row, with or without a final line break', async () => {
    const crlf = 'a\r\n'.repeat(MAX_ROWS);
    expect(parseCsv(crlf)).toHaveLength(MAX_ROWS);
    expect(parseCsv('a\r'.repeat(MAX_ROWS))).toHaveLength(MAX_ROWS);
    const tooMany = { code: 'import_sheet_out_of_range', params: { ref: `#${MAX_ROWS + 1}`, maxColumn: 'XFD', maxRow: MAX_ROWS } };
    expect(await refusal(() => parseCsv(`${crlf}a\r\n`))).toEqual(tooMany);
    expect(await refusal(() => parseCsv(`${crlf}a`))).toEqual(tooMany);
  }, 30_000); // four sheets of a million rows each: about 3 s alone, more on a loaded machine
});

describe('CSV lines', () => {
  it('reads LF-only and CR-only files line by line, the last line with or without a break', () => {
    expect(parseCsv('姓,名\n김,민지\n이,서연')).toEqual([['姓', '名'], ['김', '민지'], ['이', '서연']]);
    expect(parseCsv('姓,名\r김,민지\r이,서연\r')).toEqual([['姓', '名'], ['김', '민지'], ['이', '서연']]);
    expect(parseCsv('a\n\rb')).toEqual([['a'], ['b']]);
  });

  it('takes the delimiter from the first line that has one, whatever later lines hold (LF or CR)', () => {
    expect(detectDelimiter('a,b\n1\t2\t3\t4\t5\n')).toBe(',');
    expect(detectDelimiter('a,b\r1\t2\t3\t4\t5\r')).toBe(',');
    expect(detectDelimiter('a\tb\n1,2,3,4,5\n')).toBe('\t');
  });
});

describe('what reads as Japanese', () => {
  it('counts hiragana, katakana, kanji and full-width forms for, at both ends of each range', () => {
    for (const c of ['\u3040', 'ぁ', 'ヺ', '\u30ff', '一', '\u9fff', '龥', '！', '～', 'Ａ']) expect(japaneseScore(c), c).toBe(2);
    expect(japaneseScore('かな漢字')).toBe(8);
  });

  it('counts half-width katakana and U+FFFD against, at both ends of the range', () => {
    for (const c of ['｡', 'ｱ', 'ﾟ', '\uFFFD']) expect(japaneseScore(c), c).toBe(-3);
    expect(japaneseScore('ｱｲｳ')).toBe(-9);
  });

  it('counts nothing for what is outside the ranges, just past each end', () => {
    for (const c of ['a', '\u303f', '\u3100', '\u4dff', '\ua000', '\uff00', '\uff5f', '\uff60', '\uffa0', '\ufffc', 'é', '김']) expect(japaneseScore(c), c).toBe(0);
  });

  it('takes Shift_JIS (what Japanese Excel writes) when both readings are equally Japanese', () => {
    expect(decodeText(Buffer.from([0xe0, 0xa1]))).toBe('爍');
  });
});

describe('which encoding', () => {
  it('takes only the whole UTF-8 BOM as a BOM: two of its three bytes are no BOM, and a text whose third byte is 0xBF keeps its first character', async () => {
    // タ is E3 82 BF in UTF-8.
    expect(decodeText(Buffer.from('タ,名\n', 'utf8'))).toBe('タ,名\n');
    for (const prefix of [[0x41, 0xbb, 0xbf], [0xef, 0x41, 0xbf], [0xef, 0xbb, 0x41]]) {
      expect(await outcome(Buffer.concat([Buffer.from(prefix), Buffer.from('abcd\n')])), prefix.join(' ')).not.toBe('abcd\n');
    }
  });

  it('takes only the whole UTF-16 BOMs as BOMs, in decoding and in the NUL check', async () => {
    const tail = iconv.encode('ab\n', 'utf-16le');
    for (const prefix of [[0xff, 0x41], [0x41, 0xfe]]) {
      const bytes = Buffer.concat([Buffer.from(prefix), Buffer.from('abcd\n')]);
      expect(await outcome(bytes), prefix.join(' ')).not.toBe(iconv.decode(bytes.subarray(2), 'utf-16le'));
    }
    for (const prefix of [[0xfe, 0x41], [0x41, 0xff]]) {
      const bytes = Buffer.concat([Buffer.from(prefix), Buffer.from('abcd\n')]);
      expect(await outcome(bytes), prefix.join(' ')).not.toBe(iconv.decode(bytes.subarray(2), 'utf-16be'));
    }
    expect(await outcome(Buffer.concat([Buffer.from([0xff, 0xfe]), tail]))).toBe('ab\n');
    // A file that is not UTF-16 with a NUL in it is refused as unreadable, whatever its first two bytes.
    for (const prefix of [[0xff, 0x41], [0x41, 0xfe], [0xfe, 0x41], [0x41, 0xff]]) {
      expect(await refusal(() => readSpreadsheet(Buffer.concat([Buffer.from(prefix), Buffer.from([0x00, 0x41, 0x0a])]))), prefix.join(' ')).toEqual({ code: 'import_file_unreadable' });
    }
  });

  it('reads an ASCII file with a terminal colour escape as text, not as ISO-2022-JP', () => {
    expect(decodeText(Buffer.from(`a,${ESC}[31mb${ESC}[0m\n`, 'latin1'))).toBe(`a,${ESC}[31mb${ESC}[0m\n`);
  });

  it('reads ISO-2022-JP written with the old kanji escape alone', () => {
    const jis = iconv.encode('名前', 'euc-jp').toString('latin1').split('').map((c) => String.fromCharCode(c.charCodeAt(0) & 0x7f)).join('');
    expect(decodeText(Buffer.from(`${ESC}$@${jis}${ESC}(B\n`, 'latin1'))).toBe('名前\n');
  });

  it('goes back to ASCII at a CR inside a kanji run, as at an LF', () => {
    const jis = iconv.encode('名', 'euc-jp').toString('latin1').split('').map((c) => String.fromCharCode(c.charCodeAt(0) & 0x7f)).join('');
    expect(decodeText(Buffer.from(`${ESC}$B${jis}\rc,d\r`, 'latin1'))).toBe('名\rc,d\r');
  });

  it('does not take a file with a byte of 0x80 for ISO-2022-JP, even with its escape', async () => {
    const result = await refusal(() => decodeText(Buffer.from([0x1b, 0x24, 0x42, 0x80, 0x41])));
    expect(result?.code).not.toBe('import_file_encoding');
  });

  it('refuses UTF-8 whose very first character is broken, naming row 1', async () => {
    const text = Buffer.concat([Buffer.from([0xff]), Buffer.from('김,민지\n이,서연\n박,지우\n', 'utf8')]);
    expect(await refusal(() => decodeText(text))).toEqual({ code: 'import_file_garbled', params: { row: 1 } });
  });

  it('keeps UTF-8 with broken bytes as UTF-8 from twice as many good characters as broken ones, not below', async () => {
    const sjisA = iconv.encode('あ', 'cp932'); // 82 A0: two bytes UTF-8 cannot read, a character Shift_JIS can.
    // Four good non-ASCII characters and two broken bytes: UTF-8, refused for the broken bytes on row 2.
    // あ in EUC-JP (A4 A2) is two bytes UTF-8 cannot read that both Shift_JIS (､｢) and EUC-JP can, so only the UTF-8 decision tells the outcomes apart.
    const atLimit = Buffer.concat([Buffer.from('éééé\n', 'utf8'), iconv.encode('あ', 'euc-jp')]);
    expect(await refusal(() => decodeText(atLimit))).toEqual({ code: 'import_file_garbled', params: { row: 2 } });
    // One good one and two broken bytes: not UTF-8; read as Shift_JIS.
    const below = Buffer.concat([Buffer.from('é\n', 'utf8'), sjisA]);
    expect(decodeText(below)).toBe(iconv.decode(below, 'cp932'));
    // Only characters at or above U+0080 count as good ones: ASCII does not, U+0080 itself does.
    const ascii = Buffer.concat([Buffer.from('abcdefgh é\n', 'utf8'), sjisA]);
    expect(decodeText(ascii)).toBe(iconv.decode(ascii, 'cp932'));
    const c1 = Buffer.concat([Buffer.from('\u0080\u0080\u0080\u0080\n', 'utf8'), iconv.encode('あ', 'euc-jp')]);
    expect(await refusal(() => decodeText(c1))).toEqual({ code: 'import_file_garbled', params: { row: 2 } });
  });

  it('takes a file with a byte of 0x80 for Shift_JIS, not ISO-2022-JP, even with the kanji escape in it', () => {
    const bytes = Buffer.from([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x80]);
    expect(decodeText(bytes)).toBe(iconv.decode(bytes, 'cp932'));
  });
});

describe('spreadsheet files at their edges', () => {
  it('takes a file of exactly the size limit and refuses one byte more', async () => {
    const atLimit = Buffer.alloc(MAX_IMPORT_BYTES, 0x41);
    atLimit.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(() => readSpreadsheet(atLimit))).toEqual({ code: 'import_file_unreadable' });
    expect(await refusal(() => readSpreadsheet(Buffer.concat([atLimit, Buffer.from([0x41])])))).toEqual({ code: 'import_file_too_large', params: { limitMb: 20 } });
  });

  it('refuses a workbook whose sheet is empty as an empty file, and a workbook with no sheet as unreadable', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('名簿');
    const empty = Buffer.from(await book.xlsx.writeBuffer());
    expect(await refusal(() => readSpreadsheet(empty))).toEqual({ code: 'import_file_empty' });
    const notBook = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(await refusal(() => readSpreadsheet(notBook))).toEqual({ code: 'import_file_unreadable' }); // a workbook without a sheet
  });

  it('reads the rows of a workbook with a sheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('名簿').addRows([['姓', '名'], ['김', '민지']]);
    expect(await readSpreadsheet(Buffer.from(await book.xlsx.writeBuffer()))).toEqual([['姓', '名'], ['김', '민지']]);
  });
});
