import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, memoryBackend, value } from '../../test/backend';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

function backend(): Backend {
  const b = memoryBackend();
  backends.push(b);
  return b;
}

const GENERAL = '00000000-0000-7000-8000-000000000001';
const AGRICULTURE = '00000000-0000-7000-8000-000000000003';

type Status = 'applicant' | 'selected' | 'arrived' | 'completed' | 'withdrawn';

async function trainee(b: Backend, yearId: string, nationality: string, status: Status, extra: Record<string, unknown> = {}) {
  return value(b, 'trainees:create', {
    yearId, familyNameLatin: `T${Math.random().toString(36).slice(2, 8)}`, givenNameLatin: 'A', nameLang: 'en', nameOrder: 'given_first', nationality, status, trainingFieldId: GENERAL, ...extra,
  });
}

/** Two years: Korea, China, 台湾 and Nepal; a withdrawn trainee who had come, one who had not, and an applicant. */
async function fixture(b: Backend) {
  const y2023 = await value(b, 'years:create', { fiscalYear: 2023 });
  const y2024 = await value(b, 'years:create', { fiscalYear: 2024 });
  const usa = await value(b, 'hosts:create', { code: '442119' }); // 大分県宇佐市
  const sapporo = await value(b, 'hosts:create', { code: '011002' }); // 北海道札幌市
  const kr1 = await trainee(b, y2023.id, 'KR', 'completed');
  const tw = await trainee(b, y2023.id, 'TW', 'completed', { trainingFieldId: AGRICULTURE });
  await trainee(b, y2023.id, 'CN', 'completed', { trainingFieldId: null });
  const kr2 = await trainee(b, y2024.id, 'KR', 'completed');
  // Withdrew in July after starting at the host in June: came, so counted.
  const np = await trainee(b, y2024.id, 'NP', 'withdrawn', { statusChangedOn: '2024-07-10', withdrawnReason: '家庭の事情' });
  // Withdrew in March, before the year's arrival (the default milestone, in May): never came.
  await trainee(b, y2024.id, 'VN', 'withdrawn', { statusChangedOn: '2024-03-01', withdrawnReason: '辞退' });
  await trainee(b, y2024.id, 'PE', 'applicant');
  await value(b, 'assignments:create', { yearId: y2023.id, traineeId: kr1.id, hostId: usa.id, startsOn: '2023-06-20', endsOn: '2024-03-10' });
  await value(b, 'assignments:create', { yearId: y2023.id, traineeId: tw.id, hostId: sapporo.id, startsOn: '2023-06-20', endsOn: '2024-03-10' });
  await value(b, 'assignments:create', { yearId: y2024.id, traineeId: kr2.id, hostId: usa.id, startsOn: '2024-06-20', endsOn: '2025-03-10' });
  await value(b, 'assignments:create', { yearId: y2024.id, traineeId: np.id, hostId: sapporo.id, startsOn: '2024-06-20', endsOn: '2025-03-10' });
}

describe('statistics (受入実績)', () => {
  it('counts by country × fiscal year, with a region and a withdrawn trainee who had come, and the totals', async () => {
    const b = backend();
    await fixture(b);
    const s = await value(b, 'statistics:summary', { fromYear: null, toYear: null });
    expect(s.years).toEqual([2023, 2024]);
    const row = (key: string) => s.byCountry.rows.find((r) => r.key === key);
    expect(row('KR')).toMatchObject({ counts: [1, 1], total: 2 });
    expect(row('TW')).toMatchObject({ counts: [1, 0], total: 1 });
    expect(row('CN')).toMatchObject({ counts: [1, 0], total: 1 });
    expect(row('NP')).toMatchObject({ counts: [0, 1], total: 1 });
    expect(row('VN')).toBeUndefined(); // withdrew before coming
    expect(row('PE')).toBeUndefined(); // an applicant has not come
    expect(s.byCountry.totals).toEqual([3, 2]);
    expect(s.byCountry.total).toBe(5);
    expect(s.withdrawnCounted).toBe(1);
    expect(s.notCounted).toBe(2);
  });

  it('computes the headline from the records: 台湾 is a region, not a country', async () => {
    const b = backend();
    await fixture(b);
    const s = await value(b, 'statistics:summary', { fromYear: null, toYear: null });
    expect(s.headline).toEqual({ countries: 3, regions: 1, trainees: 5 });
    const only2024 = await value(b, 'statistics:summary', { fromYear: 2024, toYear: 2024 });
    expect(only2024.headline).toEqual({ countries: 2, regions: 0, trainees: 2 });
    expect(only2024.years).toEqual([2024]);
  });

  it('counts by host prefecture in the official order and by field, trainees without a host or field as not recorded', async () => {
    const b = backend();
    await fixture(b);
    const s = await value(b, 'statistics:summary', { fromYear: null, toYear: null });
    expect(s.byPrefecture.rows.map((r) => [r.key, r.total])).toEqual([['北海道', 2], ['大分県', 2], [null, 1]]);
    expect(s.byField.rows.map((r) => [r.nameJa, r.total])).toEqual([['一般行政', 3], ['農林水産業', 1], [null, 1]]);
    expect(s.byField.totals).toEqual(s.byCountry.totals);
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await call(backend(), 'statistics:summary', { fromYear: 2024, toYear: 2020 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('exports the three tables to Excel, countries in 五十音順 with the totals', async () => {
    const b = backend();
    await fixture(b);
    const file = await value(b, 'statistics:export', { fromYear: null, toYear: null, language: 'ja' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['国・地域別', '受入団体の都道府県別', '研修分野別']);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['国・地域', '2023', '2024', '合計']);
    // 韓国 (カンコク), 台湾 (タイワン), 中国 (チュウゴク), ネパール
    expect(rows.slice(1).map((r) => r[0])).toEqual(['韓国', '台湾', '中国', 'ネパール', '合計']);
    expect(rows.at(-1)).toEqual(['合計', 3, 2, 5]);
  });
});
