import type { Database } from 'better-sqlite3';

/** What every service needs: the database and the clock (injectable for tests). */
export interface Ctx {
  db: Database;
  now: () => Date;
  databasePath: string;
  appVersion: string;
}
