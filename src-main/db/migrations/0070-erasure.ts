import type { Migration } from '../migrate';

/**
 * Erasures that travel to other PCs (issue 15). `erasures` is shared: one row per trainee erased,
 * holding only ids, column names and dates — never a value — so every PC carries it out too.
 * `erased_rows` (this PC) lists every row erased here, so a change received later for one of them
 * is dropped; `erasure_runs` (this PC) records which erasures were carried out here and in the backups.
 */
export const erasure: Migration = {
  version: 70,
  name: '0070-erasure',
  up(db) {
    db.exec(`
      CREATE TABLE erasures (
        id          TEXT PRIMARY KEY,
        trainee_id  TEXT NOT NULL,
        scope       TEXT NOT NULL CHECK (scope IN ('all', 'columns')),
        -- scope 'columns': the trainee columns set empty, as JSON; 'all': NULL.
        columns     TEXT,
        photo       INTEGER NOT NULL DEFAULT 0,
        -- The rows erased on the PC that erased, as JSON [[table, id], ...].
        row_ids     TEXT NOT NULL DEFAULT '[]',
        reason      TEXT NOT NULL CHECK (reason IN ('trash', 'close-out', 'import-undone')),
        erased_at   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX erasures_by_trainee ON erasures(trainee_id);

      CREATE TABLE erased_rows (
        row_id      TEXT NOT NULL,
        table_name  TEXT NOT NULL,
        erasure_id  TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id)
      );

      CREATE TABLE erasure_runs (
        erasure_id    TEXT PRIMARY KEY,
        carried_at    TEXT NOT NULL,
        -- When the backups were last tried, and when they were all rewritten (NULL: not yet, or one failed).
        attempted_at  TEXT,
        backups_at    TEXT,
        -- The backups the last try could not open or rewrite, as JSON.
        failed        TEXT
      );
    `);
  },
};
