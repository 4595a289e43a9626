import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ALUMNI_CONTACT_FIELDS } from '@shared/contract/alumni';
import type { Ctx } from '../context';
import { applyValueRule, finishValueRules, registerValueRule, type ValueRule } from '../erasure';
import { readSetting, writeSetting } from '../settings';

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

/**
 * The rule's version as this database was last brought to it (a setting of this PC). A database
 * whose consents were withdrawn before the rule existed (or by an older build, on this PC or
 * another one whose log came here) still holds the details in its log: it is brought to the rule
 * once, at open.
 */
export const CONTACT_CONSENT_RULE_VERSION = '1';
const VERSION_SETTING = 'contactConsentRuleVersion';

/**
 * At open (backend.ts), as the search index is rebuilt for an older search text: a database
 * already brought to this version of the rule costs one setting read. Otherwise the rule is
 * carried out on every row without consent (with the version written in the same transaction);
 * if it erased anything, the file is compacted and the backups lose the details too, as after a
 * withdrawal. Returns how many rows held details.
 */
export function applyContactConsentRuleOnce(ctx: Ctx): number {
  if (readSetting(ctx.db, VERSION_SETTING) === CONTACT_CONSENT_RULE_VERSION) return 0;
  const erased = ctx.db.transaction(() => {
    const rows = applyValueRule(ctx.db, contactConsentRule);
    writeSetting(ctx.db, VERSION_SETTING, CONTACT_CONSENT_RULE_VERSION, ctx.now());
    return rows;
  })();
  if (erased > 0) finishValueRules(ctx);
  return erased;
}
