import type { Migration } from '../migrate';

/** Settings, program years with milestones, host municipalities, trainees, host assignments. */
export const initial: Migration = {
  version: 10,
  name: '0010-initial',
  up(db) {
    db.exec(`
      -- id is the setting's name (e.g. 'language').
      CREATE TABLE settings (
        id          TEXT PRIMARY KEY,
        value       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE program_years (
        id          TEXT PRIMARY KEY,
        fiscal_year INTEGER NOT NULL UNIQUE,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE year_milestones (
        id          TEXT PRIMARY KEY,
        year_id     TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        position    INTEGER NOT NULL,
        starts_on   TEXT NOT NULL,
        ends_on     TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (year_id, kind)
      );

      CREATE TABLE hosts (
        id             TEXT PRIMARY KEY,
        local_gov_code TEXT UNIQUE,
        prefecture_ja  TEXT NOT NULL,
        name_ja        TEXT NOT NULL,
        name_kana      TEXT,
        name_en        TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );

      CREATE TABLE trainees (
        id                 TEXT PRIMARY KEY,
        year_id            TEXT NOT NULL REFERENCES program_years(id) ON DELETE RESTRICT,
        family_name_native TEXT,
        given_name_native  TEXT,
        family_name_latin  TEXT,
        given_name_latin   TEXT,
        name_kana          TEXT,
        name_lang          TEXT NOT NULL,
        name_order         TEXT NOT NULL CHECK (name_order IN ('family_first', 'given_first')),
        gender             TEXT CHECK (gender IN ('female', 'male', 'other')),
        birth_date         TEXT,
        nationality        TEXT NOT NULL,
        sending_government TEXT,
        position           TEXT,
        status             TEXT NOT NULL CHECK (status IN
                             ('applicant', 'selected', 'arrived', 'at_jiam', 'at_host', 'completed', 'withdrawn')),
        notes              TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        CHECK (family_name_latin IS NOT NULL OR given_name_latin IS NOT NULL)
      );
      CREATE INDEX trainees_by_year ON trainees(year_id);

      CREATE TABLE host_assignments (
        id          TEXT PRIMARY KEY,
        year_id     TEXT NOT NULL REFERENCES program_years(id) ON DELETE RESTRICT,
        trainee_id  TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        host_id     TEXT NOT NULL REFERENCES hosts(id) ON DELETE RESTRICT,
        starts_on   TEXT,
        ends_on     TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX host_assignments_by_trainee ON host_assignments(trainee_id);
      CREATE INDEX host_assignments_by_host ON host_assignments(host_id);
    `);
  },
};
