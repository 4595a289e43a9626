import fs from 'node:fs';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';

/** Sets the key of a just-opened connection; it must come before anything reads the file. */
export function applyKey(db: Db, key: string | null | undefined): void {
  if (!key) return;
  db.pragma(`key = '${key.replace(/'/g, "''")}'`);
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when a file starts as a plain (unencrypted) SQLite database does: anyone can read it. */
export function isPlainDatabaseFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

