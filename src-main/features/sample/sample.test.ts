import { describe, expect, it } from 'vitest';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { isValidLocalGovCode } from '../hosts';

describe('sample data', () => {
  it('loads a FY2024-shaped cohort: China 5, Korea 2, Nepal 2, Malaysia 1, Peru 1', async () => {
    const backend = memoryBackend();
    const { yearId, traineeCount } = await value(backend, 'sample:load', {});
    expect(traineeCount).toBe(11);
    const trainees = await value(backend, 'trainees:list', { yearId });
    const counts: Record<string, number> = {};
    for (const t of trainees) counts[t.nationality] = (counts[t.nationality] ?? 0) + 1;
    expect(counts).toEqual({ CN: 5, KR: 2, NP: 2, MY: 1, PE: 1 });
    expect(trainees.every((t) => t.hostName)).toBe(true);
    expect(trainees.find((t) => t.nationality === 'KR' && t.hostName === '大分県宇佐市')).toBeTruthy();
    const codes = backend.ctx.db.prepare('SELECT local_gov_code AS code FROM hosts').all() as { code: string }[];
    expect(codes.map((c) => c.code)).toContain('442119');
    expect(codes.every((c) => isValidLocalGovCode(c.code))).toBe(true);
    expect((await value(backend, 'app:info', {})).isEmpty).toBe(false);
  });

  it('refuses to load into a database that has trainees, and adds nothing', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    expect(await call(backend, 'sample:load', {})).toEqual({ ok: false, error: { code: 'sample_not_empty' } });
    expect(tableCount(backend, 'trainees')).toBe(11);
    expect(tableCount(backend, 'hosts')).toBe(11);
  });
});
