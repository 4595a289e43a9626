import { isRedacted, type LoggedChange } from '../../db/log-values';
import { prepared, rowClock } from '../../db/rows';
import type { Ctx } from '../context';
import { decodeColumns, eraseRow, ruledFields } from './erase';

/**
 * What a received bundle may bring back of an erased trainee, taken out before it is merged:
 * - a change of a row erased here, or erased by an erasure in the same bundle, is dropped (not
 *   applied, not kept in the log), and so is a new row that points at an erased row (a flight
 *   another PC added to a trainee erased here): that row counts as erased from then on;
 * - a change older than a close-out (scope 'columns') loses the fields it emptied, of the trainee
 *   and of their entry-procedure items, and the photo;
 * - a value another PC has redacted is never applied: an update loses that field, a new row
 *   with one is dropped (it is a row erased there) — except in a field a value rule empties
 *   (erase.ts: an alumnus's contact details without consent), where it arrives as empty.
 * Received erasures are carried out after the merge (carryOutReceivedErasures).
 */

/** One change-log entry as sync carries it: hlc, device, author, table, row, op, changes, base. */
type Entry = readonly [string, string, string | null, string, string, string, string, string | null];

interface ColumnErasure {
  hlc: string;
  columns: Set<string>;
  procedureColumns: Set<string>;
  photo: boolean;
}

function columnErasure(hlc: string, columns: unknown, photo: boolean): ColumnErasure {
  const decoded = decodeColumns(typeof columns === 'string' ? columns : null);
  return { hlc, columns: new Set(decoded.columns), procedureColumns: new Set(decoded.procedureColumns), photo };
}

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

function afterValue(changes: LoggedChange[], field: string): unknown {
  return changes.find((c) => c[0] === field)?.[2];
}

export function screenReceived<E extends Entry>(ctx: Ctx, entries: readonly E[]): E[] {
  const db = ctx.db;
  const erasedRows = new Map<string, string>();
  const erasedIds = new Map<string, string>();
  const markErased = (table: string, id: string, erasureId: string, persist: boolean) => {
    erasedRows.set(keyOf(table, id), erasureId);
    erasedIds.set(id, erasureId);
    if (persist) prepared(db, 'INSERT OR IGNORE INTO erased_rows (row_id, table_name, erasure_id) VALUES (?, ?, ?)').run(id, table, erasureId);
  };
  for (const r of prepared(db, 'SELECT row_id, table_name, erasure_id FROM erased_rows').all() as Array<{ row_id: string; table_name: string; erasure_id: string }>) {
    markErased(r.table_name, r.row_id, r.erasure_id, false);
  }
  const closeOuts = new Map<string, ColumnErasure[]>();
  const addCloseOut = (traineeId: string, closeOut: ColumnErasure) => closeOuts.set(traineeId, [...(closeOuts.get(traineeId) ?? []), closeOut]);
  for (const r of prepared(db, "SELECT id, trainee_id, columns, photo FROM erasures WHERE scope = 'columns'").all() as Array<{
    id: string;
    trainee_id: string;
    columns: string | null;
    photo: number;
  }>) {
    addCloseOut(r.trainee_id, columnErasure(rowClock(db, 'erasures', r.id) ?? '', r.columns, r.photo === 1));
  }
  // Erasures in this bundle count from the start: a change of theirs may come before them.
  for (const [hlc, , , table, rowId, op, text] of entries) {
    if (table !== 'erasures' || op !== 'insert') continue;
    const changes = JSON.parse(text) as LoggedChange[];
    const traineeId = afterValue(changes, 'trainee_id');
    if (typeof traineeId !== 'string') continue;
    if (afterValue(changes, 'scope') === 'columns') {
      addCloseOut(traineeId, columnErasure(hlc, afterValue(changes, 'columns'), afterValue(changes, 'photo') === 1));
      continue;
    }
    const listed = afterValue(changes, 'row_ids');
    const rows = typeof listed === 'string' ? (JSON.parse(listed) as Array<[string, string]>) : [];
    for (const [t, id] of [['trainees', traineeId], ['trainee_photos', traineeId], ...rows] as Array<[string, string]>) markErased(t, id, rowId, false);
  }

  // Whose entry-procedure item a change is about: the item here, or its insert in this bundle.
  const procedureOwners = new Map<string, string>();
  for (const [, , , table, rowId, op, text] of entries) {
    if (table !== 'trainee_procedures' || op !== 'insert') continue;
    try {
      const owner = afterValue(JSON.parse(text) as LoggedChange[], 'trainee_id');
      if (typeof owner === 'string') procedureOwners.set(rowId, owner);
    } catch {
      /* the merge refuses a damaged bundle */
    }
  }
  const ownerOfProcedure = (rowId: string): string | undefined => {
    if (!procedureOwners.has(rowId)) {
      const row = prepared(db, 'SELECT trainee_id FROM trainee_procedures WHERE id = ?').get(rowId) as { trainee_id: string } | undefined;
      if (row) procedureOwners.set(rowId, row.trainee_id);
    }
    return procedureOwners.get(rowId);
  };

  const kept: E[] = [];
  for (const entry of entries) {
    const [hlc, , , table, rowId, op, text] = entry;
    if (table === 'erasures') {
      kept.push(entry);
      continue;
    }
    const erasure = erasedRows.get(keyOf(table, rowId));
    if (erasure !== undefined) continue;
    let changes: LoggedChange[];
    try {
      changes = JSON.parse(text) as LoggedChange[];
    } catch {
      kept.push(entry); // the merge refuses it as it would any damaged bundle
      continue;
    }
    if (!Array.isArray(changes)) {
      kept.push(entry);
      continue;
    }
    // A new row or an edit that points at an erased row belongs to it.
    const pointsAt = changes.find((c) => Array.isArray(c) && typeof c[2] === 'string' && erasedIds.has(c[2]));
    if (pointsAt && op !== 'delete') {
      const erasureId = erasedIds.get(pointsAt[2] as string)!;
      // A row here moved onto an erased trainee goes as theirs did (the PC that moved it erases it on the erasure).
      if (op === 'update') eraseRow(db, table, rowId, erasureId);
      markErased(table, rowId, erasureId, true);
      continue;
    }
    const traineeOf = table === 'trainee_procedures' ? ownerOfProcedure(rowId) : rowId;
    const older = (traineeOf === undefined ? [] : (closeOuts.get(traineeOf) ?? [])).filter((c) => hlc < c.hlc);
    if (table === 'trainee_photos' && older.some((c) => c.photo)) continue;
    const emptied = new Set(
      table === 'trainees' ? older.flatMap((c) => [...c.columns]) : table === 'trainee_procedures' ? older.flatMap((c) => [...c.procedureColumns]) : [],
    );
    const ruled = ruledFields(table);
    const erased = (c: LoggedChange) => isRedacted(c[2]) && !ruled.has(c[0]);
    const redacted = changes.filter((c) => Array.isArray(c) && erased(c) && !emptied.has(c[0]));
    if (redacted.length > 0 && op === 'insert') continue;
    const drop = (c: LoggedChange) => emptied.has(c[0]) || erased(c);
    if (!changes.some(drop)) {
      kept.push(entry);
      continue;
    }
    const screened = [...entry] as unknown as E;
    (screened as unknown as unknown[])[6] = JSON.stringify(changes.filter((c) => !drop(c)));
    kept.push(screened);
  }
  return kept;
}
