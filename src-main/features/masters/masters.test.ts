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

  it('corrects a sending government in place, its trainee and ties keeping it; a clash or a bad name changes nothing', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const typo = await value(backend, 'sending-governments:create', { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeonju', nameJa: '慶洲市' });
    const other = await value(backend, 'sending-governments:create', { country: 'KR', nameLocal: '춘천시', nameEn: 'Chuncheon', nameJa: '春川市' });
    const lee = await value(backend, 'trainees:create', {
      yearId: year.id, familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
      sendingGovernmentId: typo.id,
    });
    const usa = await value(backend, 'hosts:create', { code: '442119' });
    await value(backend, 'sister-ties:create', { hostId: usa.id, sendingGovernmentId: typo.id, kind: 'sister', since: '2005' });

    const fixed = { ...typo, nameEn: 'Gyeongju', nameJa: '慶州市', provinceLocal: '경상북도', provinceEn: 'North Gyeongsang' };
    expect(await value(backend, 'sending-governments:update', fixed)).toEqual(fixed);
    expect((await value(backend, 'trainees:get', { id: lee.id })).sendingGovernment).toEqual(fixed);
    expect((await value(backend, 'sister-ties:list', { hostId: usa.id }))[0]?.sendingGovernment).toEqual(fixed);

    expect(await call(backend, 'sending-governments:update', { ...other, nameEn: 'gyeongju' })).toEqual({
      ok: false, error: { code: 'sending_government_exists', params: { name: 'gyeongju' } },
    });
    expect(await call(backend, 'sending-governments:update', { ...other, nameLocal: ' ' })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'nameLocal', rule: 'required' }] } },
    });
    expect(await call(backend, 'sending-governments:update', { ...other, id: '01900000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false, error: { code: 'not_found' },
    });
    expect(await value(backend, 'sending-governments:list', { country: 'KR' })).toEqual([fixed, other].sort((a, b) => a.nameEn.localeCompare(b.nameEn)));
  });
});
