import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from './backend';
import { dispatch } from './ipc/dispatch';
import { benchTrainee } from './bench-list';

/**
 * What encryption at rest costs: the same work on a plain data folder and on an encrypted one,
 * in the same run, and the ratio (target under 1.3 each).
 */
type Mode = 'plain' | 'encrypted';

function folderBackend(mode: Mode): { backend: Backend; done(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kk-bench-${mode}-`));
  const backend = openBackend({ dataDir: dir, plainForBenchmark: mode === 'plain' });
  return {
    backend,
    done() {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function must<T>(result: Promise<unknown>): Promise<T> {
  const r = (await result) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** search-2000 (the 95th percentile of searches as you type over 2,000 trainees) on a file. */
async function search2000(mode: Mode): Promise<number> {
  const { backend, done } = folderBackend(mode);
  const yearIds: string[] = [];
  for (let fy = 1996; fy < 2026; fy++) yearIds.push((await must<{ id: string }>(dispatch(backend.handlers, 'years:create', { fiscalYear: fy }))).id);
  for (let i = 0; i < 2000; i++) await must(dispatch(backend.handlers, 'trainees:create', benchTrainee(i, yearIds[i % yearIds.length]!)));
  const queries = ['kim', 'きむ', 'シヒョン', '김시현', '시현', '王晓燕', '佳', 'pena', 'अनिता', 'jose1', 'sihyeon12', 'ki', 'xyz'];
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      const start = performance.now();
      await must(dispatch(backend.handlers, 'trainees:list', { query }));
      samples.push(performance.now() - start);
    }
  }
  done();
  return percentile(samples, 95);
}

/** A workbook of 10,000 trainees, written once by the app's own export. */
async function workbook10000(): Promise<string> {
  const source = openBackend({ dataDir: ':memory:' });
  const year = await must<{ id: string }>(dispatch(source.handlers, 'years:create', { fiscalYear: 2024 }));
  const lines = ['姓,名,フリガナ,生年月日,国籍,旅券番号,メールアドレス'];
  for (let i = 0; i < 10_000; i++) lines.push(`Kim,Minji${i},キム ミンジ,1995/5/${(i % 28) + 1},韓国,MK${String(i).padStart(7, '0')},m${i}@example.kr`);
  await must(dispatch(source.handlers, 'imports:apply', { yearId: year.id, fileName: 'seed.csv', dataBase64: Buffer.from(lines.join('\r\n')).toString('base64') }));
  const file = await must<{ dataBase64: string }>(dispatch(source.handlers, 'exports:year', { yearId: year.id, language: 'ja' }));
  source.close();
  return file.dataBase64;
}

async function import10000(mode: Mode, dataBase64: string): Promise<number> {
  const { backend, done } = folderBackend(mode);
  const year = await must<{ id: string }>(dispatch(backend.handlers, 'years:create', { fiscalYear: 2024 }));
  const start = performance.now();
  const result = await must<{ created: number }>(dispatch(backend.handlers, 'imports:apply', { yearId: year.id, fileName: 'year.xlsx', dataBase64 }));
  const seconds = (performance.now() - start) / 1000;
  done();
  if (result.created !== 10_000) throw new Error(`imported ${result.created} of 10000`);
  return seconds;
}

/** Each figure twice per mode, plain and encrypted taking turns, and the better of the two kept. */
async function best(run: (mode: Mode) => Promise<number>): Promise<Record<Mode, number>> {
  const times: Record<Mode, number[]> = { plain: [], encrypted: [] };
  for (let round = 0; round < 2; round++) for (const mode of ['plain', 'encrypted'] as const) times[mode].push(await run(mode));
  return { plain: Math.min(...times.plain), encrypted: Math.min(...times.encrypted) };
}

export async function benchEncrypted(): Promise<void> {
  const search = await best(search2000);
  console.log(`bench: search-2000-plain-file = ${search.plain.toFixed(1)} ms`);
  console.log(`bench: search-2000-encrypted = ${search.encrypted.toFixed(1)} ms`);
  console.log(`bench: search-2000-encrypted-ratio = ${(search.encrypted / search.plain).toFixed(2)} x`);
  const workbook = await workbook10000();
  const imported = await best((mode) => import10000(mode, workbook));
  console.log(`bench: xlsx-import-10000-plain-file = ${imported.plain.toFixed(2)} s`);
  console.log(`bench: xlsx-import-10000-encrypted = ${imported.encrypted.toFixed(2)} s`);
  console.log(`bench: xlsx-import-10000-encrypted-ratio = ${(imported.encrypted / imported.plain).toFixed(2)} x`);
}
