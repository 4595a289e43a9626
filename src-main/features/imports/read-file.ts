import { IMPORT_MAX_BYTES } from '@shared/contract/imports';
import iconv from 'iconv-lite';
import { AppError } from '../../ipc/app-error';
import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS, readFirstSheet } from './xlsx-reader';

export type Cell = string | Date | number | null;
export const MAX_IMPORT_BYTES = IMPORT_MAX_BYTES;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Excel's encrypted files (and the old .xls format) are OLE compound documents.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * RFC 4180 CSV: quoted fields may hold the delimiter, quotes and line breaks. The sheet's limits
 * hold here too, counted as the fields come: no row wider than XFD, no more cells than a workbook may have.
 */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  let cellCount = 0;
  const endField = () => {
    if (row.length >= MAX_COLUMNS) throw new AppError('import_sheet_out_of_range', { ref: `#${row.length + 1}`, maxColumn: 'XFD', maxRow: MAX_ROWS });
    if (++cellCount > MAX_CELLS) throw new AppError('import_sheet_too_many_cells', { limit: MAX_CELLS });
    row.push(field);
    field = '';
  };
  const endRow = () => {
    if (rows.length >= MAX_ROWS) throw new AppError('import_sheet_out_of_range', { ref: `#${rows.length + 1}`, maxColumn: 'XFD', maxRow: MAX_ROWS });
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"') isQuoted = true;
    else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      endRow();
    } else field += c;
  }
  // A last line without a line break is a row too, held to the same limits.
  if (field !== '' || row.length > 0) {
    endField();
    endRow();
  }
  return rows.filter((r) => r.some((v) => v.trim() !== ''));
}

/**
 * Tab or comma, from the first line: Excel's 「Unicode テキスト」 is tab-separated, its CSV comma-separated.
 * Delimiters inside quotes do not count.
 */
export function detectDelimiter(text: string): ',' | '\t' {
  let tabs = 0;
  let commas = 0;
  let isQuoted = false;
  for (const c of text) {
    if (c === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (c === '\n' || c === '\r') {
      if (tabs + commas > 0) break;
    } else if (c === '\t') tabs++;
    else if (c === ',') commas++;
  }
  return tabs > commas ? '\t' : ',';
}

const ESC = 0x1b;

/**
 * ISO-2022-JP (old mail programs, some web forms) as EUC-JP bytes: the two-byte JIS X 0208 runs
 * shifted into the upper half, half-width katakana behind SS2. iconv-lite reads EUC-JP but not
 * ISO-2022-JP. Null when an escape is not one of ISO-2022-JP's.
 */
function iso2022jpToEucJp(bytes: Buffer): Buffer | null {
  const out: number[] = [];
  let mode: 'ascii' | 'jis' | 'kana' = 'ascii';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === ESC) {
      const seq = bytes.subarray(i + 1, i + 3).toString('latin1');
      if (seq === '$B' || seq === '$@') mode = 'jis';
      else if (seq === '(B' || seq === '(J') mode = 'ascii';
      else if (seq === '(I') mode = 'kana';
      else return null;
      i += 2;
    } else if (b === 0x0a || b === 0x0d) {
      mode = 'ascii';
      out.push(b);
    } else if (mode === 'jis') {
      const b2 = bytes[i + 1];
      if (b2 === undefined) return null;
      out.push(b | 0x80, b2 | 0x80);
      i++;
    } else if (mode === 'kana') out.push(0x8e, b | 0x80);
    else out.push(b);
  }
  return Buffer.from(out);
}

function hasIso2022Escapes(bytes: Buffer): boolean {
  if (bytes.some((b) => b >= 0x80)) return false;
  return bytes.includes(Buffer.from([ESC, 0x24, 0x42])) || bytes.includes(Buffer.from([ESC, 0x24, 0x40]));
}

/** How Japanese a text looks: kana and kanji count, half-width katakana (what EUC-JP read as Shift_JIS turns into) and U+FFFD against. */
export function japaneseScore(text: string): number {
  let score = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff5e)) score += 2;
    else if ((code >= 0xff61 && code <= 0xff9f) || code === 0xfffd) score -= 3;
  }
  return score;
}

/**
 * The text of a CSV or tab-separated file: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * 「Unicode テキスト」), ISO-2022-JP, or, when the bytes are not UTF-8, Shift_JIS (CP932, Japanese
 * Excel) or EUC-JP, whichever reads as Japanese. A text that still holds U+FFFD (bytes no encoding
 * explains) is refused with its row: rows of garbage are never imported.
 */
export function decodeText(bytes: Buffer): string {
  const text = decodeBytes(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const row = (text.slice(0, bad).match(/\r\n|\r|\n/g) ?? []).length + 1;
    throw new AppError('import_file_garbled', { row });
  }
  return text;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) count++;
  return count;
}

function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  if (hasIso2022Escapes(bytes)) {
    const euc = iso2022jpToEucJp(bytes);
    if (euc === null) throw new AppError('import_file_encoding', { encoding: 'ISO-2022-JP' });
    return iconv.decode(euc, 'euc-jp');
  }
  const utf8 = bytes.toString('utf8');
  const broken = utf8.split('\uFFFD').length - 1;
  // UTF-8 with a few broken bytes is still UTF-8 (and refused for them): Shift_JIS and EUC-JP read as
  // UTF-8 break on almost every character.
  if (broken === 0 || countNonAscii(utf8) - broken >= broken * 2) return utf8;
  const sjis = iconv.decode(bytes, 'cp932');
  const euc = iconv.decode(bytes, 'euc-jp');
  return japaneseScore(euc) > japaneseScore(sjis) ? euc : sjis;
}

/** The rows of the first sheet of an .xlsx, or of a CSV; refuses what is not a readable spreadsheet. */
export async function readSpreadsheet(bytes: Buffer): Promise<Cell[][]> {
  if (bytes.length === 0) throw new AppError('import_file_empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('import_file_too_large', { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (startsWith(bytes, OLE)) throw new AppError('import_file_encrypted');
  if (startsWith(bytes, ZIP)) {
    let rows: Cell[][] | null;
    try {
      rows = await readFirstSheet(bytes);
    } catch (error) {
      // A limit the file breaks keeps its own message; anything else is a damaged file.
      throw error instanceof AppError ? error : new AppError('import_file_unreadable');
    }
    if (rows === null) throw new AppError('import_file_unreadable');
    if (rows.length === 0) throw new AppError('import_file_empty');
    return rows;
  }
  // UTF-16 has NULs in every ASCII character; any other text file with one is not a text file.
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!isUtf16 && bytes.subarray(0, 4096).includes(0)) throw new AppError('import_file_unreadable');
  const text = decodeText(bytes);
  const rows = parseCsv(text, detectDelimiter(text));
  if (rows.length === 0) throw new AppError('import_file_empty');
  return rows;
}
