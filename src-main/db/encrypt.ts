import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { applyKey, isPlainDatabaseFile } from './cipher';
import { quickCheck } from './damage';
import { secureFile, shredFile } from './file-modes';

function rowCounts(db: Db): Map<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
  return new Map(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name.replace(/"/g, '""')}"`).get() as { n: number }).n]));
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([table, n]) => b.get(table) === n);
}

/**
 * Encrypts one plain database file in place, the safe way round: an encrypted copy is made
 * beside it and checked (quick_check, and every table's row count equal to the plain file's);
 * only then is the plain file overwritten with zeros and removed, and the copy takes its name.
 * On any failure the plain file is left as it was and the copy is removed.
 */
export function encryptFileInPlace(file: string, key: string, nativeBinding?: string): void {
  const options = nativeBinding ? { nativeBinding } : {};
  const plain = new Database(file, options);
  let counts: Map<string, number>;
  try {
    // What the WAL holds goes into the file first, so the copy has everything.
    plain.pragma('wal_checkpoint(TRUNCATE)');
    const check = quickCheck(plain);
    if (check !== 'ok') throw new Error(`the plain database ${file} is damaged (${check}); it was not encrypted`);
    counts = rowCounts(plain);
  } finally {
    plain.close();
  }
  const temp = `${file}.encrypting`;
  shredFile(temp);
  try {
    fs.copyFileSync(file, temp);
    secureFile(temp);
    const copy = new Database(temp, options);
    try {
      copy.pragma('journal_mode = DELETE');
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
    throw error;
  }
  for (const suffix of ['-wal', '-shm']) shredFile(file + suffix);
  shredFile(file);
  fs.renameSync(temp, file);
}

/** Every file of a data folder that is a database: the live one, the copies kept before a schema change, the backups. */
function databaseFilesOf(dataDir: string, file: string): string[] {
  const beside = fs.existsSync(dataDir)
    ? fs.readdirSync(dataDir).filter((f) => f.startsWith(`${path.basename(file)}.before-schema-`) && f.endsWith('.sqlite')).map((f) => path.join(dataDir, f))
    : [];
  const backupsDir = path.join(dataDir, 'backups');
  const backups = fs.existsSync(backupsDir)
    ? fs.readdirSync(backupsDir).filter((f) => f.endsWith('.sqlite')).map((f) => path.join(backupsDir, f))
    : [];
  return [file, ...beside, ...backups];
}

/**
 * The first start with a key over a data folder of an earlier, plain version: every plain
 * database file in it is encrypted in place. Returns how many were, or null when none was plain.
 */
export function encryptPlainFile(dataDir: string, file: string, key: string, nativeBinding?: string): { files: number } | null {
  const plain = databaseFilesOf(dataDir, file).filter(isPlainDatabaseFile);
  for (const f of plain) encryptFileInPlace(f, key, nativeBinding);
  return plain.length > 0 ? { files: plain.length } : null;
}
