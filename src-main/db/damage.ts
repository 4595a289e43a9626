import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './cipher';

/** The database file cannot be trusted: SQLite found it corrupt, or it is not a database. */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The database file ${file} is damaged (${detail}). Nothing was changed.`);
    this.name = 'DamagedDatabaseError';
  }
}

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB']);

export function isDamageError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && DAMAGE_CODES.has((error as { code?: string }).code ?? '');
}

/** `PRAGMA quick_check` on an open database: 'ok', or what is wrong. */
export function quickCheck(db: Database.Database): string {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  return rows.map((r) => r.quick_check).join('; ');
}

/** Whether a file is a sound SQLite database that `key` opens (none: a plain file), checked read-only. */
export function isSoundDatabaseFile(file: string, key?: string | null, nativeBinding?: string): boolean {
  if (!fs.existsSync(file)) return false;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    applyKey(db, key);
    return quickCheck(db) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
