import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { folderBackend, plainFolderBackend, value } from '../../test/backend';
import { backupFilesIn, dataFolders, filesIn, heldInTables, heldOnDisk } from '../../test/data-folders';
import { readSetting, writeSetting } from '../settings';
import { applyContactConsentRuleOnce, CONTACT_CONSENT_RULE_VERSION } from './alumni.erasure';
import { writeContact } from './alumni.repo';

/**
 * A database whose consents were withdrawn by an older build (before the consent rule, or on a PC
 * that ran one) still holds the contact details in its log and its backups: the next open erases
 * them, once, and compacts. A database with nothing to erase is opened as before: no rewrite.
 */
const EMAIL = 'minh.open@example.vn';
const PHONE = '+84 90 318 4472';
const PHONE_B = '+84 91 726 0583';
const ADDRESS = 'Số 12 Lê Lợi, Huế (q8Wd)';
const CONSENT = { consentOn: '2024-06-01', consentScope: 'share' as const };
const DETAILS = [EMAIL, PHONE, PHONE_B, ADDRESS];
const SETTING = 'contactConsentRuleVersion';

const folders = dataFolders('kk-consent-open-');

let clock = Date.parse('2026-04-01T00:00:00Z');
const now = () => new Date((clock += 1000));

/** The encrypted data folder as a PC keeps it (same key every time), or a plain one whose bytes can be searched. */
function open(dir: string, plain = false): Backend {
  return folders.keep(plain ? plainFolderBackend(dir, { now }) : folderBackend(dir, { now }));
}

/** The details found in the bytes of the folder's files (database, WAL, backups), by file. */
const inFiles = (dir: string) => heldOnDisk(dir, DETAILS);

/** The details found in any text of any table of each database file of the folder (live and backups), by file. */
const inTables = (b: Backend, dir: string) => heldInTables(b, dir, DETAILS);

/**
 * An alumnus whose consent and details were saved (the phone changed once), a backup made then,
 * and the consent withdrawn as an older build did it: the row written without consent and
 * details through the row writer alone, the rule not applied, and the database never brought to
 * the rule (no version setting).
 */
async function withdrawnByAnOlderBuild(b: Backend): Promise<string> {
  const year = await value(b, 'years:create', { fiscalYear: 2012 });
  const minh = await value(b, 'trainees:create', {
    yearId: year.id, familyNameNative: 'Nguyễn', givenNameNative: 'Văn Minh', familyNameLatin: 'NGUYEN', givenNameLatin: 'Van Minh', nameLang: 'vi', nameOrder: 'family_first', nationality: 'VN', status: 'completed',
  });
  await value(b, 'alumni:set-contact', { traineeId: minh.id, ...CONSENT, email: EMAIL, phone: PHONE, address: ADDRESS });
  await value(b, 'alumni:set-contact', { traineeId: minh.id, ...CONSENT, email: EMAIL, phone: PHONE_B, address: ADDRESS });
  await value(b, 'backups:create', {});
  b.ctx.db.transaction(() => {
    writeContact(b.ctx, minh.id, { consentOn: null, consentScope: null, email: null, phone: null, address: null, other: null, lastContactOn: '2025-09-30' });
    b.ctx.db.prepare('DELETE FROM settings WHERE id = ?').run(SETTING);
  })();
  return minh.id;
}

describe('opening a database whose consents an older build withdrew', () => {
  it('erases the details from the log of the encrypted database and from its backup, keeping the writes and the consent’s history, once', async () => {
    const dir = folders.folder();
    let b = open(dir);
    const minhId = await withdrawnByAnOlderBuild(b);
    // The row is empty, the log and the backup still hold the details (the check sees them).
    expect(b.ctx.db.prepare('SELECT consent_on, email, phone, address FROM alumni_contacts').get()).toEqual({ consent_on: null, email: null, phone: null, address: null });
    expect(inTables(b, dir)).toEqual({ live: DETAILS, 'a backup': DETAILS });
    folders.close(b);

    b = open(dir);
    expect(inTables(b, dir)).toEqual({});
    expect(readSetting(b.ctx.db, SETTING)).toBe(CONTACT_CONSENT_RULE_VERSION);
    // Every write is still in the log; the history says which fields changed, never the details.
    const ops = b.ctx.db.prepare("SELECT op FROM change_log WHERE table_name = 'alumni_contacts' ORDER BY hlc").pluck().all();
    expect(ops).toEqual(['insert', 'update', 'update']);
    const history = await value(b, 'alumni:history', { traineeId: minhId });
    const phone = history.filter((h) => h.field === 'phone');
    expect(phone).toHaveLength(3);
    for (const h of phone) expect(h).toMatchObject({ isHidden: true, oldValue: null, newValue: null });
    expect(history).toContainEqual(expect.objectContaining({ field: 'consentOn', oldValue: '2024-06-01', newValue: null }));
    expect((await value(b, 'alumni:trainee', { traineeId: minhId })).contact).toMatchObject({ consentOn: null, email: null, phone: null, lastContactOn: '2025-09-30' });
    // The backup keeps its row as it was then (consent held), without the details.
    const backup = backupFilesIn(dir)[0]!;
    const db = b.ctx.openDatabaseFile(backup, { readonly: true });
    try {
      expect(db.prepare('SELECT consent_on, email, phone, address FROM alumni_contacts').get()).toEqual({ consent_on: '2024-06-01', email: null, phone: null, address: null });
    } finally {
      db.close();
    }
  });

  it('leaves no byte of the details in the plain database file, its WAL or the backup once opened again', async () => {
    const dir = folders.folder();
    let b = open(dir, true);
    await withdrawnByAnOlderBuild(b);
    b.ctx.db.pragma('wal_checkpoint(PASSIVE)');
    expect(inFiles(dir)).toEqual({ 'kakehashi.sqlite': DETAILS, 'kakehashi.sqlite-wal': DETAILS, 'a backup': DETAILS });
    folders.close(b);
    expect(Object.keys(inFiles(dir))).toContain('kakehashi.sqlite'); // closing alone erases nothing

    b = open(dir, true);
    expect(inFiles(dir)).toEqual({});
    folders.close(b);
    expect(inFiles(dir)).toEqual({});
  });

  it('brought to the first version of the rule, with a consent withdrawn and renewed there: the details up to the withdrawal go from the log and the backup, the renewed e-mail stays', async () => {
    const NEW_EMAIL = 'minh.renewed@example.vn';
    const dir = folders.folder();
    let b = open(dir);
    const minhId = await withdrawnByAnOlderBuild(b);
    b.ctx.db.transaction(() => {
      writeContact(b.ctx, minhId, { consentOn: '2026-02-01', consentScope: 'office', email: NEW_EMAIL, phone: null, address: null, other: null, lastContactOn: '2025-09-30' });
      // What the first version of the rule left: it looked only at rows without consent now.
      writeSetting(b.ctx.db, SETTING, '1', now());
    })();
    expect(inTables(b, dir)).toEqual({ live: DETAILS, 'a backup': DETAILS });
    folders.close(b);

    b = open(dir);
    expect(heldInTables(b, dir, [...DETAILS, NEW_EMAIL])).toEqual({ live: [NEW_EMAIL] });
    expect(b.ctx.db.prepare('SELECT consent_on, email FROM alumni_contacts').get()).toEqual({ consent_on: '2026-02-01', email: NEW_EMAIL });
    expect(readSetting(b.ctx.db, SETTING)).toBe(CONTACT_CONSENT_RULE_VERSION);
  });
});

describe('restoring a backup an older build made', () => {
  it('erases the details the restored file still holds in its log, as an open does', async () => {
    const dir = folders.folder();
    const b = open(dir);
    await withdrawnByAnOlderBuild(b);
    const backup = backupFilesIn(dir)[0]!;
    await value(b, 'backups:create', {}); // a second backup, made after the older build's withdrawal
    const older = backupFilesIn(dir).find((f) => f !== backup)!;
    const olderBytes = fs.readFileSync(older);
    // This PC brought to the rule; then the older build's backup put back as it was (copied from a PC that ran it).
    expect(applyContactConsentRuleOnce(b.ctx)).toBe(1);
    expect(inTables(b, dir)).toEqual({});
    fs.writeFileSync(older, olderBytes);
    expect(inTables(b, dir)).toEqual({ 'a backup': DETAILS });

    await value(b, 'backups:restore', { file: path.basename(older) });
    expect(inTables(b, dir)).toEqual({});
    expect(readSetting(b.ctx.db, SETTING)).toBe(CONTACT_CONSENT_RULE_VERSION);
    expect(b.ctx.db.prepare('SELECT last_contact_on FROM alumni_contacts').pluck().get()).toBe('2025-09-30');
  });
});

describe('opening a database with nothing to erase', () => {
  /** The database file's bytes and modification time, and those of every backup. */
  function snapshot(dir: string) {
    return filesIn(dir)
      .filter((f) => f.endsWith('.sqlite'))
      .sort()
      .map((f) => ({ file: path.relative(dir, f), mtime: fs.statSync(f).mtimeMs, bytes: fs.readFileSync(f).toString('base64') }));
  }

  async function consentHeldAndOneWithdrawnByThisBuild(b: Backend): Promise<void> {
    const year = await value(b, 'years:create', { fiscalYear: 2013 });
    for (const [given, email] of [['Lan', EMAIL], ['Hoa', null]] as const) {
      const t = await value(b, 'trainees:create', {
        yearId: year.id, familyNameNative: 'Trần', givenNameNative: given, familyNameLatin: 'TRAN', givenNameLatin: given, nameLang: 'vi', nameOrder: 'family_first', nationality: 'VN', status: 'completed',
      });
      await value(b, 'alumni:set-contact', { traineeId: t.id, ...CONSENT, email: email ?? 'hoa.tran@example.vn', phone: PHONE });
      if (!email) await value(b, 'alumni:set-contact', { traineeId: t.id, lastContactOn: '2025-01-10' }); // withdrawn through the rule
    }
    await value(b, 'backups:create', {});
  }

  it('already brought to the rule: the database and its backup are not rewritten (no vacuum), the held consent’s details stay', async () => {
    const dir = folders.folder();
    let b = open(dir);
    await consentHeldAndOneWithdrawnByThisBuild(b);
    folders.close(b);
    const before = snapshot(dir);
    expect(before).toHaveLength(2);

    b = open(dir);
    expect(snapshot(dir)).toEqual(before);
    expect(inTables(b, dir)).toEqual({ live: [EMAIL, PHONE], 'a backup': [EMAIL, PHONE] });
  });

  it('of an older build without a withdrawal: brought to the rule (the version written) without a vacuum or a backup rewritten', async () => {
    const dir = folders.folder();
    let b = open(dir);
    const year = await value(b, 'years:create', { fiscalYear: 2014 });
    const t = await value(b, 'trainees:create', {
      yearId: year.id, familyNameNative: 'Lê', givenNameNative: 'Thu', familyNameLatin: 'LE', givenNameLatin: 'Thu', nameLang: 'vi', nameOrder: 'family_first', nationality: 'VN', status: 'completed',
    });
    await value(b, 'alumni:set-contact', { traineeId: t.id, ...CONSENT, email: EMAIL, phone: PHONE });
    await value(b, 'backups:create', {});
    b.ctx.db.prepare('DELETE FROM settings WHERE id = ?').run(SETTING);
    folders.close(b);
    const before = snapshot(dir);

    b = open(dir);
    expect(readSetting(b.ctx.db, SETTING)).toBe(CONTACT_CONSENT_RULE_VERSION);
    // The version is in the WAL; a vacuum would have rewritten the file (and emptied the WAL into it).
    expect(snapshot(dir)).toEqual(before);
    expect(inTables(b, dir)).toEqual({ live: [EMAIL, PHONE], 'a backup': [EMAIL, PHONE] });
  });
});
