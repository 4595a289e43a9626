import path from 'node:path';
import { contract, type Channel } from '@shared/contract/channels';
import { openBackend, type Backend, type BackendOptions } from './backend';
import { quickCheck } from './db/damage';
import { DATABASE_FILE, DatabaseKeyError, openWithKey } from './db/open';
import { AppError } from './ipc/app-error';
import type { Handlers } from './ipc/dispatch';
import { newDatabaseKey } from './secrets/database-key';
import type { SecretStore } from './secrets/secret-store';
import { rekey } from './secrets/transfer';

/**
 * Puts a copy made on another PC (under its transfer code) under this PC's own key. The key is
 * stored before the file is re-keyed, so a crash between the two leaves a file the code still
 * opens and a key that is used again on the next try. A wrong code changes nothing.
 */
export function adoptCopy(dataDir: string, transferCode: string, secrets: SecretStore, nativeBinding?: string): void {
  const file = path.join(dataDir, DATABASE_FILE);
  let db;
  try {
    db = openWithKey(file, { key: transferCode, nativeBinding });
  } catch (error) {
    if (error instanceof DatabaseKeyError) throw new AppError('transfer_code_wrong');
    throw error;
  }
  try {
    if (quickCheck(db) !== 'ok') throw new AppError('transfer_code_wrong');
    const key = secrets.read('databaseKey') ?? newDatabaseKey();
    secrets.write('databaseKey', key);
    rekey(db, key);
  } finally {
    db.close();
  }
}

function opensWithOwnKey(options: BackendOptions & { secrets: SecretStore }): boolean {
  const key = options.secrets.read('databaseKey');
  if (!key) return false;
  try {
    openWithKey(path.join(options.dataDir, DATABASE_FILE), { key, readonly: true, nativeBinding: options.nativeBinding }).close();
    return true;
  } catch {
    return false;
  }
}

export interface LockedBackend {
  /** The handlers to serve: every channel answers `database_locked` until the copy is opened, then the full backend's. */
  handlers: Handlers;
  /** The full backend once the copy is open. */
  current(): Backend | null;
  close(): void;
}

/**
 * The backend while the database here is a copy from another PC that this PC's key does not
 * open: the screen asks for the transfer code (vault:unlock); until then nothing else answers.
 * The same handlers object then serves the opened backend, so IPC and the host need no restart.
 */
export function openLockedBackend(options: BackendOptions & { secrets: SecretStore }): LockedBackend {
  let backend: Backend | null = null;
  const locked = () => {
    throw new AppError('database_locked');
  };
  const handlers = Object.fromEntries((Object.keys(contract) as Channel[]).map((channel) => [channel, locked])) as unknown as Handlers;
  const status = () => ({ locked: backend === null, keyStorage: options.secrets.where });
  handlers['vault:status'] = status;
  handlers['vault:unlock'] = ({ transferCode }) => {
    if (backend) return status();
    // A try before may have re-keyed the copy and then failed to open it: it is this PC's own now.
    if (!opensWithOwnKey(options)) adoptCopy(options.dataDir, transferCode, options.secrets, options.nativeBinding);
    backend = openBackend(options);
    Object.assign(handlers, backend.handlers);
    return status();
  };
  return { handlers, current: () => backend, close: () => backend?.close() };
}
