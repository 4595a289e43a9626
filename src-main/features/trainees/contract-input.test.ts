import { describe, expect, it } from 'vitest';
import { TraineeFields } from '@shared/contract/trainees';
import { call, memoryBackend, tableCount, value } from '../../test/backend';

const MISSING = '01900000-0000-7000-8000-00000000dead';

async function year() {
  const backend = memoryBackend();
  const { id } = await value(backend, 'years:create', { fiscalYear: 2024 });
  return { backend, yearId: id, base: { yearId: id, familyNameLatin: 'Kim', givenNameLatin: 'Minji', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected' } as const };
}

describe('trainee input at the contract', () => {
  const textFields = Object.entries(TraineeFields.shape)
    .filter(([, schema]) => schema.safeParse('abc').success || schema.safeParse('abc@example.com').success)
    .map(([field]) => field);

  it.each(['a\u0000b', 'Kim\u001b[2J', 'evil\u202Etxt.exe', '\u2066Kim\u2069', 'Kim\uD800'])('refuses %j in every text field, naming the field', async (bad) => {
    const { backend, base } = await year();
    expect(textFields.length).toBeGreaterThan(20);
    for (const field of textFields) {
      const r = await call(backend, 'trainees:create', { ...base, [field]: bad });
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.error.params?.issues, field).toContainEqual({ field, rule: 'invalid_characters' });
    }
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('keeps line breaks in a text of several lines, refuses them in a one-line name', async () => {
    const { backend, base } = await year();
    const r = await call(backend, 'trainees:create', { ...base, givenNameLatin: 'Min\nji' });
    expect(!r.ok && r.error.params?.issues).toContainEqual({ field: 'givenNameLatin', rule: 'invalid_characters' });
    const saved = await value(backend, 'trainees:create', { ...base, notes: '1行目\r\n2行目\tタブ' });
    expect(saved.notes).toBe('1行目\r\n2行目\tタブ');
  });

  it('answers not_found with the entity for a sending government or training field that does not exist', async () => {
    const { backend, base } = await year();
    expect(await call(backend, 'trainees:create', { ...base, sendingGovernmentId: MISSING })).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'sending_government' } } });
    expect(await call(backend, 'trainees:create', { ...base, trainingFieldId: MISSING })).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'training_field' } } });
    const kim = await value(backend, 'trainees:create', base);
    const { yearId: _y, ...fields } = base;
    expect(await call(backend, 'trainees:update', { ...fields, id: kim.id, trainingFieldId: MISSING })).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'training_field' } } });
    expect(await call(backend, 'trainees:update', { ...fields, id: kim.id, sendingGovernmentId: MISSING })).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'sending_government' } } });
  });
});
