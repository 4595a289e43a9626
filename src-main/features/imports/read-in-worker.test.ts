import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import ja from '@shared/i18n/ja.json';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { MAX_IMPORT_ROWS, setReadLimits } from './read-in-worker';

/** A trainee CSV with a header and `rows` rows. */
function traineeCsv(rows: number): string {
  const lines = ['Family name,Given name,Nationality'];
  for (let i = 0; i < rows; i++) lines.push(`Family${i},Given${i},China`);
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
}

async function emptyYear() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  return { backend, yearId: year.id };
}

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function message(code: string, params: Record<string, unknown>): string {
  const template = (ja.errors.code as Record<string, string>)[code]!;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

describe('reading an import off the main thread', () => {
  afterEach(() => setReadLimits(null));

  it('answers other calls while a file is read, and tells how far the reading is', async () => {
    setReadLimits({ holdMs: 1500 });
    const { backend, yearId } = await emptyYear();
    const jobId = randomUUID();
    const started = Date.now();
    const preview = call(backend, 'imports:preview', { yearId, fileName: 'slow.csv', dataBase64: traineeCsv(3), jobId });
    let isPreviewDone = false;
    void preview.then(() => (isPreviewDone = true));
    await until(async () => (await value(backend, 'imports:progress', { jobId })).phase === 'reading');
    const asked = Date.now();
    const years = await value(backend, 'years:list', {});
    expect(years).toHaveLength(1);
    expect(Date.now() - asked).toBeLessThan(500);
    expect(isPreviewDone).toBe(false);
    expect(await value(backend, 'imports:progress', { jobId })).toMatchObject({ phase: 'reading', totalBytes: expect.any(Number), bytesRead: 0 });

    const result = await preview;
    expect(result.ok && result.value.counts.new).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await value(backend, 'imports:progress', { jobId })).toMatchObject({ phase: 'done', rowsRead: 4, totalRows: 4 });
  });

  it('checks a large file a thousand rows at a time, answering calls and telling the rows checked in between', async () => {
    const { backend, yearId } = await emptyYear();
    const jobId = randomUUID();
    const preview = call(backend, 'imports:preview', { yearId, fileName: 'large.csv', dataBase64: traineeCsv(5000), jobId });
    let isPreviewDone = false;
    void preview.then(() => (isPreviewDone = true));
    const seen: number[] = [];
    while (!isPreviewDone) {
      const progress = await value(backend, 'imports:progress', { jobId });
      if (progress.phase === 'checking') seen.push(progress.rowsRead);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen.some((n) => n > 0 && n < 5001)).toBe(true);
    const result = await preview;
    expect(result.ok && result.value.counts.new).toBe(5000);
  });

  it('stops when cancelled: the apply answers import_cancelled and nothing is written', async () => {
    setReadLimits({ holdMs: 5000 });
    const { backend, yearId } = await emptyYear();
    const jobId = randomUUID();
    const started = Date.now();
    const applying = call(backend, 'imports:apply', { yearId, fileName: 'cancel.csv', dataBase64: traineeCsv(3), jobId });
    await until(async () => (await value(backend, 'imports:progress', { jobId })).phase === 'reading');
    expect(await value(backend, 'imports:cancel', { jobId })).toEqual({ isCancelled: true });
    const result = await applying;
    expect(result).toEqual({ ok: false, error: { code: 'import_cancelled' } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(tableCount(backend, 'trainees')).toBe(0);
    expect(tableCount(backend, 'imports')).toBe(0);
  });

  it('a cancel that comes before the reading started stops it as it starts', async () => {
    const { backend, yearId } = await emptyYear();
    const jobId = randomUUID();
    await value(backend, 'imports:cancel', { jobId });
    const result = await call(backend, 'imports:apply', { yearId, fileName: 'early.csv', dataBase64: traineeCsv(3), jobId });
    expect(result).toEqual({ ok: false, error: { code: 'import_cancelled' } });
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('stops a reading that takes longer than the time limit, naming the file and the limit', async () => {
    setReadLimits({ holdMs: 3000, timeLimitMs: 300 });
    const { backend, yearId } = await emptyYear();
    const started = Date.now();
    const result = await call(backend, 'imports:apply', { yearId, fileName: '遅いファイル.csv', dataBase64: traineeCsv(3) });
    expect(result).toEqual({ ok: false, error: { code: 'import_time_limit', params: { file: '遅いファイル.csv', seconds: 0.3 } } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(tableCount(backend, 'trainees')).toBe(0);
    expect(message('import_time_limit', { file: '遅いファイル.csv', seconds: 0.3 })).toContain('「遅いファイル.csv」の読み込みが0.3秒を超えた');
  });

  it('stops a reading that needs more memory than the worker may have, naming the file and the limit', async () => {
    setReadLimits({ maxOldGenerationSizeMb: 16 });
    const { backend, yearId } = await emptyYear();
    // 300,000 rows of three cells: far more than 16 MB once read.
    const result = await call(backend, 'imports:apply', { yearId, fileName: 'big.csv', dataBase64: traineeCsv(300_000) });
    expect(result).toEqual({ ok: false, error: { code: 'import_memory_limit', params: { file: 'big.csv', limitMb: 16 } } });
    expect(tableCount(backend, 'trainees')).toBe(0);
    // The limit is the file's doing: a small file reads within it, in a new worker.
    expect((await value(backend, 'imports:preview', { yearId, fileName: 'small.csv', dataBase64: traineeCsv(2) })).counts.new).toBe(2);
  });

  it(`takes at most ${MAX_IMPORT_ROWS} rows per import, and says so`, async () => {
    const { backend, yearId } = await emptyYear();
    const tooMany = await call(backend, 'imports:preview', { yearId, fileName: 'all.csv', dataBase64: traineeCsv(MAX_IMPORT_ROWS + 1) });
    expect(tooMany).toEqual({ ok: false, error: { code: 'import_too_many_rows', params: { file: 'all.csv', rows: 50_001, limit: 50_000 } } });
    expect(message('import_too_many_rows', { file: 'all.csv', rows: 50_001, limit: 50_000 })).toBe(
      '「all.csv」は50001行あります。一度に取り込めるのは50000行までです。ファイルを分けて取り込んでください。',
    );
    setReadLimits({ maxRows: 10 });
    expect((await value(backend, 'imports:preview', { yearId, fileName: 'ten.csv', dataBase64: traineeCsv(10) })).counts.new).toBe(10);
  });
});
