import type { Migration } from '../migrate';

/** Each applied import, with the span of the change log it wrote, so it can be undone as a whole. */
export const imports: Migration = {
  version: 30,
  name: '0030-imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('trainees')),
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
    `);
  },
};
