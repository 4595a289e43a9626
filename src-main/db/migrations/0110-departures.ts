import type { Migration } from '../migrate';

/**
 * Departures after training (issue 17): the office's template of return tasks
 * (departure_items) and where each trainee stands on each (trainee_departure_tasks). The
 * return flight itself is a row of `flights` (kind `return`) and the training end the
 * assignment's end date: nothing of them is copied here. Both tables are shared by sync.
 *
 * The template starts with the return tasks a municipality's trainee goes through, under fixed
 * ids so every installation shares them. An item is due a number of days from the return
 * flight's departure (negative: before it).
 */
const STATUSES = `'open', 'in_progress', 'done', 'not_needed'`;

/** [key, name ja, name en, offset days from the return flight] */
const TEMPLATE: ReadonlyArray<[string, string, string, number]> = [
  ['move_out', '退去・住居の引渡し', 'Moving out and handing back the housing', -1],
  ['moving_out_notice', '転出届', 'Moving-out notification (from 14 days before leaving)', -14],
  ['health_insurance', '国民健康保険の脱退', 'Leaving the National Health Insurance', -3],
  ['bank_account', '銀行口座の解約', 'Closing the bank account', -3],
  ['residence_card', '在留カードの返納（出国時・空港）', 'Residence card handed in (at the airport, on leaving)', 0],
  ['activity_notice', '活動機関に関する届出', 'Notification on the receiving organisation (within 14 days after leaving)', 14],
  ['final_report', '最終報告書の受領', 'Final report received', -7],
  ['certificate', '修了証書の授与', 'Completion certificate handed over', -2],
];

export const departures: Migration = {
  version: 110,
  name: '0110-departures',
  up(db) {
    db.exec(`
      CREATE TABLE departure_items (
        id           TEXT PRIMARY KEY,
        key          TEXT,
        name_ja      TEXT NOT NULL,
        name_en      TEXT NOT NULL,
        offset_days  INTEGER NOT NULL,
        position     INTEGER NOT NULL,
        is_retired   INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE trainee_departure_tasks (
        id          TEXT PRIMARY KEY,
        trainee_id  TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL REFERENCES departure_items(id) ON DELETE CASCADE,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN (${STATUSES})),
        changed_on  TEXT,
        note        TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX trainee_departure_tasks_by_trainee ON trainee_departure_tasks(trainee_id);
    `);
    const insert = db.prepare(
      `INSERT INTO departure_items (id, key, name_ja, name_en, offset_days, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '1996-04-01T00:00:00.000Z', '1996-04-01T00:00:00.000Z')`,
    );
    TEMPLATE.forEach(([key, ja, en, offset], i) => insert.run(`00000000-0000-7000-8110-0000000000${String(i + 1).padStart(2, '0')}`, key, ja, en, offset, i));
  },
};
