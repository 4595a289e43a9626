import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERASED_VALUE } from '@shared/contract/erasure';
import type { Backend } from '../../backend';
import { call, folderBackend, memoryBackend, plainFolderBackend, value } from '../../test/backend';
import { backupFilesIn, dataFolders, heldInTables, heldOnDisk, lockBackups } from '../../test/data-folders';
import { syncingPcs } from '../../test/syncing-pcs';
import { eraseTrainees } from '../erasure';

/**
 * A withdrawn consent leaves no contact detail anywhere: not in the row, not in any value of the
 * row's change log, not in a conflict, not in the database file's bytes — here, and on every PC
 * the withdrawal reaches, whichever order the PCs exchange in.
 */
const EMAIL = 'seoyeon.withdraw@example.kr';
const PHONE = '+82 10 7341 0295';
const PHONE_B = '+82 10 5580 1177';
const ADDRESS = '경상북도 경주시 동대로 123 (k4Rz)';
const CONSENT = { consentOn: '2025-03-01', consentScope: 'share' as const };
const DETAILS = [EMAIL, PHONE, PHONE_B, ADDRESS];

const folders = dataFolders('kk-consent-');

async function alumna(b: Backend) {
  const year = await value(b, 'years:create', { fiscalYear: 2015 });
  return value(b, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
  });
}

const contactIdOf = (b: Backend, traineeId: string) => b.ctx.db.prepare('SELECT id FROM alumni_contacts WHERE trainee_id = ?').pluck().get(traineeId) as string;

/** The change-log entries of the alumni_contacts row, oldest first. */
function contactLog(b: Backend, traineeId: string) {
  return b.ctx.db
    .prepare("SELECT op, changes FROM change_log WHERE table_name = 'alumni_contacts' AND row_id = ? ORDER BY hlc")
    .all(contactIdOf(b, traineeId)) as Array<{ op: string; changes: string }>;
}

/** Which of the details are still held anywhere in the database: the row, the log, the conflicts. */
function detailsHeld(b: Backend, details = DETAILS): string[] {
  const db = b.ctx.db;
  const texts = [
    ...(db.prepare('SELECT email, phone, address, other FROM alumni_contacts').raw().all() as unknown[][]).flat(),
    ...(db.prepare('SELECT changes FROM change_log').pluck().all() as string[]),
    ...(db.prepare('SELECT kept_value, other_value, snapshot FROM sync_conflicts').raw().all() as unknown[][]).flat(),
  ].filter((t): t is string => typeof t === 'string');
  return details.filter((d) => texts.some((t) => t.includes(d) || t.includes(JSON.stringify(d).slice(1, -1))));
}

describe('withdrawing consent on this PC', () => {
  it('erases the details from every change-log entry of the row in the withdrawal’s own transaction, keeping who, when and which field, and the consent dates', async () => {
    const b = folders.keep(memoryBackend(() => new Date('2026-11-26T03:00:00Z')));
    const lee = await alumna(b);
    await value(b, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE, address: ADDRESS });
    await value(b, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS, lastContactOn: '2025-10-10' });
    expect(detailsHeld(b)).toEqual(DETAILS); // the check sees them while they are there

    // Inside a caller's transaction that then fails: erased with the withdrawal, back with its rollback.
    expect(() =>
      b.ctx.db.transaction(() => {
        b.handlers['alumni:set-contact']!({ traineeId: lee.id, consentOn: null, consentScope: null, email: null, phone: null, address: null, other: null, lastContactOn: '2025-10-10' } as never);
        expect(detailsHeld(b)).toEqual([]);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(detailsHeld(b)).toEqual(DETAILS);
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: '2025-03-01', phone: PHONE_B });

    const withdrawn = await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    expect(withdrawn).toMatchObject({ consentOn: null, email: null, phone: null, address: null, lastContactOn: '2025-10-10' });
    expect(detailsHeld(b)).toEqual([]);

    // Every write is still there, with its fields; the details' values are erased, the consent's are not.
    const log = contactLog(b, lee.id);
    expect(log.map((e) => e.op)).toEqual(['insert', 'update', 'update']);
    const fields = log.map((e) => (JSON.parse(e.changes) as unknown[][]).map((c) => c[0]));
    expect(fields[0]).toEqual(expect.arrayContaining(['trainee_id', 'consent_on', 'consent_scope', 'email', 'phone', 'address']));
    expect(fields[1]).toEqual(['phone', 'last_contact_on']);
    expect(fields[2]).toEqual(expect.arrayContaining(['consent_on', 'consent_scope', 'email', 'phone', 'address']));
    expect(log[1]!.changes).toContain('["phone",{"redacted":true},{"redacted":true},');
    expect(log[2]!.changes).toContain('["consent_on","2025-03-01",null,');
    expect(log[2]!.changes).toContain('["phone",{"redacted":true},null,');
    expect(log[0]!.changes).toContain('["consent_scope",null,"share"]');

    // The history says what changed and when, never the values.
    const history = await value(b, 'alumni:history', { traineeId: lee.id });
    const phone = history.filter((h) => h.field === 'phone');
    expect(phone).toHaveLength(3);
    for (const h of phone) expect(h).toMatchObject({ isHidden: true, oldValue: null, newValue: null });
    expect(history).toContainEqual(expect.objectContaining({ field: 'consentOn', oldValue: '2025-03-01', newValue: null }));
  });

  it('after a renewed consent keeps and logs the new details as any write, the old ones shown as erased', async () => {
    const b = folders.keep(memoryBackend(() => new Date('2026-11-26T03:00:00Z')));
    const lee = await alumna(b);
    await value(b, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE });
    await value(b, 'alumni:set-contact', { traineeId: lee.id });
    const renewedEmail = 'seoyeon.new@example.kr';
    const renewed = await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', email: renewedEmail });
    expect(renewed).toMatchObject({ consentOn: '2026-04-01', consentScope: 'office', email: renewedEmail, phone: null });
    // A later save with consent held erases nothing.
    await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', email: renewedEmail, lastContactOn: '2026-05-01' });

    expect(detailsHeld(b, [EMAIL, PHONE, renewedEmail])).toEqual([renewedEmail]);
    const log = contactLog(b, lee.id);
    expect(log.map((e) => e.op)).toEqual(['insert', 'update', 'update', 'update']);
    expect(log[2]!.changes).toContain(`["email",null,"${renewedEmail}",`);
    const history = await value(b, 'alumni:history', { traineeId: lee.id });
    expect(history).toContainEqual(expect.objectContaining({ field: 'email', oldValue: null, newValue: renewedEmail, isHidden: false }));
    expect(history.filter((h) => h.field === 'email' && h.newValue === ERASED_VALUE)).toHaveLength(1);
    expect(history.filter((h) => h.field === 'email' && h.oldValue === ERASED_VALUE)).toHaveLength(1);
  });
});

describe('withdrawing consent with two PCs', () => {
  const { device, exchange, digest } = syncingPcs('2027-02-20T00:00:00Z');

  async function officeAndLaptop() {
    const office = await device('事務所PC 1', '佐藤');
    const lee = await alumna(office);
    await value(office, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE, address: ADDRESS });
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    expect(detailsHeld(laptop)).toEqual([EMAIL, PHONE, ADDRESS]);
    return { office, laptop, lee };
  }

  async function expectNoDetails(pcs: Backend[], traineeId: string) {
    for (const pc of pcs) {
      expect((await value(pc, 'alumni:trainee', { traineeId })).contact).toMatchObject({ consentOn: null, email: null, phone: null, address: null, lastContactOn: '2025-10-10' });
      expect(pc.ctx.db.prepare('SELECT email, phone, address, other FROM alumni_contacts').raw().all()).toEqual([[null, null, null, null]]);
      expect(detailsHeld(pc)).toEqual([]);
      expect(await value(pc, 'sync:conflicts', {})).toEqual([]);
    }
    expect(await digest(pcs[0]!)).toBe(await digest(pcs[1]!));
  }

  /** Settled: each PC reading again everything the other holds (the contact's writes among them) writes nothing more. */
  async function expectSettled(office: Backend, laptop: Backend) {
    const entries = (pc: Backend) => pc.ctx.db.prepare('SELECT COUNT(*) FROM change_log').pluck().get();
    const counts = [entries(office), entries(laptop)];
    for (const [from, to] of [[office, laptop], [laptop, office]] as const) {
      const all = await value(from, 'sync:export', { peerId: null });
      expect((await value(to, 'sync:import', { fileName: all.fileName, dataBase64: all.dataBase64 })).received).toBeGreaterThan(0);
    }
    expect([entries(office), entries(laptop)]).toEqual(counts);
  }

  it('erases the details on the other PC when the withdrawal arrives there, in its backup too', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    const backup = await value(laptop, 'backups:create', {});
    const inBackup = () => {
      const file = laptop.ctx.openDatabaseFile(path.join(path.dirname(laptop.ctx.databasePath), 'backups', backup.file), { readonly: true });
      try {
        const texts = [...(file.prepare('SELECT changes FROM change_log').pluck().all() as string[]), ...(file.prepare('SELECT email, phone, address FROM alumni_contacts').raw().all() as unknown[][]).flat()];
        return [EMAIL, PHONE, ADDRESS].filter((d) => texts.some((t) => typeof t === 'string' && t.includes(d)));
      } finally {
        file.close();
      }
    };
    expect(inBackup()).toEqual([EMAIL, PHONE, ADDRESS]);
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    expect(detailsHeld(office)).toEqual([]);
    await exchange(office, laptop);
    await expectNoDetails([office, laptop], lee.id);
    // The log on the laptop keeps the writes (the office's insert and withdrawal), not the values.
    expect(contactLog(laptop, lee.id).map((e) => e.op)).toEqual(['insert', 'update']);
    expect(inBackup()).toEqual([]);
  });

  it('a withdrawal and a renewed consent with a new e-mail reach the laptop in one bundle: neither PC keeps the withdrawn details in its log or backups; the new e-mail is kept on both', async () => {
    const NEW_EMAIL = 'seoyeon.renewed@example.kr';
    const { office, laptop, lee } = await officeAndLaptop();
    await value(office, 'backups:create', {});
    await value(laptop, 'backups:create', {});
    const dirOf = (b: Backend) => path.dirname(b.ctx.databasePath);
    expect(heldInTables(laptop, dirOf(laptop), [EMAIL])).toEqual({ live: [EMAIL], 'a backup': [EMAIL] });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', email: NEW_EMAIL });
    await exchange(office, laptop);
    for (const pc of [office, laptop]) {
      expect(detailsHeld(pc, [...DETAILS, NEW_EMAIL])).toEqual([NEW_EMAIL]);
      expect(heldInTables(pc, dirOf(pc), [...DETAILS, NEW_EMAIL])).toEqual({ live: [NEW_EMAIL] });
      expect((await value(pc, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: '2026-04-01', email: NEW_EMAIL, phone: null, address: null });
      // The renewal's write keeps its new e-mail in the log, as any write.
      expect(contactLog(pc, lee.id).at(-1)!.changes).toContain(NEW_EMAIL);
    }
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('the laptop changes the phone without having seen the withdrawal, then the office renews the consent: the old phone (the laptop entry’s before-value) goes from both logs, the laptop’s new one stays', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', lastContactOn: '2025-10-10' });
    await exchange(office, laptop);
    await exchange(laptop, office);
    for (const pc of [office, laptop]) {
      // Only the laptop's phone, written after the withdrawal, is left anywhere (the e-mail and address it did not change).
      expect(detailsHeld(pc)).toEqual([PHONE_B]);
      expect((await value(pc, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: '2026-04-01', phone: PHONE_B });
    }
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('the laptop’s unseen edit of the phone reaches the office while it has no consent, then the office renews: the office withdraws it again by a logged write, and both PCs end the same', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
    await exchange(laptop, office);
    // No consent on the office: the phone that came is emptied, and the emptying is a write of its own.
    expect(office.ctx.db.prepare('SELECT consent_on, email, phone, address FROM alumni_contacts').raw().all()).toEqual([[null, null, null, null]]);
    expect(detailsHeld(office)).toEqual([]);
    const last = contactLog(office, lee.id).at(-1)!;
    expect((JSON.parse(last.changes) as unknown[][]).map((c) => c[0])).toEqual(['consent_on', 'phone']);

    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', lastContactOn: '2025-10-10' });
    // The laptop gets the withdrawal, the office's second one and the renewal together.
    await exchange(office, laptop);
    await exchange(laptop, office);
    for (const pc of [office, laptop]) {
      expect((await value(pc, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: '2026-04-01', email: null, phone: null, address: null });
      expect(detailsHeld(pc)).toEqual([]);
      expect(await value(pc, 'sync:conflicts', {})).toEqual([]);
    }
    expect(await digest(office)).toBe(await digest(laptop));
    await expectSettled(office, laptop);
  });

  it('a detail the laptop wrote before the withdrawal reaches it after the office renewed: the withdrawal’s cutoff erases it, and no second withdrawal takes the renewal away', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    await exchange(laptop, office);
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE, address: PHONE_B });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    // The office's file with the withdrawal, read by the laptop only after the office renewed.
    const withdrawal = await value(office, 'sync:export', { peerId: laptop.ctx.deviceId });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', email: 'renewed@example.kr', lastContactOn: '2025-10-10' });
    await value(laptop, 'sync:import', { fileName: withdrawal.fileName, dataBase64: withdrawal.dataBase64 });
    await exchange(laptop, office);
    await exchange(office, laptop);
    for (const pc of [office, laptop]) {
      expect(pc.ctx.db.prepare('SELECT consent_on, email, phone, address FROM alumni_contacts').raw().all()).toEqual([['2026-04-01', 'renewed@example.kr', null, null]]);
      expect(detailsHeld(pc, [...DETAILS, 'renewed@example.kr'])).toEqual(['renewed@example.kr']);
      // One withdrawal only: the office's.
      expect(contactLog(pc, lee.id).filter((e) => /\["consent_on","[^"]*",null/.test(e.changes))).toHaveLength(1);
    }
    expect(await digest(office)).toBe(await digest(laptop));
  });

  it('a phone the laptop set after the withdrawal, unseen, and cleared again leaves neither PC without consent holding it in its log', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL });
    await exchange(laptop, office);
    await exchange(office, laptop);
    await expectNoDetails([office, laptop], lee.id);
    // Renewed later, the history does not show the phone of the withdrawn time.
    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', lastContactOn: '2025-10-10' });
    const history = await value(office, 'alumni:history', { traineeId: lee.id });
    expect(JSON.stringify(history)).not.toContain(PHONE_B);
  });

  it('the laptop’s unseen edit reaches the office while it has no consent and the laptop has renewed meanwhile, older by the clock: the second withdrawal wins on both PCs, nothing of the details is left', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    const third = await device('JIAM PC', '高橋');
    await exchange(office, third);
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await exchange(office, laptop);
    // The laptop renews with a new e-mail; the third PC, not having seen either, changes the phone.
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', email: 'new@example.kr', lastContactOn: '2025-10-10' });
    await value(third, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
    await exchange(third, office);
    await exchange(laptop, office);
    await exchange(office, laptop);
    await exchange(office, third);
    for (const pc of [office, laptop, third]) {
      expect((await value(pc, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: null, email: null, phone: null, address: null });
      expect(detailsHeld(pc, [...DETAILS, 'new@example.kr'])).toEqual([]);
    }
    expect(await digest(office)).toBe(await digest(laptop));
    expect(await digest(third)).toBe(await digest(laptop));
  });

  for (const undone of [false, true]) {
    it(`the office restores a backup from before its withdrawal${undone ? ', then undoes the restore,' : ''} while the laptop has renewed the consent since: the withdrawal comes back as it was written, and the laptop's renewal wins on both PCs`, async () => {
      const { office, laptop, lee } = await officeAndLaptop();
      const before = (await value(office, 'backups:create', {})).file;
      await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
      await exchange(office, laptop);
      await value(laptop, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2027-03-01', consentScope: 'office', email: 'renewed@example.kr', lastContactOn: '2025-10-10' });
      const entries = () => office.ctx.db.prepare("SELECT hlc FROM change_log WHERE table_name = 'alumni_contacts' ORDER BY hlc").pluck().all();
      const logged = entries();
      const restored = await value(office, 'backups:restore', { file: before });
      // The withdrawal is in the restored file with its own clock: no write of the office's is newer than the laptop's renewal.
      expect(entries()).toEqual(logged);
      expect((await value(office, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: null, email: null, lastContactOn: '2025-10-10' });
      if (undone) {
        await value(office, 'backups:restore', { file: restored.safetyBackup.file });
        expect(entries()).toEqual(logged);
      }
      await exchange(office, laptop);
      await exchange(laptop, office);
      await exchange(office, laptop);
      for (const pc of [office, laptop]) {
        expect(pc.ctx.db.prepare('SELECT consent_on, email, phone, address FROM alumni_contacts').raw().all()).toEqual([['2027-03-01', 'renewed@example.kr', null, null]]);
        expect(detailsHeld(pc)).toEqual([]);
      }
    });
  }

  it('the office restores a backup from before a withdrawal it wrote twice (the second for the laptop’s unseen phone): both come back, and the two PCs hold the same row', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const lee = await alumna(office);
    await value(office, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE });
    const before = (await value(office, 'backups:create', {})).file;
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B });
    await exchange(laptop, office);
    await exchange(office, laptop);
    expect((await call(office, 'backups:restore', { file: before })).ok).toBe(true);
    const row = (pc: Backend) => pc.ctx.db.prepare('SELECT consent_on, consent_scope, email, phone, address, other, last_contact_on FROM alumni_contacts').raw().all();
    expect(row(office)).toEqual([[null, null, null, null, null, null, '2025-10-10']]);
    await exchange(office, laptop);
    await exchange(laptop, office);
    expect(row(laptop)).toEqual(row(office));
    for (const pc of [office, laptop]) expect(detailsHeld(pc)).toEqual([]);
  });

  it('the office restores a backup made before it added the contact, then withdrew: the contact comes back withdrawn, and the laptop’s copy of the details goes when they meet', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const lee = await alumna(office);
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    const before = (await value(office, 'backups:create', {})).file;
    await value(office, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE });
    await exchange(office, laptop);
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    expect((await call(office, 'backups:restore', { file: before })).ok).toBe(true);
    const row = (pc: Backend) => pc.ctx.db.prepare('SELECT consent_on, consent_scope, email, phone, last_contact_on FROM alumni_contacts').raw().all();
    expect(row(office)).toEqual([[null, null, null, null, '2025-10-10']]);
    await exchange(office, laptop);
    await exchange(laptop, office);
    // And after the step a restore asks for (everything the laptop holds read again), still nothing.
    const all = await value(laptop, 'sync:export', { peerId: null });
    await value(office, 'sync:import', { fileName: all.fileName, dataBase64: all.dataBase64 });
    for (const pc of [office, laptop]) {
      expect(row(pc)).toEqual([[null, null, null, null, '2025-10-10']]);
      expect(detailsHeld(pc)).toEqual([]);
    }
  });

  it('an import that makes a conflict reports it, though the withdrawal it brings takes away an older, unsettled one', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    await value(office, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: '+82 10 3333 3333', address: ADDRESS });
    expect((await exchange(office, laptop)).conflicts).toBe(1);
    // The office withdraws; both PCs change the trainee's notes apart.
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    for (const [pc, notes] of [[office, '事務所のメモ'], [laptop, 'ノートPCのメモ']] as const) {
      const current = await value(pc, 'trainees:get', { id: lee.id });
      await value(pc, 'trainees:update', { ...current, notes } as never);
    }
    const second = await exchange(office, laptop);
    const listed = await value(laptop, 'sync:conflicts', {});
    // The phone's conflict went with the withdrawn details; the notes' is this import's own.
    expect(listed.map((c) => `${c.table}.${c.field}`)).toEqual(['trainees.notes']);
    expect(second.conflicts).toBe(1);
  });

  it('a bundle bringing a trainee erasure and a withdrawal compacts the laptop’s database once and rewrites its backup once, losing both', async () => {
    const { office, laptop, lee } = await officeAndLaptop();
    const other = await value(office, 'trainees:create', { yearId: lee.yearId, familyNameLatin: 'KIM', givenNameLatin: 'Jiwoo', nameLang: 'en', nameOrder: 'given_first', nationality: 'KR', status: 'completed' } as never);
    await exchange(office, laptop);
    const backup = await value(laptop, 'backups:create', {});
    const held = () => heldInTables(laptop, path.dirname(laptop.ctx.databasePath), ['Jiwoo', EMAIL, PHONE, ADDRESS]);
    expect(held()).toEqual({ live: ['Jiwoo', EMAIL, PHONE, ADDRESS], 'a backup': ['Jiwoo', EMAIL, PHONE, ADDRESS] });
    eraseTrainees(office.ctx, [other.id], 'trash');
    await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });

    const vacuums: string[] = [];
    const exec = laptop.ctx.db.exec.bind(laptop.ctx.db);
    laptop.ctx.db.exec = (sql: string) => {
      if (/^\s*VACUUM/i.test(sql)) vacuums.push(sql);
      return exec(sql);
    };
    const rewritten: string[] = [];
    const open = laptop.ctx.openDatabaseFile;
    laptop.ctx.openDatabaseFile = (file, options) => {
      if (!options?.readonly) rewritten.push(path.basename(file));
      return open(file, options);
    };
    await exchange(office, laptop);
    laptop.ctx.openDatabaseFile = open;
    expect(vacuums).toHaveLength(1);
    expect(rewritten).toEqual([backup.file]);
    expect(held()).toEqual({});
  });

  for (const [edit, order] of [
    ['after', 'office first'],
    ['after', 'laptop first'],
    ['before', 'office first'],
    ['before', 'laptop first'],
  ] as const) {
    it(`the laptop edits the phone apart ${edit} the office withdraws; exchanged ${order}, neither PC keeps a detail, and a new PC gets the row without any`, async () => {
      const { office, laptop, lee } = await officeAndLaptop();
      const editPhone = () => value(laptop, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
      if (edit === 'before') await editPhone();
      await value(office, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
      if (edit === 'after') await editPhone();

      const results =
        order === 'office first'
          ? [await exchange(office, laptop), await exchange(laptop, office)]
          : [await exchange(laptop, office), await exchange(office, laptop)];
      await expectNoDetails([office, laptop], lee.id);
      await expectSettled(office, laptop);
      // A conflict the merge kept over the phone went with its values: none is reported either.
      expect(results.map((r) => r.conflicts)).toEqual([0, 0]);
      // The laptop's edit is in both logs, as a write of the phone with its values erased; made after the withdrawal,
      // it reached a PC without consent, which withdrew it again by a write of its own (the same one on both PCs).
      for (const pc of [office, laptop]) {
        const phoneWrites = contactLog(pc, lee.id).filter((e) => e.changes.includes('["phone",'));
        expect(phoneWrites).toHaveLength(edit === 'after' ? 4 : 3);
      }

      // A PC set up afterwards gets the row (the consent's history and the last contact), none of the details.
      const newPc = await device('新しいPC');
      await exchange(office, newPc);
      await expectNoDetails([newPc, office], lee.id);
    });
  }
});

describe('withdrawing consent in the database file', () => {
  let clock = Date.parse('2026-04-01T00:00:00Z');
  const now = () => new Date((clock += 1000));

  /** The details found in the files of the folder (database, WAL, backups), as they lie on disk, by file. */
  const inFiles = (dir: string) => heldOnDisk(dir, DETAILS);

  /** The details found in any text of any table of each database file the key opens (the live one and the backups), by file. */
  const inTables = (b: Backend, dir: string) => heldInTables(b, dir, DETAILS);

  /** Every change-log entry of the contacts, oldest first. */
  const contactEntries = (b: Backend) => b.ctx.db.prepare("SELECT * FROM change_log WHERE table_name = 'alumni_contacts' ORDER BY hlc").all();

  /** Consent and details, the phone changed, a backup made while they are held. */
  async function heldAndBackedUp(b: Backend) {
    const lee = await alumna(b);
    await value(b, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE, address: ADDRESS });
    await value(b, 'alumni:set-contact', { traineeId: lee.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
    await value(b, 'backups:create', {});
    b.ctx.db.pragma('wal_checkpoint(PASSIVE)');
    return lee;
  }

  it('a backup the withdrawal could not rewrite (locked) is recorded: the status names it, a restore refuses it, and the next start erases it and clears the record', async () => {
    const dir = folders.folder();
    let b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    const backup = path.basename(backupFilesIn(dir)[0]!);
    // The backup cannot be opened for writing (another program holds it).
    const unlock = lockBackups(b, (file) => file === backup);
    try {
      await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    } finally {
      unlock();
    }
    expect(inTables(b, dir)).toEqual({ 'a backup': DETAILS });
    expect(await value(b, 'erasure:status', {})).toEqual({ pending: 1, failedBackups: [backup] });
    expect(await call(b, 'backups:restore', { file: backup })).toEqual({ ok: false, error: { code: 'backup_not_erased', params: { file: backup } } });
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: null, email: null });

    // The next start, the lock gone: the backup loses the details and the record goes.
    folders.close(b);
    b = folders.keep(folderBackend(dir, { now }));
    expect(inTables(b, dir)).toEqual({});
    expect(await value(b, 'erasure:status', {})).toEqual({ pending: 0, failedBackups: [] });
    expect(b.ctx.db.prepare('SELECT COUNT(*) FROM erasure_runs').pluck().get()).toBe(0);
    // Restored, the backup made before the withdrawal comes back withdrawn: the withdrawal outlives a restore.
    expect((await call(b, 'backups:restore', { file: backup })).ok).toBe(true);
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: null, consentScope: null, email: null, phone: null });
  });

  it('restoring another backup keeps the record of the one the withdrawal could not rewrite: still refused, and erased at the next start though the restored file never saw the withdrawal', async () => {
    const dir = folders.folder();
    let b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    const locked = path.basename(backupFilesIn(dir)[0]!);
    clock += 3_600_000;
    const other = (await value(b, 'backups:create', {})).file;
    const unlock = lockBackups(b, (file) => file === locked);
    try {
      await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
      const withdrawal = contactEntries(b).at(-1)!;
      expect(inTables(b, dir)).toEqual({ 'a backup': DETAILS });
      // The other backup, made before the withdrawal and rewritten by it, put back.
      expect((await call(b, 'backups:restore', { file: other })).ok).toBe(true);
      // Made before the withdrawal, it knew none; the withdrawal is brought into it as it was written (its clock, its last contact).
      expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: null, email: null, phone: null, lastContactOn: '2025-10-10' });
      const log = contactEntries(b);
      expect(log).toHaveLength(3);
      expect(log[2]).toEqual(withdrawal);
      expect(await value(b, 'erasure:status', {})).toEqual({ pending: 1, failedBackups: [locked] });
      expect(await call(b, 'backups:restore', { file: locked })).toEqual({ ok: false, error: { code: 'backup_not_erased', params: { file: locked } } });
    } finally {
      unlock();
    }
    // The next start, the lock gone: the locked backup loses the details by the cutoffs the replaced database named.
    folders.close(b);
    b = folders.keep(folderBackend(dir, { now }));
    expect(inTables(b, dir)).toEqual({});
    expect(await value(b, 'erasure:status', {})).toEqual({ pending: 0, failedBackups: [] });
    expect(b.ctx.db.prepare('SELECT COUNT(*) FROM erasure_runs').pluck().get()).toBe(0);
    expect((await call(b, 'backups:restore', { file: locked })).ok).toBe(true);
    expect(inTables(b, dir)).toEqual({});
  });

  it('a consent withdrawn then renewed is not withdrawn again by restoring a file from before the withdrawal: the file comes back as it was, without the withdrawn details', async () => {
    const dir = folders.folder();
    const b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    const before = path.basename(backupFilesIn(dir)[0]!);
    await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-04-01', consentScope: 'office', email: 'renewed@example.kr', lastContactOn: '2025-10-10' });
    expect((await call(b, 'backups:restore', { file: before })).ok).toBe(true);
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: '2025-03-01', email: null, phone: null });
    expect(b.ctx.db.prepare("SELECT COUNT(*) FROM change_log WHERE table_name = 'alumni_contacts'").pluck().get()).toBe(2);
    expect(inTables(b, dir)).toEqual({});
  });

  it('a copy made before the withdrawal, put among the backups and restored, comes back withdrawn, without the details', async () => {
    const dir = folders.folder();
    const b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    const before = fs.readFileSync(backupFilesIn(dir)[0]!);
    await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    const copy = 'kakehashi-20260101T000000Z-manual.sqlite';
    fs.writeFileSync(path.join(dir, 'backups', copy), before);
    expect(inTables(b, dir)).toEqual({ 'a backup': DETAILS });
    expect((await call(b, 'backups:restore', { file: copy })).ok).toBe(true);
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: null, email: null, phone: null, address: null });
    expect(inTables(b, dir)).toEqual({});
  });

  it('a copy made before the withdrawal, restored after the consent was renewed, comes back with its old consent and none of the withdrawn details', async () => {
    const dir = folders.folder();
    const b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    const before = fs.readFileSync(backupFilesIn(dir)[0]!);
    await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2026-05-01', consentScope: 'office', email: 'renewed@example.kr', lastContactOn: '2025-10-10' });
    const copy = 'kakehashi-20260101T000000Z-manual.sqlite';
    fs.writeFileSync(path.join(dir, 'backups', copy), before);
    expect((await call(b, 'backups:restore', { file: copy })).ok).toBe(true);
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentOn: '2025-03-01', email: null, phone: null, address: null });
    expect(inTables(b, dir)).toEqual({});
  });

  it('a row without consent kept past a restore loses in the backups only what was written up to it: a consent given afterwards keeps its e-mail in a backup made then', async () => {
    const dir = folders.folder();
    let b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    const year = (await value(b, 'years:list', {}))[0]!;
    const kim = await value(b, 'trainees:create', {
      yearId: year.id, familyNameNative: '김', givenNameNative: '민수', familyNameLatin: 'KIM', givenNameLatin: 'Minsu', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
    });
    await value(b, 'alumni:set-contact', { traineeId: kim.id, lastContactOn: '2025-10-10' }); // no consent, never withdrawn
    const locked = (await value(b, 'backups:create', {})).file;
    clock += 3_600_000;
    const other = (await value(b, 'backups:create', {})).file;
    const unlock = lockBackups(b, (file) => file === locked);
    const KIM_MAIL = 'kim.later@example.kr';
    try {
      await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
      expect((await call(b, 'backups:restore', { file: other })).ok).toBe(true);
      clock += 3_600_000;
      await value(b, 'alumni:set-contact', { traineeId: kim.id, consentOn: '2026-05-01', consentScope: 'office', email: KIM_MAIL, lastContactOn: '2025-10-10' });
      await value(b, 'backups:create', {});
    } finally {
      unlock();
    }
    folders.close(b);
    b = folders.keep(folderBackend(dir, { now }));
    expect(await value(b, 'erasure:status', {})).toEqual({ pending: 0, failedBackups: [] });
    // Every backup made after Kim's consent still holds the e-mail; none holds Lee's details.
    const held = heldInTables(b, dir, [KIM_MAIL, ...DETAILS]);
    expect(Object.values(held).flat().filter((d) => d !== KIM_MAIL)).toEqual([]);
    expect(Object.keys(held).filter((k) => k !== 'live').length).toBeGreaterThan(0);
  });

  it('leaves no byte of the details in the plain database file, its WAL or a backup', async () => {
    const dir = folders.folder();
    const b = folders.keep(plainFolderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    // The check sees them while they are there.
    expect(inFiles(dir)).toEqual({ 'kakehashi.sqlite': DETAILS, 'kakehashi.sqlite-wal': DETAILS, 'a backup': DETAILS });
    await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    expect(inFiles(dir)).toEqual({});
    b.close();
    expect(inFiles(dir)).toEqual({});
  });

  it('leaves none of the details in any table of the encrypted database or its backup, whose row keeps its consent date', async () => {
    const dir = folders.folder();
    const b = folders.keep(folderBackend(dir, { now }));
    const lee = await heldAndBackedUp(b);
    expect(inTables(b, dir)).toEqual({ live: DETAILS, 'a backup': DETAILS });
    await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
    expect(inTables(b, dir)).toEqual({});
    // The backup keeps its row as it was then, without the details.
    const backup = backupFilesIn(dir)[0]!;
    const db = b.ctx.openDatabaseFile(backup, { readonly: true });
    try {
      expect(db.prepare('SELECT consent_on, email, phone, address FROM alumni_contacts').get()).toEqual({ consent_on: '2025-03-01', email: null, phone: null, address: null });
    } finally {
      db.close();
    }
  });
});
