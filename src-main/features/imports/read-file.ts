import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../ipc/app-error';

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

function cellValue(cell: ExcelJS.Cell): Cell {
  // A merged header spreads its master's text over every cell it covers.
  const value = cell.isMerged && cell.master !== cell ? cell.master.value : cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return (value.result as Cell) ?? null;
  if ('text' in value) return String(value.text);
  return null;
}

/** The rows of the first sheet of an .xlsx, or of a CSV; refuses what is not a readable spreadsheet. */
export async function readSpreadsheet(bytes: Buffer): Promise<Cell[][]> {
  if (bytes.length === 0) throw new AppError('import_file_empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('import_file_too_large', { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (startsWith(bytes, OLE)) throw new AppError('import_file_encrypted');
  if (startsWith(bytes, ZIP)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new AppError('import_file_unreadable');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet || sheet.rowCount === 0) throw new AppError('import_file_empty');
    const rows: Cell[][] = [];
    const columnCount = sheet.columnCount; // exceljs counts it over every row: once, not per row
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= columnCount; c++) cells.push(cellValue(row.getCell(c)));
      rows.push(cells);
    });
    return rows;
  }
  if (bytes.subarray(0, 4096).includes(0)) throw new AppError('import_file_unreadable');
  const rows = parseCsv(decodeText(bytes));
  if (rows.length === 0) throw new AppError('import_file_empty');
  return rows;
}
