import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';
import { addConflict } from './sync.repo';

const { device, exchange } = syncingPcs('2026-11-26T00:00:00Z');

async function edit(b: Backend, id: string, changes: Record<string, string>) {
  const current = await value(b, 'trainees:get', { id });
  return value(b, 'trainees:update', { ...current, ...changes } as never);
}

async function officeWithTrainee() {
  const office = await device('事務所PC 1');
  const year = await value(office, 'years:create', { fiscalYear: 2026 });
  const kim = await value(office, 'trainees:create', {
    yearId: year.id, familyNameNative: '김', givenNameNative: '민지', familyNameLatin: 'KIM', givenNameLatin: 'Minji',
    nameKana: 'キム ミンジ', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected', passportNumber: 'M12345678',
  });
  return { office, kim };
}

describe('sync:conflicts and personal data', () => {
  it('masks a passport number in conflict unless asked, and choosing a side still writes the real number everywhere', async () => {
    const { office, kim } = await officeWithTrainee();
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    await edit(office, kim.id, { passportNumber: 'TK1234578' });
    await edit(laptop, kim.id, { passportNumber: 'TK9876543' });
    expect((await exchange(laptop, office)).conflicts).toBe(1);

    const [masked] = await value(office, 'sync:conflicts', {});
    expect(masked).toMatchObject({ kind: 'field', table: 'trainees', field: 'passport_number', kept: { value: 'TK98•••43' }, other: { value: 'TK12•••78' } });
    expect(JSON.stringify(masked)).not.toMatch(/TK1234578|TK9876543/);
    expect(await value(office, 'sync:conflicts', { revealIdentifiers: false })).toEqual([masked]);

    const [full] = await value(office, 'sync:conflicts', { revealIdentifiers: true });
    expect(full).toMatchObject({ kept: { value: 'TK9876543' }, other: { value: 'TK1234578' } });

    // The choice is made on the masked screen: what is written is the number, never its mask.
    await value(office, 'sync:resolve', { id: masked!.id, choice: 'other' });
    expect((await value(office, 'trainees:get', { id: kim.id })).passportNumber).toBe('TK1234578');
    await exchange(office, laptop);
    expect((await value(laptop, 'trainees:get', { id: kim.id })).passportNumber).toBe('TK1234578');
    expect(await value(laptop, 'sync:conflicts', {})).toEqual([]);
  });

  it('leaves a field conflict on an ordinary field as it is', async () => {
    const { office, kim } = await officeWithTrainee();
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    await edit(office, kim.id, { notes: 'ハラール食を手配済み' });
    await edit(laptop, kim.id, { notes: '成田で車椅子の用意' });
    await exchange(laptop, office);
    const [conflict] = await value(office, 'sync:conflicts', {});
    expect(conflict).toMatchObject({ kept: { value: '成田で車椅子の用意' }, other: { value: 'ハラール食を手配済み' } });
  });

  it('masks the identifiers of a deleted trainee in conflict and leaves its 要配慮 items out of the summary', async () => {
    const office = await device('事務所PC 1');
    const record = {
      id: '0b6f3d2e-7c1a-4d5e-9f80-1a2b3c4d5e6f', family_name_latin: 'KIM', given_name_latin: 'Minji', passport_number: 'TK1234578',
      residence_card_number: 'AB12345678CD', medical_notes: '喘息（吸入薬を携帯）', allergies: 'そば', religious_needs: '金曜礼拝', notes: '成田で車椅子の用意',
    };
    const hlc = `${String(Date.parse('2026-11-26T01:00:00Z')).padStart(15, '0')}-0000-other-device`;
    addConflict(office.ctx.db, {
      id: 'c0ffee00-0000-4000-8000-000000000001', kind: 'deleted', table_name: 'trainees', row_id: record.id, field: null,
      kept_value: null, kept_hlc: hlc, kept_author: '佐藤', other_value: JSON.stringify(record), other_hlc: hlc, other_author: '鈴木', snapshot: null,
      created_at: '2026-11-26T01:00:00.000Z',
    });

    const [masked] = await value(office, 'sync:conflicts', {});
    expect(masked!.other.value).toBe('KIM / Minji / TK12•••78 / AB12••••••CD / 成田で車椅子の用意');
    const [full] = await value(office, 'sync:conflicts', { revealIdentifiers: true });
    expect(full!.other.value).toBe('KIM / Minji / TK1234578 / AB12345678CD / 成田で車椅子の用意');
    for (const shown of [masked, full]) expect(JSON.stringify(shown)).not.toMatch(/喘息|そば|金曜礼拝/);
  });
});
