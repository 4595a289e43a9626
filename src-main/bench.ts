import { openBackend } from './backend';
import { dispatch } from './ipc/dispatch';
import { benchPlacards } from './bench-prints';
import { benchList, benchTrainee } from './bench-list';
import { benchXlsxRead } from './bench-xlsx';
import { benchEncrypted } from './bench-encrypted';
import { benchArchive } from './bench-archive';

/**
 * `npm run bench`: figures on a real database, one `bench: <name> = <value> <unit>` line
 * each. Targets live in the issues (search-2000 under 50 ms at the 95th percentile; over a
 * 20,000-trainee archive in Chromium ui-search under 250 ms, open-list under 1,000 ms).
 */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const backend = openBackend({ dataDir: ':memory:' });
  const yearIds: string[] = [];
  for (let fy = 1996; fy < 2026; fy++) {
    const created = await dispatch(backend.handlers, 'years:create', { fiscalYear: fy });
    if (!created.ok) throw new Error('could not create a year');
    yearIds.push((created.value as { id: string }).id);
  }

  const insertStart = performance.now();
  for (let i = 0; i < 2000; i++) {
    const result = await dispatch(backend.handlers, 'trainees:create', benchTrainee(i, yearIds[i % yearIds.length]!));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
  console.log(`bench: trainees-create-2000 = ${(performance.now() - insertStart).toFixed(0)} ms`);

  const queries = ['kim', 'きむ', 'シヒョン', '김시현', '시현', '王晓燕', '佳', 'pena', 'अनिता', 'jose1', 'sihyeon12', 'ki', 'xyz'];
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      const start = performance.now();
      const result = await dispatch(backend.handlers, 'trainees:list', { query });
      samples.push(performance.now() - start);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }
  }
  console.log(`bench: search-2000 = ${percentile(samples, 95).toFixed(1)} ms`);

  const listSamples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await dispatch(backend.handlers, 'trainees:list', {});
    listSamples.push(performance.now() - start);
  }
  console.log(`bench: list-all-2000 = ${percentile(listSamples, 95).toFixed(1)} ms`);
  backend.close();
  await benchXlsx();
}

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** 10,000 trainees out to one workbook, and that workbook into an empty database. */
async function benchXlsx(): Promise<void> {
  const source = openBackend({ dataDir: ':memory:' });
  const year = (await must(dispatch(source.handlers, 'years:create', { fiscalYear: 2024 }) as never)) as { id: string };
  const lines = ['姓,名,フリガナ,生年月日,国籍,旅券番号,メールアドレス'];
  for (let i = 0; i < 10_000; i++) {
    lines.push(`Kim,Minji${i},キム ミンジ,1995/5/${(i % 28) + 1},韓国,MK${String(i).padStart(7, '0')},m${i}@example.kr`);
  }
  const csv = Buffer.from(lines.join('\r\n')).toString('base64');
  await must(dispatch(source.handlers, 'imports:apply', { yearId: year.id, fileName: 'seed.csv', dataBase64: csv }) as never);

  let start = performance.now();
  const file = (await must(dispatch(source.handlers, 'exports:year', { yearId: year.id, language: 'ja' }) as never)) as { dataBase64: string };
  console.log(`bench: xlsx-export-10000 = ${((performance.now() - start) / 1000).toFixed(2)} s`);
  source.close();

  const target = openBackend({ dataDir: ':memory:' });
  const empty = (await must(dispatch(target.handlers, 'years:create', { fiscalYear: 2024 }) as never)) as { id: string };
  start = performance.now();
  const result = (await must(
    dispatch(target.handlers, 'imports:apply', { yearId: empty.id, fileName: 'year.xlsx', dataBase64: file.dataBase64 }) as never,
  )) as { created: number };
  console.log(`bench: xlsx-import-10000 = ${((performance.now() - start) / 1000).toFixed(2)} s`);
  if (result.created !== 10_000) throw new Error(`imported ${result.created} of 10000`);
  target.close();
}

/** A bundle of 10,000 changes (a year of 10,000 trainees, as one import writes it) out of one device and into a new one. */
async function benchSync(): Promise<void> {
  const source = openBackend({ dataDir: ':memory:' });
  const year = (await must(dispatch(source.handlers, 'years:create', { fiscalYear: 2024 }) as never)) as { id: string };
  const lines = ['姓,名,フリガナ,生年月日,国籍,旅券番号'];
  for (let i = 0; i < 10_000; i++) lines.push(`Kim,Minji${i},キム ミンジ,1995/5/${(i % 28) + 1},韓国,MK${String(i).padStart(7, '0')}`);
  await must(dispatch(source.handlers, 'imports:apply', { yearId: year.id, fileName: 'seed.csv', dataBase64: Buffer.from(lines.join('\r\n')).toString('base64') }) as never);
  const passphrase = 'bench-office-passphrase';
  await must(dispatch(source.handlers, 'sync:settings', { deviceName: 'office', passphrase }) as never);
  let start = performance.now();
  const file = (await must(dispatch(source.handlers, 'sync:export', { peerId: null }) as never)) as { fileName: string; dataBase64: string };
  console.log(`bench: sync-export-10000 = ${((performance.now() - start) / 1000).toFixed(2)} s`);
  source.close();

  const target = openBackend({ dataDir: ':memory:' });
  await must(dispatch(target.handlers, 'sync:settings', { deviceName: 'laptop', passphrase }) as never);
  start = performance.now();
  const result = (await must(dispatch(target.handlers, 'sync:import', file as never) as never)) as { applied: number };
  console.log(`bench: sync-import-10000 = ${((performance.now() - start) / 1000).toFixed(2)} s`);
  if (result.applied < 10_000) throw new Error(`applied ${result.applied} changes`);
  target.close();
}

// `node build/main/bench.cjs list` (or `encrypted`) runs those figures alone.
const only: Record<string, () => Promise<void>> = { list: benchList, encrypted: benchEncrypted, archive: benchArchive };
const chosen = only[process.argv[2] ?? ''];
const run = chosen ? chosen() : main().then(benchSync).then(benchEncrypted).then(benchXlsxRead).then(benchPlacards).then(benchList).then(benchArchive);
void run.catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
