import type { Migration } from '../migrate';

/** The LGOTP training fields of DESIGN.md; the list is editable later. */
const TRAINING_FIELDS: Array<[string, string]> = [
  ['一般行政', 'General administration'],
  ['環境・廃棄物処理', 'Environment and waste management'],
  ['農林水産業', 'Agriculture, forestry and fisheries'],
  ['教育・保育', 'Education and childcare'],
  ['経済（貿易・商工・観光）', 'Economy (trade, commerce, tourism)'],
  ['医療・保健', 'Medical care and public health'],
  ['考古学・文化財保存', 'Archaeology and cultural heritage'],
  ['土木（水道・河川）', 'Civil engineering (water, rivers)'],
  ['その他', 'Other'],
];

/**
 * Settings, program years with milestones, training fields, sending and host governments,
 * trainees (with photos and a trash), host assignments, and the change log every write
 * goes through.
 */
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
      );

      -- Field by field: who changed what, when, on which device (hybrid logical clock).
      CREATE TABLE change_log (
        id          TEXT PRIMARY KEY,
        hlc         TEXT NOT NULL,
        device_id   TEXT NOT NULL,
        author      TEXT,
        table_name  TEXT NOT NULL,
        row_id      TEXT NOT NULL,
        op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        field       TEXT,
        old_value   TEXT,
        new_value   TEXT
      );
      CREATE INDEX change_log_by_row ON change_log(table_name, row_id, hlc);
      CREATE INDEX change_log_by_hlc ON change_log(hlc);

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

      CREATE TABLE training_fields (
        id          TEXT PRIMARY KEY,
        name_ja     TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE sending_governments (
        id             TEXT PRIMARY KEY,
        country        TEXT NOT NULL,
        province_local TEXT,
        province_en    TEXT,
        name_local     TEXT NOT NULL,
        name_en        TEXT NOT NULL,
        name_ja        TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
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
        id                    TEXT PRIMARY KEY,
        year_id               TEXT NOT NULL REFERENCES program_years(id) ON DELETE RESTRICT,
        family_name_native    TEXT,
        given_name_native     TEXT,
        family_name_latin     TEXT,
        given_name_latin      TEXT,
        name_kana             TEXT,
        preferred_name        TEXT,
        name_lang             TEXT NOT NULL,
        name_order            TEXT NOT NULL CHECK (name_order IN ('family_first', 'given_first')),
        gender                TEXT CHECK (gender IN ('female', 'male', 'other')),
        birth_date            TEXT,
        nationality           TEXT NOT NULL,
        sending_government_id TEXT REFERENCES sending_governments(id) ON DELETE RESTRICT,
        department            TEXT,
        position              TEXT,
        email                 TEXT,
        phone                 TEXT,
        training_field_id     TEXT REFERENCES training_fields(id) ON DELETE RESTRICT,
        japanese_level        TEXT CHECK (japanese_level IN ('N1', 'N2', 'N3', 'N4', 'N5', 'none')),
        placement_class       TEXT,
        languages             TEXT,
        passport_number       TEXT,
        passport_expiry       TEXT,
        residence_status      TEXT,
        coe_number            TEXT,
        residence_card_number TEXT,
        diet                  TEXT CHECK (diet IN ('none', 'halal', 'vegetarian', 'no_pork', 'no_beef', 'other')),
        diet_notes            TEXT,
        allergies             TEXT,
        medical_notes         TEXT,
        religious_needs       TEXT,
        emergency_name        TEXT,
        emergency_relation    TEXT,
        emergency_phone       TEXT,
        emergency_email       TEXT,
        status                TEXT NOT NULL CHECK (status IN
                                ('applicant', 'selected', 'arrived', 'at_jiam', 'at_host', 'completed', 'withdrawn')),
        status_changed_on     TEXT NOT NULL,
        withdrawn_reason      TEXT,
        notes                 TEXT,
        deleted_at            TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        CHECK (family_name_latin IS NOT NULL OR given_name_latin IS NOT NULL)
      );
      CREATE INDEX trainees_by_year ON trainees(year_id);

      CREATE TABLE trainee_photos (
        id          TEXT PRIMARY KEY REFERENCES trainees(id) ON DELETE CASCADE,
        mime        TEXT NOT NULL,
        photo       BLOB NOT NULL,
        thumb       BLOB NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      -- Normalised name forms for search as you type (see features/trainees/search.ts).
      CREATE TABLE trainee_search (
        id          TEXT PRIMARY KEY REFERENCES trainees(id) ON DELETE CASCADE,
        text        TEXT NOT NULL
      );
      CREATE VIRTUAL TABLE trainee_search_fts USING fts5(text, content='trainee_search', content_rowid='rowid', tokenize='trigram');
      CREATE TRIGGER trainee_search_ai AFTER INSERT ON trainee_search BEGIN
        INSERT INTO trainee_search_fts(rowid, text) VALUES (new.rowid, new.text);
      END;
      CREATE TRIGGER trainee_search_ad AFTER DELETE ON trainee_search BEGIN
        INSERT INTO trainee_search_fts(trainee_search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      END;
      CREATE TRIGGER trainee_search_au AFTER UPDATE ON trainee_search BEGIN
        INSERT INTO trainee_search_fts(trainee_search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO trainee_search_fts(rowid, text) VALUES (new.rowid, new.text);
      END;

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
    // Seeded with fixed ids so every installation shares them (and sync matches them).
    const insertField = db.prepare(
      `INSERT INTO training_fields (id, name_ja, name_en, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, '1996-04-01T00:00:00.000Z', '1996-04-01T00:00:00.000Z')`,
    );
    TRAINING_FIELDS.forEach(([ja, en], i) =>
      insertField.run(`00000000-0000-7000-8000-0000000000${String(i + 1).padStart(2, '0')}`, ja, en, i),
    );
  },
};
