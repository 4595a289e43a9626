import fs from 'node:fs';
import path from 'node:path';

/** Where the backups of a database are kept: `backups/` beside it. */
export function backupsDirOf(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

/**
 * Every database file of a data folder besides the live one: the backups, the copies kept
 * before a schema change, and damaged files moved aside by a restore. The one list for what
 * encryption, erasure and moving secrets out must reach.
 */
export function otherDatabaseFilesOf(databasePath: string): string[] {
  const dir = path.dirname(databasePath);
  const base = path.basename(databasePath);
  const beside = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter(
          (f) =>
            (f.startsWith(`${base}.before-schema-`) && f.endsWith('.sqlite')) ||
            (f.startsWith(`${base}.damaged-`) && !/-(wal|shm|journal)$/.test(f)),
        )
        .map((f) => path.join(dir, f))
    : [];
  const backups = backupsDirOf(databasePath);
  const inBackups = fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite')).map((f) => path.join(backups, f)) : [];
  return [...inBackups, ...beside].sort();
}
