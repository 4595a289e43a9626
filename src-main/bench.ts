import { openBackend } from './backend';
import { dispatch } from './ipc/dispatch';

/**
 * `npm run bench`: backend figures on a real database, one `bench: <name> = <value> <unit>`
 * line each. Targets live in the issues.
 */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const backend = openBackend({ dataDir: ':memory:' });
  const created = await dispatch(backend.handlers, 'years:create', { fiscalYear: 2024 });
  if (!created.ok) throw new Error('could not create a year');
  const yearId = (created.value as { id: string }).id;

  const insertStart = performance.now();
  backend.ctx.db.transaction(() => {
    for (let i = 0; i < 2000; i++) {
      void dispatch(backend.handlers, 'trainees:create', {
        yearId,
        familyNameLatin: `Family${i}`,
        givenNameLatin: `Given${i}`,
        familyNameNative: '김',
        givenNameNative: `시현${i}`,
        nameLang: 'ko',
        nameOrder: 'family_first',
        nationality: 'KR',
        status: 'selected',
      });
    }
  })();
  console.log(`bench: trainees-create-2000 = ${(performance.now() - insertStart).toFixed(1)} ms`);

  const samples: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await dispatch(backend.handlers, 'trainees:list', { yearId });
    samples.push(performance.now() - start);
  }
  console.log(`bench: trainees-list-2000-p95 = ${percentile(samples, 95).toFixed(1)} ms`);
  backend.close();
}

void main();
