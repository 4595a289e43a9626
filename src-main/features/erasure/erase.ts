import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ErasureReason } from '@shared/contract/erasure';
import { isRedacted, REDACTED, type LoggedChange, type LoggedValue } from '../../db/log-values';
import type { Writer } from '../../db/rows';

/**
 * Erasure on one connection — the live database or a backup (of any schema since the first):
 * the rows go (raw, unlogged: the erasure itself is the change that travels), every value of
 * those rows in the change log becomes REDACTED (the log keeps that a write happened: when, who,
 * which fields), the conflicts that held their values go, and the search index forgets them.
 * The same function runs on every file, so every file ends the same.
 */
export interface Erasure {
  id: string;
  traineeId: string;
  scope: 'all' | 'columns';
  /** scope 'columns': the trainee columns set empty. */
  columns: string[];
  /** scope 'columns': the columns set empty on each of the trainee's entry-procedure items (`trainee_procedures`). */
  procedureColumns: string[];
  /** scope 'columns': the photo goes too. */
  photo: boolean;
  /** The rows erased on the PC that erased (table, id); each PC adds what hangs on the trainee there. */
  rowIds: Array<[string, string]>;
  reason: ErasureReason;
  erasedAt: string;
  /**
   * The clock of the erasure's own write. A close-out empties what was written before it: a
   * field another PC wrote later (without having seen it) stays, so every PC ends the same.
   */
  hlc: string | null;
}

export type RowKey = [table: string, id: string];

/**
 * How an erasure's row (`erasures.columns`, JSON) names what a close-out empties: the trainee
 * columns as they are, the entry-procedure columns as `trainee_procedures.<column>` (a PC that
 * knows no such table skips them, as it skips a column it does not have).
 */
const PROCEDURE_PREFIX = 'trainee_procedures.';

export function encodeColumns(columns: readonly string[], procedureColumns: readonly string[]): string {
  return JSON.stringify([...columns, ...procedureColumns.map((c) => PROCEDURE_PREFIX + c)]);
}

export function decodeColumns(json: string | null): { columns: string[]; procedureColumns: string[] } {
  const all = json ? (JSON.parse(json) as string[]) : [];
  return {
    columns: all.filter((c) => !c.startsWith(PROCEDURE_PREFIX)),
    procedureColumns: all.filter((c) => c.startsWith(PROCEDURE_PREFIX)).map((c) => c.slice(PROCEDURE_PREFIX.length)),
  };
}

function tableNames(db: Database): Set<string> {
  return new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[],
  );
}

function columnsOf(db: Database, table: string): Set<string> {
  return new Set((db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name));
}

/**
 * The trainee's row and every row that hangs on it (through a foreign key that deletes with its
 * parent, at any depth: flights, their arrival events, stays, the photo …), parents first.
 */
export function hangingRows(db: Database, traineeId: string, table = 'trainees'): RowKey[] {
  const tables = tableNames(db);
  if (!tables.has(table)) return [];
  const links: Array<{ child: string; from: string; parent: string }> = [];
  for (const table of tables) {
    if (!columnsOf(db, table).has('id')) continue;
    for (const fk of db.pragma(`foreign_key_list(${table})`) as Array<{ table: string; from: string; on_delete: string }>) {
      if (fk.on_delete === 'CASCADE') links.push({ child: table, from: fk.from, parent: fk.table });
    }
  }
  const found: RowKey[] = [];
  const seen = new Set<string>();
  const exists = db.prepare(`SELECT id FROM ${table} WHERE id = ?`).pluck().get(traineeId) as string | undefined;
  if (exists) {
    found.push([table, traineeId]);
    seen.add(`${table}\u0000${traineeId}`);
  }
  const queue: Array<[string, string[]]> = exists ? [[table, [traineeId]]] : [];
  while (queue.length > 0) {
    const [parent, ids] = queue.shift()!;
    for (const link of links.filter((l) => l.parent === parent)) {
      const children = db
        .prepare(`SELECT id FROM ${link.child} WHERE ${link.from} IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(JSON.stringify(ids)) as string[];
      const fresh = children.filter((id) => !seen.has(`${link.child}\u0000${id}`));
      for (const id of fresh) {
        seen.add(`${link.child}\u0000${id}`);
        found.push([link.child, id]);
      }
      if (fresh.length > 0) queue.push([link.child, fresh]);
    }
  }
  return found;
}

const redact = (value: LoggedValue): LoggedValue => (value === null || isRedacted(value) ? value : REDACTED);

/** A write's fields with the values of `fields` (all when null) redacted; the names, the order and the bases kept. */
export function redactChanges(text: string, fields: ReadonlySet<string> | null): string {
  const changes = JSON.parse(text) as LoggedChange[];
  return JSON.stringify(
    changes.map((c): LoggedChange => {
      if (fields && !fields.has(c[0])) return c;
      const out: LoggedChange = [c[0], redact(c[1]), redact(c[2])];
      if (c.length > 3) out.push(c[3] ?? null);
      return out;
    }),
  );
}

/**
 * Redacts a row's values in the change log (every field, or only `fields`; written before
 * `before`, if given, or at it too with `inclusive`), in either log layout.
 */
function redactLog(db: Database, table: string, rowId: string, fields: ReadonlySet<string> | null, before: string | null = null, inclusive = false): void {
  const log = columnsOf(db, 'change_log');
  if (log.has('changes')) {
    const entries = db
      .prepare(`SELECT hlc, changes FROM change_log WHERE table_name = ? AND row_id = ?${before ? ` AND hlc ${inclusive ? '<=' : '<'} ?` : ''}`)
      .all(...(before ? [table, rowId, before] : [table, rowId])) as Array<{ hlc: string; changes: string }>;
    const update = db.prepare('UPDATE change_log SET changes = ? WHERE hlc = ?');
    for (const e of entries) {
      const redacted = redactChanges(e.changes, fields);
      if (redacted !== e.changes) update.run(redacted, e.hlc);
    }
  } else if (log.has('old_value')) {
    // The layout before schema 60 (a backup kept from then): one field per entry.
    const where = fields ? ` AND field IN (SELECT value FROM json_each(?))` : '';
    const args = fields ? [table, rowId, JSON.stringify([...fields])] : [table, rowId];
    db.prepare(`UPDATE change_log SET old_value = NULL, new_value = NULL WHERE table_name = ? AND row_id = ?${where}`).run(...args);
  }
}

/** The conflicts kept for a row (they hold its values): all of them, or those of `fields` and the whole-row ones. */
function dropConflicts(db: Database, tables: Set<string>, table: string, rowId: string, fields: ReadonlySet<string> | null): number {
  if (!tables.has('sync_conflicts')) return 0;
  if (!fields) return db.prepare('DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ?').run(table, rowId).changes;
  return db
    .prepare("DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ? AND (kind <> 'field' OR field IN (SELECT value FROM json_each(?)))")
    .run(table, rowId, JSON.stringify([...fields])).changes;
}

/** The fields of a row written after a close-out (on a PC that had not seen it): those stay. */
function laterFields(db: Database, erasure: Erasure, table: string, rowId: string): Set<string> {
  if (!erasure.hlc || !columnsOf(db, 'change_log').has('changes')) return new Set();
  const fields = db
    .prepare(
      `SELECT DISTINCT json_extract(j.value, '$[0]') FROM change_log c, json_each(c.changes) j
       WHERE c.table_name = ? AND c.row_id = ? AND c.hlc > ?`,
    )
    .pluck()
    .all(table, rowId, erasure.hlc) as string[];
  return new Set(fields);
}

/** Whether a photo was set after a close-out (on a PC that had not seen it): then it stays. */
function laterPhoto(db: Database, erasure: Erasure): boolean {
  if (!erasure.hlc || !columnsOf(db, 'change_log').has('changes')) return false;
  const photo = db
    .prepare("SELECT op FROM change_log WHERE table_name = 'trainee_photos' AND row_id = ? AND hlc > ? ORDER BY hlc DESC LIMIT 1")
    .pluck()
    .get(erasure.traineeId, erasure.hlc) as string | undefined;
  return photo !== undefined && photo !== 'delete';
}

/**
 * The trainee's entry-procedure items: those here, and those only the log still knows (deleted
 * since; their values are in the log all the same).
 */
function procedureRowsOf(db: Database, tables: Set<string>, traineeId: string): string[] {
  const ids = new Set<string>();
  if (tables.has('trainee_procedures')) {
    for (const id of db.prepare('SELECT id FROM trainee_procedures WHERE trainee_id = ?').pluck().all(traineeId) as string[]) ids.add(id);
  }
  if (columnsOf(db, 'change_log').has('changes')) {
    const logged = db
      .prepare(
        `SELECT DISTINCT c.row_id FROM change_log c, json_each(c.changes) j
         WHERE c.table_name = 'trainee_procedures' AND c.op = 'insert' AND json_extract(j.value, '$[0]') = 'trainee_id' AND json_extract(j.value, '$[2]') = ?`,
      )
      .pluck()
      .all(traineeId) as string[];
    for (const id of logged) ids.add(id);
  }
  return [...ids];
}

/** A close-out on the trainee's entry-procedure items: the scans and notes emptied, with their history; the statuses stay. */
function eraseProcedureColumns(db: Database, tables: Set<string>, erasure: Erasure): void {
  if (erasure.procedureColumns.length === 0) return;
  const fields = new Set(erasure.procedureColumns);
  const present = tables.has('trainee_procedures') ? columnsOf(db, 'trainee_procedures') : new Set<string>();
  for (const rowId of procedureRowsOf(db, tables, erasure.traineeId)) {
    const later = laterFields(db, erasure, 'trainee_procedures', rowId);
    const columns = erasure.procedureColumns.filter((c) => present.has(c) && !later.has(c));
    if (columns.length > 0) db.prepare(`UPDATE trainee_procedures SET ${columns.map((c) => `${c} = NULL`).join(', ')} WHERE id = ?`).run(rowId);
    redactLog(db, 'trainee_procedures', rowId, fields, erasure.hlc);
    dropConflicts(db, tables, 'trainee_procedures', rowId, fields);
  }
}

/**
 * A feature that keeps copies of trainees' values inside its own rows (features/letters: an
 * issued letter's table). It registers here (the erasure cannot import the features that hold
 * copies: they use features that use the erasure); an erasure of a whole trainee then takes
 * them out of those rows (through the row writer on the PC that erases, so sync carries it) and
 * out of every value of that field in the change log, on every PC and in every backup.
 */
export interface CopyHolder {
  table: string;
  field: string;
  /** The rows of `table` on this connection that may hold the trainee. */
  rowsOf(db: Database, traineeId: string): string[];
  /** The field's value without the trainee (the same text when it holds nothing of them). */
  without(value: string, traineeId: string): string;
}

const holders: CopyHolder[] = [];

export function registerCopyHolder(holder: CopyHolder): void {
  if (!holders.some((h) => h.table === holder.table && h.field === holder.field)) holders.push(holder);
}

export function copyHolders(): readonly CopyHolder[] {
  return holders;
}

/** The trainee taken out of the holders' rows (a plain write: where the row writer did not, a backup or a PC that lacks it) and their log values. */
function eraseCopies(db: Database, tables: Set<string>, traineeId: string): void {
  const log = columnsOf(db, 'change_log').has('changes');
  for (const h of holders) {
    if (!tables.has(h.table)) continue;
    const rowIds = h.rowsOf(db, traineeId);
    if (rowIds.length === 0) continue;
    const select = db.prepare(`SELECT ${h.field} FROM ${h.table} WHERE id = ?`).pluck();
    const write = db.prepare(`UPDATE ${h.table} SET ${h.field} = ? WHERE id = ?`);
    const logged = log ? db.prepare('SELECT hlc, changes FROM change_log WHERE table_name = ? AND row_id = ?') : null;
    const update = log ? db.prepare('UPDATE change_log SET changes = ? WHERE hlc = ?') : null;
    const clean = (v: LoggedValue): LoggedValue => (typeof v === 'string' ? h.without(v, traineeId) : v);
    for (const rowId of rowIds) {
      const current = select.get(rowId);
      if (typeof current === 'string') {
        const without = h.without(current, traineeId);
        if (without !== current) write.run(without, rowId);
      }
      if (logged && update) {
        const entries = logged.all(h.table, rowId) as Array<{ hlc: string; changes: string }>;
        for (const e of entries) {
          const changes = JSON.parse(e.changes) as LoggedChange[];
          const out = changes.map((c): LoggedChange => (c[0] === h.field ? ([c[0], clean(c[1]), clean(c[2]), ...c.slice(3)] as LoggedChange) : c));
          const text = JSON.stringify(out);
          if (text !== JSON.stringify(changes)) update.run(text, e.hlc);
        }
      }
      dropConflicts(db, tables, h.table, rowId, new Set([h.field]));
    }
  }
}

/**
 * A feature's rule about values that must not be kept, with no erasure row: for each row of
 * `table` that `rowsToErase(db)` names, its `fields` hold no value written at or before the
 * row's cutoff (`through`; null: none at all) — neither in the row, nor in any value of its
 * change log (before or after), nor in a conflict (features/alumni: the contact details written
 * up to a consent's last withdrawal; all of them while there is no consent). The feature
 * registers it here; it is applied in the transaction of the feature's own write, after every
 * received bundle (sync.service) and in every backup, on every PC, so every PC ends the same.
 * The log keeps that the writes happened (when, who, which fields); a later write with new
 * values (a renewed consent) is kept as any.
 */
export interface ValueRule {
  table: string;
  fields: readonly string[];
  /** The rows of `table` on this connection (of `ids` only, when given) whose `fields` must hold nothing written up to `through` (null: nothing at all). */
  rowsToErase(db: Database, ids?: readonly string[]): RuledRow[];
  /**
   * On the live database, once the rule is carried out: rows whose state still breaks it (values
   * written after the cutoff, where none may be held: `holdsAny` says whether a row still holds
   * any value of `fields` in the row, its log or a conflict) are set right by a logged write,
   * which travels, so every PC ends the same; the rule is then carried out again. Returns how
   * many rows were written.
   */
  settle?(w: Writer, holdsAny: (rowId: string) => boolean, ids?: readonly string[]): number;
  /**
   * On the database a restore replaces: the rows whose erasure must outlive the restore (a
   * consent withdrawn and not renewed), with their cutoffs; the write at each cutoff is carried
   * into the restored file as it was written (features/erasure restore.ts).
   */
  outliving?(db: Database): RuledRow[];
}

export type RuledRow = [id: string, through: string | null];

const valueRules: ValueRule[] = [];

export function registerValueRule(rule: ValueRule): void {
  if (!valueRules.some((r) => r.table === rule.table)) valueRules.push(rule);
}

/** The fields of `table` a value rule may have redacted: a redacted value there is no erased row (receive.ts). */
export function ruledFields(table: string): ReadonlySet<string> {
  return new Set(valueRules.filter((r) => r.table === table).flatMap((r) => r.fields));
}

const HOLDS = (at: string) => `(json_type(j.value, '${at}') <> 'null' AND json_extract(j.value, '${at}.redacted') IS NOT 1)`;
const upTo = (through: string | null, hlc: string | null | undefined) => through === null || hlc == null || hlc <= through;

/**
 * The entries of a row after its cutoff whose before-values still hold a value of `fields`
 * from up to the cutoff (a PC that had not seen the withdrawal wrote over the old detail): a
 * before-value is kept only if an entry after the cutoff wrote that value. Returns the entries
 * with those before-values redacted.
 */
function staleBeforeValues(db: Database, table: string, rowId: string, fields: ReadonlySet<string>, through: string): Array<{ hlc: string; changes: string }> {
  const entries = db
    .prepare('SELECT hlc, changes FROM change_log WHERE table_name = ? AND row_id = ? AND hlc > ? ORDER BY hlc')
    .all(table, rowId, through) as Array<{ hlc: string; changes: string }>;
  const written = new Map<string, Set<string>>();
  const out: Array<{ hlc: string; changes: string }> = [];
  for (const e of entries) {
    const changes = JSON.parse(e.changes) as LoggedChange[];
    let stale = false;
    const next = changes.map((c): LoggedChange => {
      if (!fields.has(c[0]) || c[1] === null || isRedacted(c[1]) || written.get(c[0])?.has(JSON.stringify(c[1]))) return c;
      stale = true;
      return [c[0], REDACTED, c[2], ...c.slice(3)] as LoggedChange;
    });
    for (const c of changes) if (fields.has(c[0])) written.set(c[0], (written.get(c[0]) ?? new Set()).add(JSON.stringify(c[2])));
    if (stale) out.push({ hlc: e.hlc, changes: JSON.stringify(next) });
  }
  return out;
}

/** What one row holds that the rule erases: the row's fields to empty, and whether its log or its conflicts hold any. */
function heldByRow(db: Database, tables: Set<string>, layout: Set<string>, rule: ValueRule, present: readonly string[], [rowId, through]: RuledRow) {
  const names = JSON.stringify(rule.fields);
  const withChanges = layout.has('changes');
  // A field written last at or before the cutoff (or never logged) holds an erased value.
  const last = new Map<string, string>();
  if (withChanges && through !== null) {
    const rows = db
      .prepare(
        `SELECT json_extract(j.value, '$[0]') AS field, MAX(c.hlc) AS hlc FROM change_log c, json_each(c.changes) j
         WHERE c.table_name = ? AND c.row_id = ? AND json_extract(j.value, '$[0]') IN (SELECT value FROM json_each(?)) GROUP BY field`,
      )
      .all(rule.table, rowId, names) as Array<{ field: string; hlc: string }>;
    for (const r of rows) last.set(r.field, r.hlc);
  }
  const current = present.length > 0 ? (db.prepare(`SELECT ${present.join(', ')} FROM ${rule.table} WHERE id = ?`).get(rowId) as Record<string, unknown> | undefined) : undefined;
  const empty = current ? present.filter((f) => current[f] !== null && (!withChanges || upTo(through, last.get(f)))) : [];
  let logHolds: boolean;
  if (withChanges) {
    logHolds =
      db
        .prepare(
          `SELECT 1 FROM change_log c, json_each(c.changes) j
           WHERE c.table_name = ? AND c.row_id = ?${through === null ? '' : ' AND c.hlc <= ?'}
             AND json_extract(j.value, '$[0]') IN (SELECT value FROM json_each(?)) AND (${HOLDS('$[1]')} OR ${HOLDS('$[2]')}) LIMIT 1`,
        )
        .get(...(through === null ? [rule.table, rowId, names] : [rule.table, rowId, through, names])) !== undefined;
  } else {
    logHolds = layout.has('old_value'); // an older layout: redactLog clears what is there
  }
  const staleBefores = withChanges && through !== null ? staleBeforeValues(db, rule.table, rowId, new Set(rule.fields), through) : [];
  const conflicts = tables.has('sync_conflicts')
    ? (db
        .prepare(
          `SELECT id, kept_hlc, other_hlc FROM sync_conflicts WHERE table_name = ? AND row_id = ?
           AND (kind <> 'field' OR field IN (SELECT value FROM json_each(?)))`,
        )
        .all(rule.table, rowId, names) as Array<{ id: string; kept_hlc: string | null; other_hlc: string | null }>)
        .filter((c) => upTo(through, c.kept_hlc) || upTo(through, c.other_hlc))
        .map((c) => c.id)
    : [];
  return { empty, logHolds, staleBefores, conflicts };
}

/** What carrying out value rules erased: the rows that held anything, and the ids of the conflicts that went with them. */
export interface ValueRuleOutcome {
  rows: number;
  conflicts: string[];
}

/** What a rule's pass needs to know of a connection's schema: its tables, the rule's fields it has, its log's layout. */
function ruleScope(db: Database, rule: ValueRule) {
  const columns = columnsOf(db, rule.table);
  return { tables: tableNames(db), present: rule.fields.filter((f) => columns.has(f)), layout: columnsOf(db, 'change_log') };
}

function carryOutRule(db: Database, rule: ValueRule, rows?: readonly RuledRow[]): ValueRuleOutcome {
  const { tables, present, layout } = ruleScope(db, rule);
  if (!tables.has(rule.table)) return { rows: 0, conflicts: [] };
  rows ??= rule.rowsToErase(db);
  const fields = new Set(rule.fields);
  // Prepared once for the rows (a file of the older log layout has no changes column, and then no stale before-values).
  const update = layout.has('changes') ? db.prepare('UPDATE change_log SET changes = ? WHERE hlc = ?') : null;
  const drop = tables.has('sync_conflicts') ? db.prepare('DELETE FROM sync_conflicts WHERE id = ?') : null;
  const outcome: ValueRuleOutcome = { rows: 0, conflicts: [] };
  for (const row of rows) {
    const held = heldByRow(db, tables, layout, rule, present, row);
    if (held.empty.length === 0 && !held.logHolds && held.staleBefores.length === 0 && held.conflicts.length === 0) continue;
    outcome.rows++;
    const [rowId, through] = row;
    if (held.empty.length > 0) db.prepare(`UPDATE ${rule.table} SET ${held.empty.map((f) => `${f} = NULL`).join(', ')} WHERE id = ?`).run(rowId);
    redactLog(db, rule.table, rowId, fields, through, true);
    for (const e of held.staleBefores) update?.run(e.changes, e.hlc);
    for (const id of held.conflicts) drop?.run(id);
    outcome.conflicts.push(...held.conflicts);
  }
  return outcome;
}

const sum = (outcomes: ValueRuleOutcome[]): ValueRuleOutcome => ({
  rows: outcomes.reduce((n, o) => n + o.rows, 0),
  conflicts: outcomes.flatMap((o) => o.conflicts),
});

/**
 * One rule carried out on this connection (call it in a transaction): of each row it names (or
 * of `rows`), the fields written up to its cutoff set empty (raw, unlogged: every PC applies the
 * same rule to what it holds), their values up to the cutoff redacted in the log, the conflicts
 * that hold them gone. Returns how many rows held anything.
 */
export function applyValueRule(db: Database, rule: ValueRule, rows?: readonly RuledRow[]): number {
  return carryOutRule(db, rule, rows).rows;
}

/**
 * Every registered rule (each settled through `w`: carryOutSettled), after a received bundle is merged (the conflicts the merge had just kept for those fields go too);
 * given the rows the bundle wrote (by table), only those rows of the rules of those tables (a row the bundle did not write
 * is as the rule left it: a bundle cannot have brought it anything to erase).
 */
export function applyValueRules(w: Writer, rowsWritten?: ReadonlyMap<string, readonly string[]>): ValueRuleOutcome {
  return sum(valueRules.filter((rule) => !rowsWritten || rowsWritten.has(rule.table)).map((rule) => carryOutSettled(w, rule, rowsWritten?.get(rule.table))));
}

/**
 * One rule on the live database (call it in a transaction): carried out, then settled (the rows
 * that still hold what they may not, written right through `w`), then carried out again if any
 * was. Returns what was erased.
 */
export function carryOutSettled(w: Writer, rule: ValueRule, ids?: readonly string[]): ValueRuleOutcome {
  const named = () => (ids ? rule.rowsToErase(w.db, ids) : undefined);
  const first = carryOutRule(w.db, rule, named());
  if (!rule.settle) return first;
  const { tables, present, layout } = ruleScope(w.db, rule);
  const holdsAny = (rowId: string) => {
    const held = heldByRow(w.db, tables, layout, rule, present, [rowId, null]);
    return held.empty.length > 0 || held.logHolds || held.conflicts.length > 0;
  };
  return rule.settle(w, holdsAny, ids) > 0 ? sum([first, carryOutRule(w.db, rule, named())]) : first;
}

/** The later of two cutoffs (null: everything). */
const laterCutoff = (a: string | null, b: string | null) => (a === null || b === null ? null : a > b ? a : b);

/** The rows each rule names on a connection, and their cutoffs, by the rule's table. */
export type Cutoffs = Record<string, RuledRow[]>;

/** Rows named in either, with the later cutoff where both name a row. */
export function mergeCutoffs(a: readonly RuledRow[], b: readonly RuledRow[]): RuledRow[] {
  const rows = new Map<string, string | null>(a);
  for (const [id, through] of b) rows.set(id, rows.has(id) ? laterCutoff(rows.get(id)!, through) : through);
  return [...rows].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Both sets of rows, table by table (mergeCutoffs). */
export function mergeCutoffSets(a: Cutoffs, b: Cutoffs): Cutoffs {
  const tables = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(tables.map((t) => [t, mergeCutoffs(a[t] ?? [], b[t] ?? [])]));
}

/** What every registered rule says must outlive a restore of this connection's database (ValueRule.outliving), by table. */
export function outlivingOf(db: Database): Cutoffs {
  const tables = tableNames(db);
  return Object.fromEntries(valueRules.filter((r) => r.outliving && tables.has(r.table)).map((r) => [r.table, r.outliving!(db)]));
}

/** What every registered rule names on this connection (a restore keeps it for the backups still to be rewritten). */
export function cutoffsOf(db: Database): Cutoffs {
  const tables = tableNames(db);
  return Object.fromEntries(valueRules.filter((r) => tables.has(r.table)).map((r) => [r.table, r.rowsToErase(db)]));
}

/**
 * Every registered rule on another file of the data folder (a backup, older than the live
 * database): for the rows the live database names, with its cutoffs (a backup made before a
 * withdrawal still holds that row's details, and knows nothing of the withdrawal), those named
 * in `kept` (what the database a restore replaced named, for the backups it could not rewrite),
 * and those the file names itself; where several name a row, the latest cutoff. Returns how
 * many rows held anything.
 */
export function applyValueRulesTo(file: Database, live: Database, kept: Cutoffs = {}): number {
  return sum(
    valueRules.map((rule) => {
      let rows = mergeCutoffs(rule.rowsToErase(live), kept[rule.table] ?? []);
      if (tableNames(file).has(rule.table)) rows = mergeCutoffs(rows, rule.rowsToErase(file));
      return carryOutRule(file, rule, rows);
    }),
  ).rows;
}

/**
 * After one or more erasures on a connection: the full-text index keeps deleted text in its
 * segments until they are merged, so it is rebuilt from what is left (once, however many erased).
 */
export function rebuildSearchIndex(db: Database): void {
  if (tableNames(db).has('trainee_search_fts')) db.prepare("INSERT INTO trainee_search_fts(trainee_search_fts) VALUES ('rebuild')").run();
}

/**
 * Carries out one erasure on this connection (call it in a transaction, and rebuildSearchIndex
 * after the last one). Returns the rows erased.
 */
export function carryOut(db: Database, erasure: Erasure): RowKey[] {
  const tables = tableNames(db);
  if (erasure.scope === 'columns') {
    const later = laterFields(db, erasure, 'trainees', erasure.traineeId);
    const columns = tables.has('trainees') ? erasure.columns.filter((c) => columnsOf(db, 'trainees').has(c) && !later.has(c)) : [];
    if (columns.length > 0) {
      db.prepare(`UPDATE trainees SET ${columns.map((c) => `${c} = NULL`).join(', ')} WHERE id = ?`).run(erasure.traineeId);
    }
    const fields = new Set(erasure.columns);
    redactLog(db, 'trainees', erasure.traineeId, fields, erasure.hlc);
    dropConflicts(db, tables, 'trainees', erasure.traineeId, fields);
    eraseProcedureColumns(db, tables, erasure);
    if (!erasure.photo) return [];
    if (tables.has('trainee_photos') && !laterPhoto(db, erasure)) db.prepare('DELETE FROM trainee_photos WHERE id = ?').run(erasure.traineeId);
    redactLog(db, 'trainee_photos', erasure.traineeId, null, erasure.hlc);
    dropConflicts(db, tables, 'trainee_photos', erasure.traineeId, null);
    return [['trainee_photos', erasure.traineeId]];
  }

  eraseCopies(db, tables, erasure.traineeId);
  const rows = new Map<string, RowKey>();
  const add = (key: RowKey) => rows.set(`${key[0]}\u0000${key[1]}`, key);
  for (const key of hangingRows(db, erasure.traineeId)) add(key);
  for (const key of erasure.rowIds) add(key);
  add(['trainees', erasure.traineeId]);
  add(['trainee_photos', erasure.traineeId]);
  add(['trainee_search', erasure.traineeId]);
  // Children first, so a foreign key never stops a delete.
  for (const [table, id] of [...rows.values()].reverse()) {
    if (tables.has(table)) db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    redactLog(db, table, id, null);
    dropConflicts(db, tables, table, id, null);
  }
  if (tables.has('erased_rows')) {
    const mark = db.prepare('INSERT OR IGNORE INTO erased_rows (row_id, table_name, erasure_id) VALUES (?, ?, ?)');
    for (const [table, id] of rows.values()) mark.run(id, table, erasure.id);
  }
  return [...rows.values()];
}

/**
 * One row found to belong to an erased trainee after the erasure (another PC moved it onto them
 * unseen), with what hangs on it: gone as the erasure's other rows went.
 */
export function eraseRow(db: Database, table: string, id: string, erasureId: string): void {
  const tables = tableNames(db);
  const rows = hangingRows(db, id, table);
  const mark = tables.has('erased_rows') ? db.prepare('INSERT OR IGNORE INTO erased_rows (row_id, table_name, erasure_id) VALUES (?, ?, ?)') : null;
  for (const [t, rowId] of [...rows].reverse()) {
    db.prepare(`DELETE FROM ${t} WHERE id = ?`).run(rowId);
    redactLog(db, t, rowId, null);
    dropConflicts(db, tables, t, rowId, null);
    mark?.run(rowId, t, erasureId);
  }
}

/** Frees no page with old bytes in it: secure_delete on, a vacuum, and the WAL emptied. Outside a transaction. */
export function compact(db: Database): void {
  db.pragma('secure_delete = ON');
  db.exec('VACUUM');
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') db.pragma('wal_checkpoint(TRUNCATE)');
}
