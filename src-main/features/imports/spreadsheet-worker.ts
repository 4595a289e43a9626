/**
 * The worker thread that reads an import's file (read-in-worker.ts starts it): a file that
 * takes too long or too much memory stops this thread, never the one that answers the screens.
 * Bundled to build/main/spreadsheet-worker.cjs; it must not import Electron or the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../ipc/app-error';
import { readSpreadsheet, type Cell } from './read-file';
import { readVisibleSheets } from './xlsx-reader';

export interface WorkerInput {
  bytes: Uint8Array;
  fileName: string;
  /**
   * What is read: the first sheet (a year's list), or every visible sheet (the archive, one sheet
   * per year; a CSV is one unnamed sheet).
   */
  sheets: 'first' | 'all';
  /**
   * Rows the file may have: a header row and the rows below it (over all sheets together, a
   * header each); a longer one is refused here, before its rows are copied to the main thread.
   */
  maxRows: number;
  /** Test only: wait this long before reading, as a slow file would. */
  holdMs: number;
}

export interface Sheet {
  name: string;
  rows: Cell[][];
}

export type WorkerMessage =
  | { type: 'rows'; rows: Cell[][] }
  | { type: 'sheets'; sheets: Sheet[] }
  | { type: 'failed'; code: AppError['code']; params: AppError['params'] };

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

const ZIP = [0x50, 0x4b];

/** Every visible sheet that has rows, with its tab name; a file that is no workbook is one unnamed sheet, read as every import reads it. */
async function readAllSheets(bytes: Buffer): Promise<Sheet[]> {
  if (!ZIP.every((b, i) => bytes[i] === b)) return [{ name: '', rows: await readSpreadsheet(bytes) }];
  const sheets = readVisibleSheets(bytes);
  if (!sheets) throw new AppError('import_file_unreadable');
  return sheets.filter((s) => s.rows.length > 0);
}

async function run({ bytes, fileName, sheets, maxRows, holdMs }: WorkerInput): Promise<void> {
  if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
  const tooMany = (rows: number) => post({ type: 'failed', code: 'import_too_many_rows', params: { file: fileName, rows, limit: maxRows - 1 } });
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (sheets === 'all') {
      const read = await readAllSheets(buffer);
      const rows = read.reduce((n, s) => n + s.rows.length - 1, 0);
      if (rows > maxRows - 1) tooMany(rows);
      else post({ type: 'sheets', sheets: read });
      return;
    }
    const rows = await readSpreadsheet(buffer);
    if (rows.length > maxRows) tooMany(rows.length - 1);
    else post({ type: 'rows', rows });
  } catch (error) {
    // Whatever the reader throws that is not its own coded refusal is a file it cannot read.
    // Every refusal names the file, whatever the reader knew of it.
    if (error instanceof AppError) post({ type: 'failed', code: error.code, params: { ...error.params, file: fileName } });
    else post({ type: 'failed', code: 'import_file_unreadable', params: { file: fileName } });
  }
}

void run(workerData as WorkerInput);
