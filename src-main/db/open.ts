import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { DamagedDatabaseError, isDamageError, isSoundDatabaseFile, quickCheck } from './damage';
import { migrate, type MigrateResult } from './migrate';
import { migrations } from './migrations';
import { applyKey, isPlainDatabaseFile } from './cipher';
import { encryptPlainFile } from './encrypt';
import { secureDir, secureFile } from './file-modes';

export const DATABASE_FILE = 'kakehashi.sqlite';

export interface OpenOptions {
  /** A better-sqlite3 binary built for the running runtime (Electron and Node differ). */
  nativeBinding?: string;
  now?: () => Date;
  /** The database key. Files are encrypted (ChaCha20-Poly1305, SQLite3 Multiple Ciphers) when it is set. */
  key?: string | null;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  migration: MigrateResult;
  /** Set when a plain database of an earlier version was encrypted on this start. */
  encrypted: { files: number } | null;
}

/** The database cannot be opened with the key this PC holds (or the key is missing). Nothing was changed. */
export class DatabaseKeyError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'wrong_key' | 'no_key',
  ) {
    super(
      reason === 'no_key'
        ? `The database ${file} is encrypted and no key was given. Nothing was changed.`
        : `The database ${file} cannot be opened with this PC's key (a wrong key, or a copy from another PC). Nothing was changed.`,
    );
    this.name = 'DatabaseKeyError';
  }
}

/**
 * Opens a database file with a key: the one way the app opens a file (the live database,
 * a backup, a copy). Throws DatabaseKeyError when the key does not open it.
 */
export function openWithKey(file: string, options: { key?: string | null; readonly?: boolean; nativeBinding?: string } = {}): Db {
  const db = new Database(file, {
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyKey(db, options.key);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB' && file !== ':memory:' && !isPlainDatabaseFile(file)) {
      throw new DatabaseKeyError(file, options.key ? 'wrong_key' : 'no_key');
    }
    throw error;
  }
}

/**
 * Opens (or creates) the database in a data folder, sets its pragmas and migrates it. The
 * folder is made 0700 and its files 0600. With a key, a plain database of an earlier version
 * (and its backups) is encrypted first.
 */
export function openDataFolder(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  secureDir(dataDir);
  const file = path.join(dataDir, DATABASE_FILE);
  const encrypted = options.key ? encryptPlainFile(file, options.key, options.nativeBinding) : null;
  let opened: OpenedDatabase;
  try {
    opened = openDatabase(file, options);
  } catch (error) {
    // The key opens a backup but not the database: the key is right and the file is damaged.
    if (error instanceof DatabaseKeyError && keyOpensABackup(dataDir, options)) throw new DamagedDatabaseError(file, 'file is not a database');
    throw error;
  }
  for (const suffix of ['', '-wal', '-shm']) secureFile(file + suffix);
  return { ...opened, encrypted };
}

function keyOpensABackup(dataDir: string, options: OpenOptions): boolean {
  const dir = path.join(dataDir, 'backups');
  if (!options.key || !fs.existsSync(dir)) return false;
  return fs.readdirSync(dir).some((f) => f.endsWith('.sqlite') && isSoundDatabaseFile(path.join(dir, f), options.key, options.nativeBinding));
}

/**
 * Opens a database file, or `:memory:` for tests. A file SQLite finds damaged is refused with
 * a DamagedDatabaseError before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  let db: Db;
  try {
    db = openWithKey(file, { key: options.key, nativeBinding: options.nativeBinding });
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
    db.pragma('secure_delete = ON'); // freed pages are zeroed: an erased value leaves no bytes behind
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const migration = migrate(db, migrations, { file: file === ':memory:' ? undefined : file, now: options.now });
    if (migration.backupFile) secureFile(migration.backupFile);
    return { db, file, migration, encrypted: null };
  } catch (error) {
    db.close();
    if (isDamageError(error)) throw new DamagedDatabaseError(file, (error as Error).message);
    throw error;
  }
}
