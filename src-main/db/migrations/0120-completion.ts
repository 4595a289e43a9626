import type { Migration } from '../migrate';

/**
 * Completion (issue 17). A trainee's 研修修了 is their status `completed` with its date (no
 * column of its own: one truth, already in the trainee's history and shared by sync). Added here:
 * - program_years.closed_on: the day the year was confirmed as finished; a closed year is read
 *   only until reopened (features/completion/closed-year.ts), each change in the year's log.
 * - completion_reports: the reports a trainee hands in at the end (最終報告書, 受入自治体の評価),
 *   one row per trainee and kind, received or not, the file kept in the database so backups and
 *   sync carry it (as the entry procedures' scans).
 * - certificate_signers: one row, who signs the completion certificates (shared by every PC).
 */
export const completion: Migration = {
  version: 120,
  name: '0120-completion',
  up(db) {
    db.exec(`
      ALTER TABLE program_years ADD COLUMN closed_on TEXT;

      CREATE TABLE completion_reports (
        id           TEXT PRIMARY KEY,
        trainee_id   TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('final_report', 'host_evaluation')),
        received_on  TEXT,
        file         BLOB,
        file_name    TEXT,
        file_mime    TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX completion_reports_by_trainee ON completion_reports(trainee_id);

      CREATE TABLE certificate_signers (
        id               TEXT PRIMARY KEY,
        signer_organization_ja  TEXT NOT NULL,
        signer_title_ja         TEXT NOT NULL,
        signer_name_ja          TEXT NOT NULL,
        signer_organization_en  TEXT,
        signer_title_en         TEXT,
        signer_name_en          TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      );
    `);
  },
};
