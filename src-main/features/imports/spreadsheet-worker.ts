/**
 * The worker thread that reads an import's file (read-in-worker.ts starts it): a file that
 * takes too long or too much memory stops this thread, never the one that answers the screens.
 * Bundled to build/main/spreadsheet-worker.cjs; it must not import Electron or the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../ipc/app-error';
import { readSpreadsheet } from './read-file';

export interface WorkerInput {
  bytes: Uint8Array;
  fileName: string;
  /** Rows the file may have; a longer one is refused here, before its rows are copied to the main thread. */
  maxRows: number;
  /** Test only: wait this long before reading, as a slow file would. */
  holdMs: number;
}

export type WorkerMessage =
  | { type: 'rows'; rows: Awaited<ReturnType<typeof readSpreadsheet>> }
  | { type: 'failed'; code: AppError['code']; params: AppError['params'] };

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

async function run({ bytes, fileName, maxRows, holdMs }: WorkerInput): Promise<void> {
  if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
  try {
    const rows = await readSpreadsheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (rows.length > maxRows) post({ type: 'failed', code: 'import_too_many_rows', params: { file: fileName, rows: rows.length - 1, limit: maxRows - 1 } });
    else post({ type: 'rows', rows });
  } catch (error) {
    // Whatever the reader throws that is not its own coded refusal is a file it cannot read.
    // Every refusal names the file, whatever the reader knew of it.
    if (error instanceof AppError) post({ type: 'failed', code: error.code, params: { ...error.params, file: fileName } });
    else post({ type: 'failed', code: 'import_file_unreadable', params: undefined });
  }
}

void run(workerData as WorkerInput);
