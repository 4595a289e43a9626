import { describe, expect, it } from 'vitest';
import { value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';

const { device, exchange, digest } = syncingPcs('2027-02-20T00:00:00Z');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

describe('alumni records across PCs', () => {
  it('carries careers, contacts, activities and reports (photo included) both ways, and two PCs setting the contact of one person make one record', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const year = await value(office, 'years:create', { fiscalYear: 2015 });
    const lee = await value(office, 'trainees:create', {
      yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
    });
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);

    await value(office, 'alumni:create-career', { traineeId: lee.id, position: '国際協力課長', organisation: '慶州市役所', startsOn: '2024-01-01' });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: 'seoyeon@example.kr' });
    const report = await value(office, 'alumni:create-report', { traineeId: lee.id, kind: 'trainee_report', title: '宇佐市での研修', textJa: '本文', fiscalYear: 2015 });
    await value(office, 'alumni:set-report-photo', { id: report.id, dataBase64: JPEG.toString('base64') });
    // Meanwhile, on the laptop: a delegation, and the last contact (the same person's contact row).
    await value(laptop, 'alumni:create-activity', { traineeId: lee.id, kind: 'delegation', happenedOn: '2025-10-10', title: '慶州市訪問団' });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });

    await exchange(office, laptop);
    await exchange(laptop, office);
    expect(await digest(office)).toBe(await digest(laptop));
    for (const b of [office, laptop]) {
      const record = await value(b, 'alumni:trainee', { traineeId: lee.id });
      expect(record.careers).toMatchObject([{ position: '国際協力課長' }]);
      expect(record.activities).toMatchObject([{ kind: 'delegation', title: '慶州市訪問団' }]);
      expect(record.reports).toMatchObject([{ title: '宇佐市での研修', hasPhoto: true }]);
      expect(await value(b, 'alumni:report-photo', { id: report.id })).toEqual({ mime: 'image/jpeg', dataBase64: JPEG.toString('base64') });
      expect(b.ctx.db.prepare('SELECT COUNT(*) FROM alumni_contacts').pluck().get()).toBe(1);
    }
    // Who wrote what, on either PC, in the history.
    const history = await value(office, 'alumni:history', { traineeId: lee.id });
    expect(history).toContainEqual(expect.objectContaining({ record: 'activity', op: 'insert', author: '鈴木', field: 'title', newValue: '慶州市訪問団' }));
    expect(history).toContainEqual(expect.objectContaining({ record: 'career', op: 'insert', author: '佐藤', field: 'position', newValue: '国際協力課長' }));
  });
});
