import type { Database } from 'better-sqlite3';
import { insertRow, updateRow } from '../../db/rows';

export function readSetting(db: Database, name: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE id = ?').get(name) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(db: Database, name: string, value: string, now: Date): void {
  if (!updateRow(db, 'settings', name, { value }, now)) insertRow(db, 'settings', { id: name, value }, now);
}
