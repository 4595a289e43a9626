import { describe, expect, it } from 'vitest';
import { call, memoryBackend, value } from '../../test/backend';

async function scenario() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  const [general] = await value(backend, 'training-fields:list', {});
  const gyeongju = await value(backend, 'sending-governments:create', { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' });
  const changde = await value(backend, 'sending-governments:create', { country: 'CN', nameLocal: '常德市', nameEn: 'Changde', nameJa: '常徳市' });
  const base = { yearId: year.id, status: 'selected', trainingFieldId: general!.id } as const;
  const wang = await value(backend, 'trainees:create', {
    ...base, familyNameNative: '王', givenNameNative: '晓燕', familyNameLatin: 'Wang', givenNameLatin: 'Xiaoyan', nameLang: 'zh-Hans',
    nameOrder: 'family_first', nationality: 'CN', sendingGovernmentId: changde.id,
  });
  const lee = await value(backend, 'trainees:create', {
    ...base, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon', nameLang: 'ko',
    nameOrder: 'family_first', nationality: 'KR', sendingGovernmentId: gyeongju.id,
  });
  return { backend, year, general: general!, gyeongju, changde, wang, lee };
}

describe('hosts, ties, survey and assignments', () => {
  it('finds municipalities by kanji, kana and romaji with their English names', async () => {
    const backend = memoryBackend();
    const [byKanji] = await value(backend, 'reference:municipalities', { query: '宇佐市' });
    expect(byKanji).toEqual({ code: '442119', kind: 'municipality', prefectureJa: '大分県', nameJa: '宇佐市', nameKana: 'うさし', nameEn: 'Usa City' });
    expect((await value(backend, 'reference:municipalities', { query: 'うさし' })).map((m) => m.code)).toContain('442119');
    expect((await value(backend, 'reference:municipalities', { query: 'higashiomi' })).map((m) => m.nameJa)).toEqual(['東近江市']);
    const [chuo] = await value(backend, 'reference:municipalities', { query: '札幌市中央区' });
    expect(chuo).toMatchObject({ kind: 'ward', nameEn: 'Chuo Ward, Sapporo City' });
  });

  it('makes 宇佐市 a host once, with a contact; a body not in the list is marked', async () => {
    const { backend } = await scenario();
    const usa = await value(backend, 'hosts:create', { code: '442119' });
    expect(usa).toMatchObject({ prefectureJa: '大分県', nameJa: '宇佐市', nameEn: 'Usa City', localGovCode: '442119', isCustom: false });
    expect(await call(backend, 'hosts:create', { code: '442119' })).toMatchObject({ ok: false, error: { code: 'host_exists' } });
    expect(await call(backend, 'hosts:create', { code: '442118' })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'code', rule: 'unknown_municipality' }] } },
    });
    const saved = await value(backend, 'hosts:update', {
      id: usa.id, department: '総務課 国際交流係', contactName: '宇佐 太郎', contactPhone: '0978-32-1111', contactEmail: 'kokusai@city.usa.oita.jp',
    });
    expect(saved).toMatchObject({ contactName: '宇佐 太郎', department: '総務課 国際交流係' });
    expect(await call(backend, 'hosts:update', { id: usa.id, contactEmail: 'not-an-address' })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'contactEmail', rule: 'invalid_email' }] } },
    });
    const custom = await value(backend, 'hosts:create-custom', { prefectureJa: '大分県', nameJa: '大分県企画振興部国際政策課' });
    expect(custom).toMatchObject({ isCustom: true, localGovCode: null });
  });

  it('suggests the sister city\'s trainee first, assigns, and refuses an overlapping second assignment', async () => {
    const { backend, year, general, gyeongju, lee, wang } = await scenario();
    const usa = await value(backend, 'hosts:create', { code: '442119' });
    const tie = await value(backend, 'sister-ties:create', { hostId: usa.id, sendingGovernmentId: gyeongju.id, kind: 'sister', since: '2005' });
    expect(tie).toMatchObject({ hostName: '大分県宇佐市', sendingGovernment: { nameLocal: '경주시' } });
    expect(await value(backend, 'sister-ties:list', { sendingGovernmentId: gyeongju.id })).toHaveLength(1);
    await value(backend, 'survey:save', {
      yearId: year.id, hostId: usa.id, requestedCount: 1, preferredCountry: 'KR', trainingFieldId: general.id, periodMonths: 9, status: 'accepted',
    });

    const board = await value(backend, 'assignments:board', { yearId: year.id });
    const forUsa = board.hostSuggestions.find((h) => h.hostId === usa.id)!;
    expect(forUsa.trainees[0]).toEqual({ traineeId: lee.id, marks: ['sister_city', 'field', 'country'], warnings: [] });
    expect(forUsa.trainees[1]).toMatchObject({ traineeId: wang.id, marks: ['field'] });
    expect(board.trainees.find((t) => t.id === lee.id)?.suggestions[0]).toMatchObject({ hostId: usa.id, marks: ['sister_city', 'field', 'country'] });

    const assignment = await value(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: usa.id });
    expect(assignment).toMatchObject({
      traineeName: '이서연', nameLang: 'ko', latinName: 'LEE Seoyeon', hostName: '大分県宇佐市', startsOn: '2024-06-24', endsOn: '2025-03-31', trainingField: { id: general.id },
    });
    expect(await value(backend, 'trainees:get', { id: lee.id })).toMatchObject({ hostId: usa.id, hostName: '大分県宇佐市' });
    expect((await value(backend, 'trainees:list', { yearId: year.id })).map((t) => [t.id, t.hostId])).toEqual(
      expect.arrayContaining([[lee.id, usa.id], [wang.id, null]]),
    );
    const after = await value(backend, 'assignments:board', { yearId: year.id });
    expect(after.trainees.map((t) => [t.id, t.hostId])).toEqual([[wang.id, null], [lee.id, usa.id]]);
    expect((await value(backend, 'hosts:get', { id: usa.id })).assignments.map((a) => a.traineeName)).toEqual(['이서연']);
    expect((await value(backend, 'survey:list', { yearId: year.id }))[0]).toMatchObject({ requestedCount: 1, matchedCount: 1 });

    const other = await value(backend, 'hosts:create', { code: '252131' });
    const check = await value(backend, 'assignments:check', { yearId: year.id, traineeId: lee.id, hostId: other.id, startsOn: '2025-01-01' });
    expect(check.warnings).toEqual(['dates_overlap', 'no_survey_answer']);
    expect(await call(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: other.id, startsOn: '2025-01-01' })).toEqual({
      ok: false,
      error: { code: 'assignment_overlap', params: { trainee: '이서연', host: '大分県宇佐市', startsOn: '2024-06-24', endsOn: '2025-03-31' } },
    });
    const later = await value(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: other.id, startsOn: '2025-04-01', endsOn: '2025-05-31' });
    expect(later.hostName).toBe('滋賀県東近江市');

    // Details are added later; dates moved onto another assignment are refused, and nothing changes.
    const details = { id: assignment.id, startsOn: '2024-06-24', endsOn: '2025-03-31', supervisor: '宇佐 花子', department: '総務課', housingAddress: '大分県宇佐市上田1030-1', notes: null };
    expect(await value(backend, 'assignments:update', { ...details, trainingFieldId: null })).toMatchObject({ ...details, trainingField: { id: general.id } });
    expect(await call(backend, 'assignments:update', { id: later.id, startsOn: '2025-03-01', endsOn: '2025-05-31' })).toMatchObject({
      ok: false, error: { code: 'assignment_overlap', params: { host: '大分県宇佐市', startsOn: '2024-06-24', endsOn: '2025-03-31' } },
    });
    expect(await call(backend, 'assignments:update', { id: later.id, startsOn: '2025-05-31', endsOn: '2025-04-01' })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'endsOn', rule: 'end_before_start' }] } },
    });
    expect(await call(backend, 'assignments:update', { id: year.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await value(backend, 'assignments:list', { traineeId: lee.id })).map((a) => [a.hostName, a.startsOn, a.endsOn, a.supervisor])).toEqual([
      ['大分県宇佐市', '2024-06-24', '2025-03-31', '宇佐 花子'],
      ['滋賀県東近江市', '2025-04-01', '2025-05-31', null],
    ]);

    const secondForUsa = await value(backend, 'assignments:check', { yearId: year.id, traineeId: wang.id, hostId: usa.id });
    expect(secondForUsa.warnings).toEqual(['capacity_exceeded']);
    const board2 = await value(backend, 'assignments:board', { yearId: year.id });
    expect(board2.trainees.map((t) => [t.id, t.hostName])).toEqual([
      [wang.id, null],
      [lee.id, '滋賀県東近江市'], // the latest host, as on the trainee list
    ]);
  });

  it('deletes a host added by mistake with its ties; one with trainees or survey answers is kept', async () => {
    const { backend, year, gyeongju, lee } = await scenario();
    const mistake = await value(backend, 'hosts:create', { code: '442011' });
    await value(backend, 'sister-ties:create', { hostId: mistake.id, sendingGovernmentId: gyeongju.id, kind: 'friendship' });
    expect(await value(backend, 'hosts:delete', { id: mistake.id })).toEqual({ id: mistake.id });
    expect(await value(backend, 'sister-ties:list', { sendingGovernmentId: gyeongju.id })).toEqual([]);
    expect((await value(backend, 'hosts:list', {})).map((h) => h.id)).not.toContain(mistake.id);
    expect(await call(backend, 'hosts:delete', { id: mistake.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const usa = await value(backend, 'hosts:create', { code: '442119' });
    await value(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: usa.id });
    expect(await call(backend, 'hosts:delete', { id: usa.id })).toEqual({
      ok: false, error: { code: 'host_in_use', params: { host: '大分県宇佐市', assignments: 1, answers: 0 } },
    });
    expect((await value(backend, 'hosts:list', {})).map((h) => h.id)).toContain(usa.id);

    // A trainee in the trash can still be restored with their host: the host is kept for them too.
    await value(backend, 'trainees:delete', { id: lee.id });
    expect(await call(backend, 'hosts:delete', { id: usa.id })).toMatchObject({ ok: false, error: { code: 'host_in_use', params: { assignments: 1 } } });
  });

  it('replaces a host\'s survey answer for the same year and checks its numbers', async () => {
    const { backend, year } = await scenario();
    const usa = await value(backend, 'hosts:create', { code: '442119' });
    await value(backend, 'survey:save', { yearId: year.id, hostId: usa.id, requestedCount: 1, status: 'received' });
    await value(backend, 'survey:save', { yearId: year.id, hostId: usa.id, requestedCount: 2, status: 'accepted' });
    expect(await value(backend, 'survey:list', { yearId: year.id })).toMatchObject([{ requestedCount: 2, status: 'accepted' }]);
    expect(await call(backend, 'survey:save', { yearId: year.id, hostId: usa.id, requestedCount: 0, periodMonths: 13, status: 'received' })).toMatchObject({
      ok: false,
      error: { params: { issues: [{ field: 'requestedCount', rule: 'out_of_range_count' }, { field: 'periodMonths', rule: 'out_of_range_months' }] } },
    });
  });
});
