import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, folderBackend, tableCount, value } from '../../test/backend';
import { sealBundle } from './bundle';
import { payloadForPeer } from './sync.service';

const PASS = 'kakehashi-office-2026';
const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  backends.splice(0).forEach((b) => b.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

let clock = Date.parse('2026-11-26T00:00:00Z');
const now = () => new Date((clock += 1000));

/** A device with its own data folder (a real database file), named and given the office passphrase. */
async function device(name: string): Promise<Backend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sync-'));
  dirs.push(dir);
  const backend = folderBackend(dir, { now });
  backends.push(backend);
  await value(backend, 'sync:settings', { deviceName: name, passphrase: PASS });
  return backend;
}

async function bundle(from: Backend, to: Backend | null) {
  const known = to && (await value(from, 'sync:status', {})).peers.some((p) => p.deviceId === to.ctx.deviceId);
  return value(from, 'sync:export', { peerId: known ? to.ctx.deviceId : null });
}

async function exchange(from: Backend, to: Backend) {
  const file = await bundle(from, to);
  return value(to, 'sync:import', { fileName: file.fileName, dataBase64: file.dataBase64 });
}

/** Changes some fields of a trainee, sending the whole record as the screen does. */
async function edit(b: Backend, id: string, changes: Record<string, string>) {
  const current = await value(b, 'trainees:get', { id });
  return value(b, 'trainees:update', { ...current, ...changes } as never);
}

const digest = async (b: Backend) => (await value(b, 'sync:digest', {})).digest;

async function officeWithTrainee() {
  const office = await device('事務所PC 1');
  const year = await value(office, 'years:create', { fiscalYear: 2026 });
  const kim = await value(office, 'trainees:create', {
    yearId: year.id, familyNameNative: '김', givenNameNative: '민지', familyNameLatin: 'KIM', givenNameLatin: 'Minji',
    nameKana: 'キム ミンジ', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected', passportNumber: 'M12345678',
  });
  return { office, year, kim };
}

describe('sync between devices', () => {
  it('sets up new devices from a full bundle, merges offline edits exchanged in any order, and ends with identical digests', async () => {
    const { office, year, kim } = await officeWithTrainee();
    const office2 = await device('事務所PC 2');
    const laptop = await device('空港ノートPC');
    await exchange(office, office2);
    await exchange(office, laptop);
    expect(await digest(office2)).toBe(await digest(office));
    expect(await digest(laptop)).toBe(await digest(office));
    expect((await value(laptop, 'trainees:list', { query: '민지' })).map((t) => t.id)).toEqual([kim.id]);

    // Offline: each edits something different.
    await edit(office, kim.id, { email: 'minji@gyeongju.go.kr' });
    const lee = await value(office2, 'trainees:create', {
      yearId: year.id, familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
    });
    await edit(laptop, kim.id, { phone: '+82-10-1234-5678' });
    const flight = await value(laptop, 'flights:create', {
      traineeId: kim.id, kind: 'arrival', flightNumber: 'KE 703', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2026-05-20T09:10', arrivesLocal: '2026-05-20T11:35',
    });

    await exchange(laptop, office2);
    await exchange(office2, office);
    await exchange(office, laptop);
    await exchange(office, office2);
    const digests = await Promise.all([office, office2, laptop].map(digest));
    expect(new Set(digests).size).toBe(1);
    for (const b of [office, office2, laptop]) {
      expect(await value(b, 'trainees:get', { id: kim.id })).toMatchObject({ email: 'minji@gyeongju.go.kr', phone: '+82-10-1234-5678' });
      expect((await value(b, 'flights:list', { yearId: year.id })).map((f) => f.id)).toEqual([flight.id]);
      expect((await value(b, 'trainees:list', { query: 'seoyeon' })).map((t) => t.id)).toEqual([lee.id]);
      expect(await value(b, 'sync:conflicts', {})).toEqual([]);
    }
    // History on the office shows who changed the phone, from the laptop's log.
    const history = await value(office, 'trainees:history', { id: kim.id });
    expect(history.find((h) => h.field === 'phone')).toMatchObject({ newValue: '+82-10-1234-5678' });
  });

  it('turns a field changed on two devices into a conflict; the choice made on one device settles it everywhere', async () => {
    const { office, kim } = await officeWithTrainee();
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    await value(office, 'settings:update', { staffName: '佐藤' });
    await value(laptop, 'settings:update', { staffName: '鈴木' });
    await edit(office, kim.id, { notes: 'ハラール食を手配済み' });
    await edit(laptop, kim.id, { notes: '成田で車椅子の用意' });

    const atOffice = await exchange(laptop, office);
    expect(atOffice.conflicts).toBe(1);
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    const [conflict] = await value(office, 'sync:conflicts', {});
    // The laptop wrote last, so its value is in the database everywhere until a person decides.
    expect(conflict).toMatchObject({
      kind: 'field', table: 'trainees', field: 'notes', record: '김 민지 · KIM Minji',
      kept: { value: '成田で車椅子の用意', author: '鈴木', deviceName: '空港ノートPC' },
      other: { value: 'ハラール食を手配済み', author: '佐藤', deviceName: '事務所PC 1' },
    });
    expect(await value(laptop, 'sync:conflicts', {})).toHaveLength(1);

    await value(office, 'sync:resolve', { id: conflict!.id, choice: 'other' });
    expect(await value(office, 'sync:conflicts', {})).toEqual([]);
    await exchange(office, laptop);
    expect((await value(laptop, 'trainees:get', { id: kim.id })).notes).toBe('ハラール食を手配済み');
    expect(await value(laptop, 'sync:conflicts', {})).toEqual([]);
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('lets a person type the value of a trainee field in conflict, checked like the form, and sends it on', async () => {
    const { office, kim } = await officeWithTrainee();
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    await edit(office, kim.id, { email: 'minji@gyeongju.go.kr' });
    await edit(laptop, kim.id, { email: 'minji.kim@example.kr' });
    await exchange(laptop, office);
    const [conflict] = await value(office, 'sync:conflicts', {});
    const bad = await call(office, 'sync:resolve', { id: conflict!.id, choice: 'edit', value: 'minji at gyeongju' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'email', rule: 'invalid_email' }] } } });
    expect(await value(office, 'sync:conflicts', {})).toHaveLength(1);
    await value(office, 'sync:resolve', { id: conflict!.id, choice: 'edit', value: 'minji@gyeongju.go.kr' });
    expect(await value(office, 'sync:conflicts', {})).toEqual([]);
    await exchange(office, laptop);
    expect((await value(laptop, 'trainees:get', { id: kim.id })).email).toBe('minji@gyeongju.go.kr');
    expect(await value(laptop, 'sync:conflicts', {})).toEqual([]);
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('keeps an edit of a record deleted elsewhere as a conflict, and can bring the record back', async () => {
    const { office, year, kim } = await officeWithTrainee();
    const flight = await value(office, 'flights:create', {
      traineeId: kim.id, kind: 'arrival', flightNumber: 'KE 703', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2026-05-20T09:10', arrivesLocal: '2026-05-20T11:35',
    });
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    await value(office, 'flights:delete', { id: flight.id });
    await value(laptop, 'flights:update', {
      id: flight.id, kind: 'arrival', flightNumber: 'KE 705', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2026-05-20T13:10', arrivesLocal: '2026-05-20T15:35',
    });
    await exchange(laptop, office);
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    expect(await value(office, 'flights:list', { yearId: year.id })).toEqual([]);
    const [conflict] = await value(office, 'sync:conflicts', {});
    expect(conflict).toMatchObject({ kind: 'deleted', table: 'flights', record: expect.stringContaining('KE 705') });
    await value(office, 'sync:resolve', { id: conflict!.id, choice: 'other' });
    expect((await value(office, 'flights:list', { yearId: year.id })).map((f) => f.flightNumber)).toEqual(['KE 705']);
    await exchange(office, laptop);
    expect(await digest(office)).toBe(await digest(laptop));
    expect(await value(laptop, 'sync:conflicts', {})).toEqual([]);
  });

  it('removes what was added to a record deleted on the other device, on both, and keeps it as a conflict where it was found', async () => {
    const { office, year, kim } = await officeWithTrainee();
    const group = await value(office, 'pickup-groups:create', { yearId: year.id, name: '成田 第1便', airport: 'NRT' });
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    await value(office, 'pickup-groups:delete', { id: group.id });
    await value(laptop, 'pickup-groups:set-member', { traineeId: kim.id, groupId: group.id });
    await exchange(laptop, office);
    await exchange(office, laptop);
    await exchange(laptop, office);
    expect(await digest(office)).toBe(await digest(laptop));
    for (const b of [office, laptop]) {
      expect(tableCount(b, 'pickup_members')).toBe(0);
      expect(b.ctx.db.pragma('foreign_key_check')).toEqual([]);
    }
    // The office found the laptop's member without a group, removed it (the laptop took that removal) and keeps it.
    const [orphan] = await value(office, 'sync:conflicts', {});
    expect(orphan).toMatchObject({ kind: 'orphan', table: 'pickup_members', record: '김 민지 · KIM Minji' });
    expect(await call(office, 'sync:resolve', { id: orphan!.id, choice: 'other' })).toMatchObject({ ok: false, error: { code: 'sync_restore_blocked' } });
  });

  it('merges the same fiscal year (with its milestones) and host made on two devices apart into one record each', async () => {
    const office = await device('事務所PC 1');
    const laptop = await device('空港ノートPC');
    for (const b of [office, laptop]) {
      const year = await value(b, 'years:create', { fiscalYear: 2027 });
      await value(b, 'hosts:create', { code: '442089' });
      expect(year.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8/);
    }
    await exchange(office, laptop);
    await exchange(laptop, office);
    expect(await digest(office)).toBe(await digest(laptop));
    expect(await value(office, 'years:list', {})).toHaveLength(1);
    expect(await value(office, 'hosts:list', {})).toHaveLength(1);
    expect(await value(office, 'sync:conflicts', {})).toEqual([]);
  });

  it('imports a bundle twice or out of order without changing anything, and refuses damaged, altered, foreign and own bundles', async () => {
    const { office, kim } = await officeWithTrainee();
    const laptop = await device('空港ノートPC');
    const first = await bundle(office, laptop);
    await edit(office, kim.id, { email: 'minji@example.kr' });
    const second = await bundle(office, laptop);

    expect((await value(laptop, 'sync:import', second)).applied).toBeGreaterThan(0);
    const after = await digest(laptop);
    expect(await value(laptop, 'sync:import', first)).toMatchObject({ applied: 0 });
    expect(await value(laptop, 'sync:import', second)).toMatchObject({ applied: 0, conflicts: 0 });
    expect(await digest(laptop)).toBe(after);
    const logged = tableCount(laptop, 'change_log');

    const bytes = Buffer.from(second.dataBase64, 'base64');
    const truncated = bytes.subarray(0, bytes.length - 40);
    const altered = Buffer.from(bytes);
    altered[altered.length - 100]! ^= 0x01;
    const refusal = async (data: Buffer) => {
      const result = await call(laptop, 'sync:import', { fileName: 'x.kkhsync', dataBase64: data.toString('base64') });
      return result.ok ? 'accepted' : result.error.code;
    };
    expect(await refusal(truncated)).toBe('sync_bundle_invalid');
    expect(await refusal(altered)).toBe('sync_bundle_invalid');
    expect(await refusal(Buffer.from('氏名,生年月日\n'))).toBe('sync_not_bundle');
    expect(await refusal(Buffer.from((await bundle(laptop, null)).dataBase64, 'base64'))).toBe('sync_own_bundle');
    await value(laptop, 'sync:settings', { passphrase: 'another-office-phrase' });
    expect(await refusal(bytes)).toBe('sync_bundle_invalid');
    expect(tableCount(laptop, 'change_log')).toBe(logged);
    expect(await digest(laptop)).toBe(after);
  });

  it('refuses a sealed bundle whose changes name a table or field outside the shared schema, and changes nothing', async () => {
    const { office, kim } = await officeWithTrainee();
    const laptop = await device('空港ノートPC');
    await exchange(office, laptop);
    const before = await digest(laptop);
    const forge = async (table: string, changes: unknown[]) => {
      const payload = payloadForPeer(office.ctx, null);
      const hlc = `${'9'.repeat(15)}-0000-${office.ctx.deviceId}`;
      payload.entries.push([hlc, office.ctx.deviceId, null, table, kim.id, 'update', JSON.stringify(changes), null]);
      const result = await call(laptop, 'sync:import', { fileName: 'forged.kkhsync', dataBase64: sealBundle(payload, PASS).toString('base64') });
      return result.ok ? 'accepted' : result.error.code;
    };
    expect(await forge('settings', [['value', null, 'x', null]])).toBe('sync_bundle_invalid');
    expect(await forge('trainees', [['notes = 1; DROP TABLE trainees; --', null, 'x', null]])).toBe('sync_bundle_invalid');
    expect(await forge('trainees', [['created_at', null, 'x', null]])).toBe('sync_bundle_invalid');
    expect(await digest(laptop)).toBe(before);
    // The same bundle with a field of the schema goes in.
    expect(await forge('trainees', [['notes', null, '届いたメモ', null]])).toBe('accepted');
    expect((await value(laptop, 'trainees:get', { id: kim.id })).notes).toBe('届いたメモ');
  });

  it('exchanges through a shared folder: each device writes only its own file and reads the others', async () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-share-'));
    dirs.push(shared);
    const { office, kim } = await officeWithTrainee();
    const office2 = await device('事務所PC 2');
    const laptop = await device('空港ノートPC');
    for (const b of [office, office2, laptop]) await value(b, 'sync:settings', { folder: shared });
    await value(office, 'sync:folder', {});
    await value(office2, 'sync:folder', {});
    await edit(office2, kim.id, { email: 'x@example.kr' });
    await value(office2, 'sync:folder', {});
    await value(laptop, 'sync:folder', {});
    await edit(laptop, kim.id, { notes: '空港で受け取り' });
    await value(laptop, 'sync:folder', {});
    await value(office, 'sync:folder', {});
    await value(office2, 'sync:folder', {});
    const files = fs.readdirSync(shared).sort();
    expect(files).toEqual([office, office2, laptop].map((b) => `${b.ctx.deviceId}.kkhsync`).sort());
    expect(await digest(office)).toBe(await digest(laptop));
    expect(await digest(office2)).toBe(await digest(laptop));
    expect(await value(office2, 'trainees:get', { id: kim.id })).toMatchObject({ notes: '空港で受け取り', email: 'x@example.kr' });
  });
});
