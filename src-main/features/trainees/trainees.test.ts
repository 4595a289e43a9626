import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../contract/channels';
import { call, memoryBackend, tableCount, value } from '../../test/backend';

const kim = {
  familyNameNative: '김',
  givenNameNative: '시현',
  familyNameLatin: 'Kim',
  givenNameLatin: 'Sihyeon',
  nameKana: 'キム シヒョン',
  nameLang: 'ko',
  nameOrder: 'family_first',
  gender: 'male',
  birthDate: '1993-04-01',
  nationality: 'KR',
  sendingGovernment: '경주시 / Gyeongju',
  position: 'International Relations',
  status: 'selected',
  notes: null,
} as const;

async function withYear() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  return { backend, yearId: year.id };
}

describe('trainees', () => {
  it('creates, reads, updates and deletes a trainee with a Hangul name', async () => {
    const { backend, yearId } = await withYear();
    const created = await value(backend, 'trainees:create', { yearId, ...kim });
    expect(created).toMatchObject({ ...kim, yearId, fiscalYear: 2024, hostName: null });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.id[14]).toBe('7');

    const updated = await value(backend, 'trainees:update', { id: created.id, ...kim, status: 'arrived', position: '  Tourism  ' });
    expect(updated).toMatchObject({ status: 'arrived', position: 'Tourism' });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);

    const list = await value(backend, 'trainees:list', { yearId });
    expect(list.map((t) => t.givenNameNative)).toEqual(['시현']);

    expect(await call(backend, 'trainees:delete', { id: created.id })).toEqual({ ok: true, value: { id: created.id } });
    expect(await call(backend, 'trainees:get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('accepts a person with a single name', async () => {
    const { backend, yearId } = await withYear();
    const single = await value(backend, 'trainees:create', {
      yearId,
      givenNameLatin: 'Suharto',
      nameLang: 'id',
      nameOrder: 'given_first',
      nationality: 'ID',
      status: 'applicant',
    });
    expect(single).toMatchObject({ familyNameLatin: null, givenNameLatin: 'Suharto', birthDate: null, gender: null });
  });

  it('gives each bad input its own rule and saves nothing', async () => {
    const { backend, yearId } = await withYear();
    const cases: Array<[Partial<ChannelInput<'trainees:create'>>, string, string]> = [
      [{ familyNameLatin: '', givenNameLatin: '' }, 'givenNameLatin', 'name_required'],
      [{ birthDate: '2023-02-29' }, 'birthDate', 'invalid_date'],
      [{ birthDate: '20/05/1995' }, 'birthDate', 'invalid_date'],
      [{ nameKana: 'きむ' }, 'nameKana', 'katakana_only'],
      [{ nationality: 'ZZ' }, 'nationality', 'invalid_choice'],
      [{ nationality: '' }, 'nationality', 'required'],
      [{ status: 'lost' as 'selected' }, 'status', 'invalid_choice'],
      [{ gender: 'x' as 'male' }, 'gender', 'invalid_choice'],
      [{ notes: 'あ'.repeat(4001) }, 'notes', 'too_long'],
    ];
    for (const [change, field, rule] of cases) {
      const result = await call(backend, 'trainees:create', { yearId, ...kim, ...change });
      expect(result.ok ? [] : result.error.params?.issues, `${field} ${JSON.stringify(change).slice(0, 40)}`).toEqual([{ field, rule }]);
    }
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('refuses a trainee for a year that does not exist', async () => {
    const { backend } = await withYear();
    const result = await call(backend, 'trainees:create', { yearId: '01900000-0000-7000-8000-000000000000', ...kim });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'year' } } });
  });

  it('leaves the stored record as it was when an update is invalid', async () => {
    const { backend, yearId } = await withYear();
    const created = await value(backend, 'trainees:create', { yearId, ...kim });
    const bad = await call(backend, 'trainees:update', { id: created.id, ...kim, givenNameLatin: '', familyNameLatin: '' });
    expect(bad.ok).toBe(false);
    expect(await value(backend, 'trainees:get', { id: created.id })).toEqual(created);
  });
});
