import iconv from 'iconv-lite';
import { AppError } from '../../ipc/app-error';
import { readFirstSheet } from './xlsx-reader';

export type Cell = string | Date | number | null;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Excel's encrypted files (and the old .xls format) are OLE compound documents.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((v) => v.trim() !== ''));
}

/** UTF-8 (with or without BOM) or, when the bytes are not UTF-8, Shift_JIS (CP932) from Japanese Excel. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'cp932');
  }
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
    } catch {
      throw new AppError('import_file_unreadable');
    }
    if (rows === null) throw new AppError('import_file_unreadable');
    if (rows.length === 0) throw new AppError('import_file_empty');
    return rows;
  }
  if (bytes.subarray(0, 4096).includes(0)) throw new AppError('import_file_unreadable');
  const rows = parseCsv(decodeText(bytes));
  if (rows.length === 0) throw new AppError('import_file_empty');
  return rows;
}
