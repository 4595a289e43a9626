import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { applyKey, isPlainDatabaseFile } from './cipher';
import { quickCheck } from './damage';
import { otherDatabaseFilesOf } from './data-files';
import { secureFile, shredFile, zeroFile } from './file-modes';

function rowCounts(db: Db): Map<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
  return new Map(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name.replace(/"/g, '""')}"`).get() as { n: number }).n]));
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([table, n]) => b.get(table) === n);
}

const encrypting = (file: string) => `${file}.encrypting`;
const plainOld = (file: string) => `${file}.plain-old`;

/**
 * Finishes or undoes an encryption a crash cut short, from what is on disk: the encrypted copy
 * takes the file's place when the file is gone; a plain original already replaced is shredded;
 * an unfinished copy beside the original is shredded (and the work done again).
 */
function recover(file: string, key: string, options: { nativeBinding?: string }): void {
  const temp = encrypting(file);
  shredFile(`${temp}-journal`);
  if (fs.existsSync(temp) && !fs.existsSync(file)) {
    if (isSoundEncrypted(temp, key, options)) fs.renameSync(temp, file);
    else if (fs.existsSync(plainOld(file))) fs.renameSync(plainOld(file), file);
  }
  if (fs.existsSync(plainOld(file))) {
    if (fs.existsSync(file) && !isPlainDatabaseFile(file)) shredFile(plainOld(file));
    else if (!fs.existsSync(file)) fs.renameSync(plainOld(file), file);
  }
  if (fs.existsSync(temp)) shredFile(temp);
}

function isSoundEncrypted(file: string, key: string, options: { nativeBinding?: string }): boolean {
  const db = new Database(file, { ...options, readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    return quickCheck(db) === 'ok';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Encrypts one plain database file in place, the safe way round, leaving no plain copy:
 * - the WAL is checkpointed into the file and its bytes overwritten with zeros while open;
 * - an encrypted copy is made beside it (re-keyed without a rollback journal, which would hold
 *   every page in clear) and checked: quick_check, and every table's row count equal;
 * - the plain file is moved aside, the copy takes its name, and the plain file is overwritten
 *   with zeros and removed. A crash at any step is finished or undone on the next start.
 * On a failure before the swap the plain file is left as it was and the copy is shredded.
 */
export function encryptFileInPlace(file: string, key: string, nativeBinding?: string): void {
  const options = nativeBinding ? { nativeBinding } : {};
  const plain = new Database(file, options);
  let counts: Map<string, number>;
  try {
    // Everything the WAL holds goes into the file; then its frames (already copied) are zeroed.
    const [checkpoint] = plain.pragma('wal_checkpoint(FULL)') as Array<{ busy: number; log: number; checkpointed: number }>;
    if (checkpoint && (checkpoint.busy !== 0 || checkpoint.log !== checkpoint.checkpointed)) {
      throw new Error(`the WAL of ${file} could not be written into it; it was not encrypted`);
    }
    zeroFile(`${file}-wal`);
    const check = quickCheck(plain);
    if (check !== 'ok') throw new Error(`the plain database ${file} is damaged (${check}); it was not encrypted`);
    counts = rowCounts(plain);
  } finally {
    plain.close();
  }
  const temp = encrypting(file);
  shredFile(temp);
  try {
    fs.copyFileSync(file, temp);
    secureFile(temp);
    const copy = new Database(temp, options);
    try {
      // Out of WAL first (the copy has no WAL content: it was checkpointed), then no journal at all.
      copy.pragma('journal_mode = DELETE');
      copy.pragma('journal_mode = OFF');
      copy.pragma(`rekey = '${key.replace(/'/g, "''")}'`);
    } finally {
      copy.close();
    }
    const check = new Database(temp, { ...options, readonly: true, fileMustExist: true });
    try {
      applyKey(check, key);
      const result = quickCheck(check);
      if (result !== 'ok' || !sameCounts(counts, rowCounts(check))) throw new Error(`the encrypted copy of ${file} did not check out (${result})`);
    } finally {
      check.close();
    }
    if (isPlainDatabaseFile(temp)) throw new Error(`the copy of ${file} is still plain`);
  } catch (error) {
    shredFile(temp);
    shredFile(`${temp}-journal`);
    throw error;
  }
  for (const suffix of ['-wal', '-shm']) shredFile(file + suffix);
  fs.renameSync(file, plainOld(file));
  fs.renameSync(temp, file);
  shredFile(plainOld(file));
}

/**
 * The first start with a key over a data folder of an earlier, plain version: every plain
 * database file in it is encrypted in place. The live database must succeed; a copy that
 * fails (a damaged file kept aside) is reported and left. Returns how many were encrypted,
 * or null when none was plain.
 */
export function encryptPlainFile(file: string, key: string, nativeBinding?: string): { files: number } | null {
  const files = [file, ...otherDatabaseFilesOf(file)];
  for (const f of files) recover(f, key, nativeBinding ? { nativeBinding } : {});
  let encrypted = 0;
  for (const f of files.filter(isPlainDatabaseFile)) {
    try {
      encryptFileInPlace(f, key, nativeBinding);
      encrypted += 1;
    } catch (error) {
      if (f === file) throw error;
      console.error(`[kakehashi] could not encrypt ${f}; it was left as it is`, error);
    }
  }
  return encrypted > 0 ? { files: encrypted } : null;
}
