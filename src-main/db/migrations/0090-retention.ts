import type { Migration } from '../migrate';

/**
 * Retention and the close-out of a year (issue 15). Both tables are shared by sync: the rule is
 * the office's, the same on every PC, and a disposal record (廃棄記録) is the office's record of
 * what it erased, printable from any PC. A record names its year by id and number without a
 * foreign key, so it outlives anything done to the year later.
 */
export const retention: Migration = {
  version: 90,
  name: '0090-retention',
  up(db) {
    db.exec(`
      CREATE TABLE retention_policy (
        id          TEXT PRIMARY KEY,
        years       INTEGER NOT NULL CHECK (years > 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE disposal_records (
        id                 TEXT PRIMARY KEY,
        year_id            TEXT NOT NULL,
        fiscal_year        INTEGER NOT NULL,
        carried_out_at     TEXT NOT NULL,
        carried_out_by     TEXT NOT NULL,
        trainee_count      INTEGER NOT NULL,
        photo_count        INTEGER NOT NULL,
        items              TEXT NOT NULL,
        retention_years    INTEGER NOT NULL,
        backups_rewritten  INTEGER NOT NULL,
        backups_failed     TEXT NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      );
      CREATE INDEX disposal_records_by_year ON disposal_records(year_id);
    `);
  },
};
