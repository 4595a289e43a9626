import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Writer } from '../db/rows';
import type { SecretStore } from '../secrets/secret-store';

/** What every service needs: the writer (database, clock, device, author) and where it lives. */
export interface Ctx extends Writer {
  databasePath: string;
  appVersion: string;
  /** Closes the database, puts the given file in its place and opens it again (restore). */
  replaceDatabase(file: string): void;
  /** The database key and the sync passphrase, kept outside the data (see secrets/secret-store.ts). */
  secrets: SecretStore;
  /**
   * Opens another database file of this data folder (a backup, a copy) with the same key; the
   * caller closes it. Throws when the file is not a database this key opens.
   */
  openDatabaseFile(file: string, options?: { readonly?: boolean }): Database;
}
