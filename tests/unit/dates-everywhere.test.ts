import { describe, expect, it } from 'vitest';
import { DATE_CASES } from '../../src-shared/text/date-parse.cases';
import { EMPTY_TRAINEE, toFields } from '../../src-renderer/features/trainees/trainee-form';
import type { Backend } from '../../src-main/backend';
import { call, memoryBackend, value } from '../../src-main/test/backend';

/** What one path made of a typed date: the date stored, or the rule of the message shown. */
type Outcome = { stored: string | null } | { rule: string };

async function setUp(): Promise<{ backend: Backend; yearId: string; hostId: string }> {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  const [usa] = await value(backend, 'reference:municipalities', { query: '宇佐市' });
  const host = await value(backend, 'hosts:create', { code: usa!.code });
  return { backend, yearId: year.id, hostId: host.id };
}

const person = { familyNameLatin: 'Kim', givenNameLatin: 'Sihyeon', nationality: 'KR', nameLang: 'ko', nameOrder: 'family_first', status: 'selected' } as const;

async function throughApi(backend: Backend, yearId: string, text: string): Promise<Outcome> {
  const result = await call(backend, 'trainees:create', { yearId, ...person, birthDate: text } as never);
  if (!result.ok) return { rule: result.error.params?.issues?.find((i) => i.field === 'birthDate')?.rule ?? result.error.code };
  return { stored: result.value.birthDate };
}

async function throughForm(backend: Backend, yearId: string, text: string): Promise<Outcome> {
  const fields = toFields({ ...EMPTY_TRAINEE, ...person, birthDate: text });
  const result = await call(backend, 'trainees:create', { yearId, ...fields });
  if (!result.ok) return { rule: result.error.params?.issues?.find((i) => i.field === 'birthDate')?.rule ?? result.error.code };
  return { stored: result.value.birthDate };
}

async function throughImport(backend: Backend, yearId: string, text: string): Promise<Outcome> {
  const csv = `\uFEFF姓,名,生年月日,国籍\nKim,Sihyeon,${text},KR\n`;
  const input = { yearId, fileName: 'dates.csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
  const preview = await value(backend, 'imports:preview', input);
  const error = preview.rows[0]?.errors.find((e) => e.field === 'birthDate');
  if (error) return { rule: error.rule };
  await value(backend, 'imports:apply', input);
  const [trainee] = await value(backend, 'trainees:list', { yearId });
  return { stored: (await value(backend, 'trainees:get', { id: trainee!.id })).birthDate };
}

async function throughAssignment(backend: Backend, yearId: string, hostId: string, text: string): Promise<Outcome> {
  const trainee = await value(backend, 'trainees:create', { yearId, ...person } as never);
  const result = await call(backend, 'assignments:create', { yearId, traineeId: trainee.id, hostId, startsOn: text, endsOn: '2025-03-31' } as never);
  if (!result.ok) return { rule: result.error.params?.issues?.find((i) => i.field === 'startsOn')?.rule ?? result.error.code };
  return { stored: result.value.startsOn };
}

function expected(iso: string | null | 'invalid'): Outcome {
  return iso === 'invalid' ? { rule: 'invalid_date' } : { stored: iso };
}

describe('a date typed anywhere is read the same way', () => {
  it.each(DATE_CASES)('%s → %s through the API, the trainee form, the import and the assignment form', async (text, iso) => {
    const a = await setUp();
    const b = await setUp();
    const c = await setUp();
    const d = await setUp();
    expect(await throughApi(a.backend, a.yearId, text)).toEqual(expected(iso));
    expect(await throughForm(b.backend, b.yearId, text)).toEqual(expected(iso));
    expect(await throughImport(c.backend, c.yearId, text)).toEqual(expected(iso));
    // An empty assignment date takes the year's period instead, so only typed dates are compared there.
    if (iso !== null) expect(await throughAssignment(d.backend, d.yearId, d.hostId, text)).toEqual(expected(iso));
  });
});
