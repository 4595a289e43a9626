import { describe, expect, it } from 'vitest';
import { value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';

const { device, exchange, digest } = syncingPcs('2028-02-20T00:00:00Z');

/** The office PC with a year and a trainee with a return flight, and a laptop set up from it. */
async function officeAndLaptop() {
  const office = await device('事務所PC 1', '佐藤');
  const year = await value(office, 'years:create', { fiscalYear: 2027 });
  const lee = await value(office, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'at_host',
  });
  await value(office, 'flights:create', {
    traineeId: lee.id, kind: 'return', flightNumber: 'KE 788', fromAirport: 'FUK', toAirport: 'ICN', departsLocal: '2028-03-20T10:00', arrivesLocal: '2028-03-20T11:30',
  } as never);
  const template = await value(office, 'departures:template', {});
  const laptop = await device('ノートPC', '鈴木');
  await exchange(office, laptop);
  const item = (nameJa: string) => template.find((i) => i.nameJa === nameJa)!;
  return { office, laptop, year, lee, item };
}

describe('the departure checklist across PCs', () => {
  it('merges changes to different tasks of a trainee and a template edit made on two PCs', async () => {
    const { office, laptop, year, lee, item } = await officeAndLaptop();
    expect(await digest(laptop)).toBe(await digest(office));
    await value(office, 'departures:set-status', { traineeId: lee.id, itemId: item('転出届').id, status: 'done', note: null });
    await value(laptop, 'departures:set-status', { traineeId: lee.id, itemId: item('銀行口座の解約').id, status: 'in_progress', note: '窓口予約済み' });
    await value(laptop, 'departures:template-create', { nameJa: '送別会', nameEn: 'Farewell party', offsetDays: -5 });

    expect((await exchange(laptop, office)).conflicts).toBe(0);
    expect((await exchange(office, laptop)).conflicts).toBe(0);
    expect(await digest(office)).toBe(await digest(laptop));
    for (const b of [office, laptop]) {
      const tasks = (await value(b, 'departures:trainee', { traineeId: lee.id })).departure.tasks;
      expect(tasks.find((t) => t.itemId === item('転出届').id)).toMatchObject({ status: 'done', changedBy: '佐藤', dueOn: '2028-03-06' });
      expect(tasks.find((t) => t.itemId === item('銀行口座の解約').id)).toMatchObject({ status: 'in_progress', changedBy: '鈴木', note: '窓口予約済み' });
      expect((await value(b, 'departures:year', { yearId: year.id })).items.map((i) => i.nameJa)).toContain('送別会');
    }
  });

  it('makes the same task changed on both PCs one record, a conflict settled everywhere by the choice', async () => {
    const { office, laptop, lee, item } = await officeAndLaptop();
    const card = item('在留カードの返納（出国時・空港）').id;
    await value(office, 'departures:set-status', { traineeId: lee.id, itemId: card, status: 'done', note: null });
    await value(laptop, 'departures:set-status', { traineeId: lee.id, itemId: card, status: 'not_needed', note: null });

    expect((await exchange(laptop, office)).conflicts).toBe(1);
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    const [conflict] = await value(office, 'sync:conflicts', {});
    expect(conflict).toMatchObject({ kind: 'field', table: 'trainee_departure_tasks', field: 'status' });
    await value(office, 'sync:resolve', { id: conflict!.id, choice: conflict!.kept.value === 'done' ? 'kept' : 'other' });
    await exchange(office, laptop);
    for (const b of [office, laptop]) {
      expect((await value(b, 'departures:trainee', { traineeId: lee.id })).departure.tasks.find((t) => t.itemId === card)?.status).toBe('done');
    }
    expect(await digest(office)).toBe(await digest(laptop));
  });
});
