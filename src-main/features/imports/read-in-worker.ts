/**
 * Reads an import's file on a worker thread, so the thread that answers the screens keeps
 * answering while a large file is read, and a file that takes too long or too much memory
 * stops the worker with a coded error naming the file and the limit, not the app. The rows
 * it gives are then checked here in chunks that yield between them, for the same reason;
 * `imports:progress` tells the screen how far a reading is and `imports:cancel` stops it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '@shared/contract/imports';
import { AppError } from '../../ipc/app-error';
import type { Cell } from './read-file';
import type { Sheet, WorkerInput, WorkerMessage } from './spreadsheet-worker';

/** Rows one import takes, below a header row. */
export const MAX_IMPORT_ROWS = 50_000;

export interface ReadLimits {
  /** A reading that takes longer is stopped. */
  timeLimitMs: number;
  /** The worker's heap; a file that needs more is stopped. */
  maxOldGenerationSizeMb: number;
  /** Rows a file may have: the header row and MAX_IMPORT_ROWS below it. */
  maxRows: number;
  /** Test only: the worker waits this long before reading. */
  holdMs: number;
}

const DEFAULT_LIMITS: ReadLimits = { timeLimitMs: 20_000, maxOldGenerationSizeMb: 512, maxRows: MAX_IMPORT_ROWS, holdMs: 0 };
let limits = DEFAULT_LIMITS;

/** Test only: smaller limits (or a slow worker) for the next readings; `null` puts the defaults back. */
export function setReadLimits(next: Partial<ReadLimits> | null): void {
  limits = { ...DEFAULT_LIMITS, ...next };
}

/** Rows checked between two yields to the calls waiting on this thread. */
const CHUNK_ROWS = 1000;
/** Readings kept for `imports:progress`: the running ones and the last ones done. */
const KEPT_JOBS = 50;

const jobs = new Map<string, ImportJob>();
/** A cancel can come before its preview reached the handler (the file is still being sent). */
const cancelledEarly = new Set<string>();

function keep<T>(map: Map<string, T> | Set<string>, key: string, value?: T): void {
  if (map instanceof Map) map.set(key, value as T);
  else map.add(key);
  if (map.size > KEPT_JOBS) map.delete(map.keys().next().value as string);
}

/** How far the reading named by `jobId` is; `waiting` while it has not started (or is unknown). */
export function importProgress(jobId: string): ImportProgress {
  return jobs.get(jobId)?.progress ?? { phase: 'waiting', rowsRead: 0, totalRows: 0, bytesRead: 0, totalBytes: 0 };
}

/** Stops the reading named by `jobId`, or the one that will start under it. */
export function cancelImport(jobId: string): { isCancelled: boolean } {
  const job = jobs.get(jobId);
  if (job) return { isCancelled: job.cancel() };
  keep(cancelledEarly, jobId);
  return { isCancelled: true };
}

let bundledForTests: string | null = null;

/**
 * The worker to start: its file beside the bundle that runs (build/main, unpacked from the asar
 * in the installed app). Tests run the TypeScript sources, so there the worker is bundled once,
 * in a child process (esbuild does not run inside jsdom), and started from its code.
 */
function workerSource(): { source: string; isCode: boolean } {
  const built = path.join(__dirname, 'spreadsheet-worker.cjs');
  if (fs.existsSync(built)) return { source: built.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`), isCode: false };
  const entry = path.join(__dirname, 'spreadsheet-worker.ts');
  if (!fs.existsSync(entry)) throw new Error(`spreadsheet worker not found beside ${__dirname}`);
  if (bundledForTests === null) {
    const options = { entryPoints: [entry], bundle: true, write: false, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' };
    const script = `process.stdout.write(require('esbuild').buildSync(${JSON.stringify(options)}).outputFiles[0].text)`;
    bundledForTests = execFileSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  }
  return { source: bundledForTests, isCode: true };
}

function yieldToCalls(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What the worker gives for each kind of reading: the first sheet's rows, or every sheet with its name. */
interface WhatIsRead {
  first: Cell[][];
  all: Sheet[];
}

/** One reading of one file: the worker's part, then the rows checked here. */
export class ImportJob {
  progress: ImportProgress = { phase: 'waiting', rowsRead: 0, totalRows: 0, bytesRead: 0, totalBytes: 0 };
  private isCancelled = false;
  private stopWorker: (() => void) | null = null;

  constructor(
    private readonly fileName: string,
    jobId: string | null,
  ) {
    if (jobId === null) return;
    keep(jobs, jobId, this);
    if (cancelledEarly.delete(jobId)) this.isCancelled = true;
  }

  /** Stops the reading; false when it was done already. */
  cancel(): boolean {
    if (this.progress.phase === 'done') return false;
    this.isCancelled = true;
    this.stopWorker?.();
    return true;
  }

  private checkCancelled(): void {
    if (this.isCancelled) {
      this.progress = { ...this.progress, phase: 'done' };
      throw new AppError('import_cancelled');
    }
  }

  /** The file's rows (its first sheet), read on a worker thread within the time and memory limits and the row cap. */
  async read(bytes: Buffer): Promise<Cell[][]> {
    return this.readInWorker(bytes, 'first');
  }

  /**
   * Every visible sheet of a workbook that has rows, with its tab name (a CSV is one unnamed
   * sheet), read as `read` reads one: on the worker, within the limits, the row cap over all
   * sheets together.
   */
  async readSheets(bytes: Buffer): Promise<Sheet[]> {
    return this.readInWorker(bytes, 'all');
  }

  private async readInWorker<K extends WorkerInput['sheets']>(bytes: Buffer, sheets: K): Promise<WhatIsRead[K]> {
    this.checkCancelled();
    this.progress = { phase: 'reading', rowsRead: 0, totalRows: 0, bytesRead: 0, totalBytes: bytes.length };
    const { timeLimitMs, maxOldGenerationSizeMb, maxRows, holdMs } = limits;
    const file = this.fileName;
    let worker: Worker;
    try {
      const { source, isCode } = workerSource();
      worker = new Worker(source, {
        eval: isCode,
        workerData: { bytes: new Uint8Array(bytes), fileName: file, sheets, maxRows: maxRows + 1, holdMs } satisfies WorkerInput,
        resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: Math.min(32, maxOldGenerationSizeMb) },
      });
    } catch {
      // A reader that cannot be started (its file missing from an install) is a file not read, said as such.
      throw new AppError('import_file_unreadable', { file });
    }
    const read = await new Promise<WhatIsRead[K]>((resolve, reject) => {
      let isSettled = false;
      const settle = (error: AppError | null, value?: WhatIsRead[K]) => {
        if (isSettled) return;
        isSettled = true;
        clearTimeout(timer);
        this.stopWorker = null;
        void worker.terminate();
        if (error) reject(error);
        else resolve(value!);
      };
      const timer = setTimeout(() => settle(new AppError('import_time_limit', { file, seconds: timeLimitMs / 1000 })), timeLimitMs);
      this.stopWorker = () => settle(new AppError('import_cancelled'));
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'failed') settle(new AppError(message.code, message.params));
        else settle(null, (message.type === 'rows' ? message.rows : message.sheets) as WhatIsRead[K]);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const isOutOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        settle(isOutOfMemory ? new AppError('import_memory_limit', { file, limitMb: maxOldGenerationSizeMb }) : new AppError('import_file_unreadable', { file }));
      });
      worker.on('exit', () => settle(new AppError('import_file_unreadable', { file })));
    }).catch((error: unknown) => {
      this.progress = { ...this.progress, phase: 'done' };
      throw error;
    });
    const totalRows = sheets === 'all' ? (read as Sheet[]).reduce((n, s) => n + s.rows.length, 0) : read.length;
    this.progress = { phase: 'checking', rowsRead: 0, totalRows, bytesRead: bytes.length, totalBytes: bytes.length };
    return read;
  }

  /**
   * `check` for each row, a chunk at a time with a yield between chunks, so other calls are
   * answered, progress is told and a cancel is seen while a large file is checked.
   */
  async map<T, R>(rows: readonly T[], check: (row: T, index: number) => R): Promise<R[]> {
    const out: R[] = [];
    const before = this.progress.totalRows - rows.length;
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      this.checkCancelled();
      const end = Math.min(rows.length, start + CHUNK_ROWS);
      for (let i = start; i < end; i++) out.push(check(rows[i]!, i));
      this.progress = { ...this.progress, rowsRead: before + end };
      if (end < rows.length) await yieldToCalls();
    }
    this.checkCancelled();
    this.progress = { ...this.progress, rowsRead: this.progress.totalRows, phase: 'done' };
    return out;
  }

  /** As `map`, for a check that gives no row (a blank line) or several. */
  async flatMap<T, R>(rows: readonly T[], check: (row: T, index: number) => R | readonly R[]): Promise<R[]> {
    return (await this.map(rows, check)).flatMap((r) => r);
  }
}
