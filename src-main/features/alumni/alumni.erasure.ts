import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ALUMNI_CONTACT_FIELDS } from '@shared/contract/alumni';
import { updateRow, withoutWriteCheck, type Row, type Writer } from '../../db/rows';
import type { Ctx } from '../context';
import { carryOutSettled, finishValueRules, registerValueRule, type RuledRow, type ValueRule } from '../erasure';
import { readSetting, writeSetting } from '../settings';

/**
 * The consent rule as it is kept on disk: an alumni_contacts row holds no contact detail written
 * at or before its consent's last withdrawal (the latest logged write that set consent_on empty)
 * — not in the row, not in any value of its change log (before or after), not in a conflict;
 * whatever the consent is now, so a withdrawal and a renewed consent that reach another PC in one
 * bundle leave nothing of the withdrawn details there either. A row with no consent date holds
 * no detail at all. A withdrawal erases them in its own transaction; a bundle that brings a
 * withdrawal has them erased after the merge (features/erasure applies every registered rule
 * there); then the file is compacted and the backups that still hold them are rewritten.
 *
 * A detail that reaches a PC while the row has no consent there (written on a PC that had not
 * seen the withdrawal) is withdrawn again by a logged write (`settle`): consent_on written empty
 * and the details emptied, through the row writer, so the write travels and is the row's last
 * withdrawal on every PC. What each PC erases then depends only on the writes it holds, not on
 * the order they came in: two PCs that have exchanged everything hold the same. (A consent
 * renewed on a third PC at the same time, and older by the clock, is withdrawn by it too.)
 *
 * What stays: that each write happened (when, who, which field); the consent date and scope and
 * the last contact date, with their history — they are the office's record of when it held the
 * details and on what terms, not the details themselves. A renewed consent's new details
 * (written after the withdrawal) are kept and logged as any write.
 */
/** A query's condition to the given ids only (none: every row), with its argument. */
function among(column: string, ids: readonly string[] | undefined): { sql: string; args: string[] } {
  return ids ? { sql: ` AND ${column} IN (SELECT value FROM json_each(?))`, args: [JSON.stringify(ids)] } : { sql: '', args: [] };
}

export const contactConsentRule: ValueRule = {
  table: 'alumni_contacts',
  fields: ALUMNI_CONTACT_FIELDS,
  rowsToErase: (db: Database, ids?: readonly string[]): RuledRow[] => {
    const rows = new Map<string, string | null>();
    const only = among('c.row_id', ids);
    const log = new Set((db.pragma('table_info(change_log)') as Array<{ name: string }>).map((c) => c.name));
    if (log.has('changes')) {
      const withdrawals = db
        .prepare(
          `SELECT c.row_id AS id, MAX(c.hlc) AS hlc FROM change_log c, json_each(c.changes) j
           WHERE c.table_name = 'alumni_contacts'${only.sql}
             AND json_extract(j.value, '$[0]') = 'consent_on' AND json_type(j.value, '$[2]') = 'null'
           GROUP BY c.row_id`,
        )
        .all(...only.args) as Array<{ id: string; hlc: string }>;
      for (const w of withdrawals) rows.set(w.id, w.hlc);
    }
    // Without consent and without a logged withdrawal (a file of an older layout): nothing at all.
    const those = among('id', ids);
    const unconsented = db.prepare(`SELECT id FROM alumni_contacts WHERE consent_on IS NULL${those.sql}`).pluck().all(...those.args) as string[];
    for (const id of unconsented) if (!rows.has(id)) rows.set(id, null);
    return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  },
  // Without consent, nothing may be held; what is, once the cutoff is applied, was written after it.
  settle: (w: Writer, holdsAny: (rowId: string) => boolean, ids?: readonly string[]): number => {
    const those = among('id', ids);
    const unconsented = w.db.prepare(`SELECT * FROM alumni_contacts WHERE consent_on IS NULL${those.sql}`).all(...those.args) as Row[];
    const rows = unconsented.filter((r) => holdsAny(r.id as string));
    for (const row of rows) withdrawAgain(w, row);
    return rows.length;
  },
  // A consent withdrawn and not renewed: a restore of a file from before the withdrawal brings the withdrawal into it.
  outliving: (db: Database): RuledRow[] => {
    const withdrawn = new Set(db.prepare('SELECT id FROM alumni_contacts WHERE consent_on IS NULL').pluck().all() as string[]);
    return contactConsentRule.rowsToErase(db).filter(([id, through]) => through !== null && withdrawn.has(id));
  },
};

/** A row's consent withdrawn by a logged write (consent_on written empty even when it is), its scope and details emptied. */
function withdrawAgain(w: Writer, row: Row): void {
  const emptied = ['consent_scope', ...ALUMNI_CONTACT_FIELDS].filter((f) => row[f] !== null);
  withoutWriteCheck(w.db, () => updateRow(w, 'alumni_contacts', row.id as string, { consent_on: null, ...Object.fromEntries(emptied.map((f) => [f, null])) }, { always: true }));
}

registerValueRule(contactConsentRule);

/**
 * The rule's version as this database was last brought to it (a setting of this PC). A database
 * whose consents were withdrawn before the rule existed (or by an older build, on this PC or
 * another one whose log came here) still holds the details in its log: it is brought to the rule
 * once, at open. Version 2: the details up to the last withdrawal go even after a renewed consent.
 * Version 3: a row without consent that holds details is withdrawn again by a logged write.
 */
export const CONTACT_CONSENT_RULE_VERSION = '3';
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
    const rows = carryOutSettled(ctx, contactConsentRule).rows;
    writeSetting(ctx.db, VERSION_SETTING, CONTACT_CONSENT_RULE_VERSION, ctx.now());
    return rows;
  })();
  if (erased > 0) finishValueRules(ctx);
  return erased;
}
