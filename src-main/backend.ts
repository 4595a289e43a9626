import { openDataFolder, openDatabase } from './db/open';
import type { Ctx } from './features/context';
import { createHandlers } from './features/handlers';
import type { Handlers } from './ipc/dispatch';
import pkg from '../package.json';
import type { Database } from 'better-sqlite3';
import { newId } from './db/ids';
import { readSetting, writeSetting } from './features/settings/settings.repo';
import { purgeExpiredTrash } from './features/trainees/trainees.service';

/** Each copy of the database gets its own id once, so its changes can be told apart. */
function ensureDeviceId(db: Database, now: Date): string {
  const existing = readSetting(db, 'deviceId');
  if (existing) return existing;
  const id = newId();
  writeSetting(db, 'deviceId', id, now);
  return id;
}

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
}

/** Opens the database and wires every handler: the same backend for Electron and the host. */
export function openBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const opened =
    options.dataDir === ':memory:'
      ? openDatabase(':memory:', { now })
      : openDataFolder(options.dataDir, { nativeBinding: options.nativeBinding, now });
  const db = opened.db;
  const ctx: Ctx = {
    db,
    now,
    deviceId: ensureDeviceId(db, now()),
    author: () => readSetting(db, 'staffName'),
    databasePath: opened.file,
    appVersion: pkg.version,
  };
  purgeExpiredTrash(ctx);
  return { ctx, handlers: createHandlers(ctx), close: () => opened.db.close() };
}
