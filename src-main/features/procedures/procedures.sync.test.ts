import { describe, expect, it } from 'vitest';
import { value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';

const { device, exchange, digest } = syncingPcs('2027-02-20T00:00:00Z');

/** The office PC with a year, a trainee and the year's checklist, and a laptop set up from it. */
async function officeAndLaptop() {
  const office = await device('事務所PC 1', '佐藤');
  const year = await value(office, 'years:create', { fiscalYear: 2027 });
  const lee = await value(office, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
  });
  const grid = await value(office, 'procedures:start-year', { yearId: year.id });
  const laptop = await device('ノートPC', '鈴木');
  await exchange(office, laptop);
  const item = (nameJa: string) => grid.items.find((i) => i.nameJa === nameJa)!;
  return { office, laptop, year, lee, item };
}

describe('the checklist across PCs', () => {
  it('merges changes to different items of the same trainee made on two PCs', async () => {
    const { office, laptop, year, lee, item } = await officeAndLaptop();
    expect(await digest(laptop)).toBe(await digest(office));
    await value(office, 'procedures:set-status', { traineeId: lee.id, itemId: item('研修実施予定表').id, status: 'requested', note: null });
    await value(laptop, 'procedures:set-status', { traineeId: lee.id, itemId: item('履歴書').id, status: 'received', note: '原本は郵送' });
    await value(laptop, 'procedures:attach-file', {
      traineeId: lee.id, itemId: item('履歴書').id, fileName: '履歴書.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });

    expect((await exchange(laptop, office)).conflicts).toBe(0);
    expect((await exchange(office, laptop)).conflicts).toBe(0);
    expect(await digest(office)).toBe(await digest(laptop));
    for (const b of [office, laptop]) {
      const cells = (await value(b, 'procedures:trainee', { traineeId: lee.id })).cells;
      expect(cells.find((c) => c.itemId === item('研修実施予定表').id)).toMatchObject({ status: 'requested', changedBy: '佐藤' });
      expect(cells.find((c) => c.itemId === item('履歴書').id)).toMatchObject({ status: 'received', note: '原本は郵送', file: { name: '履歴書.pdf' } });
    }
    expect(await value(office, 'sync:conflicts', {})).toEqual([]);
    expect((await value(laptop, 'procedures:year', { yearId: year.id })).items).toHaveLength(13);
  });

  it('makes the same item changed on both PCs a conflict shown to a person, settled everywhere by the choice', async () => {
    const { office, laptop, lee, item } = await officeAndLaptop();
    const coe = item('在留資格認定証明書（COE）交付').id;
    await value(office, 'procedures:set-status', { traineeId: lee.id, itemId: coe, status: 'done', note: null });
    await value(laptop, 'procedures:set-status', { traineeId: lee.id, itemId: coe, status: 'incomplete', note: null });

    expect((await exchange(laptop, office)).conflicts).toBe(1);
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    const [conflict] = await value(office, 'sync:conflicts', {});
    expect(conflict).toMatchObject({
      kind: 'field', table: 'trainee_procedures', field: 'status',
      kept: { value: 'incomplete', author: '鈴木', deviceName: 'ノートPC' },
      other: { value: 'done', author: '佐藤', deviceName: '事務所PC 1' },
    });
    expect(conflict!.record).toBe('이 서연 · LEE Seoyeon — 在留資格認定証明書（COE）交付');

    await value(office, 'sync:resolve', { id: conflict!.id, choice: 'other' });
    await exchange(office, laptop);
    for (const b of [office, laptop]) {
      expect((await value(b, 'procedures:trainee', { traineeId: lee.id })).cells.find((c) => c.itemId === coe)?.status).toBe('done');
      expect(await value(b, 'sync:conflicts', {})).toEqual([]);
    }
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('gives two PCs that make the same year checklist the same items', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const year = await value(office, 'years:create', { fiscalYear: 2027 });
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    await value(office, 'procedures:start-year', { yearId: year.id });
    await value(laptop, 'procedures:start-year', { yearId: year.id });
    expect((await exchange(laptop, office)).conflicts).toBe(0);
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    expect((await value(office, 'procedures:year', { yearId: year.id })).items).toHaveLength(13);
  });
});
