import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSE_OUT_PROCEDURE_COLUMNS, CLOSE_OUT_TRAINEE_COLUMNS } from '@shared/contract/field-classes';
import { ERASED_VALUE } from '@shared/contract/erasure';
import type { Backend } from '../../backend';
import type { Ctx } from '../context';
import { updateRow } from '../../db/rows';
import { call, folderBackend, plainFolderBackend, value } from '../../test/backend';
import { dataFolders, filesIn, lockBackups } from '../../test/data-folders';
import { jpegOfSize } from '../../test/jpeg';
import { eraseTraineeColumns, eraseTrainees, finishPendingErasures } from '.';

/**
 * Erasure on real, encrypted data folders: after it, no byte of the passport number, the medical
 * notes or the photo is anywhere in the folder — neither in the files as they lie on disk nor in
 * what the key opens (every text and blob of every table of the database and of each backup,
 * the change log included), and a second PC that imports the next change file erases them too.
 */
const PASSPORT = 'PZ9988776';
const MEDICAL = 'Erasure check: severe peanut allergy, adrenaline pen in the left pocket (q7Xv2)';
const PASS = 'kakehashi-office-2026-erasure';
const DAY = 86_400_000;

const folders = dataFolders('kk-erasure-');

let clock = Date.parse('2026-04-01T00:00:00Z');
const now = () => new Date((clock += 1000));

const openFolder = (dir: string) => folders.keep(folderBackend(dir, { now }));

/**
 * The same backend on a plain (unencrypted) twin of the data folder, whose every byte a test can
 * read: the same erasure runs there (plainFolderBackend says why that covers the encrypted one).
 */
const openPlainFolder = (dir: string) => folders.keep(plainFolderBackend(dir, { now }));

/** A JPEG the checks accept, with 48 random bytes in a comment segment: a slice no other file holds by chance. */
function markedJpeg(width: number, height: number): { jpeg: Buffer; mark: Buffer } {
  const base = jpegOfSize(width, height);
  const mark = crypto.randomBytes(48);
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, mark.length + 2]), mark]);
  return { jpeg: Buffer.concat([base.subarray(0, 2), comment, base.subarray(2)]), mark };
}

/** The ways a slice of bytes can show in text: itself (latin1) and inside base64 at each of the three alignments. */
function base64Needles(bytes: Buffer): string[] {
  return [0, 1, 2].map((shift) => {
    const text = bytes.subarray(shift).toString('base64');
    return text.slice(4, text.length - 4);
  });
}

interface Secret {
  texts: string[];
  blobs: Buffer[];
}

function secretOf(mark: Buffer, ...texts: string[]): Secret {
  return { texts: [...texts, ...base64Needles(mark)], blobs: [mark, ...texts.map((t) => Buffer.from(t, 'utf8'))] };
}

/** Files of the folder whose bytes, as they lie on disk, hold any of the secret. */
function rawHits(dir: string, secret: Secret): string[] {
  return filesIn(dir).filter((file) => {
    const bytes = fs.readFileSync(file);
    return secret.blobs.some((b) => bytes.includes(b)) || secret.texts.some((t) => bytes.includes(Buffer.from(t, 'latin1')));
  });
}

/** Every text and blob of every table (the change log and the search index too) that the key opens in `file`. */
function decryptedHits(ctx: Ctx, file: string, secret: Secret): string[] {
  const db = ctx.openDatabaseFile(file, { readonly: true });
  try {
    const hits: string[] = [];
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>) {
        for (const [column, v] of Object.entries(row)) {
          const bytes = Buffer.isBuffer(v) ? v : typeof v === 'string' ? Buffer.from(v, 'utf8') : null;
          if (!bytes) continue;
          const text = bytes.toString('latin1');
          if (secret.blobs.some((b) => bytes.includes(b)) || secret.texts.some((t) => text.includes(t) || bytes.toString('utf8').includes(t))) {
            hits.push(`${path.basename(file)}: ${table}.${column}`);
          }
        }
      }
    }
    return hits;
  } finally {
    db.close();
  }
}

/** The database and every backup of a data folder. */
function databaseFiles(dir: string): string[] {
  return filesIn(dir).filter((f) => f.endsWith('.sqlite'));
}

/**
 * Every place the secret could be in a folder: the raw bytes of every file, and each database as
 * its key opens it (free pages cannot be read through the cipher: the plain twin below covers them).
 */
function everywhere(backend: Backend, dir: string, secret: Secret): string[] {
  return [
    ...rawHits(dir, secret).map((f) => `raw ${path.relative(dir, f)}`),
    ...databaseFiles(dir).flatMap((f) => decryptedHits(backend.ctx, f, secret)),
  ];
}

async function traineeWithEverything(backend: Backend) {
  const year = await value(backend, 'years:create', { fiscalYear: 2026 });
  const trainee = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameLatin: 'NGUYEN', givenNameLatin: 'Thi Lan', nameLang: 'vi', nameOrder: 'family_first', nationality: 'VN',
    status: 'selected', passportNumber: 'PZ1112223', medicalNotes: MEDICAL, healthConsentOn: '2026-04-01',
  } as never);
  // A second value of the passport number, so its history holds two.
  await value(backend, 'trainees:update', { ...(await value(backend, 'trainees:get', { id: trainee.id })), passportNumber: PASSPORT } as never);
  const photo = markedJpeg(420, 540);
  const thumb = markedJpeg(84, 108);
  await value(backend, 'trainees:set-photo', { id: trainee.id, photo: photo.jpeg.toString('base64'), thumb: thumb.jpeg.toString('base64') });
  await value(backend, 'flights:create', {
    traineeId: trainee.id, kind: 'arrival', flightNumber: 'VN 310', fromAirport: 'HAN', toAirport: 'NRT', departsLocal: '2026-05-20T00:10', arrivesLocal: '2026-05-20T07:35',
  } as never);
  return { year, trainee, secret: secretOf(Buffer.concat([photo.mark]), PASSPORT, 'PZ1112223', MEDICAL), thumbSecret: secretOf(thumb.mark) };
}

const merged = (a: Secret, b: Secret): Secret => ({ texts: [...a.texts, ...b.texts], blobs: [...a.blobs, ...b.blobs] });

describe('erasure', () => {
  it('purges a trainee from the trash and leaves none of their bytes in the folder: database, WAL, every backup', async () => {
    const dir = folders.folder();
    let backend = openFolder(dir);
    const { trainee, secret, thumbSecret } = await traineeWithEverything(backend);
    const all = merged(secret, thumbSecret);
    await value(backend, 'backups:create', {});
    await value(backend, 'trainees:delete', { id: trainee.id });
    clock += 3600_000;
    await value(backend, 'backups:create', {});
    // A copy kept before a schema change lies beside the database.
    fs.copyFileSync(path.join(dir, 'backups', fs.readdirSync(path.join(dir, 'backups'))[0]!), path.join(dir, 'kakehashi.sqlite.before-schema-90.2026-04-01T00-00-00-000Z.sqlite'));

    // The checks find what is there: before the purge, every file the key opens holds it.
    const before = databaseFiles(dir).flatMap((f) => decryptedHits(backend.ctx, f, all));
    expect(before.some((h) => h.startsWith('kakehashi.sqlite: trainees.passport_number'))).toBe(true);
    expect(before.some((h) => h.includes('change_log.changes'))).toBe(true);
    expect(before.some((h) => h.includes('trainee_photos.photo'))).toBe(true);
    expect(new Set(before.map((h) => h.split(':')[0])).size).toBe(4);

    backend.close();
    clock += 31 * DAY;
    backend = openFolder(dir); // the purge runs on start

    expect(await call(backend, 'trainees:get', { id: trainee.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(everywhere(backend, dir, all)).toEqual([]);
    // The log keeps that the changes happened, not their values.
    const log = backend.ctx.db.prepare("SELECT op, changes FROM change_log WHERE table_name = 'trainees' AND row_id = ? ORDER BY hlc").all(trainee.id) as Array<{ op: string; changes: string }>;
    expect(log.map((e) => e.op)).toEqual(['insert', 'update', 'update', 'delete']);
    expect(log[1]!.changes).toContain('"passport_number",{"redacted":true},{"redacted":true}');
    expect(backend.ctx.db.prepare('SELECT scope, reason FROM erasures WHERE trainee_id = ?').all(trainee.id)).toEqual([{ scope: 'all', reason: 'trash' }]);
    // Nothing left of the flight either.
    expect(backend.ctx.db.prepare('SELECT COUNT(*) FROM flights').pluck().get()).toBe(0);

    backend.close();
    expect(rawHits(dir, all)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'kakehashi.sqlite-wal')) ? fs.statSync(path.join(dir, 'kakehashi.sqlite-wal')).size : 0).toBe(0);
  });

  it('leaves no byte behind on a plain twin either, where every byte of every page (free ones too) can be read', async () => {
    const dir = folders.folder();
    let backend = openPlainFolder(dir);
    const { trainee, secret, thumbSecret } = await traineeWithEverything(backend);
    const all = merged(secret, thumbSecret);
    await value(backend, 'backups:create', {});
    await value(backend, 'trainees:delete', { id: trainee.id });
    await value(backend, 'backups:create', {});
    // The raw check sees it while it is there.
    const seen = rawHits(dir, all).map((f) => path.relative(dir, f));
    expect(seen).toContain('kakehashi.sqlite-wal');
    expect(seen.some((f) => f.startsWith('backups/'))).toBe(true);
    backend.close();
    clock += 31 * DAY;
    backend = openPlainFolder(dir);
    expect(backend.ctx.db.prepare('SELECT COUNT(*) FROM trainees').pluck().get()).toBe(0);
    expect(rawHits(dir, all)).toEqual([]);
    expect(databaseFiles(dir).flatMap((f) => decryptedHits(backend.ctx, f, all))).toEqual([]);
    backend.close();
    expect(rawHits(dir, all)).toEqual([]);
  });

  it('travels to a second PC: the next change file erases there too, an edit made there meanwhile does not bring anything back, and a second import changes nothing', async () => {
    const officeDir = folders.folder();
    const laptopDir = folders.folder();
    let office = openFolder(officeDir);
    const laptop = openFolder(laptopDir);
    await value(office, 'sync:settings', { deviceName: '事務所PC', passphrase: PASS });
    await value(laptop, 'sync:settings', { deviceName: '空港ノートPC', passphrase: PASS });
    const { trainee, secret, thumbSecret } = await traineeWithEverything(office);
    const laterNote = 'Added at the airport: carries insulin (k9Qw3)';
    const all = merged(merged(secret, thumbSecret), { texts: [laterNote, 'Z9 8877'], blobs: [] });

    const full = await value(office, 'sync:export', { peerId: null });
    await value(laptop, 'sync:import', { fileName: full.fileName, dataBase64: full.dataBase64 });
    expect((await value(laptop, 'trainees:get', { id: trainee.id })).passportNumber).toBe(PASSPORT);
    await value(laptop, 'backups:create', {});

    // Offline, the laptop edits the trainee and adds a flight; the office meanwhile trashes and (31 days on) purges.
    await value(laptop, 'trainees:update', { ...(await value(laptop, 'trainees:get', { id: trainee.id })), medicalNotes: laterNote } as never);
    await value(laptop, 'flights:create', {
      traineeId: trainee.id, kind: 'return', flightNumber: 'Z9 8877', fromAirport: 'NRT', toAirport: 'HAN', departsLocal: '2026-11-20T10:00', arrivesLocal: '2026-11-20T14:00',
    } as never);
    await value(office, 'trainees:delete', { id: trainee.id });
    office.close();
    clock += 31 * DAY;
    office = openFolder(officeDir);
    expect(everywhere(office, officeDir, all)).toEqual([]);

    // The laptop's changes reach the office after the erasure: dropped.
    const fromLaptop = await value(laptop, 'sync:export', { peerId: office.ctx.deviceId });
    await value(office, 'sync:import', { fileName: fromLaptop.fileName, dataBase64: fromLaptop.dataBase64 });
    expect(office.ctx.db.prepare('SELECT COUNT(*) FROM trainees').pluck().get()).toBe(0);
    expect(office.ctx.db.prepare('SELECT COUNT(*) FROM flights').pluck().get()).toBe(0);
    expect(everywhere(office, officeDir, all)).toEqual([]);

    // The office's next change file erases on the laptop: rows, log, backups.
    const next = await value(office, 'sync:export', { peerId: laptop.ctx.deviceId });
    await value(laptop, 'sync:import', { fileName: next.fileName, dataBase64: next.dataBase64 });
    expect(await call(laptop, 'trainees:get', { id: trainee.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(everywhere(laptop, laptopDir, all)).toEqual([]);
    const digest = (await value(laptop, 'sync:digest', {})).digest;
    expect(digest).toBe((await value(office, 'sync:digest', {})).digest);

    // The same file again, and the laptop's own next file at the office: nothing changes, nothing comes back.
    const again = await value(laptop, 'sync:import', { fileName: next.fileName, dataBase64: next.dataBase64 });
    expect(again.applied).toBe(0);
    const back = await value(laptop, 'sync:export', { peerId: office.ctx.deviceId });
    await value(office, 'sync:import', { fileName: back.fileName, dataBase64: back.dataBase64 });
    expect((await value(laptop, 'sync:digest', {})).digest).toBe(digest);
    expect((await value(office, 'sync:digest', {})).digest).toBe(digest);
    expect(everywhere(office, officeDir, all)).toEqual([]);
    expect(everywhere(laptop, laptopDir, all)).toEqual([]);
    expect((await value(laptop, 'sync:conflicts', {})).length + (await value(office, 'sync:conflicts', {})).length).toBe(0);

    // A PC set up from scratch after the erasure gets none of it either.
    const newDir = folders.folder();
    const newPc = openFolder(newDir);
    await value(newPc, 'sync:settings', { deviceName: '新しいPC', passphrase: PASS });
    const everything = await value(office, 'sync:export', { peerId: null });
    await value(newPc, 'sync:import', { fileName: everything.fileName, dataBase64: everything.dataBase64 });
    expect(everywhere(newPc, newDir, all)).toEqual([]);
    expect((await value(newPc, 'sync:digest', {})).digest).toBe(digest);
  });

  it('closes out columns: passport and medical notes gone everywhere with all their history, the name and year kept, on a second PC too', async () => {
    const dir = folders.folder();
    const laptopDir = folders.folder();
    const backend = openFolder(dir);
    const laptop = openFolder(laptopDir);
    await value(backend, 'sync:settings', { deviceName: '事務所PC', passphrase: PASS });
    await value(laptop, 'sync:settings', { deviceName: '空港ノートPC', passphrase: PASS });
    const { trainee, secret, thumbSecret } = await traineeWithEverything(backend);
    const all = merged(secret, thumbSecret);
    await value(backend, 'backups:create', {});
    const full = await value(backend, 'sync:export', { peerId: null });
    await value(laptop, 'sync:import', { fileName: full.fileName, dataBase64: full.dataBase64 });
    await value(laptop, 'backups:create', {});

    const report = eraseTraineeColumns(backend.ctx, [trainee.id], CLOSE_OUT_TRAINEE_COLUMNS, { photo: true, reason: 'close-out' });
    expect(report).toEqual({ trainees: 1, backupsRewritten: 1, backupsFailed: [], pending: false });

    const kept = await value(backend, 'trainees:get', { id: trainee.id });
    expect(kept).toMatchObject({ familyNameLatin: 'NGUYEN', givenNameLatin: 'Thi Lan', fiscalYear: 2026, nationality: 'VN', passportNumber: null, medicalNotes: null, hasPhoto: false });
    const history = await value(backend, 'trainees:history', { id: trainee.id, revealIdentifiers: true } as never);
    const passportChanges = history.filter((h) => h.field === 'passportNumber');
    expect(passportChanges.length).toBeGreaterThanOrEqual(3);
    for (const h of [...passportChanges, ...history.filter((e) => e.field === 'medicalNotes')]) {
      expect([null, ERASED_VALUE]).toContain(h.oldValue);
      expect([null, ERASED_VALUE]).toContain(h.newValue);
    }
    expect(passportChanges.some((h) => h.oldValue === ERASED_VALUE)).toBe(true);
    expect(history.some((h) => h.field === 'familyNameLatin' && h.newValue === 'NGUYEN')).toBe(true);
    // Masked as identifiers are, an erased value still reads as erased.
    const masked = await value(backend, 'trainees:history', { id: trainee.id, revealIdentifiers: false } as never);
    expect(masked.filter((h) => h.field === 'passportNumber').map((h) => h.oldValue)).toEqual(passportChanges.map((h) => h.oldValue));
    expect(everywhere(backend, dir, all)).toEqual([]);
    // The name is still there (the check would see it).
    expect(decryptedHits(backend.ctx, path.join(dir, 'kakehashi.sqlite'), { texts: ['Thi Lan'], blobs: [] }).length).toBeGreaterThan(0);

    // The office has not heard from the laptop yet: its next file holds everything, the old (now redacted) changes too.
    const next = await value(backend, 'sync:export', { peerId: null });
    await value(laptop, 'sync:import', { fileName: next.fileName, dataBase64: next.dataBase64 });
    expect(await value(laptop, 'trainees:get', { id: trainee.id })).toMatchObject({ familyNameLatin: 'NGUYEN', passportNumber: null, medicalNotes: null, hasPhoto: false });
    expect(everywhere(laptop, laptopDir, all)).toEqual([]);
    expect((await value(laptop, 'sync:digest', {})).digest).toBe((await value(backend, 'sync:digest', {})).digest);

    // A PC set up from scratch gets the trainee without them.
    const newDir = folders.folder();
    const newPc = openFolder(newDir);
    await value(newPc, 'sync:settings', { deviceName: '新しいPC', passphrase: PASS });
    const everything = await value(backend, 'sync:export', { peerId: null });
    await value(newPc, 'sync:import', { fileName: everything.fileName, dataBase64: everything.dataBase64 });
    expect(await value(newPc, 'trainees:get', { id: trainee.id })).toMatchObject({ familyNameLatin: 'NGUYEN', passportNumber: null, hasPhoto: false });
    expect(everywhere(newPc, newDir, all)).toEqual([]);
  });

  it('a row another PC moved onto the erased trainee unseen goes on both PCs', async () => {
    const office = openFolder(folders.folder());
    const laptop = openFolder(folders.folder());
    await value(office, 'sync:settings', { deviceName: '事務所PC', passphrase: PASS });
    await value(laptop, 'sync:settings', { deviceName: '空港ノートPC', passphrase: PASS });
    const { year, trainee } = await traineeWithEverything(office);
    const other = await value(office, 'trainees:create', {
      yearId: year.id, familyNameLatin: 'TRAN', nameLang: 'vi', nameOrder: 'family_first', nationality: 'VN', status: 'selected',
    } as never);
    const flight = await value(office, 'flights:create', {
      traineeId: other.id, kind: 'arrival', flightNumber: 'VN 300', fromAirport: 'HAN', toAirport: 'NRT', departsLocal: '2026-05-20T00:10', arrivesLocal: '2026-05-20T07:35',
    } as never);
    const full = await value(office, 'sync:export', { peerId: null });
    await value(laptop, 'sync:import', { fileName: full.fileName, dataBase64: full.dataBase64 });

    laptop.ctx.db.transaction(() => updateRow(laptop.ctx, 'flights', flight.id, { trainee_id: trainee.id }))();
    eraseTrainees(office.ctx, [trainee.id], 'trash');

    const toOffice = await value(laptop, 'sync:export', { peerId: null });
    await value(office, 'sync:import', { fileName: toOffice.fileName, dataBase64: toOffice.dataBase64 });
    const toLaptop = await value(office, 'sync:export', { peerId: laptop.ctx.deviceId });
    await value(laptop, 'sync:import', { fileName: toLaptop.fileName, dataBase64: toLaptop.dataBase64 });
    for (const b of [office, laptop]) {
      expect(b.ctx.db.prepare('SELECT COUNT(*) FROM flights WHERE id = ?').pluck().get(flight.id)).toBe(0);
      expect(b.ctx.db.prepare('SELECT COUNT(*) FROM trainees').pluck().get()).toBe(1);
    }
    expect((await value(laptop, 'sync:digest', {})).digest).toBe((await value(office, 'sync:digest', {})).digest);
  });

  it('a close-out meets edits another PC made unseen: one made before it is erased too, one made after it stays, and both PCs end the same', async () => {
    const office = openFolder(folders.folder());
    const laptop = openFolder(folders.folder());
    await value(office, 'sync:settings', { deviceName: '事務所PC', passphrase: PASS });
    await value(laptop, 'sync:settings', { deviceName: '空港ノートPC', passphrase: PASS });
    const { trainee } = await traineeWithEverything(office);
    const full = await value(office, 'sync:export', { peerId: null });
    await value(laptop, 'sync:import', { fileName: full.fileName, dataBase64: full.dataBase64 });

    // Offline: the laptop notes a new allergy, then the office closes out, then the laptop types a new residence card number.
    await value(laptop, 'trainees:update', { ...(await value(laptop, 'trainees:get', { id: trainee.id })), allergies: 'Shellfish (r4Tz8)' } as never);
    eraseTraineeColumns(office.ctx, [trainee.id], CLOSE_OUT_TRAINEE_COLUMNS, { photo: true, reason: 'close-out' });
    await value(laptop, 'trainees:update', { ...(await value(laptop, 'trainees:get', { id: trainee.id })), residenceCardNumber: 'AB12345678CD' } as never);

    const toOffice = await value(laptop, 'sync:export', { peerId: null });
    await value(office, 'sync:import', { fileName: toOffice.fileName, dataBase64: toOffice.dataBase64 });
    const toLaptop = await value(office, 'sync:export', { peerId: laptop.ctx.deviceId });
    await value(laptop, 'sync:import', { fileName: toLaptop.fileName, dataBase64: toLaptop.dataBase64 });

    for (const b of [office, laptop]) {
      expect(await value(b, 'trainees:get', { id: trainee.id })).toMatchObject({ allergies: null, passportNumber: null, residenceCardNumber: 'AB12345678CD', hasPhoto: false });
      expect(decryptedHits(b.ctx, b.ctx.databasePath, { texts: ['Shellfish (r4Tz8)', PASSPORT, MEDICAL], blobs: [] })).toEqual([]);
    }
    expect((await value(laptop, 'sync:digest', {})).digest).toBe((await value(office, 'sync:digest', {})).digest);
  });

  it('a close-out meets entry-procedure edits another PC made unseen: a scan and note from before it go on both PCs, a note written after it stays', async () => {
    const office = openFolder(folders.folder());
    const laptop = openFolder(folders.folder());
    await value(office, 'sync:settings', { deviceName: '事務所PC', passphrase: PASS });
    await value(laptop, 'sync:settings', { deviceName: '空港ノートPC', passphrase: PASS });
    const { trainee, year } = await traineeWithEverything(office);
    const [health, cv, visa] = (await value(office, 'procedures:start-year', { yearId: year.id })).items;
    await value(office, 'procedures:set-status', { traineeId: trainee.id, itemId: cv!.id, status: 'received', note: 'CV note (m2Kd7)' });
    const full = await value(office, 'sync:export', { peerId: null });
    await value(laptop, 'sync:import', { fileName: full.fileName, dataBase64: full.dataBase64 });

    // Offline: the laptop keeps a health certificate scan, then the office closes out, then the laptop notes the visa.
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% '), crypto.randomBytes(48), Buffer.from('\n%%EOF\n')]);
    await value(laptop, 'procedures:set-status', { traineeId: trainee.id, itemId: health!.id, status: 'received', note: 'Health note (w8Pf3)' });
    await value(laptop, 'procedures:attach-file', { traineeId: trainee.id, itemId: health!.id, fileName: 'health.pdf', dataBase64: scan.toString('base64') });
    eraseTraineeColumns(office.ctx, [trainee.id], CLOSE_OUT_TRAINEE_COLUMNS, { photo: true, procedureColumns: CLOSE_OUT_PROCEDURE_COLUMNS, reason: 'close-out' });
    await value(laptop, 'procedures:set-status', { traineeId: trainee.id, itemId: visa!.id, status: 'done', note: 'Visa note after (k5Hs1)' });

    const toOffice = await value(laptop, 'sync:export', { peerId: null });
    await value(office, 'sync:import', { fileName: toOffice.fileName, dataBase64: toOffice.dataBase64 });
    const toLaptop = await value(office, 'sync:export', { peerId: laptop.ctx.deviceId });
    await value(laptop, 'sync:import', { fileName: toLaptop.fileName, dataBase64: toLaptop.dataBase64 });

    const secret = secretOf(scan.subarray(12, 60), 'CV note (m2Kd7)', 'Health note (w8Pf3)');
    for (const b of [office, laptop]) {
      const cells = (await value(b, 'procedures:trainee', { traineeId: trainee.id })).cells;
      expect(cells.find((c) => c.itemId === health!.id)).toMatchObject({ status: 'received', note: null, file: null });
      expect(cells.find((c) => c.itemId === cv!.id)).toMatchObject({ status: 'received', note: null });
      expect(cells.find((c) => c.itemId === visa!.id)).toMatchObject({ status: 'done', note: 'Visa note after (k5Hs1)' });
      expect(decryptedHits(b.ctx, b.ctx.databasePath, secret)).toEqual([]);
    }
    expect((await value(laptop, 'sync:digest', {})).digest).toBe((await value(office, 'sync:digest', {})).digest);
  });

  it('an import taken back erases the trainees it made, as the trash does', async () => {
    const dir = folders.folder();
    const backend = openFolder(dir);
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const csv = fs.readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/trainees-sjis.csv')).toString('base64');
    const applied = await value(backend, 'imports:apply', { yearId: year.id, fileName: 'a.csv', dataBase64: csv });
    const passports = backend.ctx.db.prepare('SELECT passport_number FROM trainees WHERE passport_number IS NOT NULL').pluck().all() as string[];
    expect(passports.length).toBeGreaterThan(0);
    await value(backend, 'backups:create', {});
    expect(await value(backend, 'imports:undo', { id: applied.importId })).toMatchObject({ removed: applied.created });
    expect(backend.ctx.db.prepare("SELECT COUNT(*) FROM erasures WHERE reason = 'import-undone'").pluck().get()).toBe(applied.created);
    expect(everywhere(backend, dir, { texts: passports, blobs: [] })).toEqual([]);
  });

  it('reports a backup it cannot open, and tries it again until it can', async () => {
    const dir = folders.folder();
    const backend = openFolder(dir);
    const { trainee } = await traineeWithEverything(backend);
    await value(backend, 'backups:create', {});
    const broken = 'kakehashi-20200101T000000Z-manual.sqlite';
    fs.writeFileSync(path.join(dir, 'backups', broken), crypto.randomBytes(8192));

    const report = eraseTrainees(backend.ctx, [trainee.id], 'close-out');
    expect(report).toEqual({ trainees: 1, backupsRewritten: 1, backupsFailed: [broken], pending: false });
    expect(await value(backend, 'erasure:status', {})).toEqual({ pending: 1, failedBackups: [broken] });
    // Tried again, only the backup that failed is opened: the database and the rewritten backup are left as they are.
    const sound = databaseFiles(dir).map((f) => [f, fs.statSync(f).mtimeMs, fs.readFileSync(f).toString('base64')]);
    expect(finishPendingErasures(backend.ctx)).toEqual({ trainees: 0, backupsRewritten: 0, backupsFailed: [broken], pending: false });
    expect(databaseFiles(dir).filter((f) => !f.endsWith(broken)).map((f) => [f, fs.statSync(f).mtimeMs, fs.readFileSync(f).toString('base64')])).toEqual(sound.filter(([f]) => !String(f).endsWith(broken)));
    // Replaced by a sound copy of the database, it is rewritten and the record goes.
    fs.copyFileSync(path.join(dir, 'backups', (await value(backend, 'backups:list', {}))[0]!.file), path.join(dir, 'backups', broken));
    expect(finishPendingErasures(backend.ctx)).toEqual({ trainees: 0, backupsRewritten: 1, backupsFailed: [], pending: false });
    expect(await value(backend, 'erasure:status', {})).toEqual({ pending: 0, failedBackups: [] });
    expect(finishPendingErasures(backend.ctx).backupsRewritten).toBe(0); // nothing pending any more

    // Inside a caller's transaction the vacuum and the backups cannot run: they wait, and say so.
    const other = await value(backend, 'trainees:create', {
      yearId: (await value(backend, 'years:list', {}))[0]!.id, familyNameLatin: 'PHAM', nameLang: 'vi', nameOrder: 'family_first', nationality: 'VN', status: 'selected', passportNumber: 'PQ5554443',
    } as never);
    const inside = backend.ctx.db.transaction(() => eraseTraineeColumns(backend.ctx, [other.id], ['passport_number'], { photo: false, reason: 'close-out' }))();
    expect(inside).toEqual({ trainees: 1, backupsRewritten: 0, backupsFailed: [], pending: true });
    expect(finishPendingErasures(backend.ctx)).toMatchObject({ backupsRewritten: 2, backupsFailed: [] });
    expect(everywhere(backend, dir, { texts: ['PQ5554443'], blobs: [] })).toEqual([]);
  });

  it('restoring another backup keeps the erasure pending for the one it could not rewrite: still refused, rewritten at the next start, and restored then without the trainee', async () => {
    const dir = folders.folder();
    let backend = openFolder(dir);
    const { trainee, secret } = await traineeWithEverything(backend);
    const locked = (await value(backend, 'backups:create', {})).file;
    clock += 3_600_000;
    const other = (await value(backend, 'backups:create', {})).file;
    const unlock = lockBackups(backend, (file) => file === locked);
    try {
      expect(eraseTrainees(backend.ctx, [trainee.id], 'close-out').backupsFailed).toEqual([locked]);
      expect((await call(backend, 'backups:restore', { file: other })).ok).toBe(true);
      expect(await value(backend, 'erasure:status', {})).toEqual({ pending: 1, failedBackups: [locked] });
      expect(await call(backend, 'backups:restore', { file: locked })).toEqual({ ok: false, error: { code: 'backup_not_erased', params: { file: locked } } });
    } finally {
      unlock();
    }
    folders.close(backend);
    backend = openFolder(dir);
    expect(await value(backend, 'erasure:status', {})).toEqual({ pending: 0, failedBackups: [] });
    expect(everywhere(backend, dir, secret)).toEqual([]);
    expect((await call(backend, 'backups:restore', { file: locked })).ok).toBe(true);
    expect((await call(backend, 'trainees:get', { id: trainee.id })).ok).toBe(false);
  });

  it('a backup from outside the app’s rewrites (a copy made before the erasure) restores without the erased trainee, and the erasure carried into it', async () => {
    const dir = folders.folder();
    const backend = openFolder(dir);
    const { trainee, secret } = await traineeWithEverything(backend);
    const before = fs.readFileSync(path.join(dir, 'backups', (await value(backend, 'backups:create', {})).file));
    eraseTrainees(backend.ctx, [trainee.id], 'trash');
    const copy = 'kakehashi-20260101T000000Z-manual.sqlite';
    fs.writeFileSync(path.join(dir, 'backups', copy), before);
    expect((await call(backend, 'backups:restore', { file: copy })).ok).toBe(true);
    expect((await call(backend, 'trainees:get', { id: trainee.id })).ok).toBe(false);
    expect(backend.ctx.db.prepare('SELECT COUNT(*) FROM erasures WHERE trainee_id = ?').pluck().get(trainee.id)).toBe(1);
    expect(await value(backend, 'erasure:status', {})).toEqual({ pending: 0, failedBackups: [] });
    expect(everywhere(backend, dir, secret)).toEqual([]);
  });
});
