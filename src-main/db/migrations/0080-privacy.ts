import type { Migration } from '../migrate';

/**
 * Field classes, the export record and consent (issue 15).
 * - `export_records`: each export that included 個人識別符号 in full — who, when, which list (and
 *   year), which columns, how many people. Shared with the other PCs (an office-wide audit trail:
 *   an export made on a laptop at Narita is listed in Settings at the office too, and survives the
 *   laptop). It holds no personal data of the trainees themselves.
 * - On each trainee, the day consent to hold 要配慮 items was obtained, per scope (health:
 *   medical notes and allergies; religion: religious needs). A date left empty is no consent.
 */
export const privacy: Migration = {
  version: 80,
  name: '0080-privacy',
  up(db) {
    db.exec(`
      CREATE TABLE export_records (
        id           TEXT PRIMARY KEY,
        exported_at  TEXT NOT NULL,
        author       TEXT,
        list         TEXT NOT NULL,
        fiscal_year  INTEGER,
        columns      TEXT NOT NULL,
        file_name    TEXT NOT NULL,
        people       INTEGER NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX export_records_by_time ON export_records(exported_at);

      ALTER TABLE trainees ADD COLUMN health_consent_on TEXT;
      ALTER TABLE trainees ADD COLUMN religion_consent_on TEXT;
    `);
  },
};
