import { openBackend } from './backend';
import { dispatch } from './ipc/dispatch';
import { makeArchiveWorkbook } from '../scripts/make-archive-workbook.mjs';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

/**
 * The generated 30-year archive (1,213 trainees) through the dry run and the import into an empty
 * database (target under 5 s), then the dashboard and the trainee list on what it brought.
 */
export async function benchArchive(): Promise<void> {
  const dataBase64 = (await makeArchiveWorkbook()).toString('base64');
  const backend = openBackend({ dataDir: ':memory:' });
  const input = { fileName: 'archive-1996-2025.xlsx', dataBase64 };
  const start = performance.now();
  await must(dispatch(backend.handlers, 'imports:archive-preview', input) as never);
  const result = (await must(dispatch(backend.handlers, 'imports:archive-apply', input) as never)) as { created: number };
  console.log(`bench: archive-import-1213 = ${((performance.now() - start) / 1000).toFixed(2)} s`);
  if (result.created !== 1213) throw new Error(`imported ${result.created} of 1213`);

  const timed = async (channel: string, input: unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await must(dispatch(backend.handlers, channel as never, input as never) as never);
      samples.push(performance.now() - t0);
    }
    return median(samples).toFixed(1);
  };
  const years = (await must(dispatch(backend.handlers, 'years:list', {}) as never)) as Array<{ id: string }>;
  console.log(`bench: archive-dashboard = ${await timed('dashboard:year', { yearId: years[0]!.id })} ms`);
  console.log(`bench: archive-dashboard-archive = ${await timed('dashboard:archive', {})} ms`);
  console.log(`bench: archive-list-all = ${await timed('trainees:list', {})} ms`);
  console.log(`bench: archive-search = ${await timed('trainees:list', { query: 'kim' })} ms`);
  console.log(`bench: archive-statistics = ${await timed('statistics:summary', {})} ms`);
  backend.close();
}
