import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SecretName } from '../../secrets/secret-store';
import { otherDatabaseFilesOf } from '../../db/data-files';
import type { Ctx } from '../context';
import { readSetting } from '../settings';

/** Secrets an earlier version kept in `settings` (and so in every backup); now in ctx.secrets. */
const FORMER_SETTINGS: readonly SecretName[] = ['syncPassphrase'];

/** Deletes the rows with the freed bytes overwritten, and rebuilds the file so no page still holds them. */
function eraseSettings(db: Database, names: readonly string[]): void {
  db.pragma('secure_delete = ON');
  const remove = db.prepare('DELETE FROM settings WHERE id = ?');
  for (const name of names) remove.run(name);
  db.exec('VACUUM');
}

/**
 * Moves what an earlier version kept in `settings` into the secret store, then erases it from
 * the database and from every backup (the backups first: should the start be cut short, the
 * next one finds the row still there and does it again). Called once on every start; does
 * nothing, and opens no backup, when no such row is left.
 */
export function moveSecretsOutOfSettings(ctx: Ctx): { moved: SecretName[]; files: number } {
  const found = FORMER_SETTINGS.map((name) => ({ name, value: readSetting(ctx.db, name) })).filter((s) => s.value !== null);
  if (found.length === 0) return { moved: [], files: 0 };
  // One already in the store was set since; the old row only goes.
  for (const { name, value } of found) if (ctx.secrets.read(name) === null) ctx.secrets.write(name, value);
  const names = found.map((s) => s.name);
  let files = 0;
  if (ctx.databasePath !== ':memory:') {
    for (const file of otherDatabaseFilesOf(ctx.databasePath)) {
      try {
        const db = ctx.openDatabaseFile(file);
        try {
          eraseSettings(db, names);
          files += 1;
        } finally {
          db.close();
        }
      } catch (error) {
        // A backup this key does not open (damaged, from another PC) is left as it is.
        console.error(`[kakehashi] could not remove the old secrets from ${file}`, error);
      }
    }
  }
  eraseSettings(ctx.db, names);
  if (ctx.databasePath !== ':memory:') ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return { moved: names, files: files + 1 };
}
