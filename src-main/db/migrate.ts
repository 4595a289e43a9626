import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  /** Steps by 10 so a fix can slot in between; never reused, never edited once shipped. */
  version: number;
  name: string;
  up(db: Database): void;
}

/** The database was written by a newer Kakehashi; opening it here could damage it. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was made by a newer version of Kakehashi (schema ${databaseVersion}; this app knows up to ${appVersion}). ` +
        'Install the newer version to open it; the file was not changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Throws when the list is not strictly ascending, which would make the order ambiguous. */
export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (m.version <= 0 || (previous && m.version <= previous.version)) {
      throw new Error(`Migration ${m.name} (version ${m.version}) is out of order`);
    }
  });
}

export interface MigrateOptions {
  /** The database file; when set and the database is not new, a copy is kept before migrating. */
  file?: string;
  now?: () => Date;
}

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

/**
 * Brings the database to the latest schema: all pending migrations in one transaction, so a
 * failure leaves the file exactly as it was (and a copy of it beside it).
 */
export function migrate(db: Database, migrations: readonly Migration[], options: MigrateOptions = {}): MigrateResult {
  assertOrdered(migrations);
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = latestVersion(migrations);
  if (from > to) throw new NewerDatabaseError(from, to);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (options.file && from > 0) {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupFile = `${options.file}.before-schema-${to}.${stamp}.sqlite`;
    fs.rmSync(backupFile, { force: true });
    db.prepare('VACUUM INTO ?').run(backupFile);
  }

  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to, backupFile };
}
