import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../test/backend';

describe('sample data: a trainee at a host, and a reading written with ・', () => {
  it('has José Luis at his host, warned that his passport runs out before the program ends', async () => {
    const backend = memoryBackend(() => new Date('2024-07-01T00:00:00Z'));
    const { yearId } = await value(backend, 'sample:load', {});
    const trainees = await value(backend, 'trainees:list', { yearId });
    const atHost = trainees.filter((t) => t.status === 'at_host');
    expect(atHost.map((t) => t.givenNameLatin)).toEqual(['José Luis']);
    expect(atHost[0]!.nameKana).toBe('ホセ・ルイス・ペニャ・キスペ');
    expect(atHost[0]!.warnings).toContain('passport_expires');
    expect(await value(backend, 'trainees:list', { yearId, warning: 'passport_expires' })).toHaveLength(1);
  });

  it('finds him by his reading with the ・, without it, with spaces and by one name alone', async () => {
    const backend = memoryBackend();
    const { yearId } = await value(backend, 'sample:load', {});
    for (const query of ['ホセ・ルイス・ペニャ・キスペ', 'ホセ・ルイス', 'ホセルイスペニャキスペ', 'ホセ ルイス', 'ペニャ・キスペ', 'ぺにゃ', 'キスペ', 'ホセ', 'ﾎｾ･ﾙｲｽ']) {
      const found = await value(backend, 'trainees:list', { yearId, query });
      expect(found.map((t) => t.givenNameLatin), query).toEqual(['José Luis']);
    }
  });
});
