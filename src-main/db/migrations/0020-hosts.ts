import type { Migration } from '../migrate';

/** Host records with contacts, sister-city ties, demand survey answers, richer assignments. */
export const hosts: Migration = {
  version: 20,
  name: '0020-hosts',
  up(db) {
    db.exec(`
      ALTER TABLE hosts ADD COLUMN is_custom INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE hosts ADD COLUMN department TEXT;
      ALTER TABLE hosts ADD COLUMN contact_name TEXT;
      ALTER TABLE hosts ADD COLUMN contact_title TEXT;
      ALTER TABLE hosts ADD COLUMN contact_phone TEXT;
      ALTER TABLE hosts ADD COLUMN contact_email TEXT;
      ALTER TABLE hosts ADD COLUMN address TEXT;
      ALTER TABLE hosts ADD COLUMN notes TEXT;

      CREATE TABLE sister_ties (
        id                    TEXT PRIMARY KEY,
        host_id               TEXT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,
        sending_government_id TEXT NOT NULL REFERENCES sending_governments(id) ON DELETE CASCADE,
        kind                  TEXT NOT NULL CHECK (kind IN ('sister', 'friendship', 'other')),
        since                 TEXT,
        notes                 TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        UNIQUE (host_id, sending_government_id)
      );

      CREATE TABLE survey_answers (
        id                              TEXT PRIMARY KEY,
        year_id                         TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        host_id                         TEXT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,
        requested_count                 INTEGER NOT NULL CHECK (requested_count BETWEEN 1 AND 20),
        preferred_country               TEXT,
        preferred_sending_government_id TEXT REFERENCES sending_governments(id) ON DELETE SET NULL,
        training_field_id               TEXT REFERENCES training_fields(id) ON DELETE SET NULL,
        period_months                   INTEGER CHECK (period_months BETWEEN 1 AND 12),
        status                          TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'declined', 'withdrawn')),
        notes                           TEXT,
        created_at                      TEXT NOT NULL,
        updated_at                      TEXT NOT NULL,
        UNIQUE (year_id, host_id)
      );

      ALTER TABLE host_assignments ADD COLUMN training_field_id TEXT REFERENCES training_fields(id);
      ALTER TABLE host_assignments ADD COLUMN supervisor TEXT;
      ALTER TABLE host_assignments ADD COLUMN department TEXT;
      ALTER TABLE host_assignments ADD COLUMN housing_address TEXT;
      ALTER TABLE host_assignments ADD COLUMN notes TEXT;
    `);
  },
};
