import type { Migration } from '../migrate';

/**
 * The archive (issue 19): past years brought in from old workbooks. A year made by the archive
 * import has no milestones (their dates were never kept): `milestones_unknown` says so, so no
 * screen mistakes it for a year whose default dates were typed. The record of imports learns the
 * archive kind (one import, many years: no year of its own).
 */
export const archive: Migration = {
  version: 150,
  name: '0150-archive',
  up(db) {
    db.exec(`
      ALTER TABLE program_years ADD COLUMN milestones_unknown INTEGER NOT NULL DEFAULT 0 CHECK (milestones_unknown IN (0, 1));

      CREATE TABLE imports_next (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('trainees', 'flights', 'survey', 'archive')),
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

      CREATE INDEX IF NOT EXISTS host_assignments_by_year ON host_assignments(year_id);
    `);
  },
};
