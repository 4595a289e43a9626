import crypto from 'node:crypto';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new transfer code: 25 characters of Crockford base32 in groups of five (125 bits). */
export function newTransferCode(): string {
  const bytes = crypto.randomBytes(25);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]!);
  return [0, 5, 10, 15, 20].map((at) => chars.slice(at, at + 5).join('')).join('-');
}

/**
 * Puts an open database file under another key. The cipher re-encrypts every page; it needs
 * the rollback journal, so WAL is left first (the live database goes back to WAL when reopened).
 */
export function rekey(db: Db, key: string): void {
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = '${key.replace(/'/g, "''")}'`);
}
