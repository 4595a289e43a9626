import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../db/rows';

// Settings belong to this PC (its language, its staff name, its device id): they are written
// directly, outside the change log, and never synced.

export function readSetting(db: Database, name: string): string | null {
  const row = prepared(db, 'SELECT value FROM settings WHERE id = ?').get(name) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(db: Database, name: string, value: string, now: Date): void {
  const stamp = now.toISOString();
  prepared(
    db,
    `INSERT INTO settings (id, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(name, value, stamp, stamp);
}
