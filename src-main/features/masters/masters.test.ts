import { describe, expect, it } from 'vitest';
import { call, memoryBackend, value } from '../../test/backend';

describe('master lists', () => {
  it('starts with the nine training fields of the program, and lets a person add and rename', async () => {
    const backend = memoryBackend();
    const fields = await value(backend, 'training-fields:list', {});
    expect(fields.map((f) => f.nameJa)).toEqual([
      '一般行政', '環境・廃棄物処理', '農林水産業', '教育・保育', '経済（貿易・商工・観光）', '医療・保健', '考古学・文化財保存', '土木（水道・河川）', 'その他',
    ]);
    const added = await value(backend, 'training-fields:create', { nameJa: '防災', nameEn: 'Disaster prevention' });
    expect((await value(backend, 'training-fields:list', {})).at(-1)).toEqual(added);
    await value(backend, 'training-fields:update', { id: added.id, nameJa: '防災・危機管理', nameEn: 'Disaster management' });
    expect((await value(backend, 'training-fields:list', {})).at(-1)?.nameJa).toBe('防災・危機管理');
    expect(await call(backend, 'training-fields:create', { nameJa: ' ', nameEn: 'x' })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'nameJa', rule: 'required' }] } },
    });
  });

  it('keeps one entry per sending government and country', async () => {
    const backend = memoryBackend();
    const input = { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' };
    await value(backend, 'sending-governments:create', input);
    expect(await call(backend, 'sending-governments:create', { ...input, nameEn: 'GYEONGJU' })).toEqual({
      ok: false, error: { code: 'sending_government_exists', params: { name: 'GYEONGJU' } },
    });
    expect(await value(backend, 'sending-governments:list', { country: 'KR' })).toHaveLength(1);
    expect(await value(backend, 'sending-governments:list', { country: 'CN' })).toHaveLength(0);
  });
});
