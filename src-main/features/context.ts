import type { Writer } from '../db/rows';

/** What every service needs: the writer (database, clock, device, author) and where it lives. */
export interface Ctx extends Writer {
  databasePath: string;
  appVersion: string;
  /** Closes the database, puts the given file in its place and opens it again (restore). */
  replaceDatabase(file: string): void;
}
