import type { Migration } from '../migrate';

/**
 * The entry procedures before arrival (issue 16): the office's template of papers and steps
 * (procedure_items), each year's copy of it (year_procedure_items, so a year keeps what it
 * asked for), and where each trainee stands on each item (trainee_procedures, with the received
 * scan kept in the database so backups and sync carry it). All shared by sync.
 *
 * The template starts with the items of the 研修 residence status file and the trainee's own
 * file, under fixed ids so every installation shares them (as training_fields do). An item is
 * due a number of days from a milestone of the year (negative: before it). `key` marks the
 * items the warnings look for (the COE and the visa before arrival).
 */
const PROVIDERS = `'trainee', 'sending_government', 'host', 'clair', 'travel_agent'`;
const STATUSES = `'not_requested', 'requested', 'received', 'incomplete', 'done', 'not_needed'`;

/** [key, name ja, name en, provider, milestone, offset days, needs translation] */
const TEMPLATE: ReadonlyArray<[string, string, string, string, string, number, number]> = [
  ['invitation_reasons', '招へい理由書', 'Statement of reasons for the invitation', 'clair', 'entry_procedures', 14, 0],
  ['training_plan', '研修実施予定表', 'Training schedule', 'host', 'entry_procedures', 14, 0],
  ['treatment_summary', '研修生処遇概要書', 'Summary of the terms for the trainee', 'clair', 'entry_procedures', 14, 0],
  ['dispatch_letter', '派遣状／復職予定証明書', 'Letter of dispatch / certificate of return to post', 'sending_government', 'entry_procedures', 14, 0],
  ['cv', '履歴書', 'Curriculum vitae', 'trainee', 'entry_procedures', 14, 0],
  ['application', '申請書', 'Application form', 'trainee', 'entry_procedures', 0, 0],
  ['recommendation', '推薦書', 'Letter of recommendation', 'sending_government', 'entry_procedures', 0, 0],
  ['pledge', '誓約書', 'Written pledge', 'trainee', 'entry_procedures', 0, 0],
  ['health_certificate', '健康診断書（翻訳付き）', 'Health certificate (with translation)', 'trainee', 'entry_procedures', 0, 1],
  ['coe', '在留資格認定証明書（COE）交付', 'Certificate of Eligibility (COE) issued', 'clair', 'arrival', -42, 0],
  ['visa', '査証発給', 'Visa issued', 'trainee', 'arrival', -21, 0],
  ['ticket', '航空券発券', 'Air ticket issued', 'travel_agent', 'arrival', -14, 0],
  ['insurance', '保険加入', 'Insurance taken out', 'host', 'arrival', -7, 0],
];

export const procedures: Migration = {
  version: 100,
  name: '0100-procedures',
  up(db) {
    db.exec(`
      CREATE TABLE procedure_items (
        id                 TEXT PRIMARY KEY,
        key                TEXT,
        name_ja            TEXT NOT NULL,
        name_en            TEXT NOT NULL,
        provider           TEXT NOT NULL CHECK (provider IN (${PROVIDERS})),
        milestone_kind     TEXT NOT NULL,
        offset_days        INTEGER NOT NULL,
        needs_translation  INTEGER NOT NULL DEFAULT 0,
        position           INTEGER NOT NULL,
        is_retired         INTEGER NOT NULL DEFAULT 0,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      );

      CREATE TABLE year_procedure_items (
        id                 TEXT PRIMARY KEY,
        year_id            TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        template_id        TEXT,
        key                TEXT,
        name_ja            TEXT NOT NULL,
        name_en            TEXT NOT NULL,
        provider           TEXT NOT NULL CHECK (provider IN (${PROVIDERS})),
        milestone_kind     TEXT NOT NULL,
        offset_days        INTEGER NOT NULL,
        needs_translation  INTEGER NOT NULL DEFAULT 0,
        position           INTEGER NOT NULL,
        is_retired         INTEGER NOT NULL DEFAULT 0,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      );
      CREATE INDEX year_procedure_items_by_year ON year_procedure_items(year_id, position);

      CREATE TABLE trainee_procedures (
        id          TEXT PRIMARY KEY,
        trainee_id  TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL REFERENCES year_procedure_items(id) ON DELETE CASCADE,
        status      TEXT NOT NULL DEFAULT 'not_requested' CHECK (status IN (${STATUSES})),
        changed_on  TEXT,
        note        TEXT,
        file        BLOB,
        file_name   TEXT,
        file_mime   TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX trainee_procedures_by_trainee ON trainee_procedures(trainee_id);
      CREATE INDEX trainee_procedures_by_item ON trainee_procedures(item_id);

      CREATE TABLE procedure_options (
        id                   TEXT PRIMARY KEY,
        entry_warning_weeks  INTEGER NOT NULL CHECK (entry_warning_weeks BETWEEN 0 AND 26),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      );
    `);
    const insert = db.prepare(
      `INSERT INTO procedure_items (id, key, name_ja, name_en, provider, milestone_kind, offset_days, needs_translation, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '1996-04-01T00:00:00.000Z', '1996-04-01T00:00:00.000Z')`,
    );
    TEMPLATE.forEach(([key, ja, en, provider, milestone, offset, translation], i) =>
      insert.run(`00000000-0000-7000-8100-0000000000${String(i + 1).padStart(2, '0')}`, key, ja, en, provider, milestone, offset, translation, i),
    );
  },
};
