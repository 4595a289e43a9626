import { describe, expect, it } from 'vitest';
import { call, memoryBackend, value } from '../../test/backend';

const kim = {
  familyNameNative: '김',
  givenNameNative: '시현',
  familyNameLatin: 'KIM',
  givenNameLatin: 'Sihyeon',
  nameLang: 'ko',
  nameOrder: 'family_first',
  birthDate: '1993-04-01',
  nationality: 'KR',
  passportNumber: 'TK1234567',
  status: 'selected',
} as const;

async function withKim() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  const first = await value(backend, 'trainees:create', { yearId: year.id, ...kim });
  return { backend, yearId: year.id, first };
}

describe('a likely duplicate is caught before it is created', () => {
  it('a second 김시현 with the same name, birth date and passport number typed full width is refused, naming the first', async () => {
    const { backend, yearId, first } = await withKim();
    const result = await call(backend, 'trainees:create', { yearId, ...kim, passportNumber: 'ＴＫ１２３４５６７' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'likely_duplicate', params: { n: 1, trainees: [{ id: first.id, fiscalYear: 2024, nativeName: '김시현', latinName: 'KIM Sihyeon' }] } },
    });
    expect(await value(backend, 'trainees:list', { yearId })).toHaveLength(1);
  });

  it('confirmed as someone else, it saves', async () => {
    const { backend, yearId } = await withKim();
    const second = await value(backend, 'trainees:create', { yearId, ...kim, confirmDuplicate: true });
    expect(second.passportNumber).toBe('TK1234567');
    expect(await value(backend, 'trainees:list', { yearId })).toHaveLength(2);
  });

  it('the passport number alone is enough (lower case, spaces), and so are the name and birth date alone', async () => {
    const { backend, yearId } = await withKim();
    const byPassport = await call(backend, 'trainees:create', { yearId, ...kim, givenNameLatin: 'Si Hyun', birthDate: null, passportNumber: 'tk 123 4567' });
    expect(byPassport.ok ? null : byPassport.error.code).toBe('likely_duplicate');
    // The name folded as every list folds it: "Si-hyeon" and "SIHYEON" are one name.
    const byName = await call(backend, 'trainees:create', { yearId, ...kim, givenNameLatin: 'SI-HYEON', passportNumber: 'M12345678' });
    expect(byName.ok ? null : byName.error.code).toBe('likely_duplicate');
  });

  it('the same name without a birth date, or with another, is someone else', async () => {
    const { backend, yearId } = await withKim();
    await value(backend, 'trainees:create', { yearId, ...kim, birthDate: '1995-07-12', passportNumber: null });
    await value(backend, 'trainees:create', { yearId, ...kim, birthDate: null, passportNumber: null });
    expect(await value(backend, 'trainees:list', { yearId })).toHaveLength(3);
  });

  it('a trainee in the trash is not matched', async () => {
    const { backend, yearId, first } = await withKim();
    await value(backend, 'trainees:delete', { id: first.id });
    await value(backend, 'trainees:create', { yearId, ...kim });
  });
});

describe('the trainee list shows possible duplicates', () => {
  it('those who share a passport number or a name and birth date with another, in any year', async () => {
    const { backend, first } = await withKim();
    const earlier = await value(backend, 'years:create', { fiscalYear: 2019 });
    const again = await value(backend, 'trainees:create', { yearId: earlier.id, ...kim, passportNumber: 'TK7654321', confirmDuplicate: true });
    await value(backend, 'trainees:create', { yearId: earlier.id, ...kim, familyNameNative: '이', familyNameLatin: 'LEE', passportNumber: 'LE1234567' });

    const ids = async (input: { yearId?: string; duplicates?: boolean }) => (await value(backend, 'trainees:list', input)).map((t) => t.id).sort();
    expect(await ids({ duplicates: true })).toEqual([first.id, again.id].sort());
    expect(await ids({ yearId: first.yearId, duplicates: true })).toEqual([first.id]);
    expect(await ids({})).toHaveLength(3);
    const page = await value(backend, 'trainees:page', { duplicates: true, offset: 0, limit: 50 });
    expect(page.total).toBe(2);
  });
});
