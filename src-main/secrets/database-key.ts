import crypto from 'node:crypto';
import fs from 'node:fs';
import { isPlainDatabaseFile } from '../db/cipher';
import { DatabaseKeyError } from '../db/open';
import type { SecretStore } from './secret-store';

/** A new database key: 32 random bytes, written as base64url (43 characters). */
export function newDatabaseKey(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * The key for the database at `file`: the one the store holds; a new one, kept in the store,
 * for a new database or a plain one from an earlier version (which is then encrypted). An
 * encrypted database with no key in the store is refused: a new key would not open it.
 */
export function databaseKeyFor(secrets: SecretStore, file: string): string {
  const existing = secrets.read('databaseKey');
  if (existing) return existing;
  if (fs.existsSync(file) && !isPlainDatabaseFile(file)) throw new DatabaseKeyError(file, 'no_key');
  const key = newDatabaseKey();
  secrets.write('databaseKey', key);
  return key;
}
