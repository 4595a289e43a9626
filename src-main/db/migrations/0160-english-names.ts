import type { Migration } from '../migrate';

/**
 * English forms (issue 20): the English sheets used to print the Japanese name of a pickup group, its meeting point, an
 * event's place and a staff member. Each gets an English column beside it (empty until entered: the sheets then fall
 * back to the Japanese form, and the preview marks it). Places already have `name_en`. Sync reads the columns of a
 * shared table from the table itself, so the new ones travel with their rows.
 */
export const englishNames: Migration = {
  version: 160,
  name: '0160-english-names',
  up(db) {
    db.exec(`
      ALTER TABLE pickup_groups ADD COLUMN name_en TEXT;
      ALTER TABLE pickup_groups ADD COLUMN meeting_point_en TEXT;
      ALTER TABLE schedule_events ADD COLUMN place_en TEXT;
      ALTER TABLE staff ADD COLUMN name_en TEXT;
    `);
  },
};
