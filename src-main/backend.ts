import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DATABASE_FILE, openDataFolder, openDatabase, openWithKey } from './db/open';
import { secureFile } from './db/file-modes';
import { databaseKeyFor } from './secrets/database-key';
import { memorySecretStore, type SecretStore } from './secrets/secret-store';
import { newId } from './db/ids';
import { backupsDirOf, hasUnsavedChanges, makeBackup, newestSoundBackup } from './features/backups';
import type { Ctx } from './features/context';
import { createHandlers } from './features/handlers';
import { readSetting, writeSetting } from './features/settings';
import { purgeExpiredTrash, rebuildSearchIndex, SEARCH_TEXT_VERSION } from './features/trainees';
import { applyEntries, moveSecretsOutOfSettings } from './features/sync';
import { refuseClosedYearWrites } from './features/completion';
import { applyContactConsentRuleOnce } from './features/alumni';
import { erasureMemoryOf, keepErasureMemory } from './features/erasure';
import type { Handlers } from './ipc/dispatch';
import path from 'node:path';
import pkg from '../package.json';

export interface Backend {
  ctx: Ctx;
  handlers: Handlers;
  close(): void;
}

export interface BackendOptions {
  /** A data folder, or `:memory:` for tests. */
  dataDir: string;
  nativeBinding?: string;
  now?: () => Date;
  /** Back up on start and every hour when something changed (off in tests). */
  autoBackup?: boolean;
  /** Where the database key and the sync passphrase are kept; in memory when not given. */
  secrets?: SecretStore;
  /** Only for the benchmark's baseline: a plain file, no key. The app never sets it. */
  plainForBenchmark?: boolean;
}

const HOUR = 3_600_000;

/** Each copy of the database gets its own id once, so its changes can be told apart. */
function ensureDeviceId(db: Database, now: Date): string {
  const existing = readSetting(db, 'deviceId');
  if (existing) return existing;
  const id = newId();
  writeSetting(db, 'deviceId', id, now);
  return id;
}

/** Opens the database and wires every handler: the same backend for Electron and the host. */
/** A database whose search text was written by other rules (an older version) is indexed again, once. */
function refreshSearchIndex(ctx: Ctx): void {
  if (readSetting(ctx.db, 'searchTextVersion') === SEARCH_TEXT_VERSION) return;
  rebuildSearchIndex(ctx);
  writeSetting(ctx.db, 'searchTextVersion', SEARCH_TEXT_VERSION, ctx.now());
}

export function openBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const secrets = options.secrets ?? memorySecretStore();
  const inMemory = options.dataDir === ':memory:';
  const key = inMemory || options.plainForBenchmark ? null : databaseKeyFor(secrets, path.join(options.dataDir, DATABASE_FILE));
  const open = () =>
    inMemory ? openDatabase(':memory:', { now }) : openDataFolder(options.dataDir, { nativeBinding: options.nativeBinding, now, key });
  const opened = open();
  const ctx: Ctx = {
    db: opened.db,
    now,
    deviceId: ensureDeviceId(opened.db, now()),
    author: () => readSetting(ctx.db, 'staffName'),
    check: refuseClosedYearWrites,
    databasePath: opened.file,
    appVersion: pkg.version,
    replaceDatabase(file) {
      if (ctx.databasePath === ':memory:') throw new Error('an in-memory database has no file to replace');
      // Nothing erased comes back with an older file, and a backup not yet rewritten stays refused (features/erasure).
      const erasures = erasureMemoryOf(ctx);
      ctx.db.close();
      for (const suffix of ['-wal', '-shm']) fs.rmSync(ctx.databasePath + suffix, { force: true });
      fs.copyFileSync(file, ctx.databasePath);
      secureFile(ctx.databasePath);
      ctx.db = open().db;
      keepErasureMemory(ctx, erasures, applyEntries);
      refreshSearchIndex(ctx);
      applyContactConsentRuleOnce(ctx);
    },
    secrets,
    openDatabaseFile: (file, fileOptions) => openWithKey(file, { key, readonly: fileOptions?.readonly, nativeBinding: options.nativeBinding }),
  };
  purgeExpiredTrash(ctx);
  moveSecretsOutOfSettings(ctx);
  refreshSearchIndex(ctx);
  // Withdrawn consents of an older build: their contact details erased from the log once (features/alumni).
  applyContactConsentRuleOnce(ctx);

  let timer: NodeJS.Timeout | undefined;
  if (options.autoBackup && opened.file !== ':memory:') {
    const backupIfChanged = (reason: 'start' | 'hourly') => {
      try {
        if (hasUnsavedChanges(ctx)) makeBackup(ctx, reason);
      } catch (error) {
        console.error('[kakehashi] automatic backup failed', error);
      }
    };
    backupIfChanged('start');
    timer = setInterval(() => backupIfChanged('hourly'), HOUR);
    timer.unref();
  }
  return {
    ctx,
    handlers: createHandlers(ctx),
    close: () => {
      clearInterval(timer);
      ctx.db.close();
    },
  };
}

/**
 * For a damaged database: moves the damaged file aside (never deleted) and puts the newest
 * sound backup in its place. Returns that backup's file name, or null when there is none.
 */
export function restoreNewestBackup(dataDir: string, key: string | null): string | null {
  const file = path.join(dataDir, DATABASE_FILE);
  const backup = newestSoundBackup(file, key);
  if (!backup) return null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, `${file}.damaged-${stamp}${suffix}`);
  }
  fs.copyFileSync(path.join(backupsDirOf(file), backup.file), file);
  secureFile(file);
  return backup.file;
}
