import { describe, expect, it } from 'vitest';
import { call, value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';

const { device, exchange, digest } = syncingPcs('2025-03-31T00:00:00Z');

async function officeAndLaptop() {
  const office = await device('事務所PC 1', '佐藤');
  const year = await value(office, 'years:create', { fiscalYear: 2024 });
  const lee = await value(office, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'at_host',
  });
  const laptop = await device('ノートPC', '鈴木');
  await exchange(office, laptop);
  return { office, laptop, year, lee };
}

describe('completion across PCs', () => {
  it('carries a completion, a report with its file, the signer and the close to the other PC', async () => {
    const { office, laptop, year, lee } = await officeAndLaptop();
    await value(laptop, 'completion:complete', { traineeId: lee.id, completedOn: '2025-03-28' });
    await value(laptop, 'completion:attach-report', {
      traineeId: lee.id, kind: 'final_report', fileName: '最終報告書.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });
    await value(laptop, 'completion:set-signer', { organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長', nameJa: '岡本 保' });
    await value(laptop, 'completion:close-year', { yearId: year.id });
    await exchange(laptop, office);

    const there = await value(office, 'completion:trainee', { traineeId: lee.id });
    expect(there).toMatchObject({ status: 'completed', completedOn: '2025-03-28', isYearClosed: true });
    expect(there.reports[0]).toMatchObject({ receivedOn: '2025-03-31', file: { name: '最終報告書.pdf' } });
    expect((await value(office, 'completion:report-file', { traineeId: lee.id, kind: 'final_report' })).dataBase64).toBe(Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'));
    expect((await value(office, 'completion:signer', {})).nameJa).toBe('岡本 保');
    const history = (await value(office, 'completion:year', { yearId: year.id })).history;
    expect(history).toEqual([expect.objectContaining({ action: 'closed', author: '鈴木' })]);
    // Closed there too: the office cannot change it either.
    expect(await call(office, 'completion:undo', { traineeId: lee.id })).toMatchObject({ ok: false, error: { code: 'year_closed' } });
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('still applies a change made on a PC that had not seen the close yet', async () => {
    const { office, laptop, year, lee } = await officeAndLaptop();
    await value(office, 'completion:complete', { traineeId: lee.id, completedOn: null });
    await value(office, 'completion:close-year', { yearId: year.id });
    // The laptop had not heard of the close: it records the final report.
    await value(laptop, 'completion:set-report', { traineeId: lee.id, kind: 'final_report', isReceived: true, receivedOn: '2025-03-30' });
    await exchange(laptop, office);
    expect((await value(office, 'completion:trainee', { traineeId: lee.id })).reports[0]?.receivedOn).toBe('2025-03-30');
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    expect((await value(laptop, 'completion:trainee', { traineeId: lee.id })).isYearClosed).toBe(true);
  });
});
