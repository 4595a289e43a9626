import { describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { folderBackend, value } from '../../test/backend';
import { dataFolders, heldInTables, lockBackups } from '../../test/data-folders';
import type * as Erase from './erase';
import { finishPendingErasures } from './erasure.service';

/**
 * A vacuum of the live database that fails (another program reading it) is tried again: the
 * freed pages may still hold the erased bytes, so the next pass must vacuum, whether or not a
 * backup failed too. The live database's vacuum is made to fail once here.
 */
const live = vi.hoisted(() => ({ db: null as unknown, failNext: false, vacuums: 0 }));
vi.mock('./erase', async (original) => {
  const erase = await original<typeof Erase>();
  return {
    ...erase,
    compact: (db: Database) => {
      if (db === live.db) {
        live.vacuums++;
        if (live.failNext) {
          live.failNext = false;
          throw new Error('SQLITE_BUSY: database is locked');
        }
      }
      erase.compact(db);
    },
  };
});

const EMAIL = 'vacuum.retry@example.kr';
const folders = dataFolders('kk-vacuum-retry-');
let clock = Date.parse('2026-04-01T00:00:00Z');
const now = () => new Date((clock += 1000));

async function withdrawnWhileTheVacuumFails(lockedBackup: boolean) {
  const dir = folders.folder();
  const b = folders.keep(folderBackend(dir, { now }));
  const year = await value(b, 'years:create', { fiscalYear: 2015 });
  const lee = await value(b, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
  });
  await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: EMAIL });
  const backup = (await value(b, 'backups:create', {})).file;
  live.db = b.ctx.db;
  live.failNext = true;
  const unlock = lockBackups(b, (file) => lockedBackup && file === backup);
  try {
    await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '2025-10-10' });
  } finally {
    unlock();
  }
  expect(live.failNext).toBe(false); // the vacuum was tried, and failed
  return { b, dir };
}

describe('a withdrawal whose vacuum failed', () => {
  for (const lockedBackup of [true, false]) {
    it(`is vacuumed again at the next pass${lockedBackup ? ', with the backup that failed' : ', though every backup was rewritten'}, and only then is its record gone`, async () => {
      const { b, dir } = await withdrawnWhileTheVacuumFails(lockedBackup);
      expect(b.ctx.db.prepare("SELECT attempted_at FROM erasure_runs WHERE erasure_id = 'value-rules'").pluck().all()).toEqual([null]);
      const before = live.vacuums;
      expect(finishPendingErasures(b.ctx)).toMatchObject({ backupsFailed: [] });
      expect(live.vacuums - before).toBe(1);
      expect(b.ctx.db.prepare('SELECT COUNT(*) FROM erasure_runs').pluck().get()).toBe(0);
      expect(heldInTables(b, dir, [EMAIL])).toEqual({});
    });
  }
});
