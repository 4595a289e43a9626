import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latinName } from '@shared/contract/names';
import type { Backend } from '../../backend';
import { call, folderBackend, memoryBackend, tableCount, value } from '../../test/backend';
import { jpegOfSize } from '../../test/jpeg';
import { makeBackup } from '../backups';
import { addYears, returnDate } from './retention';

// The tests' clock: 2026-11-26 in Japan.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const held = { passportNumber: 'TK1234578', residenceCardNumber: 'AB12345678CD', medicalNotes: '喘息', religiousNeeds: '礼拝の時間', allergies: 'そば' };

async function oldYears(backend: Backend = memoryBackend()) {
  await value(backend, 'settings:update', { staffName: '山田 花子' });
  // FY2018: everyone went home by 2019-05-31, so past five years by 2024-05-31.
  const fy2018 = await value(backend, 'years:create', { fiscalYear: 2018 });
  // FY2021: the year's return ends 2022-05-31 (kept until 2027-05-31); one trainee flew home early, on 2021-07-01.
  const fy2021 = await value(backend, 'years:create', { fiscalYear: 2021 });
  const person = (family: string, given: string, nationality: string) => ({
    familyNameLatin: family, givenNameLatin: given, nameLang: 'en' as const, nameOrder: 'given_first' as const, nationality, status: 'completed' as const, ...held,
    // One passport number for everyone here: they are different people, whose held data is what is tested.
    confirmDuplicate: true,
  });
  const ana = await value(backend, 'trainees:create', { yearId: fy2018.id, ...person('SILVA', 'Ana', 'BR'), passportNumber: 'PZ5544332' });
  const ben = await value(backend, 'trainees:create', { yearId: fy2018.id, ...person('OKAFOR', 'Ben', 'NG'), medicalNotes: null });
  await value(backend, 'trainees:set-photo', { id: ana.id, photo: jpegOfSize(420, 540).toString('base64'), thumb: jpegOfSize(70, 90).toString('base64') });
  const early = await value(backend, 'trainees:create', { yearId: fy2021.id, ...person('NGUYEN', 'Lan', 'VN'), status: 'withdrawn', withdrawnReason: '家族の事情' });
  const stays = await value(backend, 'trainees:create', { yearId: fy2021.id, ...person('KIM', 'Jisoo', 'KR') });
  await value(backend, 'flights:create', {
    traineeId: early.id, kind: 'return', flightNumber: 'VN 301', fromAirport: 'NRT', toAirport: 'SGN', departsLocal: '2021-07-01T10:00', arrivesLocal: '2021-07-01T14:30',
  });
  return { backend, fy2018, fy2021, ana, ben, early, stays };
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
    const preview = await value(backend, 'retention:preview', { yearId: fy2021.id });
    // The person confirmed both the one past retention and (by mistake) one still kept: only the first is erased.
    const record = await value(backend, 'retention:close-out', { yearId: fy2021.id, traineeIds: [early.id, stays.id] });
    expect(record).toMatchObject({
      yearId: fy2021.id, fiscalYear: 2021, carriedOutBy: '山田 花子', traineeCount: 1, photoCount: 0, retentionYears: 5, backupsFailed: [],
      items: preview.toErase[0]!.fields.map((field) => ({ field, people: 1 })),
    });
    expect(record.carriedOutAt).toBe('2026-11-26T03:00:00.000Z');

    const erased = await value(backend, 'trainees:get', { id: early.id });
    expect(erased).toMatchObject({ passportNumber: null, residenceCardNumber: null, medicalNotes: null, religiousNeeds: null, allergies: null });
    expect(erased).toMatchObject({ familyNameLatin: 'NGUYEN', givenNameLatin: 'Lan', nationality: 'VN', status: 'withdrawn', yearId: fy2021.id });
    expect(await value(backend, 'trainees:get', { id: stays.id })).toMatchObject({ passportNumber: 'TK1234578', medicalNotes: '喘息' });
    // The history keeps that the fields changed, not what they were (the erasure's redaction) — the kept trainee's stays.
    const logged = (id: string) => (backend.ctx.db.prepare("SELECT changes FROM change_log WHERE table_name = 'trainees' AND row_id = ?").pluck().all(id) as string[]).join();
    expect(logged(early.id)).not.toContain('TK1234578');
    expect(logged(stays.id)).toContain('TK1234578');

    expect(await value(backend, 'retention:records', { yearId: fy2021.id })).toEqual([record]);
    expect(await value(backend, 'retention:records', {})).toEqual([record]);
    expect(await value(backend, 'retention:record', { id: record.id })).toEqual(record);
    expect(backend.ctx.db.prepare("SELECT op FROM change_log WHERE table_name = 'disposal_records'").pluck().all()).toEqual(['insert']);

    expect(await value(backend, 'retention:preview', { yearId: fy2021.id })).toMatchObject({ toErase: [], alreadyErased: 1 });
    expect(await call(backend, 'retention:close-out', { yearId: fy2021.id, traineeIds: [early.id] })).toEqual({
      ok: false, error: { code: 'close_out_nothing', params: { fiscalYear: 2021 } },
    });
    expect(tableCount(backend, 'disposal_records')).toBe(1);
  });

  it('erases photos with the rest, and asks for the staff name first (the record names who did it)', async () => {
    const { backend, fy2018, ana, ben } = await oldYears();
    await value(backend, 'settings:update', { staffName: null });
    expect(await call(backend, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] })).toEqual({ ok: false, error: { code: 'staff_name_required' } });
    expect(tableCount(backend, 'trainee_photos')).toBe(1);
    await value(backend, 'settings:update', { staffName: '山田 花子' });
    const record = await value(backend, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] });
    expect(record).toMatchObject({ traineeCount: 2, photoCount: 1 });
    // Ben has no medical notes: each kind counts the people who held it.
    expect(record.items).toEqual([
      { field: 'passportNumber', people: 2 }, { field: 'residenceCardNumber', people: 2 }, { field: 'medicalNotes', people: 1 },
      { field: 'allergies', people: 2 }, { field: 'religiousNeeds', people: 2 },
    ]);
    expect(tableCount(backend, 'trainee_photos')).toBe(0);
    expect((await value(backend, 'trainees:list', { yearId: fy2018.id })).map((t) => latinName(t)).sort()).toEqual(['Ana SILVA', 'Ben OKAFOR']);
  });

  it('on a real data folder, an erased passport number is in no database of it afterwards, backups included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-retention-'));
    dirs.push(dir);
    const backend = folderBackend(dir, { now: () => new Date('2026-11-26T03:00:00Z') });
    try {
      const { fy2018, ana, ben } = await oldYears(backend);
      makeBackup(backend.ctx, 'manual');
      const record = await value(backend, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] });
      expect(record.backupsRewritten).toBeGreaterThan(0);
      expect(record.backupsFailed).toEqual([]);
      for (const file of [backend.ctx.databasePath, ...fs.readdirSync(path.join(dir, 'backups')).map((f) => path.join(dir, 'backups', f))]) {
        const db = backend.ctx.openDatabaseFile(file, { readonly: true });
        try {
          const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
          const found = tables.filter((t) => (db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>).some((row) => JSON.stringify(row).includes('PZ5544332')));
          expect(found, path.basename(file)).toEqual([]);
        } finally {
          db.close();
        }
      }
    } finally {
      backend.close();
    }
  });

  it('travels to another PC: the rule, the erasure and the disposal record', async () => {
    const folder = (name: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kk-retention-${name}-`));
      dirs.push(dir);
      return folderBackend(dir, { now: () => new Date('2026-11-26T03:00:00Z') });
    };
    const office = folder('office');
    const laptop = folder('laptop');
    try {
      for (const [b, name] of [[office, 'office'], [laptop, 'laptop']] as const) await value(b, 'sync:settings', { deviceName: name, passphrase: 'kakehashi-office-2026' });
      const { fy2018, ana, ben } = await oldYears(office);
      await value(office, 'retention:set', { years: 6 });
      const first = await value(office, 'sync:export', { peerId: null });
      await value(laptop, 'sync:import', { fileName: first.fileName, dataBase64: first.dataBase64 });
      expect((await value(laptop, 'trainees:get', { id: ana.id })).passportNumber).toBe('PZ5544332');

      const record = await value(office, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] });
      const next = await value(office, 'sync:export', { peerId: null });
      await value(laptop, 'sync:import', { fileName: next.fileName, dataBase64: next.dataBase64 });
      expect(await value(laptop, 'retention:get', {})).toEqual({ years: 6, isSet: true });
      expect(await value(laptop, 'retention:records', {})).toEqual([record]);
      expect(await value(laptop, 'trainees:get', { id: ana.id })).toMatchObject({ passportNumber: null, medicalNotes: null, familyNameLatin: 'SILVA' });
      expect(await value(laptop, 'retention:preview', { yearId: fy2018.id })).toMatchObject({ toErase: [], alreadyErased: 2 });
    } finally {
      office.close();
      laptop.close();
    }
  });

  it('erases the entry-procedure scans and notes too, everywhere and on a second PC, keeping each item\'s status; the record counts them', async () => {
    const folder = (name: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kk-retention-${name}-`));
      dirs.push(dir);
      return { dir, backend: folderBackend(dir, { now: () => new Date('2026-11-26T03:00:00Z') }) };
    };
    const office = folder('office');
    const laptop = folder('laptop');
    try {
      for (const [b, name] of [[office.backend, 'office'], [laptop.backend, 'laptop']] as const) await value(b, 'sync:settings', { deviceName: name, passphrase: 'kakehashi-office-2026' });
      const { fy2018, ana, ben } = await oldYears(office.backend);
      const grid = await value(office.backend, 'procedures:start-year', { yearId: fy2018.id });
      const [health, cv] = grid.items;
      // A scan with 48 random bytes no other file holds by chance, and a note only this test writes.
      const mark = crypto.randomBytes(48);
      const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% '), mark, Buffer.from('\ntrailer <<>>\n%%EOF\n')]);
      const NOTE = '健康診断書: 既往歴あり、要再検査（q9Zt4）';
      const cell = { traineeId: ana.id, itemId: health!.id };
      await value(office.backend, 'procedures:set-status', { ...cell, status: 'received', note: NOTE });
      await value(office.backend, 'procedures:attach-file', { ...cell, fileName: 'health-q9Zt4.pdf', dataBase64: scan.toString('base64') });
      await value(office.backend, 'procedures:set-status', { traineeId: ana.id, itemId: cv!.id, status: 'done', note: null });
      makeBackup(office.backend.ctx, 'manual');
      const first = await value(office.backend, 'sync:export', { peerId: null });
      await value(laptop.backend, 'sync:import', { fileName: first.fileName, dataBase64: first.dataBase64 });
      makeBackup(laptop.backend.ctx, 'manual');
      const needles = [mark, ...[0, 1, 2].map((shift) => Buffer.from(mark.subarray(shift).toString('base64').slice(4, -4))), Buffer.from(NOTE), Buffer.from('health-q9Zt4')];
      const found = (dir: string, ctx: typeof office.backend.ctx) =>
        [ctx.databasePath, ...fs.readdirSync(path.join(dir, 'backups')).map((f) => path.join(dir, 'backups', f))].flatMap((file) => {
          const db = ctx.openDatabaseFile(file, { readonly: true });
          try {
            const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
            return tables.flatMap((t) =>
              (db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>).flatMap((row) =>
                Object.entries(row)
                  .filter(([, v]) => (Buffer.isBuffer(v) || typeof v === 'string') && needles.some((n) => Buffer.from(v as never).includes(n)))
                  .map(([c]) => `${path.basename(file)}: ${t}.${c}`),
              ),
            );
          } finally {
            db.close();
          }
        });
      expect(found(office.dir, office.backend.ctx).length).toBeGreaterThan(0);
      expect(found(laptop.dir, laptop.backend.ctx).length).toBeGreaterThan(0);

      const preview = await value(office.backend, 'retention:preview', { yearId: fy2018.id });
      expect(preview.toErase.find((t) => t.id === ana.id)?.fields).toContain('procedureDocuments');
      expect(preview.toErase.find((t) => t.id === ben.id)?.fields).not.toContain('procedureDocuments');
      expect(preview.fields.at(-1)).toBe('procedureDocuments');
      const record = await value(office.backend, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] });
      expect(record.items).toContainEqual({ field: 'procedureDocuments', people: 1 });
      expect(record.backupsRewritten).toBeGreaterThan(0);
      expect(found(office.dir, office.backend.ctx)).toEqual([]);
      // The statistical record stays: each item's status and date.
      const cells = (await value(office.backend, 'procedures:trainee', { traineeId: ana.id })).cells;
      expect(cells.find((c) => c.itemId === health!.id)).toMatchObject({ status: 'received', note: null, file: null });
      expect(cells.find((c) => c.itemId === health!.id)?.changedOn).toBeTruthy();
      expect(cells.find((c) => c.itemId === cv!.id)).toMatchObject({ status: 'done' });
      expect((await value(office.backend, 'retention:preview', { yearId: fy2018.id })).toErase).toEqual([]);

      const next = await value(office.backend, 'sync:export', { peerId: null });
      await value(laptop.backend, 'sync:import', { fileName: next.fileName, dataBase64: next.dataBase64 });
      expect((await value(laptop.backend, 'procedures:trainee', { traineeId: ana.id })).cells.find((c) => c.itemId === health!.id)).toMatchObject({ status: 'received', note: null, file: null });
      expect(found(laptop.dir, laptop.backend.ctx)).toEqual([]);
      expect(await value(laptop.backend, 'retention:records', {})).toEqual([record]);
    } finally {
      office.backend.close();
      laptop.backend.close();
    }
  });

  it('erases nothing when its disposal record cannot be written: the erasure and the record are one transaction', async () => {
    const { backend, fy2018, ana, ben } = await oldYears();
    const logged = tableCount(backend, 'change_log');
    backend.ctx.db.exec("CREATE TEMP TRIGGER refuse_record BEFORE INSERT ON disposal_records BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect((await call(backend, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] })).ok).toBe(false);
    expect(await value(backend, 'trainees:get', { id: ana.id })).toMatchObject({ passportNumber: 'PZ5544332', medicalNotes: '喘息', hasPhoto: true });
    expect([tableCount(backend, 'erasures'), tableCount(backend, 'disposal_records'), tableCount(backend, 'change_log')]).toEqual([0, 0, logged]);
    backend.ctx.db.exec('DROP TRIGGER refuse_record');
    expect((await value(backend, 'retention:close-out', { yearId: fy2018.id, traineeIds: [ana.id, ben.id] })).traineeCount).toBe(2);
    expect(tableCount(backend, 'erasures')).toBe(2);
  });

  it('answers not_found for a year that does not exist', async () => {
    const backend = memoryBackend();
    expect(await call(backend, 'retention:preview', { yearId: '01900000-0000-7000-8000-000000000001' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
