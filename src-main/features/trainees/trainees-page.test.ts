import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '@shared/contract/channels';
import { latinName } from '@shared/contract/names';
import { TRAINEE_COLUMNS } from '@shared/contract/settings';
import { sortTrainees } from '@shared/contract/trainee-order';
import { call, memoryBackend, value } from '../../test/backend';
import { jpegOfSize } from '../../test/jpeg';

type Backend = ReturnType<typeof memoryBackend>;
type Filters = Omit<ChannelInput<'trainees:page'>, 'offset' | 'limit'>;

/**
 * The sample cohort (FY2024: 11 trainees, real hosts, Korean, Chinese, Nepali, Spanish names)
 * and an older year with a few more, some withdrawn, one in the trash.
 */
async function archive() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  const older = await value(backend, 'years:create', { fiscalYear: 2010 });
  const people = [
    ['김', '시현', 'Kim', 'Sihyeon', 'ko', 'KR', 'completed'],
    ['김', '민준', 'Kim', 'Minjun', 'ko', 'KR', 'withdrawn'],
    ['刘', '佳', 'Liu', 'Jia', 'zh-Hans', 'CN', 'completed'],
    ['श्रेष्ठ', 'अनिता', 'Shrestha', 'Anita', 'ne', 'NP', 'completed'],
    ['Pérez', 'Ana', 'Pérez', 'Ana', 'es', 'PE', 'completed'],
  ] as const;
  for (const [familyNameNative, givenNameNative, familyNameLatin, givenNameLatin, nameLang, nationality, status] of people) {
    await value(backend, 'trainees:create', {
      yearId: older.id, familyNameNative, givenNameNative, familyNameLatin, givenNameLatin, nameLang, nationality, status,
      nameOrder: nameLang === 'ko' || nameLang === 'zh-Hans' ? 'family_first' : 'given_first',
      withdrawnReason: status === 'withdrawn' ? '家庭の事情' : null,
    });
  }
  const gone = await value(backend, 'trainees:create', {
    yearId: older.id, familyNameLatin: 'Kim', givenNameLatin: 'Deleted', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
  });
  await value(backend, 'trainees:delete', { id: gone.id });
  return { backend, yearId, olderId: older.id };
}

/** Every page of a list, `size` rows at a time, with the total each page gave. */
async function allPages(backend: Backend, filters: Filters, size: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += size) {
    const page = await value(backend, 'trainees:page', { ...filters, offset, limit: size });
    totals.add(page.total);
    ids.push(...page.rows.map((r) => r.id));
    if (page.rows.length < size) break;
  }
  return { ids, totals: [...totals] };
}

describe('trainees:page', () => {
  it('pages exactly what trainees:list finds, in its order, with the same count, for filters combined', async () => {
    const { backend, yearId, olderId } = await archive();
    const hosts = await value(backend, 'hosts:list', {});
    const hosted = (await value(backend, 'trainees:list', { yearId })).find((t) => t.hostId)!;
    const cases: Filters[] = [
      {},
      { yearId },
      { yearId: olderId },
      { country: 'KR' },
      { country: 'KR', status: 'completed' },
      { yearId: olderId, country: 'KR', status: 'withdrawn' },
      { query: 'kim' },
      { query: 'kim', yearId: olderId },
      { query: 'kim', status: 'completed', country: 'KR' },
      { query: '김' },
      { query: '佳' },
      { query: 'अनिता' },
      { query: 'perez' },
      { hostId: hosted.hostId },
      { hostId: hosts[0]!.id, yearId: olderId },
      { warning: 'no_photo' },
      { warning: 'no_photo', country: 'KR', yearId },
      { warning: 'passport_expires', query: 'lee' },
    ];
    for (const filters of cases) {
      const listed = (await value(backend, 'trainees:list', filters)).map((t) => t.id);
      const paged = await allPages(backend, filters, 2);
      expect(paged.ids, JSON.stringify(filters)).toEqual(listed);
      expect(paged.totals, JSON.stringify(filters)).toEqual([listed.length]);
    }
  });

  it('finds a one-character query, Hangul and Devanagari, and nothing from the trash', async () => {
    const { backend, olderId } = await archive();
    const names = async (filters: Filters) => (await value(backend, 'trainees:page', { ...filters, limit: 50 })).rows.map((r) => r.givenNameLatin);

    // The sample cohort has its own 刘佳 (2024); the older year's comes after, as the list orders years.
    const jia = await value(backend, 'trainees:page', { query: '佳', limit: 50 });
    expect(jia.rows.map((r) => [r.fiscalYear, r.familyNameNative + r.givenNameNative!])).toEqual([[2024, '刘佳'], [2010, '刘佳']]);
    expect(jia.total).toBe(2);
    expect(await names({ query: '佳', yearId: olderId })).toEqual(['Jia']);
    expect(await names({ query: '시현' })).toEqual(['Sihyeon']);
    expect(await names({ query: '김시현' })).toEqual(['Sihyeon']);
    expect(await names({ query: '김', yearId: olderId })).toEqual(['Minjun', 'Sihyeon']);
    expect(await names({ query: 'अनिता', yearId: olderId })).toEqual(['Anita']);
    expect((await value(backend, 'trainees:page', { query: 'अनिता', limit: 50 })).total).toBe(2);
    // श् is two characters (a consonant and its virama): scanned, as other short queries are.
    expect(await names({ query: 'श्', yearId: olderId })).toEqual(['Anita']);
    expect(await names({ query: 'deleted' })).toEqual([]);
    const page = await value(backend, 'trainees:page', { query: 'xyz', limit: 10 });
    expect(page).toEqual({ rows: [], total: 0 });
  });

  it('answers the count and no rows past the end, and refuses a page too large', async () => {
    const { backend } = await archive();
    const total = (await value(backend, 'trainees:list', {})).length;
    expect(total).toBe(16);
    expect(await value(backend, 'trainees:page', { offset: 15, limit: 10 })).toMatchObject({ total: 16, rows: [expect.anything()] });
    expect(await value(backend, 'trainees:page', { offset: 16, limit: 10 })).toEqual({ total: 16, rows: [] });
    expect(await value(backend, 'trainees:page', { offset: 1000, limit: 10, warning: 'no_photo' })).toMatchObject({ rows: [] });
    expect(await call(backend, 'trainees:page', { offset: 0, limit: 501 })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'limit', rule: 'invalid' }] } },
    });
    expect(await call(backend, 'trainees:page', { offset: -1, limit: 10 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('carries only what a row shows', async () => {
    const { backend, yearId } = await archive();
    const [row] = (await value(backend, 'trainees:page', { yearId, limit: 1 })).rows;
    expect(Object.keys(row!).sort()).toEqual([
      'familyNameLatin', 'familyNameNative', 'fiscalYear', 'givenNameLatin', 'givenNameNative', 'hasPhoto', 'hostId', 'hostName',
      'hostNameEn', 'id', 'nameKana', 'nameLang', 'nameOrder', 'nationality', 'passportNumber', 'sendingGovernment', 'status', 'trainingField',
      'warnings',
    ]);
  });

  it('sorts by a column over every match before cutting the page, names as the language orders them', async () => {
    const { backend, olderId } = await archive();
    const countries = async (language: 'ja' | 'en', isDescending = false) => {
      const rows: string[] = [];
      for (let offset = 0; offset < 5; offset += 2) {
        const page = await value(backend, 'trainees:page', { yearId: olderId, offset, limit: 2, sort: { column: 'country', isDescending }, language });
        expect(page.total).toBe(5);
        rows.push(...page.rows.map((r) => r.nationality));
      }
      return rows;
    };
    // Japanese puts kana names before kanji ones (ネパール, ペルー, 韓国, 中国); English: China, Nepal, Peru, South Korea.
    expect(await countries('ja')).toEqual(['NP', 'PE', 'KR', 'KR', 'CN']);
    expect(await countries('en')).toEqual(['CN', 'NP', 'PE', 'KR', 'KR']);
    expect(await countries('en', true)).toEqual(['KR', 'KR', 'PE', 'NP', 'CN']);

    const years = await value(backend, 'trainees:page', { limit: 3, sort: { column: 'year', isDescending: false } });
    expect(years.rows.map((r) => r.fiscalYear)).toEqual([2010, 2010, 2010]);
    const withWarning = await value(backend, 'trainees:page', { limit: 50, warning: 'no_photo', sort: { column: 'latinName', isDescending: false } });
    const latin = withWarning.rows.map(latinName);
    expect(latin).toEqual([...latin].sort(new Intl.Collator('ja', { numeric: true }).compare));
    expect(latin.length).toBeGreaterThan(5);
    expect(withWarning.total).toBe(withWarning.rows.length);
  });

  it('sorts by every column as the whole list sorts, in both directions and languages, a page at a time', async () => {
    const { backend, yearId } = await archive();
    const [lee] = await value(backend, 'trainees:list', { yearId, query: 'lee' });
    await value(backend, 'trainees:set-photo', { id: lee!.id, photo: jpegOfSize(600, 600).toString('base64'), thumb: jpegOfSize(100, 100).toString('base64') });
    const listed = await value(backend, 'trainees:list', {});
    for (const column of TRAINEE_COLUMNS) {
      for (const language of ['ja', 'en'] as const) {
        for (const isDescending of [false, true]) {
          const sort = { column, isDescending };
          const paged = await allPages(backend, { sort, language }, 3);
          expect(paged.ids, JSON.stringify({ sort, language })).toEqual(sortTrainees(listed, sort, language).map((t) => t.id));
          expect(paged.totals).toEqual([listed.length]);
        }
      }
    }
  });
});
