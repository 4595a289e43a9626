import type { Migration } from '../migrate';

/**
 * Alumni (issue 19): what a trainee did after returning, and the reports they wrote. All shared
 * by sync, all hanging on the trainee (ON DELETE CASCADE), so a trainee's erasure takes them too.
 * - alumni_careers: posts held after the program (several per person).
 * - alumni_contacts: one row per trainee (its id derived from the trainee's, so two PCs agree): the consent to hold contact
 *   details (its date and scope), the details themselves, and the last time the office was in touch.
 * - alumni_activities: visits, delegations, exchanges, dated.
 * - trainee_reports: 研修員レポート and 最終報告書, with their photo kept in the database.
 */
export const alumni: Migration = {
  version: 140,
  name: '0140-alumni',
  up(db) {
    db.exec(`
      CREATE TABLE alumni_careers (
        id            TEXT PRIMARY KEY,
        trainee_id    TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        position      TEXT NOT NULL,
        organisation  TEXT NOT NULL,
        starts_on     TEXT,
        ends_on       TEXT,
        note          TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX alumni_careers_by_trainee ON alumni_careers(trainee_id);

      CREATE TABLE alumni_contacts (
        id               TEXT PRIMARY KEY,
        trainee_id       TEXT NOT NULL UNIQUE REFERENCES trainees(id) ON DELETE CASCADE,
        consent_on       TEXT,
        consent_scope    TEXT CHECK (consent_scope IN ('office', 'share')),
        email            TEXT,
        phone            TEXT,
        address          TEXT,
        other            TEXT,
        last_contact_on  TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      );

      CREATE TABLE alumni_activities (
        id          TEXT PRIMARY KEY,
        trainee_id  TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('visit', 'delegation', 'exchange', 'other')),
        happened_on TEXT NOT NULL,
        title       TEXT NOT NULL,
        note        TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX alumni_activities_by_trainee ON alumni_activities(trainee_id, happened_on);

      CREATE TABLE trainee_reports (
        id             TEXT PRIMARY KEY,
        trainee_id     TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('trainee_report', 'final_report')),
        title          TEXT NOT NULL,
        text_ja        TEXT NOT NULL,
        text_original  TEXT,
        fiscal_year    INTEGER NOT NULL,
        published_in   TEXT,
        photo          BLOB,
        photo_mime     TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );
      CREATE INDEX trainee_reports_by_trainee ON trainee_reports(trainee_id);
      CREATE INDEX trainee_reports_by_year ON trainee_reports(fiscal_year);
    `);
  },
};
