import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { refusal } from '../../test/refusals';
import { decodeText, detectDelimiter, parseCsv, readSpreadsheet } from './read-file';

/** What reading `bytes` as a spreadsheet is refused with, or null. */
const readRefusal = (bytes: Buffer) => refusal(() => readSpreadsheet(bytes));

const ESC = '\x1b';

describe('file decoding', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 either way round with its BOM', () => {
    const text = '姓,名\r\n김,민지\r\n';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]))).toBe(text);
  });

  it('reads ISO-2022-JP with both kanji escapes, the Roman escape and half-width katakana, back to ASCII at each line', () => {
    const jis = (s: string) => iconv.encode(s, 'euc-jp').toString('latin1').split('').map((c) => String.fromCharCode(c.charCodeAt(0) & 0x7f)).join('');
    const bytes = Buffer.from(`a,${ESC}$B${jis('漢字')}${ESC}(B,b\r\n${ESC}$@${jis('名')}\nc,${ESC}(J\\x${ESC}(I${String.fromCharCode(0x31)}${ESC}(B\n`, 'latin1');
    expect(decodeText(bytes)).toBe('a,漢字,b\r\n名\nc,\\xｱ\n'); // JIS Roman is read as ASCII
  });

  it('refuses ISO-2022-JP whose escape it does not know, or whose kanji is cut in half', () => {
    const unknown = Buffer.from(`a${ESC}$Bxx${ESC}$(Dxx\n`, 'latin1');
    expect(() => decodeText(unknown)).toThrow(expect.objectContaining({ code: 'import_file_encoding', params: { encoding: 'ISO-2022-JP' } }));
    const cut = Buffer.from(`a${ESC}$B0`, 'latin1');
    expect(() => decodeText(cut)).toThrow(expect.objectContaining({ code: 'import_file_encoding' }));
    // Bytes above 0x7f are never ISO-2022-JP, whatever escapes they hold.
    const eight = Buffer.concat([Buffer.from(`${ESC}$B`, 'latin1'), iconv.encode('漢字', 'cp932')]);
    expect(decodeText(eight)).not.toContain('\uFFFD');
  });

  it('takes Shift_JIS for Japanese that is not UTF-8, and EUC-JP when that reads as more Japanese', () => {
    const text = 'フリガナ,氏名\r\nキム ミンジ,金旻智\r\nＡＢＣ,ｱｲｳ\r\n';
    expect(decodeText(iconv.encode(text, 'cp932'))).toBe(text);
    expect(decodeText(iconv.encode('ひらがな,カタカナ,漢字', 'euc-jp'))).toBe('ひらがな,カタカナ,漢字');
    expect(decodeText(iconv.encode('全角ＡＢＣ', 'euc-jp'))).toBe('全角ＡＢＣ');
  });

  it('keeps UTF-8 with one broken byte among many good ones as UTF-8, and refuses it naming the row', () => {
    const good = Buffer.from('姓,名\n김,민지\n이,서연\n', 'utf8');
    const broken = Buffer.concat([good, Buffer.from([0xff]), Buffer.from('\n', 'utf8')]);
    expect(() => decodeText(broken)).toThrow(expect.objectContaining({ code: 'import_file_garbled', params: { row: 4 } }));
    expect(() => decodeText(Buffer.from('a\r\nb\r\n\uFFFD', 'utf8'))).toThrow(expect.objectContaining({ params: { row: 3 } }));
    expect(() => decodeText(Buffer.from('a\rb\r\uFFFD', 'utf8'))).toThrow(expect.objectContaining({ params: { row: 3 } }));
    expect(() => decodeText(Buffer.from('\uFFFD', 'utf8'))).toThrow(expect.objectContaining({ params: { row: 1 } }));
  });
});

describe('CSV', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks; CRLF, CR and LF; a last line without one', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\nd,e\rf,g\nh,i')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['d', 'e'],
      ['f', 'g'],
      ['h', 'i'],
    ]);
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
    expect(parseCsv('a,b,')).toEqual([['a', 'b', '']]);
    expect(parseCsv(' , \n\n,\nx\n')).toEqual([['x']]); // blank rows dropped
    expect(parseCsv('')).toEqual([]);
  });

  it('takes tab or comma from the first line that has either, ignoring quoted ones', () => {
    expect(detectDelimiter('a\tb,c\td')).toBe('\t');
    expect(detectDelimiter('a,b\tc,d')).toBe(',');
    expect(detectDelimiter('a\tb\n,,,,,\n')).toBe('\t');
    expect(detectDelimiter('title\na\tb\n')).toBe('\t');
    expect(detectDelimiter('"a,b,c"\td')).toBe('\t');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('plain')).toBe(',');
    expect(detectDelimiter('a\t,b')).toBe(',');
  });
});

describe('spreadsheet files', () => {
  it('refuses an empty file, one over the limit, an encrypted (OLE) one, a damaged .xlsx, and binary bytes', async () => {
    expect(await readRefusal(Buffer.alloc(0))).toEqual({ code: 'import_file_empty' });
    expect(await readRefusal(Buffer.from(' \n \n'))).toEqual({ code: 'import_file_empty' });
    expect(await readRefusal(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41))).toEqual({ code: 'import_file_too_large', params: { limitMb: 20 } });
    expect(await readRefusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ code: 'import_file_encrypted' });
    expect(await readRefusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0x00, 0x41]))).toEqual({ code: 'import_file_unreadable' });
    expect(await readRefusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]))).toEqual({ code: 'import_file_unreadable' });
    expect(await readRefusal(Buffer.from('a,b\n\0\n'))).toEqual({ code: 'import_file_unreadable' });
  });

  it('reads a CSV a NUL byte after the first 4 KB does not reject, and UTF-16 with its NULs', async () => {
    const rows = await readSpreadsheet(Buffer.concat([Buffer.from('a\tb\n'), Buffer.from('x'.repeat(5000)), Buffer.from('\n')]));
    expect(rows[0]).toEqual(['a', 'b']);
    expect(await readSpreadsheet(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('姓\t名\n김\t민지\n', 'utf-16le')]))).toEqual([['姓', '名'], ['김', '민지']]);
    expect(await readSpreadsheet(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('姓,名\n', 'utf-16be')]))).toEqual([['姓', '名']]);
  });
});
