import { describe, expect, it } from 'vitest';
import { call, memoryBackend, tableCount, value } from '../../test/backend';

/** A demand survey tally as the office keeps it: UTF-8 with BOM, Japanese headers. */
const TALLY = [
  '団体コード,団体名,希望人数,希望国,研修分野,期間,担当部署,担当者,電話',
  '442119,大分県宇佐市,1,韓国,一般行政,10,国際交流課,宇佐 花子,0978-32-1111',
  ',東近江市,２人,中国,,12,,,',
  ',府中市,1,,,,,,',
  '999999,,1,,,,,,',
  ',鳥取市,0,,,,,,',
  ',高松市,1,アトランティス,,,,,',
].join('\r\n');

async function scenario() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2025 });
  const usa = await value(backend, 'hosts:create', { code: '442119' });
  const file = { yearId: year.id, fileName: 'survey.csv', dataBase64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TALLY)]).toString('base64') };
  return { backend, year, usa, file };
}

describe('importing the demand survey tally', () => {
  it('finds municipalities by code or name, and explains unknown, ambiguous and bad rows', async () => {
    const { backend, file } = await scenario();
    const preview = await value(backend, 'imports:survey-preview', file);
    expect(preview.rows.map((r) => [r.row, r.kind, r.name])).toEqual([
      [2, 'new', '大分県宇佐市'],
      [3, 'new', '滋賀県東近江市'],
      [4, 'error', '府中市'],
      [5, 'error', '999999'],
      [6, 'error', '鳥取県鳥取市'],
      [7, 'error', '香川県高松市'],
    ]);
    expect(preview.rows.filter((r) => r.kind === 'error').map((r) => r.errors.map((e) => `${e.column}:${e.rule}`))).toEqual([
      ['団体名:ambiguous_municipality'],
      ['団体コード:unknown_municipality'],
      ['希望人数:out_of_range_count'],
      ['希望国:unknown_country'],
    ]);
    expect(tableCount(backend, 'survey_answers')).toBe(0);
  });

  it('makes hosts from the reference list, saves contacts and answers, and is undone as a whole', async () => {
    const { backend, year, usa, file } = await scenario();
    const applied = await value(backend, 'imports:survey-apply', file);
    expect(applied).toMatchObject({ created: 2, updated: 0 });
    const answers = await value(backend, 'survey:list', { yearId: year.id });
    expect(answers.map((a) => [a.hostName, a.requestedCount, a.preferredCountry, a.periodMonths, a.status])).toEqual([
      ['滋賀県東近江市', 2, 'CN', 12, 'received'],
      ['大分県宇佐市', 1, 'KR', 10, 'received'],
    ]);
    expect((await value(backend, 'hosts:get', { id: usa.id })).host).toMatchObject({ department: '国際交流課', contactName: '宇佐 花子', contactPhone: '0978-32-1111' });
    expect((await value(backend, 'hosts:list', {})).map((h) => h.nameEn)).toContain('Higashiomi City');
    expect((await value(backend, 'imports:survey-preview', file)).counts).toMatchObject({ new: 0, unchanged: 2 });

    await value(backend, 'imports:undo', { id: applied.importId });
    expect(await value(backend, 'survey:list', { yearId: year.id })).toEqual([]);
    expect((await value(backend, 'hosts:list', {})).map((h) => h.nameJa)).toEqual(['宇佐市']);
    expect((await value(backend, 'hosts:get', { id: usa.id })).host.contactName).toBeNull();
  });

  it('a list of hosts and contacts only makes hosts and updates contacts, with no survey answer', async () => {
    const { backend, year, usa, file } = await scenario();
    const hosts = ['団体名,担当部署,担当者,電話,メール', '宇佐市,国際政策課,宇佐 太郎,0978-32-2222,kokusai@example.jp', '滋賀県東近江市,国際協会,近江 花子,0748-00-0000,', '高松市,,,,bad@'].join('\r\n');
    const list = { ...file, dataBase64: Buffer.from(hosts).toString('base64') };
    const preview = await value(backend, 'imports:survey-preview', list);
    expect(preview.rows.map((r) => [r.name, r.kind, r.errors.map((e) => `${e.column}:${e.rule}`)])).toEqual([
      ['大分県宇佐市', 'update', []],
      ['滋賀県東近江市', 'new', []],
      ['香川県高松市', 'error', ['メール:invalid_email']],
    ]);
    expect(await value(backend, 'imports:survey-apply', list)).toMatchObject({ created: 1, updated: 1 });
    expect((await value(backend, 'hosts:get', { id: usa.id })).host).toMatchObject({ department: '国際政策課', contactEmail: 'kokusai@example.jp' });
    expect((await value(backend, 'hosts:list', {})).find((h) => h.nameJa === '東近江市')).toMatchObject({ contactName: '近江 花子' });
    expect(await value(backend, 'survey:list', { yearId: year.id })).toEqual([]);
  });

  it('finds the training field however the tally writes it: case and width aside', async () => {
    const { backend, year, file } = await scenario();
    const field = (await value(backend, 'training-fields:list', {})).find((f) => f.nameJa === '一般行政')!;
    const tally = ['団体名,希望人数,研修分野', '宇佐市,1,GENERAL ADMINISTRATION', '滋賀県東近江市,1,ｇｅｎｅｒａｌ　ａｄｍｉｎｉｓｔｒａｔｉｏｎ', '高松市,1,宇宙開発'].join('\r\n');
    const list = { ...file, dataBase64: Buffer.from(tally).toString('base64') };
    const preview = await value(backend, 'imports:survey-preview', list);
    expect(preview.rows.map((r) => [r.name, r.kind, r.errors.map((e) => `${e.column}:${e.rule}`)])).toEqual([
      ['大分県宇佐市', 'new', []],
      ['滋賀県東近江市', 'new', []],
      ['香川県高松市', 'error', ['研修分野:unknown_training_field']],
    ]);
    await value(backend, 'imports:survey-apply', list);
    expect((await value(backend, 'survey:list', { yearId: year.id })).map((a) => a.trainingField?.id)).toEqual([field.id, field.id]);
  });

  it('refuses a list without the municipality, or with nothing to bring for it', async () => {
    const { backend, file } = await scenario();
    for (const csv of ['備考,電話\r\nx,0978-32-1111\r\n', '団体名,備考\r\n宇佐市,x\r\n']) {
      const result = await call(backend, 'imports:survey-preview', { ...file, dataBase64: Buffer.from(csv).toString('base64') });
      expect(result.ok ? null : result.error.code).toBe('import_no_columns');
    }
  });
});
