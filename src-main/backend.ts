import { openDataFolder, openDatabase } from './db/open';
import type { Ctx } from './features/context';
import { createHandlers } from './features/handlers';
import type { Handlers } from './ipc/dispatch';
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
}

/** Opens the database and wires every handler: the same backend for Electron and the host. */
export function openBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const opened =
    options.dataDir === ':memory:'
      ? openDatabase(':memory:', { now })
      : openDataFolder(options.dataDir, { nativeBinding: options.nativeBinding, now });
  const ctx: Ctx = { db: opened.db, now, databasePath: opened.file, appVersion: pkg.version };
  return { ctx, handlers: createHandlers(ctx), close: () => opened.db.close() };
}
