import type { Migration } from '../migrate';

/** Imports of flight lists and demand survey lists are recorded (and undone) like trainee imports. */
export const moreImports: Migration = {
  version: 50,
  name: '0050-more-imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports_next (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('trainees', 'flights', 'survey')),
        file_name   TEXT NOT NULL,
        year_id     TEXT REFERENCES program_years(id) ON DELETE SET NULL,
        first_hlc   TEXT,
        last_hlc    TEXT,
        created     INTEGER NOT NULL,
        updated     INTEGER NOT NULL,
        undone_at   TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      INSERT INTO imports_next SELECT id, kind, file_name, year_id, first_hlc, last_hlc, created, updated, undone_at, created_at, updated_at FROM imports;
      DROP TABLE imports;
      ALTER TABLE imports_next RENAME TO imports;
    `);
  },
};
