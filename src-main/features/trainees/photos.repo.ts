import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deleteRow, insertRow, updateRow, type Writer } from '../../db/rows';

export function savePhoto(w: Writer, id: string, photo: Buffer, thumb: Buffer): void {
  const row = { mime: 'image/jpeg', photo, thumb };
  if (!updateRow(w, 'trainee_photos', id, row)) insertRow(w, 'trainee_photos', { id, ...row });
}

export function removePhoto(w: Writer, id: string): boolean {
  return deleteRow(w, 'trainee_photos', id);
}

export function readPhoto(db: Database, id: string, size: 'photo' | 'thumb'): { mime: string; data: Buffer } | null {
  const column = size === 'photo' ? 'photo' : 'thumb';
  const row = db.prepare(`SELECT mime, ${column} AS data FROM trainee_photos WHERE id = ?`).get(id) as
    | { mime: string; data: Buffer }
    | undefined;
  return row ?? null;
}
