import { describe, expect, it } from 'vitest';
import { CLOSE_OUT_TRAINEE_COLUMNS } from '@shared/contract/field-classes';
import { latinName } from '@shared/contract/names';
import { deleteRow, updateRow } from '../../db/rows';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { jpegOfSize } from '../../test/jpeg';
import type { Ctx } from '../context';
import { addYears, returnDate } from './retention';
import { closeOutYear, previewCloseOut, type EraseTraineeColumns } from './retention.service';

// The tests' clock: 2026-11-26 in Japan.
const held = { passportNumber: 'TK1234578', residenceCardNumber: 'AB12345678CD', medicalNotes: '喘息', religiousNeeds: '礼拝の時間', allergies: 'そば' };

async function oldYears() {
  const backend = memoryBackend();
  await value(backend, 'settings:update', { staffName: '山田 花子' });
  // FY2018: everyone went home by 2019-05-31, so past five years by 2024-05-31.
  const fy2018 = await value(backend, 'years:create', { fiscalYear: 2018 });
  // FY2021: the year's return ends 2022-05-31 (kept until 2027-05-31); one trainee flew home early, on 2021-07-01.
  const fy2021 = await value(backend, 'years:create', { fiscalYear: 2021 });
  const person = (family: string, given: string, nationality: string) => ({
    familyNameLatin: family, givenNameLatin: given, nameLang: 'en' as const, nameOrder: 'given_first' as const, nationality, status: 'completed' as const, ...held,
  });
  const ana = await value(backend, 'trainees:create', { yearId: fy2018.id, ...person('SILVA', 'Ana', 'BR') });
  const ben = await value(backend, 'trainees:create', { yearId: fy2018.id, ...person('OKAFOR', 'Ben', 'NG'), medicalNotes: null });
  await value(backend, 'trainees:set-photo', { id: ana.id, photo: jpegOfSize(420, 540).toString('base64'), thumb: jpegOfSize(70, 90).toString('base64') });
  const early = await value(backend, 'trainees:create', { yearId: fy2021.id, ...person('NGUYEN', 'Lan', 'VN'), status: 'withdrawn', withdrawnReason: '家族の事情' });
  const stays = await value(backend, 'trainees:create', { yearId: fy2021.id, ...person('KIM', 'Jisoo', 'KR') });
  await value(backend, 'flights:create', {
    traineeId: early.id, kind: 'return', flightNumber: 'VN 301', fromAirport: 'NRT', toAirport: 'SGN', departsLocal: '2021-07-01T10:00', arrivesLocal: '2021-07-01T14:30',
  });
  return { backend, fy2018, fy2021, ana, ben, early, stays };
}

/** Stands in for features/erasure in these tests: what the close-out asked for, and the columns set to NULL. */
function recordingEraser() {
  const calls: Array<Parameters<EraseTraineeColumns>> = [];
  const erase: EraseTraineeColumns = (ctx: Ctx, ids, columns, options) => {
    calls.push([ctx, ids, columns, options]);
    ctx.db.transaction(() => {
      for (const id of ids) {
        updateRow(ctx, 'trainees', id, Object.fromEntries(columns.map((c) => [c, null])));
        if (options.photo) deleteRow(ctx, 'trainee_photos', id);
      }
    })();
    return { trainees: ids.length, backupsRewritten: 3, backupsFailed: [] };
  };
  return { erase, calls };
}

describe('retention rules', () => {
  it('adds years, the 29th of February becoming the 28th', () => {
    expect(addYears('2019-05-31', 5)).toBe('2024-05-31');
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('takes the return flight when there is one, else the end of the year\'s return period', () => {
    const milestone = { startsOn: '2024-11-01', endsOn: '2025-05-31' };
    expect(returnDate('2025-03-20T10:00', milestone, 2024)).toEqual({ returnedOn: '2025-03-20', returnSource: 'return_flight' });
    expect(returnDate(null, milestone, 2024)).toEqual({ returnedOn: '2025-05-31', returnSource: 'year_milestone' });
    expect(returnDate(null, null, 2024)).toEqual({ returnedOn: '2025-03-31', returnSource: 'year_milestone' });
  });
});

describe('retention setting', () => {
  it('is five years until the office sets it, and is a shared record (it travels to the other PCs)', async () => {
    const backend = memoryBackend();
    expect(await value(backend, 'retention:get', {})).toEqual({ years: 5, isSet: false });
    expect(await value(backend, 'retention:set', { years: 7 })).toEqual({ years: 7, isSet: true });
    expect(await value(backend, 'retention:set', { years: 6 })).toEqual({ years: 6, isSet: true });
    expect(tableCount(backend, 'retention_policy')).toBe(1);
    const logged = backend.ctx.db.prepare("SELECT op FROM change_log WHERE table_name = 'retention_policy' ORDER BY hlc").pluck().all();
    expect(logged).toEqual(['insert', 'update']);
    const bad = await call(backend, 'retention:set', { years: 0 });
    expect(bad.ok || bad.error.params?.issues).toEqual([{ field: 'years', rule: 'out_of_range' }]);
  });
});

describe('close-out of a year', () => {
  it('previews who is past retention, what they hold, and who is kept', async () => {
    const { backend, fy2018, fy2021, ana, ben, early, stays } = await oldYears();
    const old = await value(backend, 'retention:preview', { yearId: fy2018.id });
    expect(old).toMatchObject({ fiscalYear: 2018, retentionYears: 5, today: '2026-11-26', kept: [], alreadyErased: 0, photos: 1 });
    expect(old.toErase.map((t) => latinName(t))).toEqual(['Ben OKAFOR', 'Ana SILVA']);
    expect(old.toErase.find((t) => t.id === ana.id)).toMatchObject({ returnedOn: '2019-05-31', returnSource: 'year_milestone', keptUntil: '2024-05-31', hasPhoto: true });
    expect(old.toErase.find((t) => t.id === ben.id)?.fields).toEqual(['passportNumber', 'residenceCardNumber', 'allergies', 'religiousNeeds']);
    expect(old.fields).toEqual(['passportNumber', 'residenceCardNumber', 'medicalNotes', 'allergies', 'religiousNeeds']);

    const mixed = await value(backend, 'retention:preview', { yearId: fy2021.id });
    expect(mixed.toErase.map((t) => [t.id, t.returnedOn, t.returnSource, t.keptUntil])).toEqual([[early.id, '2021-07-01', 'return_flight', '2026-07-01']]);
    expect(mixed.kept.map((t) => [t.id, t.keptUntil])).toEqual([[stays.id, '2027-05-31']]);

    // A longer rule keeps everyone of 2021.
    await value(backend, 'retention:set', { years: 10 });
    expect((await value(backend, 'retention:preview', { yearId: fy2021.id })).toErase).toEqual([]);
  });

  it('erases only those past retention, keeps the statistical record, writes one disposal record; a second close-out finds nothing', async () => {
    const { backend, fy2021, early, stays } = await oldYears();
    const { erase, calls } = recordingEraser();
    const preview = previewCloseOut(backend.ctx, fy2021.id);
    // The person confirmed both the one past retention and (by mistake) one still kept: only the first is erased.
    const record = closeOutYear(backend.ctx, { yearId: fy2021.id, traineeIds: [early.id, stays.id] }, erase);
    expect(calls).toHaveLength(1);
    expect(calls[0]![1]).toEqual([early.id]);
    expect(calls[0]![2]).toEqual([...CLOSE_OUT_TRAINEE_COLUMNS]);
    expect(calls[0]![3]).toEqual({ photo: false, reason: 'close-out' });
    expect(record).toMatchObject({
      yearId: fy2021.id, fiscalYear: 2021, carriedOutBy: '山田 花子', traineeCount: 1, photoCount: 0, retentionYears: 5, backupsRewritten: 3, backupsFailed: [],
      items: preview.toErase[0]!.fields.map((field) => ({ field, people: 1 })),
    });
    expect(record.carriedOutAt).toBe('2026-11-26T03:00:00.000Z');

    const erased = await value(backend, 'trainees:get', { id: early.id });
    expect(erased).toMatchObject({ passportNumber: null, residenceCardNumber: null, medicalNotes: null, religiousNeeds: null, allergies: null });
    expect(erased).toMatchObject({ familyNameLatin: 'NGUYEN', givenNameLatin: 'Lan', nationality: 'VN', status: 'withdrawn', yearId: fy2021.id });
    expect(await value(backend, 'trainees:get', { id: stays.id })).toMatchObject({ passportNumber: 'TK1234578', medicalNotes: '喘息' });

    expect(await value(backend, 'retention:records', { yearId: fy2021.id })).toEqual([record]);
    expect(await value(backend, 'retention:record', { id: record.id })).toEqual(record);
    expect(backend.ctx.db.prepare("SELECT op FROM change_log WHERE table_name = 'disposal_records'").pluck().all()).toEqual(['insert']);

    const again = previewCloseOut(backend.ctx, fy2021.id);
    expect(again).toMatchObject({ toErase: [], alreadyErased: 1 });
    expect(() => closeOutYear(backend.ctx, { yearId: fy2021.id, traineeIds: [early.id] }, erase)).toThrow(expect.objectContaining({ code: 'close_out_nothing' }));
    expect(calls).toHaveLength(1);
    expect(tableCount(backend, 'disposal_records')).toBe(1);
  });

  it('erases photos with the rest, and asks for the staff name first (the record names who did it)', async () => {
    const { backend, fy2018, ana, ben } = await oldYears();
    const { erase, calls } = recordingEraser();
    await value(backend, 'settings:update', { staffName: null });
    expect(() => closeOutYear(backend.ctx, { yearId: fy2018.id, traineeIds: [ana.id, ben.id] }, erase)).toThrow(expect.objectContaining({ code: 'staff_name_required' }));
    expect(calls).toHaveLength(0);
    await value(backend, 'settings:update', { staffName: '山田 花子' });
    const record = closeOutYear(backend.ctx, { yearId: fy2018.id, traineeIds: [ana.id, ben.id] }, erase);
    expect(calls[0]![3]).toEqual({ photo: true, reason: 'close-out' });
    expect(record).toMatchObject({ traineeCount: 2, photoCount: 1 });
    // Ben has no medical notes: each kind counts the people who held it.
    expect(record.items).toEqual([
      { field: 'passportNumber', people: 2 }, { field: 'residenceCardNumber', people: 2 }, { field: 'medicalNotes', people: 1 },
      { field: 'allergies', people: 2 }, { field: 'religiousNeeds', people: 2 },
    ]);
    expect(tableCount(backend, 'trainee_photos')).toBe(0);
  });

  it('answers not_found for a year that does not exist', async () => {
    const backend = memoryBackend();
    expect(await call(backend, 'retention:preview', { yearId: '01900000-0000-7000-8000-000000000001' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
