import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { DamagedDatabaseError, isDamageError, quickCheck } from './damage';
import { migrate, type MigrateResult } from './migrate';
import { migrations } from './migrations';

export const DATABASE_FILE = 'kakehashi.sqlite';

export interface OpenOptions {
  /** A better-sqlite3 binary built for the running runtime (Electron and Node differ). */
  nativeBinding?: string;
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  migration: MigrateResult;
}

/** Opens (or creates) the database in a data folder, sets its pragmas and migrates it. */
export function openDataFolder(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  return openDatabase(path.join(dataDir, DATABASE_FILE), options);
}

/**
 * Opens a database file, or `:memory:` for tests. A file SQLite finds damaged is refused with
 * a DamagedDatabaseError before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    if (isDamageError(error)) throw new DamagedDatabaseError(file, (error as Error).message);
    throw error;
  }
  try {
    if (file !== ':memory:') {
      const check = quickCheck(db);
      if (check !== 'ok') throw new DamagedDatabaseError(file, check);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const migration = migrate(db, migrations, { file: file === ':memory:' ? undefined : file, now: options.now });
    return { db, file, migration };
  } catch (error) {
    db.close();
    if (isDamageError(error)) throw new DamagedDatabaseError(file, (error as Error).message);
    throw error;
  }
}
