import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ALUMNI_CONTACT_FIELDS } from '@shared/contract/alumni';
import { registerValueRule, type ValueRule } from '../erasure';

/**
 * The consent rule as it is kept on disk: an alumni_contacts row without a consent date holds no
 * contact details — not in the row, not in any value of its change log (before or after), not in
 * a conflict. A withdrawal (the consent date cleared) erases them in its own transaction; a
 * bundle that brings a withdrawal, or an edit of the details made on a PC that had not seen one,
 * has them erased after the merge (features/erasure applies every registered rule there); then
 * the file is compacted and the backups that still hold them are rewritten.
 *
 * What stays: that each write happened (when, who, which field); the consent date and scope and
 * the last contact date, with their history — they are the office's record of when it held the
 * details and on what terms, not the details themselves. A renewed consent's new details are
 * kept and logged as any write.
 */
export const contactConsentRule: ValueRule = {
  table: 'alumni_contacts',
  fields: ALUMNI_CONTACT_FIELDS,
  rowsWithout: (db: Database) => db.prepare('SELECT id FROM alumni_contacts WHERE consent_on IS NULL ORDER BY id').pluck().all() as string[],
};

registerValueRule(contactConsentRule);
